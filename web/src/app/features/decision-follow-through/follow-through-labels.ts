import type { DecisionFollowThroughStatus } from '@heard/graphql-types';

/** The tag each follow-through status shows: words and colour. */
export const FOLLOW_THROUGH_TAGS: Readonly<Record<DecisionFollowThroughStatus, { label: string; colour: string }>> = {
  IMPLEMENTED: { label: 'Implemented', colour: 'tag--green' },
  CHALLENGED: { label: 'Challenged', colour: 'tag--grey' },
  CHALLENGE_WINDOW_OPEN: { label: 'May be challenged', colour: 'tag--blue' },
  AWAITING_IMPLEMENTATION: { label: 'Stands', colour: 'tag--blue' },
  NOT_IMPLEMENTED: { label: 'Not implemented', colour: 'tag--red' },
};
