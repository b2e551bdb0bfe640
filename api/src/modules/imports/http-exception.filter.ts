import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import { DomainException, type DomainErrorCode } from '../../common/exceptions/domain.exception';

const STATUS: Readonly<Record<DomainErrorCode, number>> = {
  UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, BAD_USER_INPUT: 400, ACCOUNT_LOCKED: 423, RATE_LIMITED: 429,
};

/** For the REST endpoints: a domain error becomes its HTTP status with `{ code, message }`; anything else is a 500 without details. */
@Catch()
export class HttpDomainExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof DomainException) {
      res.status(STATUS[exception.code]).json({ code: exception.code, message: exception.message });
    } else if (exception instanceof HttpException && exception.getStatus() < 500) {
      res.status(exception.getStatus()).json({ code: 'BAD_REQUEST', message: exception.message });
    } else {
      res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong in Heard. Nothing was imported; please try again.' });
    }
  }
}
