import { BadRequestException } from '@nestjs/common';
import { CalendarCoverageError } from '@heard/domain';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainException } from '../common/exceptions/domain.exception';
import { formatGraphqlError } from './format-error';

const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['field'] });

describe('one mapping from errors to GraphQL error codes', () => {
  it('keeps a domain error’s code, message and details', () => {
    const error = wrap(new DomainException('BAD_USER_INPUT', 'occurredOn cannot be in the future.', { field: 'occurredOn' }));
    expect(formatGraphqlError(error.toJSON(), error, jest.fn())).toEqual({
      message: 'occurredOn cannot be in the future.',
      locations: undefined,
      path: ['field'],
      extensions: { code: 'BAD_USER_INPUT', field: 'occurredOn' },
    });
  });

  it('answers a day outside the working-day calendar as BAD_USER_INPUT naming the date', () => {
    const error = wrap(new CalendarCoverageError('2201-01-01', 1970, 2200));
    const log = jest.fn();
    expect(formatGraphqlError(error.toJSON(), error, log)).toEqual({
      message: '2201-01-01 is outside the working-day calendar, which covers 1970-01-01 to 2200-12-31.',
      locations: undefined,
      path: ['field'],
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(log).not.toHaveBeenCalled();
  });

  it('turns class-validator failures into BAD_USER_INPUT naming each field', () => {
    const error = wrap(new BadRequestException(['occurredOn must be a date in the form YYYY-MM-DD', 'kind must be one of the following values']));
    expect(formatGraphqlError(error.toJSON(), error, jest.fn())).toMatchObject({
      message: 'occurredOn must be a date in the form YYYY-MM-DD; kind must be one of the following values',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('answers a unique violation (a lost race) with CONFLICT naming the reason, never a 500', () => {
    const duplicate = (constraint: string) => Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505', constraint });
    const known = wrap(new QueryFailedError('INSERT INTO concerns VALUES ($1)', ['secret'], duplicate('concerns_from_action_unique')));
    const unknown = wrap(new QueryFailedError('INSERT INTO x VALUES ($1)', ['secret'], duplicate('x_unique')));
    const log = jest.fn();
    expect(formatGraphqlError(known.toJSON(), known, log)).toEqual({
      message: 'A concern has already been raised about this action.',
      locations: undefined,
      path: ['field'],
      extensions: { code: 'CONFLICT' },
    });
    expect(formatGraphqlError(unknown.toJSON(), unknown, log)).toEqual({
      message: 'Someone else made this change at the same time: reload to see it.',
      locations: undefined,
      path: ['field'],
      extensions: { code: 'CONFLICT' },
    });
    expect(log).not.toHaveBeenCalled();
  });

  it('answers an unreachable database (here the session check’s connection refused) with SERVICE_UNAVAILABLE, not a 500', () => {
    const refused = Object.assign(new Error('permission denied for database "heard"'), { code: '42501', severity: 'FATAL' });
    const error = wrap(refused);
    const log = jest.fn();
    expect(formatGraphqlError(error.toJSON(), error, log)).toEqual({
      message: "Heard can't reach its database just now. Nothing you typed has been lost; try again in a few seconds.",
      locations: undefined,
      path: ['field'],
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect(log).not.toHaveBeenCalled();
  });

  it('hides SQL and stack traces behind a generic INTERNAL_SERVER_ERROR, and logs the original', () => {
    const sqlError = new QueryFailedError('INSERT INTO children VALUES ($1)', ['secret'], new Error('duplicate key value violates unique constraint'));
    const error = wrap(sqlError);
    const log = jest.fn();
    const formatted = formatGraphqlError(error.toJSON(), error, log);
    expect(formatted).toEqual({
      message: 'Something went wrong on our side. Try again, or contact support if it keeps happening.',
      locations: undefined,
      path: ['field'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(formatted)).not.toMatch(/INSERT|children|secret|duplicate/);
    expect(log).toHaveBeenCalledWith(sqlError);
  });

  it('gives Apollo’s uncoded persisted-query refusals a code and a message saying what to fix', () => {
    const mismatch = new GraphQLError('provided sha does not match query');
    expect(formatGraphqlError({ message: mismatch.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, mismatch, jest.fn())).toEqual({
      message: 'The persisted query hash (extensions.persistedQuery.sha256Hash) does not match the query.',
      locations: undefined,
      path: undefined,
      extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' },
    });
    const version = new GraphQLError('Unsupported persisted query version');
    expect(formatGraphqlError({ message: version.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, version, jest.fn()).extensions).toEqual({
      code: 'PERSISTED_QUERY_VERSION_NOT_SUPPORTED',
    });
  });

  it('keeps the field an edge refusal names', () => {
    const error = new GraphQLError('input.text contains a character that cannot be stored (a NUL byte at position 5).', {
      extensions: { code: 'BAD_USER_INPUT', field: 'input.text' },
    });
    expect(formatGraphqlError(error.toJSON(), error, jest.fn()).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.text' });
  });

  it('does not take a resolver’s error with the same words for Apollo’s', () => {
    const error = wrap(new Error('provided sha does not match query'));
    expect(formatGraphqlError({ ...error.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error, jest.fn()).extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
    });
  });
});
