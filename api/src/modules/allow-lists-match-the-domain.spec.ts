import 'reflect-metadata';
import {
  ACTION_COMMAND_ROLES,
  COMMAND_ROLES,
  type CommandRoles,
  MEETING_COMMAND_ROLES,
  OFFER_COMMAND_ROLES,
  type Role,
  VISIT_COMMAND_ROLES,
} from '@heard/domain';
import { ALLOW_METADATA, type Permission } from '../common/decorators/allow.decorator';
import { EscalationsResolver } from './escalations/escalations.resolver';
import { HomeVisitsResolver } from './home-visits/home-visits.resolver';
import { MeetingsResolver } from './meetings/meetings.resolver';
import { OffersResolver } from './offers/offers.resolver';
import { RepresentationsResolver } from './representations/representations.resolver';

type ResolverClass = abstract new (...args: never[]) => object;

/** Each command of a feature and the operation that carries it out. */
interface CommandOperations<C extends string> {
  feature: string;
  table: CommandRoles<C>;
  operations: Readonly<Record<C, { resolver: ResolverClass; method: string }>>;
}

const on = (resolver: ResolverClass, method: string) => ({ resolver, method });

const FEATURES = [
  {
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
  },
  {
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
  },
  {
    feature: 'meeting action',
    table: ACTION_COMMAND_ROLES,
    operations: { REVIEW: on(MeetingsResolver, 'reviewAction'), RAISE_CONCERN: on(EscalationsResolver, 'raiseConcern') },
  },
  {
    feature: 'offer',
    table: OFFER_COMMAND_ROLES,
    operations: { RECORD_OUTCOME: on(OffersResolver, 'recordOfferOutcome'), OPT_BACK_IN: on(OffersResolver, 'recordOptBackIn') },
  },
  {
    feature: 'home visit',
    table: VISIT_COMMAND_ROLES,
    operations: { SAVE_DRAFT: on(HomeVisitsResolver, 'saveHomeVisitDraft'), SUBMIT: on(HomeVisitsResolver, 'submitHomeVisit') },
  },
] satisfies ReadonlyArray<CommandOperations<string>>;

function allowedRoles(resolver: ResolverClass, method: string): readonly Role[] {
  const handler: unknown = Object.getOwnPropertyDescriptor(resolver.prototype, method)?.value;
  if (typeof handler !== 'function') throw new Error(`${resolver.name} has no operation ${method}`);
  const permission = Reflect.getMetadata(ALLOW_METADATA, handler) as Permission | undefined;
  if (permission?.kind !== 'roles') throw new Error(`${resolver.name}.${method} has no @Allow roles`);
  return permission.roles;
}

const cases = FEATURES.flatMap((f: CommandOperations<string>) =>
  Object.entries(f.operations).map(([command, op]) => [f.feature, command, `${op.resolver.name}.${op.method}`, f.table[command] ?? [], op] as const),
);

describe("the resolvers' @Allow lists are the domain's command roles", () => {
  it.each(cases)('%s %s: %s allows exactly its roles', (_feature, _command, _operation, roles, op) => {
    expect([...allowedRoles(op.resolver, op.method)].sort()).toEqual([...roles].sort());
  });

  it.each(FEATURES.map((f: CommandOperations<string>) => [f.feature, f] as const))('every %s command has an operation', (_feature, f) => {
    expect(Object.keys(f.operations).sort()).toEqual(Object.keys(f.table).sort());
  });
});
