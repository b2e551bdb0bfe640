import { answerLine, openRequest } from './between-meetings';

describe('the LA’s answer to a request for an earlier meeting, in words', () => {
  it('says when an agreed meeting is', () => {
    expect(answerLine({ answer: 'AGREED', meetingOn: '2026-04-20', answerReasons: null, answeredOn: '2026-04-13' })).toBe(
      'Agreed on 13 April 2026. The meeting is on 20 April 2026.',
    );
  });

  it('gives the reasons for a decline', () => {
    expect(answerLine({ answer: 'DECLINED', meetingOn: null, answerReasons: 'The review is in two weeks.', answeredOn: '2026-04-13' })).toBe(
      'Declined on 13 April 2026: The review is in two weeks.',
    );
  });

  it('has nothing to say before the answer', () => {
    expect(answerLine({ answer: null, meetingOn: null, answerReasons: null, answeredOn: null })).toBeNull();
  });

  it('finds the one open request', () => {
    expect(
      openRequest([
        { answer: 'AGREED', id: 'a' },
        { answer: null, id: 'b' },
      ]),
    ).toEqual({ answer: null, id: 'b' });
    expect(openRequest([{ answer: 'DECLINED' }])).toBeNull();
  });
});
