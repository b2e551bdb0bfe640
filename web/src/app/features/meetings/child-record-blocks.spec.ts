import { recordBlocks } from './child-record-blocks';

describe("the child's record as printed", () => {
  it('keeps paragraphs and turns "- " lines into one list', () => {
    expect(recordBlocks('At your meeting we decided:\n- You will stay.\n- You will see Sam.\n\nTell your advocate.')).toEqual([
      { kind: 'paragraph', lines: ['At your meeting we decided:'] },
      { kind: 'list', lines: ['You will stay.', 'You will see Sam.'] },
      { kind: 'paragraph', lines: ['Tell your advocate.'] },
    ]);
  });

  it('has nothing to print for an empty text', () => {
    expect(recordBlocks('  \n ')).toEqual([]);
  });
});
