import { buildReport, cellText, tableCsv } from '@heard/report';
import { DataSource } from 'typeorm';
import { ReportFiguresService } from '../../../src/modules/reports/report-figures.service';
import { ReportGeneratorService } from '../../../src/modules/reports/report-generator.service';
import { reportDataset } from '../../support/report-dataset';
import { startTestApp, type TestApp } from '../../support/test-app';

describe('annual report figures are SQL aggregates with known answers', () => {
  let api: TestApp;
  let laId: string;

  beforeAll(async () => {
    api = await startTestApp();
    laId = (await reportDataset(api)).fx.laId;
  });
  afterAll(() => api.close());

  it('computes every measure for the LA and reporting year 2025', async () => {
    const figures = await api.app.get(ReportFiguresService).figures(api.app.get(DataSource).manager, 2025, laId);
    expect(figures).toEqual({
      themes: [
        { theme: 'EDUCATION', count: 1 },
        { theme: 'SAFETY', count: 1 },
        { theme: 'SIBLINGS', count: 5 },
      ],
      offers: { made: 6, onTime: 4 },
      decisions: { answered: 5, optedOut: 1, optedBackIn: 1 },
      firstContact: { measured: 5, medianWorkingDays: 3 },
      concernsByStage: [
        { stage: 'INFORMAL', count: 2 },
        { stage: 'TEAM_MANAGER', count: 1 },
        { stage: 'CHILDRENS_COMMISSIONER', count: 1 },
        { stage: 'COURT', count: 1 },
      ],
      concernOutcomes: [
        { outcome: 'Resolved', count: 2, medianWorkingDays: 3 },
        { outcome: 'Still open', count: 2, medianWorkingDays: null },
        { outcome: "Withdrawn at the child's wish", count: 1, medianWorkingDays: 2 },
      ],
      courtApplications: 1,
      meetings: { held: 6, onTime: 4 },
      participationByAge: [
        { band: '10 to 12', count: 2 },
        { band: '13 to 15', count: 1 },
        { band: '16 and over', count: 1 },
        { band: '5 to 9', count: 1 },
        { band: 'Under 5', count: 1 },
      ],
      participationByCode: [
        { code: 'PN0', count: 1 },
        { code: 'PN1', count: 1 },
        { code: 'PN2', count: 2 },
        { code: 'PN3', count: 1 },
        { code: 'PN4', count: 1 },
      ],
      // The dataset records no venue or invitations: all six meetings count as not recorded; PN1 to PN4 attended.
      attendanceByVenue: [{ venue: 'NOT_RECORDED', held: 6, attended: 5 }],
      attendanceByNotice: [{ band: 'NOT_RECORDED', held: 6, attended: 5 }],
      actions: { due: 3, doneOnTime: 1, drift: 1 },
      caseloads: [{ band: '0 to 9', advocates: 1 }],
      homeVisits: [
        { standard: 'CARE_PLANNING', met: 0, partlyMet: 0, notMet: 0, notSeen: 1 },
        { standard: 'CHILDRENS_VIEWS_WISHES_AND_FEELINGS', met: 1, partlyMet: 0, notMet: 0, notSeen: 0 },
        { standard: 'EDUCATION', met: 1, partlyMet: 0, notMet: 0, notSeen: 0 },
        { standard: 'ENJOYMENT_AND_ACHIEVEMENT', met: 1, partlyMet: 0, notMet: 0, notSeen: 0 },
        { standard: 'HEALTH_AND_WELLBEING', met: 1, partlyMet: 0, notMet: 0, notSeen: 0 },
        { standard: 'LEADERSHIP_AND_MANAGEMENT', met: 0, partlyMet: 0, notMet: 1, notSeen: 0 },
        { standard: 'POSITIVE_RELATIONSHIPS', met: 0, partlyMet: 1, notMet: 0, notSeen: 0 },
        { standard: 'PROTECTION_OF_CHILDREN', met: 0, partlyMet: 1, notMet: 0, notSeen: 0 },
        { standard: 'QUALITY_AND_PURPOSE_OF_CARE', met: 1, partlyMet: 0, notMet: 0, notSeen: 0 },
      ],
      missingFromCare: { missing: { children: 3, episodes: 5 }, away: { children: 2, episodes: 2 }, children: 3 },
      // No contact is recorded in this dataset: all six children with an advocate are past the standard (their offers were due in April).
      contactStandard: { within: 0, past: 6 },
      lastHeard: { heard: 0, medianDays: null },
      youSaidWeDid: { done: 0, partly: 0, notDone: 0, open: 0 },
      childMessages: { inTime: 0, late: 0, notReplied: 0 },
      safeguarding: { onTime: 0, late: 0, notAcknowledged: 0, escalated: 0, medianHoursToAcknowledge: null },
      courtRequests: { attended: 0, couldNotAttend: 0, notRecorded: 0 },
      themeAnswers: [],
      providerThemeAnswers: null,
    });
    const last = await api.app.get(ReportFiguresService).figures(api.app.get(DataSource).manager, 2024, laId);
    expect([last.themes, last.offers.made, last.courtApplications]).toEqual([[{ theme: 'SIBLINGS', count: 1 }], 0, 0]);
    expect(last.missingFromCare).toEqual({ missing: { children: 1, episodes: 1 }, away: { children: 0, episodes: 0 }, children: 1 });
  });

  it('the published LA section suppresses small counts and the totals above them; a 5 is shown', async () => {
    const service = api.app.get(ReportFiguresService);
    const manager = api.app.get(DataSource).manager;
    const model = buildReport({
      year: 2025,
      scope: 'Test LA',
      threshold: 4,
      current: await service.figures(manager, 2025, laId),
      previous: await service.figures(manager, 2024, laId),
    });
    const themes = model.sections[0]?.tables[0];
    expect(themes?.rows.slice(0, 3).map((row) => row.map(cellText))).toEqual([
      ['Siblings', '5', '[c]', '[c]'],
      ['Education', '[c]', '0', '[c]'],
      ['Safety', '[c]', '0', '[c]'],
    ]);
    expect(themes?.rows.at(-1)?.map(cellText)).toEqual(['Total', '[c]', '[c]', '[c]']);
    const missing = model.sections.find((section) => section.id === 'missing-from-care')?.tables[0];
    expect(missing?.rows.map((row) => row.map(cellText))).toEqual([
      ['Missing', '[c]', '5'],
      ['Away from placement without authorisation', '[c]', '[c]'],
      ['Either', '[c]', '[c]'],
    ]);
    expect(JSON.stringify(model)).not.toMatch(/Child\d|T-\d{10}/);
  });

  it('generates byte-identical output from the same data', async () => {
    const generator = api.app.get(ReportGeneratorService);
    const [a, b] = [await generator.generate(2025, async () => undefined), await generator.generate(2025, async () => undefined)];
    expect(a.checksum).toBe(b.checksum);
    const la = (r: typeof a) => r.byLocalAuthority[laId];
    expect(la(a)).toEqual(la(b));
    const theme = (r: typeof a) => tableCsv(la(r)?.sections[0]?.tables[0] ?? { id: '', caption: '', columns: [], rows: [], hasTotalRow: false });
    expect(theme(a)).toBe(theme(b));
  });
});
