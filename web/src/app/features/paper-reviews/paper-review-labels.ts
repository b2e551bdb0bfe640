import type { PaperReviewConsultee, DeadlineStatus } from '@heard/graphql-types';

export const CONSULTEE_LABELS: Readonly<Record<PaperReviewConsultee, string>> = { CHILD: 'The child', CARER: 'Carers', SOCIAL_WORKER: 'Social worker' };

export const DEADLINE_TAGS: Readonly<Record<DeadlineStatus, { label: string; colour: string }>> = {
  AWAITED: { label: 'Due', colour: 'tag--blue' },
  OVERDUE: { label: 'Overdue', colour: 'tag--red' },
  ON_TIME: { label: 'Signed off on time', colour: 'tag--green' },
  LATE: { label: 'Signed off late', colour: 'tag--grey' },
};
