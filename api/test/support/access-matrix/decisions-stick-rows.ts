import { MatrixStickDecideDocument } from '@heard/graphql-types/testing';
import { C, F, N, OK, U, type CaseContext, type OperationCase } from './harness';
import { child } from './row-helpers';
import { isoDay } from './world';

/** A decision made today at a meeting the target's LA held today: its challenge window is open. */
async function decision({ w, target }: CaseContext): Promise<string> {
  const meetingId = await w.meeting(target, true);
  const text = `Decision ${Math.random().toString(36).slice(2)}`;
  const decided = await (target === 'own' ? w.mgr : w.mgr2).request(MatrixStickDecideDocument, {
    input: { meetingId, text, significant: false, advocateInputId: null },
  });
  return decided.data?.recordMeetingDecision.decisions.find((d) => d.text === text)?.id ?? '';
}

// Decisions stick and paper reviews. Leo is settled in long-term fostering with yearly meetings, so his advocate
// records his consultation (OK) while his LA cannot sign off before the carers and social worker are consulted
// (CONFLICT); escalating a decision whose challenge window is open is CONFLICT for the child's advocate.
export const DECISIONS_STICK_ROWS: OperationCase[] = [
  {
    op: 'Query.decisionFollowThrough',
    vars: async ({ w, target }) => ({ meetingId: await w.meeting(target, true) }),
    expect: { own: [U, OK, OK, F, F, F, F], other: [U, N, N, F, F, F, F] },
  },
  { op: 'Query.unimplementedDecisions', expect: [U, OK, OK, F, F, F, F] },
  {
    op: 'Mutation.setDecisionImplementBy',
    vars: async (ctx) => ({ input: { decisionId: await decision(ctx), implementBy: isoDay(30) } }),
    expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  {
    op: 'Mutation.markDecisionImplemented',
    vars: async (ctx) => ({ input: { decisionId: await decision(ctx), implementedOn: isoDay() } }),
    expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  {
    op: 'Mutation.challengeDecision',
    vars: async (ctx) => ({ input: { decisionId: await decision(ctx), challengedOn: isoDay(), reasons: 'The placement cannot support it.' } }),
    expect: { own: [U, F, OK, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
  {
    op: 'Mutation.escalateDecision',
    vars: async (ctx) => ({ decisionId: await decision(ctx) }),
    expect: { own: [U, C, F, F, F, F, F], other: [U, N, F, F, F, F, F] },
  },
  {
    op: 'Query.paperReview',
    vars: ({ w, target }) => ({ childId: child(target, w) }),
    expect: { own: [U, OK, OK, F, F, F, F], other: [U, N, N, F, F, F, F] },
  },
  {
    op: 'Mutation.recordPaperReviewConsultation',
    vars: ({ w, target }) => ({ input: { childId: child(target, w), who: 'CHILD', consultedOn: isoDay(), summary: 'I am happy here.' } }),
    expect: { own: [U, OK, F, F, F, F, F], other: [U, N, N, F, F, F, F] },
  },
  {
    op: 'Mutation.signOffPaperReview',
    vars: ({ w, target }) => ({ input: { childId: child(target, w), chairStaffId: w.chairId[target], signedOffOn: isoDay() } }),
    expect: { own: [U, F, C, F, F, F, F], other: [U, F, N, F, F, F, F] },
  },
];
