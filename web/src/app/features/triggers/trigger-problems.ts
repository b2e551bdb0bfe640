import type { TriggerKind } from '@heard/graphql-types';
import { dateProblem } from '../../shared/ui/date-parts';
import type { SummaryError } from '../../shared/ui/error-summary.component';
import { todayIso } from '../../shared/ui/uk-date';

export interface NewChildForm {
  laChildRef: string;
  givenName: string;
  familyName: string;
  preferredName: string;
  dateOfBirth: string;
  firstLanguage: string;
}

export const emptyNewChild = (): NewChildForm => ({ laChildRef: '', givenName: '', familyName: '', preferredName: '', dateOfBirth: '', firstLanguage: '' });

const REQUIRED: ReadonlyArray<[keyof NewChildForm, string]> = [
  ['laChildRef', 'Enter your reference for the child'],
  ['givenName', 'Enter the child’s given name'],
  ['familyName', 'Enter the child’s family name'],
  ['dateOfBirth', 'Enter the child’s date of birth'],
];

/** What is missing or wrong in a new child's details, each on its own field (whether it is in the future is the server's rule). */
export function newChildProblems(form: NewChildForm): SummaryError[] {
  const missing = REQUIRED.filter(([field]) => form[field].trim() === '').map(([field, message]) => ({ fieldId: field, message }));
  const birth = dateProblem('Date of birth', form.dateOfBirth);
  return birth === null ? missing : [...missing, { fieldId: 'dateOfBirth', message: birth }];
}

export type Who = 'new' | 'existing';

/** What went wrong with the answers before anything is sent: nothing is chosen for the user. */
/** The trigger form's answers as given: a question not yet answered is null. */
export interface TriggerAnswers {
  readonly kind: TriggerKind | null;
  readonly occurredOn: string;
  readonly who: Who | null;
  readonly childId: string;
  readonly newChild: NewChildForm;
}

export function triggerProblems({ kind, occurredOn, who, childId, newChild }: TriggerAnswers): SummaryError[] {
  const problems: SummaryError[] = [];
  if (kind === null) problems.push({ fieldId: 'kind', message: 'Select what happened' });
  const dateError =
    occurredOn === ''
      ? 'Enter the date of the event'
      : (dateProblem('Date of the event', occurredOn) ?? (occurredOn > todayIso() ? 'The date of the event must be today or in the past' : null));
  if (dateError !== null) problems.push({ fieldId: 'occurredOn', message: dateError });
  if (who === null) problems.push({ fieldId: 'who', message: 'Select whether the child is new to Heard or already known' });
  if (who === 'existing' && childId === '') problems.push({ fieldId: 'childId', message: 'Select the child' });
  if (who === 'new') problems.push(...newChildProblems(newChild));
  return problems;
}
