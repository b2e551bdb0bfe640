/** What lets a decision through the significant-decision guard; recorded with the decision. */
export const DECISION_BASES = ['ADVOCATE_INPUT', 'CHILD_SELF_REPRESENTING', 'CHILD_OPTED_OUT'] as const;
export type DecisionBasis = (typeof DECISION_BASES)[number];

/** An advocate input the chair links the decision to, as the server found it. */
export interface LinkedAdvocateInput {
  /** The meeting the advocate recorded it for. */
  meetingId: string;
  /** Recorded by the advocate who was the child's advocate at the time. */
  recordedByChildsAdvocate: boolean;
  /** Typed by the chair before advocates recorded their own input (moved over from the old free-text field). */
  migratedFromChair: boolean;
}

export interface DecisionContext {
  significant: boolean;
  /** The meeting the decision is being recorded at. */
  meetingId: string;
  /** The advocate input the chair linked, or null when none is linked. */
  linkedInput: LinkedAdvocateInput | null;
  /** The child's advocate recorded, in the child's words, that the child represents themselves at this meeting. */
  selfRepresentationRecorded: boolean;
  /** The child's latest answer to advocacy is opting out: they represent themselves. */
  childOptedOut: boolean;
}

/** The field the refusal is about (the chair's link to the advocate's input). */
export const DECISION_GUARD_FIELD = 'advocateInputId';

export type DecisionGuardResult = { allowed: true; basis: DecisionBasis | null } | { allowed: false; field: typeof DECISION_GUARD_FIELD; reason: string };

export const SIGNIFICANT_DECISION_RULE =
  "A decision that changes the child's care plan is significant. It can only be recorded with the advocate's own input on it, recorded by the child's advocate for this meeting, or when the child's advocate has recorded that the child chose to represent themselves at this meeting (or the child has opted out of advocacy).";

const NOTHING_LINKED =
  "This decision changes the child's care plan, so link the advocate's input on it under \"The advocate's input\". There is none to link until the child's advocate records it on their own screen, or records that the child chose to represent themselves at this meeting.";

/**
 * The significant-decision guard: a significant decision (anything that changes the care plan) is
 * recorded only with the advocate's own input on it for this meeting, or when the child's advocate
 * recorded the child's choice to represent themselves at this meeting, or the child has opted out of
 * advocacy (they represent themselves). The chair alone can never satisfy it. A linked input must be
 * the child's advocate's, for this meeting, whether the decision is significant or not.
 */
export function significantDecisionGuard(context: DecisionContext): DecisionGuardResult {
  const linked = context.linkedInput;
  if (linked !== null) {
    if (linked.meetingId !== context.meetingId)
      return refuse("The advocate's input you linked was recorded for a different meeting: link an input recorded for this meeting.");
    if (linked.migratedFromChair)
      return refuse(
        "The advocate's input you linked was typed by the chair before advocates recorded their own, so it cannot support a new decision: ask the child's advocate to record their input.",
      );
    if (!linked.recordedByChildsAdvocate)
      return refuse("The advocate's input you linked was not recorded by the child's advocate: link an input the child's advocate recorded.");
    return { allowed: true, basis: 'ADVOCATE_INPUT' };
  }
  if (!context.significant) return { allowed: true, basis: null };
  if (context.selfRepresentationRecorded) return { allowed: true, basis: 'CHILD_SELF_REPRESENTING' };
  if (context.childOptedOut) return { allowed: true, basis: 'CHILD_OPTED_OUT' };
  return refuse(NOTHING_LINKED);
}

/** The plain-words reason a decision is refused, or null when it may be recorded. */
export function significantDecisionRefusal(context: DecisionContext): string | null {
  const result = significantDecisionGuard(context);
  return result.allowed ? null : result.reason;
}

function refuse(reason: string): DecisionGuardResult {
  return { allowed: false, field: DECISION_GUARD_FIELD, reason };
}
