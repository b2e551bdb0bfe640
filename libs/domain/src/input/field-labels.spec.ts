import { fieldLabel, futureDateMessage } from './field-labels';

describe('messages name fields in the words the portal uses', () => {
  it.each([
    ['newChild.dateOfBirth', 'Date of birth'],
    ['occurredOn', 'Date of the event'],
    ['dueOn', 'Due date'],
    ['report.recommendations.0.dueOn', 'Due date'],
    ['staffSpokenTo', 'Staff spoken to'],
    ['childrenSpokenTo.2', 'Children spoken to'],
    ['year', 'Year'],
  ])('%s reads as %j', (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });

  it('says a date cannot be in the future, with today in UK form', () => {
    expect(futureDateMessage('newChild.dateOfBirth', '2026-12-01')).toBe('Date of birth cannot be in the future. Today is 1 December 2026.');
  });
});
