import { byDeadline, safeguardingAcknowledgedNotice, safeguardingRaisedNotice } from './safeguarding-notices';

describe('safeguarding notices', () => {
  it('say the deadline in London time, GMT or BST', () => {
    expect(byDeadline('2025-12-01T17:30:00.000Z')).toBe('by 17:30 GMT on Monday 1 December 2025');
    expect(byDeadline('2025-06-03T11:00:00.000Z')).toBe('by 12:00 BST on Tuesday 3 June 2025');
  });

  it('name who was told and the child acknowledged', () => {
    expect(safeguardingRaisedNotice({ toldWho: 'Priya Shah', dueAt: '2025-12-01T17:30:00.000Z' })).toBe(
      'Immediate safeguarding concern sent. Heard told Priya Shah at once. They must acknowledge it by 17:30 GMT on Monday 1 December 2025.',
    );
    expect(safeguardingAcknowledgedNotice({ childName: 'Leo Nowak' })).toBe(
      'You acknowledged the immediate safeguarding concern about Leo Nowak. Their advocate has been told.',
    );
  });
});
