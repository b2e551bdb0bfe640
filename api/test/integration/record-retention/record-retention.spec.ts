import { RetentionLiftHoldDocument, RetentionOfChildDocument, RetentionPlaceHoldDocument, RetentionRecordDeathDocument } from '@heard/graphql-types/testing';
import { Clock } from '../../../src/common/clock';
import { advocacyFixture, newChild, RECORD_TRIGGER, type AdvocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlResponse, GraphqlTestClient } from '../../support/graphql-client';
import { fireAtOnce, oneWinner, outcomes, signedInClients } from '../../support/parallel';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

const REG = 'as regulation 50 of the Care Planning, Placement and Case Review (England) Regulations 2010 requires.';
const BY_BIRTHDAY = {
  retainUntil: '2089-05-01',
  rule: 'SEVENTY_FIFTH_BIRTHDAY',
  explanation: `The record is kept until 1 May 2089, the 75th anniversary of the child's birth, ${REG}`,
  dateOfDeath: null,
  legalHold: null,
};
const ALREADY_HELD = "The child's record is already on legal hold.";
const codes = (result: GraphqlResponse<unknown>) => result.errors.map((e) => [e.extensions?.code, e.message]);

describe("how long a child's record is kept", () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  beforeEach(() => jest.spyOn(Clock.prototype, 'today').mockReturnValue('2026-12-02'));
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => api.close());

  /** A child born on 1 May 2014, in care with their advocate. */
  async function setup(): Promise<{ fx: AdvocacyFixture; manager: GraphqlTestClient; advocate: GraphqlTestClient; childId: string }> {
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const trigger = await manager.request(RECORD_TRIGGER, {
      input: { kind: 'ENTERED_CARE', occurredOn: '2026-11-02', newChild: newChild({ givenName: 'Remi', dateOfBirth: '2014-05-01' }) },
    });
    const childId = trigger.data?.recordTriggerEvent.child.id ?? '';
    const advocate = await fx.signIn(fx.advocates[0]?.email ?? '');
    return { fx, manager, advocate, childId };
  }

  async function otherLaManager(): Promise<GraphqlTestClient> {
    const client = api.client();
    await client.login(DEMO.manager, DEMO.password);
    return client;
  }

  const audited = (childId: string) =>
    api.dataSource.query(
      `SELECT action, outcome, actor_role, details FROM audit_log WHERE $1 = ANY(child_ids) AND (action LIKE 'retention.%' OR action = 'access.refused') ORDER BY id`,
      [childId],
    ) as Promise<Array<{ action: string; outcome: string; actor_role: string; details: Record<string, unknown> }>>;

  it("the child's page shows the 75th birthday and why, to the advocate and the child's LA; only the LA may change it", async () => {
    const { manager, advocate, childId } = await setup();
    const byManager = await manager.request(RetentionOfChildDocument, { id: childId });
    expect(byManager.errors).toEqual([]);
    expect(byManager.data?.child.retention).toEqual({ ...BY_BIRTHDAY, allowedCommands: ['RECORD_DEATH', 'PLACE_LEGAL_HOLD'] });
    expect((await advocate.request(RetentionOfChildDocument, { id: childId })).data?.child.retention).toEqual({ ...BY_BIRTHDAY, allowedCommands: [] });
  });

  it('a death before 18 keeps the record 15 years from that day; a correction is allowed and both are audited', async () => {
    const { manager, advocate, childId, fx } = await setup();
    const recorded = await manager.request(RetentionRecordDeathDocument, { input: { childId, dateOfDeath: '2026-03-10' } });
    expect(recorded.errors).toEqual([]);
    expect(recorded.data?.recordChildDeath).toEqual({
      retainUntil: '2041-03-10',
      rule: 'FIFTEEN_YEARS_AFTER_DEATH',
      explanation: `The child died before their 18th birthday, on 10 March 2026, so their record is kept for 15 years from that day, until 10 March 2041, ${REG}`,
      dateOfDeath: '2026-03-10',
      legalHold: null,
      allowedCommands: ['RECORD_DEATH', 'PLACE_LEGAL_HOLD'],
    });
    const corrected = await manager.request(RetentionRecordDeathDocument, { input: { childId, dateOfDeath: '2026-03-09' } });
    expect(corrected.data?.recordChildDeath).toMatchObject({ retainUntil: '2041-03-09', dateOfDeath: '2026-03-09' });
    expect((await advocate.request(RetentionOfChildDocument, { id: childId })).data?.child.retention).toMatchObject({
      retainUntil: '2041-03-09',
      rule: 'FIFTEEN_YEARS_AFTER_DEATH',
    });
    expect(await audited(childId)).toEqual([
      { action: 'retention.death_recorded', outcome: 'ALLOWED', actor_role: 'LA_MANAGER', details: { dateOfDeath: '2026-03-10', previousDateOfDeath: null } },
      {
        action: 'retention.death_corrected',
        outcome: 'ALLOWED',
        actor_role: 'LA_MANAGER',
        details: { dateOfDeath: '2026-03-09', previousDateOfDeath: '2026-03-10' },
      },
    ]);
    const [recorder] = (await api.dataSource.query(
      `SELECT u.email, to_char(d.date_of_death, 'YYYY-MM-DD') AS date_of_death FROM child_deaths d JOIN users u ON u.id = d.recorded_by_user_id WHERE d.child_id = $1`,
      [childId],
    )) as Array<{ email: string; date_of_death: string }>;
    expect(recorder).toEqual({ email: fx.managerEmail, date_of_death: '2026-03-09' });
  });

  it('refuses a date of death that is not real, before the birth or in the future, naming the field', async () => {
    const { manager, childId } = await setup();
    const death = (dateOfDeath: string) => manager.request(RetentionRecordDeathDocument, { input: { childId, dateOfDeath } });
    expect(codes(await death('2014-04-30'))).toEqual([['BAD_USER_INPUT', "Date of death cannot be before the child's date of birth, 1 May 2014."]]);
    expect(codes(await death('2026-12-03'))).toEqual([['BAD_USER_INPUT', 'Date of death cannot be in the future. Today is 2 December 2026.']]);
    const impossible = await death('2025-02-30');
    expect(impossible.errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'dateOfDeath']]);
    const blank = await manager.request(RetentionPlaceHoldDocument, { input: { childId, reason: '   ' } });
    expect(codes(blank)).toEqual([['BAD_USER_INPUT', 'Enter why the record is put on legal hold.']]);
    expect(blank.errors[0]?.extensions?.field).toBe('reason');
    expect(await audited(childId)).toEqual([]);
  });

  it('a legal hold keeps the record until it is lifted: placed once, lifted once, each step audited', async () => {
    const { manager, advocate, childId, fx } = await setup();
    const placed = await manager.request(RetentionPlaceHoldDocument, { input: { childId, reason: ' Litigation hold for the inquiry ' } });
    expect(placed.errors).toEqual([]);
    const [{ display_name: managerName }] = (await api.dataSource.query(`SELECT display_name FROM users WHERE email = $1`, [fx.managerEmail])) as [
      { display_name: string },
    ];
    expect(placed.data?.placeLegalHold).toEqual({
      retainUntil: null,
      rule: 'LEGAL_HOLD',
      explanation: 'The record is on legal hold and is kept until the hold is lifted; without the hold it would be kept until 1 May 2089.',
      dateOfDeath: null,
      legalHold: { reason: 'Litigation hold for the inquiry', placedOn: '2026-12-02', placedByName: managerName },
      allowedCommands: ['RECORD_DEATH', 'LIFT_LEGAL_HOLD'],
    });
    expect((await advocate.request(RetentionOfChildDocument, { id: childId })).data?.child.retention).toMatchObject({
      rule: 'LEGAL_HOLD',
      allowedCommands: [],
    });
    expect(codes(await manager.request(RetentionPlaceHoldDocument, { input: { childId, reason: 'Again' } }))).toEqual([['CONFLICT', ALREADY_HELD]]);

    const lifted = await manager.request(RetentionLiftHoldDocument, { input: { childId, reason: 'Inquiry closed' } });
    expect(lifted.data?.liftLegalHold).toEqual({ ...BY_BIRTHDAY, allowedCommands: ['RECORD_DEATH', 'PLACE_LEGAL_HOLD'] });
    expect(codes(await manager.request(RetentionLiftHoldDocument, { input: { childId, reason: 'Again' } }))).toEqual([
      ['CONFLICT', "The child's record is not on legal hold."],
    ]);
    const holds = (await api.dataSource.query(
      `SELECT reason, lift_reason, to_char(lifted_on, 'YYYY-MM-DD') AS lifted_on, (placed_by_user_id = lifted_by_user_id) AS same FROM record_holds WHERE child_id = $1`,
      [childId],
    )) as unknown[];
    expect(holds).toEqual([{ reason: 'Litigation hold for the inquiry', lift_reason: 'Inquiry closed', lifted_on: '2026-12-02', same: true }]);
    const trail = await audited(childId);
    expect(trail.map((r) => [r.action, r.outcome, r.details['reason']])).toEqual([
      ['retention.hold_placed', 'ALLOWED', 'Litigation hold for the inquiry'],
      ['retention.hold_lifted', 'ALLOWED', 'Inquiry closed'],
    ]);
  });

  it('the advocate may read but not change it; another LA does not find the child; refusals are audited', async () => {
    const { advocate, childId } = await setup();
    expect(
      (await advocate.request(RetentionRecordDeathDocument, { input: { childId, dateOfDeath: '2026-03-10' } })).errors.map((e) => e.extensions?.code),
    ).toEqual(['FORBIDDEN']);
    expect((await advocate.request(RetentionPlaceHoldDocument, { input: { childId, reason: 'Hold' } })).errors.map((e) => e.extensions?.code)).toEqual([
      'FORBIDDEN',
    ]);
    const other = await otherLaManager();
    expect(codes(await other.request(RetentionPlaceHoldDocument, { input: { childId, reason: 'Hold' } }))).toEqual([
      ['NOT_FOUND', 'No child with that id is in your caseload or your local authority.'],
    ]);
    expect(codes(await other.request(RetentionLiftHoldDocument, { input: { childId, reason: 'Lift' } }))[0]?.[0]).toBe('NOT_FOUND');
    expect(codes(await other.request(RetentionOfChildDocument, { id: childId }))[0]?.[0]).toBe('NOT_FOUND');
    const trail = await audited(childId);
    expect(trail.map((r) => [r.action, r.outcome, r.actor_role, r.details['code']])).toEqual([
      ['access.refused', 'REFUSED', 'ADVOCATE', 'FORBIDDEN'],
      ['access.refused', 'REFUSED', 'ADVOCATE', 'FORBIDDEN'],
      ['access.refused', 'REFUSED', 'LA_MANAGER', 'NOT_FOUND'],
      ['access.refused', 'REFUSED', 'LA_MANAGER', 'NOT_FOUND'],
      ['access.refused', 'REFUSED', 'LA_MANAGER', 'NOT_FOUND'],
    ]);
    expect((await api.dataSource.query(`SELECT count(*)::int AS n FROM record_holds WHERE child_id = $1`, [childId])) as unknown[]).toEqual([{ n: 0 }]);
  });

  it('parallel requests to place a hold: exactly one wins, the others get CONFLICT', async () => {
    const { fx, childId } = await setup();
    const clients = await signedInClients(4, () => fx.signIn(fx.managerEmail));
    const answers = await fireAtOnce(clients, RetentionPlaceHoldDocument, { input: { childId, reason: 'Proceedings' } });
    expect(outcomes(answers)).toEqual(oneWinner(4, ALREADY_HELD));
    expect((await api.dataSource.query(`SELECT count(*)::int AS n FROM record_holds WHERE child_id = $1`, [childId])) as unknown[]).toEqual([{ n: 1 }]);
    expect((await audited(childId)).filter((r) => r.action === 'retention.hold_placed')).toHaveLength(1);
  });
});
