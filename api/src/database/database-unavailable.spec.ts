import { QueryFailedError } from 'typeorm';
import { DomainException } from '../common/exceptions/domain.exception';
import { DATABASE_UNAVAILABLE_MESSAGE, databaseUnavailable, isDatabaseUnavailable } from './database-unavailable';

const pgError = (message: string, fields: Record<string, string>) => Object.assign(new Error(message), fields);
const inQuery = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('telling an unreachable database from a failed statement', () => {
  it.each([
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', errno: -111 })],
    [
      'localhost refused on both addresses',
      Object.assign(new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' })]), {}),
    ],
    ['57P01 admin_shutdown mid-query', inQuery(pgError('terminating connection due to administrator command', { code: '57P01', severity: 'FATAL' }))],
    ['57P03 cannot_connect_now', pgError('the database system is starting up', { code: '57P03', severity: 'FATAL' })],
    ['08006 connection_failure', pgError('connection failure', { code: '08006', severity: 'ERROR' })],
    ['08P01 protocol_violation', pgError('protocol violation', { code: '08P01', severity: 'ERROR' })],
    ['53300 too_many_connections', pgError('sorry, too many clients already', { code: '53300', severity: 'FATAL' })],
    ['no CONNECT privilege (FATAL 42501)', pgError('permission denied for database "heard"', { code: '42501', severity: 'FATAL' })],
    ['connections not allowed (FATAL 55000)', pgError('database "heard" is not currently accepting connections', { code: '55000', severity: 'FATAL' })],
    ['role may not log in (FATAL 28000)', pgError('role "heard_app" is not permitted to log in', { code: '28000', severity: 'FATAL' })],
    ['connection terminated', inQuery(new Error('Connection terminated unexpectedly'))],
    ['connect timeout', new Error('Connection terminated due to connection timeout')],
    ['pool connect timeout', new Error('timeout exceeded when trying to connect')],
    ['a client broken earlier', new Error('Client has encountered a connection error and is not queryable')],
    ['the error as a cause', new Error('could not load the session', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) })],
  ])('%s is SERVICE_UNAVAILABLE', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    const mapped = databaseUnavailable(error);
    expect({ code: mapped?.code, message: mapped?.message }).toEqual({ code: 'SERVICE_UNAVAILABLE', message: DATABASE_UNAVAILABLE_MESSAGE });
  });

  it.each([
    ['a unique violation', inQuery(pgError('duplicate key value violates unique constraint', { code: '23505', severity: 'ERROR' }))],
    ['a privilege refused to a statement (ERROR 42501)', inQuery(pgError('permission denied for table audit_log', { code: '42501', severity: 'ERROR' }))],
    ['a serialization failure', inQuery(pgError('could not serialize access', { code: '40001', severity: 'ERROR' }))],
    ['a statement timeout', inQuery(pgError('canceling statement due to statement timeout', { code: '57014', severity: 'ERROR' }))],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a domain refusal', new DomainException('NOT_FOUND', 'No such child.')],
    ['not an error at all', 'ECONNREFUSED'],
  ])('%s is not', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(databaseUnavailable(error)).toBeNull();
  });
});
