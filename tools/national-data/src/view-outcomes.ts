import type { ConcernTheme, ViewOutcome } from '@heard/domain';
import type { BulkTable } from './bulk-insert';
import { at, type Day } from './days';
import type { Prng } from './prng';

/** A view the child's advocate recorded before a meeting held in Heard. */
export interface RecordedView {
  id: string;
  meetingId: string;
  text: string;
  day: Day;
  advocateUserId: string;
}

/** The themes an advocate would tag what the child said with (none for how the child wants to take part). */
const VIEW_THEMES: Readonly<Record<string, readonly ConcernTheme[]>> = {
  'Happy where I live and want to stay.': ['PLACEMENT_STABILITY'],
  'I miss my brother and want to see him more.': ['SIBLINGS', 'CONTACT_WITH_FAMILY'],
  'I want to stay at my school.': ['EDUCATION', 'PLACEMENT_STABILITY'],
  'I feel nobody tells me what is happening.': ['NOT_BEING_LISTENED_TO'],
  'Why contact with my mum keeps getting cancelled.': ['CONTACT_WITH_FAMILY'],
  'I want to go on the school trip.': ['EDUCATION'],
  'I want my own phone.': ['OTHER'],
  'When can I see my nan?': ['CONTACT_WITH_FAMILY'],
};

const REASONS: Readonly<Record<'PARTLY' | 'NOT_DONE', readonly string[]>> = {
  PARTLY: ['we set up some of it and are still working on the rest', 'it happens, but not as often as you asked'],
  NOT_DONE: ['the court order does not allow it yet', 'there was no place at that time', 'the people who decide said no, and we asked them to write down why'],
};

/**
 * "You said, we did": about three in five views get an outcome within a few weeks of their meeting (never after
 * `today`), and most of those are tagged with the themes what the child said is about, so live themes shows the
 * source. Drawn from the caller's own stream, so the rest of the dataset does not move.
 */
export function writeViewOutcome(table: BulkTable, rng: Prng, nextId: () => string, view: RecordedView, today: Day): void {
  if (!rng.chance(0.6)) return;
  const outcome = rng.weighted<ViewOutcome>([
    ['DONE', 50],
    ['PARTLY', 20],
    ['NOT_DONE', 10],
    ['OPEN', 20],
  ]);
  const reason = outcome === 'PARTLY' || outcome === 'NOT_DONE' ? rng.pick(REASONS[outcome]) : null;
  const candidates = VIEW_THEMES[view.text] ?? [];
  const themes = candidates.length > 0 && rng.chance(0.8) ? (rng.chance(0.7) ? candidates.slice(0, 1) : [...candidates]) : [];
  const updated = Math.min(today, view.day + rng.int(1, 42));
  table.add(nextId(), view.id, view.meetingId, outcome, reason, themes, rng.chance(0.5), view.advocateUserId, at(updated, 10 * 60), 1);
}
