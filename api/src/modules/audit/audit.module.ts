import { Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { HttpDomainExceptionFilter } from '../../common/exceptions/http-domain-exception.filter';
import { HTTP_REFUSAL_RECORDER } from '../../common/exceptions/http-refusal-recorder';
import { AuditService } from './audit.service';
import { HttpRefusals } from './http-refusals';
import { RefusalAuditFilter } from './refusal-audit.filter';
import { RefusalAudit } from './refusal-audit.service';

@Global()
@Module({
  providers: [
    AuditService,
    RefusalAudit,
    { provide: HTTP_REFUSAL_RECORDER, useClass: HttpRefusals },
    HttpDomainExceptionFilter,
    { provide: APP_FILTER, useClass: RefusalAuditFilter },
  ],
  exports: [AuditService, RefusalAudit, HTTP_REFUSAL_RECORDER, HttpDomainExceptionFilter],
})
export class AuditModule {}
