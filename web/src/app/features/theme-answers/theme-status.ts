import type { ThemeRequestStatus } from '@heard/graphql-types';

/** The tag colour of each status (the words carry the meaning, not the colour). */
export const THEME_STATUS_TONES: Readonly<Record<ThemeRequestStatus, string>> = {
  AWAITING_ANSWER: 'blue',
  OVERDUE: 'red',
  ANSWERED_ON_TIME: 'green',
  ANSWERED_LATE: 'orange',
};
