/** The nine Quality Standards of the Children's Homes (England) Regulations 2015 (regs 6 to 14). */
export const QUALITY_STANDARDS = [
  'QUALITY_AND_PURPOSE_OF_CARE',
  'CHILDRENS_VIEWS_WISHES_AND_FEELINGS',
  'EDUCATION',
  'ENJOYMENT_AND_ACHIEVEMENT',
  'HEALTH_AND_WELLBEING',
  'POSITIVE_RELATIONSHIPS',
  'PROTECTION_OF_CHILDREN',
  'LEADERSHIP_AND_MANAGEMENT',
  'CARE_PLANNING',
] as const;
export type QualityStandard = (typeof QUALITY_STANDARDS)[number];

export const QUALITY_STANDARD_LABELS: Readonly<Record<QualityStandard, string>> = {
  QUALITY_AND_PURPOSE_OF_CARE: 'Quality and purpose of care',
  CHILDRENS_VIEWS_WISHES_AND_FEELINGS: "Children's views, wishes and feelings",
  EDUCATION: 'Education',
  ENJOYMENT_AND_ACHIEVEMENT: 'Enjoyment and achievement',
  HEALTH_AND_WELLBEING: 'Health and well-being',
  POSITIVE_RELATIONSHIPS: 'Positive relationships',
  PROTECTION_OF_CHILDREN: 'Protection of children',
  LEADERSHIP_AND_MANAGEMENT: 'Leadership and management',
  CARE_PLANNING: 'Care planning',
};

/** How well the home meets a standard on the evidence of this visit; NOT_SEEN when the visit could not look at it. */
export const JUDGEMENTS = ['MET', 'PARTLY_MET', 'NOT_MET', 'NOT_SEEN'] as const;
export type Judgement = (typeof JUDGEMENTS)[number];

export const JUDGEMENT_LABELS: Readonly<Record<Judgement, string>> = {
  MET: 'Met',
  PARTLY_MET: 'Partly met',
  NOT_MET: 'Not met',
  NOT_SEEN: 'Not looked at on this visit',
};
