import { MatrixRecordActionDocument } from '@heard/graphql-types/testing';
import { SAVE } from '../home-fixture';
import { CHILD_RECORD_ROWS } from './child-record-rows';
import { MEETING_LOGISTICS_ROWS } from './meeting-logistics-rows';
import { MEETING_PARTS_ROWS } from './meeting-parts-rows';
import { BETWEEN_MEETINGS_ROWS } from './between-meetings-rows';
import { B, C, F, N, OK, U, type OperationCase } from './harness';
import { CHILD_CHANNEL_MUTATIONS, CHILD_CHANNEL_QUERIES } from './child-channel-rows';
import { SAFEGUARDING_MUTATIONS, SAFEGUARDING_QUERIES } from './safeguarding-rows';
import { SUBSCRIPTIONS } from './subscription-rows';
import { USER_ADMIN_MUTATIONS } from './user-admin-rows';
import { YOU_SAID_WE_DID_ROWS } from './you-said-we-did-rows';
import { CONTACT_ROWS } from './contact-rows';
import { LIVE_THEMES_ROWS } from './live-themes-rows';
import { RECORD_ACCESS_HISTORY_ROWS } from './record-access-history-rows';
import { SUBJECT_ACCESS_ROWS } from './subject-access-rows';
import { DECISIONS_STICK_ROWS } from './decisions-stick-rows';
import { RECORD_RETENTION_ROWS } from './record-retention-rows';
import { RECORD_DISPOSAL_ROWS } from './record-disposal-rows';
import { RECORD_CORRECTION_ROWS } from './record-correction-rows';
import { DATA_PROTECTION_ROWS } from './data-protection-rows';
import { RECOMMENDATION_ANSWER_ROWS } from './recommendation-answer-rows';
import { THEME_ANSWER_ROWS } from './theme-answer-rows';
import { ORGANISATION_ADMIN_ROWS } from './organisation-admin-rows';
import { isoDay } from './world';
import { QUERIES } from './query-rows';
import { child, evidence, NOBODY } from './row-helpers';

/*
 * Who gets what, per operation. Columns: ANONYMOUS, ADVOCATE, LA_MANAGER, COMMISSIONER_STAFF, ADMIN, PROVIDER_MANAGER,
 * DATA_PROTECTION_OFFICER.
 * own = advocate@'s child / manager@'s LA (Northshire) / a concern at the Commissioner stage;
 * other = advocate2@'s child / manager2@'s LA (Eastmoor) / a concern still with the LA.
 * A record the caller may not reach is NOT_FOUND (ids cannot be probed); a role that may not call the
 * operation at all is FORBIDDEN before any record is looked at; nobody signed in is UNAUTHENTICATED.
 */
export const MUTATIONS: OperationCase[] = [
  {
    op: 'Mutation.addConcernNote',
    vars: async ({ w, target }) => ({ input: { concernId: await w.concern(target), note: 'Called the social worker', confidential: true, evidence } }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
  {
    op: 'Mutation.addLaStaffMember',
    vars: () => ({ input: { fullName: 'Matrix Worker', role: 'SOCIAL_WORKER', experienced: false, managerId: null } }),
    expect: [U, F, OK, F, F, F, F],
  },
  {
    op: 'Mutation.applyToCourt',
    vars: async ({ w, target }) => ({
      input: {
        concernId: await w.concern(target, target === 'own' ? 'COMMISSIONER' : 'LA'),
        court: 'Family Court at Leeds',
        caseNumber: 'LS25C00001',
        orderSought: 'Contact order',
        hearingDates: [isoDay(20)],
      },
    }),
    expect: { own: [U, F, F, OK, F, F, F], other: [U, F, F, N, F, F, F] },
  },
  // own: a just-scheduled meeting cannot complete before it is held (a state rule, after the access check).
  {
    op: 'Mutation.completeMeeting',
    vars: async ({ w, target }) => ({ input: { meetingId: await w.meeting(target), minutes: 'Minutes', summaryForChild: 'What we decided' } }),
    expect: { own: [U, F, C, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  {
    op: 'Mutation.createAdvocate',
    vars: ({ w, caller }) => ({
      input: {
        advocacyProviderId: w.providerId,
        displayName: 'Matrix Advocate',
        email: `matrix.${caller.toLowerCase()}.${Date.now()}@test.heard`,
        temporaryPassword: 'a-long-temporary-password',
        caseloadCap: 5,
        contactPhone: null,
        languages: ['English'],
      },
    }),
    expect: [U, F, F, F, OK, F, F],
  },
  {
    op: 'Mutation.escalateConcern',
    vars: async ({ w, target }) => ({
      input: { concernId: await w.concern(target), toStage: 'TEAM_MANAGER', asked: 'Please review', atRiskReason: 'No contact for a month', evidence },
    }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
  // A job for 2024 is already queued by the world: a second one is queued as well (or refused as a duplicate).
  { op: 'Mutation.generateAnnualReport', vars: () => ({ year: 2023 }), expect: [U, F, F, OK, F, F, F] },
  {
    op: 'Mutation.holdMeeting',
    vars: async ({ w, target }) => ({
      input: { meetingId: await w.meeting(target), heldOn: isoDay(), attendees: ['Child', 'Foster carer'], participationCode: 'PN1' },
    }),
    expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  {
    op: 'Mutation.login',
    freshSession: true,
    vars: ({ caller }) => ({
      email:
        caller === 'ANONYMOUS'
          ? 'advocate@demo.heard'
          : {
              ADVOCATE: 'advocate@demo.heard',
              LA_MANAGER: 'manager@demo.heard',
              COMMISSIONER_STAFF: 'commissioner@demo.heard',
              ADMIN: 'admin@demo.heard',
              PROVIDER_MANAGER: 'provider@demo.heard',
              DATA_PROTECTION_OFFICER: 'dpo@demo.heard',
            }[caller],
      password: 'demo-password',
    }),
    expect: [OK, OK, OK, OK, OK, OK, OK],
  },
  // Public: signing out without a session is a no-op, not an error.
  { op: 'Mutation.logout', freshSession: true, expect: [OK, OK, OK, OK, OK, OK, OK] },
  { op: 'Mutation.markNotificationsRead', vars: () => ({ ids: [] }), expect: [U, OK, OK, OK, OK, OK, OK] },
  {
    op: 'Mutation.raiseConcern',
    vars: ({ w, target }) => ({
      input: {
        childId: child(target, w),
        whatIsWrong: 'No contact',
        childWants: 'To see my sister',
        themes: ['SIBLINGS'],
        evidence,
        fromActionId: null,
        fromRecommendationId: null,
        raisedOn: null,
      },
    }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
  // advocate2@ is at their cap of 2: the move is refused by the cap rule, after the access check (the provider manager: both advocates are theirs).
  {
    op: 'Mutation.reassignChild',
    vars: ({ w }) => ({ input: { childId: w.ownChildId, advocateId: w.advocate2Id, reason: 'CHILD_REQUEST', note: 'The child asked' } }),
    expect: [U, F, F, C, C, C, F],
  },
  // own: a held meeting takes SMART actions.
  {
    op: 'Mutation.recordAction',
    vars: async ({ w, target }) => ({
      input: {
        meetingId: await w.meeting(target, true),
        what: 'Arrange contact',
        owner: 'Social worker',
        dueOn: isoDay(30),
        monitoring: 'At the next meeting',
      },
    }),
    expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  // own: a concern at court (hearings and the child's court request are refused by the ladder before then).
  {
    op: 'Mutation.recordAdvocateAtHearing',
    vars: async ({ w, target }) => ({
      input: { concernId: await w.concern(target, target === 'own' ? 'COURT' : 'LA'), attended: true, hearingOn: isoDay(), summary: 'Spoke for the child' },
    }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
  {
    op: 'Mutation.recordChildCourtRequest',
    vars: async ({ w, target }) => ({
      input: { concernId: await w.concern(target, target === 'own' ? 'COURT' : 'LA'), childWords: 'I want my advocate at court' },
    }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
  {
    op: 'Mutation.recordChildView',
    vars: async ({ w, target }) => ({ input: { meetingId: await w.meeting(target), kind: 'WISHES_AND_FEELINGS', text: 'I like my school', shareable: true } }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
  // own: at court; other: still with the LA, so Commissioner staff cannot see it.
  {
    op: 'Mutation.recordCourtHearing',
    vars: async ({ w, target }) => ({
      input: { concernId: await w.concern(target, target === 'own' ? 'COURT' : 'LA'), hearingOn: isoDay(), whatHappened: 'Adjourned', outcome: null },
    }),
    expect: { own: [U, F, F, OK, F, F, F], other: [U, F, F, N, F, F, F] },
  },
  {
    op: 'Mutation.recordLeftCare',
    vars: async ({ w, target }) => ({
      input: { childId: target === 'own' ? (await w.freshChild()).childId : w.otherChildId, leftOn: w.today, reasonEnded: 'E13' },
    }),
    expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  // own: a held meeting; not significant, so no advocate's input is needed.
  {
    op: 'Mutation.recordMeetingDecision',
    vars: async ({ w, target }) => ({
      input: { meetingId: await w.meeting(target, true), text: 'Weekly contact with her sister', significant: false, advocateInputId: null, partId: null },
    }),
    expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  {
    op: 'Mutation.recordOfferOutcome',
    vars: async ({ w, target }) => ({
      input: {
        offerId: target === 'own' ? (await w.freshChild()).offerId : w.otherOfferId,
        outcome: 'ACCEPTED',
        decidedOn: w.today,
        childWords: null,
        nonInstructedReason: null,
      },
    }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
  // own: Leo never opted out, so there is nothing to opt back in to (a state rule).
  {
    op: 'Mutation.recordOptBackIn',
    vars: ({ w, target }) => ({ input: { childId: child(target, w), decidedOn: w.today, childWords: 'I want my advocate back' } }),
    expect: { own: [U, C, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
  {
    op: 'Mutation.recordPlacementChange',
    vars: async ({ w, target }) => ({
      input: { childId: target === 'own' ? (await w.freshChild()).childId : w.otherChildId, changedOn: w.today, placementType: 'U4' },
    }),
    expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  {
    op: 'Mutation.recordTriggerEvent',
    vars: async ({ w, target }) => ({
      input: {
        kind: 'CARE_PROCEEDINGS_STARTED',
        occurredOn: w.today,
        childId: target === 'own' ? (await w.freshChild()).childId : w.otherChildId,
        newChild: null,
      },
    }),
    expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  // Public: a fresh session's cookie rotates; without a cookie there is no session to refresh.
  { op: 'Mutation.refreshSession', freshSession: true, expect: [U, OK, OK, OK, OK, OK, OK] },
  {
    op: 'Mutation.requestConcernInformation',
    vars: async ({ w, target }) => ({
      input: { concernId: await w.concern(target, target === 'own' ? 'COMMISSIONER' : 'LA'), asked: 'Send the contact log', dueOn: isoDay(14) },
    }),
    expect: { own: [U, F, F, OK, F, F, F], other: [U, F, F, N, F, F, F] },
  },
  {
    op: 'Mutation.resolveConcern',
    vars: async ({ w, target }) => ({ input: { concernId: await w.concern(target, target === 'own' ? 'COMMISSIONER' : 'LA'), text: 'Contact restarted' } }),
    expect: { own: [U, OK, F, OK, F, F, F], other: [U, N, F, N, F, F, F] },
  },
  {
    op: 'Mutation.respondToConcern',
    vars: async ({ w, target }) => ({ input: { concernId: await w.concern(target), answer: 'Contact will restart next week', evidence } }),
    expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  // own: the action was recorded at this (held) meeting, so it is not an earlier action to review here (CONFLICT, after the access check).
  {
    op: 'Mutation.reviewAction',
    vars: async ({ w, target }) => {
      const meetingId = await w.meeting(target, true);
      const client = target === 'own' ? w.mgr : w.mgr2;
      const recorded = await client.request(MatrixRecordActionDocument, {
        input: { meetingId, what: 'Arrange contact', owner: 'Social worker', dueOn: isoDay(30), monitoring: 'Next meeting' },
      });
      return { input: { meetingId, actionId: recorded.data?.recordAction.actions[0]?.id ?? NOBODY, outcome: 'DONE', reason: null } };
    },
    expect: { own: [U, F, C, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  {
    op: 'Mutation.saveHomeVisitDraft',
    vars: ({ w, target }) => ({
      input: {
        homeId: w.homeId[target],
        report: {
          visitOn: w.today,
          childrenSpokenTo: [],
          followUps: [],
          judgements: [],
          recommendations: [],
          recordsChecked: '',
          staffSpokenTo: '',
          announced: null,
        },
      },
    }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
  {
    op: 'Mutation.scheduleMeeting',
    vars: ({ w, target }) => ({
      input: { childId: child(target, w), chairStaffId: w.chairId[target], scheduledOn: isoDay(12), place: 'School', invitees: ['Teacher'] },
    }),
    expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  // Setting the cap it already has: a state rule after the access check (CONFLICT, nothing changes).
  { op: 'Mutation.setCaseloadCap', vars: ({ w }) => ({ input: { advocateId: w.advocateId, caseloadCap: 40 } }), expect: [U, F, F, C, C, F, F] },
  // own: an incomplete draft cannot be submitted (a state rule, after the access check).
  {
    op: 'Mutation.submitHomeVisit',
    vars: async ({ w, target }) => {
      if (target === 'other') return { id: w.otherDraftId };
      const saved = await w.adv.request(SAVE, { input: { homeId: w.homeId.own, report: { visitOn: w.today } } });
      return { id: saved.data?.saveHomeVisitDraft.id ?? NOBODY };
    },
    expect: { own: [U, B, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
  {
    op: 'Mutation.triageConcern',
    vars: async ({ w, target }) => ({
      input: { concernId: await w.concern(target, target === 'own' ? 'COMMISSIONER' : 'LA'), note: 'Triaged: ask the LA', confidential: false, evidence },
    }),
    expect: { own: [U, F, F, OK, F, F, F], other: [U, F, F, N, F, F, F] },
  },
  {
    op: 'Mutation.withdrawConcern',
    vars: async ({ w, target }) => ({ input: { concernId: await w.concern(target), text: 'The child wants to stop' } }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
  // Only the child's current advocate records these, on their own screen; the chair never can.
  {
    op: 'Mutation.withdrawChildViewSharing',
    vars: async ({ w, target }) => ({ viewId: await w.meetingView(target) }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
  {
    op: 'Mutation.recordAdvocateInput',
    vars: async ({ w, target }) => ({
      input: { meetingId: await w.meeting(target), proposal: 'Move to a new school', input: 'The child wants to stay near her friends' },
    }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
  {
    op: 'Mutation.recordChildSelfRepresentation',
    vars: async ({ w, target }) => ({ input: { meetingId: await w.meeting(target), childWords: 'I will speak for myself' } }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
];

export const MATRIX: OperationCase[] = [
  ...QUERIES,
  ...MUTATIONS,
  ...ORGANISATION_ADMIN_ROWS,
  ...USER_ADMIN_MUTATIONS,
  ...SUBSCRIPTIONS,
  ...YOU_SAID_WE_DID_ROWS,
  ...CHILD_RECORD_ROWS,
  ...MEETING_LOGISTICS_ROWS,
  ...MEETING_PARTS_ROWS,
  ...CHILD_CHANNEL_QUERIES,
  ...CHILD_CHANNEL_MUTATIONS,
  ...CONTACT_ROWS,
  ...DECISIONS_STICK_ROWS,
  ...RECORD_RETENTION_ROWS,
  ...RECORD_DISPOSAL_ROWS,
  ...RECORD_CORRECTION_ROWS,
  ...SAFEGUARDING_QUERIES,
  ...SAFEGUARDING_MUTATIONS,
  ...BETWEEN_MEETINGS_ROWS,
  ...RECORD_ACCESS_HISTORY_ROWS,
  ...DATA_PROTECTION_ROWS,
  ...SUBJECT_ACCESS_ROWS,
  ...LIVE_THEMES_ROWS,
  ...THEME_ANSWER_ROWS,
  ...RECOMMENDATION_ANSWER_ROWS,
];
