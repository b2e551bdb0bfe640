import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import type { Ssda903ImportType } from './dto/import.types';
import { type ImportRow, Ssda903ImportsRepository } from './ssda903-imports.repository';

/** An LA manager's view of their LA's imports. */
@Injectable()
export class ImportReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly imports: Ssda903ImportsRepository,
  ) {}

  async list(caller: Caller): Promise<Ssda903ImportType[]> {
    const laId = laOf(caller);
    const rows = await this.imports.list(this.dataSource, laId);
    return rows.map((r) => toType(r, { rejections: [], skipped: [], warnings: [] }));
  }

  async one(caller: Caller, id: string): Promise<Ssda903ImportType> {
    const row = await this.find(caller, id);
    const [rejections, skipped, warnings] = await Promise.all(
      (['REJECTED', 'SKIPPED', 'WARNING'] as const).map((outcome) => this.imports.rejections(this.dataSource, row.id, 500, outcome)),
    );
    return toType(row, { rejections: rejections ?? [], skipped: skipped ?? [], warnings: warnings ?? [] });
  }

  async rejectionsCsv(caller: Caller, id: string, meta: RequestMeta): Promise<string> {
    const row = await this.find(caller, id);
    const rejections = await this.imports.rejections(this.dataSource, row.id);
    await this.audit.record(this.dataSource.manager, {
      actor: caller,
      action: 'ssda903.rejections_downloaded',
      entity: 'local_authority',
      entityId: caller.localAuthorityId,
      meta,
      details: { importId: row.id },
    });
    const cell = (value: string | number) => (/[",\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));
    return ['file,row,column,reason', ...rejections.map((r) => [r.file, r.rowNumber, r.column, r.reason].map(cell).join(','))].join('\n') + '\n';
  }

  /** The import, when it belongs to the caller's LA and the caller is its LA manager; refused (FORBIDDEN, NOT_FOUND) otherwise. */
  async find(caller: Caller, id: string): Promise<ImportRow> {
    const laId = laOf(caller);
    const valid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
    const row = valid ? await this.imports.one(this.dataSource, id, laId) : undefined;
    if (row === undefined) throw new DomainException('NOT_FOUND', 'No import with that id belongs to your local authority.');
    return row;
  }
}

function laOf(caller: Caller): string {
  if (caller.role !== 'LA_MANAGER' || caller.localAuthorityId === null) throw forbidden();
  return caller.localAuthorityId;
}

type Listed = Pick<Ssda903ImportType, 'rejections' | 'skipped' | 'warnings'>;

function toType(r: ImportRow, listed: Listed): Ssda903ImportType {
  return {
    id: r.id,
    status: r.status,
    importedBy: r.imported_by,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    childrenTotal: r.children_total,
    childrenDone: r.children_done,
    counts: r.counts === null ? null : { ...r.counts, rowsSkipped: r.counts.rowsSkipped ?? 0, warnings: r.counts.warnings ?? 0, files: r.counts.files ?? [] },
    failure: r.failure,
    sameFilesAs: r.same_files_as,
    ...listed,
  };
}
