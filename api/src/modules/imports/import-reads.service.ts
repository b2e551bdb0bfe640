import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import type { ImportRejectionType, Ssda903ImportType } from './dto/import.types';
import type { ImportCounts } from './ssda903-import.entity';

interface ImportRow {
  id: string; status: string; imported_by: string; started_at: Date; finished_at: Date | null; children_total: number; children_done: number;
  counts: ImportCounts | null; failure: string | null; same_files_as: string | null;
}

const SELECT = `SELECT i.id, i.status, u.display_name AS imported_by, i.started_at, i.finished_at, i.children_total, i.children_done, i.counts, i.failure,
    (SELECT e.id FROM ssda903_imports e WHERE e.local_authority_id = i.local_authority_id AND e.checksum = i.checksum AND e.status = 'COMPLETED'
      AND e.started_at < i.started_at ORDER BY e.started_at LIMIT 1) AS same_files_as
  FROM ssda903_imports i JOIN users u ON u.id = i.imported_by_user_id`;

/** An LA manager's view of their LA's imports. */
@Injectable()
export class ImportReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(caller: Caller): Promise<Ssda903ImportType[]> {
    const laId = laOf(caller);
    const rows: ImportRow[] = await this.dataSource.query(`${SELECT} WHERE i.local_authority_id = $1 ORDER BY i.started_at DESC LIMIT 50`, [laId]);
    return rows.map((r) => toType(r, []));
  }

  async one(caller: Caller, id: string): Promise<Ssda903ImportType> {
    const row = await this.find(caller, id);
    const rejections: ImportRejectionType[] = await this.dataSource.query(
      `SELECT file, row_number AS "rowNumber", "column", reason FROM ssda903_import_rejections WHERE import_id = $1 ORDER BY file, row_number, id LIMIT 500`,
      [row.id],
    );
    return toType(row, rejections);
  }

  async rejectionsCsv(caller: Caller, id: string, meta: RequestMeta): Promise<string> {
    const row = await this.find(caller, id);
    const rejections: ImportRejectionType[] = await this.dataSource.query(
      `SELECT file, row_number AS "rowNumber", "column", reason FROM ssda903_import_rejections WHERE import_id = $1 ORDER BY file, row_number, id`,
      [row.id],
    );
    await this.audit.record(this.dataSource.manager, { actor: caller, action: 'ssda903.rejections_downloaded', entity: 'local_authority', entityId: caller.localAuthorityId, meta, details: { importId: row.id } });
    const cell = (value: string | number) => (/[",\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));
    return ['file,row,column,reason', ...rejections.map((r) => [r.file, r.rowNumber, r.column, r.reason].map(cell).join(','))].join('\n') + '\n';
  }

  private async find(caller: Caller, id: string): Promise<ImportRow> {
    const laId = laOf(caller);
    const valid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
    const [row] = valid ? ((await this.dataSource.query(`${SELECT} WHERE i.id = $1 AND i.local_authority_id = $2`, [id, laId])) as ImportRow[]) : [];
    if (row === undefined) throw new DomainException('NOT_FOUND', 'No import with that id belongs to your local authority.');
    return row;
  }
}

function laOf(caller: Caller): string {
  if (caller.role !== 'LA_MANAGER' || caller.localAuthorityId === null) throw forbidden();
  return caller.localAuthorityId;
}

function toType(r: ImportRow, rejections: ImportRejectionType[]): Ssda903ImportType {
  return {
    id: r.id, status: r.status, importedBy: r.imported_by, startedAt: r.started_at, finishedAt: r.finished_at, childrenTotal: r.children_total,
    childrenDone: r.children_done, counts: r.counts, failure: r.failure, sameFilesAs: r.same_files_as, rejections,
  };
}
