import { Injectable } from '@nestjs/common';
import {
  ageBandOfAge,
  caseloadBand,
  CONCERN_STAGES,
  meetingsHeldOnTime,
  reportingYearFirstDay,
  reportingYearLastDay,
  settledLongTermFosterSince,
  WorkingDayCalendar,
} from '@heard/domain';
import type { ReportFigures } from '@heard/report';
import type { EntityManager } from 'typeorm';
import { inSharedSnapshot } from '../../database/shared-snapshot';
import { ThemeAnswersRepository } from '../theme-answers/theme-answers.repository';
import { ChildVoiceFiguresService } from './child-voice-figures.service';
import { MeetingAttendanceFiguresService } from './meeting-attendance-figures.service';
import { type MeetingPeriodRow, ReportFiguresRepository, type YearWindow } from './report-figures.repository';

/** England, or one LA by id. */
export type Scope = string | null;

/**
 * The report's figures for one reporting year, for England and every LA at once, read in one snapshot (on two
 * connections at once, `inSharedSnapshot`): most
 * measures are one SQL aggregate grouped by LA with a national total; meeting timeliness and the age and
 * caseload bands are the domain's rules applied here to rows at the grain they need.
 */
@Injectable()
export class ReportFiguresService {
  constructor(
    private readonly repository: ReportFiguresRepository,
    private readonly calendar: WorkingDayCalendar,
    private readonly childVoice: ChildVoiceFiguresService,
    private readonly attendance: MeetingAttendanceFiguresService,
    private readonly themeAnswers: ThemeAnswersRepository,
  ) {}

  /** The figures of one scope (England when `localAuthorityId` is null). */
  async figures(manager: EntityManager, year: number, localAuthorityId: Scope): Promise<ReportFigures> {
    return (await this.figuresByScope(manager, year, localAuthorityId === null ? [] : [localAuthorityId])).get(localAuthorityId) ?? emptyFigures();
  }

  /**
   * England's figures (key null) and each listed LA's, for the reporting year `year` (1 April `year` to 31 March the year
   * after), or for the days of `period` (a year to date: 1 April to the day it is generated).
   */
  async figuresByScope(manager: EntityManager, period: number | YearWindow, localAuthorityIds: readonly string[]): Promise<Map<Scope, ReportFigures>> {
    return manager.connection.transaction('REPEATABLE READ', async (tx) => {
      const window: YearWindow = typeof period === 'number' ? { from: reportingYearFirstDay(period), to: reportingYearLastDay(period) } : period;
      const scopes = new Map<Scope, ReportFigures>([[null, emptyFigures()], ...localAuthorityIds.map((id): [Scope, ReportFigures] => [id, emptyFigures()])]);
      const each = <T extends { la: string | null }>(rows: readonly T[], apply: (figures: ReportFigures, row: T) => void): void => {
        for (const row of rows) {
          const figures = scopes.get(row.la);
          if (figures !== undefined) apply(figures, row);
        }
      };
      const r = this.repository;

      const england = scopes.get(null);
      // The slowest first, so the two connections finish together.
      await inSharedSnapshot(tx, [
        async (sql) =>
          each(this.meetingsOnTime(await r.meetingPeriods(sql, window), window), (f, row) => (f.meetings = { held: row.held, onTime: row.onTime })),
        (sql) => this.childVoice.add(sql, window, each),
        (sql) => this.attendance.add(sql, window, each),
        async (sql) => each(await r.actions(sql, window), (f, row) => (f.actions = { due: row.due, doneOnTime: row.doneOnTime, drift: row.drift })),
        async (sql) => each(await r.participationByCode(sql, window), (f, row) => f.participationByCode.push({ code: row.code, count: row.count })),
        async (sql) =>
          each(await r.homeVisits(sql, window), (f, row) =>
            f.homeVisits.push({ standard: row.standard, met: row.met, partlyMet: row.partlyMet, notMet: row.notMet, notSeen: row.notSeen }),
          ),
        async (sql) =>
          each(await r.participationByAge(sql, window), (f, row) => {
            const band = ageBandOfAge(row.age);
            entryFor(f.participationByAge, band, () => ({ band, count: 0 })).count += row.count;
          }),
        async (sql) => each(await r.themes(sql, window), (f, row) => f.themes.push({ theme: row.theme, count: row.count })),
        async (sql) => each(await r.offers(sql, window), (f, row) => (f.offers = { made: row.made, onTime: row.onTime })),
        async (sql) =>
          each(await r.decisions(sql, window), (f, row) => (f.decisions = { answered: row.answered, optedOut: row.optedOut, optedBackIn: row.optedBackIn })),
        async (sql) =>
          each(await r.firstContact(sql, window), (f, row) => (f.firstContact = { measured: row.measured, medianWorkingDays: row.medianWorkingDays })),
        async (sql) => each(await r.concernsByStage(sql, window), (f, row) => f.concernsByStage.push({ stage: row.stage, count: row.count })),
        async (sql) =>
          each(await r.concernOutcomes(sql, window), (f, row) =>
            f.concernOutcomes.push({ outcome: row.outcome, count: row.count, medianWorkingDays: row.medianWorkingDays }),
          ),
        async (sql) => each(await r.courtApplications(sql, window), (f, row) => (f.courtApplications = row.n)),
        async (sql) =>
          each(await r.caseloads(sql, window), (f, row) => {
            const band = caseloadBand(row.children);
            entryFor(f.caseloads, band, () => ({ band, advocates: 0 })).advocates += row.advocates;
          }),
        async (sql) =>
          each(await r.missingFromCare(sql, window), (f, row) => {
            f.missingFromCare = {
              missing: { children: row.missingChildren, episodes: row.missingEpisodes },
              away: { children: row.awayChildren, episodes: row.awayEpisodes },
              children: row.children,
            };
          }),
        async (sql) =>
          each(await this.themeAnswers.reportAnswers(sql, window.from, window.to), (f, row) =>
            f.themeAnswers.push({ theme: row.theme, put: row.put, onTime: row.onTime, late: row.late, notAnswered: row.notAnswered }),
          ),
        async (sql) => {
          if (england !== undefined) england.providerThemeAnswers = await this.themeAnswers.reportProviderAnswers(sql, window.from, window.to);
        },
      ]);

      for (const figures of scopes.values()) sortFigures(figures);
      return scopes;
    });
  }

  /** Meetings held in the year and how many on time, per LA and for England, by the domain's schedule (`meetingsHeldOnTime`). */
  private meetingsOnTime(periods: readonly MeetingPeriodRow[], window: YearWindow): Array<{ la: string | null; held: number; onTime: number }> {
    const totals = new Map<string | null, { la: string | null; held: number; onTime: number }>();
    const add = (la: string | null, onTime: boolean): void => {
      const total = totals.get(la) ?? { la, held: 0, onTime: 0 };
      total.held += 1;
      if (onTime) total.onTime += 1;
      totals.set(la, total);
    };
    for (const period of periods) {
      const settled = settledLongTermFosterSince({ start: period.start, placementType: period.placementType });
      for (const meeting of meetingsHeldOnTime(
        this.calendar,
        { periodOfCareStart: period.start, heldOn: period.heldOn, settledLongTermFosterSince: settled },
        window,
      )) {
        add(period.la, meeting.onTime);
        add(null, meeting.onTime);
      }
    }
    return [...totals.values()];
  }
}

/** The list's entry for a band, added (from `make`) the first time a band is counted. */
function entryFor<T extends { band: string }>(list: T[], band: string, make: () => T): T {
  const found = list.find((entry) => entry.band === band);
  if (found !== undefined) return found;
  const made = make();
  list.push(made);
  return made;
}

function emptyFigures(): ReportFigures {
  return {
    themes: [],
    offers: { made: 0, onTime: 0 },
    decisions: { answered: 0, optedOut: 0, optedBackIn: 0 },
    firstContact: { measured: 0, medianWorkingDays: null },
    concernsByStage: [],
    concernOutcomes: [],
    courtApplications: 0,
    meetings: { held: 0, onTime: 0 },
    participationByAge: [],
    participationByCode: [],
    attendanceByVenue: [],
    attendanceByNotice: [],
    actions: { due: 0, doneOnTime: 0, drift: 0 },
    caseloads: [],
    homeVisits: [],
    missingFromCare: { missing: { children: 0, episodes: 0 }, away: { children: 0, episodes: 0 }, children: 0 },
    contactStandard: { within: 0, past: 0 },
    lastHeard: { heard: 0, medianDays: null },
    youSaidWeDid: { done: 0, partly: 0, notDone: 0, open: 0 },
    childMessages: { inTime: 0, late: 0, notReplied: 0 },
    safeguarding: { onTime: 0, late: 0, notAcknowledged: 0, escalated: 0, medianHoursToAcknowledge: null },
    courtRequests: { attended: 0, couldNotAttend: 0, notRecorded: 0 },
    themeAnswers: [],
    providerThemeAnswers: null,
  };
}

/** A deterministic order, so the same data always gives the same report. */
function sortFigures(f: ReportFigures): void {
  const stage = (s: string) => (CONCERN_STAGES as readonly string[]).indexOf(s);
  f.concernsByStage.sort((a, b) => stage(a.stage) - stage(b.stage));
  f.concernOutcomes.sort((a, b) => a.outcome.localeCompare(b.outcome));
  f.themes.sort((a, b) => a.theme.localeCompare(b.theme));
  f.participationByAge.sort((a, b) => a.band.localeCompare(b.band));
  f.participationByCode.sort((a, b) => a.code.localeCompare(b.code));
  f.attendanceByVenue.sort((a, b) => a.venue.localeCompare(b.venue));
  f.attendanceByNotice.sort((a, b) => a.band.localeCompare(b.band));
  f.caseloads.sort((a, b) => a.band.localeCompare(b.band));
  f.homeVisits.sort((a, b) => a.standard.localeCompare(b.standard));
  f.themeAnswers.sort((a, b) => a.theme.localeCompare(b.theme));
  f.providerThemeAnswers?.sort((a, b) => a.theme.localeCompare(b.theme));
}
