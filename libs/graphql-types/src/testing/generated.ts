/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActionReviewOutcome =
  | 'CARRIED_OVER'
  | 'DONE'
  | 'NOT_DONE';

export type AddLaStaffMemberInput = {
  experienced?: boolean;
  fullName: string;
  managerId?: string | number | null | undefined;
  role: LaStaffRole;
};

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

export type CreateAdvocateInput = {
  advocacyProviderId: string | number;
  /** Defaults to 40. */
  caseloadCap?: number | null | undefined;
  contactPhone?: string | null | undefined;
  displayName: string;
  email: string;
  languages?: Array<string> | null | undefined;
  /** A first password the advocate is told to change; at least 12 characters. */
  temporaryPassword: string;
};

export type CreateLocalAuthorityInput = {
  /** The DfE three-digit LA number. */
  code: string;
  name: string;
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

/** The role someone attends a meeting in, and receives its record in. */
export type MeetingAttendeeRole =
  | 'ADVOCATE'
  | 'CARER'
  | 'CHILD'
  | 'OTHER'
  | 'PARENT'
  | 'SOCIAL_WORKER';

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

export type RenameAdvocacyProviderInput = {
  advocacyProviderId: string | number;
  name: string;
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

export type OrgAdminLocalAuthoritiesQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgAdminLocalAuthoritiesQuery = { localAuthorities: Array<{ id: string, code: string, name: string }> };

export type OrgAdminCreateLaMutationVariables = Exact<{
  input: CreateLocalAuthorityInput;
}>;


export type OrgAdminCreateLaMutation = { createLocalAuthority: { id: string, code: string, name: string } };

export type OrgAdminRenameLaMutationVariables = Exact<{
  input: RenameLocalAuthorityInput;
}>;


export type OrgAdminRenameLaMutation = { renameLocalAuthority: { id: string, code: string, name: string } };

export type OrgAdminProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgAdminProvidersQuery = { advocacyProviders: Array<{ id: string, name: string, coveredLocalAuthorities: Array<string>, coveredLocalAuthorityIds: Array<string>, advocateCount: number }> };

export type OrgAdminCreateProviderMutationVariables = Exact<{
  input: CreateAdvocacyProviderInput;
}>;


export type OrgAdminCreateProviderMutation = { createAdvocacyProvider: { id: string, name: string, coveredLocalAuthorities: Array<string>, advocateCount: number } };

export type OrgAdminRenameProviderMutationVariables = Exact<{
  input: RenameAdvocacyProviderInput;
}>;


export type OrgAdminRenameProviderMutation = { renameAdvocacyProvider: { name: string } };

export type OrgAdminSetCoverageMutationVariables = Exact<{
  input: SetProviderCoverageInput;
}>;


export type OrgAdminSetCoverageMutation = { setProviderCoverage: { name: string, coveredLocalAuthorities: Array<string> } };

export type OrgAdminAdvocatesQueryVariables = Exact<{
  advocacyProviderId?: string | number | null | undefined;
}>;


export type OrgAdminAdvocatesQuery = { advocateProfiles: Array<{ id: string, displayName: string, email: string, providerName: string, languages: Array<string>, caseloadCap: number, activeCaseload: number, unavailableUntil: string | null, availableToday: boolean, version: number, employingLocalAuthority: { name: string } | null }> };

export type OrgAdminCreateAdvocateMutationVariables = Exact<{
  input: CreateAdvocateInput;
}>;


export type OrgAdminCreateAdvocateMutation = { createAdvocate: { advocateId: string } };

export type OrgAdminUpdateAdvocateMutationVariables = Exact<{
  input: UpdateAdvocateInput;
}>;


export type OrgAdminUpdateAdvocateMutation = { updateAdvocate: { displayName: string, providerName: string, languages: Array<string>, caseloadCap: number, activeCaseload: number, unavailableUntil: string | null, availableToday: boolean, version: number, employingLocalAuthority: { name: string } | null } };

export type OrgAdminStaffQueryVariables = Exact<{
  localAuthorityId: string | number;
}>;


export type OrgAdminStaffQuery = { laStaffOf: Array<{ id: string, fullName: string, role: LaStaffRole, managerName: string | null, experienced: boolean, active: boolean }> };

export type OrgAdminAddStaffMutationVariables = Exact<{
  input: AddLaStaffMemberToLaInput;
}>;


export type OrgAdminAddStaffMutation = { addLaStaffMemberToLa: { id: string, fullName: string, role: LaStaffRole, managerName: string | null, experienced: boolean, active: boolean } };

export type OrgAdminUpdateStaffMutationVariables = Exact<{
  input: UpdateLaStaffMemberInput;
}>;


export type OrgAdminUpdateStaffMutation = { updateLaStaffMember: { fullName: string, role: LaStaffRole, managerName: string | null, experienced: boolean, active: boolean } };

export type UsersAdminUserFieldsFragment = { id: string, displayName: string, email: string, role: Role, status: UserStatus, allowedCommands: Array<UserAccountCommand>, localAuthority: { name: string } | null, advocacyProvider: { name: string } | null };

export type UsersAdminListQueryVariables = Exact<{
  filter: UsersFilterInput;
}>;


export type UsersAdminListQuery = { users: { total: number, offset: number, limit: number, users: Array<{ lastSignInAt: string | null, id: string, displayName: string, email: string, role: Role, status: UserStatus, allowedCommands: Array<UserAccountCommand>, localAuthority: { name: string } | null, advocacyProvider: { name: string } | null }> } };

export type UsersAdminUserQueryVariables = Exact<{
  id: string | number;
}>;


export type UsersAdminUserQuery = { managedUser: { lockedUntil: string | null, id: string, displayName: string, email: string, role: Role, status: UserStatus, allowedCommands: Array<UserAccountCommand>, localAuthority: { name: string } | null, advocacyProvider: { name: string } | null } };

export type UsersAdminOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersAdminOrganisationsQuery = { userAdminOrganisations: { localAuthorities: Array<{ id: string, name: string }>, advocacyProviders: Array<{ id: string, name: string }> } };

export type UsersAdminInviteMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type UsersAdminInviteMutation = { inviteUser: { id: string, displayName: string, email: string, role: Role, status: UserStatus, allowedCommands: Array<UserAccountCommand>, localAuthority: { name: string } | null, advocacyProvider: { name: string } | null } };

export type UsersAdminChangeRoleMutationVariables = Exact<{
  input: ChangeUserRoleInput;
}>;


export type UsersAdminChangeRoleMutation = { changeUserRole: { id: string, displayName: string, email: string, role: Role, status: UserStatus, allowedCommands: Array<UserAccountCommand>, localAuthority: { name: string } | null, advocacyProvider: { name: string } | null } };

export type UsersAdminDeactivateMutationVariables = Exact<{
  userId: string | number;
}>;


export type UsersAdminDeactivateMutation = { deactivateUser: { id: string, displayName: string, email: string, role: Role, status: UserStatus, allowedCommands: Array<UserAccountCommand>, localAuthority: { name: string } | null, advocacyProvider: { name: string } | null } };

export type UsersAdminReactivateMutationVariables = Exact<{
  userId: string | number;
}>;


export type UsersAdminReactivateMutation = { reactivateUser: { id: string, displayName: string, email: string, role: Role, status: UserStatus, allowedCommands: Array<UserAccountCommand>, localAuthority: { name: string } | null, advocacyProvider: { name: string } | null } };

export type UsersAdminUnlockMutationVariables = Exact<{
  userId: string | number;
}>;


export type UsersAdminUnlockMutation = { unlockUser: { id: string, displayName: string, email: string, role: Role, status: UserStatus, allowedCommands: Array<UserAccountCommand>, localAuthority: { name: string } | null, advocacyProvider: { name: string } | null } };

export type UsersAdminForceResetMutationVariables = Exact<{
  userId: string | number;
}>;


export type UsersAdminForceResetMutation = { forcePasswordReset: { id: string, displayName: string, email: string, role: Role, status: UserStatus, allowedCommands: Array<UserAccountCommand>, localAuthority: { name: string } | null, advocacyProvider: { name: string } | null } };

export type UsersAdminSetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type UsersAdminSetPasswordMutation = { setPassword: boolean };

export type AgeSixteenOutcomeMutationVariables = Exact<{
  input: RecordOfferOutcomeInput;
}>;


export type AgeSixteenOutcomeMutation = { recordOfferOutcome: { status: AdvocacyStatus } };

export type OffersAndAccessOutcomeMutationVariables = Exact<{
  input: RecordOfferOutcomeInput;
}>;


export type OffersAndAccessOutcomeMutation = { recordOfferOutcome: { id: string, status: AdvocacyStatus, offers: Array<{ reason: OfferReason, outcome: OfferOutcome | null, childWords: string | null, dueOn: string }>, decisions: Array<{ kind: string, childWords: string | null, recordedBy: string }> } };

export type OffersAndAccessOptInMutationVariables = Exact<{
  input: RecordOptBackInInput;
}>;


export type OffersAndAccessOptInMutation = { recordOptBackIn: { status: AdvocacyStatus, decisions: Array<{ kind: string }> } };

export type OffersAndAccessChildQueryVariables = Exact<{
  id: string | number;
}>;


export type OffersAndAccessChildQuery = { child: { id: string, status: AdvocacyStatus, offers: Array<{ reason: OfferReason, outcome: OfferOutcome | null, dueOn: string }>, assignments: Array<{ startReason: string, endReason: string | null, endNote: string | null, advocate: { id: string } }> } };

export type OffersAndAccessPlacementChangeMutationVariables = Exact<{
  input: RecordPlacementChangeInput;
}>;


export type OffersAndAccessPlacementChangeMutation = { recordPlacementChange: { child: { status: AdvocacyStatus } } };

export type OffersAndAccessReassignMutationVariables = Exact<{
  input: ReassignChildInput;
}>;


export type OffersAndAccessReassignMutation = { reassignChild: { advocateName: string } };

export type CareEventsOutcomeMutationVariables = Exact<{
  input: RecordOfferOutcomeInput;
}>;


export type CareEventsOutcomeMutation = { recordOfferOutcome: { id: string } };

export type CareEventsChildQueryVariables = Exact<{
  id: string | number;
}>;


export type CareEventsChildQuery = { child: { status: AdvocacyStatus, allowedCommands: Array<ChildCommand> } };

export type CareEventsPlacementChangeMutationVariables = Exact<{
  input: RecordPlacementChangeInput;
}>;


export type CareEventsPlacementChangeMutation = { recordPlacementChange: { offeredAgain: boolean, advocacyEndedOn: string | null, child: { status: AdvocacyStatus } } };

export type CareEventsLeftCareMutationVariables = Exact<{
  input: RecordLeftCareInput;
}>;


export type CareEventsLeftCareMutation = { recordLeftCare: { offeredAgain: boolean, advocacyEndedOn: string | null, child: { status: AdvocacyStatus } } };

export type QueueAndConcurrencyAwaitingQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueAndConcurrencyAwaitingQuery = { awaitingAdvocate: Array<{ childId: string, childName: string, waitingSince: string, workingDaysWaiting: number, reason: string, localAuthority: { id: string } }> };

export type QueueAndConcurrencySetCapMutationVariables = Exact<{
  input: SetCaseloadCapInput;
}>;


export type QueueAndConcurrencySetCapMutation = { setCaseloadCap: { caseloadCap: number, activeCaseload: number } };

export type QueueAndConcurrencyCreateAdvocateMutationVariables = Exact<{
  input: CreateAdvocateInput;
}>;


export type QueueAndConcurrencyCreateAdvocateMutation = { createAdvocate: { displayName: string, caseloadCap: number, activeCaseload: number, languages: Array<string> } };

export type QueueAndConcurrencyProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueAndConcurrencyProvidersQuery = { advocacyProviders: Array<{ id: string, name: string }> };

export type ChildSearchFindQueryVariables = Exact<{
  input: ChildSearchInput;
}>;


export type ChildSearchFindQuery = { childSearch: { more: boolean, matches: Array<{ id: string, givenName: string, familyName: string, preferredName: string | null, dateOfBirth: string, localAuthority: { id: string, name: string }, advocate: { displayName: string } | null }> } };

export type AccessEventsAwaitingQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessEventsAwaitingQuery = { awaitingAdvocate: Array<{ childId: string, childName: string }> };

export type AccessEventsChildNameQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessEventsChildNameQuery = { child: { id: string, givenName: string } };

export type AccessEventsMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessEventsMeetingQuery = { meeting: { id: string } };

export type AccessEventsChildQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessEventsChildQuery = { child: { id: string } };

export type DemoAccountsRefusedInProductionRefreshMutationVariables = Exact<{ [key: string]: never; }>;


export type DemoAccountsRefusedInProductionRefreshMutation = { refreshSession: { accessToken: string } };

export type LockoutHoldsUnderABurstLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LockoutHoldsUnderABurstLoginMutation = { login: { accessToken: string } };

export type LoginMeQueryVariables = Exact<{ [key: string]: never; }>;


export type LoginMeQuery = { me: { id: string, email: string, displayName: string, role: Role } };

export type SessionEndsCloseSubscriptionsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionEndsCloseSubscriptionsMeQuery = { me: { email: string } };

export type SessionEndsCloseSubscriptionsRefreshMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionEndsCloseSubscriptionsRefreshMutation = { refreshSession: { accessToken: string } };

export type SessionsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsMeQuery = { me: { email: string } };

export type SessionsRefreshMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionsRefreshMutation = { refreshSession: { accessToken: string, user: { email: string, role: Role } } };

export type SessionsLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionsLogoutMutation = { logout: boolean };

export type BetweenRequestFieldsFragment = { id: string, childId: string, reason: string, requestedOn: string, answerDueBy: string, answerDueExplanation: string, answerStatus: DeadlineStatus, answer: EarlierMeetingAnswer | null, answeredOn: string | null, meetingOn: string | null, answerReasons: string | null, concernId: string | null, canRaiseConcern: boolean, canAnswer: boolean };

export type BetweenSharingFieldsFragment = { meetingId: string, heldOn: string, dueBy: string, dueExplanation: string, status: DeadlineStatus, rolesShared: number, canRecord: boolean, roles: Array<{ role: MeetingAttendeeRole, roleLabel: string, sharedOn: string | null, status: DeadlineStatus }> };

export type BetweenRecordChangeMutationVariables = Exact<{
  input: RecordSignificantChangeInput;
}>;


export type BetweenRecordChangeMutation = { recordSignificantChange: { kind: SignificantChangeKind, kindLabel: string, occurredOn: string, whatChanged: string, offeredAgain: boolean } };

export type BetweenPlacementChangeMutationVariables = Exact<{
  input: RecordPlacementChangeInput;
}>;


export type BetweenPlacementChangeMutation = { recordPlacementChange: { offeredAgain: boolean } };

export type BetweenOptOutMutationVariables = Exact<{
  input: RecordOfferOutcomeInput;
}>;


export type BetweenOptOutMutation = { recordOfferOutcome: { id: string } };

export type BetweenSinceLastMeetingQueryVariables = Exact<{
  childId: string | number;
}>;


export type BetweenSinceLastMeetingQuery = { significantChangesSinceLastMeeting: { lastMeetingOn: string | null, changes: Array<{ kind: SignificantChangeKind, kindLabel: string, occurredOn: string, whatChanged: string, offeredAgain: boolean }> } };

export type BetweenRequestMutationVariables = Exact<{
  input: RequestEarlierMeetingInput;
}>;


export type BetweenRequestMutation = { requestEarlierMeeting: { id: string, childId: string, reason: string, requestedOn: string, answerDueBy: string, answerDueExplanation: string, answerStatus: DeadlineStatus, answer: EarlierMeetingAnswer | null, answeredOn: string | null, meetingOn: string | null, answerReasons: string | null, concernId: string | null, canRaiseConcern: boolean, canAnswer: boolean } };

export type BetweenAnswerMutationVariables = Exact<{
  input: AnswerEarlierMeetingRequestInput;
}>;


export type BetweenAnswerMutation = { answerEarlierMeetingRequest: { id: string, childId: string, reason: string, requestedOn: string, answerDueBy: string, answerDueExplanation: string, answerStatus: DeadlineStatus, answer: EarlierMeetingAnswer | null, answeredOn: string | null, meetingOn: string | null, answerReasons: string | null, concernId: string | null, canRaiseConcern: boolean, canAnswer: boolean } };

export type BetweenRaiseConcernMutationVariables = Exact<{
  requestId: string | number;
}>;


export type BetweenRaiseConcernMutation = { raiseConcernFromEarlierMeetingRequest: { id: string, childId: string, reason: string, requestedOn: string, answerDueBy: string, answerDueExplanation: string, answerStatus: DeadlineStatus, answer: EarlierMeetingAnswer | null, answeredOn: string | null, meetingOn: string | null, answerReasons: string | null, concernId: string | null, canRaiseConcern: boolean, canAnswer: boolean } };

export type BetweenRequestsOfChildQueryVariables = Exact<{
  childId: string | number;
}>;


export type BetweenRequestsOfChildQuery = { earlierMeetingRequestsOfChild: Array<{ id: string, childId: string, reason: string, requestedOn: string, answerDueBy: string, answerDueExplanation: string, answerStatus: DeadlineStatus, answer: EarlierMeetingAnswer | null, answeredOn: string | null, meetingOn: string | null, answerReasons: string | null, concernId: string | null, canRaiseConcern: boolean, canAnswer: boolean }> };

export type BetweenLaRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type BetweenLaRequestsQuery = { earlierMeetingRequests: Array<{ id: string, childId: string, answerStatus: DeadlineStatus }> };

export type BetweenScheduleMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type BetweenScheduleMutation = { scheduleMeeting: { id: string } };

export type BetweenHoldMutationVariables = Exact<{
  input: HoldMeetingInput;
}>;


export type BetweenHoldMutation = { holdMeeting: { id: string } };

export type BetweenSharingQueryVariables = Exact<{
  meetingId: string | number;
}>;


export type BetweenSharingQuery = { meetingRecordSharing: { meetingId: string, heldOn: string, dueBy: string, dueExplanation: string, status: DeadlineStatus, rolesShared: number, canRecord: boolean, roles: Array<{ role: MeetingAttendeeRole, roleLabel: string, sharedOn: string | null, status: DeadlineStatus }> } };

export type BetweenShareMutationVariables = Exact<{
  input: RecordMeetingRecordSharedInput;
}>;


export type BetweenShareMutation = { recordMeetingRecordShared: { meetingId: string, heldOn: string, dueBy: string, dueExplanation: string, status: DeadlineStatus, rolesShared: number, canRecord: boolean, roles: Array<{ role: MeetingAttendeeRole, roleLabel: string, sharedOn: string | null, status: DeadlineStatus }> } };

export type BetweenLateRecordsQueryVariables = Exact<{ [key: string]: never; }>;


export type BetweenLateRecordsQuery = { lateMeetingRecords: Array<{ meetingId: string, heldOn: string, dueBy: string, status: DeadlineStatus, lastSharedOn: string | null, rolesShared: number }> };

export type LondonTodayScheduleMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type LondonTodayScheduleMutation = { scheduleMeeting: { id: string } };

export type LondonTodayHoldMutationVariables = Exact<{
  input: HoldMeetingInput;
}>;


export type LondonTodayHoldMutation = { holdMeeting: { id: string, status: string } };

export type ChannelCreateLinkMutationVariables = Exact<{
  childId: string | number;
}>;


export type ChannelCreateLinkMutation = { createChildChannelLink: { path: string, createdAt: string } };

export type ChannelRevokeLinkMutationVariables = Exact<{
  childId: string | number;
}>;


export type ChannelRevokeLinkMutation = { revokeChildChannelLink: { liveLinkCreatedAt: string | null } };

export type ChannelPageQueryVariables = Exact<{
  token: string;
}>;


export type ChannelPageQuery = { childChannelPage: { advocateFirstName: string | null } };

export type ChannelSendMutationVariables = Exact<{
  input: SendChildChannelInput;
}>;


export type ChannelSendMutation = { sendChildChannelMessage: { confirmation: string, urgent: boolean } };

export type ChannelMessagesQueryVariables = Exact<{
  childId: string | number;
}>;


export type ChannelMessagesQuery = { childChannel: { liveLinkCreatedAt: string | null, overdueCount: number, messages: Array<{ id: string, kind: ChildChannelKind, text: string | null, callTime: string | null, urgent: boolean, sentAt: string, replyDueAt: string, replyDueSentence: string, replyStatus: ReplyStatus, repliedAt: string | null, replyMethod: ChildChannelReplyMethod | null, replyNote: string | null }> } };

export type ChannelMarkRepliedMutationVariables = Exact<{
  input: MarkChildMessageRepliedInput;
}>;


export type ChannelMarkRepliedMutation = { markChildMessageReplied: { id: string, replyStatus: ReplyStatus, replyMethod: ChildChannelReplyMethod | null, replyNote: string | null } };

export type OneStateChangeWinsCurrentOfferQueryVariables = Exact<{
  id: string | number;
}>;


export type OneStateChangeWinsCurrentOfferQuery = { child: { currentOffer: { id: string, reason: OfferReason } | null } };

export type ContactsRecordMutationVariables = Exact<{
  input: RecordContactInput;
}>;


export type ContactsRecordMutation = { recordContact: Array<{ kind: ContactKind, occurredAt: string, viewsRecorded: boolean, privateNote: string }> };

export type ContactsLogQueryVariables = Exact<{
  childId: string | number;
}>;


export type ContactsLogQuery = { childContacts: Array<{ kind: ContactKind, occurredAt: string, viewsRecorded: boolean, privateNote: string, recordedBy: string }> };

export type ContactsChildClockQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactsChildClockQuery = { child: { lastHeardAt: string | null, contactStandard: { status: ContactStandardStatus, sentence: string | null, nextDueOn: string | null } | null } };

export type ContactsMyChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactsMyChildrenQuery = { myChildren: Array<{ id: string, lastHeardAt: string | null, contactStandard: { status: ContactStandardStatus, sentence: string | null } | null }> };

export type ContactsNationalQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactsNationalQuery = { contactStandardNational: { byLocalAuthority: Array<{ name: string, children: number, pastStandard: number }>, byProvider: Array<{ name: string, children: number, pastStandard: number }> } };

export type AdvocateInputsMigrationScheduleMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type AdvocateInputsMigrationScheduleMutation = { scheduleMeeting: { id: string } };

export type AdvocateInputsMigrationHoldMutationVariables = Exact<{
  input: HoldMeetingInput;
}>;


export type AdvocateInputsMigrationHoldMutation = { holdMeeting: { id: string } };

export type FollowThroughFieldsFragment = { decisionId: string, meetingId: string, childId: string, text: string, heldOn: string, implementBy: string | null, implementedOn: string | null, challengedOn: string | null, challengeReasons: string | null, status: DecisionFollowThroughStatus, challengeBy: string, explanation: string, challengeDeadlineExplanation: string, concernId: string | null, canActAsLa: boolean, canEscalate: boolean };

export type StickScheduleMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type StickScheduleMutation = { scheduleMeeting: { id: string } };

export type StickHoldMutationVariables = Exact<{
  input: HoldMeetingInput;
}>;


export type StickHoldMutation = { holdMeeting: { id: string } };

export type StickDecideMutationVariables = Exact<{
  input: RecordMeetingDecisionInput;
}>;


export type StickDecideMutation = { recordMeetingDecision: { id: string, decisions: Array<{ id: string, text: string }> } };

export type StickFollowThroughQueryVariables = Exact<{
  meetingId: string | number;
}>;


export type StickFollowThroughQuery = { decisionFollowThrough: Array<{ decisionId: string, meetingId: string, childId: string, text: string, heldOn: string, implementBy: string | null, implementedOn: string | null, challengedOn: string | null, challengeReasons: string | null, status: DecisionFollowThroughStatus, challengeBy: string, explanation: string, challengeDeadlineExplanation: string, concernId: string | null, canActAsLa: boolean, canEscalate: boolean }> };

export type StickFlaggedQueryVariables = Exact<{ [key: string]: never; }>;


export type StickFlaggedQuery = { unimplementedDecisions: Array<{ decisionId: string, meetingId: string, childId: string, text: string, heldOn: string, implementBy: string | null, implementedOn: string | null, challengedOn: string | null, challengeReasons: string | null, status: DecisionFollowThroughStatus, challengeBy: string, explanation: string, challengeDeadlineExplanation: string, concernId: string | null, canActAsLa: boolean, canEscalate: boolean }> };

export type StickImplementByMutationVariables = Exact<{
  input: SetDecisionImplementByInput;
}>;


export type StickImplementByMutation = { setDecisionImplementBy: { decisionId: string, meetingId: string, childId: string, text: string, heldOn: string, implementBy: string | null, implementedOn: string | null, challengedOn: string | null, challengeReasons: string | null, status: DecisionFollowThroughStatus, challengeBy: string, explanation: string, challengeDeadlineExplanation: string, concernId: string | null, canActAsLa: boolean, canEscalate: boolean } };

export type StickImplementedMutationVariables = Exact<{
  input: MarkDecisionImplementedInput;
}>;


export type StickImplementedMutation = { markDecisionImplemented: { decisionId: string, meetingId: string, childId: string, text: string, heldOn: string, implementBy: string | null, implementedOn: string | null, challengedOn: string | null, challengeReasons: string | null, status: DecisionFollowThroughStatus, challengeBy: string, explanation: string, challengeDeadlineExplanation: string, concernId: string | null, canActAsLa: boolean, canEscalate: boolean } };

export type StickChallengeMutationVariables = Exact<{
  input: ChallengeDecisionInput;
}>;


export type StickChallengeMutation = { challengeDecision: { decisionId: string, meetingId: string, childId: string, text: string, heldOn: string, implementBy: string | null, implementedOn: string | null, challengedOn: string | null, challengeReasons: string | null, status: DecisionFollowThroughStatus, challengeBy: string, explanation: string, challengeDeadlineExplanation: string, concernId: string | null, canActAsLa: boolean, canEscalate: boolean } };

export type StickEscalateMutationVariables = Exact<{
  decisionId: string | number;
}>;


export type StickEscalateMutation = { escalateDecision: { decisionId: string, meetingId: string, childId: string, text: string, heldOn: string, implementBy: string | null, implementedOn: string | null, challengedOn: string | null, challengeReasons: string | null, status: DecisionFollowThroughStatus, challengeBy: string, explanation: string, challengeDeadlineExplanation: string, concernId: string | null, canActAsLa: boolean, canEscalate: boolean } };

export type StickConcernQueryVariables = Exact<{
  id: string | number;
}>;


export type StickConcernQuery = { concern: { id: string, stage: ConcernStage, whatIsWrong: string, childWants: string, themes: Array<ConcernTheme> } };

export type ConcernsAwaitingQueryVariables = Exact<{ [key: string]: never; }>;


export type ConcernsAwaitingQuery = { concernsAwaitingResponse: Array<{ id: string }> };

export type ConcernsAwaitingDueQueryVariables = Exact<{ [key: string]: never; }>;


export type ConcernsAwaitingDueQuery = { concernsAwaitingResponse: Array<{ id: string, informationDueOn: string | null }> };

export type ConcernsEscalationQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ConcernsEscalationQueueQuery = { escalationQueue: Array<{ id: string }> };

export type ConcernsNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConcernsNotificationsQuery = { notifications: Array<{ kind: string, link: string }> };

export type ConcernsFromActionQueryVariables = Exact<{
  id: string | number;
}>;


export type ConcernsFromActionQuery = { concern: { fromActionId: string | null } };

export type DeadlinesAndLiveUpdatesUnreadQueryVariables = Exact<{ [key: string]: never; }>;


export type DeadlinesAndLiveUpdatesUnreadQuery = { unreadNotificationCount: number, notifications: Array<{ kind: string, message: string, link: string }> };

export type DeadlinesAndLiveUpdatesMarkReadMutationVariables = Exact<{ [key: string]: never; }>;


export type DeadlinesAndLiveUpdatesMarkReadMutation = { markNotificationsRead: number };

export type SafeguardingAlertFieldsFragment = { id: string, concernId: string, childId: string, childName: string, toldWho: string, raisedAt: string, dueAt: string, deadlineExplained: string, status: SafeguardingAlertStatus, acknowledgedAt: string | null, acknowledgedByName: string | null };

export type SafeguardingRaiseMutationVariables = Exact<{
  input: RaiseSafeguardingConcernInput;
}>;


export type SafeguardingRaiseMutation = { raiseSafeguardingConcern: { id: string, concernId: string, childId: string, childName: string, toldWho: string, raisedAt: string, dueAt: string, deadlineExplained: string, status: SafeguardingAlertStatus, acknowledgedAt: string | null, acknowledgedByName: string | null } };

export type SafeguardingAcknowledgeMutationVariables = Exact<{
  alertId: string | number;
}>;


export type SafeguardingAcknowledgeMutation = { acknowledgeSafeguardingAlert: { id: string, concernId: string, childId: string, childName: string, toldWho: string, raisedAt: string, dueAt: string, deadlineExplained: string, status: SafeguardingAlertStatus, acknowledgedAt: string | null, acknowledgedByName: string | null } };

export type SafeguardingWaitingQueryVariables = Exact<{ [key: string]: never; }>;


export type SafeguardingWaitingQuery = { safeguardingAlertsWaiting: Array<{ id: string, concernId: string, childId: string, childName: string, toldWho: string, raisedAt: string, dueAt: string, deadlineExplained: string, status: SafeguardingAlertStatus, acknowledgedAt: string | null, acknowledgedByName: string | null }> };

export type SafeguardingSetContactMutationVariables = Exact<{
  input: SafeguardingContactInput;
}>;


export type SafeguardingSetContactMutation = { setSafeguardingContact: { localAuthorityId: string, name: string, email: string, acknowledgerName: string, directorName: string | null } };

export type SafeguardingContactQueryVariables = Exact<{
  localAuthorityId: string | number;
}>;


export type SafeguardingContactQuery = { safeguardingContact: { name: string, email: string, acknowledgerName: string, directorName: string | null } | null };

export type SafeguardingTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type SafeguardingTimelineQuery = { concern: { timeline: Array<{ kind: string, answer: string | null }> } };

export type MatrixVisitQueryVariables = Exact<{
  id: string | number;
}>;


export type MatrixVisitQuery = { homeVisit: { childrenSpokenToCount: number, sharedVoices: Array<string>, childrenSpokenTo: Array<{ childId: string | null, name: string, whatTheySaid: string, consentToShare: boolean }> } };

export type MatrixRecordViewMutationVariables = Exact<{
  input: RecordChildViewInput;
}>;


export type MatrixRecordViewMutation = { recordChildView: { views: Array<{ kind: ChildViewKind, text: string, shareable: boolean }> } };

export type MatrixMeetingViewsQueryVariables = Exact<{
  id: string | number;
}>;


export type MatrixMeetingViewsQuery = { meeting: { views: Array<{ kind: ChildViewKind, text: string, shareable: boolean }> } };

export type MatrixAddNoteMutationVariables = Exact<{
  input: ConcernNoteInput;
}>;


export type MatrixAddNoteMutation = { addConcernNote: { id: string } };

export type RecordsCommandsChildQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordsCommandsChildQuery = { child: { currentOffer: { allowedCommands: Array<OfferCommand> } | null, offers: Array<{ allowedCommands: Array<OfferCommand> }> } };

export type RecordsCommandsMyChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type RecordsCommandsMyChildrenQuery = { myChildren: Array<{ id: string, currentOffer: { allowedCommands: Array<OfferCommand> } | null }> };

export type RecordsCommandsLaChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type RecordsCommandsLaChildrenQuery = { laChildren: Array<{ id: string, currentOffer: { allowedCommands: Array<OfferCommand> } | null }> };

export type RecordsCommandsOutcomeMutationVariables = Exact<{
  input: RecordOfferOutcomeInput;
}>;


export type RecordsCommandsOutcomeMutation = { recordOfferOutcome: { currentOffer: { allowedCommands: Array<OfferCommand> } | null, offers: Array<{ allowedCommands: Array<OfferCommand> }> } };

export type RecordsCommandsHomeQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordsCommandsHomeQuery = { home: { allowedVisitCommands: Array<VisitCommand>, visits: Array<{ status: string, allowedCommands: Array<VisitCommand> }> } };

export type RecordsCommandsVisitQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordsCommandsVisitQuery = { homeVisit: { status: string, allowedCommands: Array<VisitCommand> } };

export type RecordsCommandsSaveMutationVariables = Exact<{
  input: SaveVisitDraftInput;
}>;


export type RecordsCommandsSaveMutation = { saveHomeVisitDraft: { id: string, status: string, allowedCommands: Array<VisitCommand> } };

export type RecordsCommandsSubmitMutationVariables = Exact<{
  id: string | number;
}>;


export type RecordsCommandsSubmitMutation = { submitHomeVisit: { id: string, status: string, allowedCommands: Array<VisitCommand> } };

export type DatabaseOutageMeQueryVariables = Exact<{ [key: string]: never; }>;


export type DatabaseOutageMeQuery = { me: { email: string, role: Role } };

export type HomeVisitsHomeQueryVariables = Exact<{
  id: string | number;
}>;


export type HomeVisitsHomeQuery = { home: { schedule: { month: string, dueBy: string, visitedThisMonth: boolean, missedMonths: Array<string> } | null, openRecommendationList: Array<{ id: string, what: string, carryOvers: number, drift: boolean, childId: string | null }> } };

export type HomeVisitsVisitQueryVariables = Exact<{
  id: string | number;
}>;


export type HomeVisitsVisitQuery = { homeVisit: { status: string, childrenSpokenToCount: number, sharedVoices: Array<string>, childrenSpokenTo: Array<{ name: string, whatTheySaid: string }>, recommendations: Array<{ what: string, childId: string | null }> } };

export type HomeVisitsHomesQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeVisitsHomesQuery = { homes: Array<{ id: string }> };

export type VisitChildrenShownOnlyToTheirAdvocatesVisitQueryVariables = Exact<{
  id: string | number;
}>;


export type VisitChildrenShownOnlyToTheirAdvocatesVisitQuery = { homeVisit: { status: string, childrenSpokenToCount: number, sharedVoices: Array<string>, childrenSpokenTo: Array<{ childId: string | null, name: string, spokeInPrivate: boolean, consentToSpeak: boolean, whatTheySaid: string, consentToShare: boolean }>, recommendations: Array<{ what: string, childId: string | null }> } };

export type VisitChildrenShownOnlyToTheirAdvocatesHomeQueryVariables = Exact<{
  id: string | number;
}>;


export type VisitChildrenShownOnlyToTheirAdvocatesHomeQuery = { home: { myChildrenHere: Array<{ id: string, name: string }>, visits: Array<{ status: string, childrenSpokenToCount: number, childrenSpokenTo: Array<{ childId: string | null, name: string, whatTheySaid: string }>, recommendations: Array<{ what: string, childId: string | null }> }>, openRecommendationList: Array<{ what: string, childId: string | null }> } };

export type VisitChildrenShownOnlyToTheirAdvocatesSaveDraftMutationVariables = Exact<{
  input: SaveVisitDraftInput;
}>;


export type VisitChildrenShownOnlyToTheirAdvocatesSaveDraftMutation = { saveHomeVisitDraft: { id: string, status: string, childrenSpokenTo: Array<{ childId: string | null, whatTheySaid: string }> } };

export type AdvocacyStartsOnImportImportQueryVariables = Exact<{
  id: string | number;
}>;


export type AdvocacyStartsOnImportImportQuery = { ssda903Import: { status: string, counts: { childrenCreated: number, childrenAssigned: number, childrenQueued: number, assignmentsEnded: number, rowsRejected: number } | null, rejections: Array<{ file: string, rowNumber: number, column: string, reason: string }> } };

export type AdvocacyStartsOnImportChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type AdvocacyStartsOnImportChildrenQuery = { laChildren: Array<{ id: string, familyName: string, status: AdvocacyStatus, advocate: { displayName: string } | null, currentOffer: { promptedOn: string, dueOn: string, dueExplanation: string, overdue: boolean } | null }>, awaitingAdvocate: Array<{ childName: string, waitingSince: string }> };

export type AdvocacyStartsOnImportChildQueryVariables = Exact<{
  id: string | number;
}>;


export type AdvocacyStartsOnImportChildQuery = { child: { status: AdvocacyStatus, episodes: Array<{ startDate: string, endDate: string | null }>, triggerEvents: Array<{ kind: string, occurredOn: string }>, assignments: Array<{ startedOn: string, endedOn: string | null, endReason: string | null }>, offers: Array<{ promptedOn: string, dueOn: string }> } };

export type Ssda903BatchesImportQueryVariables = Exact<{
  id: string | number;
}>;


export type Ssda903BatchesImportQuery = { ssda903Import: { status: string, childrenTotal: number, childrenDone: number, counts: { childrenCreated: number, childrenUpdated: number, childrenUnchanged: number, childrenAssigned: number, childrenQueued: number, meetingsRecorded: number } | null, rejections: Array<{ file: string, rowNumber: number, column: string, reason: string }> } };

export type Ssda903EveryRowReportedImportQueryVariables = Exact<{
  id: string | number;
}>;


export type Ssda903EveryRowReportedImportQuery = { ssda903Import: { status: string, counts: { rowsRead: number, rowsRejected: number, rowsSkipped: number, warnings: number, shortBreaksSkipped: number, meetingsRecorded: number, files: Array<{ file: string, rowsRead: number, imported: number, skipped: number, rejected: number }> } | null, rejections: Array<{ file: string, rowNumber: number, column: string, reason: string }>, skipped: Array<{ file: string, rowNumber: number, column: string, reason: string }>, warnings: Array<{ file: string, rowNumber: number, column: string, reason: string }> } };

export type Ssda903ImportSummaryStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type Ssda903ImportSummaryStatusQuery = { ssda903Import: { status: string, counts: { childrenAssigned: number, childrenQueued: number } | null } };

export type Ssda903ImportSummaryOfQueryVariables = Exact<{
  id: string | number;
}>;


export type Ssda903ImportSummaryOfQuery = { ssda903Import: { summary: { needsFixing: Array<{ title: string, code: string | null, file: string, column: string, count: number, firstRows: Array<{ rowNumber: number, child: string | null, column: string, reason: string }> }>, skipped: Array<{ title: string, code: string | null, file: string, column: string, count: number, firstRows: Array<{ rowNumber: number, child: string | null, column: string, reason: string }> }>, warnings: Array<{ title: string, code: string | null, file: string, column: string, count: number, firstRows: Array<{ rowNumber: number, child: string | null, column: string, reason: string }> }>, heardDid: { childrenCreated: number, childrenUpdated: number, childrenAssigned: number, childrenQueued: number, assignmentsEnded: number, reviewsRecorded: number, offersDue: { count: number, earliest: string | null, latest: string | null } | null } | null } } };

export type Ssda903MissingAndUascImportQueryVariables = Exact<{
  id: string | number;
}>;


export type Ssda903MissingAndUascImportQuery = { ssda903Import: { id: string, status: string, sameFilesAs: string | null, counts: { childrenCreated: number, childrenUpdated: number, childrenUnchanged: number, childrenAssigned: number, files: Array<{ file: string, rowsRead: number, imported: number, skipped: number, rejected: number }> } | null, rejections: Array<{ file: string, rowNumber: number, column: string, reason: string }>, skipped: Array<{ file: string, rowNumber: number, column: string, reason: string }> } };

export type Ssda903MissingAndUascChildQueryVariables = Exact<{
  id: string | number;
}>;


export type Ssda903MissingAndUascChildQuery = { child: { id: string, firstLanguage: string | null, uasc: boolean, uascCeasedOn: string | null, interpreterNeeded: boolean, missingEpisodes: Array<{ kind: MissingEpisodeKind, startedOn: string, endedOn: string | null, days: number }>, assignments: Array<{ startReason: string, advocate: { id: string } }> } };

export type Ssda903MissingAndUascMyChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type Ssda903MissingAndUascMyChildrenQuery = { myChildren: Array<{ id: string, interpreterNeeded: boolean }> };

export type Ssda903PeriodsBefore2018ImportQueryVariables = Exact<{
  id: string | number;
}>;


export type Ssda903PeriodsBefore2018ImportQuery = { ssda903Import: { status: string, counts: { childrenCreated: number, periodsOfCare: number, childrenAssigned: number, rowsRejected: number } | null, rejections: Array<{ file: string, rowNumber: number, column: string, reason: string }> } };

export type Ssda903UploadFailuresImportQueryVariables = Exact<{
  id: string | number;
}>;


export type Ssda903UploadFailuresImportQuery = { ssda903Import: { status: string, failure: string | null, sameFilesAs: string | null, counts: { childrenCreated: number, childrenUpdated: number, childrenUnchanged: number, rowsRead: number, rowsRejected: number } | null } };

export type LaStaffStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type LaStaffStaffQuery = { laStaff: Array<{ fullName: string, role: LaStaffRole, managerName: string | null, experienced: boolean, isUser: boolean }> };

export type LaStaffAddMutationVariables = Exact<{
  input: AddLaStaffMemberInput;
}>;


export type LaStaffAddMutation = { addLaStaffMember: { fullName: string, role: LaStaffRole, managerName: string | null, experienced: boolean, isUser: boolean } };

export type LiveThemesReadQueryVariables = Exact<{
  input: LiveThemesInput;
}>;


export type LiveThemesReadQuery = { liveThemes: { breakdown: ThemeBreakdown, fromOn: string, toOn: string, lastYearFromOn: string, lastYearToOn: string, threshold: number, sources: Array<{ source: ThemeSource, tables: Array<{ unitId: string, label: string, rows: Array<{ theme: ConcernTheme | null, count: number | null, lastYear: number | null, change: number | null }> }> }> } };

export type LiveThemesWarningsQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveThemesWarningsQuery = { themeWarnings: { minimum: number, factor: number, warnings: Array<{ breakdown: ThemeBreakdown, unitId: string, label: string, theme: ConcernTheme, quarterFromOn: string, current: number, previous: Array<number>, mean: number, above: number }> } };

export type ChildRecordFieldsFragment = { meetingId: string, childGivenName: string, meetingDate: string, text: string | null, draft: string | null, version: number, editedByName: string | null, goneThroughOn: string | null, childSaid: string | null, canEdit: boolean };

export type ChildRecordScheduleMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ChildRecordScheduleMutation = { scheduleMeeting: { id: string } };

export type ChildRecordHoldMutationVariables = Exact<{
  input: HoldMeetingInput;
}>;


export type ChildRecordHoldMutation = { holdMeeting: { id: string } };

export type ChildRecordDecideMutationVariables = Exact<{
  input: RecordMeetingDecisionInput;
}>;


export type ChildRecordDecideMutation = { recordMeetingDecision: { id: string } };

export type ChildRecordActionMutationVariables = Exact<{
  input: RecordActionInput;
}>;


export type ChildRecordActionMutation = { recordAction: { id: string } };

export type ChildRecordCompleteMutationVariables = Exact<{
  input: CompleteMeetingInput;
}>;


export type ChildRecordCompleteMutation = { completeMeeting: { id: string, status: string } };

export type ChildRecordReadQueryVariables = Exact<{
  meetingId: string | number;
}>;


export type ChildRecordReadQuery = { meetingChildRecord: { meetingId: string, childGivenName: string, meetingDate: string, text: string | null, draft: string | null, version: number, editedByName: string | null, goneThroughOn: string | null, childSaid: string | null, canEdit: boolean } };

export type ChildRecordDraftMutationVariables = Exact<{
  meetingId: string | number;
}>;


export type ChildRecordDraftMutation = { draftChildRecord: { meetingId: string, childGivenName: string, meetingDate: string, text: string | null, draft: string | null, version: number, editedByName: string | null, goneThroughOn: string | null, childSaid: string | null, canEdit: boolean } };

export type ChildRecordSaveMutationVariables = Exact<{
  input: SaveChildRecordInput;
}>;


export type ChildRecordSaveMutation = { saveChildRecord: { meetingId: string, childGivenName: string, meetingDate: string, text: string | null, draft: string | null, version: number, editedByName: string | null, goneThroughOn: string | null, childSaid: string | null, canEdit: boolean } };

export type ChildRecordGoneThroughMutationVariables = Exact<{
  input: RecordChildRecordGoneThroughInput;
}>;


export type ChildRecordGoneThroughMutation = { recordChildRecordGoneThrough: { meetingId: string, childGivenName: string, meetingDate: string, text: string | null, draft: string | null, version: number, editedByName: string | null, goneThroughOn: string | null, childSaid: string | null, canEdit: boolean } };

export type LogisticsFieldsFragment = { meetingId: string, meetingDate: string, startTime: string | null, lengthMinutes: number | null, venueKind: MeetingVenueKind | null, venueLabel: string | null, venueDetails: string | null, invitationsFirstSentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null, sequence: number, canArrange: boolean, canRecordPreference: boolean, childPreference: { venueKind: MeetingVenueKind, venueLabel: string, details: string } | null, invitations: Array<{ role: MeetingAttendeeRole, roleLabel: string, name: string, email: string | null, sentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null }>, papers: { dueBy: string, explanation: string, sharedOn: string | null, status: DeadlineStatus } };

export type LogisticsScheduleMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type LogisticsScheduleMutation = { scheduleMeeting: { id: string } };

export type LogisticsReadQueryVariables = Exact<{
  meetingId: string | number;
}>;


export type LogisticsReadQuery = { meetingLogistics: { meetingId: string, meetingDate: string, startTime: string | null, lengthMinutes: number | null, venueKind: MeetingVenueKind | null, venueLabel: string | null, venueDetails: string | null, invitationsFirstSentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null, sequence: number, canArrange: boolean, canRecordPreference: boolean, childPreference: { venueKind: MeetingVenueKind, venueLabel: string, details: string } | null, invitations: Array<{ role: MeetingAttendeeRole, roleLabel: string, name: string, email: string | null, sentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null }>, papers: { dueBy: string, explanation: string, sharedOn: string | null, status: DeadlineStatus } } };

export type LogisticsSetTimeAndPlaceMutationVariables = Exact<{
  input: SetMeetingLogisticsInput;
}>;


export type LogisticsSetTimeAndPlaceMutation = { setMeetingTimeAndPlace: { meetingId: string, meetingDate: string, startTime: string | null, lengthMinutes: number | null, venueKind: MeetingVenueKind | null, venueLabel: string | null, venueDetails: string | null, invitationsFirstSentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null, sequence: number, canArrange: boolean, canRecordPreference: boolean, childPreference: { venueKind: MeetingVenueKind, venueLabel: string, details: string } | null, invitations: Array<{ role: MeetingAttendeeRole, roleLabel: string, name: string, email: string | null, sentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null }>, papers: { dueBy: string, explanation: string, sharedOn: string | null, status: DeadlineStatus } } };

export type LogisticsAddInviteeMutationVariables = Exact<{
  input: AddMeetingInviteeInput;
}>;


export type LogisticsAddInviteeMutation = { addMeetingInvitee: { meetingId: string, meetingDate: string, startTime: string | null, lengthMinutes: number | null, venueKind: MeetingVenueKind | null, venueLabel: string | null, venueDetails: string | null, invitationsFirstSentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null, sequence: number, canArrange: boolean, canRecordPreference: boolean, childPreference: { venueKind: MeetingVenueKind, venueLabel: string, details: string } | null, invitations: Array<{ role: MeetingAttendeeRole, roleLabel: string, name: string, email: string | null, sentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null }>, papers: { dueBy: string, explanation: string, sharedOn: string | null, status: DeadlineStatus } } };

export type LogisticsSendMutationVariables = Exact<{
  meetingId: string | number;
}>;


export type LogisticsSendMutation = { sendMeetingInvitations: { meetingId: string, meetingDate: string, startTime: string | null, lengthMinutes: number | null, venueKind: MeetingVenueKind | null, venueLabel: string | null, venueDetails: string | null, invitationsFirstSentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null, sequence: number, canArrange: boolean, canRecordPreference: boolean, childPreference: { venueKind: MeetingVenueKind, venueLabel: string, details: string } | null, invitations: Array<{ role: MeetingAttendeeRole, roleLabel: string, name: string, email: string | null, sentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null }>, papers: { dueBy: string, explanation: string, sharedOn: string | null, status: DeadlineStatus } } };

export type LogisticsPreferenceMutationVariables = Exact<{
  input: RecordChildPreferenceInput;
}>;


export type LogisticsPreferenceMutation = { recordChildMeetingPreference: { meetingId: string, meetingDate: string, startTime: string | null, lengthMinutes: number | null, venueKind: MeetingVenueKind | null, venueLabel: string | null, venueDetails: string | null, invitationsFirstSentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null, sequence: number, canArrange: boolean, canRecordPreference: boolean, childPreference: { venueKind: MeetingVenueKind, venueLabel: string, details: string } | null, invitations: Array<{ role: MeetingAttendeeRole, roleLabel: string, name: string, email: string | null, sentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null }>, papers: { dueBy: string, explanation: string, sharedOn: string | null, status: DeadlineStatus } } };

export type LogisticsPapersMutationVariables = Exact<{
  input: RecordPapersSharedInput;
}>;


export type LogisticsPapersMutation = { recordMeetingPapersShared: { meetingId: string, meetingDate: string, startTime: string | null, lengthMinutes: number | null, venueKind: MeetingVenueKind | null, venueLabel: string | null, venueDetails: string | null, invitationsFirstSentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null, sequence: number, canArrange: boolean, canRecordPreference: boolean, childPreference: { venueKind: MeetingVenueKind, venueLabel: string, details: string } | null, invitations: Array<{ role: MeetingAttendeeRole, roleLabel: string, name: string, email: string | null, sentOn: string | null, noticeWorkingDays: number | null, noticeLabel: string | null }>, papers: { dueBy: string, explanation: string, sharedOn: string | null, status: DeadlineStatus } } };

export type PartsFieldsFragment = { meetingId: string, accountableChairName: string, childNotYetTold: number, canAddPart: boolean, canRecordBriefing: boolean, parts: Array<{ id: string, position: number, title: string, attendees: Array<string>, childAttended: boolean, childChair: ChildChairRole, chairedBy: string }>, decisions: Array<{ decisionId: string, text: string, significant: boolean, partId: string | null, partTitle: string | null, childMissed: boolean, childTold: boolean, toldOn: string | null, toldByName: string | null, childSaid: string | null }> };

export type FamilyViewsFieldsFragment = { meetingId: string, canRecord: boolean, views: Array<{ who: FamilyMemberRole, name: string, relationship: string, views: string, visibility: FamilyViewVisibility, recordedByName: string }> };

export type PartsScheduleMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type PartsScheduleMutation = { scheduleMeeting: { id: string } };

export type PartsSelfRepresentMutationVariables = Exact<{
  input: RecordChildSelfRepresentationInput;
}>;


export type PartsSelfRepresentMutation = { recordChildSelfRepresentation: { id: string } };

export type PartsHoldMutationVariables = Exact<{
  input: HoldMeetingInput;
}>;


export type PartsHoldMutation = { holdMeeting: { id: string } };

export type PartsDecideMutationVariables = Exact<{
  input: RecordMeetingDecisionInput;
}>;


export type PartsDecideMutation = { recordMeetingDecision: { id: string, decisions: Array<{ id: string, text: string }> } };

export type PartsAddMutationVariables = Exact<{
  input: AddMeetingPartInput;
}>;


export type PartsAddMutation = { addMeetingPart: { meetingId: string, accountableChairName: string, childNotYetTold: number, canAddPart: boolean, canRecordBriefing: boolean, parts: Array<{ id: string, position: number, title: string, attendees: Array<string>, childAttended: boolean, childChair: ChildChairRole, chairedBy: string }>, decisions: Array<{ decisionId: string, text: string, significant: boolean, partId: string | null, partTitle: string | null, childMissed: boolean, childTold: boolean, toldOn: string | null, toldByName: string | null, childSaid: string | null }> } };

export type PartsBriefingMutationVariables = Exact<{
  input: RecordMissedDecisionBriefingInput;
}>;


export type PartsBriefingMutation = { recordMissedDecisionBriefing: { meetingId: string, accountableChairName: string, childNotYetTold: number, canAddPart: boolean, canRecordBriefing: boolean, parts: Array<{ id: string, position: number, title: string, attendees: Array<string>, childAttended: boolean, childChair: ChildChairRole, chairedBy: string }>, decisions: Array<{ decisionId: string, text: string, significant: boolean, partId: string | null, partTitle: string | null, childMissed: boolean, childTold: boolean, toldOn: string | null, toldByName: string | null, childSaid: string | null }> } };

export type PartsReadQueryVariables = Exact<{
  meetingId: string | number;
}>;


export type PartsReadQuery = { meetingParts: { meetingId: string, accountableChairName: string, childNotYetTold: number, canAddPart: boolean, canRecordBriefing: boolean, parts: Array<{ id: string, position: number, title: string, attendees: Array<string>, childAttended: boolean, childChair: ChildChairRole, chairedBy: string }>, decisions: Array<{ decisionId: string, text: string, significant: boolean, partId: string | null, partTitle: string | null, childMissed: boolean, childTold: boolean, toldOn: string | null, toldByName: string | null, childSaid: string | null }> } };

export type PartsFamilyViewMutationVariables = Exact<{
  input: RecordFamilyViewInput;
}>;


export type PartsFamilyViewMutation = { recordFamilyView: { meetingId: string, canRecord: boolean, views: Array<{ who: FamilyMemberRole, name: string, relationship: string, views: string, visibility: FamilyViewVisibility, recordedByName: string }> } };

export type PartsFamilyViewsQueryVariables = Exact<{
  meetingId: string | number;
}>;


export type PartsFamilyViewsQuery = { meetingFamilyViews: { meetingId: string, canRecord: boolean, views: Array<{ who: FamilyMemberRole, name: string, relationship: string, views: string, visibility: FamilyViewVisibility, recordedByName: string }> } };

export type PartsChildViewsQueryVariables = Exact<{
  id: string | number;
}>;


export type PartsChildViewsQuery = { meeting: { views: Array<{ text: string }> } };

export type AdvocateInputMeetingFieldsFragment = { id: string, status: string, childSelfRepresenting: boolean, childOptedOut: boolean, selfRepresentation: { childWords: string | null, recordedByName: string, migratedFromChair: boolean } | null, advocateInputs: Array<{ id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean }>, decisions: Array<{ text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { id: string, proposal: string, input: string, advocateName: string } | null }> };

export type AdvocateInputScheduleMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type AdvocateInputScheduleMutation = { scheduleMeeting: { id: string } };

export type AdvocateInputCompleteMutationVariables = Exact<{
  input: CompleteMeetingInput;
}>;


export type AdvocateInputCompleteMutation = { completeMeeting: { id: string } };

export type AdvocateInputViewMutationVariables = Exact<{
  input: RecordChildViewInput;
}>;


export type AdvocateInputViewMutation = { recordChildView: { id: string } };

export type AdvocateInputOutcomeMutationVariables = Exact<{
  input: RecordOfferOutcomeInput;
}>;


export type AdvocateInputOutcomeMutation = { recordOfferOutcome: { status: AdvocacyStatus } };

export type AdvocateInputHoldMutationVariables = Exact<{
  input: HoldMeetingInput;
}>;


export type AdvocateInputHoldMutation = { holdMeeting: { id: string, status: string, childSelfRepresenting: boolean, childOptedOut: boolean, selfRepresentation: { childWords: string | null, recordedByName: string, migratedFromChair: boolean } | null, advocateInputs: Array<{ id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean }>, decisions: Array<{ text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { id: string, proposal: string, input: string, advocateName: string } | null }> } };

export type AdvocateInputDecideMutationVariables = Exact<{
  input: RecordMeetingDecisionInput;
}>;


export type AdvocateInputDecideMutation = { recordMeetingDecision: { id: string, status: string, childSelfRepresenting: boolean, childOptedOut: boolean, selfRepresentation: { childWords: string | null, recordedByName: string, migratedFromChair: boolean } | null, advocateInputs: Array<{ id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean }>, decisions: Array<{ text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { id: string, proposal: string, input: string, advocateName: string } | null }> } };

export type AdvocateInputAdvocateInputMutationVariables = Exact<{
  input: RecordAdvocateInputInput;
}>;


export type AdvocateInputAdvocateInputMutation = { recordAdvocateInput: { id: string, status: string, childSelfRepresenting: boolean, childOptedOut: boolean, selfRepresentation: { childWords: string | null, recordedByName: string, migratedFromChair: boolean } | null, advocateInputs: Array<{ id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean }>, decisions: Array<{ text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { id: string, proposal: string, input: string, advocateName: string } | null }> } };

export type AdvocateInputSelfMutationVariables = Exact<{
  input: RecordChildSelfRepresentationInput;
}>;


export type AdvocateInputSelfMutation = { recordChildSelfRepresentation: { id: string, status: string, childSelfRepresenting: boolean, childOptedOut: boolean, selfRepresentation: { childWords: string | null, recordedByName: string, migratedFromChair: boolean } | null, advocateInputs: Array<{ id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean }>, decisions: Array<{ text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { id: string, proposal: string, input: string, advocateName: string } | null }> } };

export type AdvocateInputMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type AdvocateInputMeetingQuery = { meeting: { id: string, status: string, childSelfRepresenting: boolean, childOptedOut: boolean, selfRepresentation: { childWords: string | null, recordedByName: string, migratedFromChair: boolean } | null, advocateInputs: Array<{ id: string, meetingId: string, proposal: string, input: string, advocateName: string, recordedAt: string, migratedFromChair: boolean }>, decisions: Array<{ text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { id: string, proposal: string, input: string, advocateName: string } | null }> } };

export type AdvocateInputTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type AdvocateInputTimelineQuery = { meetingsForChild: Array<{ decisions: Array<{ basis: DecisionBasis | null, advocateInput: { input: string } | null }> }> };

export type LiveChildViewsScheduleMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type LiveChildViewsScheduleMutation = { scheduleMeeting: { id: string } };

export type LiveChildViewsRecordMutationVariables = Exact<{
  input: RecordChildViewInput;
}>;


export type LiveChildViewsRecordMutation = { recordChildView: { views: Array<{ id: string, text: string }> } };

export type LiveChildViewsWithdrawMutationVariables = Exact<{
  viewId: string | number;
}>;


export type LiveChildViewsWithdrawMutation = { withdrawChildViewSharing: { id: string } };

export type LiveChildViewsMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type LiveChildViewsMeetingQuery = { meeting: { views: Array<{ id: string, text: string }> } };

export type MeetingsMeetingFieldsFragment = { id: string, status: string, participationCode: string | null, childSelfRepresenting: boolean, views: Array<{ kind: ChildViewKind, text: string, shareable: boolean }>, decisions: Array<{ text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { proposal: string, input: string } | null }>, actions: Array<{ id: string, what: string, drift: boolean, carryOvers: number, status: string }>, actionsToReview: Array<{ id: string, what: string, status: string, carryOvers: number, drift: boolean }> };

export type MeetingsScheduleMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type MeetingsScheduleMutation = { scheduleMeeting: { invitees: Array<string>, chairName: string, id: string, status: string, participationCode: string | null, childSelfRepresenting: boolean, views: Array<{ kind: ChildViewKind, text: string, shareable: boolean }>, decisions: Array<{ text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { proposal: string, input: string } | null }>, actions: Array<{ id: string, what: string, drift: boolean, carryOvers: number, status: string }>, actionsToReview: Array<{ id: string, what: string, status: string, carryOvers: number, drift: boolean }> } };

export type MeetingsViewMutationVariables = Exact<{
  input: RecordChildViewInput;
}>;


export type MeetingsViewMutation = { recordChildView: { id: string, status: string, participationCode: string | null, childSelfRepresenting: boolean, views: Array<{ kind: ChildViewKind, text: string, shareable: boolean }>, decisions: Array<{ text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { proposal: string, input: string } | null }>, actions: Array<{ id: string, what: string, drift: boolean, carryOvers: number, status: string }>, actionsToReview: Array<{ id: string, what: string, status: string, carryOvers: number, drift: boolean }> } };

export type MeetingsHoldMutationVariables = Exact<{
  input: HoldMeetingInput;
}>;


export type MeetingsHoldMutation = { holdMeeting: { id: string, status: string, participationCode: string | null, childSelfRepresenting: boolean, views: Array<{ kind: ChildViewKind, text: string, shareable: boolean }>, decisions: Array<{ text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { proposal: string, input: string } | null }>, actions: Array<{ id: string, what: string, drift: boolean, carryOvers: number, status: string }>, actionsToReview: Array<{ id: string, what: string, status: string, carryOvers: number, drift: boolean }> } };

export type MeetingsActionMutationVariables = Exact<{
  input: RecordActionInput;
}>;


export type MeetingsActionMutation = { recordAction: { id: string, status: string, participationCode: string | null, childSelfRepresenting: boolean, views: Array<{ kind: ChildViewKind, text: string, shareable: boolean }>, decisions: Array<{ text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { proposal: string, input: string } | null }>, actions: Array<{ id: string, what: string, drift: boolean, carryOvers: number, status: string }>, actionsToReview: Array<{ id: string, what: string, status: string, carryOvers: number, drift: boolean }> } };

export type MeetingsReviewMutationVariables = Exact<{
  input: ReviewActionInput;
}>;


export type MeetingsReviewMutation = { reviewAction: { id: string, status: string, participationCode: string | null, childSelfRepresenting: boolean, views: Array<{ kind: ChildViewKind, text: string, shareable: boolean }>, decisions: Array<{ text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { proposal: string, input: string } | null }>, actions: Array<{ id: string, what: string, drift: boolean, carryOvers: number, status: string }>, actionsToReview: Array<{ id: string, what: string, status: string, carryOvers: number, drift: boolean }> } };

export type MeetingsCompleteMutationVariables = Exact<{
  input: CompleteMeetingInput;
}>;


export type MeetingsCompleteMutation = { completeMeeting: { id: string, status: string, participationCode: string | null, childSelfRepresenting: boolean, views: Array<{ kind: ChildViewKind, text: string, shareable: boolean }>, decisions: Array<{ text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { proposal: string, input: string } | null }>, actions: Array<{ id: string, what: string, drift: boolean, carryOvers: number, status: string }>, actionsToReview: Array<{ id: string, what: string, status: string, carryOvers: number, drift: boolean }> } };

export type MeetingsMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingsMeetingQuery = { meeting: { id: string, status: string, participationCode: string | null, childSelfRepresenting: boolean, views: Array<{ kind: ChildViewKind, text: string, shareable: boolean }>, decisions: Array<{ text: string, significant: boolean, basis: DecisionBasis | null, advocateInput: { proposal: string, input: string } | null }>, actions: Array<{ id: string, what: string, drift: boolean, carryOvers: number, status: string }>, actionsToReview: Array<{ id: string, what: string, status: string, carryOvers: number, drift: boolean }> } };

export type MeetingsChildWordsQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingsChildWordsQuery = { child: { id: string, givenName: string, decisions: Array<{ childWords: string | null }>, offers: Array<{ childWords: string | null }> } };

export type MeetingsActionsNeedingAttentionQueryVariables = Exact<{ [key: string]: never; }>;


export type MeetingsActionsNeedingAttentionQuery = { actionsNeedingAttention: Array<{ id: string, drift: boolean }> };

export type MeetingsTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingsTimelineQuery = { meetingsForChild: Array<{ heldOn: string | null, status: string, actions: Array<{ what: string, carryOvers: number, drift: boolean }> }> };

export type MeetingsNextDueQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingsNextDueQuery = { nextMeetingDue: { dueOn: string, explanation: string } | null };

export type MeetingsOverdueQueryVariables = Exact<{ [key: string]: never; }>;


export type MeetingsOverdueQuery = { overdueMeetings: Array<{ childId: string, dueOn: string, rule: string, workingDaysOverdue: number }> };

export type MeetingsNextDueRuleQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingsNextDueRuleQuery = { nextMeetingDue: { rule: string } | null };

export type MonthDeadlineOnANonWorkingDayScheduleMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type MonthDeadlineOnANonWorkingDayScheduleMutation = { scheduleMeeting: { id: string } };

export type MonthDeadlineOnANonWorkingDayHoldMutationVariables = Exact<{
  input: HoldMeetingInput;
}>;


export type MonthDeadlineOnANonWorkingDayHoldMutation = { holdMeeting: { id: string, status: string } };

export type MonthDeadlineOnANonWorkingDayCompleteMutationVariables = Exact<{
  input: CompleteMeetingInput;
}>;


export type MonthDeadlineOnANonWorkingDayCompleteMutation = { completeMeeting: { id: string, status: string } };

export type MonthDeadlineOnANonWorkingDayNextDueQueryVariables = Exact<{
  id: string | number;
}>;


export type MonthDeadlineOnANonWorkingDayNextDueQuery = { nextMeetingDue: { dueOn: string, lastWorkingDayBefore: string | null, rule: string, explanation: string, workingDaysOverdue: number } | null };

export type MonthDeadlineOnANonWorkingDayOverdueQueryVariables = Exact<{ [key: string]: never; }>;


export type MonthDeadlineOnANonWorkingDayOverdueQuery = { overdueMeetings: Array<{ childId: string, dueOn: string, lastWorkingDayBefore: string | null, rule: string, workingDaysOverdue: number }> };

export type WithdrawViewSharingViewsFragment = { views: Array<{ id: string, kind: ChildViewKind, text: string, shareable: boolean, sharingWithdrawnAt: string | null, sharingWithdrawnBy: string | null, canWithdrawSharing: boolean }> };

export type WithdrawViewSharingScheduleMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type WithdrawViewSharingScheduleMutation = { scheduleMeeting: { id: string } };

export type WithdrawViewSharingRecordMutationVariables = Exact<{
  input: RecordChildViewInput;
}>;


export type WithdrawViewSharingRecordMutation = { recordChildView: { views: Array<{ id: string, kind: ChildViewKind, text: string, shareable: boolean, sharingWithdrawnAt: string | null, sharingWithdrawnBy: string | null, canWithdrawSharing: boolean }> } };

export type WithdrawViewSharingWithdrawMutationVariables = Exact<{
  viewId: string | number;
}>;


export type WithdrawViewSharingWithdrawMutation = { withdrawChildViewSharing: { id: string, views: Array<{ id: string, kind: ChildViewKind, text: string, shareable: boolean, sharingWithdrawnAt: string | null, sharingWithdrawnBy: string | null, canWithdrawSharing: boolean }> } };

export type WithdrawViewSharingMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type WithdrawViewSharingMeetingQuery = { meeting: { views: Array<{ id: string, kind: ChildViewKind, text: string, shareable: boolean, sharingWithdrawnAt: string | null, sharingWithdrawnBy: string | null, canWithdrawSharing: boolean }> } };

export type PaperReviewFieldsFragment = { childId: string, eligible: boolean, explanation: string, afterMeetingOn: string | null, dueOn: string | null, lastWorkingDayBefore: string | null, deadlineStatus: DeadlineStatus | null, signedOffOn: string | null, chairName: string | null, canRecord: Array<PaperReviewConsultee>, canSignOff: boolean, consultations: Array<{ who: PaperReviewConsultee, consultedOn: string, summary: string, recordedByName: string }> };

export type PaperScheduleMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type PaperScheduleMutation = { scheduleMeeting: { id: string } };

export type PaperHoldMutationVariables = Exact<{
  input: HoldMeetingInput;
}>;


export type PaperHoldMutation = { holdMeeting: { id: string } };

export type PaperCompleteMutationVariables = Exact<{
  input: CompleteMeetingInput;
}>;


export type PaperCompleteMutation = { completeMeeting: { id: string } };

export type PaperReviewReadQueryVariables = Exact<{
  childId: string | number;
}>;


export type PaperReviewReadQuery = { paperReview: { childId: string, eligible: boolean, explanation: string, afterMeetingOn: string | null, dueOn: string | null, lastWorkingDayBefore: string | null, deadlineStatus: DeadlineStatus | null, signedOffOn: string | null, chairName: string | null, canRecord: Array<PaperReviewConsultee>, canSignOff: boolean, consultations: Array<{ who: PaperReviewConsultee, consultedOn: string, summary: string, recordedByName: string }> } };

export type PaperConsultMutationVariables = Exact<{
  input: RecordPaperReviewConsultationInput;
}>;


export type PaperConsultMutation = { recordPaperReviewConsultation: { childId: string, eligible: boolean, explanation: string, afterMeetingOn: string | null, dueOn: string | null, lastWorkingDayBefore: string | null, deadlineStatus: DeadlineStatus | null, signedOffOn: string | null, chairName: string | null, canRecord: Array<PaperReviewConsultee>, canSignOff: boolean, consultations: Array<{ who: PaperReviewConsultee, consultedOn: string, summary: string, recordedByName: string }> } };

export type PaperSignOffMutationVariables = Exact<{
  input: SignOffPaperReviewInput;
}>;


export type PaperSignOffMutation = { signOffPaperReview: { childId: string, eligible: boolean, explanation: string, afterMeetingOn: string | null, dueOn: string | null, lastWorkingDayBefore: string | null, deadlineStatus: DeadlineStatus | null, signedOffOn: string | null, chairName: string | null, canRecord: Array<PaperReviewConsultee>, canSignOff: boolean, consultations: Array<{ who: PaperReviewConsultee, consultedOn: string, summary: string, recordedByName: string }> } };

export type ProviderOversightOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ProviderOversightOverviewQuery = { providerOverview: { providerName: string, advocates: Array<{ advocateId: string, displayName: string, caseloadCap: number, activeCaseload: number, active: boolean, overdueOffers: number, pastContactStandard: number }>, childrenNeedingAttention: Array<{ childId: string, childName: string, advocateId: string, advocateName: string, offerDueOn: string | null, offerWorkingDaysOverdue: number | null, contactOverdue: boolean, lastHeardAt: string | null, contactSentence: string | null, localAuthority: { id: string } }> } };

export type ProviderOversightMyChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type ProviderOversightMyChildrenQuery = { myChildren: Array<{ id: string, contactStandard: { sentence: string | null } | null }> };

export type ProviderOversightChildQueryVariables = Exact<{
  id: string | number;
}>;


export type ProviderOversightChildQuery = { child: { id: string } };

export type ProviderOversightReassignMutationVariables = Exact<{
  input: ReassignChildInput;
}>;


export type ProviderOversightReassignMutation = { reassignChild: { childId: string, advocateName: string } };

export type RecordAccessHistoryChildQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordAccessHistoryChildQuery = { child: { id: string } };

export type RecordAccessHistoryReadQueryVariables = Exact<{
  input: RecordAccessHistoryInput;
}>;


export type RecordAccessHistoryReadQuery = { recordAccessHistory: { childId: string, childGivenName: string, fromOn: string, toOn: string, overview: string, total: number, truncated: boolean, organisations: Array<{ kind: string, name: string, summary: string, people: Array<{ name: string, roleInWords: string, summary: string, accesses: Array<{ at: string, when: string, what: string, why: string, refused: boolean }> }> }> } };

export type CorrectionFieldsFragment = { itemKind: CorrectableItemKind, itemId: string, kind: CorrectionKind, text: string, recordedByName: string, recordedByRole: Role, label: string };

export type CorrectionsScheduleMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type CorrectionsScheduleMutation = { scheduleMeeting: { id: string } };

export type CorrectionsHoldMutationVariables = Exact<{
  input: HoldMeetingInput;
}>;


export type CorrectionsHoldMutation = { holdMeeting: { id: string } };

export type CorrectionsDecideMutationVariables = Exact<{
  input: RecordMeetingDecisionInput;
}>;


export type CorrectionsDecideMutation = { recordMeetingDecision: { decisions: Array<{ id: string, text: string }> } };

export type CorrectionsActionMutationVariables = Exact<{
  input: RecordActionInput;
}>;


export type CorrectionsActionMutation = { recordAction: { actions: Array<{ id: string, what: string }> } };

export type CorrectionsViewMutationVariables = Exact<{
  input: RecordChildViewInput;
}>;


export type CorrectionsViewMutation = { recordChildView: { views: Array<{ id: string, text: string }> } };

export type CorrectionsContactMutationVariables = Exact<{
  input: RecordContactInput;
}>;


export type CorrectionsContactMutation = { recordContact: Array<{ id: string, privateNote: string }> };

export type CorrectionsAddMutationVariables = Exact<{
  input: AddRecordCorrectionInput;
}>;


export type CorrectionsAddMutation = { addRecordCorrection: { itemKind: CorrectableItemKind, itemId: string, kind: CorrectionKind, text: string, recordedByName: string, recordedByRole: Role, label: string } };

export type CorrectionsOfChildQueryVariables = Exact<{
  childId: string | number;
}>;


export type CorrectionsOfChildQuery = { recordCorrections: Array<{ itemKind: CorrectableItemKind, itemId: string, kind: CorrectionKind, text: string, recordedByName: string, recordedByRole: Role, label: string }> };

export type CorrectionsOnMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type CorrectionsOnMeetingQuery = { meeting: { decisions: Array<{ id: string, corrections: Array<{ itemKind: CorrectableItemKind, itemId: string, kind: CorrectionKind, text: string, recordedByName: string, recordedByRole: Role, label: string }> }>, actions: Array<{ id: string, corrections: Array<{ itemKind: CorrectableItemKind, itemId: string, kind: CorrectionKind, text: string, recordedByName: string, recordedByRole: Role, label: string }> }>, views: Array<{ id: string, corrections: Array<{ itemKind: CorrectableItemKind, itemId: string, kind: CorrectionKind, text: string, recordedByName: string, recordedByRole: Role, label: string }> }> } };

export type CorrectionsOnChildQueryVariables = Exact<{
  id: string | number;
}>;


export type CorrectionsOnChildQuery = { child: { id: string, corrections: Array<{ itemKind: CorrectableItemKind, itemId: string, kind: CorrectionKind, text: string, recordedByName: string, recordedByRole: Role, label: string }> }, childContacts: Array<{ id: string, corrections: Array<{ itemKind: CorrectableItemKind, itemId: string, kind: CorrectionKind, text: string, recordedByName: string, recordedByRole: Role, label: string }> }> };

export type DisposalDueQueryVariables = Exact<{ [key: string]: never; }>;


export type DisposalDueQuery = { recordsDueForDisposal: Array<{ childId: string, childName: string, retainUntil: string, rule: DisposalRule, explanation: string, status: DisposalStatus, legalHold: boolean, noticeGivenOn: string | null, disposableFrom: string | null }> };

export type DisposalRegisterQueryVariables = Exact<{ [key: string]: never; }>;


export type DisposalRegisterQuery = { recordDisposals: Array<{ id: string, childId: string, rule: DisposalRule, noticeGivenOn: string, disposedAt: string, counts: Array<{ table: string, anonymised: number, deleted: number }> }> };

export type DisposalChildReadQueryVariables = Exact<{
  id: string | number;
}>;


export type DisposalChildReadQuery = { child: { id: string, givenName: string } };

export type DisposalDpoChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type DisposalDpoChildrenQuery = { dataProtectionChildren: { total: number, children: Array<{ childId: string }> } };

export type RetentionFieldsFragment = { retainUntil: string | null, rule: RetentionRule, explanation: string, dateOfDeath: string | null, allowedCommands: Array<RecordRetentionCommand>, legalHold: { reason: string, placedOn: string, placedByName: string } | null };

export type RetentionOfChildQueryVariables = Exact<{
  id: string | number;
}>;


export type RetentionOfChildQuery = { child: { id: string, retention: { retainUntil: string | null, rule: RetentionRule, explanation: string, dateOfDeath: string | null, allowedCommands: Array<RecordRetentionCommand>, legalHold: { reason: string, placedOn: string, placedByName: string } | null } } };

export type RetentionRecordDeathMutationVariables = Exact<{
  input: RecordChildDeathInput;
}>;


export type RetentionRecordDeathMutation = { recordChildDeath: { retainUntil: string | null, rule: RetentionRule, explanation: string, dateOfDeath: string | null, allowedCommands: Array<RecordRetentionCommand>, legalHold: { reason: string, placedOn: string, placedByName: string } | null } };

export type RetentionPlaceHoldMutationVariables = Exact<{
  input: LegalHoldInput;
}>;


export type RetentionPlaceHoldMutation = { placeLegalHold: { retainUntil: string | null, rule: RetentionRule, explanation: string, dateOfDeath: string | null, allowedCommands: Array<RecordRetentionCommand>, legalHold: { reason: string, placedOn: string, placedByName: string } | null } };

export type RetentionLiftHoldMutationVariables = Exact<{
  input: LegalHoldInput;
}>;


export type RetentionLiftHoldMutation = { liftLegalHold: { retainUntil: string | null, rule: RetentionRule, explanation: string, dateOfDeath: string | null, allowedCommands: Array<RecordRetentionCommand>, legalHold: { reason: string, placedOn: string, placedByName: string } | null } };

export type ReportJobsAnnualReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportJobsAnnualReportsQuery = { annualReports: Array<{ id: string, year: number, version: number, generatedBy: string, checksum: string }> };

export type ReportJobsAnnualReportPeriodQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportJobsAnnualReportPeriodQuery = { annualReport: { id: string, year: number, periodStart: string, periodEnd: string, provisional: boolean } };

export type NationalSeedMyChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type NationalSeedMyChildrenQuery = { myChildren: Array<{ id: string, status: AdvocacyStatus, advocate: { displayName: string } | null }> };

export type NationalSeedLaChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type NationalSeedLaChildrenQuery = { laChildren: Array<{ id: string, status: AdvocacyStatus }> };

export type NationalSeedLiveThemesQueryVariables = Exact<{
  input: LiveThemesInput;
}>;


export type NationalSeedLiveThemesQuery = { liveThemes: { breakdown: ThemeBreakdown, fromOn: string, toOn: string, lastYearFromOn: string, lastYearToOn: string, threshold: number, sources: Array<{ source: ThemeSource, tables: Array<{ unitId: string, label: string, rows: Array<{ theme: ConcernTheme | null, count: number | null, lastYear: number | null, change: number | null }> }> }> } };

export type SubjectAccessExportFieldsFragment = { id: string, childId: string, childName: string, status: string, progress: number, failure: string | null, sizeBytes: number | null, downloadPath: string | null };

export type SubjectAccessRequestMutationVariables = Exact<{
  childId: string | number;
}>;


export type SubjectAccessRequestMutation = { requestSubjectAccessExport: { id: string, childId: string, childName: string, status: string, progress: number, failure: string | null, sizeBytes: number | null, downloadPath: string | null } };

export type SubjectAccessOneQueryVariables = Exact<{
  id: string | number;
}>;


export type SubjectAccessOneQuery = { subjectAccessExport: { id: string, childId: string, childName: string, status: string, progress: number, failure: string | null, sizeBytes: number | null, downloadPath: string | null } };

export type SubjectAccessMineQueryVariables = Exact<{ [key: string]: never; }>;


export type SubjectAccessMineQuery = { mySubjectAccessExports: Array<{ id: string, childId: string, childName: string, status: string, progress: number, failure: string | null, sizeBytes: number | null, downloadPath: string | null }> };

export type ThemeRequestFieldsFragment = { id: string, localAuthorityId: string | null, localAuthorityName: string | null, theme: ConcernTheme, themeLabel: string, question: string, putOn: string, deadline: string, status: ThemeRequestStatus, statusLabel: string, allowedCommands: Array<ThemeAnswerCommand>, answer: { found: string, willDo: string, byWhen: string, answeredOn: string, onTime: boolean } | null, followUps: Array<{ id: string, action: string, owner: string, dueOn: string, state: ThemeFollowUpState }> };

export type ThemeAnswersPutMutationVariables = Exact<{
  input: PutThemeInput;
}>;


export type ThemeAnswersPutMutation = { putThemeToLocalAuthority: { id: string, localAuthorityId: string | null, localAuthorityName: string | null, theme: ConcernTheme, themeLabel: string, question: string, putOn: string, deadline: string, status: ThemeRequestStatus, statusLabel: string, allowedCommands: Array<ThemeAnswerCommand>, answer: { found: string, willDo: string, byWhen: string, answeredOn: string, onTime: boolean } | null, followUps: Array<{ id: string, action: string, owner: string, dueOn: string, state: ThemeFollowUpState }> } };

export type ThemeAnswersAnswerMutationVariables = Exact<{
  input: AnswerThemeInput;
}>;


export type ThemeAnswersAnswerMutation = { answerTheme: { id: string, localAuthorityId: string | null, localAuthorityName: string | null, theme: ConcernTheme, themeLabel: string, question: string, putOn: string, deadline: string, status: ThemeRequestStatus, statusLabel: string, allowedCommands: Array<ThemeAnswerCommand>, answer: { found: string, willDo: string, byWhen: string, answeredOn: string, onTime: boolean } | null, followUps: Array<{ id: string, action: string, owner: string, dueOn: string, state: ThemeFollowUpState }> } };

export type ThemeAnswersAddFollowUpMutationVariables = Exact<{
  input: AddThemeFollowUpInput;
}>;


export type ThemeAnswersAddFollowUpMutation = { addThemeFollowUp: { id: string, localAuthorityId: string | null, localAuthorityName: string | null, theme: ConcernTheme, themeLabel: string, question: string, putOn: string, deadline: string, status: ThemeRequestStatus, statusLabel: string, allowedCommands: Array<ThemeAnswerCommand>, answer: { found: string, willDo: string, byWhen: string, answeredOn: string, onTime: boolean } | null, followUps: Array<{ id: string, action: string, owner: string, dueOn: string, state: ThemeFollowUpState }> } };

export type ThemeAnswersCompleteFollowUpMutationVariables = Exact<{
  followUpId: string | number;
}>;


export type ThemeAnswersCompleteFollowUpMutation = { completeThemeFollowUp: { id: string, localAuthorityId: string | null, localAuthorityName: string | null, theme: ConcernTheme, themeLabel: string, question: string, putOn: string, deadline: string, status: ThemeRequestStatus, statusLabel: string, allowedCommands: Array<ThemeAnswerCommand>, answer: { found: string, willDo: string, byWhen: string, answeredOn: string, onTime: boolean } | null, followUps: Array<{ id: string, action: string, owner: string, dueOn: string, state: ThemeFollowUpState }> } };

export type ThemeAnswersListQueryVariables = Exact<{ [key: string]: never; }>;


export type ThemeAnswersListQuery = { themeRequests: Array<{ id: string, localAuthorityId: string | null, localAuthorityName: string | null, theme: ConcernTheme, themeLabel: string, question: string, putOn: string, deadline: string, status: ThemeRequestStatus, statusLabel: string, allowedCommands: Array<ThemeAnswerCommand>, answer: { found: string, willDo: string, byWhen: string, answeredOn: string, onTime: boolean } | null, followUps: Array<{ id: string, action: string, owner: string, dueOn: string, state: ThemeFollowUpState }> }> };

export type ThemeAnswersOneQueryVariables = Exact<{
  id: string | number;
}>;


export type ThemeAnswersOneQuery = { themeRequest: { id: string, localAuthorityId: string | null, localAuthorityName: string | null, theme: ConcernTheme, themeLabel: string, question: string, putOn: string, deadline: string, status: ThemeRequestStatus, statusLabel: string, allowedCommands: Array<ThemeAnswerCommand>, answer: { found: string, willDo: string, byWhen: string, answeredOn: string, onTime: boolean } | null, followUps: Array<{ id: string, action: string, owner: string, dueOn: string, state: ThemeFollowUpState }> } };

export type ThemeAnswersLocalAuthoritiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ThemeAnswersLocalAuthoritiesQuery = { themeLocalAuthorities: Array<{ id: string, name: string }> };

export type YouSaidWeDidScheduleMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type YouSaidWeDidScheduleMutation = { scheduleMeeting: { id: string } };

export type YouSaidWeDidRecordViewMutationVariables = Exact<{
  input: RecordChildViewInput;
}>;


export type YouSaidWeDidRecordViewMutation = { recordChildView: { views: Array<{ id: string }> } };

export type YouSaidWeDidItemFieldsFragment = { viewId: string, said: string, shared: boolean, meetingId: string, outcome: ViewOutcome, reason: string | null, themes: Array<ConcernTheme>, showToChild: boolean, version: number, maySetOutcome: boolean, decision: { id: string, text: string } | null, action: { id: string, text: string } | null, forChild: { youSaid: string, weDid: string } };

export type YouSaidWeDidListQueryVariables = Exact<{
  childId: string | number;
}>;


export type YouSaidWeDidListQuery = { youSaidWeDid: Array<{ viewId: string, said: string, shared: boolean, meetingId: string, outcome: ViewOutcome, reason: string | null, themes: Array<ConcernTheme>, showToChild: boolean, version: number, maySetOutcome: boolean, decision: { id: string, text: string } | null, action: { id: string, text: string } | null, forChild: { youSaid: string, weDid: string } }> };

export type YouSaidWeDidSetMutationVariables = Exact<{
  input: SetViewOutcomeInput;
}>;


export type YouSaidWeDidSetMutation = { setViewOutcome: { viewId: string, said: string, shared: boolean, meetingId: string, outcome: ViewOutcome, reason: string | null, themes: Array<ConcernTheme>, showToChild: boolean, version: number, maySetOutcome: boolean, decision: { id: string, text: string } | null, action: { id: string, text: string } | null, forChild: { youSaid: string, weDid: string } } };

export type MatrixStickDecideMutationVariables = Exact<{
  input: RecordMeetingDecisionInput;
}>;


export type MatrixStickDecideMutation = { recordMeetingDecision: { decisions: Array<{ id: string, text: string }> } };

export type MatrixRecordActionMutationVariables = Exact<{
  input: RecordActionInput;
}>;


export type MatrixRecordActionMutation = { recordAction: { actions: Array<{ id: string }> } };

export type MatrixInviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type MatrixInviteUserMutation = { inviteUser: { id: string } };

export type MatrixRaiseSafeguardingMutationVariables = Exact<{
  input: RaiseSafeguardingConcernInput;
}>;


export type MatrixRaiseSafeguardingMutation = { raiseSafeguardingConcern: { id: string } };

export type MatrixChildOfferQueryVariables = Exact<{
  id: string | number;
}>;


export type MatrixChildOfferQuery = { child: { currentOffer: { id: string } | null } };

export type TestLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type TestLoginMutation = { login: { accessToken: string, expiresAt: string, user: { id: string, email: string, displayName: string, role: Role } } };

export type TestLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type TestLogoutMutation = { logout: boolean };

export type TestMeIdQueryVariables = Exact<{ [key: string]: never; }>;


export type TestMeIdQuery = { me: { id: string } };

export type TestRefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type TestRefreshSessionMutation = { refreshSession: { accessToken: string } };

export type TestConcernFieldsFragment = { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> };

export type TestConcernQueryVariables = Exact<{
  id: string | number;
}>;


export type TestConcernQuery = { concern: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestRaiseConcernMutationVariables = Exact<{
  input: RaiseConcernInput;
}>;


export type TestRaiseConcernMutation = { raiseConcern: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestEscalateConcernMutationVariables = Exact<{
  input: EscalateConcernInput;
}>;


export type TestEscalateConcernMutation = { escalateConcern: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestRespondToConcernMutationVariables = Exact<{
  input: RespondToConcernInput;
}>;


export type TestRespondToConcernMutation = { respondToConcern: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestAddConcernNoteMutationVariables = Exact<{
  input: ConcernNoteInput;
}>;


export type TestAddConcernNoteMutation = { addConcernNote: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestTriageConcernMutationVariables = Exact<{
  input: ConcernNoteInput;
}>;


export type TestTriageConcernMutation = { triageConcern: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestRequestConcernInformationMutationVariables = Exact<{
  input: RequestInformationInput;
}>;


export type TestRequestConcernInformationMutation = { requestConcernInformation: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestApplyToCourtMutationVariables = Exact<{
  input: ApplyToCourtInput;
}>;


export type TestApplyToCourtMutation = { applyToCourt: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestRecordCourtHearingMutationVariables = Exact<{
  input: RecordHearingInput;
}>;


export type TestRecordCourtHearingMutation = { recordCourtHearing: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestRecordChildCourtRequestMutationVariables = Exact<{
  input: ChildCourtRequestInput;
}>;


export type TestRecordChildCourtRequestMutation = { recordChildCourtRequest: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestRecordAdvocateAtHearingMutationVariables = Exact<{
  input: AdvocateAtHearingInput;
}>;


export type TestRecordAdvocateAtHearingMutation = { recordAdvocateAtHearing: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestResolveConcernMutationVariables = Exact<{
  input: CloseConcernInput;
}>;


export type TestResolveConcernMutation = { resolveConcern: { id: string, stage: ConcernStage, status: ConcernStatus, stageDeadline: string | null, respondedAtStage: boolean, informationDueOn: string | null, overdue: boolean, workingDaysOverdue: number, triaged: boolean, outcome: string | null, themes: Array<ConcernTheme>, timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> } };

export type TestSaveVisitDraftMutationVariables = Exact<{
  input: SaveVisitDraftInput;
}>;


export type TestSaveVisitDraftMutation = { saveHomeVisitDraft: { id: string, status: string } };

export type TestSubmitVisitMutationVariables = Exact<{
  id: string | number;
}>;


export type TestSubmitVisitMutation = { submitHomeVisit: { id: string, status: string, visitOn: string | null, sharedVoices: Array<string>, recommendations: Array<{ id: string, what: string, drift: boolean, carryOvers: number, status: string }> } };

export type TestSsda903ImportQueryVariables = Exact<{
  id: string | number;
}>;


export type TestSsda903ImportQuery = { ssda903Import: { status: string, sameFilesAs: string | null, failure: string | null, counts: { childrenCreated: number, childrenUpdated: number, childrenUnchanged: number, periodsOfCare: number, childrenAssigned: number, childrenQueued: number, assignmentsEnded: number, meetingsRecorded: number, shortBreaksSkipped: number, rowsRead: number, rowsRejected: number } | null, rejections: Array<{ file: string, rowNumber: number, column: string, reason: string }> } };

export type TestImportRejectionFragment = { file: string, rowNumber: number, column: string, reason: string };

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

export type TestGenerateReportMutationVariables = Exact<{
  year: number;
}>;


export type TestGenerateReportMutation = { generateAnnualReport: { id: string, status: string } };

export type TestReportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type TestReportJobQuery = { reportJob: { status: string, reportId: string | null } };

export type TestRecordTriggerMutationVariables = Exact<{
  input: RecordTriggerEventInput;
}>;


export type TestRecordTriggerMutation = { recordTriggerEvent: { outcome: AssignmentOutcome, advocate: { id: string, displayName: string } | null, child: { id: string, givenName: string, status: AdvocacyStatus, currentOffer: { id: string, dueOn: string, dueExplanation: string, outcome: OfferOutcome | null } | null } } };

export type TestRecordLeftCareMutationVariables = Exact<{
  input: RecordLeftCareInput;
}>;


export type TestRecordLeftCareMutation = { recordLeftCare: { outcome: AssignmentOutcome } };

export type ReportDatasetOutcomeMutationVariables = Exact<{
  input: RecordOfferOutcomeInput;
}>;


export type ReportDatasetOutcomeMutation = { recordOfferOutcome: { id: string } };

export type ReportDatasetOptBackInMutationVariables = Exact<{
  input: RecordOptBackInInput;
}>;


export type ReportDatasetOptBackInMutation = { recordOptBackIn: { id: string } };

export type SeedRecordMeetingDecisionMutationVariables = Exact<{
  input: RecordMeetingDecisionInput;
}>;


export type SeedRecordMeetingDecisionMutation = { recordMeetingDecision: { id: string } };

export type SeedRecordContactMutationVariables = Exact<{
  input: RecordContactInput;
}>;


export type SeedRecordContactMutation = { recordContact: Array<{ id: string }> };

export type SeedStickDecisionMutationVariables = Exact<{
  input: RecordMeetingDecisionInput;
}>;


export type SeedStickDecisionMutation = { recordMeetingDecision: { decisions: Array<{ id: string, text: string }> } };

export type SeedStickImplementByMutationVariables = Exact<{
  input: SetDecisionImplementByInput;
}>;


export type SeedStickImplementByMutation = { setDecisionImplementBy: { decisionId: string } };

export type SeedRecordChildSelfRepresentationMutationVariables = Exact<{
  input: RecordChildSelfRepresentationInput;
}>;


export type SeedRecordChildSelfRepresentationMutation = { recordChildSelfRepresentation: { id: string } };

export type SeedLookAtChildQueryVariables = Exact<{
  id: string | number;
}>;


export type SeedLookAtChildQuery = { child: { id: string } };

export type SeedDisposalDeathMutationVariables = Exact<{
  input: RecordChildDeathInput;
}>;


export type SeedDisposalDeathMutation = { recordChildDeath: { retainUntil: string | null } };

export type SeedDisposalHoldMutationVariables = Exact<{
  input: LegalHoldInput;
}>;


export type SeedDisposalHoldMutation = { placeLegalHold: { rule: RetentionRule } };

export type SeedWithdrawSafeguardingConcernMutationVariables = Exact<{
  input: CloseConcernInput;
}>;


export type SeedWithdrawSafeguardingConcernMutation = { withdrawConcern: { id: string, status: ConcernStatus } };

export type SeedSignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SeedSignInMutation = { login: { accessToken: string } };

export type SeedMyChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedMyChildrenQuery = { myChildren: Array<{ id: string, givenName: string, familyName: string, localAuthority: { code: string } }> };

export type SeedLaStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedLaStaffQuery = { laStaff: Array<{ id: string, fullName: string }> };

export type SeedMeetingOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedMeetingOptionsQuery = { laChildren: Array<{ id: string, givenName: string, familyName: string }>, laStaff: Array<{ id: string, fullName: string }> };

export type SeedMeetingActionsQueryVariables = Exact<{
  id: string | number;
}>;


export type SeedMeetingActionsQuery = { meeting: { childId: string, actions: Array<{ id: string }> } };

export type SeedScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type SeedScheduleMeetingMutation = { scheduleMeeting: { id: string } };

export type SeedHoldMeetingMutationVariables = Exact<{
  input: HoldMeetingInput;
}>;


export type SeedHoldMeetingMutation = { holdMeeting: { id: string } };

export type SeedMeetingToReviewFragment = { id: string, childId: string, actionsToReview: Array<{ id: string }> };

export type SeedHoldMeetingToReviewMutationVariables = Exact<{
  input: HoldMeetingInput;
}>;


export type SeedHoldMeetingToReviewMutation = { holdMeeting: { id: string, childId: string, actionsToReview: Array<{ id: string }> } };

export type SeedReviewActionMutationVariables = Exact<{
  input: ReviewActionInput;
}>;


export type SeedReviewActionMutation = { reviewAction: { id: string, childId: string, actionsToReview: Array<{ id: string }> } };

export type SeedCompleteMeetingMutationVariables = Exact<{
  input: CompleteMeetingInput;
}>;


export type SeedCompleteMeetingMutation = { completeMeeting: { id: string, childId: string, actionsToReview: Array<{ id: string }> } };

export type SeedRaiseConcernMutationVariables = Exact<{
  input: RaiseConcernInput;
}>;


export type SeedRaiseConcernMutation = { raiseConcern: { id: string } };

export type SeedWithdrawConcernMutationVariables = Exact<{
  input: CloseConcernInput;
}>;


export type SeedWithdrawConcernMutation = { withdrawConcern: { id: string } };

export type SeedRecordTriggerMutationVariables = Exact<{
  input: RecordTriggerEventInput;
}>;


export type SeedRecordTriggerMutation = { recordTriggerEvent: { child: { id: string, currentOffer: { id: string } | null }, advocate: { displayName: string } | null } };

export type SeedRecordOfferOutcomeMutationVariables = Exact<{
  input: RecordOfferOutcomeInput;
}>;


export type SeedRecordOfferOutcomeMutation = { recordOfferOutcome: { id: string } };

export type SeedRecordChildViewMutationVariables = Exact<{
  input: RecordChildViewInput;
}>;


export type SeedRecordChildViewMutation = { recordChildView: { views: Array<{ id: string, text: string }> } };

export type SeedWithdrawChildViewSharingMutationVariables = Exact<{
  viewId: string | number;
}>;


export type SeedWithdrawChildViewSharingMutation = { withdrawChildViewSharing: { id: string } };

export type SeedRecordActionMutationVariables = Exact<{
  input: RecordActionInput;
}>;


export type SeedRecordActionMutation = { recordAction: { actions: Array<{ id: string, what: string }> } };

export type ConcernLadderFieldsFragment = { timeline: Array<{ id: string, sequence: number, kind: string, stage: ConcernStage, actorName: string, actorRole: string | null, at: string, asked: string | null, answer: string | null, atRiskReason: string | null, dueOn: string | null, court: string | null, caseNumber: string | null, orderSought: string | null, hearingDates: Array<string>, courtOutcome: string | null, attended: boolean | null, confidential: boolean, evidence: Array<{ text: string, url: string | null }> }>, courtApplication: { court: string, caseNumber: string, orderSought: string, hearingDates: Array<string>, outcome: string | null } | null, escalationTargets: Array<{ stage: ConcernStage, needsAtRiskReason: boolean }> };

export type ImportCountsFieldsFragment = { childrenCreated: number, childrenUpdated: number, childrenUnchanged: number, periodsOfCare: number, childrenAssigned: number, childrenQueued: number, assignmentsEnded: number, meetingsRecorded: number, shortBreaksSkipped: number, rowsRead: number, rowsRejected: number };

export type ImportFindingGroupFieldsFragment = { title: string, code: string | null, file: string, column: string, count: number, firstRows: Array<{ rowNumber: number, child: string | null, column: string, reason: string }> };

export type ImportSummaryFieldsFragment = { needsFixing: Array<{ title: string, code: string | null, file: string, column: string, count: number, firstRows: Array<{ rowNumber: number, child: string | null, column: string, reason: string }> }>, skipped: Array<{ title: string, code: string | null, file: string, column: string, count: number, firstRows: Array<{ rowNumber: number, child: string | null, column: string, reason: string }> }>, warnings: Array<{ title: string, code: string | null, file: string, column: string, count: number, firstRows: Array<{ rowNumber: number, child: string | null, column: string, reason: string }> }>, heardDid: { childrenCreated: number, childrenUpdated: number, childrenAssigned: number, childrenQueued: number, assignmentsEnded: number, reviewsRecorded: number, offersDue: { count: number, earliest: string | null, latest: string | null } | null } | null };

export type LiveThemesFieldsFragment = { breakdown: ThemeBreakdown, fromOn: string, toOn: string, lastYearFromOn: string, lastYearToOn: string, threshold: number, sources: Array<{ source: ThemeSource, tables: Array<{ unitId: string, label: string, rows: Array<{ theme: ConcernTheme | null, count: number | null, lastYear: number | null, change: number | null }> }> }> };

export type ThemeWarningsFieldsFragment = { minimum: number, factor: number, warnings: Array<{ breakdown: ThemeBreakdown, unitId: string, label: string, theme: ConcernTheme, quarterFromOn: string, current: number, previous: Array<number>, mean: number, above: number }> };

export const UsersAdminUserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersAdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManagedUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advocacyProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]} as unknown as DocumentNode<UsersAdminUserFieldsFragment, unknown>;
export const BetweenRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BetweenRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarlierMeetingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"answerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"answerReasons"}},{"kind":"Field","name":{"kind":"Name","value":"concernId"}},{"kind":"Field","name":{"kind":"Name","value":"canRaiseConcern"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}}]}}]} as unknown as DocumentNode<BetweenRequestFieldsFragment, unknown>;
export const BetweenSharingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BetweenSharingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingRecordSharing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"dueExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rolesShared"}},{"kind":"Field","name":{"kind":"Name","value":"canRecord"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sharedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BetweenSharingFieldsFragment, unknown>;
export const FollowThroughFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowThroughFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionFollowThrough"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"implementBy"}},{"kind":"Field","name":{"kind":"Name","value":"implementedOn"}},{"kind":"Field","name":{"kind":"Name","value":"challengedOn"}},{"kind":"Field","name":{"kind":"Name","value":"challengeReasons"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"challengeBy"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"challengeDeadlineExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"concernId"}},{"kind":"Field","name":{"kind":"Name","value":"canActAsLa"}},{"kind":"Field","name":{"kind":"Name","value":"canEscalate"}}]}}]} as unknown as DocumentNode<FollowThroughFieldsFragment, unknown>;
export const SafeguardingAlertFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafeguardingAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafeguardingAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"concernId"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"toldWho"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineExplained"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedByName"}}]}}]} as unknown as DocumentNode<SafeguardingAlertFieldsFragment, unknown>;
export const ChildRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingChildRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"childGivenName"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"editedByName"}},{"kind":"Field","name":{"kind":"Name","value":"goneThroughOn"}},{"kind":"Field","name":{"kind":"Name","value":"childSaid"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]} as unknown as DocumentNode<ChildRecordFieldsFragment, unknown>;
export const LogisticsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogisticsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingLogistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"lengthMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"venueKind"}},{"kind":"Field","name":{"kind":"Name","value":"venueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"venueDetails"}},{"kind":"Field","name":{"kind":"Name","value":"childPreference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueKind"}},{"kind":"Field","name":{"kind":"Name","value":"venueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticeLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitationsFirstSentOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"papers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"sharedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canArrange"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordPreference"}}]}}]} as unknown as DocumentNode<LogisticsFieldsFragment, unknown>;
export const PartsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingParts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"accountableChairName"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"childAttended"}},{"kind":"Field","name":{"kind":"Name","value":"childChair"}},{"kind":"Field","name":{"kind":"Name","value":"chairedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"partTitle"}},{"kind":"Field","name":{"kind":"Name","value":"childMissed"}},{"kind":"Field","name":{"kind":"Name","value":"childTold"}},{"kind":"Field","name":{"kind":"Name","value":"toldOn"}},{"kind":"Field","name":{"kind":"Name","value":"toldByName"}},{"kind":"Field","name":{"kind":"Name","value":"childSaid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childNotYetTold"}},{"kind":"Field","name":{"kind":"Name","value":"canAddPart"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordBriefing"}}]}}]} as unknown as DocumentNode<PartsFieldsFragment, unknown>;
export const FamilyViewsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyViewsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingFamilyViews"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canRecord"}}]}}]} as unknown as DocumentNode<FamilyViewsFieldsFragment, unknown>;
export const AdvocateInputMeetingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdvocateInputMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childSelfRepresenting"}},{"kind":"Field","name":{"kind":"Name","value":"childOptedOut"}},{"kind":"Field","name":{"kind":"Name","value":"selfRepresentation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childWords"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"migratedFromChair"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advocateInputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"advocateName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"migratedFromChair"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"advocateInput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"advocateName"}}]}}]}}]}}]} as unknown as DocumentNode<AdvocateInputMeetingFieldsFragment, unknown>;
export const MeetingsMeetingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingsMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participationCode"}},{"kind":"Field","name":{"kind":"Name","value":"childSelfRepresenting"}},{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"shareable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"advocateInput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}},{"kind":"Field","name":{"kind":"Name","value":"carryOvers"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionsToReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carryOvers"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}}]}}]}}]} as unknown as DocumentNode<MeetingsMeetingFieldsFragment, unknown>;
export const WithdrawViewSharingViewsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawViewSharingViews"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"shareable"}},{"kind":"Field","name":{"kind":"Name","value":"sharingWithdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharingWithdrawnBy"}},{"kind":"Field","name":{"kind":"Name","value":"canWithdrawSharing"}}]}}]}}]} as unknown as DocumentNode<WithdrawViewSharingViewsFragment, unknown>;
export const PaperReviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaperReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaperReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"afterMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastWorkingDayBefore"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStatus"}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"consultedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedOffOn"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"canRecord"}},{"kind":"Field","name":{"kind":"Name","value":"canSignOff"}}]}}]} as unknown as DocumentNode<PaperReviewFieldsFragment, unknown>;
export const CorrectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCorrection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemKind"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]} as unknown as DocumentNode<CorrectionFieldsFragment, unknown>;
export const RetentionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRetention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retainUntil"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfDeath"}},{"kind":"Field","name":{"kind":"Name","value":"legalHold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"placedOn"}},{"kind":"Field","name":{"kind":"Name","value":"placedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]} as unknown as DocumentNode<RetentionFieldsFragment, unknown>;
export const SubjectAccessExportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubjectAccessExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectAccessExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}}]} as unknown as DocumentNode<SubjectAccessExportFieldsFragment, unknown>;
export const ThemeRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThemeRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThemeRequestType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthorityId"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthorityName"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"themeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"putOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"willDo"}},{"kind":"Field","name":{"kind":"Name","value":"byWhen"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]} as unknown as DocumentNode<ThemeRequestFieldsFragment, unknown>;
export const YouSaidWeDidItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YouSaidWeDidItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YouSaidWeDidItemType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewId"}},{"kind":"Field","name":{"kind":"Name","value":"said"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"showToChild"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"forChild"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youSaid"}},{"kind":"Field","name":{"kind":"Name","value":"weDid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maySetOutcome"}}]}}]} as unknown as DocumentNode<YouSaidWeDidItemFieldsFragment, unknown>;
export const ConcernLadderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernLadderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}}]} as unknown as DocumentNode<ConcernLadderFieldsFragment, unknown>;
export const TestConcernFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConcernLadderFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernLadderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}}]} as unknown as DocumentNode<TestConcernFieldsFragment, unknown>;
export const TestImportRejectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestImportRejection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRejection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<TestImportRejectionFragment, unknown>;
export const SeedMeetingToReviewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeedMeetingToReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"actionsToReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedMeetingToReviewFragment, unknown>;
export const ImportCountsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childrenCreated"}},{"kind":"Field","name":{"kind":"Name","value":"childrenUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"childrenUnchanged"}},{"kind":"Field","name":{"kind":"Name","value":"periodsOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"childrenAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"childrenQueued"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentsEnded"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"shortBreaksSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}}]}}]} as unknown as DocumentNode<ImportCountsFieldsFragment, unknown>;
export const ImportFindingGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportFindingGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFindingGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"firstRows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"child"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ImportFindingGroupFieldsFragment, unknown>;
export const ImportSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsFixing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportFindingGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportFindingGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportFindingGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heardDid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childrenCreated"}},{"kind":"Field","name":{"kind":"Name","value":"childrenUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"childrenAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"childrenQueued"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentsEnded"}},{"kind":"Field","name":{"kind":"Name","value":"reviewsRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"offersDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportFindingGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFindingGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"firstRows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"child"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ImportSummaryFieldsFragment, unknown>;
export const LiveThemesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveThemesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveThemes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breakdown"}},{"kind":"Field","name":{"kind":"Name","value":"fromOn"}},{"kind":"Field","name":{"kind":"Name","value":"toOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastYearFromOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastYearToOn"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveThemesFieldsFragment, unknown>;
export const ThemeWarningsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThemeWarningsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThemeWarnings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minimum"}},{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breakdown"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"quarterFromOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}}]}}]} as unknown as DocumentNode<ThemeWarningsFieldsFragment, unknown>;
export const OrgAdminLocalAuthoritiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgAdminLocalAuthorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localAuthorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrgAdminLocalAuthoritiesQuery, OrgAdminLocalAuthoritiesQueryVariables>;
export const OrgAdminCreateLaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgAdminCreateLa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLocalAuthorityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLocalAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrgAdminCreateLaMutation, OrgAdminCreateLaMutationVariables>;
export const OrgAdminRenameLaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgAdminRenameLa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameLocalAuthorityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameLocalAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrgAdminRenameLaMutation, OrgAdminRenameLaMutationVariables>;
export const OrgAdminProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgAdminProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advocacyProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"coveredLocalAuthorities"}},{"kind":"Field","name":{"kind":"Name","value":"coveredLocalAuthorityIds"}},{"kind":"Field","name":{"kind":"Name","value":"advocateCount"}}]}}]}}]} as unknown as DocumentNode<OrgAdminProvidersQuery, OrgAdminProvidersQueryVariables>;
export const OrgAdminCreateProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgAdminCreateProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAdvocacyProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAdvocacyProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"coveredLocalAuthorities"}},{"kind":"Field","name":{"kind":"Name","value":"advocateCount"}}]}}]}}]} as unknown as DocumentNode<OrgAdminCreateProviderMutation, OrgAdminCreateProviderMutationVariables>;
export const OrgAdminRenameProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgAdminRenameProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameAdvocacyProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameAdvocacyProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrgAdminRenameProviderMutation, OrgAdminRenameProviderMutationVariables>;
export const OrgAdminSetCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgAdminSetCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetProviderCoverageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProviderCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"coveredLocalAuthorities"}}]}}]}}]} as unknown as DocumentNode<OrgAdminSetCoverageMutation, OrgAdminSetCoverageMutationVariables>;
export const OrgAdminAdvocatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgAdminAdvocates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"advocacyProviderId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advocateProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"advocacyProviderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"advocacyProviderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"employingLocalAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"caseloadCap"}},{"kind":"Field","name":{"kind":"Name","value":"activeCaseload"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"availableToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OrgAdminAdvocatesQuery, OrgAdminAdvocatesQueryVariables>;
export const OrgAdminCreateAdvocateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgAdminCreateAdvocate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAdvocateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAdvocate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advocateId"}}]}}]}}]} as unknown as DocumentNode<OrgAdminCreateAdvocateMutation, OrgAdminCreateAdvocateMutationVariables>;
export const OrgAdminUpdateAdvocateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgAdminUpdateAdvocate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAdvocateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAdvocate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"employingLocalAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"caseloadCap"}},{"kind":"Field","name":{"kind":"Name","value":"activeCaseload"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"availableToday"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OrgAdminUpdateAdvocateMutation, OrgAdminUpdateAdvocateMutationVariables>;
export const OrgAdminStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgAdminStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"localAuthorityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"laStaffOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"localAuthorityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"localAuthorityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"managerName"}},{"kind":"Field","name":{"kind":"Name","value":"experienced"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<OrgAdminStaffQuery, OrgAdminStaffQueryVariables>;
export const OrgAdminAddStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgAdminAddStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddLaStaffMemberToLaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addLaStaffMemberToLa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"managerName"}},{"kind":"Field","name":{"kind":"Name","value":"experienced"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<OrgAdminAddStaffMutation, OrgAdminAddStaffMutationVariables>;
export const OrgAdminUpdateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgAdminUpdateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLaStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLaStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"managerName"}},{"kind":"Field","name":{"kind":"Name","value":"experienced"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<OrgAdminUpdateStaffMutation, OrgAdminUpdateStaffMutationVariables>;
export const UsersAdminListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersAdminList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UsersFilterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsersAdminUserFields"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersAdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManagedUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advocacyProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]} as unknown as DocumentNode<UsersAdminListQuery, UsersAdminListQueryVariables>;
export const UsersAdminUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersAdminUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managedUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsersAdminUserFields"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersAdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManagedUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advocacyProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]} as unknown as DocumentNode<UsersAdminUserQuery, UsersAdminUserQueryVariables>;
export const UsersAdminOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersAdminOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userAdminOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localAuthorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advocacyProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UsersAdminOrganisationsQuery, UsersAdminOrganisationsQueryVariables>;
export const UsersAdminInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersAdminInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsersAdminUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersAdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManagedUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advocacyProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]} as unknown as DocumentNode<UsersAdminInviteMutation, UsersAdminInviteMutationVariables>;
export const UsersAdminChangeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersAdminChangeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeUserRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsersAdminUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersAdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManagedUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advocacyProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]} as unknown as DocumentNode<UsersAdminChangeRoleMutation, UsersAdminChangeRoleMutationVariables>;
export const UsersAdminDeactivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersAdminDeactivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsersAdminUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersAdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManagedUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advocacyProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]} as unknown as DocumentNode<UsersAdminDeactivateMutation, UsersAdminDeactivateMutationVariables>;
export const UsersAdminReactivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersAdminReactivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsersAdminUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersAdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManagedUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advocacyProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]} as unknown as DocumentNode<UsersAdminReactivateMutation, UsersAdminReactivateMutationVariables>;
export const UsersAdminUnlockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersAdminUnlock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsersAdminUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersAdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManagedUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advocacyProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]} as unknown as DocumentNode<UsersAdminUnlockMutation, UsersAdminUnlockMutationVariables>;
export const UsersAdminForceResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersAdminForceReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forcePasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsersAdminUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersAdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ManagedUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advocacyProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]} as unknown as DocumentNode<UsersAdminForceResetMutation, UsersAdminForceResetMutationVariables>;
export const UsersAdminSetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersAdminSetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<UsersAdminSetPasswordMutation, UsersAdminSetPasswordMutationVariables>;
export const AgeSixteenOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgeSixteenOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOfferOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOfferOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AgeSixteenOutcomeMutation, AgeSixteenOutcomeMutationVariables>;
export const OffersAndAccessOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OffersAndAccessOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOfferOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOfferOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"childWords"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"childWords"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]}}]} as unknown as DocumentNode<OffersAndAccessOutcomeMutation, OffersAndAccessOutcomeMutationVariables>;
export const OffersAndAccessOptInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OffersAndAccessOptIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOptBackInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOptBackIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<OffersAndAccessOptInMutation, OffersAndAccessOptInMutationVariables>;
export const OffersAndAccessChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OffersAndAccessChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advocate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startReason"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endNote"}}]}}]}}]}}]} as unknown as DocumentNode<OffersAndAccessChildQuery, OffersAndAccessChildQueryVariables>;
export const OffersAndAccessPlacementChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OffersAndAccessPlacementChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacementChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OffersAndAccessPlacementChangeMutation, OffersAndAccessPlacementChangeMutationVariables>;
export const OffersAndAccessReassignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OffersAndAccessReassign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReassignChildInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advocateName"}}]}}]}}]} as unknown as DocumentNode<OffersAndAccessReassignMutation, OffersAndAccessReassignMutationVariables>;
export const CareEventsOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CareEventsOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOfferOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOfferOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CareEventsOutcomeMutation, CareEventsOutcomeMutationVariables>;
export const CareEventsChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareEventsChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]}}]} as unknown as DocumentNode<CareEventsChildQuery, CareEventsChildQueryVariables>;
export const CareEventsPlacementChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CareEventsPlacementChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacementChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offeredAgain"}},{"kind":"Field","name":{"kind":"Name","value":"advocacyEndedOn"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CareEventsPlacementChangeMutation, CareEventsPlacementChangeMutationVariables>;
export const CareEventsLeftCareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CareEventsLeftCare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLeftCareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeftCare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offeredAgain"}},{"kind":"Field","name":{"kind":"Name","value":"advocacyEndedOn"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CareEventsLeftCareMutation, CareEventsLeftCareMutationVariables>;
export const QueueAndConcurrencyAwaitingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueAndConcurrencyAwaiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awaitingAdvocate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<QueueAndConcurrencyAwaitingQuery, QueueAndConcurrencyAwaitingQueryVariables>;
export const QueueAndConcurrencySetCapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QueueAndConcurrencySetCap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCaseloadCapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCaseloadCap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseloadCap"}},{"kind":"Field","name":{"kind":"Name","value":"activeCaseload"}}]}}]}}]} as unknown as DocumentNode<QueueAndConcurrencySetCapMutation, QueueAndConcurrencySetCapMutationVariables>;
export const QueueAndConcurrencyCreateAdvocateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QueueAndConcurrencyCreateAdvocate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAdvocateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAdvocate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"caseloadCap"}},{"kind":"Field","name":{"kind":"Name","value":"activeCaseload"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}}]}}]} as unknown as DocumentNode<QueueAndConcurrencyCreateAdvocateMutation, QueueAndConcurrencyCreateAdvocateMutationVariables>;
export const QueueAndConcurrencyProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueAndConcurrencyProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advocacyProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<QueueAndConcurrencyProvidersQuery, QueueAndConcurrencyProvidersQueryVariables>;
export const ChildSearchFindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildSearchFind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildSearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advocate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"more"}}]}}]}}]} as unknown as DocumentNode<ChildSearchFindQuery, ChildSearchFindQueryVariables>;
export const AccessEventsAwaitingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessEventsAwaiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awaitingAdvocate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}}]}}]}}]} as unknown as DocumentNode<AccessEventsAwaitingQuery, AccessEventsAwaitingQueryVariables>;
export const AccessEventsChildNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessEventsChildName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]} as unknown as DocumentNode<AccessEventsChildNameQuery, AccessEventsChildNameQueryVariables>;
export const AccessEventsMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessEventsMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessEventsMeetingQuery, AccessEventsMeetingQueryVariables>;
export const AccessEventsChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessEventsChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessEventsChildQuery, AccessEventsChildQueryVariables>;
export const DemoAccountsRefusedInProductionRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemoAccountsRefusedInProductionRefresh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<DemoAccountsRefusedInProductionRefreshMutation, DemoAccountsRefusedInProductionRefreshMutationVariables>;
export const LockoutHoldsUnderABurstLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockoutHoldsUnderABurstLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<LockoutHoldsUnderABurstLoginMutation, LockoutHoldsUnderABurstLoginMutationVariables>;
export const LoginMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoginMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<LoginMeQuery, LoginMeQueryVariables>;
export const SessionEndsCloseSubscriptionsMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionEndsCloseSubscriptionsMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<SessionEndsCloseSubscriptionsMeQuery, SessionEndsCloseSubscriptionsMeQueryVariables>;
export const SessionEndsCloseSubscriptionsRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionEndsCloseSubscriptionsRefresh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<SessionEndsCloseSubscriptionsRefreshMutation, SessionEndsCloseSubscriptionsRefreshMutationVariables>;
export const SessionsMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionsMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<SessionsMeQuery, SessionsMeQueryVariables>;
export const SessionsRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionsRefresh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<SessionsRefreshMutation, SessionsRefreshMutationVariables>;
export const SessionsLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionsLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<SessionsLogoutMutation, SessionsLogoutMutationVariables>;
export const BetweenRecordChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BetweenRecordChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSignificantChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSignificantChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"whatChanged"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAgain"}}]}}]}}]} as unknown as DocumentNode<BetweenRecordChangeMutation, BetweenRecordChangeMutationVariables>;
export const BetweenPlacementChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BetweenPlacementChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacementChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offeredAgain"}}]}}]}}]} as unknown as DocumentNode<BetweenPlacementChangeMutation, BetweenPlacementChangeMutationVariables>;
export const BetweenOptOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BetweenOptOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOfferOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOfferOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BetweenOptOutMutation, BetweenOptOutMutationVariables>;
export const BetweenSinceLastMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BetweenSinceLastMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"significantChangesSinceLastMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"childId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"whatChanged"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAgain"}}]}}]}}]}}]} as unknown as DocumentNode<BetweenSinceLastMeetingQuery, BetweenSinceLastMeetingQueryVariables>;
export const BetweenRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BetweenRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestEarlierMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEarlierMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BetweenRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BetweenRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarlierMeetingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"answerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"answerReasons"}},{"kind":"Field","name":{"kind":"Name","value":"concernId"}},{"kind":"Field","name":{"kind":"Name","value":"canRaiseConcern"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}}]}}]} as unknown as DocumentNode<BetweenRequestMutation, BetweenRequestMutationVariables>;
export const BetweenAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BetweenAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerEarlierMeetingRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerEarlierMeetingRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BetweenRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BetweenRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarlierMeetingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"answerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"answerReasons"}},{"kind":"Field","name":{"kind":"Name","value":"concernId"}},{"kind":"Field","name":{"kind":"Name","value":"canRaiseConcern"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}}]}}]} as unknown as DocumentNode<BetweenAnswerMutation, BetweenAnswerMutationVariables>;
export const BetweenRaiseConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BetweenRaiseConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseConcernFromEarlierMeetingRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BetweenRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BetweenRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarlierMeetingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"answerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"answerReasons"}},{"kind":"Field","name":{"kind":"Name","value":"concernId"}},{"kind":"Field","name":{"kind":"Name","value":"canRaiseConcern"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}}]}}]} as unknown as DocumentNode<BetweenRaiseConcernMutation, BetweenRaiseConcernMutationVariables>;
export const BetweenRequestsOfChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BetweenRequestsOfChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earlierMeetingRequestsOfChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"childId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BetweenRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BetweenRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarlierMeetingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"answerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"answerReasons"}},{"kind":"Field","name":{"kind":"Name","value":"concernId"}},{"kind":"Field","name":{"kind":"Name","value":"canRaiseConcern"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}}]}}]} as unknown as DocumentNode<BetweenRequestsOfChildQuery, BetweenRequestsOfChildQueryVariables>;
export const BetweenLaRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BetweenLaRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earlierMeetingRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"answerStatus"}}]}}]}}]} as unknown as DocumentNode<BetweenLaRequestsQuery, BetweenLaRequestsQueryVariables>;
export const BetweenScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BetweenSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BetweenScheduleMutation, BetweenScheduleMutationVariables>;
export const BetweenHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BetweenHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BetweenHoldMutation, BetweenHoldMutationVariables>;
export const BetweenSharingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BetweenSharing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingRecordSharing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BetweenSharingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BetweenSharingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingRecordSharing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"dueExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rolesShared"}},{"kind":"Field","name":{"kind":"Name","value":"canRecord"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sharedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BetweenSharingQuery, BetweenSharingQueryVariables>;
export const BetweenShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BetweenShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingRecordSharedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeetingRecordShared"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BetweenSharingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BetweenSharingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingRecordSharing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"dueExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rolesShared"}},{"kind":"Field","name":{"kind":"Name","value":"canRecord"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sharedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BetweenShareMutation, BetweenShareMutationVariables>;
export const BetweenLateRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BetweenLateRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lateMeetingRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSharedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rolesShared"}}]}}]}}]} as unknown as DocumentNode<BetweenLateRecordsQuery, BetweenLateRecordsQueryVariables>;
export const LondonTodayScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LondonTodaySchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LondonTodayScheduleMutation, LondonTodayScheduleMutationVariables>;
export const LondonTodayHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LondonTodayHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LondonTodayHoldMutation, LondonTodayHoldMutationVariables>;
export const ChannelCreateLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChannelCreateLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChildChannelLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"childId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ChannelCreateLinkMutation, ChannelCreateLinkMutationVariables>;
export const ChannelRevokeLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChannelRevokeLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeChildChannelLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"childId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveLinkCreatedAt"}}]}}]}}]} as unknown as DocumentNode<ChannelRevokeLinkMutation, ChannelRevokeLinkMutationVariables>;
export const ChannelPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childChannelPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advocateFirstName"}}]}}]}}]} as unknown as DocumentNode<ChannelPageQuery, ChannelPageQueryVariables>;
export const ChannelSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChannelSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendChildChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendChildChannelMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmation"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}}]}}]}}]} as unknown as DocumentNode<ChannelSendMutation, ChannelSendMutationVariables>;
export const ChannelMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"childId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveLinkCreatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"callTime"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"replyDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"replyDueSentence"}},{"kind":"Field","name":{"kind":"Name","value":"replyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replyMethod"}},{"kind":"Field","name":{"kind":"Name","value":"replyNote"}}]}}]}}]}}]} as unknown as DocumentNode<ChannelMessagesQuery, ChannelMessagesQueryVariables>;
export const ChannelMarkRepliedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChannelMarkReplied"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkChildMessageRepliedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markChildMessageReplied"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"replyMethod"}},{"kind":"Field","name":{"kind":"Name","value":"replyNote"}}]}}]}}]} as unknown as DocumentNode<ChannelMarkRepliedMutation, ChannelMarkRepliedMutationVariables>;
export const OneStateChangeWinsCurrentOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OneStateChangeWinsCurrentOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<OneStateChangeWinsCurrentOfferQuery, OneStateChangeWinsCurrentOfferQueryVariables>;
export const ContactsRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewsRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"privateNote"}}]}}]}}]} as unknown as DocumentNode<ContactsRecordMutation, ContactsRecordMutationVariables>;
export const ContactsLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"childId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewsRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"privateNote"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]} as unknown as DocumentNode<ContactsLogQuery, ContactsLogQueryVariables>;
export const ContactsChildClockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsChildClock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastHeardAt"}},{"kind":"Field","name":{"kind":"Name","value":"contactStandard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}}]}}]}}]}}]} as unknown as DocumentNode<ContactsChildClockQuery, ContactsChildClockQueryVariables>;
export const ContactsMyChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsMyChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeardAt"}},{"kind":"Field","name":{"kind":"Name","value":"contactStandard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}}]}}]}}]}}]} as unknown as DocumentNode<ContactsMyChildrenQuery, ContactsMyChildrenQueryVariables>;
export const ContactsNationalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsNational"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactStandardNational"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byLocalAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"pastStandard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"pastStandard"}}]}}]}}]}}]} as unknown as DocumentNode<ContactsNationalQuery, ContactsNationalQueryVariables>;
export const AdvocateInputsMigrationScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvocateInputsMigrationSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdvocateInputsMigrationScheduleMutation, AdvocateInputsMigrationScheduleMutationVariables>;
export const AdvocateInputsMigrationHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvocateInputsMigrationHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdvocateInputsMigrationHoldMutation, AdvocateInputsMigrationHoldMutationVariables>;
export const StickScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StickSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StickScheduleMutation, StickScheduleMutationVariables>;
export const StickHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StickHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StickHoldMutation, StickHoldMutationVariables>;
export const StickDecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StickDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeetingDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<StickDecideMutation, StickDecideMutationVariables>;
export const StickFollowThroughDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StickFollowThrough"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionFollowThrough"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowThroughFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowThroughFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionFollowThrough"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"implementBy"}},{"kind":"Field","name":{"kind":"Name","value":"implementedOn"}},{"kind":"Field","name":{"kind":"Name","value":"challengedOn"}},{"kind":"Field","name":{"kind":"Name","value":"challengeReasons"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"challengeBy"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"challengeDeadlineExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"concernId"}},{"kind":"Field","name":{"kind":"Name","value":"canActAsLa"}},{"kind":"Field","name":{"kind":"Name","value":"canEscalate"}}]}}]} as unknown as DocumentNode<StickFollowThroughQuery, StickFollowThroughQueryVariables>;
export const StickFlaggedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StickFlagged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unimplementedDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowThroughFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowThroughFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionFollowThrough"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"implementBy"}},{"kind":"Field","name":{"kind":"Name","value":"implementedOn"}},{"kind":"Field","name":{"kind":"Name","value":"challengedOn"}},{"kind":"Field","name":{"kind":"Name","value":"challengeReasons"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"challengeBy"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"challengeDeadlineExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"concernId"}},{"kind":"Field","name":{"kind":"Name","value":"canActAsLa"}},{"kind":"Field","name":{"kind":"Name","value":"canEscalate"}}]}}]} as unknown as DocumentNode<StickFlaggedQuery, StickFlaggedQueryVariables>;
export const StickImplementByDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StickImplementBy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDecisionImplementByInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDecisionImplementBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowThroughFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowThroughFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionFollowThrough"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"implementBy"}},{"kind":"Field","name":{"kind":"Name","value":"implementedOn"}},{"kind":"Field","name":{"kind":"Name","value":"challengedOn"}},{"kind":"Field","name":{"kind":"Name","value":"challengeReasons"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"challengeBy"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"challengeDeadlineExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"concernId"}},{"kind":"Field","name":{"kind":"Name","value":"canActAsLa"}},{"kind":"Field","name":{"kind":"Name","value":"canEscalate"}}]}}]} as unknown as DocumentNode<StickImplementByMutation, StickImplementByMutationVariables>;
export const StickImplementedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StickImplemented"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkDecisionImplementedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markDecisionImplemented"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowThroughFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowThroughFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionFollowThrough"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"implementBy"}},{"kind":"Field","name":{"kind":"Name","value":"implementedOn"}},{"kind":"Field","name":{"kind":"Name","value":"challengedOn"}},{"kind":"Field","name":{"kind":"Name","value":"challengeReasons"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"challengeBy"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"challengeDeadlineExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"concernId"}},{"kind":"Field","name":{"kind":"Name","value":"canActAsLa"}},{"kind":"Field","name":{"kind":"Name","value":"canEscalate"}}]}}]} as unknown as DocumentNode<StickImplementedMutation, StickImplementedMutationVariables>;
export const StickChallengeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StickChallenge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChallengeDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowThroughFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowThroughFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionFollowThrough"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"implementBy"}},{"kind":"Field","name":{"kind":"Name","value":"implementedOn"}},{"kind":"Field","name":{"kind":"Name","value":"challengedOn"}},{"kind":"Field","name":{"kind":"Name","value":"challengeReasons"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"challengeBy"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"challengeDeadlineExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"concernId"}},{"kind":"Field","name":{"kind":"Name","value":"canActAsLa"}},{"kind":"Field","name":{"kind":"Name","value":"canEscalate"}}]}}]} as unknown as DocumentNode<StickChallengeMutation, StickChallengeMutationVariables>;
export const StickEscalateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StickEscalate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowThroughFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowThroughFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionFollowThrough"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"implementBy"}},{"kind":"Field","name":{"kind":"Name","value":"implementedOn"}},{"kind":"Field","name":{"kind":"Name","value":"challengedOn"}},{"kind":"Field","name":{"kind":"Name","value":"challengeReasons"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"challengeBy"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"challengeDeadlineExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"concernId"}},{"kind":"Field","name":{"kind":"Name","value":"canActAsLa"}},{"kind":"Field","name":{"kind":"Name","value":"canEscalate"}}]}}]} as unknown as DocumentNode<StickEscalateMutation, StickEscalateMutationVariables>;
export const StickConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StickConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"whatIsWrong"}},{"kind":"Field","name":{"kind":"Name","value":"childWants"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}}]}}]}}]} as unknown as DocumentNode<StickConcernQuery, StickConcernQueryVariables>;
export const ConcernsAwaitingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConcernsAwaiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concernsAwaitingResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConcernsAwaitingQuery, ConcernsAwaitingQueryVariables>;
export const ConcernsAwaitingDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConcernsAwaitingDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concernsAwaitingResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}}]}}]}}]} as unknown as DocumentNode<ConcernsAwaitingDueQuery, ConcernsAwaitingDueQueryVariables>;
export const ConcernsEscalationQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConcernsEscalationQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalationQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConcernsEscalationQueueQuery, ConcernsEscalationQueueQueryVariables>;
export const ConcernsNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConcernsNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]}}]} as unknown as DocumentNode<ConcernsNotificationsQuery, ConcernsNotificationsQueryVariables>;
export const ConcernsFromActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConcernsFromAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromActionId"}}]}}]}}]} as unknown as DocumentNode<ConcernsFromActionQuery, ConcernsFromActionQueryVariables>;
export const DeadlinesAndLiveUpdatesUnreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeadlinesAndLiveUpdatesUnread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]}}]} as unknown as DocumentNode<DeadlinesAndLiveUpdatesUnreadQuery, DeadlinesAndLiveUpdatesUnreadQueryVariables>;
export const DeadlinesAndLiveUpdatesMarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeadlinesAndLiveUpdatesMarkRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"}}]}}]} as unknown as DocumentNode<DeadlinesAndLiveUpdatesMarkReadMutation, DeadlinesAndLiveUpdatesMarkReadMutationVariables>;
export const SafeguardingRaiseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafeguardingRaise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseSafeguardingConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseSafeguardingConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafeguardingAlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafeguardingAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafeguardingAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"concernId"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"toldWho"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineExplained"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedByName"}}]}}]} as unknown as DocumentNode<SafeguardingRaiseMutation, SafeguardingRaiseMutationVariables>;
export const SafeguardingAcknowledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafeguardingAcknowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeSafeguardingAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"alertId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafeguardingAlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafeguardingAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafeguardingAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"concernId"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"toldWho"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineExplained"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedByName"}}]}}]} as unknown as DocumentNode<SafeguardingAcknowledgeMutation, SafeguardingAcknowledgeMutationVariables>;
export const SafeguardingWaitingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafeguardingWaiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safeguardingAlertsWaiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafeguardingAlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafeguardingAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafeguardingAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"concernId"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"toldWho"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineExplained"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedByName"}}]}}]} as unknown as DocumentNode<SafeguardingWaitingQuery, SafeguardingWaitingQueryVariables>;
export const SafeguardingSetContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SafeguardingSetContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeguardingContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSafeguardingContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localAuthorityId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgerName"}},{"kind":"Field","name":{"kind":"Name","value":"directorName"}}]}}]}}]} as unknown as DocumentNode<SafeguardingSetContactMutation, SafeguardingSetContactMutationVariables>;
export const SafeguardingContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafeguardingContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"localAuthorityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safeguardingContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"localAuthorityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"localAuthorityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgerName"}},{"kind":"Field","name":{"kind":"Name","value":"directorName"}}]}}]}}]} as unknown as DocumentNode<SafeguardingContactQuery, SafeguardingContactQueryVariables>;
export const SafeguardingTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafeguardingTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}}]}}]}}]} as unknown as DocumentNode<SafeguardingTimelineQuery, SafeguardingTimelineQueryVariables>;
export const MatrixVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childrenSpokenToCount"}},{"kind":"Field","name":{"kind":"Name","value":"sharedVoices"}},{"kind":"Field","name":{"kind":"Name","value":"childrenSpokenTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"whatTheySaid"}},{"kind":"Field","name":{"kind":"Name","value":"consentToShare"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixVisitQuery, MatrixVisitQueryVariables>;
export const MatrixRecordViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixRecordView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChildViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"shareable"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixRecordViewMutation, MatrixRecordViewMutationVariables>;
export const MatrixMeetingViewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixMeetingViews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"shareable"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixMeetingViewsQuery, MatrixMeetingViewsQueryVariables>;
export const MatrixAddNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixAddNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConcernNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addConcernNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixAddNoteMutation, MatrixAddNoteMutationVariables>;
export const RecordsCommandsChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsCommandsChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]}}]}}]} as unknown as DocumentNode<RecordsCommandsChildQuery, RecordsCommandsChildQueryVariables>;
export const RecordsCommandsMyChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsCommandsMyChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]}}]}}]} as unknown as DocumentNode<RecordsCommandsMyChildrenQuery, RecordsCommandsMyChildrenQueryVariables>;
export const RecordsCommandsLaChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsCommandsLaChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"laChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]}}]}}]} as unknown as DocumentNode<RecordsCommandsLaChildrenQuery, RecordsCommandsLaChildrenQueryVariables>;
export const RecordsCommandsOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordsCommandsOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOfferOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOfferOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]}}]}}]} as unknown as DocumentNode<RecordsCommandsOutcomeMutation, RecordsCommandsOutcomeMutationVariables>;
export const RecordsCommandsHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsCommandsHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"home"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedVisitCommands"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]}}]}}]} as unknown as DocumentNode<RecordsCommandsHomeQuery, RecordsCommandsHomeQueryVariables>;
export const RecordsCommandsVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsCommandsVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]}}]} as unknown as DocumentNode<RecordsCommandsVisitQuery, RecordsCommandsVisitQueryVariables>;
export const RecordsCommandsSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordsCommandsSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveVisitDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveHomeVisitDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]}}]} as unknown as DocumentNode<RecordsCommandsSaveMutation, RecordsCommandsSaveMutationVariables>;
export const RecordsCommandsSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordsCommandsSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitHomeVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]}}]} as unknown as DocumentNode<RecordsCommandsSubmitMutation, RecordsCommandsSubmitMutationVariables>;
export const DatabaseOutageMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatabaseOutageMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<DatabaseOutageMeQuery, DatabaseOutageMeQueryVariables>;
export const HomeVisitsHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeVisitsHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"home"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"visitedThisMonth"}},{"kind":"Field","name":{"kind":"Name","value":"missedMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openRecommendationList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"carryOvers"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}}]}}]}}]}}]} as unknown as DocumentNode<HomeVisitsHomeQuery, HomeVisitsHomeQueryVariables>;
export const HomeVisitsVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeVisitsVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childrenSpokenToCount"}},{"kind":"Field","name":{"kind":"Name","value":"sharedVoices"}},{"kind":"Field","name":{"kind":"Name","value":"childrenSpokenTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"whatTheySaid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}}]}}]}}]}}]} as unknown as DocumentNode<HomeVisitsVisitQuery, HomeVisitsVisitQueryVariables>;
export const HomeVisitsHomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeVisitsHomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<HomeVisitsHomesQuery, HomeVisitsHomesQueryVariables>;
export const VisitChildrenShownOnlyToTheirAdvocatesVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitChildrenShownOnlyToTheirAdvocatesVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childrenSpokenToCount"}},{"kind":"Field","name":{"kind":"Name","value":"sharedVoices"}},{"kind":"Field","name":{"kind":"Name","value":"childrenSpokenTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"spokeInPrivate"}},{"kind":"Field","name":{"kind":"Name","value":"consentToSpeak"}},{"kind":"Field","name":{"kind":"Name","value":"whatTheySaid"}},{"kind":"Field","name":{"kind":"Name","value":"consentToShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}}]}}]}}]}}]} as unknown as DocumentNode<VisitChildrenShownOnlyToTheirAdvocatesVisitQuery, VisitChildrenShownOnlyToTheirAdvocatesVisitQueryVariables>;
export const VisitChildrenShownOnlyToTheirAdvocatesHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitChildrenShownOnlyToTheirAdvocatesHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"home"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myChildrenHere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childrenSpokenToCount"}},{"kind":"Field","name":{"kind":"Name","value":"childrenSpokenTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"whatTheySaid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openRecommendationList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}}]}}]}}]}}]} as unknown as DocumentNode<VisitChildrenShownOnlyToTheirAdvocatesHomeQuery, VisitChildrenShownOnlyToTheirAdvocatesHomeQueryVariables>;
export const VisitChildrenShownOnlyToTheirAdvocatesSaveDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VisitChildrenShownOnlyToTheirAdvocatesSaveDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveVisitDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveHomeVisitDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childrenSpokenTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"whatTheySaid"}}]}}]}}]}}]} as unknown as DocumentNode<VisitChildrenShownOnlyToTheirAdvocatesSaveDraftMutation, VisitChildrenShownOnlyToTheirAdvocatesSaveDraftMutationVariables>;
export const AdvocacyStartsOnImportImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdvocacyStartsOnImportImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssda903Import"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childrenCreated"}},{"kind":"Field","name":{"kind":"Name","value":"childrenAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"childrenQueued"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentsEnded"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestImportRejection"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestImportRejection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRejection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<AdvocacyStartsOnImportImportQuery, AdvocacyStartsOnImportImportQueryVariables>;
export const AdvocacyStartsOnImportChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdvocacyStartsOnImportChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"laChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"advocate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAdvocate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}}]}}]}}]} as unknown as DocumentNode<AdvocacyStartsOnImportChildrenQuery, AdvocacyStartsOnImportChildrenQueryVariables>;
export const AdvocacyStartsOnImportChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdvocacyStartsOnImportChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"triggerEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]}}]} as unknown as DocumentNode<AdvocacyStartsOnImportChildQuery, AdvocacyStartsOnImportChildQueryVariables>;
export const Ssda903BatchesImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ssda903BatchesImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssda903Import"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childrenTotal"}},{"kind":"Field","name":{"kind":"Name","value":"childrenDone"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childrenCreated"}},{"kind":"Field","name":{"kind":"Name","value":"childrenUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"childrenUnchanged"}},{"kind":"Field","name":{"kind":"Name","value":"childrenAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"childrenQueued"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsRecorded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<Ssda903BatchesImportQuery, Ssda903BatchesImportQueryVariables>;
export const Ssda903EveryRowReportedImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ssda903EveryRowReportedImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssda903Import"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"rowsSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"shortBreaksSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestImportRejection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestImportRejection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestImportRejection"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestImportRejection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRejection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<Ssda903EveryRowReportedImportQuery, Ssda903EveryRowReportedImportQueryVariables>;
export const Ssda903ImportSummaryStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ssda903ImportSummaryStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssda903Import"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childrenAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"childrenQueued"}}]}}]}}]}}]} as unknown as DocumentNode<Ssda903ImportSummaryStatusQuery, Ssda903ImportSummaryStatusQueryVariables>;
export const Ssda903ImportSummaryOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ssda903ImportSummaryOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssda903Import"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportFindingGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFindingGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"firstRows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"child"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsFixing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportFindingGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportFindingGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportFindingGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heardDid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childrenCreated"}},{"kind":"Field","name":{"kind":"Name","value":"childrenUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"childrenAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"childrenQueued"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentsEnded"}},{"kind":"Field","name":{"kind":"Name","value":"reviewsRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"offersDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}}]}}]}}]} as unknown as DocumentNode<Ssda903ImportSummaryOfQuery, Ssda903ImportSummaryOfQueryVariables>;
export const Ssda903MissingAndUascImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ssda903MissingAndUascImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssda903Import"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sameFilesAs"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childrenCreated"}},{"kind":"Field","name":{"kind":"Name","value":"childrenUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"childrenUnchanged"}},{"kind":"Field","name":{"kind":"Name","value":"childrenAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestImportRejection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestImportRejection"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestImportRejection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRejection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<Ssda903MissingAndUascImportQuery, Ssda903MissingAndUascImportQueryVariables>;
export const Ssda903MissingAndUascChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ssda903MissingAndUascChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"uasc"}},{"kind":"Field","name":{"kind":"Name","value":"uascCeasedOn"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"missingEpisodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advocate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startReason"}}]}}]}}]}}]} as unknown as DocumentNode<Ssda903MissingAndUascChildQuery, Ssda903MissingAndUascChildQueryVariables>;
export const Ssda903MissingAndUascMyChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ssda903MissingAndUascMyChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterNeeded"}}]}}]}}]} as unknown as DocumentNode<Ssda903MissingAndUascMyChildrenQuery, Ssda903MissingAndUascMyChildrenQueryVariables>;
export const Ssda903PeriodsBefore2018ImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ssda903PeriodsBefore2018Import"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssda903Import"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childrenCreated"}},{"kind":"Field","name":{"kind":"Name","value":"periodsOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"childrenAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<Ssda903PeriodsBefore2018ImportQuery, Ssda903PeriodsBefore2018ImportQueryVariables>;
export const Ssda903UploadFailuresImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ssda903UploadFailuresImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssda903Import"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"sameFilesAs"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childrenCreated"}},{"kind":"Field","name":{"kind":"Name","value":"childrenUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"childrenUnchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}}]}}]}}]}}]} as unknown as DocumentNode<Ssda903UploadFailuresImportQuery, Ssda903UploadFailuresImportQueryVariables>;
export const LaStaffStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LaStaffStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"laStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"managerName"}},{"kind":"Field","name":{"kind":"Name","value":"experienced"}},{"kind":"Field","name":{"kind":"Name","value":"isUser"}}]}}]}}]} as unknown as DocumentNode<LaStaffStaffQuery, LaStaffStaffQueryVariables>;
export const LaStaffAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LaStaffAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddLaStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addLaStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"managerName"}},{"kind":"Field","name":{"kind":"Name","value":"experienced"}},{"kind":"Field","name":{"kind":"Name","value":"isUser"}}]}}]}}]} as unknown as DocumentNode<LaStaffAddMutation, LaStaffAddMutationVariables>;
export const LiveThemesReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveThemesRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveThemesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveThemes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveThemesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveThemesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveThemes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breakdown"}},{"kind":"Field","name":{"kind":"Name","value":"fromOn"}},{"kind":"Field","name":{"kind":"Name","value":"toOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastYearFromOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastYearToOn"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveThemesReadQuery, LiveThemesReadQueryVariables>;
export const LiveThemesWarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveThemesWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themeWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThemeWarningsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThemeWarningsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThemeWarnings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minimum"}},{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breakdown"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"quarterFromOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"above"}}]}}]}}]} as unknown as DocumentNode<LiveThemesWarningsQuery, LiveThemesWarningsQueryVariables>;
export const ChildRecordScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChildRecordSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChildRecordScheduleMutation, ChildRecordScheduleMutationVariables>;
export const ChildRecordHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChildRecordHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChildRecordHoldMutation, ChildRecordHoldMutationVariables>;
export const ChildRecordDecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChildRecordDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeetingDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChildRecordDecideMutation, ChildRecordDecideMutationVariables>;
export const ChildRecordActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChildRecordAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChildRecordActionMutation, ChildRecordActionMutationVariables>;
export const ChildRecordCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChildRecordComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ChildRecordCompleteMutation, ChildRecordCompleteMutationVariables>;
export const ChildRecordReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildRecordRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingChildRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingChildRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"childGivenName"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"editedByName"}},{"kind":"Field","name":{"kind":"Name","value":"goneThroughOn"}},{"kind":"Field","name":{"kind":"Name","value":"childSaid"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]} as unknown as DocumentNode<ChildRecordReadQuery, ChildRecordReadQueryVariables>;
export const ChildRecordDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChildRecordDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftChildRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingChildRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"childGivenName"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"editedByName"}},{"kind":"Field","name":{"kind":"Name","value":"goneThroughOn"}},{"kind":"Field","name":{"kind":"Name","value":"childSaid"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]} as unknown as DocumentNode<ChildRecordDraftMutation, ChildRecordDraftMutationVariables>;
export const ChildRecordSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChildRecordSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveChildRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveChildRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingChildRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"childGivenName"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"editedByName"}},{"kind":"Field","name":{"kind":"Name","value":"goneThroughOn"}},{"kind":"Field","name":{"kind":"Name","value":"childSaid"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]} as unknown as DocumentNode<ChildRecordSaveMutation, ChildRecordSaveMutationVariables>;
export const ChildRecordGoneThroughDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChildRecordGoneThrough"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChildRecordGoneThroughInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildRecordGoneThrough"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingChildRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"childGivenName"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"editedByName"}},{"kind":"Field","name":{"kind":"Name","value":"goneThroughOn"}},{"kind":"Field","name":{"kind":"Name","value":"childSaid"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]} as unknown as DocumentNode<ChildRecordGoneThroughMutation, ChildRecordGoneThroughMutationVariables>;
export const LogisticsScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogisticsSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LogisticsScheduleMutation, LogisticsScheduleMutationVariables>;
export const LogisticsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LogisticsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingLogistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogisticsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogisticsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingLogistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"lengthMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"venueKind"}},{"kind":"Field","name":{"kind":"Name","value":"venueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"venueDetails"}},{"kind":"Field","name":{"kind":"Name","value":"childPreference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueKind"}},{"kind":"Field","name":{"kind":"Name","value":"venueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticeLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitationsFirstSentOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"papers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"sharedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canArrange"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordPreference"}}]}}]} as unknown as DocumentNode<LogisticsReadQuery, LogisticsReadQueryVariables>;
export const LogisticsSetTimeAndPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogisticsSetTimeAndPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMeetingLogisticsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMeetingTimeAndPlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogisticsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogisticsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingLogistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"lengthMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"venueKind"}},{"kind":"Field","name":{"kind":"Name","value":"venueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"venueDetails"}},{"kind":"Field","name":{"kind":"Name","value":"childPreference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueKind"}},{"kind":"Field","name":{"kind":"Name","value":"venueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticeLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitationsFirstSentOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"papers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"sharedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canArrange"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordPreference"}}]}}]} as unknown as DocumentNode<LogisticsSetTimeAndPlaceMutation, LogisticsSetTimeAndPlaceMutationVariables>;
export const LogisticsAddInviteeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogisticsAddInvitee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMeetingInviteeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMeetingInvitee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogisticsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogisticsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingLogistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"lengthMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"venueKind"}},{"kind":"Field","name":{"kind":"Name","value":"venueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"venueDetails"}},{"kind":"Field","name":{"kind":"Name","value":"childPreference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueKind"}},{"kind":"Field","name":{"kind":"Name","value":"venueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticeLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitationsFirstSentOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"papers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"sharedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canArrange"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordPreference"}}]}}]} as unknown as DocumentNode<LogisticsAddInviteeMutation, LogisticsAddInviteeMutationVariables>;
export const LogisticsSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogisticsSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMeetingInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogisticsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogisticsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingLogistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"lengthMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"venueKind"}},{"kind":"Field","name":{"kind":"Name","value":"venueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"venueDetails"}},{"kind":"Field","name":{"kind":"Name","value":"childPreference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueKind"}},{"kind":"Field","name":{"kind":"Name","value":"venueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticeLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitationsFirstSentOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"papers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"sharedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canArrange"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordPreference"}}]}}]} as unknown as DocumentNode<LogisticsSendMutation, LogisticsSendMutationVariables>;
export const LogisticsPreferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogisticsPreference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChildPreferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildMeetingPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogisticsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogisticsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingLogistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"lengthMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"venueKind"}},{"kind":"Field","name":{"kind":"Name","value":"venueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"venueDetails"}},{"kind":"Field","name":{"kind":"Name","value":"childPreference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueKind"}},{"kind":"Field","name":{"kind":"Name","value":"venueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticeLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitationsFirstSentOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"papers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"sharedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canArrange"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordPreference"}}]}}]} as unknown as DocumentNode<LogisticsPreferenceMutation, LogisticsPreferenceMutationVariables>;
export const LogisticsPapersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogisticsPapers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPapersSharedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeetingPapersShared"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogisticsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogisticsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingLogistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"lengthMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"venueKind"}},{"kind":"Field","name":{"kind":"Name","value":"venueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"venueDetails"}},{"kind":"Field","name":{"kind":"Name","value":"childPreference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueKind"}},{"kind":"Field","name":{"kind":"Name","value":"venueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticeLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitationsFirstSentOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"papers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"sharedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canArrange"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordPreference"}}]}}]} as unknown as DocumentNode<LogisticsPapersMutation, LogisticsPapersMutationVariables>;
export const PartsScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartsSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PartsScheduleMutation, PartsScheduleMutationVariables>;
export const PartsSelfRepresentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartsSelfRepresent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChildSelfRepresentationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildSelfRepresentation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PartsSelfRepresentMutation, PartsSelfRepresentMutationVariables>;
export const PartsHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartsHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PartsHoldMutation, PartsHoldMutationVariables>;
export const PartsDecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartsDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeetingDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<PartsDecideMutation, PartsDecideMutationVariables>;
export const PartsAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartsAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMeetingPartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMeetingPart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingParts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"accountableChairName"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"childAttended"}},{"kind":"Field","name":{"kind":"Name","value":"childChair"}},{"kind":"Field","name":{"kind":"Name","value":"chairedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"partTitle"}},{"kind":"Field","name":{"kind":"Name","value":"childMissed"}},{"kind":"Field","name":{"kind":"Name","value":"childTold"}},{"kind":"Field","name":{"kind":"Name","value":"toldOn"}},{"kind":"Field","name":{"kind":"Name","value":"toldByName"}},{"kind":"Field","name":{"kind":"Name","value":"childSaid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childNotYetTold"}},{"kind":"Field","name":{"kind":"Name","value":"canAddPart"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordBriefing"}}]}}]} as unknown as DocumentNode<PartsAddMutation, PartsAddMutationVariables>;
export const PartsBriefingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartsBriefing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMissedDecisionBriefingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMissedDecisionBriefing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingParts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"accountableChairName"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"childAttended"}},{"kind":"Field","name":{"kind":"Name","value":"childChair"}},{"kind":"Field","name":{"kind":"Name","value":"chairedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"partTitle"}},{"kind":"Field","name":{"kind":"Name","value":"childMissed"}},{"kind":"Field","name":{"kind":"Name","value":"childTold"}},{"kind":"Field","name":{"kind":"Name","value":"toldOn"}},{"kind":"Field","name":{"kind":"Name","value":"toldByName"}},{"kind":"Field","name":{"kind":"Name","value":"childSaid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childNotYetTold"}},{"kind":"Field","name":{"kind":"Name","value":"canAddPart"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordBriefing"}}]}}]} as unknown as DocumentNode<PartsBriefingMutation, PartsBriefingMutationVariables>;
export const PartsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingParts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingParts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"accountableChairName"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"childAttended"}},{"kind":"Field","name":{"kind":"Name","value":"childChair"}},{"kind":"Field","name":{"kind":"Name","value":"chairedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"partTitle"}},{"kind":"Field","name":{"kind":"Name","value":"childMissed"}},{"kind":"Field","name":{"kind":"Name","value":"childTold"}},{"kind":"Field","name":{"kind":"Name","value":"toldOn"}},{"kind":"Field","name":{"kind":"Name","value":"toldByName"}},{"kind":"Field","name":{"kind":"Name","value":"childSaid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childNotYetTold"}},{"kind":"Field","name":{"kind":"Name","value":"canAddPart"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordBriefing"}}]}}]} as unknown as DocumentNode<PartsReadQuery, PartsReadQueryVariables>;
export const PartsFamilyViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartsFamilyView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFamilyViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFamilyView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilyViewsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyViewsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingFamilyViews"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canRecord"}}]}}]} as unknown as DocumentNode<PartsFamilyViewMutation, PartsFamilyViewMutationVariables>;
export const PartsFamilyViewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartsFamilyViews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingFamilyViews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilyViewsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilyViewsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingFamilyViews"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canRecord"}}]}}]} as unknown as DocumentNode<PartsFamilyViewsQuery, PartsFamilyViewsQueryVariables>;
export const PartsChildViewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartsChildViews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<PartsChildViewsQuery, PartsChildViewsQueryVariables>;
export const AdvocateInputScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvocateInputSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdvocateInputScheduleMutation, AdvocateInputScheduleMutationVariables>;
export const AdvocateInputCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvocateInputComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdvocateInputCompleteMutation, AdvocateInputCompleteMutationVariables>;
export const AdvocateInputViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvocateInputView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChildViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdvocateInputViewMutation, AdvocateInputViewMutationVariables>;
export const AdvocateInputOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvocateInputOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOfferOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOfferOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AdvocateInputOutcomeMutation, AdvocateInputOutcomeMutationVariables>;
export const AdvocateInputHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvocateInputHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdvocateInputMeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdvocateInputMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childSelfRepresenting"}},{"kind":"Field","name":{"kind":"Name","value":"childOptedOut"}},{"kind":"Field","name":{"kind":"Name","value":"selfRepresentation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childWords"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"migratedFromChair"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advocateInputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"advocateName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"migratedFromChair"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"advocateInput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"advocateName"}}]}}]}}]}}]} as unknown as DocumentNode<AdvocateInputHoldMutation, AdvocateInputHoldMutationVariables>;
export const AdvocateInputDecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvocateInputDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeetingDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdvocateInputMeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdvocateInputMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childSelfRepresenting"}},{"kind":"Field","name":{"kind":"Name","value":"childOptedOut"}},{"kind":"Field","name":{"kind":"Name","value":"selfRepresentation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childWords"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"migratedFromChair"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advocateInputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"advocateName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"migratedFromChair"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"advocateInput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"advocateName"}}]}}]}}]}}]} as unknown as DocumentNode<AdvocateInputDecideMutation, AdvocateInputDecideMutationVariables>;
export const AdvocateInputAdvocateInputDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvocateInputAdvocateInput"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAdvocateInputInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAdvocateInput"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdvocateInputMeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdvocateInputMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childSelfRepresenting"}},{"kind":"Field","name":{"kind":"Name","value":"childOptedOut"}},{"kind":"Field","name":{"kind":"Name","value":"selfRepresentation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childWords"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"migratedFromChair"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advocateInputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"advocateName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"migratedFromChair"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"advocateInput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"advocateName"}}]}}]}}]}}]} as unknown as DocumentNode<AdvocateInputAdvocateInputMutation, AdvocateInputAdvocateInputMutationVariables>;
export const AdvocateInputSelfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvocateInputSelf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChildSelfRepresentationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildSelfRepresentation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdvocateInputMeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdvocateInputMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childSelfRepresenting"}},{"kind":"Field","name":{"kind":"Name","value":"childOptedOut"}},{"kind":"Field","name":{"kind":"Name","value":"selfRepresentation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childWords"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"migratedFromChair"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advocateInputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"advocateName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"migratedFromChair"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"advocateInput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"advocateName"}}]}}]}}]}}]} as unknown as DocumentNode<AdvocateInputSelfMutation, AdvocateInputSelfMutationVariables>;
export const AdvocateInputMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdvocateInputMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdvocateInputMeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdvocateInputMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childSelfRepresenting"}},{"kind":"Field","name":{"kind":"Name","value":"childOptedOut"}},{"kind":"Field","name":{"kind":"Name","value":"selfRepresentation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childWords"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"migratedFromChair"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advocateInputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"advocateName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"migratedFromChair"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"advocateInput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"advocateName"}}]}}]}}]}}]} as unknown as DocumentNode<AdvocateInputMeetingQuery, AdvocateInputMeetingQueryVariables>;
export const AdvocateInputTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdvocateInputTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingsForChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"childId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"advocateInput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdvocateInputTimelineQuery, AdvocateInputTimelineQueryVariables>;
export const LiveChildViewsScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveChildViewsSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LiveChildViewsScheduleMutation, LiveChildViewsScheduleMutationVariables>;
export const LiveChildViewsRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveChildViewsRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChildViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<LiveChildViewsRecordMutation, LiveChildViewsRecordMutationVariables>;
export const LiveChildViewsWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveChildViewsWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"viewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawChildViewSharing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"viewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"viewId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LiveChildViewsWithdrawMutation, LiveChildViewsWithdrawMutationVariables>;
export const LiveChildViewsMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveChildViewsMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<LiveChildViewsMeetingQuery, LiveChildViewsMeetingQueryVariables>;
export const MeetingsScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingsSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingsMeetingFields"}},{"kind":"Field","name":{"kind":"Name","value":"invitees"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingsMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participationCode"}},{"kind":"Field","name":{"kind":"Name","value":"childSelfRepresenting"}},{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"shareable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"advocateInput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}},{"kind":"Field","name":{"kind":"Name","value":"carryOvers"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionsToReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carryOvers"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}}]}}]}}]} as unknown as DocumentNode<MeetingsScheduleMutation, MeetingsScheduleMutationVariables>;
export const MeetingsViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingsView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChildViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingsMeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingsMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participationCode"}},{"kind":"Field","name":{"kind":"Name","value":"childSelfRepresenting"}},{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"shareable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"advocateInput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}},{"kind":"Field","name":{"kind":"Name","value":"carryOvers"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionsToReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carryOvers"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}}]}}]}}]} as unknown as DocumentNode<MeetingsViewMutation, MeetingsViewMutationVariables>;
export const MeetingsHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingsHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingsMeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingsMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participationCode"}},{"kind":"Field","name":{"kind":"Name","value":"childSelfRepresenting"}},{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"shareable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"advocateInput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}},{"kind":"Field","name":{"kind":"Name","value":"carryOvers"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionsToReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carryOvers"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}}]}}]}}]} as unknown as DocumentNode<MeetingsHoldMutation, MeetingsHoldMutationVariables>;
export const MeetingsActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingsAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingsMeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingsMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participationCode"}},{"kind":"Field","name":{"kind":"Name","value":"childSelfRepresenting"}},{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"shareable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"advocateInput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}},{"kind":"Field","name":{"kind":"Name","value":"carryOvers"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionsToReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carryOvers"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}}]}}]}}]} as unknown as DocumentNode<MeetingsActionMutation, MeetingsActionMutationVariables>;
export const MeetingsReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingsReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingsMeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingsMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participationCode"}},{"kind":"Field","name":{"kind":"Name","value":"childSelfRepresenting"}},{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"shareable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"advocateInput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}},{"kind":"Field","name":{"kind":"Name","value":"carryOvers"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionsToReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carryOvers"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}}]}}]}}]} as unknown as DocumentNode<MeetingsReviewMutation, MeetingsReviewMutationVariables>;
export const MeetingsCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingsComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingsMeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingsMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participationCode"}},{"kind":"Field","name":{"kind":"Name","value":"childSelfRepresenting"}},{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"shareable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"advocateInput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}},{"kind":"Field","name":{"kind":"Name","value":"carryOvers"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionsToReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carryOvers"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}}]}}]}}]} as unknown as DocumentNode<MeetingsCompleteMutation, MeetingsCompleteMutationVariables>;
export const MeetingsMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingsMeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingsMeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participationCode"}},{"kind":"Field","name":{"kind":"Name","value":"childSelfRepresenting"}},{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"shareable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"advocateInput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"input"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}},{"kind":"Field","name":{"kind":"Name","value":"carryOvers"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionsToReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carryOvers"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}}]}}]}}]} as unknown as DocumentNode<MeetingsMeetingQuery, MeetingsMeetingQueryVariables>;
export const MeetingsChildWordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsChildWords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childWords"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childWords"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingsChildWordsQuery, MeetingsChildWordsQueryVariables>;
export const MeetingsActionsNeedingAttentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsActionsNeedingAttention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionsNeedingAttention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}}]}}]}}]} as unknown as DocumentNode<MeetingsActionsNeedingAttentionQuery, MeetingsActionsNeedingAttentionQueryVariables>;
export const MeetingsTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingsForChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"childId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"carryOvers"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingsTimelineQuery, MeetingsTimelineQueryVariables>;
export const MeetingsNextDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsNextDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextMeetingDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"childId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]} as unknown as DocumentNode<MeetingsNextDueQuery, MeetingsNextDueQueryVariables>;
export const MeetingsOverdueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsOverdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}}]}}]}}]} as unknown as DocumentNode<MeetingsOverdueQuery, MeetingsOverdueQueryVariables>;
export const MeetingsNextDueRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsNextDueRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextMeetingDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"childId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]} as unknown as DocumentNode<MeetingsNextDueRuleQuery, MeetingsNextDueRuleQueryVariables>;
export const MonthDeadlineOnANonWorkingDayScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MonthDeadlineOnANonWorkingDaySchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MonthDeadlineOnANonWorkingDayScheduleMutation, MonthDeadlineOnANonWorkingDayScheduleMutationVariables>;
export const MonthDeadlineOnANonWorkingDayHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MonthDeadlineOnANonWorkingDayHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MonthDeadlineOnANonWorkingDayHoldMutation, MonthDeadlineOnANonWorkingDayHoldMutationVariables>;
export const MonthDeadlineOnANonWorkingDayCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MonthDeadlineOnANonWorkingDayComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MonthDeadlineOnANonWorkingDayCompleteMutation, MonthDeadlineOnANonWorkingDayCompleteMutationVariables>;
export const MonthDeadlineOnANonWorkingDayNextDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonthDeadlineOnANonWorkingDayNextDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextMeetingDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"childId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastWorkingDayBefore"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}}]}}]}}]} as unknown as DocumentNode<MonthDeadlineOnANonWorkingDayNextDueQuery, MonthDeadlineOnANonWorkingDayNextDueQueryVariables>;
export const MonthDeadlineOnANonWorkingDayOverdueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonthDeadlineOnANonWorkingDayOverdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastWorkingDayBefore"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}}]}}]}}]} as unknown as DocumentNode<MonthDeadlineOnANonWorkingDayOverdueQuery, MonthDeadlineOnANonWorkingDayOverdueQueryVariables>;
export const WithdrawViewSharingScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawViewSharingSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WithdrawViewSharingScheduleMutation, WithdrawViewSharingScheduleMutationVariables>;
export const WithdrawViewSharingRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawViewSharingRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChildViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WithdrawViewSharingViews"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawViewSharingViews"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"shareable"}},{"kind":"Field","name":{"kind":"Name","value":"sharingWithdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharingWithdrawnBy"}},{"kind":"Field","name":{"kind":"Name","value":"canWithdrawSharing"}}]}}]}}]} as unknown as DocumentNode<WithdrawViewSharingRecordMutation, WithdrawViewSharingRecordMutationVariables>;
export const WithdrawViewSharingWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawViewSharingWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"viewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawChildViewSharing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"viewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"viewId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WithdrawViewSharingViews"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawViewSharingViews"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"shareable"}},{"kind":"Field","name":{"kind":"Name","value":"sharingWithdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharingWithdrawnBy"}},{"kind":"Field","name":{"kind":"Name","value":"canWithdrawSharing"}}]}}]}}]} as unknown as DocumentNode<WithdrawViewSharingWithdrawMutation, WithdrawViewSharingWithdrawMutationVariables>;
export const WithdrawViewSharingMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WithdrawViewSharingMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WithdrawViewSharingViews"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WithdrawViewSharingViews"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"shareable"}},{"kind":"Field","name":{"kind":"Name","value":"sharingWithdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharingWithdrawnBy"}},{"kind":"Field","name":{"kind":"Name","value":"canWithdrawSharing"}}]}}]}}]} as unknown as DocumentNode<WithdrawViewSharingMeetingQuery, WithdrawViewSharingMeetingQueryVariables>;
export const PaperScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaperSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PaperScheduleMutation, PaperScheduleMutationVariables>;
export const PaperHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaperHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PaperHoldMutation, PaperHoldMutationVariables>;
export const PaperCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaperComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PaperCompleteMutation, PaperCompleteMutationVariables>;
export const PaperReviewReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaperReviewRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paperReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"childId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaperReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaperReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaperReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"afterMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastWorkingDayBefore"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStatus"}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"consultedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedOffOn"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"canRecord"}},{"kind":"Field","name":{"kind":"Name","value":"canSignOff"}}]}}]} as unknown as DocumentNode<PaperReviewReadQuery, PaperReviewReadQueryVariables>;
export const PaperConsultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaperConsult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaperReviewConsultationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPaperReviewConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaperReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaperReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaperReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"afterMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastWorkingDayBefore"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStatus"}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"consultedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedOffOn"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"canRecord"}},{"kind":"Field","name":{"kind":"Name","value":"canSignOff"}}]}}]} as unknown as DocumentNode<PaperConsultMutation, PaperConsultMutationVariables>;
export const PaperSignOffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaperSignOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffPaperReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffPaperReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaperReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaperReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaperReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"afterMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastWorkingDayBefore"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineStatus"}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"consultedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedOffOn"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"canRecord"}},{"kind":"Field","name":{"kind":"Name","value":"canSignOff"}}]}}]} as unknown as DocumentNode<PaperSignOffMutation, PaperSignOffMutationVariables>;
export const ProviderOversightOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderOversightOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"advocates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advocateId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"caseloadCap"}},{"kind":"Field","name":{"kind":"Name","value":"activeCaseload"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"overdueOffers"}},{"kind":"Field","name":{"kind":"Name","value":"pastContactStandard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childrenNeedingAttention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advocateId"}},{"kind":"Field","name":{"kind":"Name","value":"advocateName"}},{"kind":"Field","name":{"kind":"Name","value":"offerDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"offerWorkingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"contactOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeardAt"}},{"kind":"Field","name":{"kind":"Name","value":"contactSentence"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderOversightOverviewQuery, ProviderOversightOverviewQueryVariables>;
export const ProviderOversightMyChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderOversightMyChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contactStandard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentence"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderOversightMyChildrenQuery, ProviderOversightMyChildrenQueryVariables>;
export const ProviderOversightChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderOversightChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProviderOversightChildQuery, ProviderOversightChildQueryVariables>;
export const ProviderOversightReassignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProviderOversightReassign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReassignChildInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"advocateName"}}]}}]}}]} as unknown as DocumentNode<ProviderOversightReassignMutation, ProviderOversightReassignMutationVariables>;
export const RecordAccessHistoryChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordAccessHistoryChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordAccessHistoryChildQuery, RecordAccessHistoryChildQueryVariables>;
export const RecordAccessHistoryReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordAccessHistoryRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAccessHistoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAccessHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"childGivenName"}},{"kind":"Field","name":{"kind":"Name","value":"fromOn"}},{"kind":"Field","name":{"kind":"Name","value":"toOn"}},{"kind":"Field","name":{"kind":"Name","value":"overview"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roleInWords"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"accesses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"when"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"why"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordAccessHistoryReadQuery, RecordAccessHistoryReadQueryVariables>;
export const CorrectionsScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectionsSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CorrectionsScheduleMutation, CorrectionsScheduleMutationVariables>;
export const CorrectionsHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectionsHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CorrectionsHoldMutation, CorrectionsHoldMutationVariables>;
export const CorrectionsDecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectionsDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeetingDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<CorrectionsDecideMutation, CorrectionsDecideMutationVariables>;
export const CorrectionsActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectionsAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}}]}}]}}]}}]} as unknown as DocumentNode<CorrectionsActionMutation, CorrectionsActionMutationVariables>;
export const CorrectionsViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectionsView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChildViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<CorrectionsViewMutation, CorrectionsViewMutationVariables>;
export const CorrectionsContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectionsContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"privateNote"}}]}}]}}]} as unknown as DocumentNode<CorrectionsContactMutation, CorrectionsContactMutationVariables>;
export const CorrectionsAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectionsAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRecordCorrectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRecordCorrection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorrectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCorrection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemKind"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]} as unknown as DocumentNode<CorrectionsAddMutation, CorrectionsAddMutationVariables>;
export const CorrectionsOfChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorrectionsOfChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCorrections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"childId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorrectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCorrection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemKind"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]} as unknown as DocumentNode<CorrectionsOfChildQuery, CorrectionsOfChildQueryVariables>;
export const CorrectionsOnMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorrectionsOnMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorrectionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorrectionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorrectionFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCorrection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemKind"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]} as unknown as DocumentNode<CorrectionsOnMeetingQuery, CorrectionsOnMeetingQueryVariables>;
export const CorrectionsOnChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorrectionsOnChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorrectionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"childContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"childId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorrectionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorrectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCorrection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemKind"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]} as unknown as DocumentNode<CorrectionsOnChildQuery, CorrectionsOnChildQueryVariables>;
export const DisposalDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisposalDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordsDueForDisposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"retainUntil"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalHold"}},{"kind":"Field","name":{"kind":"Name","value":"noticeGivenOn"}},{"kind":"Field","name":{"kind":"Name","value":"disposableFrom"}}]}}]}}]} as unknown as DocumentNode<DisposalDueQuery, DisposalDueQueryVariables>;
export const DisposalRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisposalRegister"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDisposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"noticeGivenOn"}},{"kind":"Field","name":{"kind":"Name","value":"disposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"anonymised"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]}}]}}]} as unknown as DocumentNode<DisposalRegisterQuery, DisposalRegisterQueryVariables>;
export const DisposalChildReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisposalChildRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]} as unknown as DocumentNode<DisposalChildReadQuery, DisposalChildReadQueryVariables>;
export const DisposalDpoChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisposalDpoChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataProtectionChildren"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childId"}}]}}]}}]}}]} as unknown as DocumentNode<DisposalDpoChildrenQuery, DisposalDpoChildrenQueryVariables>;
export const RetentionOfChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetentionOfChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetentionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRetention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retainUntil"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfDeath"}},{"kind":"Field","name":{"kind":"Name","value":"legalHold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"placedOn"}},{"kind":"Field","name":{"kind":"Name","value":"placedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]} as unknown as DocumentNode<RetentionOfChildQuery, RetentionOfChildQueryVariables>;
export const RetentionRecordDeathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetentionRecordDeath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChildDeathInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildDeath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetentionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRetention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retainUntil"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfDeath"}},{"kind":"Field","name":{"kind":"Name","value":"legalHold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"placedOn"}},{"kind":"Field","name":{"kind":"Name","value":"placedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]} as unknown as DocumentNode<RetentionRecordDeathMutation, RetentionRecordDeathMutationVariables>;
export const RetentionPlaceHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetentionPlaceHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LegalHoldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeLegalHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetentionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRetention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retainUntil"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfDeath"}},{"kind":"Field","name":{"kind":"Name","value":"legalHold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"placedOn"}},{"kind":"Field","name":{"kind":"Name","value":"placedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]} as unknown as DocumentNode<RetentionPlaceHoldMutation, RetentionPlaceHoldMutationVariables>;
export const RetentionLiftHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetentionLiftHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LegalHoldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liftLegalHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RetentionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RetentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRetention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retainUntil"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfDeath"}},{"kind":"Field","name":{"kind":"Name","value":"legalHold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"placedOn"}},{"kind":"Field","name":{"kind":"Name","value":"placedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]} as unknown as DocumentNode<RetentionLiftHoldMutation, RetentionLiftHoldMutationVariables>;
export const ReportJobsAnnualReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportJobsAnnualReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"generatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"checksum"}}]}}]}}]} as unknown as DocumentNode<ReportJobsAnnualReportsQuery, ReportJobsAnnualReportsQueryVariables>;
export const ReportJobsAnnualReportPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportJobsAnnualReportPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<ReportJobsAnnualReportPeriodQuery, ReportJobsAnnualReportPeriodQueryVariables>;
export const NationalSeedMyChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalSeedMyChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"advocate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<NationalSeedMyChildrenQuery, NationalSeedMyChildrenQueryVariables>;
export const NationalSeedLaChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalSeedLaChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"laChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<NationalSeedLaChildrenQuery, NationalSeedLaChildrenQueryVariables>;
export const NationalSeedLiveThemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalSeedLiveThemes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveThemesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveThemes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveThemesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveThemesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveThemes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breakdown"}},{"kind":"Field","name":{"kind":"Name","value":"fromOn"}},{"kind":"Field","name":{"kind":"Name","value":"toOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastYearFromOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastYearToOn"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NationalSeedLiveThemesQuery, NationalSeedLiveThemesQueryVariables>;
export const SubjectAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubjectAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSubjectAccessExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"childId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubjectAccessExportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubjectAccessExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectAccessExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}}]} as unknown as DocumentNode<SubjectAccessRequestMutation, SubjectAccessRequestMutationVariables>;
export const SubjectAccessOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectAccessOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectAccessExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubjectAccessExportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubjectAccessExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectAccessExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}}]} as unknown as DocumentNode<SubjectAccessOneQuery, SubjectAccessOneQueryVariables>;
export const SubjectAccessMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectAccessMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySubjectAccessExports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubjectAccessExportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubjectAccessExportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectAccessExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}}]} as unknown as DocumentNode<SubjectAccessMineQuery, SubjectAccessMineQueryVariables>;
export const ThemeAnswersPutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ThemeAnswersPut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PutThemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"putThemeToLocalAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThemeRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThemeRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThemeRequestType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthorityId"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthorityName"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"themeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"putOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"willDo"}},{"kind":"Field","name":{"kind":"Name","value":"byWhen"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]} as unknown as DocumentNode<ThemeAnswersPutMutation, ThemeAnswersPutMutationVariables>;
export const ThemeAnswersAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ThemeAnswersAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerThemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerTheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThemeRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThemeRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThemeRequestType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthorityId"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthorityName"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"themeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"putOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"willDo"}},{"kind":"Field","name":{"kind":"Name","value":"byWhen"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]} as unknown as DocumentNode<ThemeAnswersAnswerMutation, ThemeAnswersAnswerMutationVariables>;
export const ThemeAnswersAddFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ThemeAnswersAddFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddThemeFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addThemeFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThemeRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThemeRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThemeRequestType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthorityId"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthorityName"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"themeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"putOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"willDo"}},{"kind":"Field","name":{"kind":"Name","value":"byWhen"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]} as unknown as DocumentNode<ThemeAnswersAddFollowUpMutation, ThemeAnswersAddFollowUpMutationVariables>;
export const ThemeAnswersCompleteFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ThemeAnswersCompleteFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"followUpId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeThemeFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"followUpId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"followUpId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThemeRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThemeRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThemeRequestType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthorityId"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthorityName"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"themeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"putOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"willDo"}},{"kind":"Field","name":{"kind":"Name","value":"byWhen"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]} as unknown as DocumentNode<ThemeAnswersCompleteFollowUpMutation, ThemeAnswersCompleteFollowUpMutationVariables>;
export const ThemeAnswersListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThemeAnswersList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThemeRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThemeRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThemeRequestType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthorityId"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthorityName"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"themeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"putOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"willDo"}},{"kind":"Field","name":{"kind":"Name","value":"byWhen"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]} as unknown as DocumentNode<ThemeAnswersListQuery, ThemeAnswersListQueryVariables>;
export const ThemeAnswersOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThemeAnswersOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themeRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThemeRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThemeRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ThemeRequestType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthorityId"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthorityName"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"themeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"putOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"willDo"}},{"kind":"Field","name":{"kind":"Name","value":"byWhen"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCommands"}}]}}]} as unknown as DocumentNode<ThemeAnswersOneQuery, ThemeAnswersOneQueryVariables>;
export const ThemeAnswersLocalAuthoritiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThemeAnswersLocalAuthorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themeLocalAuthorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ThemeAnswersLocalAuthoritiesQuery, ThemeAnswersLocalAuthoritiesQueryVariables>;
export const YouSaidWeDidScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YouSaidWeDidSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<YouSaidWeDidScheduleMutation, YouSaidWeDidScheduleMutationVariables>;
export const YouSaidWeDidRecordViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YouSaidWeDidRecordView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChildViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<YouSaidWeDidRecordViewMutation, YouSaidWeDidRecordViewMutationVariables>;
export const YouSaidWeDidListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YouSaidWeDidList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youSaidWeDid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"childId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YouSaidWeDidItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YouSaidWeDidItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YouSaidWeDidItemType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewId"}},{"kind":"Field","name":{"kind":"Name","value":"said"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"showToChild"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"forChild"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youSaid"}},{"kind":"Field","name":{"kind":"Name","value":"weDid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maySetOutcome"}}]}}]} as unknown as DocumentNode<YouSaidWeDidListQuery, YouSaidWeDidListQueryVariables>;
export const YouSaidWeDidSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YouSaidWeDidSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetViewOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setViewOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YouSaidWeDidItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YouSaidWeDidItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YouSaidWeDidItemType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewId"}},{"kind":"Field","name":{"kind":"Name","value":"said"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"showToChild"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"forChild"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"youSaid"}},{"kind":"Field","name":{"kind":"Name","value":"weDid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maySetOutcome"}}]}}]} as unknown as DocumentNode<YouSaidWeDidSetMutation, YouSaidWeDidSetMutationVariables>;
export const MatrixStickDecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixStickDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeetingDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixStickDecideMutation, MatrixStickDecideMutationVariables>;
export const MatrixRecordActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixRecordAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixRecordActionMutation, MatrixRecordActionMutationVariables>;
export const MatrixInviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixInviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixInviteUserMutation, MatrixInviteUserMutationVariables>;
export const MatrixRaiseSafeguardingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixRaiseSafeguarding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseSafeguardingConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseSafeguardingConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixRaiseSafeguardingMutation, MatrixRaiseSafeguardingMutationVariables>;
export const MatrixChildOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixChildOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixChildOfferQuery, MatrixChildOfferQueryVariables>;
export const TestLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<TestLoginMutation, TestLoginMutationVariables>;
export const TestLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<TestLogoutMutation, TestLogoutMutationVariables>;
export const TestMeIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestMeId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TestMeIdQuery, TestMeIdQueryVariables>;
export const TestRefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestRefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<TestRefreshSessionMutation, TestRefreshSessionMutationVariables>;
export const TestConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernLadderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConcernLadderFields"}}]}}]} as unknown as DocumentNode<TestConcernQuery, TestConcernQueryVariables>;
export const TestRaiseConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestRaiseConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernLadderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConcernLadderFields"}}]}}]} as unknown as DocumentNode<TestRaiseConcernMutation, TestRaiseConcernMutationVariables>;
export const TestEscalateConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestEscalateConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalateConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernLadderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConcernLadderFields"}}]}}]} as unknown as DocumentNode<TestEscalateConcernMutation, TestEscalateConcernMutationVariables>;
export const TestRespondToConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestRespondToConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernLadderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConcernLadderFields"}}]}}]} as unknown as DocumentNode<TestRespondToConcernMutation, TestRespondToConcernMutationVariables>;
export const TestAddConcernNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestAddConcernNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConcernNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addConcernNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernLadderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConcernLadderFields"}}]}}]} as unknown as DocumentNode<TestAddConcernNoteMutation, TestAddConcernNoteMutationVariables>;
export const TestTriageConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestTriageConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConcernNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernLadderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConcernLadderFields"}}]}}]} as unknown as DocumentNode<TestTriageConcernMutation, TestTriageConcernMutationVariables>;
export const TestRequestConcernInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestRequestConcernInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestInformationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestConcernInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernLadderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConcernLadderFields"}}]}}]} as unknown as DocumentNode<TestRequestConcernInformationMutation, TestRequestConcernInformationMutationVariables>;
export const TestApplyToCourtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestApplyToCourt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyToCourtInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToCourt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernLadderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConcernLadderFields"}}]}}]} as unknown as DocumentNode<TestApplyToCourtMutation, TestApplyToCourtMutationVariables>;
export const TestRecordCourtHearingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestRecordCourtHearing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordHearingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCourtHearing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernLadderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConcernLadderFields"}}]}}]} as unknown as DocumentNode<TestRecordCourtHearingMutation, TestRecordCourtHearingMutationVariables>;
export const TestRecordChildCourtRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestRecordChildCourtRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCourtRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildCourtRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernLadderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConcernLadderFields"}}]}}]} as unknown as DocumentNode<TestRecordChildCourtRequestMutation, TestRecordChildCourtRequestMutationVariables>;
export const TestRecordAdvocateAtHearingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestRecordAdvocateAtHearing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvocateAtHearingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAdvocateAtHearing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernLadderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConcernLadderFields"}}]}}]} as unknown as DocumentNode<TestRecordAdvocateAtHearingMutation, TestRecordAdvocateAtHearingMutationVariables>;
export const TestResolveConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestResolveConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestConcernFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConcernLadderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"courtOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderSought"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDates"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"needsAtRiskReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestConcernFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concern"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAtStage"}},{"kind":"Field","name":{"kind":"Name","value":"informationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"triaged"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConcernLadderFields"}}]}}]} as unknown as DocumentNode<TestResolveConcernMutation, TestResolveConcernMutationVariables>;
export const TestSaveVisitDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestSaveVisitDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveVisitDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveHomeVisitDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TestSaveVisitDraftMutation, TestSaveVisitDraftMutationVariables>;
export const TestSubmitVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestSubmitVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitHomeVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visitOn"}},{"kind":"Field","name":{"kind":"Name","value":"sharedVoices"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"drift"}},{"kind":"Field","name":{"kind":"Name","value":"carryOvers"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TestSubmitVisitMutation, TestSubmitVisitMutationVariables>;
export const TestSsda903ImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestSsda903Import"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssda903Import"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sameFilesAs"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportCountsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestImportRejection"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childrenCreated"}},{"kind":"Field","name":{"kind":"Name","value":"childrenUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"childrenUnchanged"}},{"kind":"Field","name":{"kind":"Name","value":"periodsOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"childrenAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"childrenQueued"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentsEnded"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"shortBreaksSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestImportRejection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRejection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<TestSsda903ImportQuery, TestSsda903ImportQueryVariables>;
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
export const TestGenerateReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestGenerateReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateAnnualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TestGenerateReportMutation, TestGenerateReportMutationVariables>;
export const TestReportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestReportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}}]}}]}}]} as unknown as DocumentNode<TestReportJobQuery, TestReportJobQueryVariables>;
export const TestRecordTriggerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestRecordTrigger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTriggerEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTriggerEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"advocate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestRecordTriggerMutation, TestRecordTriggerMutationVariables>;
export const TestRecordLeftCareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestRecordLeftCare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLeftCareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeftCare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<TestRecordLeftCareMutation, TestRecordLeftCareMutationVariables>;
export const ReportDatasetOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportDatasetOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOfferOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOfferOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportDatasetOutcomeMutation, ReportDatasetOutcomeMutationVariables>;
export const ReportDatasetOptBackInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportDatasetOptBackIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOptBackInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOptBackIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportDatasetOptBackInMutation, ReportDatasetOptBackInMutationVariables>;
export const SeedRecordMeetingDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedRecordMeetingDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeetingDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedRecordMeetingDecisionMutation, SeedRecordMeetingDecisionMutationVariables>;
export const SeedRecordContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedRecordContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedRecordContactMutation, SeedRecordContactMutationVariables>;
export const SeedStickDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedStickDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeetingDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<SeedStickDecisionMutation, SeedStickDecisionMutationVariables>;
export const SeedStickImplementByDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedStickImplementBy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDecisionImplementByInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDecisionImplementBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}}]}}]}}]} as unknown as DocumentNode<SeedStickImplementByMutation, SeedStickImplementByMutationVariables>;
export const SeedRecordChildSelfRepresentationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedRecordChildSelfRepresentation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChildSelfRepresentationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildSelfRepresentation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedRecordChildSelfRepresentationMutation, SeedRecordChildSelfRepresentationMutationVariables>;
export const SeedLookAtChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeedLookAtChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedLookAtChildQuery, SeedLookAtChildQueryVariables>;
export const SeedDisposalDeathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedDisposalDeath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChildDeathInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildDeath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retainUntil"}}]}}]}}]} as unknown as DocumentNode<SeedDisposalDeathMutation, SeedDisposalDeathMutationVariables>;
export const SeedDisposalHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedDisposalHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LegalHoldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeLegalHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]} as unknown as DocumentNode<SeedDisposalHoldMutation, SeedDisposalHoldMutationVariables>;
export const SeedWithdrawSafeguardingConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedWithdrawSafeguardingConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SeedWithdrawSafeguardingConcernMutation, SeedWithdrawSafeguardingConcernMutationVariables>;
export const SeedSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<SeedSignInMutation, SeedSignInMutationVariables>;
export const SeedMyChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeedMyChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SeedMyChildrenQuery, SeedMyChildrenQueryVariables>;
export const SeedLaStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeedLaStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"laStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<SeedLaStaffQuery, SeedLaStaffQueryVariables>;
export const SeedMeetingOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeedMeetingOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"laChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"laStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<SeedMeetingOptionsQuery, SeedMeetingOptionsQueryVariables>;
export const SeedMeetingActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeedMeetingActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SeedMeetingActionsQuery, SeedMeetingActionsQueryVariables>;
export const SeedScheduleMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedScheduleMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedScheduleMeetingMutation, SeedScheduleMeetingMutationVariables>;
export const SeedHoldMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedHoldMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedHoldMeetingMutation, SeedHoldMeetingMutationVariables>;
export const SeedHoldMeetingToReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedHoldMeetingToReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeedMeetingToReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeedMeetingToReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"actionsToReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedHoldMeetingToReviewMutation, SeedHoldMeetingToReviewMutationVariables>;
export const SeedReviewActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedReviewAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeedMeetingToReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeedMeetingToReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"actionsToReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedReviewActionMutation, SeedReviewActionMutationVariables>;
export const SeedCompleteMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedCompleteMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeedMeetingToReview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeedMeetingToReview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"actionsToReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedCompleteMeetingMutation, SeedCompleteMeetingMutationVariables>;
export const SeedRaiseConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedRaiseConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedRaiseConcernMutation, SeedRaiseConcernMutationVariables>;
export const SeedWithdrawConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedWithdrawConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedWithdrawConcernMutation, SeedWithdrawConcernMutationVariables>;
export const SeedRecordTriggerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedRecordTrigger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTriggerEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTriggerEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"advocate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<SeedRecordTriggerMutation, SeedRecordTriggerMutationVariables>;
export const SeedRecordOfferOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedRecordOfferOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOfferOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOfferOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedRecordOfferOutcomeMutation, SeedRecordOfferOutcomeMutationVariables>;
export const SeedRecordChildViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedRecordChildView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChildViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"views"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<SeedRecordChildViewMutation, SeedRecordChildViewMutationVariables>;
export const SeedWithdrawChildViewSharingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedWithdrawChildViewSharing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"viewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawChildViewSharing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"viewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"viewId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeedWithdrawChildViewSharingMutation, SeedWithdrawChildViewSharingMutationVariables>;
export const SeedRecordActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedRecordAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}}]}}]}}]}}]} as unknown as DocumentNode<SeedRecordActionMutation, SeedRecordActionMutationVariables>;