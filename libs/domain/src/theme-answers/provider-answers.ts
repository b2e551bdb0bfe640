import type { FieldProblem } from '../admin/user-accounts';
import { isIsoDate, toDayNumber, ukLongDate, type IsoDate } from '../calendar/iso-date';
import { putThemeContentProblem, textProblem, type ThemeAnswerInput } from './theme-answers';

/** The longest provider name kept (children's homes' provider names are shorter). */
export const THEME_PROVIDER_NAME_MAX = 200;

/** Why a theme cannot be put to a provider: a provider from the list (of the homes' providers), a theme, a question. */
export function putThemeToProviderProblem(
  input: { providerName: string; theme: string; question: string },
  knownProviders: readonly string[],
): FieldProblem | null {
  if (!knownProviders.includes(input.providerName)) return { field: 'providerName', message: 'Choose a provider from the list' };
  return putThemeContentProblem(input, 'PROVIDER');
}

export interface ProviderAnswerInput extends ThemeAnswerInput {
  receivedOn: string;
}

/**
 * A provider's answer, recorded by Commissioner staff: what the provider found, what it will do and by when, and the
 * date the answer was received, a real date on or after the day the theme was put and not after today. The answer's
 * "by when" must be after the day it was received. On-time standing is judged on the received date.
 */
export function providerAnswerProblem(input: ProviderAnswerInput, putOn: IsoDate, today: IsoDate): FieldProblem | null {
  return (
    textProblem('found', 'what the provider found', input.found) ??
    textProblem('willDo', 'what the provider will do', input.willDo) ??
    receivedOnProblem(input.receivedOn, putOn, today) ??
    byWhenProblem(input.byWhen, input.receivedOn)
  );
}

/** The received date: a real date, not in the future, not before the theme was put. */
export function receivedOnProblem(receivedOn: string, putOn: IsoDate, today: IsoDate): FieldProblem | null {
  if (!isIsoDate(receivedOn)) return { field: 'receivedOn', message: 'The date the answer was received must be a real date' };
  if (toDayNumber(receivedOn) > toDayNumber(today)) return { field: 'receivedOn', message: 'The date the answer was received must be today or in the past' };
  if (toDayNumber(receivedOn) < toDayNumber(putOn))
    return { field: 'receivedOn', message: 'The date the answer was received must be on or after the date the theme was put' };
  return null;
}

function byWhenProblem(byWhen: string, receivedOn: IsoDate): FieldProblem | null {
  if (!isIsoDate(byWhen)) return { field: 'byWhen', message: 'The date it will be done by must be a real date' };
  if (toDayNumber(byWhen) <= toDayNumber(receivedOn))
    return { field: 'byWhen', message: 'The date it will be done by must be after the date the answer was received' };
  return null;
}

/** The email to a provider's contact address when a theme is put to it (a provider has no account in Heard). */
export function providerThemeEmail(p: { providerName: string; themeLabel: string; question: string; deadline: IsoDate }): { subject: string; body: string } {
  return {
    subject: `The Children's Commissioner has put a theme to ${p.providerName}`,
    body:
      `The Children's Commissioner has put a theme to ${p.providerName}, found through independent advocacy in its children's homes: ${p.themeLabel}.\n\n` +
      `${p.question}\n\nPlease reply to the Commissioner's office by ${ukLongDate(p.deadline)}, saying what you found, what you will do and by when.` +
      `\n\nFor children's privacy this email names no child.`,
  };
}
