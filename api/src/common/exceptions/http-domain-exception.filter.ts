import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DATABASE_RETRY_AFTER_SECONDS, databaseUnavailable } from '../../database/database-unavailable';
import type { HttpRequestWithCaller } from '../request/request-context';
import { DomainException, type DomainErrorCode } from './domain.exception';
import { HTTP_REFUSAL_RECORDER, type HttpRefusalRecorder } from './http-refusal-recorder';

const STATUS: Readonly<Record<DomainErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BAD_USER_INPUT: 400,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * For the REST endpoints: a domain error becomes its HTTP status with `{ code, message }`; the
 * database being unreachable is a 503 SERVICE_UNAVAILABLE with `Retry-After`; anything else is a 500
 * without details. A refusal (FORBIDDEN, NOT_FOUND) is audited first, as on GraphQL.
 */
@Catch()
@Injectable()
export class HttpDomainExceptionFilter implements ExceptionFilter {
  constructor(@Inject(HTTP_REFUSAL_RECORDER) private readonly refusals: HttpRefusalRecorder) {}

  async catch(thrown: unknown, host: ArgumentsHost): Promise<void> {
    const req = host.switchToHttp().getRequest<HttpRequestWithCaller>();
    const res = host.switchToHttp().getResponse<Response>();
    const exception = databaseUnavailable(thrown) ?? thrown;
    if (exception instanceof DomainException) {
      if (exception.code === 'SERVICE_UNAVAILABLE') res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      await this.refusals.recordIfRefused(exception, req);
      res.status(STATUS[exception.code]).json({ code: exception.code, message: exception.message });
    } else if (exception instanceof HttpException && exception.getStatus() < 500) {
      res.status(exception.getStatus()).json({ code: 'BAD_REQUEST', message: exception.message });
    } else {
      res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong in Heard. Nothing was imported; please try again.' });
    }
  }
}
