import { Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { HttpDomainExceptionFilter } from '../imports/http-exception.filter';
import { AuditService } from './audit.service';
import { RefusalAuditFilter } from './refusal-audit.filter';
import { RefusalAudit } from './refusal-audit.service';

@Global()
@Module({
  providers: [AuditService, RefusalAudit, HttpDomainExceptionFilter, { provide: APP_FILTER, useClass: RefusalAuditFilter }],
  exports: [AuditService, RefusalAudit, HttpDomainExceptionFilter],
})
export class AuditModule {}
