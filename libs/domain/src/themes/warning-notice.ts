import { ukLongDate, type IsoDate } from '../calendar/iso-date';
import { type ConcernTheme, THEME_LABELS } from '../escalation/themes';
import { portalHome } from '../portal/portal-addresses';
import { EARLY_WARNING_MINIMUM, type ThemeWarningFigures } from './early-warning';
import type { ThemeBreakdown } from './theme-breakdowns';

/** One early warning to tell Commissioner staff about: where, which theme, which quarter, and the figures. */
export interface ThemeWarningNotice extends ThemeWarningFigures {
  readonly breakdown: Exclude<ThemeBreakdown, 'NATIONAL'>;
  readonly unit: string;
  readonly label: string;
  readonly theme: ConcernTheme;
  readonly quarterFromOn: IsoDate;
}

const PLACE_WORDS: Readonly<Record<ThemeWarningNotice['breakdown'], string>> = {
  LOCAL_AUTHORITY: 'local authority',
  PROVIDER: 'provider',
  HOME: 'home',
};

/** Each warning is told once: the same place, theme and quarter give the same key however often the job runs. */
export function themeWarningKey(w: Pick<ThemeWarningNotice, 'breakdown' | 'unit' | 'theme' | 'quarterFromOn'>): string {
  return `theme-warning:${w.breakdown}:${w.unit}:${w.theme}:${w.quarterFromOn}`;
}

/** How many decimals a threshold needs (the mean of four counts times 1.5 is a multiple of 0.125). */
function figure(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(3)));
}

/** What the notification says: the count this quarter, the four quarters before it, and the threshold it passed. */
export function themeWarningMessage(w: ThemeWarningNotice): string {
  return (
    `Early warning: ${THEME_LABELS[w.theme]} is rising at ${w.label} (${PLACE_WORDS[w.breakdown]}). ` +
    `${w.current} this quarter (from ${ukLongDate(w.quarterFromOn)}), against ${w.previous.join(', ')} in the four quarters before ` +
    `(oldest first; mean ${figure(w.mean)}). A warning needs at least ${EARLY_WARNING_MINIMUM} and more than ${figure(w.above)}.`
  );
}

/** Where Commissioner staff see the early warnings. */
export const THEME_WARNINGS_ADDRESS = `${portalHome('COMMISSIONER_STAFF')}/themes`;
