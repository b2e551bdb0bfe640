import type { OfferReason } from '../../advocacy/offers';

/** What can change for a child between care-planning meetings that their advocate must hear about at once. */
export const SIGNIFICANT_CHANGE_KINDS = ['PLACEMENT', 'LEGAL_STATUS', 'CARE_PLAN'] as const;
export type SignificantChangeKind = (typeof SIGNIFICANT_CHANGE_KINDS)[number];

export const SIGNIFICANT_CHANGE_LABELS: Readonly<Record<SignificantChangeKind, string>> = {
  PLACEMENT: 'Change of placement',
  LEGAL_STATUS: 'Change of legal status',
  CARE_PLAN: 'Change to the care plan',
};

/**
 * Whether a significant change makes the offer of advocacy again to a child who opted out. The brief's key moments
 * are a placement change, each care-planning meeting, the start of court proceedings and turning 16: of the changes
 * between meetings only a placement change is one. (Court proceedings starting is its own trigger event.)
 */
export function significantChangeOfferReason(kind: SignificantChangeKind): OfferReason | null {
  return kind === 'PLACEMENT' ? 'PLACEMENT_CHANGE' : null;
}
