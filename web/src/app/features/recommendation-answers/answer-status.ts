import type { ThemeRequestStatus } from '@heard/graphql-types';
import { THEME_STATUS_TONES } from '../theme-answers/theme-status';

/** An answer to a visit recommendation stands as a theme's answer does, with the same tag colours. */
export const ANSWER_STATUS_TONES: Readonly<Record<ThemeRequestStatus, string>> = THEME_STATUS_TONES;
