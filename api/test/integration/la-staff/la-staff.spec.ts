import { LaStaffAddDocument, LaStaffStaffDocument } from '@heard/graphql-types/testing';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const STAFF = LaStaffStaffDocument;
const ADD = LaStaffAddDocument;

describe('LA staff as people records', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('an LA manager sees their own LA’s social workers and managers only', async () => {
    const manager = api.client();
    await manager.login(DEMO.manager, DEMO.password);
    const staff = (await manager.request(STAFF)).data?.laStaff ?? [];
    // Suites share this run's database and add Northshire staff of their own (an import's reviewing officer, the access
    // matrix's social worker), so: the seeded staff in order, and exactly the LA's own staff, none of another LA's.
    const own: Array<{ full_name: string }> = await api.dataSource.query(
      `SELECT s.full_name FROM la_staff s JOIN users u ON u.local_authority_id = s.local_authority_id WHERE u.email = $1`,
      [DEMO.manager],
    );
    expect(staff.map((s) => s.fullName).sort()).toEqual(own.map((s) => s.full_name).sort());
    expect(staff.filter((s) => ['Jordan Ellis', 'Hannah Price', 'Marcus Bell'].includes(s.fullName))).toEqual([
      { fullName: 'Jordan Ellis', role: 'TEAM_MANAGER', managerName: null, experienced: true, isUser: true },
      { fullName: 'Hannah Price', role: 'SOCIAL_WORKER', managerName: 'Jordan Ellis', experienced: true, isUser: false },
      { fullName: 'Marcus Bell', role: 'SOCIAL_WORKER', managerName: 'Jordan Ellis', experienced: false, isUser: false },
    ]);
    expect(staff.some((s) => s.fullName === 'Sian Roberts')).toBe(false);
  });

  it('adds a social worker under a team manager of the same LA, and refuses a manager from another LA', async () => {
    const manager = api.client();
    await manager.login(DEMO.manager2, DEMO.password);
    const [lead] = await api.dataSource.query(`SELECT s.id FROM la_staff s JOIN users u ON u.id = s.user_id WHERE u.email = $1`, [DEMO.manager2]);
    const added = await manager.request(ADD, { input: { fullName: 'Priti Patel', role: 'SOCIAL_WORKER', managerId: lead.id, experienced: false } });
    expect(added.data).toEqual({
      addLaStaffMember: { fullName: 'Priti Patel', role: 'SOCIAL_WORKER', managerName: 'Sian Roberts', experienced: false, isUser: false },
    });
    const [otherLead] = await api.dataSource.query(`SELECT s.id FROM la_staff s JOIN users u ON u.id = s.user_id WHERE u.email = $1`, [DEMO.manager]);
    const refused = await manager.request(ADD, { input: { fullName: 'X', role: 'SOCIAL_WORKER', managerId: otherLead.id, experienced: false } });
    expect(refused.errors.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'The manager must be a team manager in your local authority.'],
    ]);
  });

  it('no other role sees LA staff', async () => {
    const advocate = api.client();
    await advocate.login(DEMO.advocate, DEMO.password);
    expect((await advocate.request(STAFF)).errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
