import { Injectable } from '@nestjs/common';
import type { DomainException } from '../../common/exceptions/domain.exception';
import type { HttpRefusalRecorder } from '../../common/exceptions/http-refusal-recorder';
import { type HttpRequestWithCaller, requestMetaFrom } from '../../common/request/request-context';
import { refusedTarget } from './refused-target';
import { RefusalAudit } from './refusal-audit.service';

/** The record kind a REST route serves, for the audit of a refused download. */
function fieldOf(path: string): string {
  if (path.startsWith('/api/reports')) return 'annualReport';
  if (path.startsWith('/api/imports')) return 'ssda903Import';
  if (path.startsWith('/api/subject-access')) return 'subjectAccessExport';
  return 'http';
}

/** A refused REST request (FORBIDDEN, NOT_FOUND) is audited as a refused GraphQL operation is. */
@Injectable()
export class HttpRefusals implements HttpRefusalRecorder {
  constructor(private readonly refusals: RefusalAudit) {}

  async recordIfRefused(exception: DomainException, req: HttpRequestWithCaller): Promise<void> {
    if (!RefusalAudit.isRefusal(exception)) return;
    await this.refusals.record(exception, req.caller ?? null, requestMetaFrom(req), refusedTarget(fieldOf(req.path), { ...req.params }));
  }
}
