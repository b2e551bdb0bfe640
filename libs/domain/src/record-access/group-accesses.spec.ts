import { AUDIT_PURPOSES } from '../audit/audit-purpose';
import { groupRecordAccesses, periodInWords, timesInWords, type RecordAccessEvent } from './group-accesses';
import { recordAccessPeriod } from './period';

const manager = (at: string, action = 'child.read', refused = false): RecordAccessEvent => ({
  at: new Date(at),
  actorUserId: 'u-priya',
  actorName: 'Priya Shah',
  actorRole: 'LA_MANAGER',
  organisationName: 'Northshire',
  action,
  operation: refused ? 'query child' : null,
  refused,
  purpose: AUDIT_PURPOSES.CARE_PLANNING,
});

const advocate = (at: string, action: string): RecordAccessEvent => ({
  at: new Date(at),
  actorUserId: 'u-sam',
  actorName: 'Sam Advocate',
  actorRole: 'ADVOCATE',
  organisationName: 'Brightside Advocacy',
  action,
  operation: null,
  refused: false,
  purpose: AUDIT_PURPOSES.ADVOCACY,
});

describe('who has seen my record, grouped so a child can follow it', () => {
  it('groups by organisation then person, newest first, with a sentence for each', () => {
    const grouped = groupRecordAccesses(
      [
        manager('2026-03-03T10:00:00Z'),
        ...Array.from({ length: 10 }, (_, i) => manager(`2026-06-${String(i + 10)}T09:00:00Z`)),
        manager('2026-11-28T15:30:00Z', 'meeting_logistics.time_and_place_set'),
        advocate('2026-11-29T08:05:00Z', 'meeting.view_recorded'),
      ],
      { from: '2025-11-30', to: '2026-11-29' },
    );
    expect(grouped.overview).toBe('Between 30 November 2025 and 29 November 2026, your record was seen or changed 13 times by 2 organisations.');
    expect(grouped.organisations.map((o) => [o.kind, o.name, o.summary])).toEqual([
      ['ADVOCACY_PROVIDER', 'Brightside Advocacy', '1 person from Brightside Advocacy saw or changed your record once on 29 November 2026.'],
      ['LOCAL_AUTHORITY', 'Northshire', '1 person from Northshire saw or changed your record 12 times between 3 March and 28 November 2026.'],
    ]);
    const [priya] = grouped.organisations[1]?.people ?? [];
    expect(priya?.summary).toBe(
      "Priya Shah, a manager in Northshire's children's services, looked at your record 11 times and changed it once between 3 March and 28 November 2026.",
    );
    expect(priya?.roleInWords).toBe("manager in the council's children's services");
    expect(priya?.accesses[0]).toEqual({
      at: new Date('2026-11-28T15:30:00Z'),
      when: '28 November 2026 at 15:30 GMT',
      what: "changed the meeting's time and place",
      why: 'to plan your care',
      kind: 'CHANGED',
      refused: false,
    });
    expect(priya?.accesses[11]?.when).toBe('3 March 2026 at 10:00 GMT');
    expect(grouped.organisations[0]?.people[0]?.summary).toBe(
      'Sam Advocate, an advocate at Brightside Advocacy, changed your record once on 29 November 2026.',
    );
  });

  it('shows a refused attempt as refused, in London time', () => {
    const grouped = groupRecordAccesses([manager('2026-07-01T23:30:00Z', 'access.refused', true)], { from: '2026-01-01', to: '2026-07-02' });
    const line = grouped.organisations[0]?.people[0]?.accesses[0];
    expect(line).toEqual({
      at: new Date('2026-07-01T23:30:00Z'),
      when: '2 July 2026 at 00:30 BST',
      what: 'tried to look at your record but was not allowed',
      why: 'they were not allowed to see it, so nothing was shown',
      kind: 'CHANGED',
      refused: true,
    });
    expect(grouped.organisations[0]?.people[0]?.summary).toBe(
      "Priya Shah, a manager in Northshire's children's services, tried once but was not allowed on 2 July 2026.",
    );
  });

  it('names the Commissioner, the administrators, the child and Heard itself', () => {
    const base = { actorUserId: null, actorName: null, organisationName: null, operation: null, refused: false, purpose: null };
    const grouped = groupRecordAccesses(
      [
        {
          ...base,
          at: new Date('2026-05-01T09:00:00Z'),
          actorRole: 'COMMISSIONER_STAFF',
          actorUserId: 'u-c',
          actorName: 'Cara Office',
          action: 'concern.read',
        },
        { ...base, at: new Date('2026-05-02T09:00:00Z'), actorRole: 'ADMIN', actorUserId: 'u-a', actorName: 'Ada Admin', action: 'assignment.reassigned' },
        { ...base, at: new Date('2026-05-03T09:00:00Z'), actorRole: null, action: 'child_channel.message_sent' },
        { ...base, at: new Date('2026-05-04T09:00:00Z'), actorRole: null, action: 'ssda903.child_imported' },
      ],
      { from: '2026-05-01', to: '2026-05-31' },
    );
    expect(grouped.organisations.map((o) => [o.kind, o.name, o.summary])).toEqual([
      ['HEARD', 'Heard itself', 'Heard changed your record once on 4 May 2026.'],
      ['THE_CHILD', 'You, on your own secret page', 'You changed your record once on 3 May 2026.'],
      ['ADMINISTRATORS', "Heard's administrators", "1 person from Heard's administrators saw or changed your record once on 2 May 2026."],
      [
        'COMMISSIONER',
        "The Children's Commissioner's office",
        "1 person from the Children's Commissioner's office saw or changed your record once on 1 May 2026.",
      ],
    ]);
    expect(grouped.organisations[1]?.people[0]?.accesses[0]?.what).toBe('sent a message to your advocate');
  });

  it('says so when nobody saw the record', () => {
    expect(groupRecordAccesses([], { from: '2025-12-03', to: '2026-12-02' })).toEqual({
      overview: 'Nobody saw or changed your record between 3 December 2025 and 2 December 2026.',
      organisations: [],
    });
  });

  it('writes counts and periods in words', () => {
    expect([timesInWords(1), timesInWords(2), timesInWords(12)]).toEqual(['once', 'twice', '12 times']);
    expect(periodInWords('2026-03-03', '2026-03-03')).toBe('on 3 March 2026');
    expect(periodInWords('2025-12-03', '2026-03-03')).toBe('between 3 December 2025 and 3 March 2026');
  });
});

describe('the period a history covers', () => {
  it('is the last 12 months up to today by default', () => {
    expect(recordAccessPeriod('2026-12-02', null, null)).toEqual({ ok: true, from: '2025-12-03', to: '2026-12-02' });
  });
  it('takes a chosen period', () => {
    expect(recordAccessPeriod('2026-12-02', '2026-01-01', '2026-01-31')).toEqual({ ok: true, from: '2026-01-01', to: '2026-01-31' });
  });
  it('refuses an end after today or a start after the end, naming the field', () => {
    expect(recordAccessPeriod('2026-12-02', null, '2026-12-03')).toEqual({ ok: false, field: 'toOn', message: 'The end date cannot be in the future.' });
    expect(recordAccessPeriod('2026-12-02', '2026-06-02', '2026-06-01')).toEqual({
      ok: false,
      field: 'fromOn',
      message: 'The start date must be on or before the end date.',
    });
  });
});
