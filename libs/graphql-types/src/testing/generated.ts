/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActionReviewOutcome =
  | 'CARRIED_OVER'
  | 'DONE'
  | 'NOT_DONE';

/** Where the child's advocacy stands, at a glance. */
export type AdvocacyStatus =
  | 'ACCEPTED'
  | 'AWAITING_ADVOCATE'
  | 'NON_INSTRUCTED'
  | 'NOT_IN_CARE'
  | 'OFFER_DUE'
  | 'OFFER_OVERDUE'
  | 'OPTED_OUT';

export type AdvocateAtHearingInput = {
  attended: boolean;
  concernId: string | number;
  hearingOn: string;
  /** A summary of the representations made for the child, or why the advocate could not attend. */
  summary: string;
};

export type ApplyToCourtInput = {
  caseNumber: string;
  concernId: string | number;
  court: string;
  /** Hearing dates known so far (YYYY-MM-DD). */
  hearingDates: Array<string>;
  orderSought: string;
};

export type AssignmentOutcome =
  | 'ALREADY_ASSIGNED'
  | 'ASSIGNED'
  | 'QUEUED';

export type ChildCourtRequestInput = {
  /** The child's request, in their words. */
  childWords: string;
  concernId: string | number;
};

export type ChildSpokenToInput = {
  /** The child, when Heard knows them. */
  childId?: string | number | null | undefined;
  /** The child agreed that what they said in private may be in the shared report. */
  consentToShare: boolean;
  consentToSpeak: boolean;
  /** A first name or description. */
  name: string;
  spokeInPrivate: boolean;
  whatTheySaid: string;
};

export type ChildViewKind =
  | 'HOW_TO_TAKE_PART'
  | 'SELF_REPRESENTATION'
  | 'TO_RAISE'
  | 'WISHES_AND_FEELINGS';

export type CloseConcernInput = {
  concernId: string | number;
  /** Resolving: the outcome in the child's terms. Withdrawing: why the child wants to stop. */
  text: string;
};

export type CompleteMeetingInput = {
  meetingId: string | number;
  minutes: string;
  /** A short summary written for the child. */
  summaryForChild: string;
};

export type ConcernNoteInput = {
  concernId: string | number;
  /** An advocate-only note, never shown to the LA or the Commissioner: the safe default when not given. */
  confidential?: boolean;
  evidence?: Array<EvidenceInput>;
  note: string;
};

export type ConcernStage =
  | 'CHILDRENS_COMMISSIONER'
  | 'COURT'
  | 'DIRECTOR'
  | 'INFORMAL'
  | 'SERVICE_MANAGER'
  | 'TEAM_MANAGER';

export type ConcernStatus =
  | 'OPEN'
  | 'RESOLVED'
  | 'WITHDRAWN';

export type ConcernTheme =
  | 'CONTACT_WITH_FAMILY'
  | 'DELAY_IN_THE_PLAN'
  | 'EDUCATION'
  | 'HEALTH'
  | 'IDENTITY_AND_CULTURE'
  | 'LEAVING_CARE'
  | 'MENTAL_HEALTH'
  | 'NOT_BEING_LISTENED_TO'
  | 'OTHER'
  | 'PLACEMENT_STABILITY'
  | 'RESTRAINT_OR_RESTRICTIONS'
  | 'SAFETY'
  | 'SIBLINGS';

export type EscalateConcernInput = {
  /** What the advocate asks of the new stage. */
  asked: string;
  /** Why the child is at risk: needed to skip a stage or escalate before the deadline. */
  atRiskReason?: string | null | undefined;
  concernId: string | number;
  evidence?: Array<EvidenceInput>;
  toStage: ConcernStage;
};

export type EvidenceInput = {
  /** What the evidence is or shows. */
  text: string;
  /** A link to a document held elsewhere (https). */
  url?: string | null | undefined;
};

export type FollowUpInput = {
  note?: string;
  outcome: FollowUpOutcome;
  recommendationId: string | number;
};

export type FollowUpOutcome =
  | 'CARRIED_OVER'
  | 'DONE'
  | 'NOT_DONE';

export type HoldMeetingInput = {
  attendees: Array<string>;
  heldOn: string;
  meetingId: string | number;
  /** SSDA903 participation code PN0–PN7. */
  participationCode: string;
};

export type Judgement =
  | 'MET'
  | 'NOT_MET'
  | 'NOT_SEEN'
  | 'PARTLY_MET';

export type NewChildInput = {
  communicationNeeds?: string | null | undefined;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  familyName: string;
  firstLanguage?: string | null | undefined;
  givenName: string;
  /** The LA's own identifier for the child (SSDA903 CHILD). */
  laChildRef: string;
  /** SSDA903 legal status code, e.g. C2, V2. */
  legalStatus?: string | null | undefined;
  /** SSDA903 placement type code, e.g. U1. */
  placementType?: string | null | undefined;
  preferredName?: string | null | undefined;
  /** A brother or sister already in Heard. */
  siblingOfChildId?: string | number | null | undefined;
};

export type OfferOutcome =
  | 'ACCEPTED'
  | 'NON_INSTRUCTED'
  | 'OPTED_OUT';

/** The nine Quality Standards of the Children's Homes (England) Regulations 2015. */
export type QualityStandard =
  | 'CARE_PLANNING'
  | 'CHILDRENS_VIEWS_WISHES_AND_FEELINGS'
  | 'EDUCATION'
  | 'ENJOYMENT_AND_ACHIEVEMENT'
  | 'HEALTH_AND_WELLBEING'
  | 'LEADERSHIP_AND_MANAGEMENT'
  | 'POSITIVE_RELATIONSHIPS'
  | 'PROTECTION_OF_CHILDREN'
  | 'QUALITY_AND_PURPOSE_OF_CARE';

export type RaiseConcernInput = {
  childId: string | number;
  /** What the child wants, in their words where possible. */
  childWants: string;
  evidence?: Array<EvidenceInput>;
  /** The drifted meeting action this concern comes from. */
  fromActionId?: string | number | null | undefined;
  /** The home-visit recommendation about this child that this concern comes from. */
  fromRecommendationId?: string | number | null | undefined;
  /** When it was raised with the social worker (YYYY-MM-DD); today if not given. */
  raisedOn?: string | null | undefined;
  themes: Array<ConcernTheme>;
  /** What is wrong, for the social worker. */
  whatIsWrong: string;
};

export type ReassignChildInput = {
  advocateId: string | number;
  childId: string | number;
  /** Why, in a sentence. */
  note: string;
  reason: ReassignmentReason;
};

export type ReassignmentReason =
  | 'ADVOCATE_LEFT'
  | 'CHILD_REQUEST'
  | 'CONFLICT_OF_INTEREST';

export type RecommendationInput = {
  /** The one child this recommendation concerns, if any. */
  childId?: string | number | null | undefined;
  /** YYYY-MM-DD, after the visit. */
  dueOn: string;
  owner: string;
  themes: Array<ConcernTheme>;
  what: string;
};

export type RecordActionInput = {
  /** YYYY-MM-DD, after the meeting. */
  dueOn: string;
  meetingId: string | number;
  /** How it will be monitored. */
  monitoring: string;
  /** Who will do it. */
  owner: string;
  /** What will be done. */
  what: string;
};

/** The child chose to represent themselves at this meeting, recorded by their advocate in the child's words. */
export type RecordChildSelfRepresentationInput = {
  /** The child's own words about representing themselves. */
  childWords: string;
  meetingId: string | number;
};

export type RecordChildViewInput = {
  kind: ChildViewKind;
  meetingId: string | number;
  /** Whether the child agreed this may be shared with the local authority. */
  shareable: boolean;
  /** The child's view, in their own words where possible. The child's choice to represent themselves is recorded with recordChildSelfRepresentation. */
  text: string;
};

export type RecordHearingInput = {
  concernId: string | number;
  hearingOn: string;
  /** The court's outcome, once there is one. */
  outcome?: string | null | undefined;
  /** What happened, including representations made. */
  whatHappened: string;
};

export type RecordMeetingDecisionInput = {
  /** The advocate's input (recorded by the child's advocate for this meeting) the decision is linked to. A significant decision needs one, unless the child's advocate recorded that the child represents themselves or the child has opted out of advocacy. */
  advocateInputId?: string | number | null | undefined;
  meetingId: string | number;
  /** Changes the care plan. */
  significant: boolean;
  text: string;
};

export type RecordOfferOutcomeInput = {
  /** Required to opt out: the child's own words. */
  childWords?: string | null | undefined;
  /** When the child decided; YYYY-MM-DD, not in the future. */
  decidedOn: string;
  /** Required for non-instructed advocacy: why. */
  nonInstructedReason?: string | null | undefined;
  offerId: string | number;
  outcome: OfferOutcome;
};

export type RecordOptBackInInput = {
  childId: string | number;
  /** The child's own words, if they gave any. */
  childWords?: string | null | undefined;
  decidedOn: string;
};

export type RecordTriggerEventInput = {
  /** An existing child of your LA; or give newChild. */
  childId?: string | number | null | undefined;
  kind: TriggerKind;
  newChild?: NewChildInput | null | undefined;
  /** YYYY-MM-DD; not in the future. */
  occurredOn: string;
};

export type RequestInformationInput = {
  /** What the Commissioner asks the local authority. */
  asked: string;
  concernId: string | number;
  /** YYYY-MM-DD, after today. */
  dueOn: string;
};

export type RespondToConcernInput = {
  /** The local authority's response. */
  answer: string;
  concernId: string | number;
  evidence?: Array<EvidenceInput>;
};

export type ReviewActionInput = {
  actionId: string | number;
  /** The meeting reviewing the action. */
  meetingId: string | number;
  outcome: ActionReviewOutcome;
  /** Required when not done or carried over. */
  reason?: string | null | undefined;
};

/** What a user does in Heard; decides what they may see. */
export type Role =
  | 'ADMIN'
  | 'ADVOCATE'
  | 'COMMISSIONER_STAFF'
  | 'LA_MANAGER';

export type SaveVisitDraftInput = {
  homeId: string | number;
  report: VisitReportInput;
};

export type ScheduleMeetingInput = {
  /** An LA staff member eligible to chair. */
  chairStaffId: string | number;
  childId: string | number;
  /** Other people invited; the advocate is always invited. */
  invitees: Array<string>;
  place: string;
  /** YYYY-MM-DD */
  scheduledOn: string;
};

export type SetCaseloadCapInput = {
  advocateId: string | number;
  caseloadCap: number;
};

export type StandardJudgementInput = {
  evidence?: string;
  judgement: Judgement;
  standard: QualityStandard;
};

/** Events that start advocacy automatically. */
export type TriggerKind =
  | 'CARE_PROCEEDINGS_STARTED'
  | 'ENTERED_CARE'
  | 'FAMILY_GROUP_DECISION_MAKING';

/** A visit report, complete or not: a draft may be saved with parts missing. */
export type VisitReportInput = {
  announced?: boolean | null | undefined;
  childrenSpokenTo?: Array<ChildSpokenToInput>;
  followUps?: Array<FollowUpInput>;
  judgements?: Array<StandardJudgementInput>;
  recommendations?: Array<RecommendationInput>;
  recordsChecked?: string;
  staffSpokenTo?: string;
  visitOn?: string | null | undefined;
};

export type TestLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type TestLoginMutation = { login: { accessToken: string, expiresAt: string, user: { id: string, email: string, displayName: string, role: Role } } };

export type TestConcernFieldsFragment = { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ sequence: number, kind: string, stage: ConcernStage, actorName: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> };

export type TestConcernQueryVariables = Exact<{
  id: string | number;
}>;


export type TestConcernQuery = { concern: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ sequence: number, kind: string, stage: ConcernStage, actorName: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestRaiseConcernMutationVariables = Exact<{
  input: RaiseConcernInput;
}>;


export type TestRaiseConcernMutation = { raiseConcern: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ sequence: number, kind: string, stage: ConcernStage, actorName: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestEscalateConcernMutationVariables = Exact<{
  input: EscalateConcernInput;
}>;


export type TestEscalateConcernMutation = { escalateConcern: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ sequence: number, kind: string, stage: ConcernStage, actorName: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestRespondToConcernMutationVariables = Exact<{
  input: RespondToConcernInput;
}>;


export type TestRespondToConcernMutation = { respondToConcern: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ sequence: number, kind: string, stage: ConcernStage, actorName: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestAddConcernNoteMutationVariables = Exact<{
  input: ConcernNoteInput;
}>;


export type TestAddConcernNoteMutation = { addConcernNote: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ sequence: number, kind: string, stage: ConcernStage, actorName: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestTriageConcernMutationVariables = Exact<{
  input: ConcernNoteInput;
}>;


export type TestTriageConcernMutation = { triageConcern: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ sequence: number, kind: string, stage: ConcernStage, actorName: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestRequestConcernInformationMutationVariables = Exact<{
  input: RequestInformationInput;
}>;


export type TestRequestConcernInformationMutation = { requestConcernInformation: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ sequence: number, kind: string, stage: ConcernStage, actorName: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestApplyToCourtMutationVariables = Exact<{
  input: ApplyToCourtInput;
}>;


export type TestApplyToCourtMutation = { applyToCourt: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ sequence: number, kind: string, stage: ConcernStage, actorName: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestRecordCourtHearingMutationVariables = Exact<{
  input: RecordHearingInput;
}>;


export type TestRecordCourtHearingMutation = { recordCourtHearing: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ sequence: number, kind: string, stage: ConcernStage, actorName: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestRecordChildCourtRequestMutationVariables = Exact<{
  input: ChildCourtRequestInput;
}>;


export type TestRecordChildCourtRequestMutation = { recordChildCourtRequest: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ sequence: number, kind: string, stage: ConcernStage, actorName: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestRecordAdvocateAtHearingMutationVariables = Exact<{
  input: AdvocateAtHearingInput;
}>;


export type TestRecordAdvocateAtHearingMutation = { recordAdvocateAtHearing: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ sequence: number, kind: string, stage: ConcernStage, actorName: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestResolveConcernMutationVariables = Exact<{
  input: CloseConcernInput;
}>;


export type TestResolveConcernMutation = { resolveConcern: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ sequence: number, kind: string, stage: ConcernStage, actorName: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestSaveVisitDraftMutationVariables = Exact<{
  input: SaveVisitDraftInput;
}>;


export type TestSaveVisitDraftMutation = { saveHomeVisitDraft: { id: string, status: string } };

export type TestSubmitVisitMutationVariables = Exact<{
  id: string | number;
}>;


export type TestSubmitVisitMutation = { submitHomeVisit: { id: string, status: string, visitOn: string | null, sharedVoices: Array<string>, recommendations: Array<{ id: string, what: string, drift: boolean, carryOvers: number, status: string }> } };

export type RaceScheduleMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type RaceScheduleMutation = { scheduleMeeting: { id: string } };

export type RaceHoldMutationVariables = Exact<{
  input: HoldMeetingInput;
}>;


export type RaceHoldMutation = { holdMeeting: { id: string } };

export type RaceCompleteMutationVariables = Exact<{
  input: CompleteMeetingInput;
}>;


export type RaceCompleteMutation = { completeMeeting: { id: string } };

export type RaceDecisionMutationVariables = Exact<{
  input: RecordMeetingDecisionInput;
}>;


export type RaceDecisionMutation = { recordMeetingDecision: { id: string } };

export type RaceActionMutationVariables = Exact<{
  input: RecordActionInput;
}>;


export type RaceActionMutation = { recordAction: { id: string } };

export type RaceReviewMutationVariables = Exact<{
  input: ReviewActionInput;
}>;


export type RaceReviewMutation = { reviewAction: { id: string } };

export type RaceViewMutationVariables = Exact<{
  input: RecordChildViewInput;
}>;


export type RaceViewMutation = { recordChildView: { views: Array<{ id: string }> } };

export type RaceWithdrawViewMutationVariables = Exact<{
  viewId: string | number;
}>;


export type RaceWithdrawViewMutation = { withdrawChildViewSharing: { id: string } };

export type RaceSelfRepresentationMutationVariables = Exact<{
  input: RecordChildSelfRepresentationInput;
}>;


export type RaceSelfRepresentationMutation = { recordChildSelfRepresentation: { id: string } };

export type RaceRaiseMutationVariables = Exact<{
  input: RaiseConcernInput;
}>;


export type RaceRaiseMutation = { raiseConcern: { id: string } };

export type RaceEscalateMutationVariables = Exact<{
  input: EscalateConcernInput;
}>;


export type RaceEscalateMutation = { escalateConcern: { id: string } };

export type RaceRespondMutationVariables = Exact<{
  input: RespondToConcernInput;
}>;


export type RaceRespondMutation = { respondToConcern: { id: string } };

export type RaceTriageMutationVariables = Exact<{
  input: ConcernNoteInput;
}>;


export type RaceTriageMutation = { triageConcern: { id: string } };

export type RaceRequestInformationMutationVariables = Exact<{
  input: RequestInformationInput;
}>;


export type RaceRequestInformationMutation = { requestConcernInformation: { id: string } };

export type RaceResolveMutationVariables = Exact<{
  input: CloseConcernInput;
}>;


export type RaceResolveMutation = { resolveConcern: { id: string } };

export type RaceWithdrawMutationVariables = Exact<{
  input: CloseConcernInput;
}>;


export type RaceWithdrawMutation = { withdrawConcern: { id: string } };

export type RaceCourtMutationVariables = Exact<{
  input: ApplyToCourtInput;
}>;


export type RaceCourtMutation = { applyToCourt: { id: string } };

export type RaceOutcomeMutationVariables = Exact<{
  input: RecordOfferOutcomeInput;
}>;


export type RaceOutcomeMutation = { recordOfferOutcome: { id: string } };

export type RaceOptBackInMutationVariables = Exact<{
  input: RecordOptBackInInput;
}>;


export type RaceOptBackInMutation = { recordOptBackIn: { id: string } };

export type RaceGenerateMutationVariables = Exact<{
  year: number;
}>;


export type RaceGenerateMutation = { generateAnnualReport: { id: string } };

export type RaceReassignMutationVariables = Exact<{
  input: ReassignChildInput;
}>;


export type RaceReassignMutation = { reassignChild: { childId: string } };

export type RaceSetCapMutationVariables = Exact<{
  input: SetCaseloadCapInput;
}>;


export type RaceSetCapMutation = { setCaseloadCap: { caseloadCap: number } };

export type TestRecordTriggerMutationVariables = Exact<{
  input: RecordTriggerEventInput;
}>;


export type TestRecordTriggerMutation = { recordTriggerEvent: { outcome: AssignmentOutcome, advocate: { id: string, displayName: string } | null, child: { id: string, givenName: string, status: AdvocacyStatus, currentOffer: { id: string, dueOn: string, dueExplanation: string, outcome: OfferOutcome | null } | null } } };

export const TestConcernFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}}]} as unknown as DocumentNode<TestConcernFieldsFragment, unknown>;
export const TestLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<TestLoginMutation, TestLoginMutationVariables>;
export const TestConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}}]} as unknown as DocumentNode<TestConcernQuery, TestConcernQueryVariables>;
export const TestRaiseConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestRaiseConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}}]} as unknown as DocumentNode<TestRaiseConcernMutation, TestRaiseConcernMutationVariables>;
export const TestEscalateConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestEscalateConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalateConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}}]} as unknown as DocumentNode<TestEscalateConcernMutation, TestEscalateConcernMutationVariables>;
export const TestRespondToConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestRespondToConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}}]} as unknown as DocumentNode<TestRespondToConcernMutation, TestRespondToConcernMutationVariables>;
export const TestAddConcernNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestAddConcernNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConcernNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addConcernNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}}]} as unknown as DocumentNode<TestAddConcernNoteMutation, TestAddConcernNoteMutationVariables>;
export const TestTriageConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestTriageConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConcernNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}}]} as unknown as DocumentNode<TestTriageConcernMutation, TestTriageConcernMutationVariables>;
export const TestRequestConcernInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestRequestConcernInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestInformationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestConcernInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}}]} as unknown as DocumentNode<TestRequestConcernInformationMutation, TestRequestConcernInformationMutationVariables>;
export const TestApplyToCourtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestApplyToCourt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyToCourtInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToCourt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}}]} as unknown as DocumentNode<TestApplyToCourtMutation, TestApplyToCourtMutationVariables>;
export const TestRecordCourtHearingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestRecordCourtHearing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordHearingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCourtHearing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}}]} as unknown as DocumentNode<TestRecordCourtHearingMutation, TestRecordCourtHearingMutationVariables>;
export const TestRecordChildCourtRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestRecordChildCourtRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCourtRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildCourtRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}}]} as unknown as DocumentNode<TestRecordChildCourtRequestMutation, TestRecordChildCourtRequestMutationVariables>;
export const TestRecordAdvocateAtHearingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestRecordAdvocateAtHearing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvocateAtHearingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAdvocateAtHearing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}}]} as unknown as DocumentNode<TestRecordAdvocateAtHearingMutation, TestRecordAdvocateAtHearingMutationVariables>;
export const TestResolveConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestResolveConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}}]} as unknown as DocumentNode<TestResolveConcernMutation, TestResolveConcernMutationVariables>;
export const TestSaveVisitDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestSaveVisitDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveVisitDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveHomeVisitDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TestSaveVisitDraftMutation, TestSaveVisitDraftMutationVariables>;
export const TestSubmitVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestSubmitVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitHomeVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visitOn"}},{"kind":"Field","name":{"kind":"Name","value":"sharedVoices"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}},{"kind":"Field","name":{"kind":"Name","value":"carryOvers"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TestSubmitVisitMutation, TestSubmitVisitMutationVariables>;
export const RaceScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaceScheduleMutation, RaceScheduleMutationVariables>;
export const RaceHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaceHoldMutation, RaceHoldMutationVariables>;
export const RaceCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaceCompleteMutation, RaceCompleteMutationVariables>;
export const RaceDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeetingDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaceDecisionMutation, RaceDecisionMutationVariables>;
export const RaceActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaceActionMutation, RaceActionMutationVariables>;
export const RaceReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaceReviewMutation, RaceReviewMutationVariables>;
export const RaceViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChildViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RaceViewMutation, RaceViewMutationVariables>;
export const RaceWithdrawViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceWithdrawView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"viewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawChildViewSharing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"viewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"viewId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaceWithdrawViewMutation, RaceWithdrawViewMutationVariables>;
export const RaceSelfRepresentationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceSelfRepresentation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChildSelfRepresentationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildSelfRepresentation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaceSelfRepresentationMutation, RaceSelfRepresentationMutationVariables>;
export const RaceRaiseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceRaise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaceRaiseMutation, RaceRaiseMutationVariables>;
export const RaceEscalateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceEscalate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalateConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaceEscalateMutation, RaceEscalateMutationVariables>;
export const RaceRespondDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceRespond"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaceRespondMutation, RaceRespondMutationVariables>;
export const RaceTriageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceTriage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConcernNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaceTriageMutation, RaceTriageMutationVariables>;
export const RaceRequestInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceRequestInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestInformationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestConcernInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaceRequestInformationMutation, RaceRequestInformationMutationVariables>;
export const RaceResolveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceResolve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaceResolveMutation, RaceResolveMutationVariables>;
export const RaceWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaceWithdrawMutation, RaceWithdrawMutationVariables>;
export const RaceCourtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceCourt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyToCourtInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToCourt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaceCourtMutation, RaceCourtMutationVariables>;
export const RaceOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOfferOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOfferOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaceOutcomeMutation, RaceOutcomeMutationVariables>;
export const RaceOptBackInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceOptBackIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOptBackInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOptBackIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaceOptBackInMutation, RaceOptBackInMutationVariables>;
export const RaceGenerateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceGenerate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateAnnualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaceGenerateMutation, RaceGenerateMutationVariables>;
export const RaceReassignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceReassign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReassignChildInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childId"}}]}}]}}]} as unknown as DocumentNode<RaceReassignMutation, RaceReassignMutationVariables>;
export const RaceSetCapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceSetCap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCaseloadCapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCaseloadCap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseloadCap"}}]}}]}}]} as unknown as DocumentNode<RaceSetCapMutation, RaceSetCapMutationVariables>;
export const TestRecordTriggerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestRecordTrigger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTriggerEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTriggerEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"advocate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestRecordTriggerMutation, TestRecordTriggerMutationVariables>;