import { fieldLabel } from '@heard/domain';
import type { ValidationError } from 'class-validator';
import { badInputs, type DomainException, type FieldProblem } from '../exceptions/domain.exception';

/**
 * The global ValidationPipe's refusal, in the same shape as every other bad input: BAD_USER_INPUT with `field`
 * (the input path as the portal names it, `newChild.dateOfBirth`), `fields` (each problem), and sentences that name
 * the field in words (`Date of birth must be on or after 1 January 1900.`), never the API's camelCase name.
 */
export function inputValidationError(errors: readonly ValidationError[]): DomainException {
  const problems = errors.flatMap((error) => problemsOf(error, ''));
  const [first, ...rest] = problems;
  return badInputs(first === undefined ? [{ field: 'input', message: 'The input is not valid.' }] : [first, ...rest]);
}

function problemsOf(error: ValidationError, parent: string): FieldProblem[] {
  const path = parent === '' ? error.property : `${parent}.${error.property}`;
  const own = Object.values(error.constraints ?? {})
    .slice(0, 1)
    .map((message) => inWords(message, error.property, path));
  return [...own, ...(error.children ?? []).flatMap((child) => problemsOf(child, path))];
}

/**
 * `dateOfBirth must be …` → `Date of birth must be …`; `hearingDates.1 must be …` names item 1 in the path. An id
 * that is not one (`meetingId must be a meeting id`) asks for a choice: `Choose a meeting from the list.`
 */
function inWords(message: string, property: string, path: string): FieldProblem {
  const named = new RegExp(`^${property}(?:\\.(\\d+))?\\b\\s*`).exec(message);
  if (named === null) return { field: path, message };
  const field = named[1] === undefined ? path : `${path}.${named[1]}`;
  const rest = message.slice(named[0].length);
  return { field, message: idChoice(rest) ?? `${fieldLabel(property)} ${rest}` };
}

/** `must be a meeting id` / `must be the id of an advocate's input` → `Choose a meeting …`; `must be provider ids` → `Choose each provider …`. */
function idChoice(rest: string): string | null {
  const one = /^must be (?:(an?) (.+) id|the id of (an?) (.+?))\.?$/.exec(rest);
  if (one !== null) return `Choose ${one[1] ?? one[3] ?? 'a'} ${one[2] ?? one[4] ?? ''} from the list.`;
  const each = /^must be (.+) ids\.?$/.exec(rest);
  return each === null ? null : `Choose each ${each[1] ?? ''} from the list.`;
}
