import { Controller, Get, HttpCode, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { Allow } from '../../common/decorators/allow.decorator';
import { forbidden } from '../../common/exceptions/domain.exception';
import { type HttpRequestWithCaller, requestMetaFrom } from '../../common/request/request-context';
import { HttpDomainExceptionFilter } from '../../common/exceptions/http-domain-exception.filter';
import { ImportReadsService } from './import-reads.service';
import { ImportSummaryService } from './import-summary.service';
import { Ssda903ImportService } from './ssda903-import.service';
import { receiveReturn, removeUpload } from './upload';

/** Streaming upload of an SSDA903 return, every finding as CSV, and (as before) the rejected rows alone. Guarded like every GraphQL operation. */
@Controller('api/imports')
@UseFilters(HttpDomainExceptionFilter)
export class ImportsController {
  constructor(
    private readonly imports: Ssda903ImportService,
    private readonly reads: ImportReadsService,
    private readonly summaries: ImportSummaryService,
  ) {}

  @Allow('LA_MANAGER')
  @Post('ssda903')
  @HttpCode(202)
  async upload(@Req() req: HttpRequestWithCaller): Promise<{ importId: string }> {
    const caller = req.caller;
    if (caller === undefined) throw forbidden();
    const { files, dir } = await receiveReturn(req);
    return { importId: await this.imports.start(caller, files, requestMetaFrom(req), { wait: false, cleanup: () => removeUpload(dir) }) };
  }

  @Allow('LA_MANAGER')
  @Get(':id/rejections.csv')
  async rejections(@Param('id') id: string, @Req() req: HttpRequestWithCaller, @Res() res: Response): Promise<void> {
    const caller = req.caller;
    if (caller === undefined) throw forbidden();
    const csv = await this.reads.rejectionsCsv(caller, id, requestMetaFrom(req));
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="ssda903-rejected-rows-${id}.csv"`);
    res.send(csv);
  }

  /** Every rejected, skipped and warning row, written a page at a time as it is read. */
  @Allow('LA_MANAGER')
  @Get(':id/findings.csv')
  async findings(@Param('id') id: string, @Req() req: HttpRequestWithCaller, @Res() res: Response): Promise<void> {
    const caller = req.caller;
    if (caller === undefined) throw forbidden();
    const writeAll = await this.summaries.findingsCsv(caller, id, requestMetaFrom(req));
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="ssda903-rows-to-fix-${id}.csv"`);
    // Waits for the client to take each page; stops reading when the client has gone away.
    const write = (chunk: string) =>
      new Promise<void>((resolve, reject) => {
        if (res.destroyed) reject(new Error('the client went away'));
        else if (res.write(chunk)) resolve();
        else {
          res.once('drain', resolve);
          res.once('close', () => reject(new Error('the client went away')));
        }
      });
    try {
      await writeAll(write);
      res.end();
    } catch (error: unknown) {
      // The status line has gone: all that can be done is to cut the file short, so it is not taken for the whole.
      res.destroy(error instanceof Error ? error : undefined);
    }
  }
}
