import { LondonTodayHoldDocument, LondonTodayScheduleDocument } from '@heard/graphql-types/testing';
import { Clock } from '../../../src/common/clock';
import { advocacyFixture, newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

const SCHEDULE = LondonTodayScheduleDocument;
const HOLD = LondonTodayHoldDocument;

interface Result {
  errors: Array<{ message: string; extensions?: { code?: string } }>;
}
const refusals = (r: Result) => r.errors.map((e) => [e.extensions?.code, e.message]);

describe('"today" is the date in London, not the UTC date', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => api.close());

  /**
   * An LA manager signed in (at the real time, so the access token is valid), then the API's clock fixed at
   * `instant`, with the session's last activity moved there so that it is not judged idle.
   */
  async function managerAt(instant: string): Promise<{ client: GraphqlTestClient; laId: string }> {
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const client = await fx.signIn(fx.managerEmail);
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(instant));
    await api.dataSource.query(`UPDATE sessions SET last_activity_at = $2 WHERE user_id = (SELECT id FROM users WHERE email = $1)`, [fx.managerEmail, instant]);
    return { client, laId: fx.laId };
  }

  const record = (client: GraphqlTestClient, occurredOn: string) =>
    client.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn, newChild: newChild({ dateOfBirth: '2014-05-01' }) } });

  it('at 00:30 BST on 2 June (23:30 UTC on 1 June) an event on 2 June is accepted and 3 June is in the future', async () => {
    const { client } = await managerAt('2026-06-01T23:30:00Z');
    const accepted = await record(client, '2026-06-02');
    expect(accepted.errors).toEqual([]);
    expect(accepted.data?.recordTriggerEvent.outcome).toBe('ASSIGNED');
    const refused = await record(client, '2026-06-03');
    expect(refusals(refused)).toEqual([['BAD_USER_INPUT', 'Date of the event cannot be in the future. Today is 2 June 2026.']]);
  });

  it('at 00:30 BST on 2 June a meeting held on 2 June is recorded and one held on 3 June is refused', async () => {
    const { client, laId } = await managerAt('2026-06-01T23:30:00Z');
    const child = await record(client, '2026-05-01');
    expect(child.errors).toEqual([]);
    const childId = child.data?.recordTriggerEvent.child.id ?? '';
    const [chair] = (await api.dataSource.query(
      `INSERT INTO la_staff (local_authority_id, full_name, role, experienced, manager_id) VALUES ($1, 'Tess Manager', 'TEAM_MANAGER', true, NULL) RETURNING id`,
      [laId],
    )) as Array<{ id: string }>;
    const scheduled = await client.request(SCHEDULE, {
      input: { childId, scheduledOn: '2026-06-02', place: 'Family centre', chairStaffId: chair?.id, invitees: ['Foster carer'] },
    });
    expect(scheduled.errors).toEqual([]);
    const meetingId = scheduled.data?.scheduleMeeting.id ?? '';
    const hold = (heldOn: string) => client.request(HOLD, { input: { meetingId, heldOn, attendees: ['Tess Manager'], participationCode: 'PN1' } });
    expect(refusals(await hold('2026-06-03'))).toEqual([['BAD_USER_INPUT', 'Date the meeting was held cannot be in the future. Today is 2 June 2026.']]);
    const held = await hold('2026-06-02');
    expect(held.errors).toEqual([]);
    expect(held.data?.holdMeeting).toEqual({ id: meetingId, status: 'HELD' });
  });

  it('at 23:30 GMT on 1 December London is on UTC: 1 December is today and 2 December is in the future', async () => {
    const { client } = await managerAt('2026-12-01T23:30:00Z');
    expect(refusals(await record(client, '2026-12-02'))).toEqual([['BAD_USER_INPUT', 'Date of the event cannot be in the future. Today is 1 December 2026.']]);
    const accepted = await record(client, '2026-12-01');
    expect(accepted.errors).toEqual([]);
  });

  it("refuses a new child's date of birth in the future under its own field, with today in UK form", async () => {
    const { client } = await managerAt('2026-12-01T12:00:00Z');
    const refused = await client.request(RECORD_TRIGGER, {
      input: { kind: 'ENTERED_CARE', occurredOn: '2026-12-01', newChild: newChild({ dateOfBirth: '2030-01-01' }) },
    });
    expect(refused.errors.map((e) => [e.message, e.extensions])).toEqual([
      ['Date of birth cannot be in the future. Today is 1 December 2026.', { code: 'BAD_USER_INPUT', field: 'newChild.dateOfBirth' }],
    ]);
  });
});
