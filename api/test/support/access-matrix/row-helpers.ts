import type { Target } from './world';

/** Small helpers the matrix's rows share: a child per target, an id nobody has, evidence, Northshire's id. */
export const child = (t: Target, w: { ownChildId: string; otherChildId: string }) => (t === 'own' ? w.ownChildId : w.otherChildId);
export const NOBODY = '00000000-0000-4000-8000-000000000000';
export const evidence = [{ text: 'Notes of the call', url: null }];
export const northshire = async (w: { api: { dataSource: { query: (sql: string) => Promise<unknown> } } }) =>
  ((await w.api.dataSource.query(`SELECT id FROM local_authorities WHERE code = '901'`)) as Array<{ id: string }>)[0]?.id ?? NOBODY;

/** A three-digit code that no local authority has yet. */
export const freeLaCode = async (w: { api: { dataSource: { query: (sql: string) => Promise<unknown> } } }) =>
  (
    (await w.api.dataSource.query(
      `SELECT lpad(c::text, 3, '0') AS code FROM generate_series(100, 999) c WHERE lpad(c::text, 3, '0') NOT IN (SELECT code FROM local_authorities) ORDER BY c DESC LIMIT 1`,
    )) as Array<{ code: string }>
  )[0]?.code ?? '999';
