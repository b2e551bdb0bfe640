import { Injectable } from '@nestjs/common';
import type { ReportModel } from '@heard/report';
import { DataSource } from 'typeorm';
import { DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { Caller } from '../../common/request/request-context';
import type { AnnualReportType } from './dto/report.types';

interface ReportRow {
  id: string; year: number; version: number; checksum: string; generated_by: string; created_at: Date; national: ReportModel; own: ReportModel | null;
}

/** Who reads what: everyone the national report; an LA manager also their own LA's section. */
@Injectable()
export class ReportsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(caller: Caller): Promise<AnnualReportType[]> {
    const rows = await this.rows(caller, null);
    return rows.map((r) => this.toType(r));
  }

  async one(caller: Caller, id: string): Promise<AnnualReportType> {
    return this.toType(await this.row(caller, id));
  }

  /** The model a download is made from: the national report, or (for an LA manager) their LA's. */
  async model(caller: Caller, id: string, scope: 'national' | 'la'): Promise<ReportModel> {
    const row = await this.row(caller, id);
    if (scope === 'national') return row.national;
    if (row.own === null) throw forbidden('Only an LA manager has a local authority section to read.');
    return row.own;
  }

  private async row(caller: Caller, id: string): Promise<ReportRow> {
    const valid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
    const [row] = valid ? await this.rows(caller, id) : [];
    if (row === undefined) throw new DomainException('NOT_FOUND', 'No annual report with that id.');
    return row;
  }

  private async rows(caller: Caller, id: string | null): Promise<ReportRow[]> {
    if (!['ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF'].includes(caller.role)) throw forbidden();
    const la = caller.role === 'LA_MANAGER' ? caller.localAuthorityId : null;
    return this.dataSource.query(
      `SELECT r.id, r.year, r.version, r.checksum, u.display_name AS generated_by, r.created_at, ${id === null ? `'{}'::jsonb` : 'r.national'} AS national,
              CASE WHEN $1::uuid IS NULL THEN NULL ELSE r.by_local_authority -> ($1::uuid)::text END AS own
         FROM annual_reports r JOIN users u ON u.id = r.generated_by_user_id
        WHERE ($2::uuid IS NULL OR r.id = $2::uuid) ORDER BY r.year DESC, r.version DESC LIMIT 50`,
      [la, id],
    );
  }

  private toType(r: ReportRow): AnnualReportType {
    const tables = (r.national.sections ?? []).flatMap((s) => s.tables.map((t) => ({ id: t.id, caption: t.caption })));
    return { id: r.id, year: r.year, version: r.version, checksum: r.checksum, generatedBy: r.generated_by, createdAt: r.created_at, tables, ownLocalAuthority: r.own?.scope ?? null };
  }
}
