import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { SUBJECT_ACCESS_EXPORT_ROLES } from '@heard/domain';
import type { Response } from 'express';
import { Allow } from '../../common/decorators/allow.decorator';
import { forbidden } from '../../common/exceptions/domain.exception';
import { HttpDomainExceptionFilter } from '../../common/exceptions/http-domain-exception.filter';
import { type HttpRequestWithCaller, requestMetaFrom } from '../../common/request/request-context';
import { SubjectAccessService } from './subject-access.service';

/** The one download of a ready subject-access export, by its requester. */
@Controller('api/subject-access')
@UseFilters(HttpDomainExceptionFilter)
export class SubjectAccessController {
  constructor(private readonly exports: SubjectAccessService) {}

  @Allow(...SUBJECT_ACCESS_EXPORT_ROLES)
  @Get(':id/export.zip')
  async zip(@Param('id') id: string, @Req() req: HttpRequestWithCaller, @Res() res: Response): Promise<void> {
    if (req.caller === undefined) throw forbidden();
    const { zip } = await this.exports.download(req.caller, id, requestMetaFrom(req));
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="subject-access-${id}.zip"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(zip);
  }
}
