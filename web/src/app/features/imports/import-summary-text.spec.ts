import { counted, groupPlace, importAnnouncement, moreRowsText, offersDueText } from './import-summary-text';

describe("the words of an import's summary", () => {
  it('says when the offers are due, as GOV.UK writes dates', () => {
    expect(offersDueText({ count: 2, earliest: '2025-06-17', latest: '2025-06-19' })).toBe('2 offers, due between 17 June 2025 and 19 June 2025');
    expect(offersDueText({ count: 3, earliest: '2025-03-21', latest: '2025-03-21' })).toBe('3 offers, due on 21 March 2025');
    expect(offersDueText({ count: 1, earliest: '2025-03-21', latest: '2025-03-21' })).toBe('1 offer, due on 21 March 2025');
    expect(offersDueText({ count: 0, earliest: null, latest: null })).toBe('None');
  });

  it('counts the rows not shown under a group', () => {
    expect([moreRowsText(6, 5), moreRowsText(12, 5), moreRowsText(5, 5), moreRowsText(2, 2)]).toEqual(['and 1 more row', 'and 7 more rows', null, null]);
    expect([counted(1, 'row'), counted(0, 'row'), counted(2, 'child', 'children')]).toEqual(['1 row', '0 rows', '2 children']);
  });

  it('names the file and column of a group', () => {
    expect([groupPlace('reviews', 'CHILD'), groupPlace('episodes', '')]).toEqual(['reviews.csv, column CHILD', 'episodes.csv']);
  });

  it('announces each status in one sentence, and nothing before an import is shown', () => {
    expect([null, 'RUNNING', 'COMPLETED', 'FAILED'].map(importAnnouncement)).toEqual([
      '',
      'Importing the return.',
      'Import complete. The summary follows.',
      'The import did not finish.',
    ]);
  });
});
