import type { ReportFigures } from '../figures';

export const figuresForTest = (overrides: Partial<ReportFigures> = {}): ReportFigures => ({
  themes: [
    { theme: 'SIBLINGS', count: 12 },
    { theme: 'EDUCATION', count: 5 },
    { theme: 'SAFETY', count: 4 },
  ],
  offers: { made: 40, onTime: 30 },
  decisions: { answered: 38, optedOut: 3, optedBackIn: 1 },
  firstContact: { measured: 38, medianWorkingDays: 3 },
  concernsByStage: [
    { stage: 'INFORMAL', count: 10 },
    { stage: 'TEAM_MANAGER', count: 7 },
    { stage: 'CHILDRENS_COMMISSIONER', count: 2 },
  ],
  concernOutcomes: [
    { outcome: 'Resolved', count: 15, medianWorkingDays: 8 },
    { outcome: 'Withdrawn', count: 4, medianWorkingDays: 2 },
  ],
  courtApplications: 1,
  meetings: { held: 60, onTime: 51 },
  participationByAge: [
    { band: 'Under 5', count: 6 },
    { band: '10 to 12', count: 20 },
    { band: '13 to 15', count: 34 },
  ],
  participationByCode: [
    { code: 'PN0', count: 6 },
    { code: 'PN1', count: 50 },
    { code: 'PN4', count: 4 },
  ],
  attendanceByVenue: [
    { venue: 'CHILDS_HOME', held: 30, attended: 28 },
    { venue: 'LA_OFFICE', held: 20, attended: 12 },
    { venue: 'ONLINE', held: 6, attended: 3 },
    { venue: 'NOT_RECORDED', held: 4, attended: 2 },
  ],
  attendanceByNotice: [
    { band: '10_OR_MORE_WORKING_DAYS', held: 40, attended: 35 },
    { band: '5_TO_9_WORKING_DAYS', held: 14, attended: 8 },
    { band: 'UNDER_5_WORKING_DAYS', held: 6, attended: 2 },
  ],
  actions: { due: 80, doneOnTime: 60, drift: 7 },
  caseloads: [
    { band: '30 to 39', advocates: 2 },
    { band: '40 or more', advocates: 9 },
  ],
  homeVisits: [{ standard: 'EDUCATION', met: 10, partlyMet: 3, notMet: 0, notSeen: 5 }],
  missingFromCare: { missing: { children: 12, episodes: 30 }, away: { children: 3, episodes: 5 }, children: 14 },
  contactStandard: { within: 36, past: 4 },
  lastHeard: { heard: 38, medianDays: 17 },
  youSaidWeDid: { done: 20, partly: 6, notDone: 3, open: 11 },
  childMessages: { inTime: 45, late: 5, notReplied: 0 },
  safeguarding: { onTime: 9, late: 2, notAcknowledged: 6, escalated: 8, medianHoursToAcknowledge: 2.5 },
  courtRequests: { attended: 5, couldNotAttend: 1, notRecorded: 0 },
  themeAnswers: [
    { theme: 'SIBLINGS', put: 9, onTime: 6, late: 2, notAnswered: 1 },
    { theme: 'EDUCATION', put: 4, onTime: 4, late: 0, notAnswered: 0 },
  ],
  providerThemeAnswers: null,
  ...overrides,
});
