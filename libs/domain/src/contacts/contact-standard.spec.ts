import { contactStandard, lastHeardAt, lastHeardOn, type ContactFact } from './contact-standard';
import { isContactKind } from './contact-kinds';
import { londonInstant } from '../calendar/london';
import { contactTimeProblem } from './contact-time';

const heard = (iso: string): ContactFact => ({ occurredAt: new Date(iso), viewsRecorded: true });
const notHeard = (iso: string): ContactFact => ({ occurredAt: new Date(iso), viewsRecorded: false });

describe('last heard', () => {
  it('is the latest contact where the views were recorded, not the latest contact', () => {
    const contacts = [heard('2026-10-01T10:00:00Z'), heard('2026-10-14T10:00:00Z'), notHeard('2026-11-01T10:00:00Z')];
    expect(lastHeardAt(contacts)?.toISOString()).toBe('2026-10-14T10:00:00.000Z');
    expect(lastHeardOn(contacts)).toBe('2026-10-14');
  });

  it('is null when no contact recorded the views', () => {
    expect(lastHeardOn([notHeard('2026-11-01T10:00:00Z')])).toBeNull();
  });

  it('is the London date: 23:30 UTC in summer is the next day', () => {
    expect(lastHeardOn([heard('2026-06-30T23:30:00Z')])).toBe('2026-07-01');
    expect(lastHeardOn([heard('2026-12-31T23:30:00Z')])).toBe('2026-12-31');
  });
});

describe('the contact standard', () => {
  it('with no contact yet and the deadline ahead, is within and due by the deadline', () => {
    expect(contactStandard({ offerDeadline: '2026-11-20', contacts: [], meetings: [], today: '2026-11-13' })).toEqual({
      status: 'WITHIN_STANDARD',
      sentence: 'Not heard yet: the first contact is due by 20 November 2026.',
      nextDueOn: '2026-11-20',
    });
  });

  it('on the deadline day itself is still within', () => {
    expect(contactStandard({ offerDeadline: '2026-11-20', contacts: [], meetings: [], today: '2026-11-20' }).status).toBe('WITHIN_STANDARD');
  });

  it('with no contact after the deadline, is past', () => {
    expect(contactStandard({ offerDeadline: '2026-11-20', contacts: [notHeard('2026-11-18T10:00:00Z')], meetings: [], today: '2026-11-23' })).toEqual({
      status: 'PAST_STANDARD',
      sentence: 'Not heard yet: the first contact was due by 20 November 2026.',
      nextDueOn: '2026-11-20',
    });
  });

  it('with no offer and no meeting, nothing is due yet', () => {
    expect(contactStandard({ offerDeadline: null, contacts: [], meetings: [], today: '2026-11-23' })).toEqual({
      status: 'WITHIN_STANDARD',
      sentence: 'Not heard yet: no first contact is due.',
      nextDueOn: null,
    });
  });

  it('more than 6 weeks after last heard, is past with the due date', () => {
    expect(contactStandard({ offerDeadline: '2026-10-01', contacts: [heard('2026-10-14T09:00:00Z')], meetings: [], today: '2026-11-26' })).toEqual({
      status: 'PAST_STANDARD',
      sentence: 'Last heard 14 October 2026: more than 6 weeks ago (due by 25 November 2026).',
      nextDueOn: '2026-11-25',
    });
  });

  it('exactly 6 weeks after last heard, is still within', () => {
    expect(contactStandard({ offerDeadline: null, contacts: [heard('2026-10-14T09:00:00Z')], meetings: [], today: '2026-11-25' })).toEqual({
      status: 'WITHIN_STANDARD',
      sentence: 'Last heard 14 October 2026: next contact due by 25 November 2026.',
      nextDueOn: '2026-11-25',
    });
  });

  it('uses the configured interval', () => {
    const result = contactStandard({
      offerDeadline: null,
      contacts: [heard('2026-10-14T09:00:00Z')],
      meetings: [],
      today: '2026-11-05',
      settings: { intervalWeeks: 3 },
    });
    expect(result.sentence).toBe('Last heard 14 October 2026: more than 3 weeks ago (due by 4 November 2026).');
  });

  it('brings the next contact forward to a meeting the child has not been heard for', () => {
    expect(
      contactStandard({ offerDeadline: null, contacts: [heard('2026-10-14T09:00:00Z')], meetings: ['2026-10-20', '2026-11-10'], today: '2026-10-25' }),
    ).toEqual({
      status: 'WITHIN_STANDARD',
      sentence: 'Last heard 14 October 2026: next contact due by 10 November 2026, before the care-planning meeting.',
      nextDueOn: '2026-11-10',
    });
  });

  it('a meeting held with no contact before it (since the previous meeting) is past the standard', () => {
    expect(
      contactStandard({ offerDeadline: null, contacts: [heard('2026-09-01T09:00:00Z')], meetings: ['2026-09-05', '2026-10-01'], today: '2026-10-02' }),
    ).toEqual({
      status: 'PAST_STANDARD',
      sentence: 'Last heard 1 September 2026: the child was not heard before the care-planning meeting on 1 October 2026.',
      nextDueOn: '2026-10-01',
    });
  });

  it('a meeting without a contact clears once the child is heard again', () => {
    const result = contactStandard({ offerDeadline: null, contacts: [heard('2026-10-02T09:00:00Z')], meetings: ['2026-10-01'], today: '2026-10-03' });
    expect(result).toEqual({
      status: 'WITHIN_STANDARD',
      sentence: 'Last heard 2 October 2026: next contact due by 13 November 2026.',
      nextDueOn: '2026-11-13',
    });
  });

  it('a first meeting before which there was no contact is past even if the offer deadline is later', () => {
    expect(contactStandard({ offerDeadline: '2026-10-10', contacts: [], meetings: ['2026-10-01'], today: '2026-10-02' }).sentence).toBe(
      'No contact recorded: the child was not heard before the care-planning meeting on 1 October 2026.',
    );
  });

  it('with no contact yet, a meeting before the deadline is when the first contact is due', () => {
    expect(contactStandard({ offerDeadline: '2026-10-10', contacts: [], meetings: ['2026-10-05'], today: '2026-10-02' }).nextDueOn).toBe('2026-10-05');
  });
});

describe('contact kinds', () => {
  it('knows the six kinds', () => {
    expect(isContactKind('THROUGH_CARER')).toBe(true);
    expect(isContactKind('EMAIL')).toBe(false);
  });
});

describe('London contact times', () => {
  it('reads a summer time as BST and a winter time as GMT', () => {
    expect(londonInstant('2026-07-01', '09:30').toISOString()).toBe('2026-07-01T08:30:00.000Z');
    expect(londonInstant('2026-12-01', '09:30').toISOString()).toBe('2026-12-01T09:30:00.000Z');
  });

  it('refuses a contact in the future', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    expect(contactTimeProblem(new Date('2026-12-01T12:01:00Z'), now)).toBe('The date and time of the contact cannot be in the future.');
    expect(contactTimeProblem(new Date('2026-12-01T11:59:00Z'), now)).toBeNull();
  });
});
