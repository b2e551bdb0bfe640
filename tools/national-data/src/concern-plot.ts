import { CONCERN_STAGES, type ConcernStage, isLaStage, stageIndex } from '@heard/domain';
import type { ConcernStory } from './concern-story';
import { dayOf, iso, type WorkingDays } from './days';
import type { Prng } from './prng';
import { ESCALATION_ASKS, LA_RESPONSES, RESOLUTIONS, WITHDRAWALS } from './texts';

/** How far concerns go: most are settled early, a few reach the Commissioner, very few court. */
export const HIGHEST_STAGE = [
  ['INFORMAL', 58],
  ['TEAM_MANAGER', 22],
  ['SERVICE_MANAGER', 10],
  ['DIRECTOR', 6],
  ['CHILDRENS_COMMISSIONER', 3.8],
  ['COURT', 0.2],
] as const satisfies ReadonlyArray<readonly [ConcernStage, number]>;

export interface Plot {
  target: ConcernStage;
  withdraw: boolean;
  court: { name: string; caseNumber: string };
}

/**
 * Plays a concern up the ladder towards its highest stage: the LA responds in time or misses its
 * deadline (the overdue job marks it), the advocate escalates (skipping a stage, with a reason, when
 * the child is at risk), the Commissioner triages, may ask the LA for information, resolves or
 * applies to court. Stops at today: whatever has not happened yet leaves the concern open.
 */
export function playConcern(story: ConcernStory, rng: Prng, plot: Plot, workingDays: WorkingDays): void {
  while (story.state.status === 'OPEN' && advance(story, rng, plot, workingDays));
  story.settleToday();
}

function advance(story: ConcernStory, rng: Prng, plot: Plot, workingDays: WorkingDays): boolean {
  const stage = story.state.stage;
  if (isLaStage(stage)) return laStage(story, rng, plot);
  if (stage === 'CHILDRENS_COMMISSIONER') return commissionerStage(story, rng, plot, workingDays);
  return courtStage(story, rng);
}

function laStage(story: ConcernStory, rng: Prng, plot: Plot): boolean {
  const deadline = dayOf(story.state.deadline ?? iso(story.day));
  const responds = rng.chance(0.78);
  if (responds) {
    if (
      !story.step(
        story.day + rng.int(1, Math.max(1, deadline - story.day)),
        'LA_MANAGER',
        { kind: 'RESPOND' },
        { kind: 'RESPONDED', answer: rng.pick(LA_RESPONSES) },
      )
    )
      return false;
  } else if (!story.markMissed(deadline, false)) return false;
  const next = Math.max(story.day, responds ? story.day : deadline + 1) + rng.int(0, 4);
  const current = stageIndex(story.state.stage);
  if (current >= stageIndex(plot.target)) {
    if (!responds && !story.step(next, 'LA_MANAGER', { kind: 'RESPOND' }, { kind: 'RESPONDED', answer: rng.pick(LA_RESPONSES) })) return false;
    return close(story, rng, plot, story.day + rng.int(0, 5));
  }
  const skip = Math.min(stageIndex(plot.target), stageIndex('CHILDRENS_COMMISSIONER')) >= current + 2 && rng.chance(0.05);
  const to = CONCERN_STAGES[current + (skip ? 2 : 1)] as ConcernStage;
  const atRiskReason = skip ? 'The child is at risk of harm while this waits: escalated straight away.' : null;
  return story.step(
    skip ? story.day + 1 : next,
    'ADVOCATE',
    { kind: 'ESCALATE', to, atRiskReason },
    {
      kind: 'ESCALATED',
      asked: ESCALATION_ASKS[Math.min(ESCALATION_ASKS.length - 1, stageIndex(to) - 1)] ?? null,
      details: { atRiskReason },
    },
  );
}

function commissionerStage(story: ConcernStory, rng: Prng, plot: Plot, workingDays: WorkingDays): boolean {
  if (!story.state.triaged) {
    return story.step(
      story.day + rng.int(1, 5),
      'COMMISSIONER_STAFF',
      { kind: 'TRIAGE' },
      {
        kind: 'TRIAGED',
        answer: 'Triage: the LA has had its chances; we will look at the plan.',
        audience: ['ADVOCATE', 'COMMISSIONER_STAFF'],
      },
    );
  }
  if (story.state.informationDueOn === null && !story.events.some((e) => e.kind === 'INFORMATION_REQUESTED') && rng.chance(0.5)) {
    const asked = story.day + rng.int(1, 3);
    const due = workingDays.add(asked, 10);
    if (
      !story.step(
        asked,
        'COMMISSIONER_STAFF',
        { kind: 'REQUEST_INFORMATION', dueOn: iso(due) },
        {
          kind: 'INFORMATION_REQUESTED',
          asked: 'Send the current care plan and the minutes of the last two meetings.',
          details: { dueOn: iso(due) },
        },
      )
    )
      return false;
    if (rng.chance(0.75))
      return story.step(
        asked + rng.int(1, Math.max(1, due - asked)),
        'LA_MANAGER',
        { kind: 'RESPOND' },
        { kind: 'RESPONDED', answer: 'The documents are attached.' },
      );
    if (!story.markMissed(due, true)) return false;
    return story.step(
      due + rng.int(1, 10),
      'LA_MANAGER',
      { kind: 'RESPOND' },
      { kind: 'RESPONDED', answer: 'Apologies for the delay: the documents are attached.' },
    );
  }
  if (plot.target === 'COURT') {
    const hearing = story.day + rng.int(30, 80);
    return story.step(
      story.day + rng.int(10, 30),
      'COMMISSIONER_STAFF',
      { kind: 'APPLY_TO_COURT' },
      {
        kind: 'APPLIED_TO_COURT',
        asked: 'An order that the local authority carries out the agreed care plan.',
        details: {
          court: plot.court.name,
          caseNumber: plot.court.caseNumber,
          orderSought: 'An order that the local authority carries out the agreed care plan.',
          hearingDates: [iso(hearing)],
        },
      },
    );
  }
  const outcome = rng.pick(RESOLUTIONS);
  return story.step(story.day + rng.int(5, 30), 'COMMISSIONER_STAFF', { kind: 'RESOLVE', outcome }, { kind: 'RESOLVED', answer: outcome });
}

function courtStage(story: ConcernStory, rng: Prng): boolean {
  const applied = story.events.find((e) => e.kind === 'APPLIED_TO_COURT');
  const hearing = dayOf(String((applied?.details['hearingDates'] as string[] | undefined)?.[0] ?? iso(story.day + 30)));
  const childAsks = rng.chance(0.6);
  if (
    childAsks &&
    !story.step(
      story.day + rng.int(1, 10),
      'ADVOCATE',
      { kind: 'CHILD_ASKS_ADVOCATE_TO_ATTEND' },
      { kind: 'CHILD_COURT_REQUEST', answer: 'I want my advocate to come to court and tell the judge what I want.' },
    )
  )
    return false;
  if (
    !story.step(
      Math.max(story.day, hearing),
      'COMMISSIONER_STAFF',
      { kind: 'RECORD_HEARING' },
      {
        kind: 'HEARING',
        answer: 'The court heard the application and made directions.',
        details: { hearingDates: [iso(hearing)], courtOutcome: 'Order made: the plan to be carried out within 28 days.' },
      },
    )
  )
    return false;
  if (
    childAsks &&
    !story.step(
      story.day,
      'ADVOCATE',
      { kind: 'ADVOCATE_AT_HEARING' },
      {
        kind: 'ADVOCATE_AT_HEARING',
        answer: 'I told the court what the child wants; the judge asked questions about contact.',
        details: { hearingDates: [iso(hearing)], attended: true },
      },
    )
  )
    return false;
  return story.step(
    story.day + rng.int(5, 20),
    'COMMISSIONER_STAFF',
    { kind: 'RESOLVE', outcome: 'The court ordered the plan; the child is satisfied.' },
    { kind: 'RESOLVED', answer: 'The court ordered the plan; the child is satisfied.' },
  );
}

function close(story: ConcernStory, rng: Prng, plot: Plot, day: number): boolean {
  if (plot.withdraw) {
    const reason = rng.pick(WITHDRAWALS);
    return story.step(day, 'ADVOCATE', { kind: 'WITHDRAW', reason }, { kind: 'WITHDRAWN', answer: reason });
  }
  const outcome = rng.pick(RESOLUTIONS);
  return story.step(day, 'ADVOCATE', { kind: 'RESOLVE', outcome }, { kind: 'RESOLVED', answer: outcome });
}
