import {
  MonthDeadlineOnANonWorkingDayCompleteDocument,
  MonthDeadlineOnANonWorkingDayHoldDocument,
  MonthDeadlineOnANonWorkingDayNextDueDocument,
  MonthDeadlineOnANonWorkingDayOverdueDocument,
  MonthDeadlineOnANonWorkingDayScheduleDocument,
} from '@heard/graphql-types/testing';
import { advocacyFixture, newChild, RECORD_TRIGGER } from '../../support/advocacy-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { Clock } from '../../../src/common/clock';
import { startTestApp, type TestApp } from '../../support/test-app';

const SCHEDULE = MonthDeadlineOnANonWorkingDayScheduleDocument;
const HOLD = MonthDeadlineOnANonWorkingDayHoldDocument;
const COMPLETE = MonthDeadlineOnANonWorkingDayCompleteDocument;
const NEXT_DUE = MonthDeadlineOnANonWorkingDayNextDueDocument;
const OVERDUE = MonthDeadlineOnANonWorkingDayOverdueDocument;

describe('a month-based meeting deadline on a non-working day is shown with the last working day before it', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());
  afterEach(() => jest.restoreAllMocks());

  /** A child in care since 9 January 2023 whose meetings were held on 1 February and (last) 4 August 2023. */
  async function childLastMetOn4August2023(): Promise<{ manager: GraphqlTestClient; childId: string }> {
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const manager = await fx.signIn(fx.managerEmail);
    const trigger = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2023-01-09', newChild: newChild() } });
    expect(trigger.errors).toEqual([]);
    const childId = trigger.data?.recordTriggerEvent.child.id ?? '';
    const [chair] = (await api.dataSource.query(
      `INSERT INTO la_staff (local_authority_id, full_name, role, experienced) VALUES ($1, 'Tess Manager', 'TEAM_MANAGER', true) RETURNING id`,
      [fx.laId],
    )) as Array<{ id: string }>;
    for (const heldOn of ['2023-02-01', '2023-08-04']) {
      const scheduled = await manager.request(SCHEDULE, {
        input: { childId, scheduledOn: heldOn, place: 'Family centre', chairStaffId: chair?.id, invitees: [] },
      });
      expect(scheduled.errors).toEqual([]);
      const meetingId = scheduled.data?.scheduleMeeting.id ?? '';
      expect((await manager.request(HOLD, { input: { meetingId, heldOn, attendees: ['Tess Manager'], participationCode: 'PN1' } })).errors).toEqual([]);
      expect((await manager.request(COMPLETE, { input: { meetingId, minutes: 'Minutes', summaryForChild: 'We talked about school.' } })).errors).toEqual([]);
    }
    return { manager, childId };
  }

  const today = (instant: string) => jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(instant));

  it('nextMeetingDue gives Sunday 4 February 2024 with Friday 2 February 2024 and says why', async () => {
    const { manager, childId } = await childLastMetOn4August2023();
    today('2024-01-15T12:00:00Z');
    const due = await manager.request(NEXT_DUE, { id: childId });
    expect(due.errors).toEqual([]);
    expect(due.data?.nextMeetingDue).toEqual({
      dueOn: '2024-02-04',
      lastWorkingDayBefore: '2024-02-02',
      rule: 'EVERY_6_MONTHS',
      explanation:
        'Due by Sunday 4 February 2024, 6 months after the last meeting on 4 August 2023; that is not a working day, so the last working day before it is Friday 2 February 2024.',
      workingDaysOverdue: 0,
    });
  });

  it('overdueMeetings counts working days overdue from the statutory date, not the last working day before it', async () => {
    const { manager, childId } = await childLastMetOn4August2023();
    for (const notYet of ['2024-02-02T12:00:00Z', '2024-02-03T12:00:00Z', '2024-02-04T12:00:00Z']) {
      today(notYet);
      expect((await manager.request(OVERDUE)).data?.overdueMeetings).toEqual([]);
    }
    today('2024-02-05T12:00:00Z');
    expect((await manager.request(OVERDUE)).data?.overdueMeetings).toEqual([
      { childId, dueOn: '2024-02-04', lastWorkingDayBefore: '2024-02-02', rule: 'EVERY_6_MONTHS', workingDaysOverdue: 1 },
    ]);
    today('2024-02-09T12:00:00Z');
    expect((await manager.request(NEXT_DUE, { id: childId })).data?.nextMeetingDue?.workingDaysOverdue).toBe(5);
  });
});
