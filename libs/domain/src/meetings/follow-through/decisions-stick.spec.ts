import { createEnglandAndWalesCalendar } from '../../calendar/working-day-calendar';
import { challengeProblem, decisionFollowThrough, type DecisionFacts } from './decision-follow-through';
import { significantDecisionsChildMissed } from './meeting-parts';

const calendar = createEnglandAndWalesCalendar();
const decision = (overrides: Partial<DecisionFacts> = {}): DecisionFacts => ({
  heldOn: '2025-12-23',
  implementBy: '2026-01-30',
  implementedOn: null,
  challengedOn: null,
  ...overrides,
});

describe('a decision sticks unless the LA challenges it with reasons within 5 working days', () => {
  it.each([
    ['2025-12-24', {}, 'CHALLENGE_WINDOW_OPEN', 'The local authority may challenge it until 2 January 2026.'],
    ['2026-01-02', {}, 'CHALLENGE_WINDOW_OPEN', 'The local authority may challenge it until 2 January 2026.'],
    ['2026-01-05', {}, 'AWAITING_IMPLEMENTATION', 'Not challenged, so it stands: to be implemented by 30 January 2026.'],
    ['2026-01-30', {}, 'AWAITING_IMPLEMENTATION', 'Not challenged, so it stands: to be implemented by 30 January 2026.'],
    ['2026-01-31', {}, 'NOT_IMPLEMENTED', 'Not implemented by 30 January 2026, and not challenged: it stands and can be escalated.'],
    ['2026-02-10', { implementBy: null }, 'AWAITING_IMPLEMENTATION', 'Not challenged, so it stands: to be implemented.'],
    ['2026-02-10', { implementedOn: '2026-01-20' }, 'IMPLEMENTED', 'Implemented on 20 January 2026.'],
    ['2026-02-10', { challengedOn: '2025-12-29' }, 'CHALLENGED', 'Challenged by the local authority on 29 December 2025.'],
  ] as const)('on %s (%o): %s', (today, change, status, sentence) => {
    expect(decisionFollowThrough(calendar, decision(change), today)).toEqual({ status, challengeBy: '2026-01-02', sentence });
  });

  it('refuses a challenge without reasons, before the meeting, or after the window, in words', () => {
    const base = { heldOn: '2025-12-23', challengedOn: '2026-01-02', reasons: 'The placement it names has no vacancy.' };
    expect(challengeProblem(calendar, base)).toBeNull();
    expect(challengeProblem(calendar, { ...base, reasons: '  ' })).toEqual({
      field: 'reasons',
      message: 'Say why the local authority challenges this decision.',
    });
    expect(challengeProblem(calendar, { ...base, challengedOn: '2025-12-22' })).toEqual({
      field: 'challengedOn',
      message: 'A decision cannot be challenged before the meeting that made it.',
    });
    expect(challengeProblem(calendar, { ...base, challengedOn: '2026-01-05' })).toEqual({
      field: 'challengedOn',
      message: 'Too late to challenge: the window closed on 2 January 2026, 5 working days after the meeting on 23 December 2025.',
    });
  });
});

describe('a meeting in parts', () => {
  it('marks the significant decisions taken in a part the child did not attend', () => {
    const parts = [
      { id: 'with-child', childAttended: true },
      { id: 'professionals', childAttended: false },
    ];
    const decisions = [
      { id: 'a', partId: 'with-child', significant: true },
      { id: 'b', partId: 'professionals', significant: true },
      { id: 'c', partId: 'professionals', significant: false },
      { id: 'd', partId: null, significant: true },
    ];
    expect(significantDecisionsChildMissed(parts, decisions)).toEqual(['b']);
  });
});
