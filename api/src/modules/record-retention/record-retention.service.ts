import { Injectable } from '@nestjs/common';
import { allowedRetentionCommands, belongsToLocalAuthority, dateOfDeathRefusal, recordRetention } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { requireWords } from '../../common/validation/entered-input';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import type { ChildEntity } from '../children/child.entity';
import type { LegalHoldInput, RecordChildDeathInput } from './dto/retention.inputs';
import type { RecordRetentionType } from './dto/retention.types';
import { RecordRetentionRepository } from './record-retention.repository';

/**
 * How long a child's record is kept (reg 50) and what changes it: a date of death, where it applies, and a legal
 * hold. Anyone who may read the child's record sees the date and why; a manager of the child's LA records the
 * death and places or lifts a hold, and so does the LA's data protection officer (who may is
 * `RECORD_RETENTION_COMMAND_ROLES` and `writable` below). Every write is audited with the child.
 */
@Injectable()
export class RecordRetentionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly repository: RecordRetentionRepository,
  ) {}

  /** The retention of a child the caller has already been allowed to read (its read is audited with the child's). */
  async of(manager: EntityManager, caller: Caller, child: Pick<ChildEntity, 'id' | 'dateOfBirth' | 'localAuthorityId'>): Promise<RecordRetentionType> {
    const dateOfDeath = await this.repository.dateOfDeath(manager, child.id);
    const hold = await this.repository.standingHold(manager, child.id);
    const callerIsChildsLa = belongsToLocalAuthority(caller.role) && caller.localAuthorityId === child.localAuthorityId;
    return {
      ...recordRetention({ dateOfBirth: child.dateOfBirth, dateOfDeath, legalHold: hold !== undefined }),
      dateOfDeath,
      legalHold: hold === undefined ? null : { reason: hold.reason, placedOn: hold.placed_on, placedByName: hold.placed_by_name },
      allowedCommands: allowedRetentionCommands({ legalHold: hold !== undefined, callerIsChildsLa }, caller.role),
    };
  }

  /** The retention for the child's page, read through the child's own access check. */
  async read(caller: Caller, childId: string): Promise<RecordRetentionType> {
    return this.dataSource.transaction(async (manager) => this.of(manager, caller, await this.access.readable(manager, caller, childId)));
  }

  async recordDeath(caller: Caller, input: RecordChildDeathInput, meta: RequestMeta): Promise<RecordRetentionType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await this.writable(manager, caller, input.childId);
      const refusal = dateOfDeathRefusal(child.dateOfBirth, input.dateOfDeath, this.clock.today());
      if (refusal !== null) throw new DomainException('BAD_USER_INPUT', refusal, { field: 'dateOfDeath' });
      const previous = await this.repository.dateOfDeath(manager, child.id);
      await this.repository.recordDeath(manager, child.id, input.dateOfDeath, caller.userId, this.clock.now());
      await this.audit.childEvent(manager, caller, child.id, previous === null ? 'retention.death_recorded' : 'retention.death_corrected', meta, {
        dateOfDeath: input.dateOfDeath,
        previousDateOfDeath: previous,
      });
      return this.of(manager, caller, child);
    });
  }

  async placeHold(caller: Caller, input: LegalHoldInput, meta: RequestMeta): Promise<RecordRetentionType> {
    const reason = requireWords(input.reason, 'reason', 'why the record is put on legal hold');
    return this.dataSource.transaction(async (manager) => {
      const child = await this.writable(manager, caller, input.childId);
      const holdId = await this.repository.placeHold(manager, child.id, reason, this.clock.today(), caller.userId, this.clock.now());
      if (holdId === undefined) throw new DomainException('CONFLICT', "The child's record is already on legal hold.");
      await this.audit.childEvent(manager, caller, child.id, 'retention.hold_placed', meta, { holdId, reason });
      return this.of(manager, caller, child);
    });
  }

  async liftHold(caller: Caller, input: LegalHoldInput, meta: RequestMeta): Promise<RecordRetentionType> {
    const reason = requireWords(input.reason, 'reason', 'why the legal hold is lifted');
    return this.dataSource.transaction(async (manager) => {
      const child = await this.writable(manager, caller, input.childId);
      const holdId = await this.repository.liftHold(manager, child.id, reason, this.clock.today(), caller.userId, this.clock.now());
      if (holdId === undefined) throw new DomainException('CONFLICT', "The child's record is not on legal hold.");
      await this.audit.childEvent(manager, caller, child.id, 'retention.hold_lifted', meta, { holdId, reason });
      return this.of(manager, caller, child);
    });
  }

  /** Who may change a record's retention: a manager or the DPO of the child's LA (others' children are not found). */
  private writable(manager: EntityManager, caller: Caller, childId: string): Promise<ChildEntity> {
    if (caller.role === 'DATA_PROTECTION_OFFICER') return this.access.dataProtectionChild(manager, caller, childId);
    return this.access.ownLaChild(manager, caller, childId);
  }
}
