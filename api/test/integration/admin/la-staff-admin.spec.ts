import { freeLaCode } from '../../support/access-matrix/row-helpers';
import {
  OrgAdminAddStaffDocument as ADD_STAFF,
  OrgAdminCreateLaDocument as CREATE_LA,
  OrgAdminStaffDocument as STAFF,
  OrgAdminUpdateStaffDocument as UPDATE_STAFF,
} from '@heard/graphql-types/testing';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const refusals = (errors: ReadonlyArray<{ message: string; extensions?: { code?: unknown; field?: unknown } }>) =>
  errors.map((e) => [e.extensions?.code, e.extensions?.field ?? null, e.message]);

describe('administering the staff of any LA', () => {
  let api: TestApp;
  let admin: GraphqlTestClient;
  let adminId: string;

  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => ((await api.dataSource.query(sql, params)) as T[])[0] as T;
  const audits = (entityId: string) =>
    api.dataSource.query(`SELECT action, actor_user_id, details FROM audit_log WHERE entity_id = $1 ORDER BY occurred_at, id`, [entityId]) as Promise<
      Array<{ action: string; actor_user_id: string; details: Record<string, unknown> }>
    >;

  beforeAll(async () => {
    api = await startTestApp();
    admin = api.client();
    await admin.login(DEMO.admin, DEMO.password);
    adminId = (await one<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [DEMO.admin])).id;
  });
  afterAll(() => api.close());

  it('adds, edits and deactivates staff of any LA, auditing each', async () => {
    const la = (await admin.request(CREATE_LA, { input: { code: await freeLaCode({ api }), name: 'Hillford' } })).data?.createLocalAuthority.id ?? '';
    const lead = (
      await admin.request(ADD_STAFF, { input: { localAuthorityId: la, fullName: 'Ruth Evans', role: 'TEAM_MANAGER', experienced: true, managerId: null } })
    ).data?.addLaStaffMemberToLa;
    const worker = await admin.request(ADD_STAFF, {
      input: { localAuthorityId: la, fullName: ' Sam Cole ', role: 'SOCIAL_WORKER', experienced: false, managerId: lead?.id ?? null },
    });
    const id = worker.data?.addLaStaffMemberToLa.id ?? '';
    expect(worker.data?.addLaStaffMemberToLa).toEqual({
      id,
      fullName: 'Sam Cole',
      role: 'SOCIAL_WORKER',
      managerName: 'Ruth Evans',
      experienced: false,
      active: true,
    });
    const deactivated = await admin.request(UPDATE_STAFF, {
      input: { staffId: id, fullName: 'Sam Cole', role: 'SOCIAL_WORKER', experienced: true, managerId: lead?.id ?? null, active: false },
    });
    expect(deactivated.data?.updateLaStaffMember).toEqual({
      fullName: 'Sam Cole',
      role: 'SOCIAL_WORKER',
      managerName: 'Ruth Evans',
      experienced: true,
      active: false,
    });
    const demote = await admin.request(UPDATE_STAFF, {
      input: { staffId: lead?.id ?? '', fullName: 'Ruth Evans', role: 'SOCIAL_WORKER', experienced: true, managerId: null, active: true },
    });
    expect(refusals(demote.errors)).toEqual([['BAD_USER_INPUT', 'role', 'Ruth Evans manages 1 staff: give them another manager first.']]);
    const northshireLead = await one<{ id: string }>(`SELECT s.id FROM la_staff s JOIN users u ON u.id = s.user_id WHERE u.email = $1`, [DEMO.manager]);
    const elsewhere = await admin.request(UPDATE_STAFF, {
      input: { staffId: id, fullName: 'Sam Cole', role: 'SOCIAL_WORKER', experienced: true, managerId: northshireLead.id, active: false },
    });
    expect(refusals(elsewhere.errors)).toEqual([['BAD_USER_INPUT', 'managerId', 'The manager must be a team manager in the same local authority.']]);
    expect((await admin.request(STAFF, { localAuthorityId: la })).data?.laStaffOf.map((s) => [s.fullName, s.active])).toEqual([
      ['Ruth Evans', true],
      ['Sam Cole', false],
    ]);
    expect(await audits(id)).toEqual([
      { action: 'la_staff.added', actor_user_id: adminId, details: { localAuthorityId: la } },
      { action: 'la_staff.deactivated', actor_user_id: adminId, details: { experiencedFrom: false, experiencedTo: true, activeFrom: true, activeTo: false } },
    ]);
  });
});
