import 'reflect-metadata';
import {
  ACTION_COMMAND_ROLES,
  CHILD_CHANNEL_COMMAND_ROLES,
  CHILD_COMMAND_ROLES,
  CHILD_RECORD_COMMAND_ROLES,
  CHILD_VIEW_COMMAND_ROLES,
  CONTACT_COMMAND_ROLES,
  COMMAND_ROLES,
  type CommandRoles,
  MEETING_COMMAND_ROLES,
  MEETING_PARTS_COMMAND_ROLES,
  OFFER_COMMAND_ROLES,
  RECORD_CORRECTION_COMMAND_ROLES,
  ORGANISATION_ADMIN_COMMAND_ROLES,
  RECORD_RETENTION_COMMAND_ROLES,
  type Role,
  SAFEGUARDING_COMMAND_ROLES,
  USER_ADMIN_COMMAND_ROLES,
  VISIT_COMMAND_ROLES,
  YOU_SAID_WE_DID_COMMAND_ROLES,
} from '@heard/domain';
import { ALLOW_METADATA, type Permission } from '../common/decorators/allow.decorator';
import { AdvocatesResolver } from './advocates/advocates.resolver';
import { ChildChannelResolver } from './child-channel/child-channel.resolver';
import { ContactsResolver } from './contacts/contacts.resolver';
import { EscalationsResolver } from './escalations/escalations.resolver';
import { HomeVisitsResolver } from './home-visits/home-visits.resolver';
import { LaStaffResolver } from './la-staff/la-staff.resolver';
import { MeetingChildRecordsResolver } from './meeting-child-record/meeting-child-records.resolver';
import { RecordRetentionResolver } from './record-retention/record-retention.resolver';
import { FamilyViewsResolver } from './meeting-parts/family-views.resolver';
import { MeetingPartsResolver } from './meeting-parts/meeting-parts.resolver';
import { MeetingsResolver } from './meetings/meetings.resolver';
import { OffersResolver } from './offers/offers.resolver';
import { OrganisationsResolver } from './organisations/organisations.resolver';
import { RecordCorrectionsResolver } from './record-corrections/record-corrections.resolver';
import { RepresentationsResolver } from './representations/representations.resolver';
import { SafeguardingResolver } from './escalations/safeguarding.resolver';
import { TriggersResolver } from './triggers/triggers.resolver';
import { UserAdminResolver } from './user-admin/user-admin.resolver';
import { YouSaidWeDidResolver } from './you-said-we-did/you-said-we-did.resolver';

type ResolverClass = abstract new (...args: never[]) => object;

/** Each command of a feature and the operation that carries it out. */
interface CommandOperations<C extends string> {
  feature: string;
  table: CommandRoles<C>;
  operations: Readonly<Record<C, Operation>>;
}

interface Operation {
  resolver: ResolverClass;
  method: string;
}

/** A feature's commands, each with the roles the domain gives it and the operation that carries it out. */
interface Checked {
  feature: string;
  table: Readonly<Record<string, readonly Role[]>>;
  operations: Readonly<Record<string, Operation>>;
}

const on = (resolver: ResolverClass, method: string): Operation => ({ resolver, method });
const feature = <C extends string>(f: CommandOperations<C>): Checked => f;

const FEATURES: readonly Checked[] = [
  feature({
    feature: 'concern',
    table: COMMAND_ROLES,
    operations: {
      RESPOND: on(EscalationsResolver, 'respondToConcern'),
      ESCALATE: on(EscalationsResolver, 'escalateConcern'),
      RESOLVE: on(EscalationsResolver, 'resolveConcern'),
      WITHDRAW: on(EscalationsResolver, 'withdrawConcern'),
      TRIAGE: on(EscalationsResolver, 'triageConcern'),
      REQUEST_INFORMATION: on(EscalationsResolver, 'requestConcernInformation'),
      APPLY_TO_COURT: on(EscalationsResolver, 'applyToCourt'),
      RECORD_HEARING: on(EscalationsResolver, 'recordCourtHearing'),
      CHILD_ASKS_ADVOCATE_TO_ATTEND: on(EscalationsResolver, 'recordChildCourtRequest'),
      ADVOCATE_AT_HEARING: on(EscalationsResolver, 'recordAdvocateAtHearing'),
      ADD_EVIDENCE: on(EscalationsResolver, 'addConcernNote'),
    },
  }),
  feature({
    feature: 'meeting',
    table: MEETING_COMMAND_ROLES,
    operations: {
      RECORD_CHILD_VIEW: on(MeetingsResolver, 'recordChildView'),
      RECORD_ADVOCATE_INPUT: on(RepresentationsResolver, 'recordAdvocateInput'),
      RECORD_SELF_REPRESENTATION: on(RepresentationsResolver, 'recordChildSelfRepresentation'),
      HOLD: on(MeetingsResolver, 'holdMeeting'),
      RECORD_DECISION: on(MeetingsResolver, 'recordMeetingDecision'),
      RECORD_ACTION: on(MeetingsResolver, 'recordAction'),
      COMPLETE: on(MeetingsResolver, 'completeMeeting'),
    },
  }),
  feature({
    feature: 'meeting action',
    table: ACTION_COMMAND_ROLES,
    operations: { REVIEW: on(MeetingsResolver, 'reviewAction'), RAISE_CONCERN: on(EscalationsResolver, 'raiseConcern') },
  }),
  feature({
    feature: 'child view',
    table: CHILD_VIEW_COMMAND_ROLES,
    operations: { WITHDRAW_SHARING: on(MeetingsResolver, 'withdrawChildViewSharing') },
  }),
  feature({
    feature: 'offer',
    table: OFFER_COMMAND_ROLES,
    operations: { RECORD_OUTCOME: on(OffersResolver, 'recordOfferOutcome'), OPT_BACK_IN: on(OffersResolver, 'recordOptBackIn') },
  }),
  feature({
    feature: 'home visit',
    table: VISIT_COMMAND_ROLES,
    operations: { SAVE_DRAFT: on(HomeVisitsResolver, 'saveHomeVisitDraft'), SUBMIT: on(HomeVisitsResolver, 'submitHomeVisit') },
  }),
  feature({
    feature: 'user administration',
    table: USER_ADMIN_COMMAND_ROLES,
    operations: {
      LIST: on(UserAdminResolver, 'users'),
      INVITE: on(UserAdminResolver, 'inviteUser'),
      CHANGE_ROLE: on(UserAdminResolver, 'changeUserRole'),
      DEACTIVATE: on(UserAdminResolver, 'deactivateUser'),
      REACTIVATE: on(UserAdminResolver, 'reactivateUser'),
      UNLOCK: on(UserAdminResolver, 'unlockUser'),
      FORCE_PASSWORD_RESET: on(UserAdminResolver, 'forcePasswordReset'),
    },
  }),
  feature({
    feature: 'organisation admin',
    table: ORGANISATION_ADMIN_COMMAND_ROLES,
    operations: {
      VIEW_LOCAL_AUTHORITIES: on(OrganisationsResolver, 'localAuthorities'),
      CREATE_LOCAL_AUTHORITY: on(OrganisationsResolver, 'createLocalAuthority'),
      RENAME_LOCAL_AUTHORITY: on(OrganisationsResolver, 'renameLocalAuthority'),
      CREATE_PROVIDER: on(OrganisationsResolver, 'createAdvocacyProvider'),
      RENAME_PROVIDER: on(OrganisationsResolver, 'renameAdvocacyProvider'),
      SET_PROVIDER_COVERAGE: on(OrganisationsResolver, 'setProviderCoverage'),
      VIEW_ADVOCATES: on(AdvocatesResolver, 'advocateProfiles'),
      UPDATE_ADVOCATE: on(AdvocatesResolver, 'updateAdvocate'),
      VIEW_LA_STAFF: on(LaStaffResolver, 'laStaffOf'),
      ADD_LA_STAFF: on(LaStaffResolver, 'addLaStaffMemberToLa'),
      UPDATE_LA_STAFF: on(LaStaffResolver, 'updateLaStaffMember'),
    },
  }),
  feature({
    feature: 'child',
    table: CHILD_COMMAND_ROLES,
    operations: { RECORD_PLACEMENT_CHANGE: on(TriggersResolver, 'recordPlacementChange'), RECORD_LEFT_CARE: on(TriggersResolver, 'recordLeftCare') },
  }),
  feature({
    feature: 'you said, we did',
    table: YOU_SAID_WE_DID_COMMAND_ROLES,
    operations: { SET_OUTCOME: on(YouSaidWeDidResolver, 'setViewOutcome') },
  }),
  feature({
    feature: "child's meeting record",
    table: CHILD_RECORD_COMMAND_ROLES,
    operations: {
      DRAFT: on(MeetingChildRecordsResolver, 'draftChildRecord'),
      SAVE: on(MeetingChildRecordsResolver, 'saveChildRecord'),
      RECORD_GONE_THROUGH: on(MeetingChildRecordsResolver, 'recordChildRecordGoneThrough'),
    },
  }),
  feature({
    feature: "how long a child's record is kept",
    table: RECORD_RETENTION_COMMAND_ROLES,
    operations: {
      RECORD_DEATH: on(RecordRetentionResolver, 'recordChildDeath'),
      PLACE_LEGAL_HOLD: on(RecordRetentionResolver, 'placeLegalHold'),
      LIFT_LEGAL_HOLD: on(RecordRetentionResolver, 'liftLegalHold'),
    },
  }),
  feature({
    feature: 'child channel',
    table: CHILD_CHANNEL_COMMAND_ROLES,
    operations: {
      CREATE_LINK: on(ChildChannelResolver, 'createChildChannelLink'),
      REVOKE_LINK: on(ChildChannelResolver, 'revokeChildChannelLink'),
      READ_MESSAGES: on(ChildChannelResolver, 'childChannel'),
      MARK_REPLIED: on(ChildChannelResolver, 'markChildMessageReplied'),
    },
  }),
  feature({
    feature: 'meeting parts and family views',
    table: MEETING_PARTS_COMMAND_ROLES,
    operations: {
      ADD_PART: on(MeetingPartsResolver, 'addMeetingPart'),
      RECORD_MISSED_DECISION_BRIEFING: on(MeetingPartsResolver, 'recordMissedDecisionBriefing'),
      RECORD_FAMILY_VIEW: on(FamilyViewsResolver, 'recordFamilyView'),
    },
  }),
  feature({ feature: 'contact', table: CONTACT_COMMAND_ROLES, operations: { RECORD: on(ContactsResolver, 'recordContact') } }),
  feature({ feature: 'record correction', table: RECORD_CORRECTION_COMMAND_ROLES, operations: { ADD: on(RecordCorrectionsResolver, 'addRecordCorrection') } }),
  feature({
    feature: 'safeguarding',
    table: SAFEGUARDING_COMMAND_ROLES,
    operations: {
      RAISE: on(SafeguardingResolver, 'raiseSafeguardingConcern'),
      VIEW_WAITING: on(SafeguardingResolver, 'safeguardingAlertsWaiting'),
      ACKNOWLEDGE: on(SafeguardingResolver, 'acknowledgeSafeguardingAlert'),
      VIEW_CONTACT: on(SafeguardingResolver, 'safeguardingContact'),
      SET_CONTACT: on(SafeguardingResolver, 'setSafeguardingContact'),
    },
  }),
];

function allowedRoles(resolver: ResolverClass, method: string): readonly Role[] {
  const handler: unknown = Object.getOwnPropertyDescriptor(resolver.prototype, method)?.value;
  if (typeof handler !== 'function') throw new Error(`${resolver.name} has no operation ${method}`);
  const permission = Reflect.getMetadata(ALLOW_METADATA, handler) as Permission | undefined;
  if (permission?.kind !== 'roles') throw new Error(`${resolver.name}.${method} has no @Allow roles`);
  return permission.roles;
}

const cases = FEATURES.flatMap((f) =>
  Object.entries(f.operations).map(([command, op]) => [f.feature, command, `${op.resolver.name}.${op.method}`, f.table[command] ?? [], op] as const),
);

describe("the resolvers' @Allow lists are the domain's command roles", () => {
  it.each(cases)('%s %s: %s allows exactly its roles', (_feature, _command, _operation, roles, op) => {
    expect([...allowedRoles(op.resolver, op.method)].sort()).toEqual([...roles].sort());
  });

  it.each(FEATURES.map((f) => [f.feature, f] as const))('every %s command has an operation', (_feature, f) => {
    expect(Object.keys(f.operations).sort()).toEqual(Object.keys(f.table).sort());
  });
});
