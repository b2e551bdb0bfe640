import { uploadAnswer } from './upload-answer';

describe("the API's answer to an SSDA903 upload", () => {
  it('started an import when it is 202 with an import id', () => {
    expect(uploadAnswer(202, '{"importId":"imp-1"}')).toEqual({ importId: 'imp-1' });
  });

  it.each([
    [
      400,
      '{"code":"BAD_REQUEST","message":"episodes.csv is not an SSDA903 episodes file: the column DECOM is missing."}',
      'episodes.csv is not an SSDA903 episodes file: the column DECOM is missing.',
    ],
    [202, '{"importId":42}', 'The files could not be imported. Please try again.'],
    [502, '<html>Bad gateway</html>', 'The files could not be imported. Please try again.'],
    [500, '', 'The files could not be imported. Please try again.'],
  ])('%i %s tells the user %p', (status, text, message) => {
    expect(uploadAnswer(status, text)).toEqual({ message });
  });
});
