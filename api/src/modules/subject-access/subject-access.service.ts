import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import { isUuid } from '../../common/validation/uuid';
import type { SubjectAccessExportType } from './dto/subject-access-export.type';
import { type ExportRow, SubjectAccessRepository } from './subject-access.repository';

/**
 * Who may export a child's record (the data protection officer of the child's LA; another LA's child is not found,
 * and the global refusal audit records it), follow it (the requester alone) and download it once. Every step is
 * audited with the child.
 */
@Injectable()
export class SubjectAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: SubjectAccessRepository,
    private readonly audit: AuditService,
    private readonly access: ChildAccessService,
    private readonly clock: Clock,
  ) {}

  async request(caller: Caller, childId: string, meta: RequestMeta): Promise<SubjectAccessExportType> {
    if (!isUuid(childId)) throw new DomainException('BAD_USER_INPUT', 'Choose the child whose record to export.', { field: 'childId' });
    return this.dataSource.transaction(async (manager) => {
      const child = await this.access.dataProtectionChild(manager, caller, childId);
      const id = await this.repository.enqueue(manager, child.id, caller.userId);
      await this.audit.record(manager, {
        actor: caller,
        action: 'subject_access.export_requested',
        entity: 'subject_access_export',
        entityId: id,
        childIds: [child.id],
        meta,
      });
      return this.toType(await this.mustFind(manager, id));
    });
  }

  async one(caller: Caller, id: string, meta: RequestMeta): Promise<SubjectAccessExportType> {
    return this.dataSource.transaction(async (manager) => {
      const row = isUuid(id) ? await this.repository.one(manager, id) : undefined;
      if (row === undefined || row.requested_by_user_id !== caller.userId)
        throw new DomainException('NOT_FOUND', 'No subject-access export of yours with that id.');
      await this.audit.record(manager, {
        actor: caller,
        action: 'subject_access.export_read',
        entity: 'subject_access_export',
        entityId: id,
        childIds: [row.child_id],
        meta,
      });
      return this.toType(row);
    });
  }

  async mine(caller: Caller, meta: RequestMeta): Promise<SubjectAccessExportType[]> {
    if (caller.role !== 'DATA_PROTECTION_OFFICER') throw forbidden();
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.repository.mine(manager, caller.userId);
      await this.audit.childReads(
        manager,
        caller,
        meta,
        rows.map((r) => r.child_id),
        'subject_access.exports_listed',
      );
      return rows.map((r) => this.toType(r));
    });
  }

  /** The ZIP, once: a second download, or one after expiry, is refused with what happened to it. */
  async download(caller: Caller, id: string, meta: RequestMeta): Promise<{ zip: Buffer; childName: string }> {
    return this.dataSource.transaction(async (manager) => {
      const row = isUuid(id) ? await this.repository.one(manager, id) : undefined;
      if (row === undefined || row.requested_by_user_id !== caller.userId)
        throw new DomainException('NOT_FOUND', 'No subject-access export of yours with that id.');
      const zip = await this.repository.takeZip(manager, id, caller.userId, this.clock.now());
      if (zip === undefined) throw new DomainException('CONFLICT', refusalOf((await this.repository.one(manager, id)) ?? row));
      await this.audit.record(manager, {
        actor: caller,
        action: 'subject_access.export_downloaded',
        entity: 'subject_access_export',
        entityId: id,
        childIds: [row.child_id],
        meta,
        details: { bytes: zip.byteLength },
      });
      return { zip, childName: row.child_name };
    });
  }

  private async mustFind(manager: Parameters<SubjectAccessRepository['one']>[0], id: string): Promise<ExportRow> {
    const row = await this.repository.one(manager, id);
    if (row === undefined) throw new DomainException('NOT_FOUND', 'No subject-access export with that id.');
    return row;
  }

  private toType(r: ExportRow): SubjectAccessExportType {
    return {
      id: r.id,
      childId: r.child_id,
      childName: r.child_name,
      status: r.status,
      progress: r.progress,
      failure: r.failure,
      sizeBytes: r.zip_bytes,
      requestedAt: r.requested_at,
      readyAt: r.ready_at,
      downloadedAt: r.downloaded_at,
      expiresAt: r.expires_at,
      downloadPath: r.status === 'READY' ? `/api/subject-access/${r.id}/export.zip` : null,
    };
  }
}

function refusalOf(row: ExportRow): string {
  switch (row.status) {
    case 'DOWNLOADED':
      return 'This export has already been downloaded; it can be downloaded only once. Request a new export.';
    case 'EXPIRED':
      return 'This export was removed when its keeping time ran out. Request a new export.';
    case 'FAILED':
      return 'This export could not be made. Request a new export.';
    default:
      return 'This export is not ready yet.';
  }
}
