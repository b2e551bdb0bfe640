import { type IsoDate, type ReportProblem, type VisitReport, visitReportProblems } from '@heard/domain';
import { dateProblem } from '../../shared/ui/date-parts';
import type { TaskStatus } from '../../shared/ui/task-status';

/** The parts of the visit report, in the order the form asks for them. */
export type VisitSection = 'visit' | 'children' | 'staff' | 'standards' | 'recommendations' | 'followUps';

export interface VisitTask {
  readonly section: VisitSection;
  readonly title: string;
  readonly status: TaskStatus;
  /** The report can be submitted without it (no child spoken to, no recommendation made). */
  readonly optional: boolean;
}

export const VISIT_SECTION_TITLES: Readonly<Record<VisitSection, string>> = {
  visit: 'The visit',
  children: 'Children spoken to',
  staff: 'Staff and records',
  standards: 'Quality Standards',
  recommendations: 'Recommendations for the home',
  followUps: 'Follow up earlier recommendations',
};

/** The part of the report a problem's field belongs to (`recommendations.0.dueOn` → recommendations). */
export function sectionOf(field: string): VisitSection {
  const part = field.split('.')[0];
  if (part === 'childrenSpokenTo') return 'children';
  if (part === 'staffSpokenTo' || part === 'recordsChecked') return 'staff';
  if (part === 'judgements') return 'standards';
  if (part === 'recommendations') return 'recommendations';
  if (part === 'followUps') return 'followUps';
  return 'visit';
}

/**
 * Dates whose boxes do not make a real date ("Date of the visit must include a month"): a draft cannot be saved with
 * them, as the API would not know what was meant.
 */
export function dateProblems(report: VisitReport): ReportProblem[] {
  const visit = dateProblem('Date of the visit', report.visitOn ?? '');
  return [
    ...(visit === null ? [] : [{ field: 'visitOn', message: visit }]),
    ...report.recommendations.flatMap((r, i) => {
      const due = dateProblem(`Recommendation ${i + 1}: due date`, r.dueOn);
      return due === null ? [] : [{ field: `recommendations.${i}.dueOn`, message: due }];
    }),
  ];
}

/**
 * Everything that stops the report being submitted, in the form's order: the domain's own rule (as the API applies
 * it), with a date the boxes do not make said in GOV.UK's words rather than as a missing date.
 */
export function submitProblems(report: VisitReport, today: IsoDate, openRecommendationIds: readonly string[]): ReportProblem[] {
  const dates = new Map(dateProblems(report).map((p) => [p.field, p]));
  return visitReportProblems(report, today, openRecommendationIds).map((p) => dates.get(p.field) ?? p);
}

function started(report: VisitReport, section: VisitSection, openRecommendationIds: readonly string[]): boolean {
  switch (section) {
    case 'visit':
      return (report.visitOn ?? '') !== '' || report.announced !== null;
    case 'children':
      return report.childrenSpokenTo.length > 0;
    case 'staff':
      return report.staffSpokenTo.trim() !== '' || report.recordsChecked.trim() !== '';
    case 'standards':
      return report.judgements.length > 0;
    case 'recommendations':
      return report.recommendations.length > 0;
    case 'followUps':
      return report.followUps.some((f) => openRecommendationIds.includes(f.recommendationId));
  }
}

/**
 * The report's task list: each part with its status, from what is filled in and what the submit rule still finds
 * missing. Following up earlier recommendations is a part only when the home has open ones.
 */
export function visitReportTasks(report: VisitReport, today: IsoDate, openRecommendationIds: readonly string[]): VisitTask[] {
  const missing = new Set(submitProblems(report, today, openRecommendationIds).map((p) => sectionOf(p.field)));
  const sections: VisitSection[] = ['visit', 'children', 'staff', 'standards', 'recommendations'];
  if (openRecommendationIds.length > 0) sections.push('followUps');
  return sections.map((section) => ({
    section,
    title: VISIT_SECTION_TITLES[section],
    status: !started(report, section, openRecommendationIds) ? 'NOT_STARTED' : missing.has(section) ? 'INCOMPLETE' : 'COMPLETED',
    optional: section === 'children' || section === 'recommendations',
  }));
}
