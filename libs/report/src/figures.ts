import type { ReportingPeriod } from '@heard/domain';

/** The counts behind a report for one scope (England, or one LA) and one reporting year, as SQL aggregates return them. */
export interface ReportFigures {
  /** Concerns raised in the year, per theme. */
  themes: Array<{ theme: string; count: number }>;
  /** Active offers made in the year, and how many had the child's answer recorded by their due date. */
  offers: { made: number; onTime: number };
  /** Children whose offer was answered in the year; of them, opted out; and children who opted back in. */
  decisions: { answered: number; optedOut: number; optedBackIn: number };
  /** Working days from an advocate's assignment to the child's answer to the offer (first contact). */
  firstContact: { measured: number; medianWorkingDays: number | null };
  /** Concerns raised in the year by the highest stage they reached. */
  concernsByStage: Array<{ stage: string; count: number }>;
  /** Concerns raised in the year by outcome, with the median working days to close. */
  concernOutcomes: Array<{ outcome: string; count: number; medianWorkingDays: number | null }>;
  courtApplications: number;
  /** Care-planning meetings held in the year, and how many were held by their statutory due date. */
  meetings: { held: number; onTime: number };
  participationByAge: Array<{ band: string; count: number }>;
  participationByCode: Array<{ code: string; count: number }>;
  /** Meetings held in the year with a participation code, and those the child attended (PN1 to PN4), by venue kind (or NOT_RECORDED). */
  attendanceByVenue: Array<{ venue: string; held: number; attended: number }>;
  /** The same meetings by the notice their invitations gave (the domain's NOTICE_BANDS, or NOT_RECORDED). */
  attendanceByNotice: Array<{ band: string; held: number; attended: number }>;
  /** Meeting actions due in the year: completed by their due date, and drifted (carried over twice). */
  actions: { due: number; doneOnTime: number; drift: number };
  /** Advocates by the size of their caseload at the end of the year. */
  caseloads: Array<{ band: string; advocates: number }>;
  /** Home-visit judgements in the year, per Quality Standard. */
  homeVisits: Array<{ standard: string; met: number; partlyMet: number; notMet: number; notSeen: number }>;
  /**
   * Missing-from-care episodes starting in the year (the SSDA903 missing file): per kind, the children with one and the
   * episodes; `children` counts each child once, with an episode of either kind.
   */
  missingFromCare: { missing: MissingFromCareCount; away: MissingFromCareCount; children: number };
  /** Children with an advocate on the period's last day, by whether their contact clock was within the contact standard that day. */
  contactStandard: { within: number; past: number };
  /** Of those children, the ones heard (own views recorded) by then, and the median calendar days since each was last heard. */
  lastHeard: { heard: number; medianDays: number | null };
  /** Things children said at their meetings held in the period, by what became of them ("you said, we did"). */
  youSaidWeDid: { done: number; partly: number; notDone: number; open: number };
  /** Messages children sent through their own channel in the period, by whether the advocate replied within one working day. */
  childMessages: { inTime: number; late: number; notReplied: number };
  /** Safeguarding alerts raised in the period: acknowledged by their deadline, late, not (yet); escalated; median hours to acknowledge. */
  safeguarding: { onTime: number; late: number; notAcknowledged: number; escalated: number; medianHoursToAcknowledge: number | null };
  /** Children's requests, made in the period, that their advocate attend court: whether the advocate recorded attending. */
  courtRequests: { attended: number; couldNotAttend: number; notRecorded: number };
  /** Themes the Commissioner put to LAs in the period, by theme: answered by the deadline, after it, or not (yet). */
  themeAnswers: ThemeAnswerCounts[];
  /**
   * Themes the Commissioner put to children's home providers in the period, by theme, on time by the date each answer was
   * received; England's figures only (null in an LA's: a provider is no LA's).
   */
  providerThemeAnswers: ThemeAnswerCounts[] | null;
}

export interface ThemeAnswerCounts {
  theme: string;
  put: number;
  onTime: number;
  late: number;
  notAnswered: number;
}

export interface MissingFromCareCount {
  children: number;
  episodes: number;
}

export interface ReportInput {
  year: number;
  /** The days counted: the whole year when absent, or the year to date (provisional), compared with the same days a year before. */
  period?: ReportingPeriod;
  scope: string;
  current: ReportFigures;
  /** The same figures for the year before, for "change on last year". */
  previous: ReportFigures;
  threshold: number;
}
