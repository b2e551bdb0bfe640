import { consultationRecorder, consulteeLabel, paperReviewSignOffProblem } from './paper-review-sign-off';

describe('signing off a paper review', () => {
  it('needs the child, the carers and the social worker consulted', () => {
    expect(paperReviewSignOffProblem([], null)).toEqual({
      conflict: true,
      message: 'Record the consultation with the child, the carers and the social worker before signing off the paper review.',
    });
    expect(paperReviewSignOffProblem(['CHILD', 'SOCIAL_WORKER'], null)).toEqual({
      conflict: true,
      message: 'Record the consultation with the carers before signing off the paper review.',
    });
    expect(paperReviewSignOffProblem(['CARER'], null)?.message).toBe(
      'Record the consultation with the child and the social worker before signing off the paper review.',
    );
    expect(paperReviewSignOffProblem(['SOCIAL_WORKER', 'CHILD', 'CARER'], null)).toBeNull();
  });

  it('is signed off once only', () => {
    expect(paperReviewSignOffProblem(['SOCIAL_WORKER', 'CHILD', 'CARER'], '2025-07-01')).toEqual({
      conflict: true,
      message: 'This paper review has already been signed off.',
    });
  });

  it("the child's advocate records the child's consultation; the LA the carers' and the social worker's", () => {
    expect(consultationRecorder('CHILD')).toBe('ADVOCATE');
    expect(consultationRecorder('CARER')).toBe('LA_MANAGER');
    expect(consultationRecorder('SOCIAL_WORKER')).toBe('LA_MANAGER');
    expect(consulteeLabel('SOCIAL_WORKER')).toBe('the social worker');
  });
});
