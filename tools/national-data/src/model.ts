import type { Day } from './days';

/** The in-memory plan of the national dataset; rows are written from it, phase by phase. */
export interface LaPlan {
  index: number;
  id: string;
  code: string;
  name: string;
  town: string;
  region: number;
  /** Children looked after at any one time (the target the population is generated for). */
  target: number;
  /** The day Heard started in this LA: children in care then were assigned on that day. */
  goLive: Day;
  managerUserIds: string[];
  teamManagerIds: string[];
  socialWorkers: Array<{ id: string; managerId: string }>;
  /** Providers covering this LA. */
  providers: number[];
}

export interface ProviderPlan {
  index: number;
  id: string;
  name: string;
  localAuthorities: number[];
  advocates: number[];
}

export interface AdvocatePlan {
  index: number;
  id: string;
  userId: string;
  email: string;
  displayName: string;
  provider: number;
  /** The LA that employs them, whose children they may never advocate for; -1 for none. */
  employingLa: number;
  cap: number;
  languages: string[];
  phone: string;
  /** False for an advocate who has left (their children were reassigned). */
  active: boolean;
}

export interface HomePlan {
  index: number;
  id: string;
  laIndex: number;
  name: string;
  operator: string;
  contactEmail: string;
  urn: string;
  address: string;
  /** Homes of poorer quality get worse judgements. */
  quality: number;
}

/** A placement within a period of care; a children's home (K2) stint has a home. */
export interface Stint {
  start: Day;
  type: string;
  home: number;
}

export interface PeriodPlan {
  id: string;
  start: Day;
  /** Null while the child is still looked after. */
  end: Day | null;
  legalStatus: string;
  reasonEnded: string | null;
  stints: Stint[];
  proceedingsOn: Day | null;
  familyGroupOn: Day | null;
  /** Days care-planning meetings were held in this period, oldest first. */
  meetings: Day[];
  /** The next meeting, when one is booked. */
  nextMeeting: Day | null;
}

export interface ChildPlan {
  index: number;
  id: string;
  laIndex: number;
  ref: string;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  dateOfBirth: Day;
  sex: '1' | '2';
  ethnicity: string;
  firstLanguage: string;
  communicationNeeds: string | null;
  unaccompanied: boolean;
  siblingGroupId: string | null;
  socialWorker: number;
  placementProvider: string;
  periods: PeriodPlan[];
  assignments: AssignmentPlan[];
  /** Days the child had opted out of advocacy: [from, to) pairs; `to` is Infinity while still opted out. */
  optedOut: Array<[Day, Day]>;
}

export type AssignmentEndReason = 'LEFT_CARE' | 'ADVOCATE_LEFT' | 'CONFLICT_OF_INTEREST' | 'CHILD_REQUEST';

export interface AssignmentPlan {
  id: string;
  child: number;
  advocate: number;
  start: Day;
  end: Day | null;
  startReason: string;
  endReason: AssignmentEndReason | null;
  endNote: string | null;
  offerReason: 'INITIAL' | 'REASSIGNMENT';
}

export interface QueuePlan {
  id: string;
  child: number;
  laIndex: number;
  since: Day;
  queuedOn: Day;
  resolvedOn: Day | null;
  assignmentId: string | null;
}

export interface CommissionerPlan {
  userId: string;
  email: string;
  displayName: string;
}

export interface NationalPlan {
  seed: number;
  today: Day;
  windowStart: Day;
  las: LaPlan[];
  providers: ProviderPlan[];
  advocates: AdvocatePlan[];
  commissioners: CommissionerPlan[];
  adminUserId: string;
  homes: HomePlan[];
  children: ChildPlan[];
  queue: QueuePlan[];
}
