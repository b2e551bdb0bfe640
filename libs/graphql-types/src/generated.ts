/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActionReviewOutcome =
  | 'CARRIED_OVER'
  | 'DONE'
  | 'NOT_DONE';

export type AddLaStaffMemberToLaInput = {
  experienced?: boolean;
  fullName: string;
  localAuthorityId: string | number;
  managerId?: string | number | null | undefined;
  role: LaStaffRole;
};

export type AddMeetingInviteeInput = {
  /** Needed for everyone but the child, whose advocate tells them. */
  email?: string | null | undefined;
  meetingId: string | number;
  name: string;
  role: MeetingAttendeeRole;
};

export type AddMeetingPartInput = {
  /** Who attended this part. */
  attendees: Array<string>;
  /** Whether the child was there for this part. */
  childAttended: boolean;
  /** Whether the child chaired or co-chaired this part; the LA chair stays accountable. */
  childChair: ChildChairRole;
  meetingId: string | number;
  /** What the part was, e.g. "With the child" or "Professionals only". */
  title: string;
};

export type AddRecordCorrectionInput = {
  childId: string | number;
  /** The recorded item: the child itself for CHILD_DETAILS. */
  itemId: string | number;
  itemKind: CorrectableItemKind;
  kind: CorrectionKind;
  text: string;
};

/** An action following an answer, with its owner and due date. */
export type AddThemeFollowUpInput = {
  action: string;
  /** YYYY-MM-DD, after today. */
  dueOn: string;
  owner: string;
  themeRequestId: string | number;
};

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

export type AnswerEarlierMeetingRequestInput = {
  answer: EarlierMeetingAnswer;
  /** When agreed: the day the meeting is (or will be) held, YYYY-MM-DD, today or later. */
  meetingOn?: string | null | undefined;
  /** When declined: the reasons, for the advocate and the child. */
  reasons?: string | null | undefined;
  requestId: string | number;
};

/** The local authority's answer: what it found, what it will do, and by when. */
export type AnswerThemeInput = {
  /** YYYY-MM-DD: when what it will do will be done (after today; for a provider, after the answer was received). */
  byWhen: string;
  found: string;
  themeRequestId: string | number;
  willDo: string;
};

/** A local authority’s answer to a visit recommendation: what it did or will do. */
export type AnswerVisitRecommendationInput = {
  answerId: string | number;
  response: string;
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

export type ChallengeDecisionInput = {
  /** YYYY-MM-DD: the day the LA challenged it (today or earlier, within the window). */
  challengedOn: string;
  decisionId: string | number;
  /** Why the local authority challenges the decision. */
  reasons: string;
};

export type ChangeUserRoleInput = {
  /** Required for an advocate, empty for anyone else. */
  advocacyProviderId?: string | number | null | undefined;
  /** Required for an LA manager, empty for anyone else. */
  localAuthorityId?: string | number | null | undefined;
  role: Role;
  userId: string | number;
};

/** Whether the child chaired or co-chaired a part of their meeting. */
export type ChildChairRole =
  | 'CHAIR'
  | 'CO_CHAIR'
  | 'NONE';

/** A message, a request to be called, or "I don't feel safe right now". */
export type ChildChannelKind =
  | 'CALL_ME'
  | 'MESSAGE'
  | 'NOT_SAFE';

/** How the advocate replied: a call, a visit or a message. */
export type ChildChannelReplyMethod =
  | 'CALL'
  | 'MESSAGE'
  | 'VISIT';

/** What may be recorded about the child's period of care. */
export type ChildCommand =
  | 'RECORD_LEFT_CARE'
  | 'RECORD_PLACEMENT_CHANGE';

export type ChildCourtRequestInput = {
  /** The child's request, in their words. */
  childWords: string;
  concernId: string | number;
};

/** Any of: part of the name (2 letters or more), the date of birth, part of the LA’s name or code. */
export type ChildSearchInput = {
  /** YYYY-MM-DD */
  dateOfBirth?: string | null | undefined;
  /** Part of the local authority's name or code. */
  localAuthority?: string | null | undefined;
  /** Part of the given, preferred or family name; every word must match. */
  name?: string | null | undefined;
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

/** What happened to one of the child's views for a meeting. */
export type ChildViewChange =
  | 'RECORDED'
  | 'SHARING_WITHDRAWN';

/** What may be done with a child's recorded view. */
export type ChildViewCommand =
  | 'WITHDRAW_SHARING';

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

/** A step that may be recorded on a concern. */
export type ConcernCommand =
  | 'ADD_EVIDENCE'
  | 'ADVOCATE_AT_HEARING'
  | 'APPLY_TO_COURT'
  | 'CHILD_ASKS_ADVOCATE_TO_ATTEND'
  | 'ESCALATE'
  | 'RECORD_HEARING'
  | 'REQUEST_INFORMATION'
  | 'RESOLVE'
  | 'RESPOND'
  | 'TRIAGE'
  | 'WITHDRAW';

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

/** How the advocate was in contact with the child. */
export type ContactKind =
  | 'AT_MEETING'
  | 'CALL'
  | 'MESSAGE'
  | 'THROUGH_CARER'
  | 'VIDEO'
  | 'VISIT';

/** Whether the child has been heard as often as the contact standard asks. */
export type ContactStandardStatus =
  | 'PAST_STANDARD'
  | 'WITHIN_STANDARD';

/** A kind of recorded item on a child's record that can be put right. */
export type CorrectableItemKind =
  | 'CHILD_DETAILS'
  | 'CHILD_VIEW'
  | 'CONTACT'
  | 'MEETING_ACTION'
  | 'MEETING_DECISION';

/** CORRECTION: what is wrong and what is right. CHILD_DISAGREEMENT: the child's own statement that they disagree. */
export type CorrectionKind =
  | 'CHILD_DISAGREEMENT'
  | 'CORRECTION';

export type CreateAdvocacyProviderInput = {
  name: string;
};

export type CreateLocalAuthorityInput = {
  /** The DfE three-digit LA number. */
  code: string;
  name: string;
};

/** Which of the officer's LA's children to list: by name or LA reference, or all (the first 50 by name). */
export type DataProtectionChildrenInput = {
  /** Part of the child's name or LA reference. */
  search?: string | null | undefined;
};

/** Done by the date (ON_TIME) or after it (LATE); not done and still in time (AWAITED) or past the date (OVERDUE). */
export type DeadlineStatus =
  | 'AWAITED'
  | 'LATE'
  | 'ON_TIME'
  | 'OVERDUE';

/** What let a significant decision through the guard: the advocate's own input, the child's self-representation recorded by their advocate, or the child having opted out of advocacy. */
export type DecisionBasis =
  | 'ADVOCATE_INPUT'
  | 'CHILD_OPTED_OUT'
  | 'CHILD_SELF_REPRESENTING';

/** What became of a meeting decision: implemented, challenged by the LA in time, or standing (and flagged once past its date). */
export type DecisionFollowThroughStatus =
  | 'AWAITING_IMPLEMENTATION'
  | 'CHALLENGED'
  | 'CHALLENGE_WINDOW_OPEN'
  | 'IMPLEMENTED'
  | 'NOT_IMPLEMENTED';

/** Which part of reg 50 ended the record’s retention. */
export type DisposalRule =
  | 'FIFTEEN_YEARS_AFTER_DEATH'
  | 'SEVENTY_FIFTH_BIRTHDAY';

/** Where a record stands on its way to disposal: notice due, in its notice period, kept on legal hold, or to be disposed of. */
export type DisposalStatus =
  | 'DISPOSE'
  | 'IN_NOTICE'
  | 'NOTICE_DUE'
  | 'NOT_DUE'
  | 'ON_HOLD';

/** The LA agrees to an earlier meeting, or declines with reasons. */
export type EarlierMeetingAnswer =
  | 'AGREED'
  | 'DECLINED';

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

/** Whose views these are: a parent, a carer or another family member. */
export type FamilyMemberRole =
  | 'CARER'
  | 'OTHER_FAMILY'
  | 'PARENT';

/** ATTENDEES: the LA's managers and the child's advocates read it. LA_ONLY: the LA's managers only (and whoever recorded it). */
export type FamilyViewVisibility =
  | 'ATTENDEES'
  | 'LA_ONLY';

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

export type InviteUserInput = {
  /** Required for an advocate, empty for anyone else. */
  advocacyProviderId?: string | number | null | undefined;
  displayName: string;
  email: string;
  /** Required for an LA manager, empty for anyone else. */
  localAuthorityId?: string | number | null | undefined;
  role: Role;
};

export type Judgement =
  | 'MET'
  | 'NOT_MET'
  | 'NOT_SEEN'
  | 'PARTLY_MET';

export type LaStaffRole =
  | 'SOCIAL_WORKER'
  | 'TEAM_MANAGER';

export type LegalHoldInput = {
  childId: string | number;
  /** Why the hold is placed or lifted (for example, the proceedings or request it is for). */
  reason: string;
};

/** Which breakdown, and the London dates to count (both included; by default the reporting year to date). */
export type LiveThemesInput = {
  breakdown: ThemeBreakdown;
  /** The first day to count, YYYY-MM-DD (default: 1 April of the reporting year). */
  fromOn?: string | null | undefined;
  /** The last day to count, YYYY-MM-DD (default: today in London). */
  toOn?: string | null | undefined;
};

export type MarkChildMessageRepliedInput = {
  messageId: string | number;
  method: ChildChannelReplyMethod;
  note?: string | null | undefined;
};

export type MarkDecisionImplementedInput = {
  decisionId: string | number;
  /** YYYY-MM-DD: the day it was implemented (today or earlier). */
  implementedOn: string;
};

/** What may be done with an agreed action. */
export type MeetingActionCommand =
  | 'RAISE_CONCERN'
  | 'REVIEW';

/** The role someone attends a meeting in, and receives its record in. */
export type MeetingAttendeeRole =
  | 'ADVOCATE'
  | 'CARER'
  | 'CHILD'
  | 'OTHER'
  | 'PARENT'
  | 'SOCIAL_WORKER';

/** Something that may be recorded at a care-planning meeting. */
export type MeetingCommand =
  | 'COMPLETE'
  | 'HOLD'
  | 'RECORD_ACTION'
  | 'RECORD_ADVOCATE_INPUT'
  | 'RECORD_CHILD_VIEW'
  | 'RECORD_DECISION'
  | 'RECORD_SELF_REPRESENTATION';

/** Where a meeting is held. */
export type MeetingVenueKind =
  | 'CHILDS_HOME'
  | 'COMMUNITY'
  | 'LA_OFFICE'
  | 'ONLINE'
  | 'SCHOOL';

/** MISSING: missing from placement (SSDA903 M); AWAY: away from placement without authorisation (A). */
export type MissingEpisodeKind =
  | 'AWAY'
  | 'MISSING';

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

/** What may be recorded about the child's answer to an offer. */
export type OfferCommand =
  | 'OPT_BACK_IN'
  | 'RECORD_OUTCOME';

export type OfferOutcome =
  | 'ACCEPTED'
  | 'NON_INSTRUCTED'
  | 'OPTED_OUT';

/** What prompted the offer. */
export type OfferReason =
  | 'AGE_16'
  | 'CARE_PLANNING_MEETING'
  | 'COURT_PROCEEDINGS'
  | 'INITIAL'
  | 'PLACEMENT_CHANGE'
  | 'REASSIGNMENT';

/** Who a paper review consults: the child, their carers, their social worker. */
export type PaperReviewConsultee =
  | 'CARER'
  | 'CHILD'
  | 'SOCIAL_WORKER';

/** A theme the Commissioner puts to a local authority, and what it asks. */
export type PutThemeInput = {
  localAuthorityId: string | number;
  /** What the Commissioner asks the local authority about this theme. */
  question: string;
  theme: ConcernTheme;
};

/** A theme the Commissioner puts to a children's home provider, and what it asks. */
export type PutThemeToProviderInput = {
  /** The provider, as the children's homes name it (see themeProviders). */
  providerName: string;
  /** What the Commissioner asks the provider about this theme. */
  question: string;
  theme: ConcernTheme;
};

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

export type RaiseSafeguardingConcernInput = {
  childId: string | number;
  /** What the child has said, in their words where possible. */
  childSaid: string;
  /** What has happened or been disclosed, for the LA’s safeguarding contact. */
  whatHappened: string;
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

export type RecommendationAnswerCommand =
  | 'ANSWER_FOR_LA'
  | 'RECORD_HOME_ANSWER';

/** The home, or a local authority that placed children there. */
export type RecommendationAnswerer =
  | 'HOME'
  | 'LOCAL_AUTHORITY';

export type RecommendationInput = {
  /** The one child this recommendation concerns, if any. */
  childId?: string | number | null | undefined;
  /** YYYY-MM-DD, after the visit. */
  dueOn: string;
  owner: string;
  themes: Array<ConcernTheme>;
  what: string;
};

/** Which child's record, and the London dates to cover (both included; by default the last 12 months). */
export type RecordAccessHistoryInput = {
  childId: string | number;
  /** The first day to cover, YYYY-MM-DD (default: 12 months before the last day). */
  fromOn?: string | null | undefined;
  /** The last day to cover, YYYY-MM-DD (default: today in London). */
  toOn?: string | null | undefined;
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

/** The advocate's input on a decision proposed for a meeting, recorded by the child's advocate. */
export type RecordAdvocateInputInput = {
  /** The advocate's input on it: what the child thinks of it, what the meeting should weigh. */
  input: string;
  meetingId: string | number;
  /** The decision proposed. */
  proposal: string;
};

export type RecordChildDeathInput = {
  childId: string | number;
  /** YYYY-MM-DD: on or after the date of birth, not in the future. Recording it again corrects it. */
  dateOfDeath: string;
};

export type RecordChildPreferenceInput = {
  /** The child's words on where and when suits them. */
  details: string;
  meetingId: string | number;
  /** Where the child would like the meeting held. */
  venueKind: MeetingVenueKind;
};

export type RecordChildRecordGoneThroughInput = {
  childSaid: string;
  /** YYYY-MM-DD */
  goneThroughOn: string;
  meetingId: string | number;
  /** The version of the record you went through. */
  version: number;
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

export type RecordContactInput = {
  childId: string | number;
  kind: ContactKind;
  /** YYYY-MM-DD, in London; not in the future. */
  occurredOn: string;
  /** HH:MM, 24-hour, London time. */
  occurredTime: string;
  /** Private to the advocates of this child: never shown to LA or Commissioner staff. */
  privateNote: string;
  /** Whether the child's own views were recorded in this contact (moves 'last heard'). */
  viewsRecorded: boolean;
};

export type RecordFamilyViewInput = {
  meetingId: string | number;
  name: string;
  /** Their relationship to the child, e.g. "Mum" or "Foster carer". */
  relationship: string;
  views: string;
  visibility: FamilyViewVisibility;
  who: FamilyMemberRole;
};

export type RecordHearingInput = {
  concernId: string | number;
  hearingOn: string;
  /** The court's outcome, once there is one. */
  outcome?: string | null | undefined;
  /** What happened, including representations made. */
  whatHappened: string;
};

/** The home’s answer to a visit recommendation, as received by its responsible advocate. */
export type RecordHomeAnswerInput = {
  answerId: string | number;
  /** YYYY-MM-DD: the date the home’s answer was received, from the report’s submission to today. */
  receivedOn: string;
  response: string;
};

export type RecordLeftCareInput = {
  childId: string | number;
  leftOn: string;
  /** SSDA903 reason episode ceased (REC), e.g. E11. */
  reasonEnded?: string | null | undefined;
};

export type RecordMeetingDecisionInput = {
  /** The advocate's input (recorded by the child's advocate for this meeting) the decision is linked to. A significant decision needs one, unless the child's advocate recorded that the child represents themselves or the child has opted out of advocacy. */
  advocateInputId?: string | number | null | undefined;
  meetingId: string | number;
  /** The part of the meeting the decision was taken in, for a meeting held in parts. */
  partId?: string | number | null | undefined;
  /** Changes the care plan. */
  significant: boolean;
  text: string;
};

export type RecordMeetingRecordSharedInput = {
  meetingId: string | number;
  /** The roles the record went to (the child through their advocate). */
  roles: Array<MeetingAttendeeRole>;
  /** YYYY-MM-DD; not in the future and not before the meeting. */
  sharedOn: string;
};

export type RecordMissedDecisionBriefingInput = {
  /** What the child said when told, in their words. */
  childSaid: string;
  decisionId: string | number;
  /** The day the advocate told the child, YYYY-MM-DD. */
  toldOn: string;
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

export type RecordPaperReviewConsultationInput = {
  childId: string | number;
  /** YYYY-MM-DD */
  consultedOn: string;
  /** What they said, in summary. */
  summary: string;
  who: PaperReviewConsultee;
};

export type RecordPapersSharedInput = {
  meetingId: string | number;
  /** The day the social worker's report reached the advocate, YYYY-MM-DD. */
  sharedOn: string;
};

export type RecordPlacementChangeInput = {
  changedOn: string;
  childId: string | number;
  /** SSDA903 placement type code, e.g. U1. */
  placementType: string;
  /** What changed, in plain words, for the child's advocate. */
  whatChanged?: string | null | undefined;
};

/** A provider's answer, recorded by Commissioner staff: what it found, will do, by when, and when it was received. */
export type RecordProviderAnswerInput = {
  /** YYYY-MM-DD: when what it will do will be done (after today; for a provider, after the answer was received). */
  byWhen: string;
  found: string;
  /** YYYY-MM-DD: the date the answer was received, not before the theme was put and not after today. */
  receivedOn: string;
  themeRequestId: string | number;
  willDo: string;
};

/** What may be changed about how long a child's record is kept. */
export type RecordRetentionCommand =
  | 'LIFT_LEGAL_HOLD'
  | 'PLACE_LEGAL_HOLD'
  | 'RECORD_DEATH';

export type RecordSignificantChangeInput = {
  childId: string | number;
  /** LEGAL_STATUS or CARE_PLAN; a change of placement is recorded with recordPlacementChange. */
  kind: SignificantChangeKind;
  /** YYYY-MM-DD; not in the future. */
  occurredOn: string;
  /** What changed, in plain words. */
  whatChanged: string;
};

export type RecordTriggerEventInput = {
  /** An existing child of your LA; or give newChild. */
  childId?: string | number | null | undefined;
  kind: TriggerKind;
  newChild?: NewChildInput | null | undefined;
  /** YYYY-MM-DD; not in the future. */
  occurredOn: string;
};

export type RenameLocalAuthorityInput = {
  localAuthorityId: string | number;
  name: string;
};

/** Whether the reply is due, overdue, or was made in time or late. */
export type ReplyStatus =
  | 'DUE'
  | 'OVERDUE'
  | 'REPLIED'
  | 'REPLIED_LATE';

export type RequestEarlierMeetingInput = {
  childId: string | number;
  /** Why the child needs an earlier meeting. */
  reason: string;
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

/** Which part of reg 50 decides how long a child's record is kept. */
export type RetentionRule =
  | 'FIFTEEN_YEARS_AFTER_DEATH'
  | 'LEGAL_HOLD'
  | 'SEVENTY_FIFTH_BIRTHDAY';

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
  | 'DATA_PROTECTION_OFFICER'
  | 'LA_MANAGER'
  | 'PROVIDER_MANAGER';

export type SafeguardingAlertStatus =
  | 'ACKNOWLEDGED_LATE'
  | 'ACKNOWLEDGED_ON_TIME'
  | 'AWAITING'
  | 'OVERDUE';

export type SafeguardingContactInput = {
  /** The LA manager of this LA who acknowledges alerts in Heard. */
  acknowledgerUserId: string | number;
  /** The LA’s director (an LA manager of this LA), told when an alert is not acknowledged in time. */
  directorUserId?: string | number | null | undefined;
  email: string;
  localAuthorityId: string | number;
  /** The named safeguarding contact, as people are told it. */
  name: string;
};

export type SaveChildRecordInput = {
  meetingId: string | number;
  text: string;
  /** The version you edited (0 for the first save). */
  version: number;
};

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

/** What the child sends from their page. */
export type SendChildChannelInput = {
  /** For CALL_ME: when suits the child, in their words. */
  callTime?: string | null | undefined;
  kind: ChildChannelKind;
  /** The message, up to 1000 characters (required for a MESSAGE). */
  text?: string | null | undefined;
  /** The secret token from the link. */
  token: string;
};

export type SetCaseloadCapInput = {
  advocateId: string | number;
  caseloadCap: number;
};

export type SetDecisionImplementByInput = {
  decisionId: string | number;
  /** YYYY-MM-DD: the date the decision is to be implemented by. */
  implementBy: string;
};

export type SetMeetingLogisticsInput = {
  /** How long the meeting lasts, in minutes (15 to 480). */
  lengthMinutes: number;
  meetingId: string | number;
  /** London local time the meeting starts, HH:MM (24-hour). */
  startTime: string;
  /** The address, room or video link. */
  venueDetails: string;
  venueKind: MeetingVenueKind;
};

export type SetProviderCoverageInput = {
  advocacyProviderId: string | number;
  /** Every LA the provider covers from now on: LAs left out stop being covered. */
  localAuthorityIds: Array<string | number>;
};

export type SetViewOutcomeInput = {
  /** An action of one of this child’s meetings that answered it. */
  actionId?: string | number | null | undefined;
  /** A decision of one of this child’s meetings that answered it. */
  decisionId?: string | number | null | undefined;
  outcome: ViewOutcome;
  /** Required for PARTLY and NOT_DONE: in words the child can understand. */
  reason?: string | null | undefined;
  /** The child agreed this may be shown on their printed page. */
  showToChild: boolean;
  /** Themes from the taxonomy concerns use, each once (none by default); replaces those saved before. Refused with BAD_USER_INPUT on "themes" when repeated. */
  themes?: Array<ConcernTheme> | null | undefined;
  /** The version read (0 when no outcome was saved yet): a save over a newer one is refused with CONFLICT. */
  version: number;
  viewId: string | number;
};

export type SignOffPaperReviewInput = {
  /** The LA staff member who chairs the paper review. */
  chairStaffId: string | number;
  childId: string | number;
  /** YYYY-MM-DD */
  signedOffOn: string;
};

/** A significant change between meetings: placement, legal status or the care plan. */
export type SignificantChangeKind =
  | 'CARE_PLAN'
  | 'LEGAL_STATUS'
  | 'PLACEMENT';

export type StandardJudgementInput = {
  evidence?: string;
  judgement: Judgement;
  standard: QualityStandard;
};

export type ThemeAnswerCommand =
  | 'ADD_FOLLOW_UP'
  | 'ANSWER'
  | 'COMPLETE_FOLLOW_UP'
  | 'PUT_THEME'
  | 'RECORD_PROVIDER_ANSWER';

/** Themes for England, or a table per LA, per home provider, or per children’s home. */
export type ThemeBreakdown =
  | 'HOME'
  | 'LOCAL_AUTHORITY'
  | 'NATIONAL'
  | 'PROVIDER';

export type ThemeFollowUpState =
  | 'DONE'
  | 'OPEN';

/** A local authority, or a children's home provider. */
export type ThemeRecipientKind =
  | 'LOCAL_AUTHORITY'
  | 'PROVIDER';

/** Awaiting answer, overdue, answered on time or answered late. */
export type ThemeRequestStatus =
  | 'ANSWERED_LATE'
  | 'ANSWERED_ON_TIME'
  | 'AWAITING_ANSWER'
  | 'OVERDUE';

/** Where themes are counted from: concerns advocates raised, home-visit recommendations, or "you said, we did" outcomes (what children said at their meetings, dated by the meeting). */
export type ThemeSource =
  | 'CONCERNS'
  | 'HOME_VISIT_FINDINGS'
  | 'YOU_SAID_WE_DID';

/** Events that start advocacy automatically. */
export type TriggerKind =
  | 'CARE_PROCEEDINGS_STARTED'
  | 'ENTERED_CARE'
  | 'FAMILY_GROUP_DECISION_MAKING';

export type UpdateAdvocateInput = {
  advocacyProviderId: string | number;
  advocateId: string | number;
  caseloadCap: number;
  /** The LA that also employs them, or null for none. */
  employingLocalAuthorityId?: string | number | null | undefined;
  languages: Array<string>;
  /** Away up to and including this day; null when available. */
  unavailableUntil?: string | null | undefined;
  /** The version the edit was made from. */
  version: number;
};

export type UpdateLaStaffMemberInput = {
  /** False deactivates them (they never chair again); true brings them back. */
  active: boolean;
  experienced?: boolean;
  fullName: string;
  managerId?: string | number | null | undefined;
  role: LaStaffRole;
  staffId: string | number;
};

/** What an administrator may do to an account now. */
export type UserAccountCommand =
  | 'CHANGE_ROLE'
  | 'DEACTIVATE'
  | 'FORCE_PASSWORD_RESET'
  | 'REACTIVATE'
  | 'UNLOCK';

/** ACTIVE; INVITED (no password yet: invited, or a reset not yet done); LOCKED (too many failed sign-ins); DEACTIVATED. */
export type UserStatus =
  | 'ACTIVE'
  | 'DEACTIVATED'
  | 'INVITED'
  | 'LOCKED';

export type UsersFilterInput = {
  /** 1 to 100; 25 unless given. */
  limit?: number | null | undefined;
  offset?: number | null | undefined;
  /** Only users of this local authority or advocacy provider. */
  organisationId?: string | number | null | undefined;
  role?: Role | null | undefined;
  status?: UserStatus | null | undefined;
};

/** What became of what the child asked for: still open, done, partly done, not done. */
export type ViewOutcome =
  | 'DONE'
  | 'NOT_DONE'
  | 'OPEN'
  | 'PARTLY';

/** What may be done with a visit report. */
export type VisitCommand =
  | 'SAVE_DRAFT'
  | 'SUBMIT';

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

export type ConcernLadderFieldsFragment = { timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> };

export type ImportCountsFieldsFragment = { childrenCreated: number, childrenUpdated: number, childrenUnchanged: number, periodsOfCare: number, childrenAssigned: number, childrenQueued: number, assignmentsEnded: number, meetingsRecorded: number, shortBreaksSkipped: number, rowsRead: number, rowsRejected: number };

export type ImportFindingGroupFieldsFragment = { title: string, code: string | null, file: string, column: string, count: number, firstRows: Array<{ rowNumber: number, child: string | null, column: string, reason: string }> };

export type ImportSummaryFieldsFragment = { needsFixing: Array<{ title: string, code: string | null, file: string, column: string, count: number, firstRows: Array<{ rowNumber: number, child: string | null, column: string, reason: string }> }>, skipped: Array<{ title: string, code: string | null, file: string, column: string, count: number, firstRows: Array<{ rowNumber: number, child: string | null, column: string, reason: string }> }>, warnings: Array<{ title: string, code: string | null, file: string, column: string, count: number, firstRows: Array<{ rowNumber: number, child: string | null, column: string, reason: string }> }>, heardDid: { childrenCreated: number, childrenUpdated: number, childrenAssigned: number, childrenQueued: number, assignmentsEnded: number, reviewsRecorded: number, offersDue: { count: number, earliest: string | null, latest: string | null } | null } | null };

export type LiveThemesFieldsFragment = { breakdown: ThemeBreakdown, fromOn: string, toOn: string, lastYearFromOn: string, lastYearToOn: string, threshold: number, sources: Array<{ source: ThemeSource, tables: Array<{ unitId: string, label: string, rows: Array<{ theme: ConcernTheme | null, count: number | null, lastYear: number | null, change: number | null }> }> }> };

export type ThemeWarningsFieldsFragment = { minimum: number, factor: number, warnings: Array<{ breakdown: ThemeBreakdown, unitId: string, label: string, theme: ConcernTheme, quarterFromOn: string, current: number, previous: Array<number>, mean: number, above: number }> };

export type SessionUserFragment = { id: string, email: string, displayName: string, role: Role };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { accessToken: string, expiresAt: string, user: { id: string, email: string, displayName: string, role: Role } } };

export type RefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, expiresAt: string, user: { id: string, email: string, displayName: string, role: Role } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, role: Role } };

export type AwaitingEntryFieldsFragment = { childId: string, childName: string, waitingSince: string, workingDaysWaiting: number, reason: string, localAuthority: { id: string, name: string } };

export type CaseloadFieldsFragment = { advocateId: string, displayName: string, providerName: string, caseloadCap: number, activeCaseload: number, languages: Array<string>, active: boolean };

export type AwaitingAdvocateQueryVariables = Exact<{ [key: string]: never; }>;


export type AwaitingAdvocateQuery = { awaitingAdvocate: Array<{ childId: string, childName: string, waitingSince: string, workingDaysWaiting: number, reason: string, localAuthority: { id: string, name: string } }> };

export type AllocationOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type AllocationOverviewQuery = { caseloads: Array<{ advocateId: string, displayName: string, providerName: string, caseloadCap: number, activeCaseload: number, languages: Array<string>, active: boolean }>, awaitingAdvocate: Array<{ childId: string, childName: string, waitingSince: string, workingDaysWaiting: number, reason: string, localAuthority: { id: string, name: string } }> };

export type SetCaseloadCapMutationVariables = Exact<{
  input: SetCaseloadCapInput;
}>;


export type SetCaseloadCapMutation = { setCaseloadCap: { advocateId: string, displayName: string, providerName: string, caseloadCap: number, activeCaseload: number, languages: Array<string>, active: boolean } };

export type ReassignChildMutationVariables = Exact<{
  input: ReassignChildInput;
}>;


export type ReassignChildMutation = { reassignChild: { childId: string, childName: string, advocateName: string } };

export type ChildSearchQueryVariables = Exact<{
  input: ChildSearchInput;
}>;


export type ChildSearchQuery = { childSearch: { more: boolean, matches: Array<{ id: string, givenName: string, familyName: string, preferredName: string | null, dateOfBirth: string, localAuthority: { id: string, name: string }, advocate: { id: string, displayName: string } | null }> } };

export type SignificantChangeFieldsFragment = { id: string, kind: SignificantChangeKind, kindLabel: string, occurredOn: string, whatChanged: string, recordedByName: string, offeredAgain: boolean };

export type EarlierMeetingRequestFieldsFragment = { id: string, childId: string, childName: string, requestedByName: string, reason: string, requestedOn: string, answerDueBy: string, answerDueExplanation: string, answerStatus: DeadlineStatus, answer: EarlierMeetingAnswer | null, answeredOn: string | null, meetingOn: string | null, answerReasons: string | null, answeredByName: string | null, concernId: string | null, canRaiseConcern: boolean, canAnswer: boolean };

export type MeetingRecordSharingFieldsFragment = { meetingId: string, heldOn: string, dueBy: string, dueExplanation: string, status: DeadlineStatus, rolesShared: number, canRecord: boolean, roles: Array<{ role: MeetingAttendeeRole, roleLabel: string, sharedOn: string | null, sharedByName: string | null, status: DeadlineStatus }> };

export type SignificantChangesSinceLastMeetingQueryVariables = Exact<{
  childId: string | number;
}>;


export type SignificantChangesSinceLastMeetingQuery = { significantChangesSinceLastMeeting: { childId: string, lastMeetingOn: string | null, changes: Array<{ id: string, kind: SignificantChangeKind, kindLabel: string, occurredOn: string, whatChanged: string, recordedByName: string, offeredAgain: boolean }> } };

export type RecordSignificantChangeMutationVariables = Exact<{
  input: RecordSignificantChangeInput;
}>;


export type RecordSignificantChangeMutation = { recordSignificantChange: { id: string, kind: SignificantChangeKind, kindLabel: string, occurredOn: string, whatChanged: string, recordedByName: string, offeredAgain: boolean } };

export type RecordPlacementChangeAsSignificantMutationVariables = Exact<{
  input: RecordPlacementChangeInput;
}>;


export type RecordPlacementChangeAsSignificantMutation = { recordPlacementChange: { offeredAgain: boolean } };

export type EarlierMeetingRequestsOfChildQueryVariables = Exact<{
  childId: string | number;
}>;


export type EarlierMeetingRequestsOfChildQuery = { earlierMeetingRequestsOfChild: Array<{ id: string, childId: string, childName: string, requestedByName: string, reason: string, requestedOn: string, answerDueBy: string, answerDueExplanation: string, answerStatus: DeadlineStatus, answer: EarlierMeetingAnswer | null, answeredOn: string | null, meetingOn: string | null, answerReasons: string | null, answeredByName: string | null, concernId: string | null, canRaiseConcern: boolean, canAnswer: boolean }> };

export type EarlierMeetingRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type EarlierMeetingRequestsQuery = { earlierMeetingRequests: Array<{ id: string, childId: string, childName: string, requestedByName: string, reason: string, requestedOn: string, answerDueBy: string, answerDueExplanation: string, answerStatus: DeadlineStatus, answer: EarlierMeetingAnswer | null, answeredOn: string | null, meetingOn: string | null, answerReasons: string | null, answeredByName: string | null, concernId: string | null, canRaiseConcern: boolean, canAnswer: boolean }> };

export type RequestEarlierMeetingMutationVariables = Exact<{
  input: RequestEarlierMeetingInput;
}>;


export type RequestEarlierMeetingMutation = { requestEarlierMeeting: { id: string, childId: string, childName: string, requestedByName: string, reason: string, requestedOn: string, answerDueBy: string, answerDueExplanation: string, answerStatus: DeadlineStatus, answer: EarlierMeetingAnswer | null, answeredOn: string | null, meetingOn: string | null, answerReasons: string | null, answeredByName: string | null, concernId: string | null, canRaiseConcern: boolean, canAnswer: boolean } };

export type AnswerEarlierMeetingRequestMutationVariables = Exact<{
  input: AnswerEarlierMeetingRequestInput;
}>;


export type AnswerEarlierMeetingRequestMutation = { answerEarlierMeetingRequest: { id: string, childId: string, childName: string, requestedByName: string, reason: string, requestedOn: string, answerDueBy: string, answerDueExplanation: string, answerStatus: DeadlineStatus, answer: EarlierMeetingAnswer | null, answeredOn: string | null, meetingOn: string | null, answerReasons: string | null, answeredByName: string | null, concernId: string | null, canRaiseConcern: boolean, canAnswer: boolean } };

export type RaiseConcernFromEarlierMeetingRequestMutationVariables = Exact<{
  requestId: string | number;
}>;


export type RaiseConcernFromEarlierMeetingRequestMutation = { raiseConcernFromEarlierMeetingRequest: { id: string, childId: string, childName: string, requestedByName: string, reason: string, requestedOn: string, answerDueBy: string, answerDueExplanation: string, answerStatus: DeadlineStatus, answer: EarlierMeetingAnswer | null, answeredOn: string | null, meetingOn: string | null, answerReasons: string | null, answeredByName: string | null, concernId: string | null, canRaiseConcern: boolean, canAnswer: boolean } };

export type MeetingRecordSharingQueryVariables = Exact<{
  meetingId: string | number;
}>;


export type MeetingRecordSharingQuery = { meetingRecordSharing: { meetingId: string, heldOn: string, dueBy: string, dueExplanation: string, status: DeadlineStatus, rolesShared: number, canRecord: boolean, roles: Array<{ role: MeetingAttendeeRole, roleLabel: string, sharedOn: string | null, sharedByName: string | null, status: DeadlineStatus }> } };

export type RecordMeetingRecordSharedMutationVariables = Exact<{
  input: RecordMeetingRecordSharedInput;
}>;


export type RecordMeetingRecordSharedMutation = { recordMeetingRecordShared: { meetingId: string, heldOn: string, dueBy: string, dueExplanation: string, status: DeadlineStatus, rolesShared: number, canRecord: boolean, roles: Array<{ role: MeetingAttendeeRole, roleLabel: string, sharedOn: string | null, sharedByName: string | null, status: DeadlineStatus }> } };

export type LateMeetingRecordsQueryVariables = Exact<{ [key: string]: never; }>;


export type LateMeetingRecordsQuery = { lateMeetingRecords: Array<{ meetingId: string, childId: string, childName: string, heldOn: string, dueBy: string, dueExplanation: string, status: DeadlineStatus, lastSharedOn: string | null, rolesShared: number }> };

export type ChildChannelPageQueryVariables = Exact<{
  token: string;
}>;


export type ChildChannelPageQuery = { childChannelPage: { advocateFirstName: string | null } };

export type SendChildChannelMessageMutationVariables = Exact<{
  input: SendChildChannelInput;
}>;


export type SendChildChannelMessageMutation = { sendChildChannelMessage: { confirmation: string, urgent: boolean } };

export type ChildChannelQueryVariables = Exact<{
  childId: string | number;
}>;


export type ChildChannelQuery = { childChannel: { liveLinkCreatedAt: string | null, overdueCount: number, messages: Array<{ id: string, kind: ChildChannelKind, text: string | null, callTime: string | null, urgent: boolean, sentAt: string, replyDueAt: string, replyDueSentence: string, replyStatus: ReplyStatus, repliedAt: string | null, replyMethod: ChildChannelReplyMethod | null, replyNote: string | null }> } };

export type CreateChildChannelLinkMutationVariables = Exact<{
  childId: string | number;
}>;


export type CreateChildChannelLinkMutation = { createChildChannelLink: { path: string, createdAt: string } };

export type RevokeChildChannelLinkMutationVariables = Exact<{
  childId: string | number;
}>;


export type RevokeChildChannelLinkMutation = { revokeChildChannelLink: { liveLinkCreatedAt: string | null } };

export type MarkChildMessageRepliedMutationVariables = Exact<{
  input: MarkChildMessageRepliedInput;
}>;


export type MarkChildMessageRepliedMutation = { markChildMessageReplied: { id: string, replyStatus: ReplyStatus, repliedAt: string | null, replyMethod: ChildChannelReplyMethod | null, replyNote: string | null } };

export type OfferFieldsFragment = { id: string, reason: OfferReason, promptedOn: string, dueOn: string, dueExplanation: string, overdue: boolean, outcome: OfferOutcome | null, outcomeOn: string | null, childWords: string | null, nonInstructedReason: string | null, allowedCommands: Array<OfferCommand> };

export type ChildSummaryFieldsFragment = { id: string, givenName: string, familyName: string, preferredName: string | null, dateOfBirth: string, status: AdvocacyStatus, interpreterNeeded: boolean, localAuthority: { id: string, name: string }, advocate: { id: string, displayName: string } | null, currentOffer: { id: string, reason: OfferReason, promptedOn: string, dueOn: string, dueExplanation: string, overdue: boolean, outcome: OfferOutcome | null, outcomeOn: string | null, childWords: string | null, nonInstructedReason: string | null, allowedCommands: Array<OfferCommand> } | null };

export type ChildFieldsFragment = { id: string, givenName: string, familyName: string, preferredName: string | null, dateOfBirth: string, status: AdvocacyStatus, firstLanguage: string | null, communicationNeeds: string | null, uasc: boolean, uascCeasedOn: string | null, interpreterNeeded: boolean, legalStatus: string | null, placementType: string | null, allowedCommands: Array<ChildCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }>, missingEpisodes: Array<{ kind: MissingEpisodeKind, startedOn: string, endedOn: string | null, days: number }>, retention: { retainUntil: string | null, rule: RetentionRule, explanation: string, dateOfDeath: string | null, allowedCommands: Array<RecordRetentionCommand>, legalHold: { reason: string, placedOn: string, placedByName: string } | null }, localAuthority: { id: string, name: string }, advocate: { id: string, displayName: string } | null, currentOffer: { id: string, reason: OfferReason, promptedOn: string, dueOn: string, dueExplanation: string, overdue: boolean, outcome: OfferOutcome | null, outcomeOn: string | null, childWords: string | null, nonInstructedReason: string | null, allowedCommands: Array<OfferCommand> } | null, offers: Array<{ id: string, reason: OfferReason, promptedOn: string, dueOn: string, dueExplanation: string, overdue: boolean, outcome: OfferOutcome | null, outcomeOn: string | null, childWords: string | null, nonInstructedReason: string | null, allowedCommands: Array<OfferCommand> }>, decisions: Array<{ id: string, kind: string, decidedOn: string, childWords: string | null, recordedBy: string }>, assignments: Array<{ id: string, startedOn: string, startReason: string, endedOn: string | null, endReason: string | null, endNote: string | null, advocate: { id: string, displayName: string } }>, episodes: Array<{ id: string, startDate: string, endDate: string | null, legalStatus: string | null, placementType: string | null }> };

export type MyChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type MyChildrenQuery = { myChildren: Array<{ lastHeardAt: string | null, id: string, givenName: string, familyName: string, preferredName: string | null, dateOfBirth: string, status: AdvocacyStatus, interpreterNeeded: boolean, contactStandard: { status: ContactStandardStatus, sentence: string | null } | null, localAuthority: { id: string, name: string }, advocate: { id: string, displayName: string } | null, currentOffer: { id: string, reason: OfferReason, promptedOn: string, dueOn: string, dueExplanation: string, overdue: boolean, outcome: OfferOutcome | null, outcomeOn: string | null, childWords: string | null, nonInstructedReason: string | null, allowedCommands: Array<OfferCommand> } | null }> };

export type LaChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type LaChildrenQuery = { laChildren: Array<{ lastHeardAt: string | null, id: string, givenName: string, familyName: string, preferredName: string | null, dateOfBirth: string, status: AdvocacyStatus, interpreterNeeded: boolean, contactStandard: { status: ContactStandardStatus } | null, localAuthority: { id: string, name: string }, advocate: { id: string, displayName: string } | null, currentOffer: { id: string, reason: OfferReason, promptedOn: string, dueOn: string, dueExplanation: string, overdue: boolean, outcome: OfferOutcome | null, outcomeOn: string | null, childWords: string | null, nonInstructedReason: string | null, allowedCommands: Array<OfferCommand> } | null }> };

export type ChildQueryVariables = Exact<{
  id: string | number;
}>;


export type ChildQuery = { child: { id: string, givenName: string, familyName: string, preferredName: string | null, dateOfBirth: string, status: AdvocacyStatus, firstLanguage: string | null, communicationNeeds: string | null, uasc: boolean, uascCeasedOn: string | null, interpreterNeeded: boolean, legalStatus: string | null, placementType: string | null, allowedCommands: Array<ChildCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }>, missingEpisodes: Array<{ kind: MissingEpisodeKind, startedOn: string, endedOn: string | null, days: number }>, retention: { retainUntil: string | null, rule: RetentionRule, explanation: string, dateOfDeath: string | null, allowedCommands: Array<RecordRetentionCommand>, legalHold: { reason: string, placedOn: string, placedByName: string } | null }, localAuthority: { id: string, name: string }, advocate: { id: string, displayName: string } | null, currentOffer: { id: string, reason: OfferReason, promptedOn: string, dueOn: string, dueExplanation: string, overdue: boolean, outcome: OfferOutcome | null, outcomeOn: string | null, childWords: string | null, nonInstructedReason: string | null, allowedCommands: Array<OfferCommand> } | null, offers: Array<{ id: string, reason: OfferReason, promptedOn: string, dueOn: string, dueExplanation: string, overdue: boolean, outcome: OfferOutcome | null, outcomeOn: string | null, childWords: string | null, nonInstructedReason: string | null, allowedCommands: Array<OfferCommand> }>, decisions: Array<{ id: string, kind: string, decidedOn: string, childWords: string | null, recordedBy: string }>, assignments: Array<{ id: string, startedOn: string, startReason: string, endedOn: string | null, endReason: string | null, endNote: string | null, advocate: { id: string, displayName: string } }>, episodes: Array<{ id: string, startDate: string, endDate: string | null, legalStatus: string | null, placementType: string | null }> } };

export type AdvocateCardQueryVariables = Exact<{
  childId: string | number;
}>;


export type AdvocateCardQuery = { advocateCard: { childName: string, advocateName: string, advocateEmail: string, advocatePhone: string | null, providerName: string } };

export type RecordOfferOutcomeMutationVariables = Exact<{
  input: RecordOfferOutcomeInput;
}>;


export type RecordOfferOutcomeMutation = { recordOfferOutcome: { id: string, givenName: string, familyName: string, preferredName: string | null, dateOfBirth: string, status: AdvocacyStatus, firstLanguage: string | null, communicationNeeds: string | null, uasc: boolean, uascCeasedOn: string | null, interpreterNeeded: boolean, legalStatus: string | null, placementType: string | null, allowedCommands: Array<ChildCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }>, missingEpisodes: Array<{ kind: MissingEpisodeKind, startedOn: string, endedOn: string | null, days: number }>, retention: { retainUntil: string | null, rule: RetentionRule, explanation: string, dateOfDeath: string | null, allowedCommands: Array<RecordRetentionCommand>, legalHold: { reason: string, placedOn: string, placedByName: string } | null }, localAuthority: { id: string, name: string }, advocate: { id: string, displayName: string } | null, currentOffer: { id: string, reason: OfferReason, promptedOn: string, dueOn: string, dueExplanation: string, overdue: boolean, outcome: OfferOutcome | null, outcomeOn: string | null, childWords: string | null, nonInstructedReason: string | null, allowedCommands: Array<OfferCommand> } | null, offers: Array<{ id: string, reason: OfferReason, promptedOn: string, dueOn: string, dueExplanation: string, overdue: boolean, outcome: OfferOutcome | null, outcomeOn: string | null, childWords: string | null, nonInstructedReason: string | null, allowedCommands: Array<OfferCommand> }>, decisions: Array<{ id: string, kind: string, decidedOn: string, childWords: string | null, recordedBy: string }>, assignments: Array<{ id: string, startedOn: string, startReason: string, endedOn: string | null, endReason: string | null, endNote: string | null, advocate: { id: string, displayName: string } }>, episodes: Array<{ id: string, startDate: string, endDate: string | null, legalStatus: string | null, placementType: string | null }> } };

export type RecordOptBackInMutationVariables = Exact<{
  input: RecordOptBackInInput;
}>;


export type RecordOptBackInMutation = { recordOptBackIn: { id: string, givenName: string, familyName: string, preferredName: string | null, dateOfBirth: string, status: AdvocacyStatus, firstLanguage: string | null, communicationNeeds: string | null, uasc: boolean, uascCeasedOn: string | null, interpreterNeeded: boolean, legalStatus: string | null, placementType: string | null, allowedCommands: Array<ChildCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }>, missingEpisodes: Array<{ kind: MissingEpisodeKind, startedOn: string, endedOn: string | null, days: number }>, retention: { retainUntil: string | null, rule: RetentionRule, explanation: string, dateOfDeath: string | null, allowedCommands: Array<RecordRetentionCommand>, legalHold: { reason: string, placedOn: string, placedByName: string } | null }, localAuthority: { id: string, name: string }, advocate: { id: string, displayName: string } | null, currentOffer: { id: string, reason: OfferReason, promptedOn: string, dueOn: string, dueExplanation: string, overdue: boolean, outcome: OfferOutcome | null, outcomeOn: string | null, childWords: string | null, nonInstructedReason: string | null, allowedCommands: Array<OfferCommand> } | null, offers: Array<{ id: string, reason: OfferReason, promptedOn: string, dueOn: string, dueExplanation: string, overdue: boolean, outcome: OfferOutcome | null, outcomeOn: string | null, childWords: string | null, nonInstructedReason: string | null, allowedCommands: Array<OfferCommand> }>, decisions: Array<{ id: string, kind: string, decidedOn: string, childWords: string | null, recordedBy: string }>, assignments: Array<{ id: string, startedOn: string, startReason: string, endedOn: string | null, endReason: string | null, endNote: string | null, advocate: { id: string, displayName: string } }>, episodes: Array<{ id: string, startDate: string, endDate: string | null, legalStatus: string | null, placementType: string | null }> } };

export type RecordPlacementChangeMutationVariables = Exact<{
  input: RecordPlacementChangeInput;
}>;


export type RecordPlacementChangeMutation = { recordPlacementChange: { offeredAgain: boolean, child: { id: string } } };

export type RecordLeftCareMutationVariables = Exact<{
  input: RecordLeftCareInput;
}>;


export type RecordLeftCareMutation = { recordLeftCare: { advocacyEndedOn: string | null, child: { id: string } } };

export type ChildContactFieldsFragment = { id: string, kind: ContactKind, occurredAt: string, viewsRecorded: boolean, privateNote: string, recordedBy: string, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> };

export type ChildContactsSectionQueryVariables = Exact<{
  childId: string | number;
}>;


export type ChildContactsSectionQuery = { childContacts: Array<{ id: string, kind: ContactKind, occurredAt: string, viewsRecorded: boolean, privateNote: string, recordedBy: string, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, child: { id: string, lastHeardAt: string | null, contactStandard: { status: ContactStandardStatus, sentence: string | null, nextDueOn: string | null } | null } };

export type RecordContactMutationVariables = Exact<{
  input: RecordContactInput;
}>;


export type RecordContactMutation = { recordContact: Array<{ id: string, kind: ContactKind, occurredAt: string, viewsRecorded: boolean, privateNote: string, recordedBy: string, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }> };

export type ContactStandardNationalQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactStandardNationalQuery = { contactStandardNational: { byLocalAuthority: Array<{ name: string, children: number, pastStandard: number }>, byProvider: Array<{ name: string, children: number, pastStandard: number }> } };

export type DataProtectionChildrenQueryVariables = Exact<{
  input?: DataProtectionChildrenInput | null | undefined;
}>;


export type DataProtectionChildrenQuery = { dataProtectionChildren: { localAuthorityName: string, total: number, children: Array<{ childId: string, name: string, laChildRef: string, dateOfBirth: string, retention: { retainUntil: string | null, rule: RetentionRule, explanation: string, dateOfDeath: string | null, allowedCommands: Array<RecordRetentionCommand>, legalHold: { reason: string, placedOn: string, placedByName: string } | null } }> } };

export type DataProtectionChildQueryVariables = Exact<{
  childId: string | number;
}>;


export type DataProtectionChildQuery = { dataProtectionChild: { childId: string, name: string, laChildRef: string, dateOfBirth: string, retention: { retainUntil: string | null, rule: RetentionRule, explanation: string, dateOfDeath: string | null, allowedCommands: Array<RecordRetentionCommand>, legalHold: { reason: string, placedOn: string, placedByName: string } | null } } };

export type DecisionFollowThroughFieldsFragment = { decisionId: string, meetingId: string, childId: string, childName: string, text: string, heldOn: string, implementBy: string | null, implementedOn: string | null, challengedOn: string | null, challengeReasons: string | null, status: DecisionFollowThroughStatus, challengeBy: string, explanation: string, challengeDeadlineExplanation: string, concernId: string | null, canActAsLa: boolean, canEscalate: boolean };

export type DecisionFollowThroughQueryVariables = Exact<{
  meetingId: string | number;
}>;


export type DecisionFollowThroughQuery = { decisionFollowThrough: Array<{ decisionId: string, meetingId: string, childId: string, childName: string, text: string, heldOn: string, implementBy: string | null, implementedOn: string | null, challengedOn: string | null, challengeReasons: string | null, status: DecisionFollowThroughStatus, challengeBy: string, explanation: string, challengeDeadlineExplanation: string, concernId: string | null, canActAsLa: boolean, canEscalate: boolean }> };

export type UnimplementedDecisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnimplementedDecisionsQuery = { unimplementedDecisions: Array<{ decisionId: string, meetingId: string, childId: string, childName: string, text: string, heldOn: string, implementBy: string | null, implementedOn: string | null, challengedOn: string | null, challengeReasons: string | null, status: DecisionFollowThroughStatus, challengeBy: string, explanation: string, challengeDeadlineExplanation: string, concernId: string | null, canActAsLa: boolean, canEscalate: boolean }> };

export type SetDecisionImplementByMutationVariables = Exact<{
  input: SetDecisionImplementByInput;
}>;


export type SetDecisionImplementByMutation = { setDecisionImplementBy: { decisionId: string, meetingId: string, childId: string, childName: string, text: string, heldOn: string, implementBy: string | null, implementedOn: string | null, challengedOn: string | null, challengeReasons: string | null, status: DecisionFollowThroughStatus, challengeBy: string, explanation: string, challengeDeadlineExplanation: string, concernId: string | null, canActAsLa: boolean, canEscalate: boolean } };

export type MarkDecisionImplementedMutationVariables = Exact<{
  input: MarkDecisionImplementedInput;
}>;


export type MarkDecisionImplementedMutation = { markDecisionImplemented: { decisionId: string, meetingId: string, childId: string, childName: string, text: string, heldOn: string, implementBy: string | null, implementedOn: string | null, challengedOn: string | null, challengeReasons: string | null, status: DecisionFollowThroughStatus, challengeBy: string, explanation: string, challengeDeadlineExplanation: string, concernId: string | null, canActAsLa: boolean, canEscalate: boolean } };

export type ChallengeDecisionMutationVariables = Exact<{
  input: ChallengeDecisionInput;
}>;


export type ChallengeDecisionMutation = { challengeDecision: { decisionId: string, meetingId: string, childId: string, childName: string, text: string, heldOn: string, implementBy: string | null, implementedOn: string | null, challengedOn: string | null, challengeReasons: string | null, status: DecisionFollowThroughStatus, challengeBy: string, explanation: string, challengeDeadlineExplanation: string, concernId: string | null, canActAsLa: boolean, canEscalate: boolean } };

export type EscalateDecisionMutationVariables = Exact<{
  decisionId: string | number;
}>;


export type EscalateDecisionMutation = { escalateDecision: { decisionId: string, meetingId: string, childId: string, childName: string, text: string, heldOn: string, implementBy: string | null, implementedOn: string | null, challengedOn: string | null, challengeReasons: string | null, status: DecisionFollowThroughStatus, challengeBy: string, explanation: string, challengeDeadlineExplanation: string, concernId: string | null, canActAsLa: boolean, canEscalate: boolean } };

export type ConcernSummaryFieldsFragment = { id: string, childId: string, childName: string, localAuthorityName: string, stage: ConcernStage, status: ConcernStatus, themes: Array<ConcernTheme>, whatIsWrong: string, raisedOn: string, stageEnteredOn: string, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, updatedAt: string };

export type ConcernFieldsFragment = { id: string, childId: string, childName: string, localAuthorityName: string, stage: ConcernStage, status: ConcernStatus, themes: Array<ConcernTheme>, whatIsWrong: string, childWants: string, raisedOn: string, stageEnteredOn: string, stageDeadline: string | null, deadlineExplanation: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, fromActionId: string | null, updatedAt: string, allowedCommands: Array<ConcernCommand>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> };

export type MyConcernsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyConcernsQuery = { myConcerns: Array<{ id: string, childId: string, childName: string, localAuthorityName: string, stage: ConcernStage, status: ConcernStatus, themes: Array<ConcernTheme>, whatIsWrong: string, raisedOn: string, stageEnteredOn: string, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, updatedAt: string }> };

export type ConcernsAwaitingResponseQueryVariables = Exact<{ [key: string]: never; }>;


export type ConcernsAwaitingResponseQuery = { concernsAwaitingResponse: Array<{ id: string, childId: string, childName: string, localAuthorityName: string, stage: ConcernStage, status: ConcernStatus, themes: Array<ConcernTheme>, whatIsWrong: string, raisedOn: string, stageEnteredOn: string, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, updatedAt: string }> };

export type EscalationQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type EscalationQueueQuery = { escalationQueue: Array<{ id: string, childId: string, childName: string, localAuthorityName: string, stage: ConcernStage, status: ConcernStatus, themes: Array<ConcernTheme>, whatIsWrong: string, raisedOn: string, stageEnteredOn: string, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, updatedAt: string }> };

export type ConcernsForChildQueryVariables = Exact<{
  childId: string | number;
}>;


export type ConcernsForChildQuery = { concernsForChild: Array<{ id: string, childId: string, childName: string, localAuthorityName: string, stage: ConcernStage, status: ConcernStatus, themes: Array<ConcernTheme>, whatIsWrong: string, raisedOn: string, stageEnteredOn: string, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, updatedAt: string }> };

export type ConcernQueryVariables = Exact<{
  id: string | number;
}>;


export type ConcernQuery = { concern: { id: string, childId: string, childName: string, localAuthorityName: string, stage: ConcernStage, status: ConcernStatus, themes: Array<ConcernTheme>, whatIsWrong: string, childWants: string, raisedOn: string, stageEnteredOn: string, stageDeadline: string | null, deadlineExplanation: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, fromActionId: string | null, updatedAt: string, allowedCommands: Array<ConcernCommand>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type ConcernUpdatedSubscriptionVariables = Exact<{
  concernId?: string | number | null | undefined;
}>;


export type ConcernUpdatedSubscription = { concernUpdated: { concernId: string, kind: string, stage: ConcernStage, status: ConcernStatus } };

export type RaiseConcernMutationVariables = Exact<{
  input: RaiseConcernInput;
}>;


export type RaiseConcernMutation = { raiseConcern: { id: string, childId: string, childName: string, localAuthorityName: string, stage: ConcernStage, status: ConcernStatus, themes: Array<ConcernTheme>, whatIsWrong: string, childWants: string, raisedOn: string, stageEnteredOn: string, stageDeadline: string | null, deadlineExplanation: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, fromActionId: string | null, updatedAt: string, allowedCommands: Array<ConcernCommand>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type RespondToConcernMutationVariables = Exact<{
  input: RespondToConcernInput;
}>;


export type RespondToConcernMutation = { respondToConcern: { id: string, childId: string, childName: string, localAuthorityName: string, stage: ConcernStage, status: ConcernStatus, themes: Array<ConcernTheme>, whatIsWrong: string, childWants: string, raisedOn: string, stageEnteredOn: string, stageDeadline: string | null, deadlineExplanation: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, fromActionId: string | null, updatedAt: string, allowedCommands: Array<ConcernCommand>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type EscalateConcernMutationVariables = Exact<{
  input: EscalateConcernInput;
}>;


export type EscalateConcernMutation = { escalateConcern: { id: string, childId: string, childName: string, localAuthorityName: string, stage: ConcernStage, status: ConcernStatus, themes: Array<ConcernTheme>, whatIsWrong: string, childWants: string, raisedOn: string, stageEnteredOn: string, stageDeadline: string | null, deadlineExplanation: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, fromActionId: string | null, updatedAt: string, allowedCommands: Array<ConcernCommand>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type ResolveConcernMutationVariables = Exact<{
  input: CloseConcernInput;
}>;


export type ResolveConcernMutation = { resolveConcern: { id: string, childId: string, childName: string, localAuthorityName: string, stage: ConcernStage, status: ConcernStatus, themes: Array<ConcernTheme>, whatIsWrong: string, childWants: string, raisedOn: string, stageEnteredOn: string, stageDeadline: string | null, deadlineExplanation: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, fromActionId: string | null, updatedAt: string, allowedCommands: Array<ConcernCommand>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type WithdrawConcernMutationVariables = Exact<{
  input: CloseConcernInput;
}>;


export type WithdrawConcernMutation = { withdrawConcern: { id: string, childId: string, childName: string, localAuthorityName: string, stage: ConcernStage, status: ConcernStatus, themes: Array<ConcernTheme>, whatIsWrong: string, childWants: string, raisedOn: string, stageEnteredOn: string, stageDeadline: string | null, deadlineExplanation: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, fromActionId: string | null, updatedAt: string, allowedCommands: Array<ConcernCommand>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type AddConcernNoteMutationVariables = Exact<{
  input: ConcernNoteInput;
}>;


export type AddConcernNoteMutation = { addConcernNote: { id: string, childId: string, childName: string, localAuthorityName: string, stage: ConcernStage, status: ConcernStatus, themes: Array<ConcernTheme>, whatIsWrong: string, childWants: string, raisedOn: string, stageEnteredOn: string, stageDeadline: string | null, deadlineExplanation: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, fromActionId: string | null, updatedAt: string, allowedCommands: Array<ConcernCommand>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TriageConcernMutationVariables = Exact<{
  input: ConcernNoteInput;
}>;


export type TriageConcernMutation = { triageConcern: { id: string, childId: string, childName: string, localAuthorityName: string, stage: ConcernStage, status: ConcernStatus, themes: Array<ConcernTheme>, whatIsWrong: string, childWants: string, raisedOn: string, stageEnteredOn: string, stageDeadline: string | null, deadlineExplanation: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, fromActionId: string | null, updatedAt: string, allowedCommands: Array<ConcernCommand>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type RequestConcernInformationMutationVariables = Exact<{
  input: RequestInformationInput;
}>;


export type RequestConcernInformationMutation = { requestConcernInformation: { id: string, childId: string, childName: string, localAuthorityName: string, stage: ConcernStage, status: ConcernStatus, themes: Array<ConcernTheme>, whatIsWrong: string, childWants: string, raisedOn: string, stageEnteredOn: string, stageDeadline: string | null, deadlineExplanation: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, fromActionId: string | null, updatedAt: string, allowedCommands: Array<ConcernCommand>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type ApplyToCourtMutationVariables = Exact<{
  input: ApplyToCourtInput;
}>;


export type ApplyToCourtMutation = { applyToCourt: { id: string, childId: string, childName: string, localAuthorityName: string, stage: ConcernStage, status: ConcernStatus, themes: Array<ConcernTheme>, whatIsWrong: string, childWants: string, raisedOn: string, stageEnteredOn: string, stageDeadline: string | null, deadlineExplanation: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, fromActionId: string | null, updatedAt: string, allowedCommands: Array<ConcernCommand>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type RecordCourtHearingMutationVariables = Exact<{
  input: RecordHearingInput;
}>;


export type RecordCourtHearingMutation = { recordCourtHearing: { id: string, childId: string, childName: string, localAuthorityName: string, stage: ConcernStage, status: ConcernStatus, themes: Array<ConcernTheme>, whatIsWrong: string, childWants: string, raisedOn: string, stageEnteredOn: string, stageDeadline: string | null, deadlineExplanation: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, fromActionId: string | null, updatedAt: string, allowedCommands: Array<ConcernCommand>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type RecordChildCourtRequestMutationVariables = Exact<{
  input: ChildCourtRequestInput;
}>;


export type RecordChildCourtRequestMutation = { recordChildCourtRequest: { id: string, childId: string, childName: string, localAuthorityName: string, stage: ConcernStage, status: ConcernStatus, themes: Array<ConcernTheme>, whatIsWrong: string, childWants: string, raisedOn: string, stageEnteredOn: string, stageDeadline: string | null, deadlineExplanation: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, fromActionId: string | null, updatedAt: string, allowedCommands: Array<ConcernCommand>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type RecordAdvocateAtHearingMutationVariables = Exact<{
  input: AdvocateAtHearingInput;
}>;


export type RecordAdvocateAtHearingMutation = { recordAdvocateAtHearing: { id: string, childId: string, childName: string, localAuthorityName: string, stage: ConcernStage, status: ConcernStatus, themes: Array<ConcernTheme>, whatIsWrong: string, childWants: string, raisedOn: string, stageEnteredOn: string, stageDeadline: string | null, deadlineExplanation: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, fromActionId: string | null, updatedAt: string, allowedCommands: Array<ConcernCommand>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type ActionForConcernQueryVariables = Exact<{
  childId: string | number;
}>;


export type ActionForConcernQuery = { meetingsForChild: Array<{ id: string, scheduledOn: string, heldOn: string | null, actions: Array<{ id: string, what: string, owner: string, dueOn: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null }> }> };

export type SafeguardingAlertFieldsFragment = { id: string, concernId: string, childId: string, childName: string, toldWho: string, raisedAt: string, dueAt: string, deadlineExplained: string, status: SafeguardingAlertStatus, acknowledgedAt: string | null, acknowledgedByName: string | null };

export type RaiseSafeguardingConcernMutationVariables = Exact<{
  input: RaiseSafeguardingConcernInput;
}>;


export type RaiseSafeguardingConcernMutation = { raiseSafeguardingConcern: { id: string, concernId: string, childId: string, childName: string, toldWho: string, raisedAt: string, dueAt: string, deadlineExplained: string, status: SafeguardingAlertStatus, acknowledgedAt: string | null, acknowledgedByName: string | null } };

export type SafeguardingAlertsWaitingQueryVariables = Exact<{ [key: string]: never; }>;


export type SafeguardingAlertsWaitingQuery = { safeguardingAlertsWaiting: Array<{ id: string, concernId: string, childId: string, childName: string, toldWho: string, raisedAt: string, dueAt: string, deadlineExplained: string, status: SafeguardingAlertStatus, acknowledgedAt: string | null, acknowledgedByName: string | null }> };

export type AcknowledgeSafeguardingAlertMutationVariables = Exact<{
  alertId: string | number;
}>;


export type AcknowledgeSafeguardingAlertMutation = { acknowledgeSafeguardingAlert: { id: string, concernId: string, childId: string, childName: string, toldWho: string, raisedAt: string, dueAt: string, deadlineExplained: string, status: SafeguardingAlertStatus, acknowledgedAt: string | null, acknowledgedByName: string | null } };

export type HomeSummaryFieldsFragment = { id: string, name: string, providerName: string, ofstedUrn: string, address: string, localAuthorityName: string, responsibleAdvocateName: string | null, childrenPlaced: number, lastVisitOn: string | null, openRecommendations: number, draftVisitId: string | null, responsibleIsMe: boolean, schedule: { month: string, dueBy: string, visitedThisMonth: boolean, missedMonths: Array<string> } | null };

export type RecommendationFieldsFragment = { id: string, what: string, owner: string, dueOn: string, themes: Array<ConcernTheme>, childId: string | null, status: string, carryOvers: number, drift: boolean, reviewNote: string | null, visitId: string, answers: Array<{ id: string, recommendationId: string, answerer: RecommendationAnswerer, answererName: string, openedOn: string, dueOn: string, status: ThemeRequestStatus, statusLabel: string, late: boolean, response: string | null, answeredOn: string | null, allowedCommands: Array<RecommendationAnswerCommand> }> };

export type HomeVisitFieldsFragment = { id: string, homeId: string, homeName: string, status: string, advocateName: string, visitOn: string | null, announced: boolean | null, staffSpokenTo: string, recordsChecked: string, childrenSpokenToCount: number, sharedVoices: Array<string>, allowedCommands: Array<VisitCommand>, judgements: Array<{ standard: QualityStandard, judgement: Judgement, evidence: string }>, childrenSpokenTo: Array<{ childId: string | null, name: string, spokeInPrivate: boolean, consentToSpeak: boolean, whatTheySaid: string, consentToShare: boolean }>, recommendations: Array<{ id: string, what: string, owner: string, dueOn: string, themes: Array<ConcernTheme>, childId: string | null, status: string, carryOvers: number, drift: boolean, reviewNote: string | null, visitId: string, answers: Array<{ id: string, recommendationId: string, answerer: RecommendationAnswerer, answererName: string, openedOn: string, dueOn: string, status: ThemeRequestStatus, statusLabel: string, late: boolean, response: string | null, answeredOn: string | null, allowedCommands: Array<RecommendationAnswerCommand> }> }>, followUps: Array<{ recommendationId: string, outcome: FollowUpOutcome, note: string }> };

export type HomesQueryVariables = Exact<{ [key: string]: never; }>;


export type HomesQuery = { homes: Array<{ id: string, name: string, providerName: string, ofstedUrn: string, address: string, localAuthorityName: string, responsibleAdvocateName: string | null, childrenPlaced: number, lastVisitOn: string | null, openRecommendations: number, draftVisitId: string | null, responsibleIsMe: boolean, schedule: { month: string, dueBy: string, visitedThisMonth: boolean, missedMonths: Array<string> } | null }> };

export type HomeQueryVariables = Exact<{
  id: string | number;
}>;


export type HomeQuery = { home: { id: string, name: string, providerName: string, ofstedUrn: string, address: string, localAuthorityName: string, responsibleAdvocateName: string | null, childrenPlaced: number, lastVisitOn: string | null, openRecommendations: number, draftVisitId: string | null, responsibleIsMe: boolean, allowedVisitCommands: Array<VisitCommand>, schedule: { month: string, dueBy: string, visitedThisMonth: boolean, missedMonths: Array<string> } | null, myChildrenHere: Array<{ id: string, name: string }>, visits: Array<{ id: string, status: string, visitOn: string | null, advocateName: string, recommendations: Array<{ id: string }> }>, openRecommendationList: Array<{ id: string, what: string, owner: string, dueOn: string, themes: Array<ConcernTheme>, childId: string | null, status: string, carryOvers: number, drift: boolean, reviewNote: string | null, visitId: string, answers: Array<{ id: string, recommendationId: string, answerer: RecommendationAnswerer, answererName: string, openedOn: string, dueOn: string, status: ThemeRequestStatus, statusLabel: string, late: boolean, response: string | null, answeredOn: string | null, allowedCommands: Array<RecommendationAnswerCommand> }> }> } };

export type HomeVisitQueryVariables = Exact<{
  id: string | number;
}>;


export type HomeVisitQuery = { homeVisit: { id: string, homeId: string, homeName: string, status: string, advocateName: string, visitOn: string | null, announced: boolean | null, staffSpokenTo: string, recordsChecked: string, childrenSpokenToCount: number, sharedVoices: Array<string>, allowedCommands: Array<VisitCommand>, judgements: Array<{ standard: QualityStandard, judgement: Judgement, evidence: string }>, childrenSpokenTo: Array<{ childId: string | null, name: string, spokeInPrivate: boolean, consentToSpeak: boolean, whatTheySaid: string, consentToShare: boolean }>, recommendations: Array<{ id: string, what: string, owner: string, dueOn: string, themes: Array<ConcernTheme>, childId: string | null, status: string, carryOvers: number, drift: boolean, reviewNote: string | null, visitId: string, answers: Array<{ id: string, recommendationId: string, answerer: RecommendationAnswerer, answererName: string, openedOn: string, dueOn: string, status: ThemeRequestStatus, statusLabel: string, late: boolean, response: string | null, answeredOn: string | null, allowedCommands: Array<RecommendationAnswerCommand> }> }>, followUps: Array<{ recommendationId: string, outcome: FollowUpOutcome, note: string }> } };

export type SaveHomeVisitDraftMutationVariables = Exact<{
  input: SaveVisitDraftInput;
}>;


export type SaveHomeVisitDraftMutation = { saveHomeVisitDraft: { id: string, homeId: string, homeName: string, status: string, advocateName: string, visitOn: string | null, announced: boolean | null, staffSpokenTo: string, recordsChecked: string, childrenSpokenToCount: number, sharedVoices: Array<string>, allowedCommands: Array<VisitCommand>, judgements: Array<{ standard: QualityStandard, judgement: Judgement, evidence: string }>, childrenSpokenTo: Array<{ childId: string | null, name: string, spokeInPrivate: boolean, consentToSpeak: boolean, whatTheySaid: string, consentToShare: boolean }>, recommendations: Array<{ id: string, what: string, owner: string, dueOn: string, themes: Array<ConcernTheme>, childId: string | null, status: string, carryOvers: number, drift: boolean, reviewNote: string | null, visitId: string, answers: Array<{ id: string, recommendationId: string, answerer: RecommendationAnswerer, answererName: string, openedOn: string, dueOn: string, status: ThemeRequestStatus, statusLabel: string, late: boolean, response: string | null, answeredOn: string | null, allowedCommands: Array<RecommendationAnswerCommand> }> }>, followUps: Array<{ recommendationId: string, outcome: FollowUpOutcome, note: string }> } };

export type SubmitHomeVisitMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitHomeVisitMutation = { submitHomeVisit: { id: string, homeId: string, homeName: string, status: string, advocateName: string, visitOn: string | null, announced: boolean | null, staffSpokenTo: string, recordsChecked: string, childrenSpokenToCount: number, sharedVoices: Array<string>, allowedCommands: Array<VisitCommand>, judgements: Array<{ standard: QualityStandard, judgement: Judgement, evidence: string }>, childrenSpokenTo: Array<{ childId: string | null, name: string, spokeInPrivate: boolean, consentToSpeak: boolean, whatTheySaid: string, consentToShare: boolean }>, recommendations: Array<{ id: string, what: string, owner: string, dueOn: string, themes: Array<ConcernTheme>, childId: string | null, status: string, carryOvers: number, drift: boolean, reviewNote: string | null, visitId: string, answers: Array<{ id: string, recommendationId: string, answerer: RecommendationAnswerer, answererName: string, openedOn: string, dueOn: string, status: ThemeRequestStatus, statusLabel: string, late: boolean, response: string | null, answeredOn: string | null, allowedCommands: Array<RecommendationAnswerCommand> }> }>, followUps: Array<{ recommendationId: string, outcome: FollowUpOutcome, note: string }> } };

export type ImportFieldsFragment = { id: string, status: string, importedBy: string, startedAt: string, finishedAt: string | null, childrenTotal: number, childrenDone: number, failure: string | null, sameFilesAs: string | null, counts: { childrenCreated: number, childrenUpdated: number, childrenUnchanged: number, periodsOfCare: number, childrenAssigned: number, childrenQueued: number, assignmentsEnded: number, meetingsRecorded: number, shortBreaksSkipped: number, rowsRead: number, rowsRejected: number } | null };

export type Ssda903ImportsQueryVariables = Exact<{ [key: string]: never; }>;


export type Ssda903ImportsQuery = { ssda903Imports: Array<{ id: string, status: string, importedBy: string, startedAt: string, finishedAt: string | null, childrenTotal: number, childrenDone: number, failure: string | null, sameFilesAs: string | null, counts: { childrenCreated: number, childrenUpdated: number, childrenUnchanged: number, periodsOfCare: number, childrenAssigned: number, childrenQueued: number, assignmentsEnded: number, meetingsRecorded: number, shortBreaksSkipped: number, rowsRead: number, rowsRejected: number } | null }> };

export type Ssda903ImportQueryVariables = Exact<{
  id: string | number;
}>;


export type Ssda903ImportQuery = { ssda903Import: { id: string, status: string, importedBy: string, startedAt: string, finishedAt: string | null, childrenTotal: number, childrenDone: number, failure: string | null, sameFilesAs: string | null, counts: { childrenCreated: number, childrenUpdated: number, childrenUnchanged: number, periodsOfCare: number, childrenAssigned: number, childrenQueued: number, assignmentsEnded: number, meetingsRecorded: number, shortBreaksSkipped: number, rowsRead: number, rowsRejected: number } | null } };

export type Ssda903ImportSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type Ssda903ImportSummaryQuery = { ssda903Import: { id: string, counts: { rowsRejected: number, rowsSkipped: number, warnings: number, files: Array<{ file: string, rowsRead: number, imported: number, skipped: number, rejected: number }> } | null, summary: { needsFixing: Array<{ title: string, code: string | null, file: string, column: string, count: number, firstRows: Array<{ rowNumber: number, child: string | null, column: string, reason: string }> }>, skipped: Array<{ title: string, code: string | null, file: string, column: string, count: number, firstRows: Array<{ rowNumber: number, child: string | null, column: string, reason: string }> }>, warnings: Array<{ title: string, code: string | null, file: string, column: string, count: number, firstRows: Array<{ rowNumber: number, child: string | null, column: string, reason: string }> }>, heardDid: { childrenCreated: number, childrenUpdated: number, childrenAssigned: number, childrenQueued: number, assignmentsEnded: number, reviewsRecorded: number, offersDue: { count: number, earliest: string | null, latest: string | null } | null } | null } } };

export type LiveThemesQueryVariables = Exact<{
  input: LiveThemesInput;
}>;


export type LiveThemesQuery = { liveThemes: { breakdown: ThemeBreakdown, fromOn: string, toOn: string, lastYearFromOn: string, lastYearToOn: string, threshold: number, sources: Array<{ source: ThemeSource, tables: Array<{ unitId: string, label: string, rows: Array<{ theme: ConcernTheme | null, count: number | null, lastYear: number | null, change: number | null }> }> }> } };

export type ThemeWarningsQueryVariables = Exact<{ [key: string]: never; }>;


export type ThemeWarningsQuery = { themeWarnings: { minimum: number, factor: number, warnings: Array<{ breakdown: ThemeBreakdown, unitId: string, label: string, theme: ConcernTheme, quarterFromOn: string, current: number, previous: Array<number>, mean: number, above: number }> } };

export type MeetingLogisticsFieldsFragment = { meetingId: string, meetingDate: string, startTime: string | null, lengthMinutes: number | null, venueKind: MeetingVenueKind | null, venueLabel: string | null, venueDetails: string | null, invitationsFirstSentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null, sequence: number, canArrange: boolean, canRecordPreference: boolean, childPreference: { venueKind: MeetingVenueKind, venueLabel: string, details: string, recordedAt: string } | null, invitations: Array<{ id: string, role: MeetingAttendeeRole, roleLabel: string, name: string, email: string | null, sentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null }>, papers: { dueBy: string, explanation: string, sharedOn: string | null, status: DeadlineStatus } };

export type MeetingLogisticsQueryVariables = Exact<{
  meetingId: string | number;
}>;


export type MeetingLogisticsQuery = { meetingLogistics: { meetingId: string, meetingDate: string, startTime: string | null, lengthMinutes: number | null, venueKind: MeetingVenueKind | null, venueLabel: string | null, venueDetails: string | null, invitationsFirstSentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null, sequence: number, canArrange: boolean, canRecordPreference: boolean, childPreference: { venueKind: MeetingVenueKind, venueLabel: string, details: string, recordedAt: string } | null, invitations: Array<{ id: string, role: MeetingAttendeeRole, roleLabel: string, name: string, email: string | null, sentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null }>, papers: { dueBy: string, explanation: string, sharedOn: string | null, status: DeadlineStatus } } };

export type SetMeetingTimeAndPlaceMutationVariables = Exact<{
  input: SetMeetingLogisticsInput;
}>;


export type SetMeetingTimeAndPlaceMutation = { setMeetingTimeAndPlace: { meetingId: string, meetingDate: string, startTime: string | null, lengthMinutes: number | null, venueKind: MeetingVenueKind | null, venueLabel: string | null, venueDetails: string | null, invitationsFirstSentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null, sequence: number, canArrange: boolean, canRecordPreference: boolean, childPreference: { venueKind: MeetingVenueKind, venueLabel: string, details: string, recordedAt: string } | null, invitations: Array<{ id: string, role: MeetingAttendeeRole, roleLabel: string, name: string, email: string | null, sentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null }>, papers: { dueBy: string, explanation: string, sharedOn: string | null, status: DeadlineStatus } } };

export type AddMeetingInviteeMutationVariables = Exact<{
  input: AddMeetingInviteeInput;
}>;


export type AddMeetingInviteeMutation = { addMeetingInvitee: { meetingId: string, meetingDate: string, startTime: string | null, lengthMinutes: number | null, venueKind: MeetingVenueKind | null, venueLabel: string | null, venueDetails: string | null, invitationsFirstSentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null, sequence: number, canArrange: boolean, canRecordPreference: boolean, childPreference: { venueKind: MeetingVenueKind, venueLabel: string, details: string, recordedAt: string } | null, invitations: Array<{ id: string, role: MeetingAttendeeRole, roleLabel: string, name: string, email: string | null, sentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null }>, papers: { dueBy: string, explanation: string, sharedOn: string | null, status: DeadlineStatus } } };

export type SendMeetingInvitationsMutationVariables = Exact<{
  meetingId: string | number;
}>;


export type SendMeetingInvitationsMutation = { sendMeetingInvitations: { meetingId: string, meetingDate: string, startTime: string | null, lengthMinutes: number | null, venueKind: MeetingVenueKind | null, venueLabel: string | null, venueDetails: string | null, invitationsFirstSentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null, sequence: number, canArrange: boolean, canRecordPreference: boolean, childPreference: { venueKind: MeetingVenueKind, venueLabel: string, details: string, recordedAt: string } | null, invitations: Array<{ id: string, role: MeetingAttendeeRole, roleLabel: string, name: string, email: string | null, sentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null }>, papers: { dueBy: string, explanation: string, sharedOn: string | null, status: DeadlineStatus } } };

export type RecordChildMeetingPreferenceMutationVariables = Exact<{
  input: RecordChildPreferenceInput;
}>;


export type RecordChildMeetingPreferenceMutation = { recordChildMeetingPreference: { meetingId: string, meetingDate: string, startTime: string | null, lengthMinutes: number | null, venueKind: MeetingVenueKind | null, venueLabel: string | null, venueDetails: string | null, invitationsFirstSentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null, sequence: number, canArrange: boolean, canRecordPreference: boolean, childPreference: { venueKind: MeetingVenueKind, venueLabel: string, details: string, recordedAt: string } | null, invitations: Array<{ id: string, role: MeetingAttendeeRole, roleLabel: string, name: string, email: string | null, sentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null }>, papers: { dueBy: string, explanation: string, sharedOn: string | null, status: DeadlineStatus } } };

export type RecordMeetingPapersSharedMutationVariables = Exact<{
  input: RecordPapersSharedInput;
}>;


export type RecordMeetingPapersSharedMutation = { recordMeetingPapersShared: { meetingId: string, meetingDate: string, startTime: string | null, lengthMinutes: number | null, venueKind: MeetingVenueKind | null, venueLabel: string | null, venueDetails: string | null, invitationsFirstSentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null, sequence: number, canArrange: boolean, canRecordPreference: boolean, childPreference: { venueKind: MeetingVenueKind, venueLabel: string, details: string, recordedAt: string } | null, invitations: Array<{ id: string, role: MeetingAttendeeRole, roleLabel: string, name: string, email: string | null, sentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null }>, papers: { dueBy: string, explanation: string, sharedOn: string | null, status: DeadlineStatus } } };

export type MeetingPartsFieldsFragment = { meetingId: string, accountableChairName: string, childNotYetTold: number, canAddPart: boolean, canRecordBriefing: boolean, parts: Array<{ id: string, position: number, title: string, attendees: Array<string>, childAttended: boolean, childChair: ChildChairRole, chairedBy: string }>, decisions: Array<{ decisionId: string, text: string, significant: boolean, partId: string | null, partTitle: string | null, childMissed: boolean, childTold: boolean, toldOn: string | null, toldByName: string | null, childSaid: string | null }> };

export type MeetingPartsQueryVariables = Exact<{
  meetingId: string | number;
}>;


export type MeetingPartsQuery = { meetingParts: { meetingId: string, accountableChairName: string, childNotYetTold: number, canAddPart: boolean, canRecordBriefing: boolean, parts: Array<{ id: string, position: number, title: string, attendees: Array<string>, childAttended: boolean, childChair: ChildChairRole, chairedBy: string }>, decisions: Array<{ decisionId: string, text: string, significant: boolean, partId: string | null, partTitle: string | null, childMissed: boolean, childTold: boolean, toldOn: string | null, toldByName: string | null, childSaid: string | null }> } };

export type AddMeetingPartMutationVariables = Exact<{
  input: AddMeetingPartInput;
}>;


export type AddMeetingPartMutation = { addMeetingPart: { meetingId: string, accountableChairName: string, childNotYetTold: number, canAddPart: boolean, canRecordBriefing: boolean, parts: Array<{ id: string, position: number, title: string, attendees: Array<string>, childAttended: boolean, childChair: ChildChairRole, chairedBy: string }>, decisions: Array<{ decisionId: string, text: string, significant: boolean, partId: string | null, partTitle: string | null, childMissed: boolean, childTold: boolean, toldOn: string | null, toldByName: string | null, childSaid: string | null }> } };

export type RecordMissedDecisionBriefingMutationVariables = Exact<{
  input: RecordMissedDecisionBriefingInput;
}>;


export type RecordMissedDecisionBriefingMutation = { recordMissedDecisionBriefing: { meetingId: string, accountableChairName: string, childNotYetTold: number, canAddPart: boolean, canRecordBriefing: boolean, parts: Array<{ id: string, position: number, title: string, attendees: Array<string>, childAttended: boolean, childChair: ChildChairRole, chairedBy: string }>, decisions: Array<{ decisionId: string, text: string, significant: boolean, partId: string | null, partTitle: string | null, childMissed: boolean, childTold: boolean, toldOn: string | null, toldByName: string | null, childSaid: string | null }> } };

export type MeetingFamilyViewsFieldsFragment = { meetingId: string, canRecord: boolean, views: Array<{ id: string, who: FamilyMemberRole, name: string, relationship: string, views: string, visibility: FamilyViewVisibility, recordedByName: string, recordedAt: string }> };

export type MeetingFamilyViewsQueryVariables = Exact<{
  meetingId: string | number;
}>;


export type MeetingFamilyViewsQuery = { meetingFamilyViews: { meetingId: string, canRecord: boolean, views: Array<{ id: string, who: FamilyMemberRole, name: string, relationship: string, views: string, visibility: FamilyViewVisibility, recordedByName: string, recordedAt: string }> } };

export type RecordFamilyViewMutationVariables = Exact<{
  input: RecordFamilyViewInput;
}>;


export type RecordFamilyViewMutation = { recordFamilyView: { meetingId: string, canRecord: boolean, views: Array<{ id: string, who: FamilyMemberRole, name: string, relationship: string, views: string, visibility: FamilyViewVisibility, recordedByName: string, recordedAt: string }> } };

export type ChildRecordPageFieldsFragment = { meetingId: string, childId: string, childGivenName: string, meetingDate: string, text: string | null, draft: string | null, version: number, editedAt: string | null, editedByName: string | null, goneThroughOn: string | null, childSaid: string | null, canEdit: boolean };

export type MeetingChildRecordQueryVariables = Exact<{
  meetingId: string | number;
}>;


export type MeetingChildRecordQuery = { meetingChildRecord: { meetingId: string, childId: string, childGivenName: string, meetingDate: string, text: string | null, draft: string | null, version: number, editedAt: string | null, editedByName: string | null, goneThroughOn: string | null, childSaid: string | null, canEdit: boolean } };

export type SaveChildRecordMutationVariables = Exact<{
  input: SaveChildRecordInput;
}>;


export type SaveChildRecordMutation = { saveChildRecord: { meetingId: string, childId: string, childGivenName: string, meetingDate: string, text: string | null, draft: string | null, version: number, editedAt: string | null, editedByName: string | null, goneThroughOn: string | null, childSaid: string | null, canEdit: boolean } };

export type RecordChildRecordGoneThroughMutationVariables = Exact<{
  input: RecordChildRecordGoneThroughInput;
}>;


export type RecordChildRecordGoneThroughMutation = { recordChildRecordGoneThrough: { meetingId: string, childId: string, childGivenName: string, meetingDate: string, text: string | null, draft: string | null, version: number, editedAt: string | null, editedByName: string | null, goneThroughOn: string | null, childSaid: string | null, canEdit: boolean } };

export type MeetingActionFieldsFragment = { id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand> };

export type MeetingFieldsFragment = { id: string, childId: string, childName: string, scheduledOn: string, place: string, invitees: Array<string>, chairName: string, status: string, heldOn: string | null, attendees: Array<string>, participationCode: string | null, childSelfRepresenting: boolean, childOptedOut: boolean, minutes: string | null, summaryForChild: string | null, allowedCommands: Array<MeetingCommand>, selfRepresentation: { childWords: string | null, recordedByName: string, recordedAt: string, migratedFromChair: boolean } | null, advocateInputs: Array<{ id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean }>, views: Array<{ id: string, kind: ChildViewKind, text: string, shareable: boolean, sharingWithdrawnAt: string | null, sharingWithdrawnBy: string | null, allowedCommands: Array<ChildViewCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, decisions: Array<{ id: string, text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean } | null, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, actions: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, actionsToReview: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand> }> };

export type MeetingsToChairQueryVariables = Exact<{ [key: string]: never; }>;


export type MeetingsToChairQuery = { meetingsToChair: Array<{ id: string, childId: string, childName: string, scheduledOn: string, status: string }> };

export type MeetingsForChildQueryVariables = Exact<{
  childId: string | number;
}>;


export type MeetingsForChildQuery = { meetingsForChild: Array<{ id: string, scheduledOn: string, heldOn: string | null, status: string, participationCode: string | null, decisions: Array<{ id: string, text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean } | null }>, actions: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand> }> }>, nextMeetingDue: { dueOn: string, lastWorkingDayBefore: string | null, explanation: string, workingDaysOverdue: number } | null };

export type MeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingQuery = { meeting: { id: string, childId: string, childName: string, scheduledOn: string, place: string, invitees: Array<string>, chairName: string, status: string, heldOn: string | null, attendees: Array<string>, participationCode: string | null, childSelfRepresenting: boolean, childOptedOut: boolean, minutes: string | null, summaryForChild: string | null, allowedCommands: Array<MeetingCommand>, selfRepresentation: { childWords: string | null, recordedByName: string, recordedAt: string, migratedFromChair: boolean } | null, advocateInputs: Array<{ id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean }>, views: Array<{ id: string, kind: ChildViewKind, text: string, shareable: boolean, sharingWithdrawnAt: string | null, sharingWithdrawnBy: string | null, allowedCommands: Array<ChildViewCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, decisions: Array<{ id: string, text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean } | null, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, actions: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, actionsToReview: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand> }> } };

export type ScheduleMeetingOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScheduleMeetingOptionsQuery = { laChildren: Array<{ id: string, givenName: string, familyName: string }>, laStaff: Array<{ id: string, fullName: string, role: LaStaffRole, experienced: boolean }> };

export type ActionsNeedingAttentionQueryVariables = Exact<{ [key: string]: never; }>;


export type ActionsNeedingAttentionQuery = { actionsNeedingAttention: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand> }> };

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ScheduleMeetingMutation = { scheduleMeeting: { id: string } };

export type RecordChildViewMutationVariables = Exact<{
  input: RecordChildViewInput;
}>;


export type RecordChildViewMutation = { recordChildView: { id: string, childId: string, childName: string, scheduledOn: string, place: string, invitees: Array<string>, chairName: string, status: string, heldOn: string | null, attendees: Array<string>, participationCode: string | null, childSelfRepresenting: boolean, childOptedOut: boolean, minutes: string | null, summaryForChild: string | null, allowedCommands: Array<MeetingCommand>, selfRepresentation: { childWords: string | null, recordedByName: string, recordedAt: string, migratedFromChair: boolean } | null, advocateInputs: Array<{ id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean }>, views: Array<{ id: string, kind: ChildViewKind, text: string, shareable: boolean, sharingWithdrawnAt: string | null, sharingWithdrawnBy: string | null, allowedCommands: Array<ChildViewCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, decisions: Array<{ id: string, text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean } | null, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, actions: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, actionsToReview: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand> }> } };

export type HoldMeetingMutationVariables = Exact<{
  input: HoldMeetingInput;
}>;


export type HoldMeetingMutation = { holdMeeting: { id: string, childId: string, childName: string, scheduledOn: string, place: string, invitees: Array<string>, chairName: string, status: string, heldOn: string | null, attendees: Array<string>, participationCode: string | null, childSelfRepresenting: boolean, childOptedOut: boolean, minutes: string | null, summaryForChild: string | null, allowedCommands: Array<MeetingCommand>, selfRepresentation: { childWords: string | null, recordedByName: string, recordedAt: string, migratedFromChair: boolean } | null, advocateInputs: Array<{ id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean }>, views: Array<{ id: string, kind: ChildViewKind, text: string, shareable: boolean, sharingWithdrawnAt: string | null, sharingWithdrawnBy: string | null, allowedCommands: Array<ChildViewCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, decisions: Array<{ id: string, text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean } | null, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, actions: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, actionsToReview: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand> }> } };

export type RecordMeetingDecisionMutationVariables = Exact<{
  input: RecordMeetingDecisionInput;
}>;


export type RecordMeetingDecisionMutation = { recordMeetingDecision: { id: string, childId: string, childName: string, scheduledOn: string, place: string, invitees: Array<string>, chairName: string, status: string, heldOn: string | null, attendees: Array<string>, participationCode: string | null, childSelfRepresenting: boolean, childOptedOut: boolean, minutes: string | null, summaryForChild: string | null, allowedCommands: Array<MeetingCommand>, selfRepresentation: { childWords: string | null, recordedByName: string, recordedAt: string, migratedFromChair: boolean } | null, advocateInputs: Array<{ id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean }>, views: Array<{ id: string, kind: ChildViewKind, text: string, shareable: boolean, sharingWithdrawnAt: string | null, sharingWithdrawnBy: string | null, allowedCommands: Array<ChildViewCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, decisions: Array<{ id: string, text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean } | null, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, actions: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, actionsToReview: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand> }> } };

export type RecordActionMutationVariables = Exact<{
  input: RecordActionInput;
}>;


export type RecordActionMutation = { recordAction: { id: string, childId: string, childName: string, scheduledOn: string, place: string, invitees: Array<string>, chairName: string, status: string, heldOn: string | null, attendees: Array<string>, participationCode: string | null, childSelfRepresenting: boolean, childOptedOut: boolean, minutes: string | null, summaryForChild: string | null, allowedCommands: Array<MeetingCommand>, selfRepresentation: { childWords: string | null, recordedByName: string, recordedAt: string, migratedFromChair: boolean } | null, advocateInputs: Array<{ id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean }>, views: Array<{ id: string, kind: ChildViewKind, text: string, shareable: boolean, sharingWithdrawnAt: string | null, sharingWithdrawnBy: string | null, allowedCommands: Array<ChildViewCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, decisions: Array<{ id: string, text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean } | null, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, actions: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, actionsToReview: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand> }> } };

export type ReviewActionMutationVariables = Exact<{
  input: ReviewActionInput;
}>;


export type ReviewActionMutation = { reviewAction: { id: string, childId: string, childName: string, scheduledOn: string, place: string, invitees: Array<string>, chairName: string, status: string, heldOn: string | null, attendees: Array<string>, participationCode: string | null, childSelfRepresenting: boolean, childOptedOut: boolean, minutes: string | null, summaryForChild: string | null, allowedCommands: Array<MeetingCommand>, selfRepresentation: { childWords: string | null, recordedByName: string, recordedAt: string, migratedFromChair: boolean } | null, advocateInputs: Array<{ id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean }>, views: Array<{ id: string, kind: ChildViewKind, text: string, shareable: boolean, sharingWithdrawnAt: string | null, sharingWithdrawnBy: string | null, allowedCommands: Array<ChildViewCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, decisions: Array<{ id: string, text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean } | null, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, actions: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, actionsToReview: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand> }> } };

export type CompleteMeetingMutationVariables = Exact<{
  input: CompleteMeetingInput;
}>;


export type CompleteMeetingMutation = { completeMeeting: { id: string, childId: string, childName: string, scheduledOn: string, place: string, invitees: Array<string>, chairName: string, status: string, heldOn: string | null, attendees: Array<string>, participationCode: string | null, childSelfRepresenting: boolean, childOptedOut: boolean, minutes: string | null, summaryForChild: string | null, allowedCommands: Array<MeetingCommand>, selfRepresentation: { childWords: string | null, recordedByName: string, recordedAt: string, migratedFromChair: boolean } | null, advocateInputs: Array<{ id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean }>, views: Array<{ id: string, kind: ChildViewKind, text: string, shareable: boolean, sharingWithdrawnAt: string | null, sharingWithdrawnBy: string | null, allowedCommands: Array<ChildViewCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, decisions: Array<{ id: string, text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean } | null, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, actions: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, actionsToReview: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand> }> } };

export type OverdueMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverdueMeetingsQuery = { overdueMeetings: Array<{ childId: string, childName: string, dueOn: string, lastWorkingDayBefore: string | null, explanation: string, workingDaysOverdue: number }> };

export type WithdrawChildViewSharingMutationVariables = Exact<{
  viewId: string | number;
}>;


export type WithdrawChildViewSharingMutation = { withdrawChildViewSharing: { id: string, childId: string, childName: string, scheduledOn: string, place: string, invitees: Array<string>, chairName: string, status: string, heldOn: string | null, attendees: Array<string>, participationCode: string | null, childSelfRepresenting: boolean, childOptedOut: boolean, minutes: string | null, summaryForChild: string | null, allowedCommands: Array<MeetingCommand>, selfRepresentation: { childWords: string | null, recordedByName: string, recordedAt: string, migratedFromChair: boolean } | null, advocateInputs: Array<{ id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean }>, views: Array<{ id: string, kind: ChildViewKind, text: string, shareable: boolean, sharingWithdrawnAt: string | null, sharingWithdrawnBy: string | null, allowedCommands: Array<ChildViewCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, decisions: Array<{ id: string, text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean } | null, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, actions: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, actionsToReview: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand> }> } };

export type ChildViewsChangedSubscriptionVariables = Exact<{
  meetingId: string | number;
}>;


export type ChildViewsChangedSubscription = { childViewsChanged: { meetingId: string, viewId: string, change: ChildViewChange } };

export type AdvocateInputFieldsFragment = { id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean };

export type RecordAdvocateInputMutationVariables = Exact<{
  input: RecordAdvocateInputInput;
}>;


export type RecordAdvocateInputMutation = { recordAdvocateInput: { id: string, childId: string, childName: string, scheduledOn: string, place: string, invitees: Array<string>, chairName: string, status: string, heldOn: string | null, attendees: Array<string>, participationCode: string | null, childSelfRepresenting: boolean, childOptedOut: boolean, minutes: string | null, summaryForChild: string | null, allowedCommands: Array<MeetingCommand>, selfRepresentation: { childWords: string | null, recordedByName: string, recordedAt: string, migratedFromChair: boolean } | null, advocateInputs: Array<{ id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean }>, views: Array<{ id: string, kind: ChildViewKind, text: string, shareable: boolean, sharingWithdrawnAt: string | null, sharingWithdrawnBy: string | null, allowedCommands: Array<ChildViewCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, decisions: Array<{ id: string, text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean } | null, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, actions: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, actionsToReview: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand> }> } };

export type RecordChildSelfRepresentationMutationVariables = Exact<{
  input: RecordChildSelfRepresentationInput;
}>;


export type RecordChildSelfRepresentationMutation = { recordChildSelfRepresentation: { id: string, childId: string, childName: string, scheduledOn: string, place: string, invitees: Array<string>, chairName: string, status: string, heldOn: string | null, attendees: Array<string>, participationCode: string | null, childSelfRepresenting: boolean, childOptedOut: boolean, minutes: string | null, summaryForChild: string | null, allowedCommands: Array<MeetingCommand>, selfRepresentation: { childWords: string | null, recordedByName: string, recordedAt: string, migratedFromChair: boolean } | null, advocateInputs: Array<{ id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean }>, views: Array<{ id: string, kind: ChildViewKind, text: string, shareable: boolean, sharingWithdrawnAt: string | null, sharingWithdrawnBy: string | null, allowedCommands: Array<ChildViewCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, decisions: Array<{ id: string, text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean } | null, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, actions: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand>, corrections: Array<{ id: string, kind: CorrectionKind, text: string, label: string }> }>, actionsToReview: Array<{ id: string, what: string, owner: string, dueOn: string, monitoring: string, status: string, carryOvers: number, drift: boolean, workingDaysOverdue: number, reviewNote: string | null, childId: string, childName: string, allowedCommands: Array<MeetingActionCommand> }> } };

export type NotificationsQueryVariables = Exact<{
  unreadOnly?: boolean;
}>;


export type NotificationsQuery = { unreadNotificationCount: number, notifications: Array<{ id: string, kind: string, message: string, link: string, concernId: string | null, createdAt: string, read: boolean }> };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { id: string, kind: string, message: string, link: string } };

export type AdminLocalAuthorityFieldsFragment = { id: string, code: string, name: string };

export type AdminProviderFieldsFragment = { id: string, name: string, coveredLocalAuthorities: Array<string>, coveredLocalAuthorityIds: Array<string>, advocateCount: number };

export type AdvocateProfileFieldsFragment = { id: string, displayName: string, email: string, advocacyProviderId: string, providerName: string, languages: Array<string>, caseloadCap: number, activeCaseload: number, unavailableUntil: string | null, availableToday: boolean, version: number, employingLocalAuthority: { id: string, name: string } | null };

export type AdminStaffFieldsFragment = { id: string, fullName: string, role: LaStaffRole, managerId: string | null, managerName: string | null, experienced: boolean, active: boolean, isUser: boolean };

export type AdminLocalAuthoritiesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminLocalAuthoritiesQuery = { localAuthorities: Array<{ id: string, code: string, name: string }> };

export type AdminCreateLocalAuthorityMutationVariables = Exact<{
  input: CreateLocalAuthorityInput;
}>;


export type AdminCreateLocalAuthorityMutation = { createLocalAuthority: { id: string, code: string, name: string } };

export type AdminRenameLocalAuthorityMutationVariables = Exact<{
  input: RenameLocalAuthorityInput;
}>;


export type AdminRenameLocalAuthorityMutation = { renameLocalAuthority: { id: string, code: string, name: string } };

export type AdminProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminProvidersQuery = { advocacyProviders: Array<{ id: string, name: string, coveredLocalAuthorities: Array<string>, coveredLocalAuthorityIds: Array<string>, advocateCount: number }>, localAuthorities: Array<{ id: string, code: string, name: string }> };

export type AdminCreateProviderMutationVariables = Exact<{
  input: CreateAdvocacyProviderInput;
}>;


export type AdminCreateProviderMutation = { createAdvocacyProvider: { id: string, name: string, coveredLocalAuthorities: Array<string>, coveredLocalAuthorityIds: Array<string>, advocateCount: number } };

export type AdminSetCoverageMutationVariables = Exact<{
  input: SetProviderCoverageInput;
}>;


export type AdminSetCoverageMutation = { setProviderCoverage: { id: string, name: string, coveredLocalAuthorities: Array<string>, coveredLocalAuthorityIds: Array<string>, advocateCount: number } };

export type AdminAdvocatesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminAdvocatesQuery = { advocateProfiles: Array<{ id: string, displayName: string, email: string, advocacyProviderId: string, providerName: string, languages: Array<string>, caseloadCap: number, activeCaseload: number, unavailableUntil: string | null, availableToday: boolean, version: number, employingLocalAuthority: { id: string, name: string } | null }> };

export type AdminAdvocateFormQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminAdvocateFormQuery = { advocateProfiles: Array<{ id: string, displayName: string, email: string, advocacyProviderId: string, providerName: string, languages: Array<string>, caseloadCap: number, activeCaseload: number, unavailableUntil: string | null, availableToday: boolean, version: number, employingLocalAuthority: { id: string, name: string } | null }>, advocacyProviders: Array<{ id: string, name: string }>, localAuthorities: Array<{ id: string, code: string, name: string }> };

export type AdminUpdateAdvocateMutationVariables = Exact<{
  input: UpdateAdvocateInput;
}>;


export type AdminUpdateAdvocateMutation = { updateAdvocate: { id: string, displayName: string, email: string, advocacyProviderId: string, providerName: string, languages: Array<string>, caseloadCap: number, activeCaseload: number, unavailableUntil: string | null, availableToday: boolean, version: number, employingLocalAuthority: { id: string, name: string } | null } };

export type AdminLaStaffQueryVariables = Exact<{
  localAuthorityId: string | number;
}>;


export type AdminLaStaffQuery = { laStaffOf: Array<{ id: string, fullName: string, role: LaStaffRole, managerId: string | null, managerName: string | null, experienced: boolean, active: boolean, isUser: boolean }> };

export type AdminAddLaStaffMutationVariables = Exact<{
  input: AddLaStaffMemberToLaInput;
}>;


export type AdminAddLaStaffMutation = { addLaStaffMemberToLa: { id: string, fullName: string, role: LaStaffRole, managerId: string | null, managerName: string | null, experienced: boolean, active: boolean, isUser: boolean } };

export type AdminUpdateLaStaffMutationVariables = Exact<{
  input: UpdateLaStaffMemberInput;
}>;


export type AdminUpdateLaStaffMutation = { updateLaStaffMember: { id: string, fullName: string, role: LaStaffRole, managerId: string | null, managerName: string | null, experienced: boolean, active: boolean, isUser: boolean } };

export type AdminSafeguardingContactQueryVariables = Exact<{
  localAuthorityId: string | number;
  managers: UsersFilterInput;
}>;


export type AdminSafeguardingContactQuery = { safeguardingContact: { name: string, email: string, acknowledgerUserId: string, directorUserId: string | null } | null, users: { users: Array<{ id: string, displayName: string }> }, localAuthorities: Array<{ id: string, name: string }> };

export type AdminSetSafeguardingContactMutationVariables = Exact<{
  input: SafeguardingContactInput;
}>;


export type AdminSetSafeguardingContactMutation = { setSafeguardingContact: { name: string, acknowledgerName: string, directorName: string | null } };

export type PaperReviewFieldsFragment = { childId: string, eligible: boolean, explanation: string, afterMeetingOn: string | null, dueOn: string | null, lastWorkingDayBefore: string | null, deadlineStatus: DeadlineStatus | null, signedOffOn: string | null, chairName: string | null, canRecord: Array<PaperReviewConsultee>, canSignOff: boolean, consultations: Array<{ who: PaperReviewConsultee, consultedOn: string, summary: string, recordedByName: string }> };

export type PaperReviewQueryVariables = Exact<{
  childId: string | number;
}>;


export type PaperReviewQuery = { paperReview: { childId: string, eligible: boolean, explanation: string, afterMeetingOn: string | null, dueOn: string | null, lastWorkingDayBefore: string | null, deadlineStatus: DeadlineStatus | null, signedOffOn: string | null, chairName: string | null, canRecord: Array<PaperReviewConsultee>, canSignOff: boolean, consultations: Array<{ who: PaperReviewConsultee, consultedOn: string, summary: string, recordedByName: string }> } };

export type PaperReviewChairsQueryVariables = Exact<{ [key: string]: never; }>;


export type PaperReviewChairsQuery = { laStaff: Array<{ id: string, fullName: string, role: LaStaffRole, experienced: boolean }> };

export type RecordPaperReviewConsultationMutationVariables = Exact<{
  input: RecordPaperReviewConsultationInput;
}>;


export type RecordPaperReviewConsultationMutation = { recordPaperReviewConsultation: { childId: string, eligible: boolean, explanation: string, afterMeetingOn: string | null, dueOn: string | null, lastWorkingDayBefore: string | null, deadlineStatus: DeadlineStatus | null, signedOffOn: string | null, chairName: string | null, canRecord: Array<PaperReviewConsultee>, canSignOff: boolean, consultations: Array<{ who: PaperReviewConsultee, consultedOn: string, summary: string, recordedByName: string }> } };

export type SignOffPaperReviewMutationVariables = Exact<{
  input: SignOffPaperReviewInput;
}>;


export type SignOffPaperReviewMutation = { signOffPaperReview: { childId: string, eligible: boolean, explanation: string, afterMeetingOn: string | null, dueOn: string | null, lastWorkingDayBefore: string | null, deadlineStatus: DeadlineStatus | null, signedOffOn: string | null, chairName: string | null, canRecord: Array<PaperReviewConsultee>, canSignOff: boolean, consultations: Array<{ who: PaperReviewConsultee, consultedOn: string, summary: string, recordedByName: string }> } };

export type ProviderOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ProviderOverviewQuery = { providerOverview: { providerName: string, advocates: Array<{ advocateId: string, displayName: string, caseloadCap: number, activeCaseload: number, active: boolean, overdueOffers: number, pastContactStandard: number }>, childrenNeedingAttention: Array<{ childId: string, childName: string, advocateId: string, advocateName: string, offerDueOn: string | null, offerWorkingDaysOverdue: number | null, contactOverdue: boolean, lastHeardAt: string | null, contactSentence: string | null, localAuthority: { id: string, name: string } }> } };

export type RecommendationAnswerFieldsFragment = { id: string, recommendationId: string, answerer: RecommendationAnswerer, answererName: string, openedOn: string, dueOn: string, status: ThemeRequestStatus, statusLabel: string, late: boolean, response: string | null, answeredOn: string | null, allowedCommands: Array<RecommendationAnswerCommand> };

export type VisitRecommendationsToAnswerQueryVariables = Exact<{ [key: string]: never; }>;


export type VisitRecommendationsToAnswerQuery = { visitRecommendationsToAnswer: Array<{ what: string, owner: string, recommendationDueOn: string, themes: Array<ConcernTheme>, aboutAChild: boolean, homeId: string, homeName: string, visitId: string, visitOn: string, answer: { id: string, recommendationId: string, answerer: RecommendationAnswerer, answererName: string, openedOn: string, dueOn: string, status: ThemeRequestStatus, statusLabel: string, late: boolean, response: string | null, answeredOn: string | null, allowedCommands: Array<RecommendationAnswerCommand> } }> };

export type AnswerVisitRecommendationMutationVariables = Exact<{
  input: AnswerVisitRecommendationInput;
}>;


export type AnswerVisitRecommendationMutation = { answerVisitRecommendation: { id: string, recommendationId: string, answerer: RecommendationAnswerer, answererName: string, openedOn: string, dueOn: string, status: ThemeRequestStatus, statusLabel: string, late: boolean, response: string | null, answeredOn: string | null, allowedCommands: Array<RecommendationAnswerCommand> } };

export type RecordHomeAnswerMutationVariables = Exact<{
  input: RecordHomeAnswerInput;
}>;


export type RecordHomeAnswerMutation = { recordHomeAnswer: { id: string, recommendationId: string, answerer: RecommendationAnswerer, answererName: string, openedOn: string, dueOn: string, status: ThemeRequestStatus, statusLabel: string, late: boolean, response: string | null, answeredOn: string | null, allowedCommands: Array<RecommendationAnswerCommand> } };

export type RecordAccessHistoryQueryVariables = Exact<{
  input: RecordAccessHistoryInput;
}>;


export type RecordAccessHistoryQuery = { recordAccessHistory: { childId: string, childGivenName: string, fromOn: string, toOn: string, overview: string, total: number, truncated: boolean, organisations: Array<{ kind: string, name: string, summary: string, people: Array<{ name: string, roleInWords: string, summary: string, accesses: Array<{ at: string, when: string, what: string, why: string, refused: boolean }> }> }> } };

export type RecordCorrectionFieldsFragment = { id: string, kind: CorrectionKind, text: string, label: string };

export type AddRecordCorrectionMutationVariables = Exact<{
  input: AddRecordCorrectionInput;
}>;


export type AddRecordCorrectionMutation = { addRecordCorrection: { id: string, kind: CorrectionKind, text: string, label: string } };

export type RecordsDueForDisposalQueryVariables = Exact<{ [key: string]: never; }>;


export type RecordsDueForDisposalQuery = { recordsDueForDisposal: Array<{ childId: string, childName: string, retainUntil: string, rule: DisposalRule, explanation: string, status: DisposalStatus, legalHold: boolean, noticeGivenOn: string | null, disposableFrom: string | null }> };

export type RecordDisposalRegisterQueryVariables = Exact<{ [key: string]: never; }>;


export type RecordDisposalRegisterQuery = { recordDisposals: Array<{ id: string, childId: string, rule: DisposalRule, noticeGivenOn: string, disposedAt: string, counts: Array<{ table: string, anonymised: number, deleted: number }> }> };

export type RecordRetentionFieldsFragment = { retainUntil: string | null, rule: RetentionRule, explanation: string, dateOfDeath: string | null, allowedCommands: Array<RecordRetentionCommand>, legalHold: { reason: string, placedOn: string, placedByName: string } | null };

export type RecordChildDeathMutationVariables = Exact<{
  input: RecordChildDeathInput;
}>;


export type RecordChildDeathMutation = { recordChildDeath: { retainUntil: string | null, rule: RetentionRule, explanation: string, dateOfDeath: string | null, allowedCommands: Array<RecordRetentionCommand>, legalHold: { reason: string, placedOn: string, placedByName: string } | null } };

export type PlaceLegalHoldMutationVariables = Exact<{
  input: LegalHoldInput;
}>;


export type PlaceLegalHoldMutation = { placeLegalHold: { retainUntil: string | null, rule: RetentionRule, explanation: string, dateOfDeath: string | null, allowedCommands: Array<RecordRetentionCommand>, legalHold: { reason: string, placedOn: string, placedByName: string } | null } };

export type LiftLegalHoldMutationVariables = Exact<{
  input: LegalHoldInput;
}>;


export type LiftLegalHoldMutation = { liftLegalHold: { retainUntil: string | null, rule: RetentionRule, explanation: string, dateOfDeath: string | null, allowedCommands: Array<RecordRetentionCommand>, legalHold: { reason: string, placedOn: string, placedByName: string } | null } };

export type ReportJobFieldsFragment = { id: string, year: number, status: string, progress: number, reportId: string | null, failure: string | null };

export type AnnualReportFieldsFragment = { id: string, year: number, periodStart: string, periodEnd: string, provisional: boolean, version: number, checksum: string, generatedBy: string, createdAt: string, ownLocalAuthority: string | null };

export type AnnualReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnualReportsQuery = { annualReports: Array<{ id: string, year: number, periodStart: string, periodEnd: string, provisional: boolean, version: number, checksum: string, generatedBy: string, createdAt: string, ownLocalAuthority: string | null }> };

export type AnnualReportQueryVariables = Exact<{
  id: string | number;
}>;


export type AnnualReportQuery = { annualReport: { id: string, year: number, periodStart: string, periodEnd: string, provisional: boolean, version: number, checksum: string, generatedBy: string, createdAt: string, ownLocalAuthority: string | null, tables: Array<{ id: string, caption: string }> } };

export type GenerateAnnualReportMutationVariables = Exact<{
  year: number;
}>;


export type GenerateAnnualReportMutation = { generateAnnualReport: { id: string, year: number, status: string, progress: number, reportId: string | null, failure: string | null } };

export type ReportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportJobQuery = { reportJob: { id: string, year: number, status: string, progress: number, reportId: string | null, failure: string | null } };

export type ReportJobUpdatedSubscriptionVariables = Exact<{
  jobId: string | number;
}>;


export type ReportJobUpdatedSubscription = { reportJobUpdated: { id: string, year: number, status: string, progress: number, reportId: string | null, failure: string | null } };

export type SubjectAccessExportFieldsFragment = { id: string, childId: string, childName: string, status: string, progress: number, failure: string | null, sizeBytes: number | null, requestedAt: string, readyAt: string | null, downloadedAt: string | null, expiresAt: string | null, downloadPath: string | null };

export type RequestSubjectAccessExportMutationVariables = Exact<{
  childId: string | number;
}>;


export type RequestSubjectAccessExportMutation = { requestSubjectAccessExport: { id: string, childId: string, childName: string, status: string, progress: number, failure: string | null, sizeBytes: number | null, requestedAt: string, readyAt: string | null, downloadedAt: string | null, expiresAt: string | null, downloadPath: string | null } };

export type SubjectAccessExportProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type SubjectAccessExportProgressQuery = { subjectAccessExport: { id: string, childId: string, childName: string, status: string, progress: number, failure: string | null, sizeBytes: number | null, requestedAt: string, readyAt: string | null, downloadedAt: string | null, expiresAt: string | null, downloadPath: string | null } };

export type MySubjectAccessExportsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySubjectAccessExportsQuery = { mySubjectAccessExports: Array<{ id: string, childId: string, childName: string, status: string, progress: number, failure: string | null, sizeBytes: number | null, requestedAt: string, readyAt: string | null, downloadedAt: string | null, expiresAt: string | null, downloadPath: string | null }> };

export type ThemeRequestViewFragment = { id: string, recipientKind: ThemeRecipientKind, recipientName: string, localAuthorityName: string | null, providerName: string | null, theme: ConcernTheme, themeLabel: string, question: string, putOn: string, deadline: string, status: ThemeRequestStatus, statusLabel: string, allowedCommands: Array<ThemeAnswerCommand>, answer: { found: string, willDo: string, byWhen: string, answeredOn: string, onTime: boolean } | null, followUps: Array<{ id: string, action: string, owner: string, dueOn: string, state: ThemeFollowUpState }> };

export type ThemeRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type ThemeRequestsQuery = { themeRequests: Array<{ id: string, recipientKind: ThemeRecipientKind, recipientName: string, localAuthorityName: string | null, providerName: string | null, theme: ConcernTheme, themeLabel: string, question: string, putOn: string, deadline: string, status: ThemeRequestStatus, statusLabel: string, allowedCommands: Array<ThemeAnswerCommand>, answer: { found: string, willDo: string, byWhen: string, answeredOn: string, onTime: boolean } | null, followUps: Array<{ id: string, action: string, owner: string, dueOn: string, state: ThemeFollowUpState }> }> };

export type ThemeRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type ThemeRequestQuery = { themeRequest: { id: string, recipientKind: ThemeRecipientKind, recipientName: string, localAuthorityName: string | null, providerName: string | null, theme: ConcernTheme, themeLabel: string, question: string, putOn: string, deadline: string, status: ThemeRequestStatus, statusLabel: string, allowedCommands: Array<ThemeAnswerCommand>, answer: { found: string, willDo: string, byWhen: string, answeredOn: string, onTime: boolean } | null, followUps: Array<{ id: string, action: string, owner: string, dueOn: string, state: ThemeFollowUpState }> } };

export type ThemeLocalAuthoritiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ThemeLocalAuthoritiesQuery = { themeLocalAuthorities: Array<{ id: string, name: string }> };

export type PutThemeToLocalAuthorityMutationVariables = Exact<{
  input: PutThemeInput;
}>;


export type PutThemeToLocalAuthorityMutation = { putThemeToLocalAuthority: { id: string, recipientKind: ThemeRecipientKind, recipientName: string, localAuthorityName: string | null, providerName: string | null, theme: ConcernTheme, themeLabel: string, question: string, putOn: string, deadline: string, status: ThemeRequestStatus, statusLabel: string, allowedCommands: Array<ThemeAnswerCommand>, answer: { found: string, willDo: string, byWhen: string, answeredOn: string, onTime: boolean } | null, followUps: Array<{ id: string, action: string, owner: string, dueOn: string, state: ThemeFollowUpState }> } };

export type AnswerThemeMutationVariables = Exact<{
  input: AnswerThemeInput;
}>;


export type AnswerThemeMutation = { answerTheme: { id: string, recipientKind: ThemeRecipientKind, recipientName: string, localAuthorityName: string | null, providerName: string | null, theme: ConcernTheme, themeLabel: string, question: string, putOn: string, deadline: string, status: ThemeRequestStatus, statusLabel: string, allowedCommands: Array<ThemeAnswerCommand>, answer: { found: string, willDo: string, byWhen: string, answeredOn: string, onTime: boolean } | null, followUps: Array<{ id: string, action: string, owner: string, dueOn: string, state: ThemeFollowUpState }> } };

export type AddThemeFollowUpMutationVariables = Exact<{
  input: AddThemeFollowUpInput;
}>;


export type AddThemeFollowUpMutation = { addThemeFollowUp: { id: string, recipientKind: ThemeRecipientKind, recipientName: string, localAuthorityName: string | null, providerName: string | null, theme: ConcernTheme, themeLabel: string, question: string, putOn: string, deadline: string, status: ThemeRequestStatus, statusLabel: string, allowedCommands: Array<ThemeAnswerCommand>, answer: { found: string, willDo: string, byWhen: string, answeredOn: string, onTime: boolean } | null, followUps: Array<{ id: string, action: string, owner: string, dueOn: string, state: ThemeFollowUpState }> } };

export type CompleteThemeFollowUpMutationVariables = Exact<{
  followUpId: string | number;
}>;


export type CompleteThemeFollowUpMutation = { completeThemeFollowUp: { id: string, recipientKind: ThemeRecipientKind, recipientName: string, localAuthorityName: string | null, providerName: string | null, theme: ConcernTheme, themeLabel: string, question: string, putOn: string, deadline: string, status: ThemeRequestStatus, statusLabel: string, allowedCommands: Array<ThemeAnswerCommand>, answer: { found: string, willDo: string, byWhen: string, answeredOn: string, onTime: boolean } | null, followUps: Array<{ id: string, action: string, owner: string, dueOn: string, state: ThemeFollowUpState }> } };

export type ThemeProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ThemeProvidersQuery = { themeProviders: Array<string> };

export type PutThemeToProviderMutationVariables = Exact<{
  input: PutThemeToProviderInput;
}>;


export type PutThemeToProviderMutation = { putThemeToProvider: { id: string, recipientKind: ThemeRecipientKind, recipientName: string, localAuthorityName: string | null, providerName: string | null, theme: ConcernTheme, themeLabel: string, question: string, putOn: string, deadline: string, status: ThemeRequestStatus, statusLabel: string, allowedCommands: Array<ThemeAnswerCommand>, answer: { found: string, willDo: string, byWhen: string, answeredOn: string, onTime: boolean } | null, followUps: Array<{ id: string, action: string, owner: string, dueOn: string, state: ThemeFollowUpState }> } };

export type RecordProviderAnswerMutationVariables = Exact<{
  input: RecordProviderAnswerInput;
}>;


export type RecordProviderAnswerMutation = { recordProviderAnswer: { id: string, recipientKind: ThemeRecipientKind, recipientName: string, localAuthorityName: string | null, providerName: string | null, theme: ConcernTheme, themeLabel: string, question: string, putOn: string, deadline: string, status: ThemeRequestStatus, statusLabel: string, allowedCommands: Array<ThemeAnswerCommand>, answer: { found: string, willDo: string, byWhen: string, answeredOn: string, onTime: boolean } | null, followUps: Array<{ id: string, action: string, owner: string, dueOn: string, state: ThemeFollowUpState }> } };

export type RecordTriggerEventMutationVariables = Exact<{
  input: RecordTriggerEventInput;
}>;


export type RecordTriggerEventMutation = { recordTriggerEvent: { outcome: AssignmentOutcome, advocate: { id: string, displayName: string } | null, child: { id: string, givenName: string, familyName: string } } };

export type ManagedUserFieldsFragment = { id: string, displayName: string, email: string, role: Role, status: UserStatus, lastSignInAt: string | null, lockedUntil: string | null, allowedCommands: Array<UserAccountCommand>, localAuthority: { id: string, name: string } | null, advocacyProvider: { id: string, name: string } | null };

export type ManagedUsersQueryVariables = Exact<{
  filter: UsersFilterInput;
}>;


export type ManagedUsersQuery = { users: { total: number, offset: number, limit: number, users: Array<{ id: string, displayName: string, email: string, role: Role, status: UserStatus, lastSignInAt: string | null, lockedUntil: string | null, allowedCommands: Array<UserAccountCommand>, localAuthority: { id: string, name: string } | null, advocacyProvider: { id: string, name: string } | null }> } };

export type ManagedUserQueryVariables = Exact<{
  id: string | number;
}>;


export type ManagedUserQuery = { managedUser: { id: string, displayName: string, email: string, role: Role, status: UserStatus, lastSignInAt: string | null, lockedUntil: string | null, allowedCommands: Array<UserAccountCommand>, localAuthority: { id: string, name: string } | null, advocacyProvider: { id: string, name: string } | null } };

export type UserAdminOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type UserAdminOrganisationsQuery = { userAdminOrganisations: { localAuthorities: Array<{ id: string, name: string }>, advocacyProviders: Array<{ id: string, name: string }> } };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { inviteUser: { id: string, displayName: string, email: string, role: Role, status: UserStatus, lastSignInAt: string | null, lockedUntil: string | null, allowedCommands: Array<UserAccountCommand>, localAuthority: { id: string, name: string } | null, advocacyProvider: { id: string, name: string } | null } };

export type ChangeUserRoleMutationVariables = Exact<{
  input: ChangeUserRoleInput;
}>;


export type ChangeUserRoleMutation = { changeUserRole: { id: string, displayName: string, email: string, role: Role, status: UserStatus, lastSignInAt: string | null, lockedUntil: string | null, allowedCommands: Array<UserAccountCommand>, localAuthority: { id: string, name: string } | null, advocacyProvider: { id: string, name: string } | null } };

export type DeactivateUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type DeactivateUserMutation = { deactivateUser: { id: string, displayName: string, email: string, role: Role, status: UserStatus, lastSignInAt: string | null, lockedUntil: string | null, allowedCommands: Array<UserAccountCommand>, localAuthority: { id: string, name: string } | null, advocacyProvider: { id: string, name: string } | null } };

export type ReactivateUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type ReactivateUserMutation = { reactivateUser: { id: string, displayName: string, email: string, role: Role, status: UserStatus, lastSignInAt: string | null, lockedUntil: string | null, allowedCommands: Array<UserAccountCommand>, localAuthority: { id: string, name: string } | null, advocacyProvider: { id: string, name: string } | null } };

export type UnlockUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type UnlockUserMutation = { unlockUser: { id: string, displayName: string, email: string, role: Role, status: UserStatus, lastSignInAt: string | null, lockedUntil: string | null, allowedCommands: Array<UserAccountCommand>, localAuthority: { id: string, name: string } | null, advocacyProvider: { id: string, name: string } | null } };

export type ForcePasswordResetMutationVariables = Exact<{
  userId: string | number;
}>;


export type ForcePasswordResetMutation = { forcePasswordReset: { id: string, displayName: string, email: string, role: Role, status: UserStatus, lastSignInAt: string | null, lockedUntil: string | null, allowedCommands: Array<UserAccountCommand>, localAuthority: { id: string, name: string } | null, advocacyProvider: { id: string, name: string } | null } };

export type SetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type SetPasswordMutation = { setPassword: boolean };

export type YouSaidWeDidFieldsFragment = { viewId: string, kind: ChildViewKind, said: string, shared: boolean, meetingId: string, meetingOn: string, outcome: ViewOutcome, reason: string | null, themes: Array<ConcernTheme>, showToChild: boolean, version: number, updatedAt: string | null, maySetOutcome: boolean, decision: { id: string, text: string } | null, action: { id: string, text: string } | null, forChild: { youSaid: string, weDid: string } };

export type YouSaidWeDidQueryVariables = Exact<{
  childId: string | number;
}>;


export type YouSaidWeDidQuery = { child: { id: string, givenName: string, preferredName: string | null, familyName: string }, youSaidWeDid: Array<{ viewId: string, kind: ChildViewKind, said: string, shared: boolean, meetingId: string, meetingOn: string, outcome: ViewOutcome, reason: string | null, themes: Array<ConcernTheme>, showToChild: boolean, version: number, updatedAt: string | null, maySetOutcome: boolean, decision: { id: string, text: string } | null, action: { id: string, text: string } | null, forChild: { youSaid: string, weDid: string } }> };

export type YouSaidWeDidAnswersQueryVariables = Exact<{
  childId: string | number;
}>;


export type YouSaidWeDidAnswersQuery = { meetingsForChild: Array<{ id: string, scheduledOn: string, heldOn: string | null, decisions: Array<{ id: string, text: string }>, actions: Array<{ id: string, what: string }> }> };

export type SetViewOutcomeMutationVariables = Exact<{
  input: SetViewOutcomeInput;
}>;


export type SetViewOutcomeMutation = { setViewOutcome: { viewId: string, kind: ChildViewKind, said: string, shared: boolean, meetingId: string, meetingOn: string, outcome: ViewOutcome, reason: string | null, themes: Array<ConcernTheme>, showToChild: boolean, version: number, updatedAt: string | null, maySetOutcome: boolean, decision: { id: string, text: string } | null, action: { id: string, text: string } | null, forChild: { youSaid: string, weDid: string } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ImportFindingGroupFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportFindingGroupFields on ImportFindingGroup {
  title
  code
  file
  column
  count
  firstRows {
    rowNumber
    child
    column
    reason
  }
}
    `, {"fragmentName":"ImportFindingGroupFields"}) as unknown as TypedDocumentString<ImportFindingGroupFieldsFragment, unknown>;
export const ImportSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportSummaryFields on ImportSummary {
  needsFixing {
    ...ImportFindingGroupFields
  }
  skipped {
    ...ImportFindingGroupFields
  }
  warnings {
    ...ImportFindingGroupFields
  }
  heardDid {
    childrenCreated
    childrenUpdated
    childrenAssigned
    childrenQueued
    assignmentsEnded
    reviewsRecorded
    offersDue {
      count
      earliest
      latest
    }
  }
}
    fragment ImportFindingGroupFields on ImportFindingGroup {
  title
  code
  file
  column
  count
  firstRows {
    rowNumber
    child
    column
    reason
  }
}`, {"fragmentName":"ImportSummaryFields"}) as unknown as TypedDocumentString<ImportSummaryFieldsFragment, unknown>;
export const LiveThemesFieldsFragmentDoc = new TypedDocumentString(`
    fragment LiveThemesFields on LiveThemes {
  breakdown
  fromOn
  toOn
  lastYearFromOn
  lastYearToOn
  threshold
  sources {
    source
    tables {
      unitId
      label
      rows {
        theme
        count
        lastYear
        change
      }
    }
  }
}
    `, {"fragmentName":"LiveThemesFields"}) as unknown as TypedDocumentString<LiveThemesFieldsFragment, unknown>;
export const ThemeWarningsFieldsFragmentDoc = new TypedDocumentString(`
    fragment ThemeWarningsFields on ThemeWarnings {
  minimum
  factor
  warnings {
    breakdown
    unitId
    label
    theme
    quarterFromOn
    current
    previous
    mean
    above
  }
}
    `, {"fragmentName":"ThemeWarningsFields"}) as unknown as TypedDocumentString<ThemeWarningsFieldsFragment, unknown>;
export const SessionUserFragmentDoc = new TypedDocumentString(`
    fragment SessionUser on User {
  id
  email
  displayName
  role
}
    `, {"fragmentName":"SessionUser"}) as unknown as TypedDocumentString<SessionUserFragment, unknown>;
export const AwaitingEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment AwaitingEntryFields on AwaitingAdvocateEntry {
  childId
  childName
  waitingSince
  workingDaysWaiting
  reason
  localAuthority {
    id
    name
  }
}
    `, {"fragmentName":"AwaitingEntryFields"}) as unknown as TypedDocumentString<AwaitingEntryFieldsFragment, unknown>;
export const CaseloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment CaseloadFields on AdvocateCaseload {
  advocateId
  displayName
  providerName
  caseloadCap
  activeCaseload
  languages
  active
}
    `, {"fragmentName":"CaseloadFields"}) as unknown as TypedDocumentString<CaseloadFieldsFragment, unknown>;
export const SignificantChangeFieldsFragmentDoc = new TypedDocumentString(`
    fragment SignificantChangeFields on SignificantChange {
  id
  kind
  kindLabel
  occurredOn
  whatChanged
  recordedByName
  offeredAgain
}
    `, {"fragmentName":"SignificantChangeFields"}) as unknown as TypedDocumentString<SignificantChangeFieldsFragment, unknown>;
export const EarlierMeetingRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment EarlierMeetingRequestFields on EarlierMeetingRequest {
  id
  childId
  childName
  requestedByName
  reason
  requestedOn
  answerDueBy
  answerDueExplanation
  answerStatus
  answer
  answeredOn
  meetingOn
  answerReasons
  answeredByName
  concernId
  canRaiseConcern
  canAnswer
}
    `, {"fragmentName":"EarlierMeetingRequestFields"}) as unknown as TypedDocumentString<EarlierMeetingRequestFieldsFragment, unknown>;
export const MeetingRecordSharingFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeetingRecordSharingFields on MeetingRecordSharing {
  meetingId
  heldOn
  dueBy
  dueExplanation
  status
  rolesShared
  canRecord
  roles {
    role
    roleLabel
    sharedOn
    sharedByName
    status
  }
}
    `, {"fragmentName":"MeetingRecordSharingFields"}) as unknown as TypedDocumentString<MeetingRecordSharingFieldsFragment, unknown>;
export const OfferFieldsFragmentDoc = new TypedDocumentString(`
    fragment OfferFields on Offer {
  id
  reason
  promptedOn
  dueOn
  dueExplanation
  overdue
  outcome
  outcomeOn
  childWords
  nonInstructedReason
  allowedCommands
}
    `, {"fragmentName":"OfferFields"}) as unknown as TypedDocumentString<OfferFieldsFragment, unknown>;
export const ChildSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChildSummaryFields on ChildSummary {
  id
  givenName
  familyName
  preferredName
  dateOfBirth
  status
  localAuthority {
    id
    name
  }
  advocate {
    id
    displayName
  }
  currentOffer {
    ...OfferFields
  }
  interpreterNeeded
}
    fragment OfferFields on Offer {
  id
  reason
  promptedOn
  dueOn
  dueExplanation
  overdue
  outcome
  outcomeOn
  childWords
  nonInstructedReason
  allowedCommands
}`, {"fragmentName":"ChildSummaryFields"}) as unknown as TypedDocumentString<ChildSummaryFieldsFragment, unknown>;
export const RecordCorrectionFieldsFragmentDoc = new TypedDocumentString(`
    fragment RecordCorrectionFields on RecordCorrection {
  id
  kind
  text
  label
}
    `, {"fragmentName":"RecordCorrectionFields"}) as unknown as TypedDocumentString<RecordCorrectionFieldsFragment, unknown>;
export const RecordRetentionFieldsFragmentDoc = new TypedDocumentString(`
    fragment RecordRetentionFields on RecordRetention {
  retainUntil
  rule
  explanation
  dateOfDeath
  legalHold {
    reason
    placedOn
    placedByName
  }
  allowedCommands
}
    `, {"fragmentName":"RecordRetentionFields"}) as unknown as TypedDocumentString<RecordRetentionFieldsFragment, unknown>;
export const ChildFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChildFields on Child {
  id
  corrections {
    ...RecordCorrectionFields
  }
  givenName
  familyName
  preferredName
  dateOfBirth
  status
  firstLanguage
  communicationNeeds
  uasc
  uascCeasedOn
  interpreterNeeded
  missingEpisodes {
    kind
    startedOn
    endedOn
    days
  }
  legalStatus
  placementType
  retention {
    ...RecordRetentionFields
  }
  localAuthority {
    id
    name
  }
  advocate {
    id
    displayName
  }
  currentOffer {
    ...OfferFields
  }
  offers {
    ...OfferFields
  }
  decisions {
    id
    kind
    decidedOn
    childWords
    recordedBy
  }
  assignments {
    id
    advocate {
      id
      displayName
    }
    startedOn
    startReason
    endedOn
    endReason
    endNote
  }
  episodes {
    id
    startDate
    endDate
    legalStatus
    placementType
  }
  allowedCommands
}
    fragment OfferFields on Offer {
  id
  reason
  promptedOn
  dueOn
  dueExplanation
  overdue
  outcome
  outcomeOn
  childWords
  nonInstructedReason
  allowedCommands
}
fragment RecordCorrectionFields on RecordCorrection {
  id
  kind
  text
  label
}
fragment RecordRetentionFields on RecordRetention {
  retainUntil
  rule
  explanation
  dateOfDeath
  legalHold {
    reason
    placedOn
    placedByName
  }
  allowedCommands
}`, {"fragmentName":"ChildFields"}) as unknown as TypedDocumentString<ChildFieldsFragment, unknown>;
export const ChildContactFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChildContactFields on ChildContact {
  id
  kind
  occurredAt
  viewsRecorded
  privateNote
  recordedBy
  corrections {
    ...RecordCorrectionFields
  }
}
    fragment RecordCorrectionFields on RecordCorrection {
  id
  kind
  text
  label
}`, {"fragmentName":"ChildContactFields"}) as unknown as TypedDocumentString<ChildContactFieldsFragment, unknown>;
export const DecisionFollowThroughFieldsFragmentDoc = new TypedDocumentString(`
    fragment DecisionFollowThroughFields on DecisionFollowThrough {
  decisionId
  meetingId
  childId
  childName
  text
  heldOn
  implementBy
  implementedOn
  challengedOn
  challengeReasons
  status
  challengeBy
  explanation
  challengeDeadlineExplanation
  concernId
  canActAsLa
  canEscalate
}
    `, {"fragmentName":"DecisionFollowThroughFields"}) as unknown as TypedDocumentString<DecisionFollowThroughFieldsFragment, unknown>;
export const ConcernSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConcernSummaryFields on ConcernSummary {
  id
  childId
  childName
  localAuthorityName
  stage
  status
  themes
  whatIsWrong
  raisedOn
  stageEnteredOn
  stageDeadline
  respondedAtStage
  informationDueOn
  overdue
  workingDaysOverdue
  triaged
  updatedAt
}
    `, {"fragmentName":"ConcernSummaryFields"}) as unknown as TypedDocumentString<ConcernSummaryFieldsFragment, unknown>;
export const ConcernLadderFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConcernLadderFields on Concern {
  timeline {
    id
    sequence
    kind
    stage
    actorName
    actorRole
    at
    asked
    answer
    atRiskReason
    dueOn
    court
    caseNumber
    orderSought
    hearingDates
    courtOutcome
    attended
    confidential
    evidence {
      text
      url
    }
  }
  courtApplication {
    court
    caseNumber
    orderSought
    hearingDates
    outcome
  }
  escalationTargets {
    stage
    needsAtRiskReason
  }
}
    `, {"fragmentName":"ConcernLadderFields"}) as unknown as TypedDocumentString<ConcernLadderFieldsFragment, unknown>;
export const ConcernFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConcernFields on Concern {
  id
  childId
  childName
  localAuthorityName
  stage
  status
  themes
  whatIsWrong
  childWants
  raisedOn
  stageEnteredOn
  stageDeadline
  deadlineExplanation
  respondedAtStage
  informationDueOn
  overdue
  workingDaysOverdue
  triaged
  outcome
  fromActionId
  updatedAt
  ...ConcernLadderFields
  allowedCommands
}
    fragment ConcernLadderFields on Concern {
  timeline {
    id
    sequence
    kind
    stage
    actorName
    actorRole
    at
    asked
    answer
    atRiskReason
    dueOn
    court
    caseNumber
    orderSought
    hearingDates
    courtOutcome
    attended
    confidential
    evidence {
      text
      url
    }
  }
  courtApplication {
    court
    caseNumber
    orderSought
    hearingDates
    outcome
  }
  escalationTargets {
    stage
    needsAtRiskReason
  }
}`, {"fragmentName":"ConcernFields"}) as unknown as TypedDocumentString<ConcernFieldsFragment, unknown>;
export const SafeguardingAlertFieldsFragmentDoc = new TypedDocumentString(`
    fragment SafeguardingAlertFields on SafeguardingAlert {
  id
  concernId
  childId
  childName
  toldWho
  raisedAt
  dueAt
  deadlineExplained
  status
  acknowledgedAt
  acknowledgedByName
}
    `, {"fragmentName":"SafeguardingAlertFields"}) as unknown as TypedDocumentString<SafeguardingAlertFieldsFragment, unknown>;
export const HomeSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment HomeSummaryFields on HomeSummary {
  id
  name
  providerName
  ofstedUrn
  address
  localAuthorityName
  responsibleAdvocateName
  childrenPlaced
  schedule {
    month
    dueBy
    visitedThisMonth
    missedMonths
  }
  lastVisitOn
  openRecommendations
  draftVisitId
  responsibleIsMe
}
    `, {"fragmentName":"HomeSummaryFields"}) as unknown as TypedDocumentString<HomeSummaryFieldsFragment, unknown>;
export const RecommendationAnswerFieldsFragmentDoc = new TypedDocumentString(`
    fragment RecommendationAnswerFields on RecommendationAnswer {
  id
  recommendationId
  answerer
  answererName
  openedOn
  dueOn
  status
  statusLabel
  late
  response
  answeredOn
  allowedCommands
}
    `, {"fragmentName":"RecommendationAnswerFields"}) as unknown as TypedDocumentString<RecommendationAnswerFieldsFragment, unknown>;
export const RecommendationFieldsFragmentDoc = new TypedDocumentString(`
    fragment RecommendationFields on HomeRecommendation {
  id
  what
  owner
  dueOn
  themes
  childId
  status
  carryOvers
  drift
  reviewNote
  visitId
  answers {
    ...RecommendationAnswerFields
  }
}
    fragment RecommendationAnswerFields on RecommendationAnswer {
  id
  recommendationId
  answerer
  answererName
  openedOn
  dueOn
  status
  statusLabel
  late
  response
  answeredOn
  allowedCommands
}`, {"fragmentName":"RecommendationFields"}) as unknown as TypedDocumentString<RecommendationFieldsFragment, unknown>;
export const HomeVisitFieldsFragmentDoc = new TypedDocumentString(`
    fragment HomeVisitFields on HomeVisit {
  id
  homeId
  homeName
  status
  advocateName
  visitOn
  announced
  staffSpokenTo
  recordsChecked
  judgements {
    standard
    judgement
    evidence
  }
  childrenSpokenTo {
    childId
    name
    spokeInPrivate
    consentToSpeak
    whatTheySaid
    consentToShare
  }
  childrenSpokenToCount
  sharedVoices
  recommendations {
    ...RecommendationFields
  }
  followUps {
    recommendationId
    outcome
    note
  }
  allowedCommands
}
    fragment RecommendationFields on HomeRecommendation {
  id
  what
  owner
  dueOn
  themes
  childId
  status
  carryOvers
  drift
  reviewNote
  visitId
  answers {
    ...RecommendationAnswerFields
  }
}
fragment RecommendationAnswerFields on RecommendationAnswer {
  id
  recommendationId
  answerer
  answererName
  openedOn
  dueOn
  status
  statusLabel
  late
  response
  answeredOn
  allowedCommands
}`, {"fragmentName":"HomeVisitFields"}) as unknown as TypedDocumentString<HomeVisitFieldsFragment, unknown>;
export const ImportCountsFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportCountsFields on ImportCounts {
  childrenCreated
  childrenUpdated
  childrenUnchanged
  periodsOfCare
  childrenAssigned
  childrenQueued
  assignmentsEnded
  meetingsRecorded
  shortBreaksSkipped
  rowsRead
  rowsRejected
}
    `, {"fragmentName":"ImportCountsFields"}) as unknown as TypedDocumentString<ImportCountsFieldsFragment, unknown>;
export const ImportFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportFields on Ssda903Import {
  id
  status
  importedBy
  startedAt
  finishedAt
  childrenTotal
  childrenDone
  failure
  sameFilesAs
  counts {
    ...ImportCountsFields
  }
}
    fragment ImportCountsFields on ImportCounts {
  childrenCreated
  childrenUpdated
  childrenUnchanged
  periodsOfCare
  childrenAssigned
  childrenQueued
  assignmentsEnded
  meetingsRecorded
  shortBreaksSkipped
  rowsRead
  rowsRejected
}`, {"fragmentName":"ImportFields"}) as unknown as TypedDocumentString<ImportFieldsFragment, unknown>;
export const MeetingLogisticsFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeetingLogisticsFields on MeetingLogistics {
  meetingId
  meetingDate
  startTime
  lengthMinutes
  venueKind
  venueLabel
  venueDetails
  childPreference {
    venueKind
    venueLabel
    details
    recordedAt
  }
  invitations {
    id
    role
    roleLabel
    name
    email
    sentOn
    noticeWorkingDays
    noticeLabel
  }
  invitationsFirstSentOn
  noticeWorkingDays
  noticeLabel
  sequence
  papers {
    dueBy
    explanation
    sharedOn
    status
  }
  canArrange
  canRecordPreference
}
    `, {"fragmentName":"MeetingLogisticsFields"}) as unknown as TypedDocumentString<MeetingLogisticsFieldsFragment, unknown>;
export const MeetingPartsFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeetingPartsFields on MeetingParts {
  meetingId
  accountableChairName
  parts {
    id
    position
    title
    attendees
    childAttended
    childChair
    chairedBy
  }
  decisions {
    decisionId
    text
    significant
    partId
    partTitle
    childMissed
    childTold
    toldOn
    toldByName
    childSaid
  }
  childNotYetTold
  canAddPart
  canRecordBriefing
}
    `, {"fragmentName":"MeetingPartsFields"}) as unknown as TypedDocumentString<MeetingPartsFieldsFragment, unknown>;
export const MeetingFamilyViewsFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeetingFamilyViewsFields on MeetingFamilyViews {
  meetingId
  canRecord
  views {
    id
    who
    name
    relationship
    views
    visibility
    recordedByName
    recordedAt
  }
}
    `, {"fragmentName":"MeetingFamilyViewsFields"}) as unknown as TypedDocumentString<MeetingFamilyViewsFieldsFragment, unknown>;
export const ChildRecordPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChildRecordPageFields on MeetingChildRecord {
  meetingId
  childId
  childGivenName
  meetingDate
  text
  draft
  version
  editedAt
  editedByName
  goneThroughOn
  childSaid
  canEdit
}
    `, {"fragmentName":"ChildRecordPageFields"}) as unknown as TypedDocumentString<ChildRecordPageFieldsFragment, unknown>;
export const AdvocateInputFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdvocateInputFields on AdvocateInput {
  id
  meetingId
  proposal
  input
  advocateName
  recordedAt
  migratedFromChair
}
    `, {"fragmentName":"AdvocateInputFields"}) as unknown as TypedDocumentString<AdvocateInputFieldsFragment, unknown>;
export const MeetingActionFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeetingActionFields on MeetingAction {
  id
  what
  owner
  dueOn
  monitoring
  status
  carryOvers
  drift
  workingDaysOverdue
  reviewNote
  childId
  childName
  allowedCommands
}
    `, {"fragmentName":"MeetingActionFields"}) as unknown as TypedDocumentString<MeetingActionFieldsFragment, unknown>;
export const MeetingFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeetingFields on Meeting {
  id
  childId
  childName
  scheduledOn
  place
  invitees
  chairName
  status
  heldOn
  attendees
  participationCode
  childSelfRepresenting
  selfRepresentation {
    childWords
    recordedByName
    recordedAt
    migratedFromChair
  }
  childOptedOut
  advocateInputs {
    ...AdvocateInputFields
  }
  minutes
  summaryForChild
  views {
    id
    kind
    text
    shareable
    sharingWithdrawnAt
    sharingWithdrawnBy
    allowedCommands
    corrections {
      ...RecordCorrectionFields
    }
  }
  decisions {
    id
    text
    significant
    basis
    advocateInput {
      ...AdvocateInputFields
    }
    corrections {
      ...RecordCorrectionFields
    }
  }
  actions {
    ...MeetingActionFields
    corrections {
      ...RecordCorrectionFields
    }
  }
  actionsToReview {
    ...MeetingActionFields
  }
  allowedCommands
}
    fragment MeetingActionFields on MeetingAction {
  id
  what
  owner
  dueOn
  monitoring
  status
  carryOvers
  drift
  workingDaysOverdue
  reviewNote
  childId
  childName
  allowedCommands
}
fragment AdvocateInputFields on AdvocateInput {
  id
  meetingId
  proposal
  input
  advocateName
  recordedAt
  migratedFromChair
}
fragment RecordCorrectionFields on RecordCorrection {
  id
  kind
  text
  label
}`, {"fragmentName":"MeetingFields"}) as unknown as TypedDocumentString<MeetingFieldsFragment, unknown>;
export const AdminLocalAuthorityFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminLocalAuthorityFields on LocalAuthority {
  id
  code
  name
}
    `, {"fragmentName":"AdminLocalAuthorityFields"}) as unknown as TypedDocumentString<AdminLocalAuthorityFieldsFragment, unknown>;
export const AdminProviderFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminProviderFields on AdvocacyProvider {
  id
  name
  coveredLocalAuthorities
  coveredLocalAuthorityIds
  advocateCount
}
    `, {"fragmentName":"AdminProviderFields"}) as unknown as TypedDocumentString<AdminProviderFieldsFragment, unknown>;
export const AdvocateProfileFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdvocateProfileFields on AdvocateProfile {
  id
  displayName
  email
  advocacyProviderId
  providerName
  employingLocalAuthority {
    id
    name
  }
  languages
  caseloadCap
  activeCaseload
  unavailableUntil
  availableToday
  version
}
    `, {"fragmentName":"AdvocateProfileFields"}) as unknown as TypedDocumentString<AdvocateProfileFieldsFragment, unknown>;
export const AdminStaffFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminStaffFields on LaStaffMember {
  id
  fullName
  role
  managerId
  managerName
  experienced
  active
  isUser
}
    `, {"fragmentName":"AdminStaffFields"}) as unknown as TypedDocumentString<AdminStaffFieldsFragment, unknown>;
export const PaperReviewFieldsFragmentDoc = new TypedDocumentString(`
    fragment PaperReviewFields on PaperReview {
  childId
  eligible
  explanation
  afterMeetingOn
  dueOn
  lastWorkingDayBefore
  deadlineStatus
  consultations {
    who
    consultedOn
    summary
    recordedByName
  }
  signedOffOn
  chairName
  canRecord
  canSignOff
}
    `, {"fragmentName":"PaperReviewFields"}) as unknown as TypedDocumentString<PaperReviewFieldsFragment, unknown>;
export const ReportJobFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportJobFields on ReportJob {
  id
  year
  status
  progress
  reportId
  failure
}
    `, {"fragmentName":"ReportJobFields"}) as unknown as TypedDocumentString<ReportJobFieldsFragment, unknown>;
export const AnnualReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment AnnualReportFields on AnnualReport {
  id
  year
  periodStart
  periodEnd
  provisional
  version
  checksum
  generatedBy
  createdAt
  ownLocalAuthority
}
    `, {"fragmentName":"AnnualReportFields"}) as unknown as TypedDocumentString<AnnualReportFieldsFragment, unknown>;
export const SubjectAccessExportFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubjectAccessExportFields on SubjectAccessExport {
  id
  childId
  childName
  status
  progress
  failure
  sizeBytes
  requestedAt
  readyAt
  downloadedAt
  expiresAt
  downloadPath
}
    `, {"fragmentName":"SubjectAccessExportFields"}) as unknown as TypedDocumentString<SubjectAccessExportFieldsFragment, unknown>;
export const ThemeRequestViewFragmentDoc = new TypedDocumentString(`
    fragment ThemeRequestView on ThemeRequestType {
  id
  recipientKind
  recipientName
  localAuthorityName
  providerName
  theme
  themeLabel
  question
  putOn
  deadline
  status
  statusLabel
  answer {
    found
    willDo
    byWhen
    answeredOn
    onTime
  }
  followUps {
    id
    action
    owner
    dueOn
    state
  }
  allowedCommands
}
    `, {"fragmentName":"ThemeRequestView"}) as unknown as TypedDocumentString<ThemeRequestViewFragment, unknown>;
export const ManagedUserFieldsFragmentDoc = new TypedDocumentString(`
    fragment ManagedUserFields on ManagedUser {
  id
  displayName
  email
  role
  status
  localAuthority {
    id
    name
  }
  advocacyProvider {
    id
    name
  }
  lastSignInAt
  lockedUntil
  allowedCommands
}
    `, {"fragmentName":"ManagedUserFields"}) as unknown as TypedDocumentString<ManagedUserFieldsFragment, unknown>;
export const YouSaidWeDidFieldsFragmentDoc = new TypedDocumentString(`
    fragment YouSaidWeDidFields on YouSaidWeDidItemType {
  viewId
  kind
  said
  shared
  meetingId
  meetingOn
  outcome
  reason
  themes
  decision {
    id
    text
  }
  action {
    id
    text
  }
  showToChild
  version
  updatedAt
  forChild {
    youSaid
    weDid
  }
  maySetOutcome
}
    `, {"fragmentName":"YouSaidWeDidFields"}) as unknown as TypedDocumentString<YouSaidWeDidFieldsFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    accessToken
    expiresAt
    user {
      ...SessionUser
    }
  }
}
    fragment SessionUser on User {
  id
  email
  displayName
  role
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession {
  refreshSession {
    accessToken
    expiresAt
    user {
      ...SessionUser
    }
  }
}
    fragment SessionUser on User {
  id
  email
  displayName
  role
}`) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...SessionUser
  }
}
    fragment SessionUser on User {
  id
  email
  displayName
  role
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const AwaitingAdvocateDocument = new TypedDocumentString(`
    query AwaitingAdvocate {
  awaitingAdvocate {
    ...AwaitingEntryFields
  }
}
    fragment AwaitingEntryFields on AwaitingAdvocateEntry {
  childId
  childName
  waitingSince
  workingDaysWaiting
  reason
  localAuthority {
    id
    name
  }
}`) as unknown as TypedDocumentString<AwaitingAdvocateQuery, AwaitingAdvocateQueryVariables>;
export const AllocationOverviewDocument = new TypedDocumentString(`
    query AllocationOverview {
  caseloads {
    ...CaseloadFields
  }
  awaitingAdvocate {
    ...AwaitingEntryFields
  }
}
    fragment AwaitingEntryFields on AwaitingAdvocateEntry {
  childId
  childName
  waitingSince
  workingDaysWaiting
  reason
  localAuthority {
    id
    name
  }
}
fragment CaseloadFields on AdvocateCaseload {
  advocateId
  displayName
  providerName
  caseloadCap
  activeCaseload
  languages
  active
}`) as unknown as TypedDocumentString<AllocationOverviewQuery, AllocationOverviewQueryVariables>;
export const SetCaseloadCapDocument = new TypedDocumentString(`
    mutation SetCaseloadCap($input: SetCaseloadCapInput!) {
  setCaseloadCap(input: $input) {
    ...CaseloadFields
  }
}
    fragment CaseloadFields on AdvocateCaseload {
  advocateId
  displayName
  providerName
  caseloadCap
  activeCaseload
  languages
  active
}`) as unknown as TypedDocumentString<SetCaseloadCapMutation, SetCaseloadCapMutationVariables>;
export const ReassignChildDocument = new TypedDocumentString(`
    mutation ReassignChild($input: ReassignChildInput!) {
  reassignChild(input: $input) {
    childId
    childName
    advocateName
  }
}
    `) as unknown as TypedDocumentString<ReassignChildMutation, ReassignChildMutationVariables>;
export const ChildSearchDocument = new TypedDocumentString(`
    query ChildSearch($input: ChildSearchInput!) {
  childSearch(input: $input) {
    matches {
      id
      givenName
      familyName
      preferredName
      dateOfBirth
      localAuthority {
        id
        name
      }
      advocate {
        id
        displayName
      }
    }
    more
  }
}
    `) as unknown as TypedDocumentString<ChildSearchQuery, ChildSearchQueryVariables>;
export const SignificantChangesSinceLastMeetingDocument = new TypedDocumentString(`
    query SignificantChangesSinceLastMeeting($childId: ID!) {
  significantChangesSinceLastMeeting(childId: $childId) {
    childId
    lastMeetingOn
    changes {
      ...SignificantChangeFields
    }
  }
}
    fragment SignificantChangeFields on SignificantChange {
  id
  kind
  kindLabel
  occurredOn
  whatChanged
  recordedByName
  offeredAgain
}`) as unknown as TypedDocumentString<SignificantChangesSinceLastMeetingQuery, SignificantChangesSinceLastMeetingQueryVariables>;
export const RecordSignificantChangeDocument = new TypedDocumentString(`
    mutation RecordSignificantChange($input: RecordSignificantChangeInput!) {
  recordSignificantChange(input: $input) {
    ...SignificantChangeFields
  }
}
    fragment SignificantChangeFields on SignificantChange {
  id
  kind
  kindLabel
  occurredOn
  whatChanged
  recordedByName
  offeredAgain
}`) as unknown as TypedDocumentString<RecordSignificantChangeMutation, RecordSignificantChangeMutationVariables>;
export const RecordPlacementChangeAsSignificantDocument = new TypedDocumentString(`
    mutation RecordPlacementChangeAsSignificant($input: RecordPlacementChangeInput!) {
  recordPlacementChange(input: $input) {
    offeredAgain
  }
}
    `) as unknown as TypedDocumentString<RecordPlacementChangeAsSignificantMutation, RecordPlacementChangeAsSignificantMutationVariables>;
export const EarlierMeetingRequestsOfChildDocument = new TypedDocumentString(`
    query EarlierMeetingRequestsOfChild($childId: ID!) {
  earlierMeetingRequestsOfChild(childId: $childId) {
    ...EarlierMeetingRequestFields
  }
}
    fragment EarlierMeetingRequestFields on EarlierMeetingRequest {
  id
  childId
  childName
  requestedByName
  reason
  requestedOn
  answerDueBy
  answerDueExplanation
  answerStatus
  answer
  answeredOn
  meetingOn
  answerReasons
  answeredByName
  concernId
  canRaiseConcern
  canAnswer
}`) as unknown as TypedDocumentString<EarlierMeetingRequestsOfChildQuery, EarlierMeetingRequestsOfChildQueryVariables>;
export const EarlierMeetingRequestsDocument = new TypedDocumentString(`
    query EarlierMeetingRequests {
  earlierMeetingRequests {
    ...EarlierMeetingRequestFields
  }
}
    fragment EarlierMeetingRequestFields on EarlierMeetingRequest {
  id
  childId
  childName
  requestedByName
  reason
  requestedOn
  answerDueBy
  answerDueExplanation
  answerStatus
  answer
  answeredOn
  meetingOn
  answerReasons
  answeredByName
  concernId
  canRaiseConcern
  canAnswer
}`) as unknown as TypedDocumentString<EarlierMeetingRequestsQuery, EarlierMeetingRequestsQueryVariables>;
export const RequestEarlierMeetingDocument = new TypedDocumentString(`
    mutation RequestEarlierMeeting($input: RequestEarlierMeetingInput!) {
  requestEarlierMeeting(input: $input) {
    ...EarlierMeetingRequestFields
  }
}
    fragment EarlierMeetingRequestFields on EarlierMeetingRequest {
  id
  childId
  childName
  requestedByName
  reason
  requestedOn
  answerDueBy
  answerDueExplanation
  answerStatus
  answer
  answeredOn
  meetingOn
  answerReasons
  answeredByName
  concernId
  canRaiseConcern
  canAnswer
}`) as unknown as TypedDocumentString<RequestEarlierMeetingMutation, RequestEarlierMeetingMutationVariables>;
export const AnswerEarlierMeetingRequestDocument = new TypedDocumentString(`
    mutation AnswerEarlierMeetingRequest($input: AnswerEarlierMeetingRequestInput!) {
  answerEarlierMeetingRequest(input: $input) {
    ...EarlierMeetingRequestFields
  }
}
    fragment EarlierMeetingRequestFields on EarlierMeetingRequest {
  id
  childId
  childName
  requestedByName
  reason
  requestedOn
  answerDueBy
  answerDueExplanation
  answerStatus
  answer
  answeredOn
  meetingOn
  answerReasons
  answeredByName
  concernId
  canRaiseConcern
  canAnswer
}`) as unknown as TypedDocumentString<AnswerEarlierMeetingRequestMutation, AnswerEarlierMeetingRequestMutationVariables>;
export const RaiseConcernFromEarlierMeetingRequestDocument = new TypedDocumentString(`
    mutation RaiseConcernFromEarlierMeetingRequest($requestId: ID!) {
  raiseConcernFromEarlierMeetingRequest(requestId: $requestId) {
    ...EarlierMeetingRequestFields
  }
}
    fragment EarlierMeetingRequestFields on EarlierMeetingRequest {
  id
  childId
  childName
  requestedByName
  reason
  requestedOn
  answerDueBy
  answerDueExplanation
  answerStatus
  answer
  answeredOn
  meetingOn
  answerReasons
  answeredByName
  concernId
  canRaiseConcern
  canAnswer
}`) as unknown as TypedDocumentString<RaiseConcernFromEarlierMeetingRequestMutation, RaiseConcernFromEarlierMeetingRequestMutationVariables>;
export const MeetingRecordSharingDocument = new TypedDocumentString(`
    query MeetingRecordSharing($meetingId: ID!) {
  meetingRecordSharing(meetingId: $meetingId) {
    ...MeetingRecordSharingFields
  }
}
    fragment MeetingRecordSharingFields on MeetingRecordSharing {
  meetingId
  heldOn
  dueBy
  dueExplanation
  status
  rolesShared
  canRecord
  roles {
    role
    roleLabel
    sharedOn
    sharedByName
    status
  }
}`) as unknown as TypedDocumentString<MeetingRecordSharingQuery, MeetingRecordSharingQueryVariables>;
export const RecordMeetingRecordSharedDocument = new TypedDocumentString(`
    mutation RecordMeetingRecordShared($input: RecordMeetingRecordSharedInput!) {
  recordMeetingRecordShared(input: $input) {
    ...MeetingRecordSharingFields
  }
}
    fragment MeetingRecordSharingFields on MeetingRecordSharing {
  meetingId
  heldOn
  dueBy
  dueExplanation
  status
  rolesShared
  canRecord
  roles {
    role
    roleLabel
    sharedOn
    sharedByName
    status
  }
}`) as unknown as TypedDocumentString<RecordMeetingRecordSharedMutation, RecordMeetingRecordSharedMutationVariables>;
export const LateMeetingRecordsDocument = new TypedDocumentString(`
    query LateMeetingRecords {
  lateMeetingRecords {
    meetingId
    childId
    childName
    heldOn
    dueBy
    dueExplanation
    status
    lastSharedOn
    rolesShared
  }
}
    `) as unknown as TypedDocumentString<LateMeetingRecordsQuery, LateMeetingRecordsQueryVariables>;
export const ChildChannelPageDocument = new TypedDocumentString(`
    query ChildChannelPage($token: String!) {
  childChannelPage(token: $token) {
    advocateFirstName
  }
}
    `) as unknown as TypedDocumentString<ChildChannelPageQuery, ChildChannelPageQueryVariables>;
export const SendChildChannelMessageDocument = new TypedDocumentString(`
    mutation SendChildChannelMessage($input: SendChildChannelInput!) {
  sendChildChannelMessage(input: $input) {
    confirmation
    urgent
  }
}
    `) as unknown as TypedDocumentString<SendChildChannelMessageMutation, SendChildChannelMessageMutationVariables>;
export const ChildChannelDocument = new TypedDocumentString(`
    query ChildChannel($childId: ID!) {
  childChannel(childId: $childId) {
    liveLinkCreatedAt
    overdueCount
    messages {
      id
      kind
      text
      callTime
      urgent
      sentAt
      replyDueAt
      replyDueSentence
      replyStatus
      repliedAt
      replyMethod
      replyNote
    }
  }
}
    `) as unknown as TypedDocumentString<ChildChannelQuery, ChildChannelQueryVariables>;
export const CreateChildChannelLinkDocument = new TypedDocumentString(`
    mutation CreateChildChannelLink($childId: ID!) {
  createChildChannelLink(childId: $childId) {
    path
    createdAt
  }
}
    `) as unknown as TypedDocumentString<CreateChildChannelLinkMutation, CreateChildChannelLinkMutationVariables>;
export const RevokeChildChannelLinkDocument = new TypedDocumentString(`
    mutation RevokeChildChannelLink($childId: ID!) {
  revokeChildChannelLink(childId: $childId) {
    liveLinkCreatedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeChildChannelLinkMutation, RevokeChildChannelLinkMutationVariables>;
export const MarkChildMessageRepliedDocument = new TypedDocumentString(`
    mutation MarkChildMessageReplied($input: MarkChildMessageRepliedInput!) {
  markChildMessageReplied(input: $input) {
    id
    replyStatus
    repliedAt
    replyMethod
    replyNote
  }
}
    `) as unknown as TypedDocumentString<MarkChildMessageRepliedMutation, MarkChildMessageRepliedMutationVariables>;
export const MyChildrenDocument = new TypedDocumentString(`
    query MyChildren {
  myChildren {
    ...ChildSummaryFields
    lastHeardAt
    contactStandard {
      status
      sentence
    }
  }
}
    fragment OfferFields on Offer {
  id
  reason
  promptedOn
  dueOn
  dueExplanation
  overdue
  outcome
  outcomeOn
  childWords
  nonInstructedReason
  allowedCommands
}
fragment ChildSummaryFields on ChildSummary {
  id
  givenName
  familyName
  preferredName
  dateOfBirth
  status
  localAuthority {
    id
    name
  }
  advocate {
    id
    displayName
  }
  currentOffer {
    ...OfferFields
  }
  interpreterNeeded
}`) as unknown as TypedDocumentString<MyChildrenQuery, MyChildrenQueryVariables>;
export const LaChildrenDocument = new TypedDocumentString(`
    query LaChildren {
  laChildren {
    ...ChildSummaryFields
    lastHeardAt
    contactStandard {
      status
    }
  }
}
    fragment OfferFields on Offer {
  id
  reason
  promptedOn
  dueOn
  dueExplanation
  overdue
  outcome
  outcomeOn
  childWords
  nonInstructedReason
  allowedCommands
}
fragment ChildSummaryFields on ChildSummary {
  id
  givenName
  familyName
  preferredName
  dateOfBirth
  status
  localAuthority {
    id
    name
  }
  advocate {
    id
    displayName
  }
  currentOffer {
    ...OfferFields
  }
  interpreterNeeded
}`) as unknown as TypedDocumentString<LaChildrenQuery, LaChildrenQueryVariables>;
export const ChildDocument = new TypedDocumentString(`
    query Child($id: ID!) {
  child(id: $id) {
    ...ChildFields
  }
}
    fragment OfferFields on Offer {
  id
  reason
  promptedOn
  dueOn
  dueExplanation
  overdue
  outcome
  outcomeOn
  childWords
  nonInstructedReason
  allowedCommands
}
fragment ChildFields on Child {
  id
  corrections {
    ...RecordCorrectionFields
  }
  givenName
  familyName
  preferredName
  dateOfBirth
  status
  firstLanguage
  communicationNeeds
  uasc
  uascCeasedOn
  interpreterNeeded
  missingEpisodes {
    kind
    startedOn
    endedOn
    days
  }
  legalStatus
  placementType
  retention {
    ...RecordRetentionFields
  }
  localAuthority {
    id
    name
  }
  advocate {
    id
    displayName
  }
  currentOffer {
    ...OfferFields
  }
  offers {
    ...OfferFields
  }
  decisions {
    id
    kind
    decidedOn
    childWords
    recordedBy
  }
  assignments {
    id
    advocate {
      id
      displayName
    }
    startedOn
    startReason
    endedOn
    endReason
    endNote
  }
  episodes {
    id
    startDate
    endDate
    legalStatus
    placementType
  }
  allowedCommands
}
fragment RecordCorrectionFields on RecordCorrection {
  id
  kind
  text
  label
}
fragment RecordRetentionFields on RecordRetention {
  retainUntil
  rule
  explanation
  dateOfDeath
  legalHold {
    reason
    placedOn
    placedByName
  }
  allowedCommands
}`) as unknown as TypedDocumentString<ChildQuery, ChildQueryVariables>;
export const AdvocateCardDocument = new TypedDocumentString(`
    query AdvocateCard($childId: ID!) {
  advocateCard(childId: $childId) {
    childName
    advocateName
    advocateEmail
    advocatePhone
    providerName
  }
}
    `) as unknown as TypedDocumentString<AdvocateCardQuery, AdvocateCardQueryVariables>;
export const RecordOfferOutcomeDocument = new TypedDocumentString(`
    mutation RecordOfferOutcome($input: RecordOfferOutcomeInput!) {
  recordOfferOutcome(input: $input) {
    ...ChildFields
  }
}
    fragment OfferFields on Offer {
  id
  reason
  promptedOn
  dueOn
  dueExplanation
  overdue
  outcome
  outcomeOn
  childWords
  nonInstructedReason
  allowedCommands
}
fragment ChildFields on Child {
  id
  corrections {
    ...RecordCorrectionFields
  }
  givenName
  familyName
  preferredName
  dateOfBirth
  status
  firstLanguage
  communicationNeeds
  uasc
  uascCeasedOn
  interpreterNeeded
  missingEpisodes {
    kind
    startedOn
    endedOn
    days
  }
  legalStatus
  placementType
  retention {
    ...RecordRetentionFields
  }
  localAuthority {
    id
    name
  }
  advocate {
    id
    displayName
  }
  currentOffer {
    ...OfferFields
  }
  offers {
    ...OfferFields
  }
  decisions {
    id
    kind
    decidedOn
    childWords
    recordedBy
  }
  assignments {
    id
    advocate {
      id
      displayName
    }
    startedOn
    startReason
    endedOn
    endReason
    endNote
  }
  episodes {
    id
    startDate
    endDate
    legalStatus
    placementType
  }
  allowedCommands
}
fragment RecordCorrectionFields on RecordCorrection {
  id
  kind
  text
  label
}
fragment RecordRetentionFields on RecordRetention {
  retainUntil
  rule
  explanation
  dateOfDeath
  legalHold {
    reason
    placedOn
    placedByName
  }
  allowedCommands
}`) as unknown as TypedDocumentString<RecordOfferOutcomeMutation, RecordOfferOutcomeMutationVariables>;
export const RecordOptBackInDocument = new TypedDocumentString(`
    mutation RecordOptBackIn($input: RecordOptBackInInput!) {
  recordOptBackIn(input: $input) {
    ...ChildFields
  }
}
    fragment OfferFields on Offer {
  id
  reason
  promptedOn
  dueOn
  dueExplanation
  overdue
  outcome
  outcomeOn
  childWords
  nonInstructedReason
  allowedCommands
}
fragment ChildFields on Child {
  id
  corrections {
    ...RecordCorrectionFields
  }
  givenName
  familyName
  preferredName
  dateOfBirth
  status
  firstLanguage
  communicationNeeds
  uasc
  uascCeasedOn
  interpreterNeeded
  missingEpisodes {
    kind
    startedOn
    endedOn
    days
  }
  legalStatus
  placementType
  retention {
    ...RecordRetentionFields
  }
  localAuthority {
    id
    name
  }
  advocate {
    id
    displayName
  }
  currentOffer {
    ...OfferFields
  }
  offers {
    ...OfferFields
  }
  decisions {
    id
    kind
    decidedOn
    childWords
    recordedBy
  }
  assignments {
    id
    advocate {
      id
      displayName
    }
    startedOn
    startReason
    endedOn
    endReason
    endNote
  }
  episodes {
    id
    startDate
    endDate
    legalStatus
    placementType
  }
  allowedCommands
}
fragment RecordCorrectionFields on RecordCorrection {
  id
  kind
  text
  label
}
fragment RecordRetentionFields on RecordRetention {
  retainUntil
  rule
  explanation
  dateOfDeath
  legalHold {
    reason
    placedOn
    placedByName
  }
  allowedCommands
}`) as unknown as TypedDocumentString<RecordOptBackInMutation, RecordOptBackInMutationVariables>;
export const RecordPlacementChangeDocument = new TypedDocumentString(`
    mutation RecordPlacementChange($input: RecordPlacementChangeInput!) {
  recordPlacementChange(input: $input) {
    offeredAgain
    child {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RecordPlacementChangeMutation, RecordPlacementChangeMutationVariables>;
export const RecordLeftCareDocument = new TypedDocumentString(`
    mutation RecordLeftCare($input: RecordLeftCareInput!) {
  recordLeftCare(input: $input) {
    advocacyEndedOn
    child {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RecordLeftCareMutation, RecordLeftCareMutationVariables>;
export const ChildContactsSectionDocument = new TypedDocumentString(`
    query ChildContactsSection($childId: ID!) {
  childContacts(childId: $childId) {
    ...ChildContactFields
  }
  child(id: $childId) {
    id
    lastHeardAt
    contactStandard {
      status
      sentence
      nextDueOn
    }
  }
}
    fragment ChildContactFields on ChildContact {
  id
  kind
  occurredAt
  viewsRecorded
  privateNote
  recordedBy
  corrections {
    ...RecordCorrectionFields
  }
}
fragment RecordCorrectionFields on RecordCorrection {
  id
  kind
  text
  label
}`) as unknown as TypedDocumentString<ChildContactsSectionQuery, ChildContactsSectionQueryVariables>;
export const RecordContactDocument = new TypedDocumentString(`
    mutation RecordContact($input: RecordContactInput!) {
  recordContact(input: $input) {
    ...ChildContactFields
  }
}
    fragment ChildContactFields on ChildContact {
  id
  kind
  occurredAt
  viewsRecorded
  privateNote
  recordedBy
  corrections {
    ...RecordCorrectionFields
  }
}
fragment RecordCorrectionFields on RecordCorrection {
  id
  kind
  text
  label
}`) as unknown as TypedDocumentString<RecordContactMutation, RecordContactMutationVariables>;
export const ContactStandardNationalDocument = new TypedDocumentString(`
    query ContactStandardNational {
  contactStandardNational {
    byLocalAuthority {
      name
      children
      pastStandard
    }
    byProvider {
      name
      children
      pastStandard
    }
  }
}
    `) as unknown as TypedDocumentString<ContactStandardNationalQuery, ContactStandardNationalQueryVariables>;
export const DataProtectionChildrenDocument = new TypedDocumentString(`
    query DataProtectionChildren($input: DataProtectionChildrenInput) {
  dataProtectionChildren(input: $input) {
    localAuthorityName
    total
    children {
      childId
      name
      laChildRef
      dateOfBirth
      retention {
        ...RecordRetentionFields
      }
    }
  }
}
    fragment RecordRetentionFields on RecordRetention {
  retainUntil
  rule
  explanation
  dateOfDeath
  legalHold {
    reason
    placedOn
    placedByName
  }
  allowedCommands
}`) as unknown as TypedDocumentString<DataProtectionChildrenQuery, DataProtectionChildrenQueryVariables>;
export const DataProtectionChildDocument = new TypedDocumentString(`
    query DataProtectionChild($childId: ID!) {
  dataProtectionChild(childId: $childId) {
    childId
    name
    laChildRef
    dateOfBirth
    retention {
      ...RecordRetentionFields
    }
  }
}
    fragment RecordRetentionFields on RecordRetention {
  retainUntil
  rule
  explanation
  dateOfDeath
  legalHold {
    reason
    placedOn
    placedByName
  }
  allowedCommands
}`) as unknown as TypedDocumentString<DataProtectionChildQuery, DataProtectionChildQueryVariables>;
export const DecisionFollowThroughDocument = new TypedDocumentString(`
    query DecisionFollowThrough($meetingId: ID!) {
  decisionFollowThrough(meetingId: $meetingId) {
    ...DecisionFollowThroughFields
  }
}
    fragment DecisionFollowThroughFields on DecisionFollowThrough {
  decisionId
  meetingId
  childId
  childName
  text
  heldOn
  implementBy
  implementedOn
  challengedOn
  challengeReasons
  status
  challengeBy
  explanation
  challengeDeadlineExplanation
  concernId
  canActAsLa
  canEscalate
}`) as unknown as TypedDocumentString<DecisionFollowThroughQuery, DecisionFollowThroughQueryVariables>;
export const UnimplementedDecisionsDocument = new TypedDocumentString(`
    query UnimplementedDecisions {
  unimplementedDecisions {
    ...DecisionFollowThroughFields
  }
}
    fragment DecisionFollowThroughFields on DecisionFollowThrough {
  decisionId
  meetingId
  childId
  childName
  text
  heldOn
  implementBy
  implementedOn
  challengedOn
  challengeReasons
  status
  challengeBy
  explanation
  challengeDeadlineExplanation
  concernId
  canActAsLa
  canEscalate
}`) as unknown as TypedDocumentString<UnimplementedDecisionsQuery, UnimplementedDecisionsQueryVariables>;
export const SetDecisionImplementByDocument = new TypedDocumentString(`
    mutation SetDecisionImplementBy($input: SetDecisionImplementByInput!) {
  setDecisionImplementBy(input: $input) {
    ...DecisionFollowThroughFields
  }
}
    fragment DecisionFollowThroughFields on DecisionFollowThrough {
  decisionId
  meetingId
  childId
  childName
  text
  heldOn
  implementBy
  implementedOn
  challengedOn
  challengeReasons
  status
  challengeBy
  explanation
  challengeDeadlineExplanation
  concernId
  canActAsLa
  canEscalate
}`) as unknown as TypedDocumentString<SetDecisionImplementByMutation, SetDecisionImplementByMutationVariables>;
export const MarkDecisionImplementedDocument = new TypedDocumentString(`
    mutation MarkDecisionImplemented($input: MarkDecisionImplementedInput!) {
  markDecisionImplemented(input: $input) {
    ...DecisionFollowThroughFields
  }
}
    fragment DecisionFollowThroughFields on DecisionFollowThrough {
  decisionId
  meetingId
  childId
  childName
  text
  heldOn
  implementBy
  implementedOn
  challengedOn
  challengeReasons
  status
  challengeBy
  explanation
  challengeDeadlineExplanation
  concernId
  canActAsLa
  canEscalate
}`) as unknown as TypedDocumentString<MarkDecisionImplementedMutation, MarkDecisionImplementedMutationVariables>;
export const ChallengeDecisionDocument = new TypedDocumentString(`
    mutation ChallengeDecision($input: ChallengeDecisionInput!) {
  challengeDecision(input: $input) {
    ...DecisionFollowThroughFields
  }
}
    fragment DecisionFollowThroughFields on DecisionFollowThrough {
  decisionId
  meetingId
  childId
  childName
  text
  heldOn
  implementBy
  implementedOn
  challengedOn
  challengeReasons
  status
  challengeBy
  explanation
  challengeDeadlineExplanation
  concernId
  canActAsLa
  canEscalate
}`) as unknown as TypedDocumentString<ChallengeDecisionMutation, ChallengeDecisionMutationVariables>;
export const EscalateDecisionDocument = new TypedDocumentString(`
    mutation EscalateDecision($decisionId: ID!) {
  escalateDecision(decisionId: $decisionId) {
    ...DecisionFollowThroughFields
  }
}
    fragment DecisionFollowThroughFields on DecisionFollowThrough {
  decisionId
  meetingId
  childId
  childName
  text
  heldOn
  implementBy
  implementedOn
  challengedOn
  challengeReasons
  status
  challengeBy
  explanation
  challengeDeadlineExplanation
  concernId
  canActAsLa
  canEscalate
}`) as unknown as TypedDocumentString<EscalateDecisionMutation, EscalateDecisionMutationVariables>;
export const MyConcernsDocument = new TypedDocumentString(`
    query MyConcerns {
  myConcerns {
    ...ConcernSummaryFields
  }
}
    fragment ConcernSummaryFields on ConcernSummary {
  id
  childId
  childName
  localAuthorityName
  stage
  status
  themes
  whatIsWrong
  raisedOn
  stageEnteredOn
  stageDeadline
  respondedAtStage
  informationDueOn
  overdue
  workingDaysOverdue
  triaged
  updatedAt
}`) as unknown as TypedDocumentString<MyConcernsQuery, MyConcernsQueryVariables>;
export const ConcernsAwaitingResponseDocument = new TypedDocumentString(`
    query ConcernsAwaitingResponse {
  concernsAwaitingResponse {
    ...ConcernSummaryFields
  }
}
    fragment ConcernSummaryFields on ConcernSummary {
  id
  childId
  childName
  localAuthorityName
  stage
  status
  themes
  whatIsWrong
  raisedOn
  stageEnteredOn
  stageDeadline
  respondedAtStage
  informationDueOn
  overdue
  workingDaysOverdue
  triaged
  updatedAt
}`) as unknown as TypedDocumentString<ConcernsAwaitingResponseQuery, ConcernsAwaitingResponseQueryVariables>;
export const EscalationQueueDocument = new TypedDocumentString(`
    query EscalationQueue {
  escalationQueue {
    ...ConcernSummaryFields
  }
}
    fragment ConcernSummaryFields on ConcernSummary {
  id
  childId
  childName
  localAuthorityName
  stage
  status
  themes
  whatIsWrong
  raisedOn
  stageEnteredOn
  stageDeadline
  respondedAtStage
  informationDueOn
  overdue
  workingDaysOverdue
  triaged
  updatedAt
}`) as unknown as TypedDocumentString<EscalationQueueQuery, EscalationQueueQueryVariables>;
export const ConcernsForChildDocument = new TypedDocumentString(`
    query ConcernsForChild($childId: ID!) {
  concernsForChild(childId: $childId) {
    ...ConcernSummaryFields
  }
}
    fragment ConcernSummaryFields on ConcernSummary {
  id
  childId
  childName
  localAuthorityName
  stage
  status
  themes
  whatIsWrong
  raisedOn
  stageEnteredOn
  stageDeadline
  respondedAtStage
  informationDueOn
  overdue
  workingDaysOverdue
  triaged
  updatedAt
}`) as unknown as TypedDocumentString<ConcernsForChildQuery, ConcernsForChildQueryVariables>;
export const ConcernDocument = new TypedDocumentString(`
    query Concern($id: ID!) {
  concern(id: $id) {
    ...ConcernFields
  }
}
    fragment ConcernLadderFields on Concern {
  timeline {
    id
    sequence
    kind
    stage
    actorName
    actorRole
    at
    asked
    answer
    atRiskReason
    dueOn
    court
    caseNumber
    orderSought
    hearingDates
    courtOutcome
    attended
    confidential
    evidence {
      text
      url
    }
  }
  courtApplication {
    court
    caseNumber
    orderSought
    hearingDates
    outcome
  }
  escalationTargets {
    stage
    needsAtRiskReason
  }
}
fragment ConcernFields on Concern {
  id
  childId
  childName
  localAuthorityName
  stage
  status
  themes
  whatIsWrong
  childWants
  raisedOn
  stageEnteredOn
  stageDeadline
  deadlineExplanation
  respondedAtStage
  informationDueOn
  overdue
  workingDaysOverdue
  triaged
  outcome
  fromActionId
  updatedAt
  ...ConcernLadderFields
  allowedCommands
}`) as unknown as TypedDocumentString<ConcernQuery, ConcernQueryVariables>;
export const ConcernUpdatedDocument = new TypedDocumentString(`
    subscription ConcernUpdated($concernId: ID) {
  concernUpdated(concernId: $concernId) {
    concernId
    kind
    stage
    status
  }
}
    `) as unknown as TypedDocumentString<ConcernUpdatedSubscription, ConcernUpdatedSubscriptionVariables>;
export const RaiseConcernDocument = new TypedDocumentString(`
    mutation RaiseConcern($input: RaiseConcernInput!) {
  raiseConcern(input: $input) {
    ...ConcernFields
  }
}
    fragment ConcernLadderFields on Concern {
  timeline {
    id
    sequence
    kind
    stage
    actorName
    actorRole
    at
    asked
    answer
    atRiskReason
    dueOn
    court
    caseNumber
    orderSought
    hearingDates
    courtOutcome
    attended
    confidential
    evidence {
      text
      url
    }
  }
  courtApplication {
    court
    caseNumber
    orderSought
    hearingDates
    outcome
  }
  escalationTargets {
    stage
    needsAtRiskReason
  }
}
fragment ConcernFields on Concern {
  id
  childId
  childName
  localAuthorityName
  stage
  status
  themes
  whatIsWrong
  childWants
  raisedOn
  stageEnteredOn
  stageDeadline
  deadlineExplanation
  respondedAtStage
  informationDueOn
  overdue
  workingDaysOverdue
  triaged
  outcome
  fromActionId
  updatedAt
  ...ConcernLadderFields
  allowedCommands
}`) as unknown as TypedDocumentString<RaiseConcernMutation, RaiseConcernMutationVariables>;
export const RespondToConcernDocument = new TypedDocumentString(`
    mutation RespondToConcern($input: RespondToConcernInput!) {
  respondToConcern(input: $input) {
    ...ConcernFields
  }
}
    fragment ConcernLadderFields on Concern {
  timeline {
    id
    sequence
    kind
    stage
    actorName
    actorRole
    at
    asked
    answer
    atRiskReason
    dueOn
    court
    caseNumber
    orderSought
    hearingDates
    courtOutcome
    attended
    confidential
    evidence {
      text
      url
    }
  }
  courtApplication {
    court
    caseNumber
    orderSought
    hearingDates
    outcome
  }
  escalationTargets {
    stage
    needsAtRiskReason
  }
}
fragment ConcernFields on Concern {
  id
  childId
  childName
  localAuthorityName
  stage
  status
  themes
  whatIsWrong
  childWants
  raisedOn
  stageEnteredOn
  stageDeadline
  deadlineExplanation
  respondedAtStage
  informationDueOn
  overdue
  workingDaysOverdue
  triaged
  outcome
  fromActionId
  updatedAt
  ...ConcernLadderFields
  allowedCommands
}`) as unknown as TypedDocumentString<RespondToConcernMutation, RespondToConcernMutationVariables>;
export const EscalateConcernDocument = new TypedDocumentString(`
    mutation EscalateConcern($input: EscalateConcernInput!) {
  escalateConcern(input: $input) {
    ...ConcernFields
  }
}
    fragment ConcernLadderFields on Concern {
  timeline {
    id
    sequence
    kind
    stage
    actorName
    actorRole
    at
    asked
    answer
    atRiskReason
    dueOn
    court
    caseNumber
    orderSought
    hearingDates
    courtOutcome
    attended
    confidential
    evidence {
      text
      url
    }
  }
  courtApplication {
    court
    caseNumber
    orderSought
    hearingDates
    outcome
  }
  escalationTargets {
    stage
    needsAtRiskReason
  }
}
fragment ConcernFields on Concern {
  id
  childId
  childName
  localAuthorityName
  stage
  status
  themes
  whatIsWrong
  childWants
  raisedOn
  stageEnteredOn
  stageDeadline
  deadlineExplanation
  respondedAtStage
  informationDueOn
  overdue
  workingDaysOverdue
  triaged
  outcome
  fromActionId
  updatedAt
  ...ConcernLadderFields
  allowedCommands
}`) as unknown as TypedDocumentString<EscalateConcernMutation, EscalateConcernMutationVariables>;
export const ResolveConcernDocument = new TypedDocumentString(`
    mutation ResolveConcern($input: CloseConcernInput!) {
  resolveConcern(input: $input) {
    ...ConcernFields
  }
}
    fragment ConcernLadderFields on Concern {
  timeline {
    id
    sequence
    kind
    stage
    actorName
    actorRole
    at
    asked
    answer
    atRiskReason
    dueOn
    court
    caseNumber
    orderSought
    hearingDates
    courtOutcome
    attended
    confidential
    evidence {
      text
      url
    }
  }
  courtApplication {
    court
    caseNumber
    orderSought
    hearingDates
    outcome
  }
  escalationTargets {
    stage
    needsAtRiskReason
  }
}
fragment ConcernFields on Concern {
  id
  childId
  childName
  localAuthorityName
  stage
  status
  themes
  whatIsWrong
  childWants
  raisedOn
  stageEnteredOn
  stageDeadline
  deadlineExplanation
  respondedAtStage
  informationDueOn
  overdue
  workingDaysOverdue
  triaged
  outcome
  fromActionId
  updatedAt
  ...ConcernLadderFields
  allowedCommands
}`) as unknown as TypedDocumentString<ResolveConcernMutation, ResolveConcernMutationVariables>;
export const WithdrawConcernDocument = new TypedDocumentString(`
    mutation WithdrawConcern($input: CloseConcernInput!) {
  withdrawConcern(input: $input) {
    ...ConcernFields
  }
}
    fragment ConcernLadderFields on Concern {
  timeline {
    id
    sequence
    kind
    stage
    actorName
    actorRole
    at
    asked
    answer
    atRiskReason
    dueOn
    court
    caseNumber
    orderSought
    hearingDates
    courtOutcome
    attended
    confidential
    evidence {
      text
      url
    }
  }
  courtApplication {
    court
    caseNumber
    orderSought
    hearingDates
    outcome
  }
  escalationTargets {
    stage
    needsAtRiskReason
  }
}
fragment ConcernFields on Concern {
  id
  childId
  childName
  localAuthorityName
  stage
  status
  themes
  whatIsWrong
  childWants
  raisedOn
  stageEnteredOn
  stageDeadline
  deadlineExplanation
  respondedAtStage
  informationDueOn
  overdue
  workingDaysOverdue
  triaged
  outcome
  fromActionId
  updatedAt
  ...ConcernLadderFields
  allowedCommands
}`) as unknown as TypedDocumentString<WithdrawConcernMutation, WithdrawConcernMutationVariables>;
export const AddConcernNoteDocument = new TypedDocumentString(`
    mutation AddConcernNote($input: ConcernNoteInput!) {
  addConcernNote(input: $input) {
    ...ConcernFields
  }
}
    fragment ConcernLadderFields on Concern {
  timeline {
    id
    sequence
    kind
    stage
    actorName
    actorRole
    at
    asked
    answer
    atRiskReason
    dueOn
    court
    caseNumber
    orderSought
    hearingDates
    courtOutcome
    attended
    confidential
    evidence {
      text
      url
    }
  }
  courtApplication {
    court
    caseNumber
    orderSought
    hearingDates
    outcome
  }
  escalationTargets {
    stage
    needsAtRiskReason
  }
}
fragment ConcernFields on Concern {
  id
  childId
  childName
  localAuthorityName
  stage
  status
  themes
  whatIsWrong
  childWants
  raisedOn
  stageEnteredOn
  stageDeadline
  deadlineExplanation
  respondedAtStage
  informationDueOn
  overdue
  workingDaysOverdue
  triaged
  outcome
  fromActionId
  updatedAt
  ...ConcernLadderFields
  allowedCommands
}`) as unknown as TypedDocumentString<AddConcernNoteMutation, AddConcernNoteMutationVariables>;
export const TriageConcernDocument = new TypedDocumentString(`
    mutation TriageConcern($input: ConcernNoteInput!) {
  triageConcern(input: $input) {
    ...ConcernFields
  }
}
    fragment ConcernLadderFields on Concern {
  timeline {
    id
    sequence
    kind
    stage
    actorName
    actorRole
    at
    asked
    answer
    atRiskReason
    dueOn
    court
    caseNumber
    orderSought
    hearingDates
    courtOutcome
    attended
    confidential
    evidence {
      text
      url
    }
  }
  courtApplication {
    court
    caseNumber
    orderSought
    hearingDates
    outcome
  }
  escalationTargets {
    stage
    needsAtRiskReason
  }
}
fragment ConcernFields on Concern {
  id
  childId
  childName
  localAuthorityName
  stage
  status
  themes
  whatIsWrong
  childWants
  raisedOn
  stageEnteredOn
  stageDeadline
  deadlineExplanation
  respondedAtStage
  informationDueOn
  overdue
  workingDaysOverdue
  triaged
  outcome
  fromActionId
  updatedAt
  ...ConcernLadderFields
  allowedCommands
}`) as unknown as TypedDocumentString<TriageConcernMutation, TriageConcernMutationVariables>;
export const RequestConcernInformationDocument = new TypedDocumentString(`
    mutation RequestConcernInformation($input: RequestInformationInput!) {
  requestConcernInformation(input: $input) {
    ...ConcernFields
  }
}
    fragment ConcernLadderFields on Concern {
  timeline {
    id
    sequence
    kind
    stage
    actorName
    actorRole
    at
    asked
    answer
    atRiskReason
    dueOn
    court
    caseNumber
    orderSought
    hearingDates
    courtOutcome
    attended
    confidential
    evidence {
      text
      url
    }
  }
  courtApplication {
    court
    caseNumber
    orderSought
    hearingDates
    outcome
  }
  escalationTargets {
    stage
    needsAtRiskReason
  }
}
fragment ConcernFields on Concern {
  id
  childId
  childName
  localAuthorityName
  stage
  status
  themes
  whatIsWrong
  childWants
  raisedOn
  stageEnteredOn
  stageDeadline
  deadlineExplanation
  respondedAtStage
  informationDueOn
  overdue
  workingDaysOverdue
  triaged
  outcome
  fromActionId
  updatedAt
  ...ConcernLadderFields
  allowedCommands
}`) as unknown as TypedDocumentString<RequestConcernInformationMutation, RequestConcernInformationMutationVariables>;
export const ApplyToCourtDocument = new TypedDocumentString(`
    mutation ApplyToCourt($input: ApplyToCourtInput!) {
  applyToCourt(input: $input) {
    ...ConcernFields
  }
}
    fragment ConcernLadderFields on Concern {
  timeline {
    id
    sequence
    kind
    stage
    actorName
    actorRole
    at
    asked
    answer
    atRiskReason
    dueOn
    court
    caseNumber
    orderSought
    hearingDates
    courtOutcome
    attended
    confidential
    evidence {
      text
      url
    }
  }
  courtApplication {
    court
    caseNumber
    orderSought
    hearingDates
    outcome
  }
  escalationTargets {
    stage
    needsAtRiskReason
  }
}
fragment ConcernFields on Concern {
  id
  childId
  childName
  localAuthorityName
  stage
  status
  themes
  whatIsWrong
  childWants
  raisedOn
  stageEnteredOn
  stageDeadline
  deadlineExplanation
  respondedAtStage
  informationDueOn
  overdue
  workingDaysOverdue
  triaged
  outcome
  fromActionId
  updatedAt
  ...ConcernLadderFields
  allowedCommands
}`) as unknown as TypedDocumentString<ApplyToCourtMutation, ApplyToCourtMutationVariables>;
export const RecordCourtHearingDocument = new TypedDocumentString(`
    mutation RecordCourtHearing($input: RecordHearingInput!) {
  recordCourtHearing(input: $input) {
    ...ConcernFields
  }
}
    fragment ConcernLadderFields on Concern {
  timeline {
    id
    sequence
    kind
    stage
    actorName
    actorRole
    at
    asked
    answer
    atRiskReason
    dueOn
    court
    caseNumber
    orderSought
    hearingDates
    courtOutcome
    attended
    confidential
    evidence {
      text
      url
    }
  }
  courtApplication {
    court
    caseNumber
    orderSought
    hearingDates
    outcome
  }
  escalationTargets {
    stage
    needsAtRiskReason
  }
}
fragment ConcernFields on Concern {
  id
  childId
  childName
  localAuthorityName
  stage
  status
  themes
  whatIsWrong
  childWants
  raisedOn
  stageEnteredOn
  stageDeadline
  deadlineExplanation
  respondedAtStage
  informationDueOn
  overdue
  workingDaysOverdue
  triaged
  outcome
  fromActionId
  updatedAt
  ...ConcernLadderFields
  allowedCommands
}`) as unknown as TypedDocumentString<RecordCourtHearingMutation, RecordCourtHearingMutationVariables>;
export const RecordChildCourtRequestDocument = new TypedDocumentString(`
    mutation RecordChildCourtRequest($input: ChildCourtRequestInput!) {
  recordChildCourtRequest(input: $input) {
    ...ConcernFields
  }
}
    fragment ConcernLadderFields on Concern {
  timeline {
    id
    sequence
    kind
    stage
    actorName
    actorRole
    at
    asked
    answer
    atRiskReason
    dueOn
    court
    caseNumber
    orderSought
    hearingDates
    courtOutcome
    attended
    confidential
    evidence {
      text
      url
    }
  }
  courtApplication {
    court
    caseNumber
    orderSought
    hearingDates
    outcome
  }
  escalationTargets {
    stage
    needsAtRiskReason
  }
}
fragment ConcernFields on Concern {
  id
  childId
  childName
  localAuthorityName
  stage
  status
  themes
  whatIsWrong
  childWants
  raisedOn
  stageEnteredOn
  stageDeadline
  deadlineExplanation
  respondedAtStage
  informationDueOn
  overdue
  workingDaysOverdue
  triaged
  outcome
  fromActionId
  updatedAt
  ...ConcernLadderFields
  allowedCommands
}`) as unknown as TypedDocumentString<RecordChildCourtRequestMutation, RecordChildCourtRequestMutationVariables>;
export const RecordAdvocateAtHearingDocument = new TypedDocumentString(`
    mutation RecordAdvocateAtHearing($input: AdvocateAtHearingInput!) {
  recordAdvocateAtHearing(input: $input) {
    ...ConcernFields
  }
}
    fragment ConcernLadderFields on Concern {
  timeline {
    id
    sequence
    kind
    stage
    actorName
    actorRole
    at
    asked
    answer
    atRiskReason
    dueOn
    court
    caseNumber
    orderSought
    hearingDates
    courtOutcome
    attended
    confidential
    evidence {
      text
      url
    }
  }
  courtApplication {
    court
    caseNumber
    orderSought
    hearingDates
    outcome
  }
  escalationTargets {
    stage
    needsAtRiskReason
  }
}
fragment ConcernFields on Concern {
  id
  childId
  childName
  localAuthorityName
  stage
  status
  themes
  whatIsWrong
  childWants
  raisedOn
  stageEnteredOn
  stageDeadline
  deadlineExplanation
  respondedAtStage
  informationDueOn
  overdue
  workingDaysOverdue
  triaged
  outcome
  fromActionId
  updatedAt
  ...ConcernLadderFields
  allowedCommands
}`) as unknown as TypedDocumentString<RecordAdvocateAtHearingMutation, RecordAdvocateAtHearingMutationVariables>;
export const ActionForConcernDocument = new TypedDocumentString(`
    query ActionForConcern($childId: ID!) {
  meetingsForChild(childId: $childId) {
    id
    scheduledOn
    heldOn
    actions {
      id
      what
      owner
      dueOn
      status
      carryOvers
      drift
      workingDaysOverdue
      reviewNote
    }
  }
}
    `) as unknown as TypedDocumentString<ActionForConcernQuery, ActionForConcernQueryVariables>;
export const RaiseSafeguardingConcernDocument = new TypedDocumentString(`
    mutation RaiseSafeguardingConcern($input: RaiseSafeguardingConcernInput!) {
  raiseSafeguardingConcern(input: $input) {
    ...SafeguardingAlertFields
  }
}
    fragment SafeguardingAlertFields on SafeguardingAlert {
  id
  concernId
  childId
  childName
  toldWho
  raisedAt
  dueAt
  deadlineExplained
  status
  acknowledgedAt
  acknowledgedByName
}`) as unknown as TypedDocumentString<RaiseSafeguardingConcernMutation, RaiseSafeguardingConcernMutationVariables>;
export const SafeguardingAlertsWaitingDocument = new TypedDocumentString(`
    query SafeguardingAlertsWaiting {
  safeguardingAlertsWaiting {
    ...SafeguardingAlertFields
  }
}
    fragment SafeguardingAlertFields on SafeguardingAlert {
  id
  concernId
  childId
  childName
  toldWho
  raisedAt
  dueAt
  deadlineExplained
  status
  acknowledgedAt
  acknowledgedByName
}`) as unknown as TypedDocumentString<SafeguardingAlertsWaitingQuery, SafeguardingAlertsWaitingQueryVariables>;
export const AcknowledgeSafeguardingAlertDocument = new TypedDocumentString(`
    mutation AcknowledgeSafeguardingAlert($alertId: ID!) {
  acknowledgeSafeguardingAlert(alertId: $alertId) {
    ...SafeguardingAlertFields
  }
}
    fragment SafeguardingAlertFields on SafeguardingAlert {
  id
  concernId
  childId
  childName
  toldWho
  raisedAt
  dueAt
  deadlineExplained
  status
  acknowledgedAt
  acknowledgedByName
}`) as unknown as TypedDocumentString<AcknowledgeSafeguardingAlertMutation, AcknowledgeSafeguardingAlertMutationVariables>;
export const HomesDocument = new TypedDocumentString(`
    query Homes {
  homes {
    ...HomeSummaryFields
  }
}
    fragment HomeSummaryFields on HomeSummary {
  id
  name
  providerName
  ofstedUrn
  address
  localAuthorityName
  responsibleAdvocateName
  childrenPlaced
  schedule {
    month
    dueBy
    visitedThisMonth
    missedMonths
  }
  lastVisitOn
  openRecommendations
  draftVisitId
  responsibleIsMe
}`) as unknown as TypedDocumentString<HomesQuery, HomesQueryVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home($id: ID!) {
  home(id: $id) {
    id
    name
    providerName
    ofstedUrn
    address
    localAuthorityName
    responsibleAdvocateName
    childrenPlaced
    schedule {
      month
      dueBy
      visitedThisMonth
      missedMonths
    }
    lastVisitOn
    openRecommendations
    draftVisitId
    responsibleIsMe
    allowedVisitCommands
    myChildrenHere {
      id
      name
    }
    visits {
      id
      status
      visitOn
      advocateName
      recommendations {
        id
      }
    }
    openRecommendationList {
      ...RecommendationFields
    }
  }
}
    fragment RecommendationFields on HomeRecommendation {
  id
  what
  owner
  dueOn
  themes
  childId
  status
  carryOvers
  drift
  reviewNote
  visitId
  answers {
    ...RecommendationAnswerFields
  }
}
fragment RecommendationAnswerFields on RecommendationAnswer {
  id
  recommendationId
  answerer
  answererName
  openedOn
  dueOn
  status
  statusLabel
  late
  response
  answeredOn
  allowedCommands
}`) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const HomeVisitDocument = new TypedDocumentString(`
    query HomeVisit($id: ID!) {
  homeVisit(id: $id) {
    ...HomeVisitFields
  }
}
    fragment RecommendationFields on HomeRecommendation {
  id
  what
  owner
  dueOn
  themes
  childId
  status
  carryOvers
  drift
  reviewNote
  visitId
  answers {
    ...RecommendationAnswerFields
  }
}
fragment HomeVisitFields on HomeVisit {
  id
  homeId
  homeName
  status
  advocateName
  visitOn
  announced
  staffSpokenTo
  recordsChecked
  judgements {
    standard
    judgement
    evidence
  }
  childrenSpokenTo {
    childId
    name
    spokeInPrivate
    consentToSpeak
    whatTheySaid
    consentToShare
  }
  childrenSpokenToCount
  sharedVoices
  recommendations {
    ...RecommendationFields
  }
  followUps {
    recommendationId
    outcome
    note
  }
  allowedCommands
}
fragment RecommendationAnswerFields on RecommendationAnswer {
  id
  recommendationId
  answerer
  answererName
  openedOn
  dueOn
  status
  statusLabel
  late
  response
  answeredOn
  allowedCommands
}`) as unknown as TypedDocumentString<HomeVisitQuery, HomeVisitQueryVariables>;
export const SaveHomeVisitDraftDocument = new TypedDocumentString(`
    mutation SaveHomeVisitDraft($input: SaveVisitDraftInput!) {
  saveHomeVisitDraft(input: $input) {
    ...HomeVisitFields
  }
}
    fragment RecommendationFields on HomeRecommendation {
  id
  what
  owner
  dueOn
  themes
  childId
  status
  carryOvers
  drift
  reviewNote
  visitId
  answers {
    ...RecommendationAnswerFields
  }
}
fragment HomeVisitFields on HomeVisit {
  id
  homeId
  homeName
  status
  advocateName
  visitOn
  announced
  staffSpokenTo
  recordsChecked
  judgements {
    standard
    judgement
    evidence
  }
  childrenSpokenTo {
    childId
    name
    spokeInPrivate
    consentToSpeak
    whatTheySaid
    consentToShare
  }
  childrenSpokenToCount
  sharedVoices
  recommendations {
    ...RecommendationFields
  }
  followUps {
    recommendationId
    outcome
    note
  }
  allowedCommands
}
fragment RecommendationAnswerFields on RecommendationAnswer {
  id
  recommendationId
  answerer
  answererName
  openedOn
  dueOn
  status
  statusLabel
  late
  response
  answeredOn
  allowedCommands
}`) as unknown as TypedDocumentString<SaveHomeVisitDraftMutation, SaveHomeVisitDraftMutationVariables>;
export const SubmitHomeVisitDocument = new TypedDocumentString(`
    mutation SubmitHomeVisit($id: ID!) {
  submitHomeVisit(id: $id) {
    ...HomeVisitFields
  }
}
    fragment RecommendationFields on HomeRecommendation {
  id
  what
  owner
  dueOn
  themes
  childId
  status
  carryOvers
  drift
  reviewNote
  visitId
  answers {
    ...RecommendationAnswerFields
  }
}
fragment HomeVisitFields on HomeVisit {
  id
  homeId
  homeName
  status
  advocateName
  visitOn
  announced
  staffSpokenTo
  recordsChecked
  judgements {
    standard
    judgement
    evidence
  }
  childrenSpokenTo {
    childId
    name
    spokeInPrivate
    consentToSpeak
    whatTheySaid
    consentToShare
  }
  childrenSpokenToCount
  sharedVoices
  recommendations {
    ...RecommendationFields
  }
  followUps {
    recommendationId
    outcome
    note
  }
  allowedCommands
}
fragment RecommendationAnswerFields on RecommendationAnswer {
  id
  recommendationId
  answerer
  answererName
  openedOn
  dueOn
  status
  statusLabel
  late
  response
  answeredOn
  allowedCommands
}`) as unknown as TypedDocumentString<SubmitHomeVisitMutation, SubmitHomeVisitMutationVariables>;
export const Ssda903ImportsDocument = new TypedDocumentString(`
    query Ssda903Imports {
  ssda903Imports {
    ...ImportFields
  }
}
    fragment ImportCountsFields on ImportCounts {
  childrenCreated
  childrenUpdated
  childrenUnchanged
  periodsOfCare
  childrenAssigned
  childrenQueued
  assignmentsEnded
  meetingsRecorded
  shortBreaksSkipped
  rowsRead
  rowsRejected
}
fragment ImportFields on Ssda903Import {
  id
  status
  importedBy
  startedAt
  finishedAt
  childrenTotal
  childrenDone
  failure
  sameFilesAs
  counts {
    ...ImportCountsFields
  }
}`) as unknown as TypedDocumentString<Ssda903ImportsQuery, Ssda903ImportsQueryVariables>;
export const Ssda903ImportDocument = new TypedDocumentString(`
    query Ssda903Import($id: ID!) {
  ssda903Import(id: $id) {
    ...ImportFields
  }
}
    fragment ImportCountsFields on ImportCounts {
  childrenCreated
  childrenUpdated
  childrenUnchanged
  periodsOfCare
  childrenAssigned
  childrenQueued
  assignmentsEnded
  meetingsRecorded
  shortBreaksSkipped
  rowsRead
  rowsRejected
}
fragment ImportFields on Ssda903Import {
  id
  status
  importedBy
  startedAt
  finishedAt
  childrenTotal
  childrenDone
  failure
  sameFilesAs
  counts {
    ...ImportCountsFields
  }
}`) as unknown as TypedDocumentString<Ssda903ImportQuery, Ssda903ImportQueryVariables>;
export const Ssda903ImportSummaryDocument = new TypedDocumentString(`
    query Ssda903ImportSummary($id: ID!) {
  ssda903Import(id: $id) {
    id
    counts {
      rowsRejected
      rowsSkipped
      warnings
      files {
        file
        rowsRead
        imported
        skipped
        rejected
      }
    }
    summary {
      ...ImportSummaryFields
    }
  }
}
    fragment ImportFindingGroupFields on ImportFindingGroup {
  title
  code
  file
  column
  count
  firstRows {
    rowNumber
    child
    column
    reason
  }
}
fragment ImportSummaryFields on ImportSummary {
  needsFixing {
    ...ImportFindingGroupFields
  }
  skipped {
    ...ImportFindingGroupFields
  }
  warnings {
    ...ImportFindingGroupFields
  }
  heardDid {
    childrenCreated
    childrenUpdated
    childrenAssigned
    childrenQueued
    assignmentsEnded
    reviewsRecorded
    offersDue {
      count
      earliest
      latest
    }
  }
}`) as unknown as TypedDocumentString<Ssda903ImportSummaryQuery, Ssda903ImportSummaryQueryVariables>;
export const LiveThemesDocument = new TypedDocumentString(`
    query LiveThemes($input: LiveThemesInput!) {
  liveThemes(input: $input) {
    ...LiveThemesFields
  }
}
    fragment LiveThemesFields on LiveThemes {
  breakdown
  fromOn
  toOn
  lastYearFromOn
  lastYearToOn
  threshold
  sources {
    source
    tables {
      unitId
      label
      rows {
        theme
        count
        lastYear
        change
      }
    }
  }
}`) as unknown as TypedDocumentString<LiveThemesQuery, LiveThemesQueryVariables>;
export const ThemeWarningsDocument = new TypedDocumentString(`
    query ThemeWarnings {
  themeWarnings {
    ...ThemeWarningsFields
  }
}
    fragment ThemeWarningsFields on ThemeWarnings {
  minimum
  factor
  warnings {
    breakdown
    unitId
    label
    theme
    quarterFromOn
    current
    previous
    mean
    above
  }
}`) as unknown as TypedDocumentString<ThemeWarningsQuery, ThemeWarningsQueryVariables>;
export const MeetingLogisticsDocument = new TypedDocumentString(`
    query MeetingLogistics($meetingId: ID!) {
  meetingLogistics(meetingId: $meetingId) {
    ...MeetingLogisticsFields
  }
}
    fragment MeetingLogisticsFields on MeetingLogistics {
  meetingId
  meetingDate
  startTime
  lengthMinutes
  venueKind
  venueLabel
  venueDetails
  childPreference {
    venueKind
    venueLabel
    details
    recordedAt
  }
  invitations {
    id
    role
    roleLabel
    name
    email
    sentOn
    noticeWorkingDays
    noticeLabel
  }
  invitationsFirstSentOn
  noticeWorkingDays
  noticeLabel
  sequence
  papers {
    dueBy
    explanation
    sharedOn
    status
  }
  canArrange
  canRecordPreference
}`) as unknown as TypedDocumentString<MeetingLogisticsQuery, MeetingLogisticsQueryVariables>;
export const SetMeetingTimeAndPlaceDocument = new TypedDocumentString(`
    mutation SetMeetingTimeAndPlace($input: SetMeetingLogisticsInput!) {
  setMeetingTimeAndPlace(input: $input) {
    ...MeetingLogisticsFields
  }
}
    fragment MeetingLogisticsFields on MeetingLogistics {
  meetingId
  meetingDate
  startTime
  lengthMinutes
  venueKind
  venueLabel
  venueDetails
  childPreference {
    venueKind
    venueLabel
    details
    recordedAt
  }
  invitations {
    id
    role
    roleLabel
    name
    email
    sentOn
    noticeWorkingDays
    noticeLabel
  }
  invitationsFirstSentOn
  noticeWorkingDays
  noticeLabel
  sequence
  papers {
    dueBy
    explanation
    sharedOn
    status
  }
  canArrange
  canRecordPreference
}`) as unknown as TypedDocumentString<SetMeetingTimeAndPlaceMutation, SetMeetingTimeAndPlaceMutationVariables>;
export const AddMeetingInviteeDocument = new TypedDocumentString(`
    mutation AddMeetingInvitee($input: AddMeetingInviteeInput!) {
  addMeetingInvitee(input: $input) {
    ...MeetingLogisticsFields
  }
}
    fragment MeetingLogisticsFields on MeetingLogistics {
  meetingId
  meetingDate
  startTime
  lengthMinutes
  venueKind
  venueLabel
  venueDetails
  childPreference {
    venueKind
    venueLabel
    details
    recordedAt
  }
  invitations {
    id
    role
    roleLabel
    name
    email
    sentOn
    noticeWorkingDays
    noticeLabel
  }
  invitationsFirstSentOn
  noticeWorkingDays
  noticeLabel
  sequence
  papers {
    dueBy
    explanation
    sharedOn
    status
  }
  canArrange
  canRecordPreference
}`) as unknown as TypedDocumentString<AddMeetingInviteeMutation, AddMeetingInviteeMutationVariables>;
export const SendMeetingInvitationsDocument = new TypedDocumentString(`
    mutation SendMeetingInvitations($meetingId: ID!) {
  sendMeetingInvitations(meetingId: $meetingId) {
    ...MeetingLogisticsFields
  }
}
    fragment MeetingLogisticsFields on MeetingLogistics {
  meetingId
  meetingDate
  startTime
  lengthMinutes
  venueKind
  venueLabel
  venueDetails
  childPreference {
    venueKind
    venueLabel
    details
    recordedAt
  }
  invitations {
    id
    role
    roleLabel
    name
    email
    sentOn
    noticeWorkingDays
    noticeLabel
  }
  invitationsFirstSentOn
  noticeWorkingDays
  noticeLabel
  sequence
  papers {
    dueBy
    explanation
    sharedOn
    status
  }
  canArrange
  canRecordPreference
}`) as unknown as TypedDocumentString<SendMeetingInvitationsMutation, SendMeetingInvitationsMutationVariables>;
export const RecordChildMeetingPreferenceDocument = new TypedDocumentString(`
    mutation RecordChildMeetingPreference($input: RecordChildPreferenceInput!) {
  recordChildMeetingPreference(input: $input) {
    ...MeetingLogisticsFields
  }
}
    fragment MeetingLogisticsFields on MeetingLogistics {
  meetingId
  meetingDate
  startTime
  lengthMinutes
  venueKind
  venueLabel
  venueDetails
  childPreference {
    venueKind
    venueLabel
    details
    recordedAt
  }
  invitations {
    id
    role
    roleLabel
    name
    email
    sentOn
    noticeWorkingDays
    noticeLabel
  }
  invitationsFirstSentOn
  noticeWorkingDays
  noticeLabel
  sequence
  papers {
    dueBy
    explanation
    sharedOn
    status
  }
  canArrange
  canRecordPreference
}`) as unknown as TypedDocumentString<RecordChildMeetingPreferenceMutation, RecordChildMeetingPreferenceMutationVariables>;
export const RecordMeetingPapersSharedDocument = new TypedDocumentString(`
    mutation RecordMeetingPapersShared($input: RecordPapersSharedInput!) {
  recordMeetingPapersShared(input: $input) {
    ...MeetingLogisticsFields
  }
}
    fragment MeetingLogisticsFields on MeetingLogistics {
  meetingId
  meetingDate
  startTime
  lengthMinutes
  venueKind
  venueLabel
  venueDetails
  childPreference {
    venueKind
    venueLabel
    details
    recordedAt
  }
  invitations {
    id
    role
    roleLabel
    name
    email
    sentOn
    noticeWorkingDays
    noticeLabel
  }
  invitationsFirstSentOn
  noticeWorkingDays
  noticeLabel
  sequence
  papers {
    dueBy
    explanation
    sharedOn
    status
  }
  canArrange
  canRecordPreference
}`) as unknown as TypedDocumentString<RecordMeetingPapersSharedMutation, RecordMeetingPapersSharedMutationVariables>;
export const MeetingPartsDocument = new TypedDocumentString(`
    query MeetingParts($meetingId: ID!) {
  meetingParts(meetingId: $meetingId) {
    ...MeetingPartsFields
  }
}
    fragment MeetingPartsFields on MeetingParts {
  meetingId
  accountableChairName
  parts {
    id
    position
    title
    attendees
    childAttended
    childChair
    chairedBy
  }
  decisions {
    decisionId
    text
    significant
    partId
    partTitle
    childMissed
    childTold
    toldOn
    toldByName
    childSaid
  }
  childNotYetTold
  canAddPart
  canRecordBriefing
}`) as unknown as TypedDocumentString<MeetingPartsQuery, MeetingPartsQueryVariables>;
export const AddMeetingPartDocument = new TypedDocumentString(`
    mutation AddMeetingPart($input: AddMeetingPartInput!) {
  addMeetingPart(input: $input) {
    ...MeetingPartsFields
  }
}
    fragment MeetingPartsFields on MeetingParts {
  meetingId
  accountableChairName
  parts {
    id
    position
    title
    attendees
    childAttended
    childChair
    chairedBy
  }
  decisions {
    decisionId
    text
    significant
    partId
    partTitle
    childMissed
    childTold
    toldOn
    toldByName
    childSaid
  }
  childNotYetTold
  canAddPart
  canRecordBriefing
}`) as unknown as TypedDocumentString<AddMeetingPartMutation, AddMeetingPartMutationVariables>;
export const RecordMissedDecisionBriefingDocument = new TypedDocumentString(`
    mutation RecordMissedDecisionBriefing($input: RecordMissedDecisionBriefingInput!) {
  recordMissedDecisionBriefing(input: $input) {
    ...MeetingPartsFields
  }
}
    fragment MeetingPartsFields on MeetingParts {
  meetingId
  accountableChairName
  parts {
    id
    position
    title
    attendees
    childAttended
    childChair
    chairedBy
  }
  decisions {
    decisionId
    text
    significant
    partId
    partTitle
    childMissed
    childTold
    toldOn
    toldByName
    childSaid
  }
  childNotYetTold
  canAddPart
  canRecordBriefing
}`) as unknown as TypedDocumentString<RecordMissedDecisionBriefingMutation, RecordMissedDecisionBriefingMutationVariables>;
export const MeetingFamilyViewsDocument = new TypedDocumentString(`
    query MeetingFamilyViews($meetingId: ID!) {
  meetingFamilyViews(meetingId: $meetingId) {
    ...MeetingFamilyViewsFields
  }
}
    fragment MeetingFamilyViewsFields on MeetingFamilyViews {
  meetingId
  canRecord
  views {
    id
    who
    name
    relationship
    views
    visibility
    recordedByName
    recordedAt
  }
}`) as unknown as TypedDocumentString<MeetingFamilyViewsQuery, MeetingFamilyViewsQueryVariables>;
export const RecordFamilyViewDocument = new TypedDocumentString(`
    mutation RecordFamilyView($input: RecordFamilyViewInput!) {
  recordFamilyView(input: $input) {
    ...MeetingFamilyViewsFields
  }
}
    fragment MeetingFamilyViewsFields on MeetingFamilyViews {
  meetingId
  canRecord
  views {
    id
    who
    name
    relationship
    views
    visibility
    recordedByName
    recordedAt
  }
}`) as unknown as TypedDocumentString<RecordFamilyViewMutation, RecordFamilyViewMutationVariables>;
export const MeetingChildRecordDocument = new TypedDocumentString(`
    query MeetingChildRecord($meetingId: ID!) {
  meetingChildRecord(meetingId: $meetingId) {
    ...ChildRecordPageFields
  }
}
    fragment ChildRecordPageFields on MeetingChildRecord {
  meetingId
  childId
  childGivenName
  meetingDate
  text
  draft
  version
  editedAt
  editedByName
  goneThroughOn
  childSaid
  canEdit
}`) as unknown as TypedDocumentString<MeetingChildRecordQuery, MeetingChildRecordQueryVariables>;
export const SaveChildRecordDocument = new TypedDocumentString(`
    mutation SaveChildRecord($input: SaveChildRecordInput!) {
  saveChildRecord(input: $input) {
    ...ChildRecordPageFields
  }
}
    fragment ChildRecordPageFields on MeetingChildRecord {
  meetingId
  childId
  childGivenName
  meetingDate
  text
  draft
  version
  editedAt
  editedByName
  goneThroughOn
  childSaid
  canEdit
}`) as unknown as TypedDocumentString<SaveChildRecordMutation, SaveChildRecordMutationVariables>;
export const RecordChildRecordGoneThroughDocument = new TypedDocumentString(`
    mutation RecordChildRecordGoneThrough($input: RecordChildRecordGoneThroughInput!) {
  recordChildRecordGoneThrough(input: $input) {
    ...ChildRecordPageFields
  }
}
    fragment ChildRecordPageFields on MeetingChildRecord {
  meetingId
  childId
  childGivenName
  meetingDate
  text
  draft
  version
  editedAt
  editedByName
  goneThroughOn
  childSaid
  canEdit
}`) as unknown as TypedDocumentString<RecordChildRecordGoneThroughMutation, RecordChildRecordGoneThroughMutationVariables>;
export const MeetingsToChairDocument = new TypedDocumentString(`
    query MeetingsToChair {
  meetingsToChair {
    id
    childId
    childName
    scheduledOn
    status
  }
}
    `) as unknown as TypedDocumentString<MeetingsToChairQuery, MeetingsToChairQueryVariables>;
export const MeetingsForChildDocument = new TypedDocumentString(`
    query MeetingsForChild($childId: ID!) {
  meetingsForChild(childId: $childId) {
    id
    scheduledOn
    heldOn
    status
    participationCode
    decisions {
      id
      text
      significant
      basis
      advocateInput {
        ...AdvocateInputFields
      }
    }
    actions {
      ...MeetingActionFields
    }
  }
  nextMeetingDue(childId: $childId) {
    dueOn
    lastWorkingDayBefore
    explanation
    workingDaysOverdue
  }
}
    fragment MeetingActionFields on MeetingAction {
  id
  what
  owner
  dueOn
  monitoring
  status
  carryOvers
  drift
  workingDaysOverdue
  reviewNote
  childId
  childName
  allowedCommands
}
fragment AdvocateInputFields on AdvocateInput {
  id
  meetingId
  proposal
  input
  advocateName
  recordedAt
  migratedFromChair
}`) as unknown as TypedDocumentString<MeetingsForChildQuery, MeetingsForChildQueryVariables>;
export const MeetingDocument = new TypedDocumentString(`
    query Meeting($id: ID!) {
  meeting(id: $id) {
    ...MeetingFields
  }
}
    fragment MeetingActionFields on MeetingAction {
  id
  what
  owner
  dueOn
  monitoring
  status
  carryOvers
  drift
  workingDaysOverdue
  reviewNote
  childId
  childName
  allowedCommands
}
fragment MeetingFields on Meeting {
  id
  childId
  childName
  scheduledOn
  place
  invitees
  chairName
  status
  heldOn
  attendees
  participationCode
  childSelfRepresenting
  selfRepresentation {
    childWords
    recordedByName
    recordedAt
    migratedFromChair
  }
  childOptedOut
  advocateInputs {
    ...AdvocateInputFields
  }
  minutes
  summaryForChild
  views {
    id
    kind
    text
    shareable
    sharingWithdrawnAt
    sharingWithdrawnBy
    allowedCommands
    corrections {
      ...RecordCorrectionFields
    }
  }
  decisions {
    id
    text
    significant
    basis
    advocateInput {
      ...AdvocateInputFields
    }
    corrections {
      ...RecordCorrectionFields
    }
  }
  actions {
    ...MeetingActionFields
    corrections {
      ...RecordCorrectionFields
    }
  }
  actionsToReview {
    ...MeetingActionFields
  }
  allowedCommands
}
fragment AdvocateInputFields on AdvocateInput {
  id
  meetingId
  proposal
  input
  advocateName
  recordedAt
  migratedFromChair
}
fragment RecordCorrectionFields on RecordCorrection {
  id
  kind
  text
  label
}`) as unknown as TypedDocumentString<MeetingQuery, MeetingQueryVariables>;
export const ScheduleMeetingOptionsDocument = new TypedDocumentString(`
    query ScheduleMeetingOptions {
  laChildren {
    id
    givenName
    familyName
  }
  laStaff {
    id
    fullName
    role
    experienced
  }
}
    `) as unknown as TypedDocumentString<ScheduleMeetingOptionsQuery, ScheduleMeetingOptionsQueryVariables>;
export const ActionsNeedingAttentionDocument = new TypedDocumentString(`
    query ActionsNeedingAttention {
  actionsNeedingAttention {
    ...MeetingActionFields
  }
}
    fragment MeetingActionFields on MeetingAction {
  id
  what
  owner
  dueOn
  monitoring
  status
  carryOvers
  drift
  workingDaysOverdue
  reviewNote
  childId
  childName
  allowedCommands
}`) as unknown as TypedDocumentString<ActionsNeedingAttentionQuery, ActionsNeedingAttentionQueryVariables>;
export const ScheduleMeetingDocument = new TypedDocumentString(`
    mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const RecordChildViewDocument = new TypedDocumentString(`
    mutation RecordChildView($input: RecordChildViewInput!) {
  recordChildView(input: $input) {
    ...MeetingFields
  }
}
    fragment MeetingActionFields on MeetingAction {
  id
  what
  owner
  dueOn
  monitoring
  status
  carryOvers
  drift
  workingDaysOverdue
  reviewNote
  childId
  childName
  allowedCommands
}
fragment MeetingFields on Meeting {
  id
  childId
  childName
  scheduledOn
  place
  invitees
  chairName
  status
  heldOn
  attendees
  participationCode
  childSelfRepresenting
  selfRepresentation {
    childWords
    recordedByName
    recordedAt
    migratedFromChair
  }
  childOptedOut
  advocateInputs {
    ...AdvocateInputFields
  }
  minutes
  summaryForChild
  views {
    id
    kind
    text
    shareable
    sharingWithdrawnAt
    sharingWithdrawnBy
    allowedCommands
    corrections {
      ...RecordCorrectionFields
    }
  }
  decisions {
    id
    text
    significant
    basis
    advocateInput {
      ...AdvocateInputFields
    }
    corrections {
      ...RecordCorrectionFields
    }
  }
  actions {
    ...MeetingActionFields
    corrections {
      ...RecordCorrectionFields
    }
  }
  actionsToReview {
    ...MeetingActionFields
  }
  allowedCommands
}
fragment AdvocateInputFields on AdvocateInput {
  id
  meetingId
  proposal
  input
  advocateName
  recordedAt
  migratedFromChair
}
fragment RecordCorrectionFields on RecordCorrection {
  id
  kind
  text
  label
}`) as unknown as TypedDocumentString<RecordChildViewMutation, RecordChildViewMutationVariables>;
export const HoldMeetingDocument = new TypedDocumentString(`
    mutation HoldMeeting($input: HoldMeetingInput!) {
  holdMeeting(input: $input) {
    ...MeetingFields
  }
}
    fragment MeetingActionFields on MeetingAction {
  id
  what
  owner
  dueOn
  monitoring
  status
  carryOvers
  drift
  workingDaysOverdue
  reviewNote
  childId
  childName
  allowedCommands
}
fragment MeetingFields on Meeting {
  id
  childId
  childName
  scheduledOn
  place
  invitees
  chairName
  status
  heldOn
  attendees
  participationCode
  childSelfRepresenting
  selfRepresentation {
    childWords
    recordedByName
    recordedAt
    migratedFromChair
  }
  childOptedOut
  advocateInputs {
    ...AdvocateInputFields
  }
  minutes
  summaryForChild
  views {
    id
    kind
    text
    shareable
    sharingWithdrawnAt
    sharingWithdrawnBy
    allowedCommands
    corrections {
      ...RecordCorrectionFields
    }
  }
  decisions {
    id
    text
    significant
    basis
    advocateInput {
      ...AdvocateInputFields
    }
    corrections {
      ...RecordCorrectionFields
    }
  }
  actions {
    ...MeetingActionFields
    corrections {
      ...RecordCorrectionFields
    }
  }
  actionsToReview {
    ...MeetingActionFields
  }
  allowedCommands
}
fragment AdvocateInputFields on AdvocateInput {
  id
  meetingId
  proposal
  input
  advocateName
  recordedAt
  migratedFromChair
}
fragment RecordCorrectionFields on RecordCorrection {
  id
  kind
  text
  label
}`) as unknown as TypedDocumentString<HoldMeetingMutation, HoldMeetingMutationVariables>;
export const RecordMeetingDecisionDocument = new TypedDocumentString(`
    mutation RecordMeetingDecision($input: RecordMeetingDecisionInput!) {
  recordMeetingDecision(input: $input) {
    ...MeetingFields
  }
}
    fragment MeetingActionFields on MeetingAction {
  id
  what
  owner
  dueOn
  monitoring
  status
  carryOvers
  drift
  workingDaysOverdue
  reviewNote
  childId
  childName
  allowedCommands
}
fragment MeetingFields on Meeting {
  id
  childId
  childName
  scheduledOn
  place
  invitees
  chairName
  status
  heldOn
  attendees
  participationCode
  childSelfRepresenting
  selfRepresentation {
    childWords
    recordedByName
    recordedAt
    migratedFromChair
  }
  childOptedOut
  advocateInputs {
    ...AdvocateInputFields
  }
  minutes
  summaryForChild
  views {
    id
    kind
    text
    shareable
    sharingWithdrawnAt
    sharingWithdrawnBy
    allowedCommands
    corrections {
      ...RecordCorrectionFields
    }
  }
  decisions {
    id
    text
    significant
    basis
    advocateInput {
      ...AdvocateInputFields
    }
    corrections {
      ...RecordCorrectionFields
    }
  }
  actions {
    ...MeetingActionFields
    corrections {
      ...RecordCorrectionFields
    }
  }
  actionsToReview {
    ...MeetingActionFields
  }
  allowedCommands
}
fragment AdvocateInputFields on AdvocateInput {
  id
  meetingId
  proposal
  input
  advocateName
  recordedAt
  migratedFromChair
}
fragment RecordCorrectionFields on RecordCorrection {
  id
  kind
  text
  label
}`) as unknown as TypedDocumentString<RecordMeetingDecisionMutation, RecordMeetingDecisionMutationVariables>;
export const RecordActionDocument = new TypedDocumentString(`
    mutation RecordAction($input: RecordActionInput!) {
  recordAction(input: $input) {
    ...MeetingFields
  }
}
    fragment MeetingActionFields on MeetingAction {
  id
  what
  owner
  dueOn
  monitoring
  status
  carryOvers
  drift
  workingDaysOverdue
  reviewNote
  childId
  childName
  allowedCommands
}
fragment MeetingFields on Meeting {
  id
  childId
  childName
  scheduledOn
  place
  invitees
  chairName
  status
  heldOn
  attendees
  participationCode
  childSelfRepresenting
  selfRepresentation {
    childWords
    recordedByName
    recordedAt
    migratedFromChair
  }
  childOptedOut
  advocateInputs {
    ...AdvocateInputFields
  }
  minutes
  summaryForChild
  views {
    id
    kind
    text
    shareable
    sharingWithdrawnAt
    sharingWithdrawnBy
    allowedCommands
    corrections {
      ...RecordCorrectionFields
    }
  }
  decisions {
    id
    text
    significant
    basis
    advocateInput {
      ...AdvocateInputFields
    }
    corrections {
      ...RecordCorrectionFields
    }
  }
  actions {
    ...MeetingActionFields
    corrections {
      ...RecordCorrectionFields
    }
  }
  actionsToReview {
    ...MeetingActionFields
  }
  allowedCommands
}
fragment AdvocateInputFields on AdvocateInput {
  id
  meetingId
  proposal
  input
  advocateName
  recordedAt
  migratedFromChair
}
fragment RecordCorrectionFields on RecordCorrection {
  id
  kind
  text
  label
}`) as unknown as TypedDocumentString<RecordActionMutation, RecordActionMutationVariables>;
export const ReviewActionDocument = new TypedDocumentString(`
    mutation ReviewAction($input: ReviewActionInput!) {
  reviewAction(input: $input) {
    ...MeetingFields
  }
}
    fragment MeetingActionFields on MeetingAction {
  id
  what
  owner
  dueOn
  monitoring
  status
  carryOvers
  drift
  workingDaysOverdue
  reviewNote
  childId
  childName
  allowedCommands
}
fragment MeetingFields on Meeting {
  id
  childId
  childName
  scheduledOn
  place
  invitees
  chairName
  status
  heldOn
  attendees
  participationCode
  childSelfRepresenting
  selfRepresentation {
    childWords
    recordedByName
    recordedAt
    migratedFromChair
  }
  childOptedOut
  advocateInputs {
    ...AdvocateInputFields
  }
  minutes
  summaryForChild
  views {
    id
    kind
    text
    shareable
    sharingWithdrawnAt
    sharingWithdrawnBy
    allowedCommands
    corrections {
      ...RecordCorrectionFields
    }
  }
  decisions {
    id
    text
    significant
    basis
    advocateInput {
      ...AdvocateInputFields
    }
    corrections {
      ...RecordCorrectionFields
    }
  }
  actions {
    ...MeetingActionFields
    corrections {
      ...RecordCorrectionFields
    }
  }
  actionsToReview {
    ...MeetingActionFields
  }
  allowedCommands
}
fragment AdvocateInputFields on AdvocateInput {
  id
  meetingId
  proposal
  input
  advocateName
  recordedAt
  migratedFromChair
}
fragment RecordCorrectionFields on RecordCorrection {
  id
  kind
  text
  label
}`) as unknown as TypedDocumentString<ReviewActionMutation, ReviewActionMutationVariables>;
export const CompleteMeetingDocument = new TypedDocumentString(`
    mutation CompleteMeeting($input: CompleteMeetingInput!) {
  completeMeeting(input: $input) {
    ...MeetingFields
  }
}
    fragment MeetingActionFields on MeetingAction {
  id
  what
  owner
  dueOn
  monitoring
  status
  carryOvers
  drift
  workingDaysOverdue
  reviewNote
  childId
  childName
  allowedCommands
}
fragment MeetingFields on Meeting {
  id
  childId
  childName
  scheduledOn
  place
  invitees
  chairName
  status
  heldOn
  attendees
  participationCode
  childSelfRepresenting
  selfRepresentation {
    childWords
    recordedByName
    recordedAt
    migratedFromChair
  }
  childOptedOut
  advocateInputs {
    ...AdvocateInputFields
  }
  minutes
  summaryForChild
  views {
    id
    kind
    text
    shareable
    sharingWithdrawnAt
    sharingWithdrawnBy
    allowedCommands
    corrections {
      ...RecordCorrectionFields
    }
  }
  decisions {
    id
    text
    significant
    basis
    advocateInput {
      ...AdvocateInputFields
    }
    corrections {
      ...RecordCorrectionFields
    }
  }
  actions {
    ...MeetingActionFields
    corrections {
      ...RecordCorrectionFields
    }
  }
  actionsToReview {
    ...MeetingActionFields
  }
  allowedCommands
}
fragment AdvocateInputFields on AdvocateInput {
  id
  meetingId
  proposal
  input
  advocateName
  recordedAt
  migratedFromChair
}
fragment RecordCorrectionFields on RecordCorrection {
  id
  kind
  text
  label
}`) as unknown as TypedDocumentString<CompleteMeetingMutation, CompleteMeetingMutationVariables>;
export const OverdueMeetingsDocument = new TypedDocumentString(`
    query OverdueMeetings {
  overdueMeetings {
    childId
    childName
    dueOn
    lastWorkingDayBefore
    explanation
    workingDaysOverdue
  }
}
    `) as unknown as TypedDocumentString<OverdueMeetingsQuery, OverdueMeetingsQueryVariables>;
export const WithdrawChildViewSharingDocument = new TypedDocumentString(`
    mutation WithdrawChildViewSharing($viewId: ID!) {
  withdrawChildViewSharing(viewId: $viewId) {
    ...MeetingFields
  }
}
    fragment MeetingActionFields on MeetingAction {
  id
  what
  owner
  dueOn
  monitoring
  status
  carryOvers
  drift
  workingDaysOverdue
  reviewNote
  childId
  childName
  allowedCommands
}
fragment MeetingFields on Meeting {
  id
  childId
  childName
  scheduledOn
  place
  invitees
  chairName
  status
  heldOn
  attendees
  participationCode
  childSelfRepresenting
  selfRepresentation {
    childWords
    recordedByName
    recordedAt
    migratedFromChair
  }
  childOptedOut
  advocateInputs {
    ...AdvocateInputFields
  }
  minutes
  summaryForChild
  views {
    id
    kind
    text
    shareable
    sharingWithdrawnAt
    sharingWithdrawnBy
    allowedCommands
    corrections {
      ...RecordCorrectionFields
    }
  }
  decisions {
    id
    text
    significant
    basis
    advocateInput {
      ...AdvocateInputFields
    }
    corrections {
      ...RecordCorrectionFields
    }
  }
  actions {
    ...MeetingActionFields
    corrections {
      ...RecordCorrectionFields
    }
  }
  actionsToReview {
    ...MeetingActionFields
  }
  allowedCommands
}
fragment AdvocateInputFields on AdvocateInput {
  id
  meetingId
  proposal
  input
  advocateName
  recordedAt
  migratedFromChair
}
fragment RecordCorrectionFields on RecordCorrection {
  id
  kind
  text
  label
}`) as unknown as TypedDocumentString<WithdrawChildViewSharingMutation, WithdrawChildViewSharingMutationVariables>;
export const ChildViewsChangedDocument = new TypedDocumentString(`
    subscription ChildViewsChanged($meetingId: ID!) {
  childViewsChanged(meetingId: $meetingId) {
    meetingId
    viewId
    change
  }
}
    `) as unknown as TypedDocumentString<ChildViewsChangedSubscription, ChildViewsChangedSubscriptionVariables>;
export const RecordAdvocateInputDocument = new TypedDocumentString(`
    mutation RecordAdvocateInput($input: RecordAdvocateInputInput!) {
  recordAdvocateInput(input: $input) {
    ...MeetingFields
  }
}
    fragment MeetingActionFields on MeetingAction {
  id
  what
  owner
  dueOn
  monitoring
  status
  carryOvers
  drift
  workingDaysOverdue
  reviewNote
  childId
  childName
  allowedCommands
}
fragment MeetingFields on Meeting {
  id
  childId
  childName
  scheduledOn
  place
  invitees
  chairName
  status
  heldOn
  attendees
  participationCode
  childSelfRepresenting
  selfRepresentation {
    childWords
    recordedByName
    recordedAt
    migratedFromChair
  }
  childOptedOut
  advocateInputs {
    ...AdvocateInputFields
  }
  minutes
  summaryForChild
  views {
    id
    kind
    text
    shareable
    sharingWithdrawnAt
    sharingWithdrawnBy
    allowedCommands
    corrections {
      ...RecordCorrectionFields
    }
  }
  decisions {
    id
    text
    significant
    basis
    advocateInput {
      ...AdvocateInputFields
    }
    corrections {
      ...RecordCorrectionFields
    }
  }
  actions {
    ...MeetingActionFields
    corrections {
      ...RecordCorrectionFields
    }
  }
  actionsToReview {
    ...MeetingActionFields
  }
  allowedCommands
}
fragment AdvocateInputFields on AdvocateInput {
  id
  meetingId
  proposal
  input
  advocateName
  recordedAt
  migratedFromChair
}
fragment RecordCorrectionFields on RecordCorrection {
  id
  kind
  text
  label
}`) as unknown as TypedDocumentString<RecordAdvocateInputMutation, RecordAdvocateInputMutationVariables>;
export const RecordChildSelfRepresentationDocument = new TypedDocumentString(`
    mutation RecordChildSelfRepresentation($input: RecordChildSelfRepresentationInput!) {
  recordChildSelfRepresentation(input: $input) {
    ...MeetingFields
  }
}
    fragment MeetingActionFields on MeetingAction {
  id
  what
  owner
  dueOn
  monitoring
  status
  carryOvers
  drift
  workingDaysOverdue
  reviewNote
  childId
  childName
  allowedCommands
}
fragment MeetingFields on Meeting {
  id
  childId
  childName
  scheduledOn
  place
  invitees
  chairName
  status
  heldOn
  attendees
  participationCode
  childSelfRepresenting
  selfRepresentation {
    childWords
    recordedByName
    recordedAt
    migratedFromChair
  }
  childOptedOut
  advocateInputs {
    ...AdvocateInputFields
  }
  minutes
  summaryForChild
  views {
    id
    kind
    text
    shareable
    sharingWithdrawnAt
    sharingWithdrawnBy
    allowedCommands
    corrections {
      ...RecordCorrectionFields
    }
  }
  decisions {
    id
    text
    significant
    basis
    advocateInput {
      ...AdvocateInputFields
    }
    corrections {
      ...RecordCorrectionFields
    }
  }
  actions {
    ...MeetingActionFields
    corrections {
      ...RecordCorrectionFields
    }
  }
  actionsToReview {
    ...MeetingActionFields
  }
  allowedCommands
}
fragment AdvocateInputFields on AdvocateInput {
  id
  meetingId
  proposal
  input
  advocateName
  recordedAt
  migratedFromChair
}
fragment RecordCorrectionFields on RecordCorrection {
  id
  kind
  text
  label
}`) as unknown as TypedDocumentString<RecordChildSelfRepresentationMutation, RecordChildSelfRepresentationMutationVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($unreadOnly: Boolean! = false) {
  notifications(unreadOnly: $unreadOnly) {
    id
    kind
    message
    link
    concernId
    createdAt
    read
  }
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]! = []) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationAddedDocument = new TypedDocumentString(`
    subscription NotificationAdded {
  notificationAdded {
    id
    kind
    message
    link
  }
}
    `) as unknown as TypedDocumentString<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const AdminLocalAuthoritiesDocument = new TypedDocumentString(`
    query AdminLocalAuthorities {
  localAuthorities {
    ...AdminLocalAuthorityFields
  }
}
    fragment AdminLocalAuthorityFields on LocalAuthority {
  id
  code
  name
}`) as unknown as TypedDocumentString<AdminLocalAuthoritiesQuery, AdminLocalAuthoritiesQueryVariables>;
export const AdminCreateLocalAuthorityDocument = new TypedDocumentString(`
    mutation AdminCreateLocalAuthority($input: CreateLocalAuthorityInput!) {
  createLocalAuthority(input: $input) {
    ...AdminLocalAuthorityFields
  }
}
    fragment AdminLocalAuthorityFields on LocalAuthority {
  id
  code
  name
}`) as unknown as TypedDocumentString<AdminCreateLocalAuthorityMutation, AdminCreateLocalAuthorityMutationVariables>;
export const AdminRenameLocalAuthorityDocument = new TypedDocumentString(`
    mutation AdminRenameLocalAuthority($input: RenameLocalAuthorityInput!) {
  renameLocalAuthority(input: $input) {
    ...AdminLocalAuthorityFields
  }
}
    fragment AdminLocalAuthorityFields on LocalAuthority {
  id
  code
  name
}`) as unknown as TypedDocumentString<AdminRenameLocalAuthorityMutation, AdminRenameLocalAuthorityMutationVariables>;
export const AdminProvidersDocument = new TypedDocumentString(`
    query AdminProviders {
  advocacyProviders {
    ...AdminProviderFields
  }
  localAuthorities {
    ...AdminLocalAuthorityFields
  }
}
    fragment AdminLocalAuthorityFields on LocalAuthority {
  id
  code
  name
}
fragment AdminProviderFields on AdvocacyProvider {
  id
  name
  coveredLocalAuthorities
  coveredLocalAuthorityIds
  advocateCount
}`) as unknown as TypedDocumentString<AdminProvidersQuery, AdminProvidersQueryVariables>;
export const AdminCreateProviderDocument = new TypedDocumentString(`
    mutation AdminCreateProvider($input: CreateAdvocacyProviderInput!) {
  createAdvocacyProvider(input: $input) {
    ...AdminProviderFields
  }
}
    fragment AdminProviderFields on AdvocacyProvider {
  id
  name
  coveredLocalAuthorities
  coveredLocalAuthorityIds
  advocateCount
}`) as unknown as TypedDocumentString<AdminCreateProviderMutation, AdminCreateProviderMutationVariables>;
export const AdminSetCoverageDocument = new TypedDocumentString(`
    mutation AdminSetCoverage($input: SetProviderCoverageInput!) {
  setProviderCoverage(input: $input) {
    ...AdminProviderFields
  }
}
    fragment AdminProviderFields on AdvocacyProvider {
  id
  name
  coveredLocalAuthorities
  coveredLocalAuthorityIds
  advocateCount
}`) as unknown as TypedDocumentString<AdminSetCoverageMutation, AdminSetCoverageMutationVariables>;
export const AdminAdvocatesDocument = new TypedDocumentString(`
    query AdminAdvocates {
  advocateProfiles {
    ...AdvocateProfileFields
  }
}
    fragment AdvocateProfileFields on AdvocateProfile {
  id
  displayName
  email
  advocacyProviderId
  providerName
  employingLocalAuthority {
    id
    name
  }
  languages
  caseloadCap
  activeCaseload
  unavailableUntil
  availableToday
  version
}`) as unknown as TypedDocumentString<AdminAdvocatesQuery, AdminAdvocatesQueryVariables>;
export const AdminAdvocateFormDocument = new TypedDocumentString(`
    query AdminAdvocateForm {
  advocateProfiles {
    ...AdvocateProfileFields
  }
  advocacyProviders {
    id
    name
  }
  localAuthorities {
    ...AdminLocalAuthorityFields
  }
}
    fragment AdminLocalAuthorityFields on LocalAuthority {
  id
  code
  name
}
fragment AdvocateProfileFields on AdvocateProfile {
  id
  displayName
  email
  advocacyProviderId
  providerName
  employingLocalAuthority {
    id
    name
  }
  languages
  caseloadCap
  activeCaseload
  unavailableUntil
  availableToday
  version
}`) as unknown as TypedDocumentString<AdminAdvocateFormQuery, AdminAdvocateFormQueryVariables>;
export const AdminUpdateAdvocateDocument = new TypedDocumentString(`
    mutation AdminUpdateAdvocate($input: UpdateAdvocateInput!) {
  updateAdvocate(input: $input) {
    ...AdvocateProfileFields
  }
}
    fragment AdvocateProfileFields on AdvocateProfile {
  id
  displayName
  email
  advocacyProviderId
  providerName
  employingLocalAuthority {
    id
    name
  }
  languages
  caseloadCap
  activeCaseload
  unavailableUntil
  availableToday
  version
}`) as unknown as TypedDocumentString<AdminUpdateAdvocateMutation, AdminUpdateAdvocateMutationVariables>;
export const AdminLaStaffDocument = new TypedDocumentString(`
    query AdminLaStaff($localAuthorityId: ID!) {
  laStaffOf(localAuthorityId: $localAuthorityId) {
    ...AdminStaffFields
  }
}
    fragment AdminStaffFields on LaStaffMember {
  id
  fullName
  role
  managerId
  managerName
  experienced
  active
  isUser
}`) as unknown as TypedDocumentString<AdminLaStaffQuery, AdminLaStaffQueryVariables>;
export const AdminAddLaStaffDocument = new TypedDocumentString(`
    mutation AdminAddLaStaff($input: AddLaStaffMemberToLaInput!) {
  addLaStaffMemberToLa(input: $input) {
    ...AdminStaffFields
  }
}
    fragment AdminStaffFields on LaStaffMember {
  id
  fullName
  role
  managerId
  managerName
  experienced
  active
  isUser
}`) as unknown as TypedDocumentString<AdminAddLaStaffMutation, AdminAddLaStaffMutationVariables>;
export const AdminUpdateLaStaffDocument = new TypedDocumentString(`
    mutation AdminUpdateLaStaff($input: UpdateLaStaffMemberInput!) {
  updateLaStaffMember(input: $input) {
    ...AdminStaffFields
  }
}
    fragment AdminStaffFields on LaStaffMember {
  id
  fullName
  role
  managerId
  managerName
  experienced
  active
  isUser
}`) as unknown as TypedDocumentString<AdminUpdateLaStaffMutation, AdminUpdateLaStaffMutationVariables>;
export const AdminSafeguardingContactDocument = new TypedDocumentString(`
    query AdminSafeguardingContact($localAuthorityId: ID!, $managers: UsersFilterInput!) {
  safeguardingContact(localAuthorityId: $localAuthorityId) {
    name
    email
    acknowledgerUserId
    directorUserId
  }
  users(filter: $managers) {
    users {
      id
      displayName
    }
  }
  localAuthorities {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AdminSafeguardingContactQuery, AdminSafeguardingContactQueryVariables>;
export const AdminSetSafeguardingContactDocument = new TypedDocumentString(`
    mutation AdminSetSafeguardingContact($input: SafeguardingContactInput!) {
  setSafeguardingContact(input: $input) {
    name
    acknowledgerName
    directorName
  }
}
    `) as unknown as TypedDocumentString<AdminSetSafeguardingContactMutation, AdminSetSafeguardingContactMutationVariables>;
export const PaperReviewDocument = new TypedDocumentString(`
    query PaperReview($childId: ID!) {
  paperReview(childId: $childId) {
    ...PaperReviewFields
  }
}
    fragment PaperReviewFields on PaperReview {
  childId
  eligible
  explanation
  afterMeetingOn
  dueOn
  lastWorkingDayBefore
  deadlineStatus
  consultations {
    who
    consultedOn
    summary
    recordedByName
  }
  signedOffOn
  chairName
  canRecord
  canSignOff
}`) as unknown as TypedDocumentString<PaperReviewQuery, PaperReviewQueryVariables>;
export const PaperReviewChairsDocument = new TypedDocumentString(`
    query PaperReviewChairs {
  laStaff {
    id
    fullName
    role
    experienced
  }
}
    `) as unknown as TypedDocumentString<PaperReviewChairsQuery, PaperReviewChairsQueryVariables>;
export const RecordPaperReviewConsultationDocument = new TypedDocumentString(`
    mutation RecordPaperReviewConsultation($input: RecordPaperReviewConsultationInput!) {
  recordPaperReviewConsultation(input: $input) {
    ...PaperReviewFields
  }
}
    fragment PaperReviewFields on PaperReview {
  childId
  eligible
  explanation
  afterMeetingOn
  dueOn
  lastWorkingDayBefore
  deadlineStatus
  consultations {
    who
    consultedOn
    summary
    recordedByName
  }
  signedOffOn
  chairName
  canRecord
  canSignOff
}`) as unknown as TypedDocumentString<RecordPaperReviewConsultationMutation, RecordPaperReviewConsultationMutationVariables>;
export const SignOffPaperReviewDocument = new TypedDocumentString(`
    mutation SignOffPaperReview($input: SignOffPaperReviewInput!) {
  signOffPaperReview(input: $input) {
    ...PaperReviewFields
  }
}
    fragment PaperReviewFields on PaperReview {
  childId
  eligible
  explanation
  afterMeetingOn
  dueOn
  lastWorkingDayBefore
  deadlineStatus
  consultations {
    who
    consultedOn
    summary
    recordedByName
  }
  signedOffOn
  chairName
  canRecord
  canSignOff
}`) as unknown as TypedDocumentString<SignOffPaperReviewMutation, SignOffPaperReviewMutationVariables>;
export const ProviderOverviewDocument = new TypedDocumentString(`
    query ProviderOverview {
  providerOverview {
    providerName
    advocates {
      advocateId
      displayName
      caseloadCap
      activeCaseload
      active
      overdueOffers
      pastContactStandard
    }
    childrenNeedingAttention {
      childId
      childName
      localAuthority {
        id
        name
      }
      advocateId
      advocateName
      offerDueOn
      offerWorkingDaysOverdue
      contactOverdue
      lastHeardAt
      contactSentence
    }
  }
}
    `) as unknown as TypedDocumentString<ProviderOverviewQuery, ProviderOverviewQueryVariables>;
export const VisitRecommendationsToAnswerDocument = new TypedDocumentString(`
    query VisitRecommendationsToAnswer {
  visitRecommendationsToAnswer {
    answer {
      ...RecommendationAnswerFields
    }
    what
    owner
    recommendationDueOn
    themes
    aboutAChild
    homeId
    homeName
    visitId
    visitOn
  }
}
    fragment RecommendationAnswerFields on RecommendationAnswer {
  id
  recommendationId
  answerer
  answererName
  openedOn
  dueOn
  status
  statusLabel
  late
  response
  answeredOn
  allowedCommands
}`) as unknown as TypedDocumentString<VisitRecommendationsToAnswerQuery, VisitRecommendationsToAnswerQueryVariables>;
export const AnswerVisitRecommendationDocument = new TypedDocumentString(`
    mutation AnswerVisitRecommendation($input: AnswerVisitRecommendationInput!) {
  answerVisitRecommendation(input: $input) {
    ...RecommendationAnswerFields
  }
}
    fragment RecommendationAnswerFields on RecommendationAnswer {
  id
  recommendationId
  answerer
  answererName
  openedOn
  dueOn
  status
  statusLabel
  late
  response
  answeredOn
  allowedCommands
}`) as unknown as TypedDocumentString<AnswerVisitRecommendationMutation, AnswerVisitRecommendationMutationVariables>;
export const RecordHomeAnswerDocument = new TypedDocumentString(`
    mutation RecordHomeAnswer($input: RecordHomeAnswerInput!) {
  recordHomeAnswer(input: $input) {
    ...RecommendationAnswerFields
  }
}
    fragment RecommendationAnswerFields on RecommendationAnswer {
  id
  recommendationId
  answerer
  answererName
  openedOn
  dueOn
  status
  statusLabel
  late
  response
  answeredOn
  allowedCommands
}`) as unknown as TypedDocumentString<RecordHomeAnswerMutation, RecordHomeAnswerMutationVariables>;
export const RecordAccessHistoryDocument = new TypedDocumentString(`
    query RecordAccessHistory($input: RecordAccessHistoryInput!) {
  recordAccessHistory(input: $input) {
    childId
    childGivenName
    fromOn
    toOn
    overview
    total
    truncated
    organisations {
      kind
      name
      summary
      people {
        name
        roleInWords
        summary
        accesses {
          at
          when
          what
          why
          refused
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecordAccessHistoryQuery, RecordAccessHistoryQueryVariables>;
export const AddRecordCorrectionDocument = new TypedDocumentString(`
    mutation AddRecordCorrection($input: AddRecordCorrectionInput!) {
  addRecordCorrection(input: $input) {
    ...RecordCorrectionFields
  }
}
    fragment RecordCorrectionFields on RecordCorrection {
  id
  kind
  text
  label
}`) as unknown as TypedDocumentString<AddRecordCorrectionMutation, AddRecordCorrectionMutationVariables>;
export const RecordsDueForDisposalDocument = new TypedDocumentString(`
    query RecordsDueForDisposal {
  recordsDueForDisposal {
    childId
    childName
    retainUntil
    rule
    explanation
    status
    legalHold
    noticeGivenOn
    disposableFrom
  }
}
    `) as unknown as TypedDocumentString<RecordsDueForDisposalQuery, RecordsDueForDisposalQueryVariables>;
export const RecordDisposalRegisterDocument = new TypedDocumentString(`
    query RecordDisposalRegister {
  recordDisposals {
    id
    childId
    rule
    noticeGivenOn
    disposedAt
    counts {
      table
      anonymised
      deleted
    }
  }
}
    `) as unknown as TypedDocumentString<RecordDisposalRegisterQuery, RecordDisposalRegisterQueryVariables>;
export const RecordChildDeathDocument = new TypedDocumentString(`
    mutation RecordChildDeath($input: RecordChildDeathInput!) {
  recordChildDeath(input: $input) {
    ...RecordRetentionFields
  }
}
    fragment RecordRetentionFields on RecordRetention {
  retainUntil
  rule
  explanation
  dateOfDeath
  legalHold {
    reason
    placedOn
    placedByName
  }
  allowedCommands
}`) as unknown as TypedDocumentString<RecordChildDeathMutation, RecordChildDeathMutationVariables>;
export const PlaceLegalHoldDocument = new TypedDocumentString(`
    mutation PlaceLegalHold($input: LegalHoldInput!) {
  placeLegalHold(input: $input) {
    ...RecordRetentionFields
  }
}
    fragment RecordRetentionFields on RecordRetention {
  retainUntil
  rule
  explanation
  dateOfDeath
  legalHold {
    reason
    placedOn
    placedByName
  }
  allowedCommands
}`) as unknown as TypedDocumentString<PlaceLegalHoldMutation, PlaceLegalHoldMutationVariables>;
export const LiftLegalHoldDocument = new TypedDocumentString(`
    mutation LiftLegalHold($input: LegalHoldInput!) {
  liftLegalHold(input: $input) {
    ...RecordRetentionFields
  }
}
    fragment RecordRetentionFields on RecordRetention {
  retainUntil
  rule
  explanation
  dateOfDeath
  legalHold {
    reason
    placedOn
    placedByName
  }
  allowedCommands
}`) as unknown as TypedDocumentString<LiftLegalHoldMutation, LiftLegalHoldMutationVariables>;
export const AnnualReportsDocument = new TypedDocumentString(`
    query AnnualReports {
  annualReports {
    ...AnnualReportFields
  }
}
    fragment AnnualReportFields on AnnualReport {
  id
  year
  periodStart
  periodEnd
  provisional
  version
  checksum
  generatedBy
  createdAt
  ownLocalAuthority
}`) as unknown as TypedDocumentString<AnnualReportsQuery, AnnualReportsQueryVariables>;
export const AnnualReportDocument = new TypedDocumentString(`
    query AnnualReport($id: ID!) {
  annualReport(id: $id) {
    ...AnnualReportFields
    tables {
      id
      caption
    }
  }
}
    fragment AnnualReportFields on AnnualReport {
  id
  year
  periodStart
  periodEnd
  provisional
  version
  checksum
  generatedBy
  createdAt
  ownLocalAuthority
}`) as unknown as TypedDocumentString<AnnualReportQuery, AnnualReportQueryVariables>;
export const GenerateAnnualReportDocument = new TypedDocumentString(`
    mutation GenerateAnnualReport($year: Int!) {
  generateAnnualReport(year: $year) {
    ...ReportJobFields
  }
}
    fragment ReportJobFields on ReportJob {
  id
  year
  status
  progress
  reportId
  failure
}`) as unknown as TypedDocumentString<GenerateAnnualReportMutation, GenerateAnnualReportMutationVariables>;
export const ReportJobDocument = new TypedDocumentString(`
    query ReportJob($id: ID!) {
  reportJob(id: $id) {
    ...ReportJobFields
  }
}
    fragment ReportJobFields on ReportJob {
  id
  year
  status
  progress
  reportId
  failure
}`) as unknown as TypedDocumentString<ReportJobQuery, ReportJobQueryVariables>;
export const ReportJobUpdatedDocument = new TypedDocumentString(`
    subscription ReportJobUpdated($jobId: ID!) {
  reportJobUpdated(jobId: $jobId) {
    ...ReportJobFields
  }
}
    fragment ReportJobFields on ReportJob {
  id
  year
  status
  progress
  reportId
  failure
}`) as unknown as TypedDocumentString<ReportJobUpdatedSubscription, ReportJobUpdatedSubscriptionVariables>;
export const RequestSubjectAccessExportDocument = new TypedDocumentString(`
    mutation RequestSubjectAccessExport($childId: ID!) {
  requestSubjectAccessExport(childId: $childId) {
    ...SubjectAccessExportFields
  }
}
    fragment SubjectAccessExportFields on SubjectAccessExport {
  id
  childId
  childName
  status
  progress
  failure
  sizeBytes
  requestedAt
  readyAt
  downloadedAt
  expiresAt
  downloadPath
}`) as unknown as TypedDocumentString<RequestSubjectAccessExportMutation, RequestSubjectAccessExportMutationVariables>;
export const SubjectAccessExportProgressDocument = new TypedDocumentString(`
    query SubjectAccessExportProgress($id: ID!) {
  subjectAccessExport(id: $id) {
    ...SubjectAccessExportFields
  }
}
    fragment SubjectAccessExportFields on SubjectAccessExport {
  id
  childId
  childName
  status
  progress
  failure
  sizeBytes
  requestedAt
  readyAt
  downloadedAt
  expiresAt
  downloadPath
}`) as unknown as TypedDocumentString<SubjectAccessExportProgressQuery, SubjectAccessExportProgressQueryVariables>;
export const MySubjectAccessExportsDocument = new TypedDocumentString(`
    query MySubjectAccessExports {
  mySubjectAccessExports {
    ...SubjectAccessExportFields
  }
}
    fragment SubjectAccessExportFields on SubjectAccessExport {
  id
  childId
  childName
  status
  progress
  failure
  sizeBytes
  requestedAt
  readyAt
  downloadedAt
  expiresAt
  downloadPath
}`) as unknown as TypedDocumentString<MySubjectAccessExportsQuery, MySubjectAccessExportsQueryVariables>;
export const ThemeRequestsDocument = new TypedDocumentString(`
    query ThemeRequests {
  themeRequests {
    ...ThemeRequestView
  }
}
    fragment ThemeRequestView on ThemeRequestType {
  id
  recipientKind
  recipientName
  localAuthorityName
  providerName
  theme
  themeLabel
  question
  putOn
  deadline
  status
  statusLabel
  answer {
    found
    willDo
    byWhen
    answeredOn
    onTime
  }
  followUps {
    id
    action
    owner
    dueOn
    state
  }
  allowedCommands
}`) as unknown as TypedDocumentString<ThemeRequestsQuery, ThemeRequestsQueryVariables>;
export const ThemeRequestDocument = new TypedDocumentString(`
    query ThemeRequest($id: ID!) {
  themeRequest(id: $id) {
    ...ThemeRequestView
  }
}
    fragment ThemeRequestView on ThemeRequestType {
  id
  recipientKind
  recipientName
  localAuthorityName
  providerName
  theme
  themeLabel
  question
  putOn
  deadline
  status
  statusLabel
  answer {
    found
    willDo
    byWhen
    answeredOn
    onTime
  }
  followUps {
    id
    action
    owner
    dueOn
    state
  }
  allowedCommands
}`) as unknown as TypedDocumentString<ThemeRequestQuery, ThemeRequestQueryVariables>;
export const ThemeLocalAuthoritiesDocument = new TypedDocumentString(`
    query ThemeLocalAuthorities {
  themeLocalAuthorities {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ThemeLocalAuthoritiesQuery, ThemeLocalAuthoritiesQueryVariables>;
export const PutThemeToLocalAuthorityDocument = new TypedDocumentString(`
    mutation PutThemeToLocalAuthority($input: PutThemeInput!) {
  putThemeToLocalAuthority(input: $input) {
    ...ThemeRequestView
  }
}
    fragment ThemeRequestView on ThemeRequestType {
  id
  recipientKind
  recipientName
  localAuthorityName
  providerName
  theme
  themeLabel
  question
  putOn
  deadline
  status
  statusLabel
  answer {
    found
    willDo
    byWhen
    answeredOn
    onTime
  }
  followUps {
    id
    action
    owner
    dueOn
    state
  }
  allowedCommands
}`) as unknown as TypedDocumentString<PutThemeToLocalAuthorityMutation, PutThemeToLocalAuthorityMutationVariables>;
export const AnswerThemeDocument = new TypedDocumentString(`
    mutation AnswerTheme($input: AnswerThemeInput!) {
  answerTheme(input: $input) {
    ...ThemeRequestView
  }
}
    fragment ThemeRequestView on ThemeRequestType {
  id
  recipientKind
  recipientName
  localAuthorityName
  providerName
  theme
  themeLabel
  question
  putOn
  deadline
  status
  statusLabel
  answer {
    found
    willDo
    byWhen
    answeredOn
    onTime
  }
  followUps {
    id
    action
    owner
    dueOn
    state
  }
  allowedCommands
}`) as unknown as TypedDocumentString<AnswerThemeMutation, AnswerThemeMutationVariables>;
export const AddThemeFollowUpDocument = new TypedDocumentString(`
    mutation AddThemeFollowUp($input: AddThemeFollowUpInput!) {
  addThemeFollowUp(input: $input) {
    ...ThemeRequestView
  }
}
    fragment ThemeRequestView on ThemeRequestType {
  id
  recipientKind
  recipientName
  localAuthorityName
  providerName
  theme
  themeLabel
  question
  putOn
  deadline
  status
  statusLabel
  answer {
    found
    willDo
    byWhen
    answeredOn
    onTime
  }
  followUps {
    id
    action
    owner
    dueOn
    state
  }
  allowedCommands
}`) as unknown as TypedDocumentString<AddThemeFollowUpMutation, AddThemeFollowUpMutationVariables>;
export const CompleteThemeFollowUpDocument = new TypedDocumentString(`
    mutation CompleteThemeFollowUp($followUpId: ID!) {
  completeThemeFollowUp(followUpId: $followUpId) {
    ...ThemeRequestView
  }
}
    fragment ThemeRequestView on ThemeRequestType {
  id
  recipientKind
  recipientName
  localAuthorityName
  providerName
  theme
  themeLabel
  question
  putOn
  deadline
  status
  statusLabel
  answer {
    found
    willDo
    byWhen
    answeredOn
    onTime
  }
  followUps {
    id
    action
    owner
    dueOn
    state
  }
  allowedCommands
}`) as unknown as TypedDocumentString<CompleteThemeFollowUpMutation, CompleteThemeFollowUpMutationVariables>;
export const ThemeProvidersDocument = new TypedDocumentString(`
    query ThemeProviders {
  themeProviders
}
    `) as unknown as TypedDocumentString<ThemeProvidersQuery, ThemeProvidersQueryVariables>;
export const PutThemeToProviderDocument = new TypedDocumentString(`
    mutation PutThemeToProvider($input: PutThemeToProviderInput!) {
  putThemeToProvider(input: $input) {
    ...ThemeRequestView
  }
}
    fragment ThemeRequestView on ThemeRequestType {
  id
  recipientKind
  recipientName
  localAuthorityName
  providerName
  theme
  themeLabel
  question
  putOn
  deadline
  status
  statusLabel
  answer {
    found
    willDo
    byWhen
    answeredOn
    onTime
  }
  followUps {
    id
    action
    owner
    dueOn
    state
  }
  allowedCommands
}`) as unknown as TypedDocumentString<PutThemeToProviderMutation, PutThemeToProviderMutationVariables>;
export const RecordProviderAnswerDocument = new TypedDocumentString(`
    mutation RecordProviderAnswer($input: RecordProviderAnswerInput!) {
  recordProviderAnswer(input: $input) {
    ...ThemeRequestView
  }
}
    fragment ThemeRequestView on ThemeRequestType {
  id
  recipientKind
  recipientName
  localAuthorityName
  providerName
  theme
  themeLabel
  question
  putOn
  deadline
  status
  statusLabel
  answer {
    found
    willDo
    byWhen
    answeredOn
    onTime
  }
  followUps {
    id
    action
    owner
    dueOn
    state
  }
  allowedCommands
}`) as unknown as TypedDocumentString<RecordProviderAnswerMutation, RecordProviderAnswerMutationVariables>;
export const RecordTriggerEventDocument = new TypedDocumentString(`
    mutation RecordTriggerEvent($input: RecordTriggerEventInput!) {
  recordTriggerEvent(input: $input) {
    outcome
    advocate {
      id
      displayName
    }
    child {
      id
      givenName
      familyName
    }
  }
}
    `) as unknown as TypedDocumentString<RecordTriggerEventMutation, RecordTriggerEventMutationVariables>;
export const ManagedUsersDocument = new TypedDocumentString(`
    query ManagedUsers($filter: UsersFilterInput!) {
  users(filter: $filter) {
    total
    offset
    limit
    users {
      ...ManagedUserFields
    }
  }
}
    fragment ManagedUserFields on ManagedUser {
  id
  displayName
  email
  role
  status
  localAuthority {
    id
    name
  }
  advocacyProvider {
    id
    name
  }
  lastSignInAt
  lockedUntil
  allowedCommands
}`) as unknown as TypedDocumentString<ManagedUsersQuery, ManagedUsersQueryVariables>;
export const ManagedUserDocument = new TypedDocumentString(`
    query ManagedUser($id: ID!) {
  managedUser(id: $id) {
    ...ManagedUserFields
  }
}
    fragment ManagedUserFields on ManagedUser {
  id
  displayName
  email
  role
  status
  localAuthority {
    id
    name
  }
  advocacyProvider {
    id
    name
  }
  lastSignInAt
  lockedUntil
  allowedCommands
}`) as unknown as TypedDocumentString<ManagedUserQuery, ManagedUserQueryVariables>;
export const UserAdminOrganisationsDocument = new TypedDocumentString(`
    query UserAdminOrganisations {
  userAdminOrganisations {
    localAuthorities {
      id
      name
    }
    advocacyProviders {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<UserAdminOrganisationsQuery, UserAdminOrganisationsQueryVariables>;
export const InviteUserDocument = new TypedDocumentString(`
    mutation InviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    ...ManagedUserFields
  }
}
    fragment ManagedUserFields on ManagedUser {
  id
  displayName
  email
  role
  status
  localAuthority {
    id
    name
  }
  advocacyProvider {
    id
    name
  }
  lastSignInAt
  lockedUntil
  allowedCommands
}`) as unknown as TypedDocumentString<InviteUserMutation, InviteUserMutationVariables>;
export const ChangeUserRoleDocument = new TypedDocumentString(`
    mutation ChangeUserRole($input: ChangeUserRoleInput!) {
  changeUserRole(input: $input) {
    ...ManagedUserFields
  }
}
    fragment ManagedUserFields on ManagedUser {
  id
  displayName
  email
  role
  status
  localAuthority {
    id
    name
  }
  advocacyProvider {
    id
    name
  }
  lastSignInAt
  lockedUntil
  allowedCommands
}`) as unknown as TypedDocumentString<ChangeUserRoleMutation, ChangeUserRoleMutationVariables>;
export const DeactivateUserDocument = new TypedDocumentString(`
    mutation DeactivateUser($userId: ID!) {
  deactivateUser(userId: $userId) {
    ...ManagedUserFields
  }
}
    fragment ManagedUserFields on ManagedUser {
  id
  displayName
  email
  role
  status
  localAuthority {
    id
    name
  }
  advocacyProvider {
    id
    name
  }
  lastSignInAt
  lockedUntil
  allowedCommands
}`) as unknown as TypedDocumentString<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = new TypedDocumentString(`
    mutation ReactivateUser($userId: ID!) {
  reactivateUser(userId: $userId) {
    ...ManagedUserFields
  }
}
    fragment ManagedUserFields on ManagedUser {
  id
  displayName
  email
  role
  status
  localAuthority {
    id
    name
  }
  advocacyProvider {
    id
    name
  }
  lastSignInAt
  lockedUntil
  allowedCommands
}`) as unknown as TypedDocumentString<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const UnlockUserDocument = new TypedDocumentString(`
    mutation UnlockUser($userId: ID!) {
  unlockUser(userId: $userId) {
    ...ManagedUserFields
  }
}
    fragment ManagedUserFields on ManagedUser {
  id
  displayName
  email
  role
  status
  localAuthority {
    id
    name
  }
  advocacyProvider {
    id
    name
  }
  lastSignInAt
  lockedUntil
  allowedCommands
}`) as unknown as TypedDocumentString<UnlockUserMutation, UnlockUserMutationVariables>;
export const ForcePasswordResetDocument = new TypedDocumentString(`
    mutation ForcePasswordReset($userId: ID!) {
  forcePasswordReset(userId: $userId) {
    ...ManagedUserFields
  }
}
    fragment ManagedUserFields on ManagedUser {
  id
  displayName
  email
  role
  status
  localAuthority {
    id
    name
  }
  advocacyProvider {
    id
    name
  }
  lastSignInAt
  lockedUntil
  allowedCommands
}`) as unknown as TypedDocumentString<ForcePasswordResetMutation, ForcePasswordResetMutationVariables>;
export const SetPasswordDocument = new TypedDocumentString(`
    mutation SetPassword($token: String!, $password: String!) {
  setPassword(token: $token, password: $password)
}
    `) as unknown as TypedDocumentString<SetPasswordMutation, SetPasswordMutationVariables>;
export const YouSaidWeDidDocument = new TypedDocumentString(`
    query YouSaidWeDid($childId: ID!) {
  child(id: $childId) {
    id
    givenName
    preferredName
    familyName
  }
  youSaidWeDid(childId: $childId) {
    ...YouSaidWeDidFields
  }
}
    fragment YouSaidWeDidFields on YouSaidWeDidItemType {
  viewId
  kind
  said
  shared
  meetingId
  meetingOn
  outcome
  reason
  themes
  decision {
    id
    text
  }
  action {
    id
    text
  }
  showToChild
  version
  updatedAt
  forChild {
    youSaid
    weDid
  }
  maySetOutcome
}`) as unknown as TypedDocumentString<YouSaidWeDidQuery, YouSaidWeDidQueryVariables>;
export const YouSaidWeDidAnswersDocument = new TypedDocumentString(`
    query YouSaidWeDidAnswers($childId: ID!) {
  meetingsForChild(childId: $childId) {
    id
    scheduledOn
    heldOn
    decisions {
      id
      text
    }
    actions {
      id
      what
    }
  }
}
    `) as unknown as TypedDocumentString<YouSaidWeDidAnswersQuery, YouSaidWeDidAnswersQueryVariables>;
export const SetViewOutcomeDocument = new TypedDocumentString(`
    mutation SetViewOutcome($input: SetViewOutcomeInput!) {
  setViewOutcome(input: $input) {
    ...YouSaidWeDidFields
  }
}
    fragment YouSaidWeDidFields on YouSaidWeDidItemType {
  viewId
  kind
  said
  shared
  meetingId
  meetingOn
  outcome
  reason
  themes
  decision {
    id
    text
  }
  action {
    id
    text
  }
  showToChild
  version
  updatedAt
  forChild {
    youSaid
    weDid
  }
  maySetOutcome
}`) as unknown as TypedDocumentString<SetViewOutcomeMutation, SetViewOutcomeMutationVariables>;