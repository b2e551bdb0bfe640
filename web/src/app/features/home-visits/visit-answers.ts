import type { VisitReport } from '@heard/domain';
import type { ConcernTheme, FollowUpOutcome, Judgement, QualityStandard, VisitReportInput } from '@heard/graphql-types';
import { QUALITY_STANDARDS } from './home-labels';

export interface ChildRow {
  name: string;
  spokeInPrivate: boolean;
  consentToSpeak: boolean;
  whatTheySaid: string;
  consentToShare: boolean;
}

export interface RecommendationRow {
  what: string;
  owner: string;
  dueOn: string;
  themes: ConcernTheme[];
  childId: string | null;
}

export interface FollowUpRow {
  outcome: FollowUpOutcome | '';
  note: string;
}

export type Judged = Partial<Record<QualityStandard, { judgement: Judgement; evidence: string }>>;

/** The visit report as the form holds it, answer by answer. */
export interface VisitAnswers {
  readonly visitOn: string;
  readonly announced: boolean | null;
  readonly children: readonly ChildRow[];
  readonly staff: string;
  readonly records: string;
  readonly judged: Judged;
  readonly recommendations: readonly RecommendationRow[];
  readonly followUps: Readonly<Record<string, FollowUpRow>>;
}

/** The answers as the API takes them; a follow-up with no outcome chosen is left out. */
export function reportInput(answers: VisitAnswers): VisitReportInput {
  return {
    visitOn: answers.visitOn === '' ? null : answers.visitOn,
    announced: answers.announced,
    childrenSpokenTo: answers.children.map((c) => ({ ...c, childId: null })),
    staffSpokenTo: answers.staff,
    recordsChecked: answers.records,
    judgements: judgements(answers.judged),
    recommendations: answers.recommendations.map((r) => ({ ...r, themes: [...r.themes] })),
    followUps: followUps(answers.followUps),
  };
}

function judgements(judged: Judged): Array<{ standard: QualityStandard; judgement: Judgement; evidence: string }> {
  return QUALITY_STANDARDS.flatMap((standard) => {
    const j = judged[standard];
    return j === undefined ? [] : [{ standard, judgement: j.judgement, evidence: j.evidence }];
  });
}

function followUps(rows: Readonly<Record<string, FollowUpRow>>): Array<{ recommendationId: string; outcome: FollowUpOutcome; note: string }> {
  return Object.entries(rows).flatMap(([recommendationId, f]) => (f.outcome === '' ? [] : [{ recommendationId, outcome: f.outcome, note: f.note }]));
}

/** The answers as the domain's submit rule reads them. */
export function domainReport(answers: VisitAnswers): VisitReport {
  return {
    visitOn: answers.visitOn === '' ? null : answers.visitOn,
    announced: answers.announced,
    childrenSpokenTo: answers.children.map((c) => ({ ...c, childId: null })),
    staffSpokenTo: answers.staff,
    recordsChecked: answers.records,
    judgements: judgements(answers.judged),
    recommendations: answers.recommendations,
    followUps: followUps(answers.followUps),
  };
}
