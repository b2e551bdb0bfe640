import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { periodOf, type ReportModel, reportHtml, reportPdf, tableCsv } from '@heard/report';
import type { Response } from 'express';
import { Allow } from '../../common/decorators/allow.decorator';
import { DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { HttpRequestWithCaller } from '../../common/request/request-context';
import { REPORT_CSP } from '../../security-headers';
import { HttpDomainExceptionFilter } from '../../common/exceptions/http-domain-exception.filter';
import { ReportsService } from './reports.service';

/** Downloads of a report version: the HTML, the PDF and each table as CSV; `?scope=la` gives an LA manager their LA's. */
@Controller('api/reports')
@UseFilters(HttpDomainExceptionFilter)
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Allow('ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF')
  @Get(':id/report.html')
  async html(@Param('id') id: string, @Query('scope') scope: string | undefined, @Req() req: HttpRequestWithCaller, @Res() res: Response): Promise<void> {
    const model = await this.reports.model(callerOf(req), id, scope === 'la' ? 'la' : 'national');
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    // Replaces the API's policy: its stylesheet by hash, and the portal (same origin) may frame it.
    res.setHeader('Content-Security-Policy', REPORT_CSP);
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    res.send(reportHtml(model));
  }

  @Allow('ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF')
  @Get(':id/report.pdf')
  async pdf(@Param('id') id: string, @Query('scope') scope: string | undefined, @Req() req: HttpRequestWithCaller, @Res() res: Response): Promise<void> {
    const model = await this.reports.model(callerOf(req), id, scope === 'la' ? 'la' : 'national');
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="heard-annual-report-${yearName(model)}.pdf"`);
    res.send(Buffer.from(await reportPdf(model)));
  }

  @Allow('ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF')
  @Get(':id/tables/:tableId.csv')
  async csv(
    @Param('id') id: string,
    @Param('tableId') tableId: string,
    @Query('scope') scope: string | undefined,
    @Req() req: HttpRequestWithCaller,
    @Res() res: Response,
  ): Promise<void> {
    const model = await this.reports.model(callerOf(req), id, scope === 'la' ? 'la' : 'national');
    const table = model.sections.flatMap((s) => s.tables).find((t) => t.id === tableId);
    if (table === undefined) throw new DomainException('NOT_FOUND', `The report has no table "${tableId}".`);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="heard-${yearName(model)}-${table.id}.csv"`);
    res.send(tableCsv(table, model));
  }
}

/** `2025`, or `2026-year-to-date` for a provisional report, in download names. */
function yearName(model: ReportModel): string {
  return periodOf(model).provisional ? `${model.year}-year-to-date` : String(model.year);
}

function callerOf(req: HttpRequestWithCaller) {
  if (req.caller === undefined) throw forbidden();
  return req.caller;
}
