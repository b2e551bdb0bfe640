import { actionReviewedNotice } from './meeting-notices';

describe('the banner after an earlier action is reviewed', () => {
  it.each([
    ['DONE', 'Action reviewed: "Book contact" is recorded as done.'],
    ['NOT_DONE', 'Action reviewed: "Book contact" is recorded as not done.'],
    ['OPEN', 'Action reviewed: "Book contact" is recorded as carried over to the next meeting.'],
  ])('an action left %s', (status, notice) => {
    expect(actionReviewedNotice({ what: 'Book contact', status })).toBe(notice);
  });
});
