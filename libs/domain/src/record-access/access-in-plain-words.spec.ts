import { AUDIT_PURPOSES } from '../audit/audit-purpose';
import { accessInWords, accessKindOf, purposeForChild, roleInWords } from './access-words';

describe('what an audited action did, in words a child can follow', () => {
  it.each([
    ['child.read', null, 'looked at your record'],
    ['meeting_logistics.time_and_place_set', null, "changed the meeting's time and place"],
    ['record_access_history.read', null, 'looked at this list of who has seen your record'],
    ['meeting_parts.read', null, 'looked at the parts of your meeting'],
    ['earlier_meeting.listed', null, 'looked at a request for an earlier meeting'],
    ['decision_follow_through.challenged', null, 'changed whether a decision about you was done'],
    ['meeting.action_done', null, 'changed your care-planning meeting'],
    ['something_new.happened', null, 'changed your record'],
    ['something_new.read', null, 'looked at your record'],
    ['access.refused', 'query child', 'tried to look at your record but was not allowed'],
    ['access.refused', 'mutation raiseConcern', 'tried to change your record but was not allowed'],
    ['access.refused', null, 'tried to look at your record but was not allowed'],
  ])('%s (%s): %s', (action, operation, words) => {
    expect(accessInWords(action, operation)).toBe(words);
  });

  it.each([
    ['child.read', 'LOOKED'],
    ['meeting.action_list', 'LOOKED'],
    ['earlier_meeting.listed', 'LOOKED'],
    ['allocation.child_search', 'LOOKED'],
    ['meeting.ics', 'LOOKED'],
    ['organisation.view_safeguarding_contact', 'LOOKED'],
    ['meeting.scheduled', 'CHANGED'],
    ['meeting.view_recorded', 'CHANGED'],
  ] as const)('%s is %s', (action, kind) => {
    expect(accessKindOf(action)).toBe(kind);
  });

  it('names every role in words', () => {
    expect([
      roleInWords('ADVOCATE'),
      roleInWords('LA_MANAGER'),
      roleInWords('COMMISSIONER_STAFF'),
      roleInWords('ADMIN'),
      roleInWords('PROVIDER_MANAGER'),
      roleInWords('DATA_PROTECTION_OFFICER'),
      roleInWords(null),
    ]).toEqual([
      'advocate',
      "manager in the council's children's services",
      "member of the Children's Commissioner's staff",
      'administrator who runs Heard',
      'manager of advocates',
      "council's data protection officer",
      'nobody signed in',
    ]);
  });

  it('says why in a child’s words, for every audited purpose', () => {
    expect(Object.values(AUDIT_PURPOSES).map(purposeForChild)).toEqual([
      'to help you as your advocate',
      'to plan your care',
      "to check on a worry about your care that reached the Children's Commissioner",
      'to make sure you have an advocate',
      'to count things for the yearly advocacy report',
      'to keep Heard running',
      'to sign in',
      'Heard did this by itself (a scheduled job or an import)',
      'to reach your advocate through your own secret page',
      'to look after your rights over your record, like giving you a copy of it',
    ]);
    expect(purposeForChild(null)).toBe('no reason was written down');
    expect(purposeForChild('A purpose added later')).toBe('A purpose added later');
  });
});
