/**
 * SSDA903 code lists, from the DfE's "Children looked after return" guidance. Where Heard has to
 * interpret a code, the comment says how; README.md lists the interpretations too.
 */

/** SEX: 1 male, 2 female. */
export const SEX_CODES = { '1': 'Male', '2': 'Female' } as const;

/** ETHNIC: the 2001 census categories the return uses. */
export const ETHNIC_CODES = {
  WBRI: 'White British',
  WIRI: 'White Irish',
  WIRT: 'Traveller of Irish heritage',
  WOTH: 'Any other White background',
  WROM: 'Gypsy/Roma',
  MWBC: 'White and Black Caribbean',
  MWBA: 'White and Black African',
  MWAS: 'White and Asian',
  MOTH: 'Any other mixed background',
  AIND: 'Indian',
  APKN: 'Pakistani',
  ABAN: 'Bangladeshi',
  AOTH: 'Any other Asian background',
  BCRB: 'Caribbean',
  BAFR: 'African',
  BOTH: 'Any other Black background',
  CHNE: 'Chinese',
  OOTH: 'Any other ethnic group',
  REFU: 'Refused',
  NOBT: 'Information not yet obtained',
} as const;

/**
 * RNE, reason for new episode. Interpretation: S starts a new period of care; every other code
 * (a change of legal status and/or placement) continues the period the previous episode was in.
 */
export const RNE_CODES = {
  S: 'Started to be looked after',
  L: 'Change of legal status only',
  P: 'Change of placement (but not legal status) only',
  T: 'Change of placement and legal status',
  U: 'Change of legal status and change of placement simultaneously',
  B: 'Change of legal status and placement',
} as const;

/**
 * LS, legal status. Interpretation: V3 and V4 are short breaks (respite under s20(4)/s17), not a
 * period of care, so their episodes are not imported as care; V2 is a single short-term placement
 * under s20 and is care.
 */
export const LEGAL_STATUS_CODES = {
  C1: 'Interim care order',
  C2: 'Full care order',
  D1: 'Freeing order granted',
  E1: 'Placement order granted',
  J1: 'Remanded to local authority accommodation or youth detention accommodation',
  J2: 'Placed in local authority accommodation under PACE',
  J3: 'Sentenced to supervision order with residence requirement',
  L1: 'Under police protection and in local authority accommodation',
  L2: 'Emergency protection order',
  L3: 'Under child assessment order and in local authority accommodation',
  V2: 'Single period of accommodation under section 20',
  V3: 'Accommodated under an agreed series of short-term breaks (single placement)',
  V4: 'Accommodated under an agreed series of short-term breaks (multiple placements)',
} as const;
export const SHORT_BREAK_LEGAL_STATUSES: readonly string[] = ['V3', 'V4'];

/** CIN, category of need. */
export const CIN_CODES = {
  N1: 'Abuse or neglect',
  N2: 'Child’s disability',
  N3: 'Parental illness or disability',
  N4: 'Family in acute stress',
  N5: 'Family dysfunction',
  N6: 'Socially unacceptable behaviour',
  N7: 'Low income',
  N8: 'Absent parenting',
  N9: 'Cases other than children in need',
} as const;

/** PLACE, placement type. */
export const PLACEMENT_CODES = {
  A3: 'Placed for adoption with parental consent with current foster carer(s)',
  A4: 'Placed for adoption with parental consent not with current foster carer(s)',
  A5: 'Placed for adoption with placement order with current foster carer(s)',
  A6: 'Placed for adoption with placement order not with current foster carer(s)',
  H5: 'Semi-independent living accommodation not subject to Children’s Homes Regulations',
  K1: 'Secure children’s home',
  K2: 'Children’s home',
  P1: 'Placed with own parent(s) or other person(s) with parental responsibility',
  P2: 'Independent living',
  P3: 'Residential employment',
  R1: 'Residential care home',
  R2: 'NHS/health trust or other establishment providing medical or nursing care',
  R3: 'Family centre or mother and baby unit',
  R5: 'Young offender institution or prison',
  S1: 'All residential schools, except where dual-registered as a school and children’s home',
  T0: 'Temporary placement (other)',
  T1: 'Temporary periods in hospital',
  T2: 'Temporary periods in a residential school',
  T3: 'Temporary periods in custody',
  T4: 'Temporary periods with family or friends',
  U1: 'Foster placement with relative or friend – long-term fostering',
  U2: 'Foster placement with relative or friend who is also an approved adopter – FFA',
  U3: 'Foster placement with relative or friend who is not long-term or FFA',
  U4: 'Foster placement with other foster carer – long-term fostering',
  U5: 'Foster placement with other foster carer who is also an approved adopter – FFA',
  U6: 'Foster placement with other foster carer – not long-term or FFA',
  Z1: 'Other placement',
} as const;

/** PLACE_PROVIDER. */
export const PLACEMENT_PROVIDER_CODES = {
  PR0: 'Parent(s) or other person(s) with parental responsibility',
  PR1: 'Own provision (by the council)',
  PR2: 'Other local authority provision',
  PR3: 'Other public provision (e.g. by a PCT)',
  PR4: 'Private provision',
  PR5: 'Voluntary/third sector provision',
} as const;

/**
 * REC, reason episode ceased. Interpretation: X1 (episode ceases, new episode begins in the same
 * period of care) continues the period; every other code ends it.
 */
export const REASON_CEASED_CODES = {
  X1: 'Episode ceases, and new episode begins on same day, for any reason',
  E11: 'Adopted – application for an adoption order unopposed',
  E12: 'Adopted – consent dispensed with by the court',
  E13: 'Left care to live with parent(s), relative, or other person with no parental responsibility',
  E14: 'Accommodation on remand ended',
  E15: 'Age assessment determined child is aged 18 or over',
  E16: 'Child moved abroad',
  E17: 'Aged 18 (or over) and remained with current carers (inc under staying put arrangements)',
  E2: 'Died',
  E3: 'Care taken over by another local authority in the UK',
  E41: 'Residence order (or, from 22 April 2014, a child arrangement order) granted',
  E45: 'Special guardianship order made to former foster carer(s), who was/are a relative(s) or friend(s)',
  E46: 'Special guardianship order made to former foster carer(s), other than relative(s) or friend(s)',
  E47: 'Special guardianship order made to carer(s), other than former foster carer(s), who was/are a relative(s) or friend(s)',
  E48: 'Special guardianship order made to carer(s), other than former foster carer(s), other than relative(s) or friend(s)',
  E4A: 'Returned home to live with parent(s), relative(s), or other person(s) with parental responsibility as part of the care planning process',
  E4B: 'Returned home to live with parent(s), relative(s), or other person(s) with parental responsibility which was not part of the current care planning process',
  E5: 'Moved into independent living arrangement and no longer looked-after: supportive accommodation providing formalised advice/support arrangements',
  E6: 'Moved into independent living arrangement and no longer looked-after: accommodation providing no formalised advice/support arrangements',
  E7: 'Transferred to residential care funded by adult social care services',
  E8: 'Period of being looked-after ended for any other reason',
  E9: 'Sentenced to custody',
} as const;

/** REASON_PLACE_CHANGE. */
export const PLACE_CHANGE_CODES = {
  CARPL: 'Change to/Implementation of care plan',
  CLOSE: 'Resignation/closure of provision',
  ALLEG: 'Allegation (s47)',
  STAND: 'Standards of care concern',
  APPRR: 'Approval removed',
  CREQB: 'Carer(s) requests placement end due to child’s behaviour',
  CREQO: 'Carer(s) requests placement end other than due to child’s behaviour',
  CHILD: 'Child requests placement end',
  LAREQ: 'Responsible/area authority requests placement end',
  PLACE: 'Change in the status of placement only',
  CUSTOD: 'Custody arrangement',
  OTHER: 'Other',
} as const;

/**
 * MISSING, in the missing-from-care file: M missing from placement, A away from placement without
 * authorisation. Stored as MISSING and AWAY.
 */
export const MISSING_CODES = { M: 'Missing', A: 'Away from placement without authorisation' } as const;
export const MISSING_KIND_OF_CODE = { M: 'MISSING', A: 'AWAY' } as const;
export type MissingKind = (typeof MISSING_KIND_OF_CODE)[keyof typeof MISSING_KIND_OF_CODE];
/** A missing-from-care episode's kind in words, as the child's page shows it. */
export const MISSING_KIND_LABELS: Readonly<Record<MissingKind, string>> = { MISSING: 'Missing', AWAY: 'Away from placement without authorisation' };

export function isCode(list: Readonly<Record<string, string>>, value: string): boolean {
  return Object.prototype.hasOwnProperty.call(list, value);
}
