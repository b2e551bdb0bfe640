import { Injectable } from '@nestjs/common';
import { recordRetention } from '@heard/domain';
import { DataSource } from 'typeorm';
import { forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import { RecordRetentionService } from '../record-retention/record-retention.service';
import type { DataProtectionChildrenInput, DataProtectionChildrenType, DataProtectionChildType } from './dto/data-protection.types';
import { DataProtectionRepository } from './data-protection.repository';

/**
 * A data protection officer's way in to their LA's children: who they are and how long each record is kept, never
 * their case. Every child listed or opened is an audited read, for the data protection purpose.
 */
@Injectable()
export class DataProtectionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DataProtectionRepository,
    private readonly access: ChildAccessService,
    private readonly retention: RecordRetentionService,
    private readonly audit: AuditService,
  ) {}

  async children(caller: Caller, input: DataProtectionChildrenInput, meta: RequestMeta): Promise<DataProtectionChildrenType> {
    const laId = caller.localAuthorityId;
    if (caller.role !== 'DATA_PROTECTION_OFFICER' || laId === null) throw forbidden();
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.repository.children(manager, laId, (input.search ?? '').trim());
      await this.audit.childReads(
        manager,
        caller,
        meta,
        rows.map((r) => r.id),
        'data_protection.children_listed',
      );
      return {
        localAuthorityName: await this.repository.localAuthorityName(manager, laId),
        total: rows[0]?.total ?? 0,
        children: rows.map((r) => ({
          childId: r.id,
          name: `${r.given_name} ${r.family_name}`,
          laChildRef: r.la_child_ref,
          dateOfBirth: r.date_of_birth,
          retention: {
            ...recordRetention({ dateOfBirth: r.date_of_birth, dateOfDeath: r.date_of_death, legalHold: r.hold_reason !== null }),
            dateOfDeath: r.date_of_death,
            legalHold: r.hold_reason === null ? null : { reason: r.hold_reason, placedOn: r.hold_placed_on ?? '', placedByName: r.hold_placed_by_name ?? '' },
            allowedCommands: [],
          },
        })),
      };
    });
  }

  /** One child of the officer's LA, with the retention they may change (a hold, a date of death). */
  async child(caller: Caller, childId: string, meta: RequestMeta): Promise<DataProtectionChildType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await this.access.dataProtectionChild(manager, caller, childId);
      await this.audit.childEvent(manager, caller, child.id, 'data_protection.child_read', meta, {});
      return {
        childId: child.id,
        name: `${child.givenName} ${child.familyName}`,
        laChildRef: child.laChildRef,
        dateOfBirth: child.dateOfBirth,
        retention: await this.retention.of(manager, caller, child),
      };
    });
  }
}
