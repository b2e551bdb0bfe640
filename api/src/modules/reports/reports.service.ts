import { Injectable } from '@nestjs/common';
import { periodOf, type ReportModel } from '@heard/report';
import { DataSource } from 'typeorm';
import { DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { Caller } from '../../common/request/request-context';
import type { AnnualReportType } from './dto/report.types';
import { ReportsRepository, type StoredReportRow } from './reports.repository';

/** Who reads what: everyone the national report; an LA manager also their own LA's section. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ReportsRepository,
  ) {}

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

  private async row(caller: Caller, id: string): Promise<StoredReportRow> {
    const valid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
    const [row] = valid ? await this.rows(caller, id) : [];
    if (row === undefined) throw new DomainException('NOT_FOUND', 'No annual report with that id.');
    return row;
  }

  private async rows(caller: Caller, id: string | null): Promise<StoredReportRow[]> {
    if (!['ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF'].includes(caller.role)) throw forbidden();
    const la = caller.role === 'LA_MANAGER' ? caller.localAuthorityId : null;
    return this.repository.stored(this.dataSource, la, id);
  }

  private toType(r: StoredReportRow): AnnualReportType {
    const tables = (r.national.sections ?? []).flatMap((s) => s.tables.map((t) => ({ id: t.id, caption: t.caption })));
    const period = periodOf({ year: r.year, period: r.period ?? undefined });
    return {
      id: r.id,
      year: r.year,
      periodStart: period.from,
      periodEnd: period.to,
      provisional: period.provisional,
      version: r.version,
      checksum: r.checksum,
      generatedBy: r.generated_by,
      createdAt: r.created_at,
      tables,
      ownLocalAuthority: r.own?.scope ?? null,
    };
  }
}
