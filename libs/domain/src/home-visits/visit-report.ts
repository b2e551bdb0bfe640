import type { IsoDate } from '../calendar/iso-date';
import { isIsoDate, ukLongDate } from '../calendar/iso-date';
import { themesProblem } from '../escalation/themes';
import { JUDGEMENTS, type Judgement, QUALITY_STANDARD_LABELS, QUALITY_STANDARDS, type QualityStandard } from './quality-standards';

export interface ChildSpokenTo {
  /** The child, when they are one Heard knows; otherwise a first name or description. */
  childId: string | null;
  name: string;
  spokeInPrivate: boolean;
  /** The child agreed to speak to the advocate. */
  consentToSpeak: boolean;
  whatTheySaid: string;
  /** The child agreed that what they said may be in the report shared with the home, LAs and the Commissioner. */
  consentToShare: boolean;
}

export interface StandardJudgement {
  standard: QualityStandard;
  judgement: Judgement;
  evidence: string;
}

export interface RecommendationDraft {
  what: string;
  owner: string;
  dueOn: IsoDate;
  themes: readonly string[];
  /** Set when the recommendation concerns one child (it can then become a concern for them). */
  childId: string | null;
}

export type FollowUpOutcome = 'DONE' | 'NOT_DONE' | 'CARRIED_OVER';

export interface FollowUp {
  recommendationId: string;
  outcome: FollowUpOutcome;
  note: string;
}

export interface VisitReport {
  visitOn: IsoDate | null;
  announced: boolean | null;
  childrenSpokenTo: readonly ChildSpokenTo[];
  staffSpokenTo: string;
  recordsChecked: string;
  judgements: readonly StandardJudgement[];
  recommendations: readonly RecommendationDraft[];
  followUps: readonly FollowUp[];
}

export interface ReportProblem {
  field: string;
  message: string;
}

/**
 * Everything that stops a visit report being submitted, each naming its field. A draft may be
 * saved with any of these; submission needs none. `openRecommendationIds` are the home's
 * recommendations from earlier visits, each of which must be followed up.
 */
export function visitReportProblems(report: VisitReport, today: IsoDate, openRecommendationIds: readonly string[]): ReportProblem[] {
  const problems: ReportProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (report.visitOn === null || !isIsoDate(report.visitOn)) add('visitOn', 'Enter the date of the visit.');
  else if (report.visitOn > today) add('visitOn', `The date of the visit cannot be in the future. Today is ${ukLongDate(today)}.`);
  if (report.announced === null) add('announced', 'Say whether the visit was announced.');
  report.childrenSpokenTo.forEach((child, i) => {
    if (child.name.trim() === '') add(`childrenSpokenTo.${i}.name`, `Child ${i + 1}: enter who you spoke to.`);
    if (!child.consentToSpeak)
      add(`childrenSpokenTo.${i}.consentToSpeak`, `Child ${i + 1}: record the child's consent to speak with you, or remove them from the report.`);
    if (child.whatTheySaid.trim() === '') add(`childrenSpokenTo.${i}.whatTheySaid`, `Child ${i + 1}: enter what they said.`);
  });
  if (report.staffSpokenTo.trim() === '') add('staffSpokenTo', 'Enter the staff you spoke to.');
  if (report.recordsChecked.trim() === '') add('recordsChecked', 'Enter the records you checked.');
  for (const standard of QUALITY_STANDARDS) {
    const judged = report.judgements.filter((j) => j.standard === standard);
    const label = QUALITY_STANDARD_LABELS[standard];
    if (judged.length === 0) add(`judgements.${standard}`, `${label}: choose a judgement.`);
    else if (judged.length > 1) add(`judgements.${standard}`, `${label}: judged more than once.`);
    else if (!(JUDGEMENTS as readonly string[]).includes(judged[0]?.judgement ?? ''))
      add(`judgements.${standard}`, `${label}: "${judged[0]?.judgement ?? ''}" is not a judgement.`);
    else if (judged[0]?.judgement !== 'NOT_SEEN' && (judged[0]?.evidence ?? '').trim() === '')
      add(`judgements.${standard}.evidence`, `${label}: enter the evidence for the judgement.`);
  }
  report.recommendations.forEach((r, i) => {
    const n = `Recommendation ${i + 1}`;
    if (r.what.trim() === '') add(`recommendations.${i}.what`, `${n}: enter what the home should do.`);
    if (r.owner.trim() === '') add(`recommendations.${i}.owner`, `${n}: enter who owns it.`);
    if (!isIsoDate(r.dueOn)) add(`recommendations.${i}.dueOn`, `${n}: enter a due date.`);
    else if (report.visitOn !== null && r.dueOn <= report.visitOn)
      add(`recommendations.${i}.dueOn`, `${n}: the due date must be after the visit on ${ukLongDate(report.visitOn)}.`);
    const themes = themesProblem(r.themes);
    if (themes !== null) add(`recommendations.${i}.themes`, `${n}: ${themes}`);
  });
  const reviewed = new Map(report.followUps.map((f) => [f.recommendationId, f]));
  for (const id of openRecommendationIds) {
    const followUp = reviewed.get(id);
    if (followUp === undefined) add(`followUps.${id}`, 'Follow up every open recommendation from earlier visits: done, not done or carried over.');
    else if (followUp.outcome !== 'DONE' && followUp.note.trim() === '')
      add(`followUps.${id}.note`, `Enter why the recommendation is ${followUp.outcome === 'NOT_DONE' ? 'not done' : 'carried over'}.`);
  }
  return problems;
}

/** What children said, as the shared report may show it: words said in private only with the child's consent. */
export function sharedVoices(children: readonly ChildSpokenTo[]): Array<{ name: string; whatTheySaid: string }> {
  return children.filter((c) => c.consentToShare || !c.spokeInPrivate).map((c) => ({ name: c.name, whatTheySaid: c.whatTheySaid }));
}

/** How many children the advocate spoke to, and how many of them in private: all the shared report says otherwise. */
export function voicesWithheld(children: readonly ChildSpokenTo[]): number {
  return children.length - sharedVoices(children).length;
}
