import { ReportJobsService } from '../../../src/modules/reports/report-jobs.service';
import { advocacyFixture, type AdvocacyFixture, newChild, RECORD_TRIGGER, type TriggerResult } from '../../support/advocacy-fixture';
import { raiseInput } from '../../support/concern-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { completeReport, SAVE, SUBMIT } from '../../support/home-fixture';
import { fireAtOnce, oneWinner, outcomes, signedInClients } from '../../support/parallel';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

/** How many identical calls race each other. */
const N = 8;

type Role = 'manager' | 'advocate' | 'commissioner';

/** The audit row the winning call writes: its action, the record, and (optionally) one key of its details. */
interface AuditKey {
  action: string;
  entityId: string;
  details?: [key: string, value: string];
}

/** A record just put into the state the transition starts from, and what the race should leave behind. */
interface Prepared {
  query: string;
  variables: Record<string, unknown>;
  conflict: string;
  audit: AuditKey;
  state: () => Promise<unknown>;
  expected: unknown;
}

interface Transition {
  name: string;
  as: Role;
  prepare: () => Promise<Prepared>;
}

const day = (offset = 0) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const M = {
  schedule: `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
  hold: `mutation($input: HoldMeetingInput!) { holdMeeting(input: $input) { id } }`,
  complete: `mutation($input: CompleteMeetingInput!) { completeMeeting(input: $input) { id } }`,
  decision: `mutation($input: RecordMeetingDecisionInput!) { recordMeetingDecision(input: $input) { id } }`,
  action: `mutation($input: RecordActionInput!) { recordAction(input: $input) { id } }`,
  review: `mutation($input: ReviewActionInput!) { reviewAction(input: $input) { id } }`,
  view: `mutation($input: RecordChildViewInput!) { recordChildView(input: $input) { views { id } } }`,
  withdrawView: `mutation($viewId: ID!) { withdrawChildViewSharing(viewId: $viewId) { id } }`,
  selfRepresentation: `mutation($input: RecordChildSelfRepresentationInput!) { recordChildSelfRepresentation(input: $input) { id } }`,
  raise: `mutation($input: RaiseConcernInput!) { raiseConcern(input: $input) { id } }`,
  escalate: `mutation($input: EscalateConcernInput!) { escalateConcern(input: $input) { id } }`,
  respond: `mutation($input: RespondToConcernInput!) { respondToConcern(input: $input) { id } }`,
  triage: `mutation($input: ConcernNoteInput!) { triageConcern(input: $input) { id } }`,
  requestInformation: `mutation($input: RequestInformationInput!) { requestConcernInformation(input: $input) { id } }`,
  resolve: `mutation($input: CloseConcernInput!) { resolveConcern(input: $input) { id } }`,
  withdraw: `mutation($input: CloseConcernInput!) { withdrawConcern(input: $input) { id } }`,
  court: `mutation($input: ApplyToCourtInput!) { applyToCourt(input: $input) { id } }`,
  outcome: `mutation($input: RecordOfferOutcomeInput!) { recordOfferOutcome(input: $input) { id } }`,
  optBackIn: `mutation($input: RecordOptBackInInput!) { recordOptBackIn(input: $input) { id } }`,
  generate: `mutation($year: Int!) { generateAnnualReport(year: $year) { id } }`,
  reassign: `mutation($input: ReassignChildInput!) { reassignChild(input: $input) { childId } }`,
  setCap: `mutation($input: SetCaseloadCapInput!) { setCaseloadCap(input: $input) { caseloadCap } }`,
} as const;

describe('parallel state changes: exactly one wins, the others get CONFLICT', () => {
  let api: TestApp;
  let fx: AdvocacyFixture;
  let pools: Record<Role, GraphqlTestClient[]>;
  let chairId: string;
  let managerUserId: string;
  const today = day();

  beforeAll(async () => {
    api = await startTestApp();
    fx = await advocacyFixture(api, [{ cap: 60 }]);
    const demo = async (email: string) => {
      const client = api.client();
      await client.login(email, DEMO.password);
      return client;
    };
    pools = {
      manager: await signedInClients(N, () => fx.signIn(fx.managerEmail)),
      advocate: await signedInClients(N, () => fx.signIn(fx.advocates[0]?.email ?? '')),
      commissioner: await signedInClients(N, () => demo(DEMO.commissioner)),
    };
    chairId = await one(`INSERT INTO la_staff (local_authority_id, full_name, role, experienced) VALUES ($1, 'Sam Chair', 'SOCIAL_WORKER', true) RETURNING id`, [fx.laId]);
    managerUserId = await one(`SELECT id FROM users WHERE email = $1`, [fx.managerEmail]);
  });
  afterAll(() => api.close());

  async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await api.dataSource.query(sql, params)) as T[];
  }
  async function one(sql: string, params: unknown[]): Promise<string> {
    const [row] = await rows<{ id: string }>(sql, params);
    if (row === undefined) throw new Error(`no row: ${sql}`);
    return row.id;
  }
  const count = async (sql: string, params: unknown[]) => (await rows<{ n: number }>(sql, params))[0]?.n;

  /** Runs one request as the first client of a pool and insists it worked. */
  async function must<T>(as: Role, query: string, variables: Record<string, unknown>): Promise<T> {
    const result = await pools[as][0]?.request<T>(query, variables);
    if (result === undefined || result.errors.length > 0 || result.data === null) throw new Error(`setup failed: ${result?.text ?? 'no client'}`);
    return result.data;
  }

  async function child(): Promise<{ childId: string; offerId: string }> {
    const data = await must<TriggerResult>('manager', RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: today, newChild: newChild() } });
    return { childId: data.recordTriggerEvent.child.id, offerId: data.recordTriggerEvent.child.currentOffer?.id ?? '' };
  }
  const scheduleInput = (childId: string, on = day(10)) => ({ childId, scheduledOn: on, place: 'Family centre', chairStaffId: chairId, invitees: ['Foster carer'] });
  async function meeting(childId: string, held = false, on = day(10)): Promise<string> {
    const id = (await must<{ scheduleMeeting: { id: string } }>('manager', M.schedule, { input: scheduleInput(childId, on) })).scheduleMeeting.id;
    if (held) await must('manager', M.hold, { input: holdInput(id) });
    return id;
  }
  const holdInput = (meetingId: string) => ({ meetingId, heldOn: today, attendees: ['Child', 'Foster carer'], participationCode: 'PN1' });
  const actionInput = (meetingId: string) => ({ meetingId, what: 'Arrange weekly contact with her sister', owner: 'Social worker', dueOn: day(30), monitoring: 'Contact log at the next meeting' });
  async function concern(childId: string, stage: 'INFORMAL' | 'CHILDRENS_COMMISSIONER' = 'INFORMAL'): Promise<string> {
    const id = (await must<{ raiseConcern: { id: string } }>('advocate', M.raise, { input: raiseInput(childId) })).raiseConcern.id;
    if (stage !== 'INFORMAL') await must('advocate', M.escalate, { input: { concernId: id, toStage: stage, asked: 'Please intervene', atRiskReason: 'The child is at risk tonight' } });
    return id;
  }
  const concernRow = (id: string) => rows(`SELECT stage, status, responded_at_stage AS responded, triaged, to_char(information_due_on, 'YYYY-MM-DD') AS "informationDueOn" FROM concerns WHERE id = $1`, [id]);
  const events = (id: string, kind: string) => count(`SELECT count(*)::int AS n FROM concern_events WHERE concern_id = $1 AND kind = $2`, [id, kind]);
  async function home(childId: string): Promise<string> {
    const urn = `SC${Math.floor(Math.random() * 1e9)}`;
    const id = await one(
      `INSERT INTO children_homes (name, provider_name, provider_contact_email, ofsted_urn, address, local_authority_id, responsible_advocate_id)
       VALUES ($1, 'Test Care Ltd', $2, $3, '1 Test Road', $4, $5) RETURNING id`,
      [`Home ${urn}`, `provider.${urn}@test.example`, urn, fx.laId, fx.advocates[0]?.id],
    );
    await rows(`INSERT INTO placements (child_id, home_id, start_date) VALUES ($1, $2, '2025-01-06')`, [childId, id]);
    return id;
  }

  const transitions: Transition[] = [
    {
      name: 'scheduleMeeting',
      as: 'manager',
      prepare: async () => {
        const { childId } = await child();
        const on = day(12);
        return {
          query: M.schedule, variables: { input: scheduleInput(childId, on) }, conflict: `This child already has a meeting scheduled on ${on}.`,
          audit: { action: 'meeting.scheduled', entityId: childId },
          state: () => rows(`SELECT status, to_char(scheduled_on, 'YYYY-MM-DD') AS on FROM meetings WHERE child_id = $1`, [childId]), expected: [{ status: 'SCHEDULED', on }],
        };
      },
    },
    {
      name: 'holdMeeting',
      as: 'manager',
      prepare: async () => {
        const { childId } = await child();
        const meetingId = await meeting(childId);
        return {
          query: M.hold, variables: { input: holdInput(meetingId) }, conflict: 'The meeting is already held.',
          audit: { action: 'meeting.held', entityId: childId, details: ['meetingId', meetingId] },
          state: () => rows(`SELECT status, participation_code AS code FROM meetings WHERE id = $1`, [meetingId]), expected: [{ status: 'HELD', code: 'PN1' }],
        };
      },
    },
    {
      name: 'completeMeeting',
      as: 'manager',
      prepare: async () => {
        const { childId } = await child();
        const meetingId = await meeting(childId, true);
        return {
          query: M.complete, variables: { input: { meetingId, minutes: 'Contact plan agreed', summaryForChild: 'You will see your sister every week' } }, conflict: 'The meeting is already completed.',
          audit: { action: 'meeting.completed', entityId: childId, details: ['meetingId', meetingId] },
          state: () => rows(`SELECT status, minutes FROM meetings WHERE id = $1`, [meetingId]), expected: [{ status: 'COMPLETED', minutes: 'Contact plan agreed' }],
        };
      },
    },
    {
      name: 'recordMeetingDecision',
      as: 'manager',
      prepare: async () => {
        const { childId } = await child();
        const meetingId = await meeting(childId, true);
        return {
          query: M.decision, variables: { input: { meetingId, text: 'Weekly contact with her sister', significant: false } }, conflict: 'This decision is already recorded at this meeting.',
          audit: { action: 'meeting.decision_recorded', entityId: childId, details: ['meetingId', meetingId] },
          state: () => rows(`SELECT text FROM meeting_decisions WHERE meeting_id = $1`, [meetingId]), expected: [{ text: 'Weekly contact with her sister' }],
        };
      },
    },
    {
      name: 'recordAction',
      as: 'manager',
      prepare: async () => {
        const { childId } = await child();
        const meetingId = await meeting(childId, true);
        return {
          query: M.action, variables: { input: actionInput(meetingId) }, conflict: 'This action is already recorded at this meeting.',
          audit: { action: 'meeting.action_recorded', entityId: childId, details: ['meetingId', meetingId] },
          state: () => rows(`SELECT what, status FROM meeting_actions WHERE meeting_id = $1`, [meetingId]), expected: [{ what: 'Arrange weekly contact with her sister', status: 'OPEN' }],
        };
      },
    },
    {
      name: 'reviewAction',
      as: 'manager',
      prepare: async () => {
        const { childId } = await child();
        const first = await meeting(childId, true, day(-1));
        await must('manager', M.action, { input: actionInput(first) });
        await must('manager', M.complete, { input: { meetingId: first, minutes: 'Agreed', summaryForChild: 'Agreed' } });
        const second = await meeting(childId, true);
        const actionId = await one(`SELECT id FROM meeting_actions WHERE meeting_id = $1`, [first]);
        return {
          query: M.review, variables: { input: { meetingId: second, actionId, outcome: 'DONE', reason: null } }, conflict: 'This action is already closed (done).',
          audit: { action: 'meeting.action_done', entityId: childId, details: ['meetingId', second] },
          state: () => rows(`SELECT status, last_reviewed_meeting_id AS reviewed FROM meeting_actions WHERE id = $1`, [actionId]), expected: [{ status: 'DONE', reviewed: second }],
        };
      },
    },
    {
      name: 'withdrawChildViewSharing',
      as: 'advocate',
      prepare: async () => {
        const { childId } = await child();
        const meetingId = await meeting(childId);
        const recorded = await must<{ recordChildView: { views: Array<{ id: string }> } }>('advocate', M.view, { input: { meetingId, kind: 'WISHES_AND_FEELINGS', text: 'I want to see my sister', shareable: true } });
        const viewId = recorded.recordChildView.views[0]?.id ?? '';
        return {
          query: M.withdrawView, variables: { viewId }, conflict: `Sharing of this view was already withdrawn on ${today}: the local authority no longer sees it.`,
          audit: { action: 'meeting.view_sharing_withdrawn', entityId: childId, details: ['viewId', viewId] },
          state: () => rows(`SELECT sharing_withdrawn_at IS NOT NULL AS withdrawn FROM child_views WHERE id = $1`, [viewId]), expected: [{ withdrawn: true }],
        };
      },
    },
    {
      name: 'recordChildSelfRepresentation',
      as: 'advocate',
      prepare: async () => {
        const { childId } = await child();
        const meetingId = await meeting(childId);
        return {
          query: M.selfRepresentation, variables: { input: { meetingId, childWords: 'I want to speak for myself' } }, conflict: 'The child’s choice to represent themselves at this meeting is already recorded.',
          audit: { action: 'meeting.self_representation_recorded', entityId: childId, details: ['meetingId', meetingId] },
          state: () => rows(`SELECT child_words AS words FROM child_self_representations WHERE meeting_id = $1`, [meetingId]), expected: [{ words: 'I want to speak for myself' }],
        };
      },
    },
    {
      name: 'raiseConcern from a drifted action',
      as: 'advocate',
      prepare: async () => {
        const { childId } = await child();
        const meetingId = await one(
          `INSERT INTO meetings (child_id, scheduled_on, place, chair_staff_id, status, held_on, participation_code, scheduled_by_user_id) VALUES ($1, $2, 'Office', $3, 'COMPLETED', $2, 'PN1', $4) RETURNING id`,
          [childId, today, chairId, managerUserId],
        );
        const actionId = await one(`INSERT INTO meeting_actions (child_id, meeting_id, what, owner, due_on, monitoring, carry_overs) VALUES ($1, $2, 'Arrange contact', 'SW', $3, 'Log', 2) RETURNING id`, [childId, meetingId, today]);
        return {
          query: M.raise, variables: { input: raiseInput(childId, { fromActionId: actionId, themes: ['DELAY_IN_THE_PLAN'] }) }, conflict: 'A concern has already been raised about this action.',
          audit: { action: 'concern.raised', entityId: childId },
          state: () => rows(`SELECT stage, status FROM concerns WHERE from_action_id = $1`, [actionId]), expected: [{ stage: 'INFORMAL', status: 'OPEN' }],
        };
      },
    },
    {
      name: 'escalateConcern',
      as: 'advocate',
      prepare: async () => {
        const { childId } = await child();
        const concernId = await concern(childId);
        return {
          query: M.escalate, variables: { input: { concernId, toStage: 'TEAM_MANAGER', asked: 'Please restart contact', atRiskReason: 'She has not seen her sister for months' } },
          conflict: 'A concern can only move up the ladder: it is already at "Team manager".',
          audit: { action: 'concern.escalated', entityId: childId, details: ['concernId', concernId] },
          state: async () => [await concernRow(concernId), await events(concernId, 'ESCALATED')],
          expected: [[{ stage: 'TEAM_MANAGER', status: 'OPEN', responded: false, triaged: false, informationDueOn: null }], 1],
        };
      },
    },
    {
      name: 'respondToConcern',
      as: 'manager',
      prepare: async () => {
        const { childId } = await child();
        const concernId = await concern(childId);
        return {
          query: M.respond, variables: { input: { concernId, answer: 'Contact restarts next week', evidence: [] } }, conflict: 'The local authority has already responded at this stage.',
          audit: { action: 'concern.responded', entityId: childId, details: ['concernId', concernId] },
          state: async () => [await concernRow(concernId), await events(concernId, 'RESPONDED')],
          expected: [[{ stage: 'INFORMAL', status: 'OPEN', responded: true, triaged: false, informationDueOn: null }], 1],
        };
      },
    },
    {
      name: 'triageConcern',
      as: 'commissioner',
      prepare: async () => {
        const { childId } = await child();
        const concernId = await concern(childId, 'CHILDRENS_COMMISSIONER');
        return {
          query: M.triage, variables: { input: { concernId, note: 'Priority: contact', evidence: [], confidential: false } }, conflict: 'This concern has already been triaged.',
          audit: { action: 'concern.triaged', entityId: childId, details: ['concernId', concernId] },
          state: async () => [await concernRow(concernId), await events(concernId, 'TRIAGED')],
          expected: [[{ stage: 'CHILDRENS_COMMISSIONER', status: 'OPEN', responded: false, triaged: true, informationDueOn: null }], 1],
        };
      },
    },
    {
      name: 'requestConcernInformation',
      as: 'commissioner',
      prepare: async () => {
        const { childId } = await child();
        const concernId = await concern(childId, 'CHILDRENS_COMMISSIONER');
        const dueOn = day(20);
        return {
          query: M.requestInformation, variables: { input: { concernId, asked: 'Send the contact plan', dueOn } }, conflict: `The Children's Commissioner has already asked for information by ${dueOn}.`,
          audit: { action: 'concern.information_requested', entityId: childId, details: ['concernId', concernId] },
          state: async () => [await concernRow(concernId), await events(concernId, 'INFORMATION_REQUESTED')],
          expected: [[{ stage: 'CHILDRENS_COMMISSIONER', status: 'OPEN', responded: false, triaged: false, informationDueOn: dueOn }], 1],
        };
      },
    },
    {
      name: 'resolveConcern',
      as: 'advocate',
      prepare: async () => {
        const { childId } = await child();
        const concernId = await concern(childId);
        return {
          query: M.resolve, variables: { input: { concernId, text: 'I see my sister every week now' } }, conflict: 'This concern was resolved; nothing more can be recorded on it.',
          audit: { action: 'concern.resolved', entityId: childId, details: ['concernId', concernId] },
          state: async () => [await concernRow(concernId), await events(concernId, 'RESOLVED')],
          expected: [[{ stage: 'INFORMAL', status: 'RESOLVED', responded: false, triaged: false, informationDueOn: null }], 1],
        };
      },
    },
    {
      name: 'withdrawConcern',
      as: 'advocate',
      prepare: async () => {
        const { childId } = await child();
        const concernId = await concern(childId);
        return {
          query: M.withdraw, variables: { input: { concernId, text: 'She no longer wants to pursue it' } }, conflict: 'This concern was withdrawn; nothing more can be recorded on it.',
          audit: { action: 'concern.withdrawn', entityId: childId, details: ['concernId', concernId] },
          state: async () => [await concernRow(concernId), await events(concernId, 'WITHDRAWN')],
          expected: [[{ stage: 'INFORMAL', status: 'WITHDRAWN', responded: false, triaged: false, informationDueOn: null }], 1],
        };
      },
    },
    {
      name: 'applyToCourt',
      as: 'commissioner',
      prepare: async () => {
        const { childId } = await child();
        const concernId = await concern(childId, 'CHILDRENS_COMMISSIONER');
        return {
          query: M.court, variables: { input: { concernId, court: 'Family Court at Leeds', caseNumber: 'LS25C00009', orderSought: 'Contact order', hearingDates: [day(30)] } },
          conflict: 'A concern can be taken to court only at the "Children\'s Commissioner" stage; this one is at "Court".',
          audit: { action: 'concern.applied_to_court', entityId: childId, details: ['concernId', concernId] },
          state: async () => [await concernRow(concernId), await events(concernId, 'APPLIED_TO_COURT')],
          expected: [[{ stage: 'COURT', status: 'OPEN', responded: false, triaged: false, informationDueOn: null }], 1],
        };
      },
    },
    {
      name: 'recordOfferOutcome',
      as: 'advocate',
      prepare: async () => {
        const { childId, offerId } = await child();
        return {
          query: M.outcome, variables: { input: { offerId, outcome: 'ACCEPTED', decidedOn: today } }, conflict: `This offer already has an outcome (ACCEPTED on ${today}). Record an opt-back-in instead.`,
          audit: { action: 'offer.outcome_recorded', entityId: childId, details: ['offerId', offerId] },
          state: () => rows(`SELECT kind FROM child_decisions WHERE child_id = $1`, [childId]), expected: [{ kind: 'ACCEPTED' }],
        };
      },
    },
    {
      name: 'recordOptBackIn',
      as: 'advocate',
      prepare: async () => {
        const { childId, offerId } = await child();
        await must('advocate', M.outcome, { input: { offerId, outcome: 'OPTED_OUT', decidedOn: today, childWords: 'I do not want an advocate' } });
        return {
          query: M.optBackIn, variables: { input: { childId, decidedOn: today, childWords: 'I want my advocate after all' } }, conflict: 'This child has not opted out, so there is nothing to opt back in to.',
          audit: { action: 'child.opted_back_in', entityId: childId },
          state: () => rows(`SELECT kind FROM child_decisions WHERE child_id = $1 ORDER BY recorded_at, id`, [childId]), expected: [{ kind: 'OPTED_OUT' }, { kind: 'OPTED_BACK_IN' }],
        };
      },
    },
    {
      name: 'submitHomeVisit',
      as: 'advocate',
      prepare: async () => {
        const { childId } = await child();
        const homeId = await home(childId);
        const visitId = (await must<{ saveHomeVisitDraft: { id: string } }>('advocate', SAVE, { input: { homeId, report: completeReport() } })).saveHomeVisitDraft.id;
        return {
          query: SUBMIT, variables: { id: visitId }, conflict: 'This visit report has already been submitted.',
          audit: { action: 'home_visit.submitted', entityId: homeId, details: ['visitId', visitId] },
          state: () => rows(`SELECT status FROM home_visits WHERE home_id = $1`, [homeId]), expected: [{ status: 'SUBMITTED' }],
        };
      },
    },
    {
      name: 'reassignChild',
      as: 'commissioner',
      prepare: async () => {
        const two = await advocacyFixture(api, [{ cap: 5 }, { cap: 5 }]);
        const manager = await two.signIn(two.managerEmail);
        const created = await manager.request<TriggerResult>(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: today, newChild: newChild() } });
        const childId = created.data?.recordTriggerEvent.child.id ?? '';
        const target = two.advocates.find((a) => a.id !== created.data?.recordTriggerEvent.advocate?.id)?.id ?? '';
        return {
          query: M.reassign, variables: { input: { childId, advocateId: target, reason: 'CONFLICT_OF_INTEREST', note: 'Knows the family' } }, conflict: 'The child already has this advocate.',
          audit: { action: 'assignment.reassigned', entityId: childId },
          state: () => rows(
            `SELECT a.advocate_id AS advocate, (SELECT count(*)::int FROM assignments x WHERE x.child_id = $1) AS assignments,
                    (SELECT count(*)::int FROM offers o WHERE o.child_id = $1 AND o.outcome IS NULL AND o.closed_on IS NULL) AS "openOffers"
               FROM assignments a WHERE a.child_id = $1 AND a.ended_on IS NULL`,
            [childId],
          ),
          expected: [{ advocate: target, assignments: 2, openOffers: 1 }],
        };
      },
    },
    {
      name: 'setCaseloadCap',
      as: 'commissioner',
      prepare: async () => {
        const capped = await advocacyFixture(api, [{ cap: 3 }]);
        const advocateId = capped.advocates[0]?.id ?? '';
        return {
          query: M.setCap, variables: { input: { advocateId, caseloadCap: 7 } }, conflict: "The advocate's cap is already 7.",
          audit: { action: 'advocate.cap_changed', entityId: advocateId },
          state: () => rows(`SELECT caseload_cap AS cap FROM advocates WHERE id = $1`, [advocateId]), expected: [{ cap: 7 }],
        };
      },
    },
  ];

  it.each(transitions.map((t) => [t.name, t] as const))(`%s: one of ${N} parallel calls wins`, async (_name, transition) => {
    const prepared = await transition.prepare();
    const responses = await fireAtOnce(pools[transition.as], prepared.query, prepared.variables);
    expect(outcomes(responses)).toEqual(oneWinner(N, prepared.conflict));
    const { action, entityId, details } = prepared.audit;
    const audited = await count(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = $1 AND ($2 = '' OR entity_id::text = $2) AND ($3::text IS NULL OR details->>$3 = $4)`,
      [action, entityId, details?.[0] ?? null, details?.[1] ?? null],
    );
    expect(audited).toBe(1);
    expect(await prepared.state()).toEqual(prepared.expected);
  });

  it('saveHomeVisitDraft: parallel first saves make one draft (a save replaces the draft, so every save succeeds)', async () => {
    const { childId } = await child();
    const homeId = await home(childId);
    const responses = await fireAtOnce(pools.advocate, SAVE, { input: { homeId, report: completeReport() } });
    expect(outcomes(responses)).toEqual(Array.from({ length: N }, () => 'ok'));
    const drafts = await rows<{ id: string; status: string }>(`SELECT id, status FROM home_visits WHERE home_id = $1`, [homeId]);
    expect(drafts.map((d) => d.status)).toEqual(['DRAFT']);
    expect(new Set(responses.map((r) => (r.data as { saveHomeVisitDraft: { id: string } }).saveHomeVisitDraft.id))).toEqual(new Set([drafts[0]?.id]));
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'home_visit.draft_saved' AND entity_id = $1 AND details->>'visitId' = $2`, [homeId, drafts[0]?.id])).toBe(N);
  });

  it('report job claim: of parallel workers exactly one claims a queued job and stores one version', async () => {
    await rows(`UPDATE report_jobs SET status = 'FAILED', failure = 'Set aside by the concurrency test.' WHERE status IN ('QUEUED', 'RUNNING')`);
    const jobId = (await must<{ generateAnnualReport: { id: string } }>('commissioner', M.generate, { year: 2017 })).generateAnnualReport.id;
    const jobs = api.app.get(ReportJobsService);
    const claimed = await Promise.all(Array.from({ length: N }, () => jobs.runOnce()));
    expect(claimed.sort()).toEqual([...Array.from({ length: N - 1 }, () => 0), 1]);
    expect(await rows(`SELECT status, attempts FROM report_jobs WHERE id = $1`, [jobId])).toEqual([{ status: 'DONE', attempts: 1 }]);
    expect(await count(`SELECT count(*)::int AS n FROM annual_reports WHERE year = 2017`, [])).toBe(1);
  });

  it('reassigning a child closes the old assignment’s open offer: the child has one open offer, from the new advocate', async () => {
    const two = await advocacyFixture(api, [{ cap: 5 }, { cap: 5 }]);
    const manager = await two.signIn(two.managerEmail);
    const created = await manager.request<TriggerResult>(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: today, newChild: newChild() } });
    const childId = created.data?.recordTriggerEvent.child.id ?? '';
    const oldOfferId = created.data?.recordTriggerEvent.child.currentOffer?.id ?? '';
    const target = two.advocates.find((a) => a.id !== created.data?.recordTriggerEvent.advocate?.id)?.id ?? '';
    await must('commissioner', M.reassign, { input: { childId, advocateId: target, reason: 'CONFLICT_OF_INTEREST', note: 'Knows the family' } });
    const offers = await rows<{ id: string; reason: string; outcome: string | null; closed_on: string | null; closed_reason: string | null; advocate_id: string }>(
      `SELECT o.id, o.reason, o.outcome, to_char(o.closed_on, 'YYYY-MM-DD') AS closed_on, o.closed_reason, a.advocate_id
         FROM offers o JOIN assignments a ON a.id = o.assignment_id WHERE o.child_id = $1 ORDER BY o.created_at`,
      [childId],
    );
    expect(offers.map(({ id: _id, ...rest }) => rest)).toEqual([
      { reason: 'INITIAL', outcome: null, closed_on: today, closed_reason: 'REASSIGNED', advocate_id: created.data?.recordTriggerEvent.advocate?.id },
      { reason: 'REASSIGNMENT', outcome: null, closed_on: null, closed_reason: null, advocate_id: target },
    ]);
    expect(offers[0]?.id).toBe(oldOfferId);
    const advocate = await two.signIn(two.advocates.find((a) => a.id === target)?.email ?? '');
    const seen = await advocate.request<{ child: { currentOffer: { id: string; reason: string } | null } }>(`query($id: ID!) { child(id: $id) { currentOffer { id reason } } }`, { id: childId });
    expect(seen.data?.child.currentOffer).toEqual({ id: offers[1]?.id, reason: 'REASSIGNMENT' });
  });
});
