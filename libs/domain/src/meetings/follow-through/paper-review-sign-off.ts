/** Who a paper review consults: the child, their carers and their social worker. */
export const PAPER_REVIEW_CONSULTEES = ['CHILD', 'CARER', 'SOCIAL_WORKER'] as const;
export type PaperReviewConsultee = (typeof PAPER_REVIEW_CONSULTEES)[number];

const LABELS: Readonly<Record<PaperReviewConsultee, string>> = { CHILD: 'the child', CARER: 'the carers', SOCIAL_WORKER: 'the social worker' };

/**
 * Who records each consultation: the child's voice comes through their advocate, so the child's current advocate
 * records the consultation with the child; the LA records its carers' and social worker's.
 */
export function consultationRecorder(who: PaperReviewConsultee): 'ADVOCATE' | 'LA_MANAGER' {
  return who === 'CHILD' ? 'ADVOCATE' : 'LA_MANAGER';
}

/** Why the chair cannot sign the paper review off yet (every consultation recorded, once only), or null when they can. */
export function paperReviewSignOffProblem(
  consulted: readonly PaperReviewConsultee[],
  signedOffOn: string | null,
): { conflict: boolean; message: string } | null {
  if (signedOffOn !== null) return { conflict: true, message: 'This paper review has already been signed off.' };
  const missing = PAPER_REVIEW_CONSULTEES.filter((who) => !consulted.includes(who)).map((who) => LABELS[who]);
  if (missing.length === 0) return null;
  const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
  return { conflict: true, message: `Record the consultation with ${list ?? ''} before signing off the paper review.` };
}

/** "the child", "the carers", "the social worker": for sentences. */
export function consulteeLabel(who: PaperReviewConsultee): string {
  return LABELS[who];
}
