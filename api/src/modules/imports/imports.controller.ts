import { Controller, Get, HttpCode, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { Allow } from '../../common/decorators/allow.decorator';
import { forbidden } from '../../common/exceptions/domain.exception';
import { type HttpRequestWithCaller, requestMetaFrom } from '../../common/request/request-context';
import { HttpDomainExceptionFilter } from '../../common/exceptions/http-domain-exception.filter';
import { ImportReadsService } from './import-reads.service';
import { Ssda903ImportService } from './ssda903-import.service';
import { receiveReturn, removeUpload } from './upload';

/** Streaming upload of an SSDA903 return, and the rejected rows as CSV. Guarded like every GraphQL operation. */
@Controller('api/imports')
@UseFilters(HttpDomainExceptionFilter)
export class ImportsController {
  constructor(
    private readonly imports: Ssda903ImportService,
    private readonly reads: ImportReadsService,
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
}
