import { Injectable } from '@nestjs/common';
import { correctionLabel, correctionRefusal, londonDate } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import type { AddRecordCorrectionInput, RecordCorrectionType } from './dto/record-correction.types';
import { type CorrectionRow, RecordCorrectionsRepository } from './record-corrections.repository';

/** A stored row as the API shows it, with its plain-words label. */
export function shownCorrection(row: CorrectionRow): RecordCorrectionType {
  return {
    id: row.id,
    itemKind: row.item_kind,
    itemId: row.item_id,
    kind: row.kind,
    text: row.text,
    recordedByName: row.recorded_by_name,
    recordedByRole: row.recorded_by_role,
    recordedAt: row.recorded_at,
    label: correctionLabel({ kind: row.kind, recordedByRole: row.recorded_by_role, recordedOn: londonDate(row.recorded_at), childName: row.child_name }),
  };
}

/**
 * "Putting it right": the child's current advocate adds a correction or the child's disagreement, the manager of the
 * child's LA a correction, to a recorded item of the child's that they can see. The item never changes. Every read
 * and write is audited; refusals are audited by the refusal filter (the input names the child).
 */
@Injectable()
export class RecordCorrectionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly repository: RecordCorrectionsRepository,
  ) {}

  async add(caller: Caller, input: AddRecordCorrectionInput, meta: RequestMeta): Promise<RecordCorrectionType> {
    const text = input.text.trim();
    if (text === '') throw new DomainException('BAD_USER_INPUT', 'Enter what is wrong, or what the child says.', { field: 'text' });
    return this.dataSource.transaction(async (manager) => {
      await this.mayCorrect(manager, caller, input);
      const refusal = correctionRefusal(caller.role, input.kind, input.itemKind);
      if (refusal !== null) throw new DomainException('FORBIDDEN', refusal);
      const row = await this.repository.insert(manager, {
        childId: input.childId,
        itemKind: input.itemKind,
        itemId: input.itemId,
        kind: input.kind,
        text,
        userId: caller.userId,
        role: caller.role,
        at: this.clock.now(),
      });
      await this.audit.childEvent(manager, caller, input.childId, 'record_correction.added', meta, {
        itemKind: input.itemKind,
        itemId: input.itemId,
        kind: input.kind,
        correctionId: row.id,
      });
      return shownCorrection(row);
    });
  }

  /** The child's corrections the caller may see: contacts only for the current advocate, views only while shared for the LA. */
  async ofChild(caller: Caller, childId: string, meta: RequestMeta): Promise<RecordCorrectionType[]> {
    return this.dataSource.transaction(async (manager) => {
      const child = await this.access.readable(manager, caller, childId);
      const advocate = caller.role === 'ADVOCATE';
      const current = await this.access.isCurrentAdvocate(manager, caller, child.id);
      const rows = await this.repository.ofChild(manager, child.id, { contacts: current, unsharedViews: advocate });
      await this.audit.childEvent(manager, caller, child.id, 'record_corrections.read', meta, { shown: rows.length });
      return rows.map(shownCorrection);
    });
  }

  /**
   * The caller may put the item right only if it is theirs to see: the child's current advocate (any item of the child), or
   * the manager of the child's LA (not contacts, and views only while shared). An item of another child is NOT_FOUND.
   */
  private async mayCorrect(manager: EntityManager, caller: Caller, input: AddRecordCorrectionInput): Promise<void> {
    if (caller.role === 'LA_MANAGER') await this.access.ownLaChild(manager, caller, input.childId);
    else await this.access.currentAdvocate(manager, caller, input.childId);
    const owner = await this.repository.ownerOf(manager, input.itemKind, input.itemId);
    if (owner === undefined || owner.child_id !== input.childId || (caller.role === 'LA_MANAGER' && !owner.la_visible)) {
      throw new DomainException('NOT_FOUND', 'No such recorded item is on that child’s record.');
    }
  }
}
