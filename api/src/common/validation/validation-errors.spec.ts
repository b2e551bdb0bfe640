import type { ValidationError } from 'class-validator';
import { inputValidationError } from './validation-errors';

function refusal(property: string, message: string): { message: string; field: unknown } {
  const error: ValidationError = { property, constraints: { rule: message }, children: [] };
  const refused = inputValidationError([error]);
  return { message: refused.message, field: refused.details?.field };
}

describe('a validation refusal reads as a sentence in the user’s words', () => {
  it.each([
    ['dateOfBirth', 'dateOfBirth must be on or after 1 January 1900.', 'Date of birth must be on or after 1 January 1900.'],
    ['meetingId', 'meetingId must be a meeting id', 'Choose a meeting from the list.'],
    ['advocacyProviderId', 'advocacyProviderId must be an advocacy provider id', 'Choose an advocacy provider from the list.'],
    ['advocateInputId', "advocateInputId must be the id of an advocate's input", "Choose an advocate's input from the list."],
    ['localAuthorityIds', 'localAuthorityIds must be local authority ids', 'Choose each local authority from the list.'],
    ['caseloadCap', 'caseloadCap must be a whole number', 'Caseload cap must be a whole number'],
  ])('%s: %s', (property, message, expected) => {
    expect(refusal(property, message)).toEqual({ message: expected, field: property });
  });
});
