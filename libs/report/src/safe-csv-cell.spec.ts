import { safeCsvCell } from './csv';

describe('a CSV cell from an uploaded file is safe to open in a spreadsheet', () => {
  it.each([
    ['S1', 'S1'],
    [12, '12'],
    ['=1+2', "'=1+2"],
    ['+44 20', "'+44 20"],
    ['-Q4', "'-Q4"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tA', "'\tA"],
    ['\rA', `"'\rA"`],
    ['a, b', '"a, b"'],
    ['"Z9" is not a code.', '"""Z9"" is not a code."'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['line\nbreak', '"line\nbreak"'],
  ])('%j becomes %j', (value, cell) => {
    expect(safeCsvCell(value)).toBe(cell);
  });
});
