import { RESOLVERS } from '../graphql/resolvers';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * Entities, resolvers and migrations register themselves by file convention (`*.entity.ts`, `*.resolver.ts`,
 * `migrations/<timestamp>-*.ts`). These are exactly the sets the hand-kept lists held: a new one found here
 * (or one gone) is a change to review, not an accident.
 */
describe('self-registration by file convention', () => {
  const names = (classes: readonly { name: string }[]) => classes.map((c) => c.name);

  it('finds the 44 entities', () => {
    expect(names(ENTITIES).sort()).toEqual([
      'AccountLinkEntity',
      'AdvocacyProviderEntity',
      'AdvocateEntity',
      'AdvocateInputEntity',
      'AnnualReportEntity',
      'AssignmentEntity',
      'AwaitingAdvocateEntity',
      'CareEpisodeEntity',
      'ChildChannelLinkEntity',
      'ChildChannelMessageEntity',
      'ChildContactEntity',
      'ChildDecisionEntity',
      'ChildEntity',
      'ChildSelfRepresentationEntity',
      'ChildViewEntity',
      'ChildViewOutcomeEntity',
      'ChildrenHomeEntity',
      'ConcernEntity',
      'ConcernEventEntity',
      'DecisionFollowThroughEntity',
      'HomeRecommendationEntity',
      'HomeVisitEntity',
      'ImportRejectionEntity',
      'LaStaffMemberEntity',
      'LocalAuthorityEntity',
      'MeetingActionEntity',
      'MeetingChildRecordEntity',
      'MeetingDecisionEntity',
      'MeetingEntity',
      'MissingEpisodeEntity',
      'NotificationEntity',
      'OfferEntity',
      'OutboxMessageEntity',
      'PaperReviewConsultationEntity',
      'PaperReviewEntity',
      'PlacementEntity',
      'ProviderCoverageEntity',
      'ReportJobEntity',
      'SafeguardingAlertEntity',
      'SafeguardingContactEntity',
      'SessionEntity',
      'Ssda903ImportEntity',
      'TriggerEventEntity',
      'UserEntity',
    ]);
  });

  it('finds the 26 resolvers', () => {
    expect(names(RESOLVERS).sort()).toEqual([
      'AdvocatesResolver',
      'AllocationResolver',
      'AuthResolver',
      'ChildChannelResolver',
      'ChildContactResolver',
      'ChildSummaryContactResolver',
      'ChildrenResolver',
      'ContactsResolver',
      'DecisionFollowThroughResolver',
      'EscalationsResolver',
      'HomeVisitsResolver',
      'ImportsResolver',
      'LaStaffResolver',
      'MeetingChildRecordsResolver',
      'MeetingsResolver',
      'NotificationsResolver',
      'OffersResolver',
      'OrganisationsResolver',
      'PaperReviewsResolver',
      'ProviderOversightResolver',
      'ReportsResolver',
      'RepresentationsResolver',
      'SafeguardingResolver',
      'TriggersResolver',
      'UserAdminResolver',
      'YouSaidWeDidResolver',
    ]);
  });

  it('finds the 32 migrations, oldest first', () => {
    expect(names(MIGRATIONS)).toEqual([
      'Initial1763850000000',
      'OptOutAdvocacy1795389794399',
      'CaseloadCounter1795392000000',
      'CarePlanningMeetings1795392100000',
      'Escalations1795412225908',
      'HomeVisits1795413316241',
      'Ssda903Imports1795414228821',
      'AnnualReports1795415132948',
      'PubsubPayloads1795420000000',
      'ActiveAssignmentsByAdvocate1795430000000',
      'AuditEvents1795440000000',
      'AdvocateInputs1795440100000',
      'ChildViewSharingWithdrawal1796118974372',
      'OffersClosedOnReassignment1796200000000',
      'SessionEnds1796200000001',
      'Ssda903ImportLiveness1796300000000',
      'WorkingDays1796400000000',
      'Ssda903ImportOutcomes1796500000000',
      'Ssda903FindingGroups1796600000000',
      'MissingFromCareAndUasc1796700000000',
      'UserAdministration1796800000000',
      'AdvocateAvailabilityAndStaffActive1796900000000',
      'RefreshTokenNonce1797000000000',
      'UkDatesInStoredExplanations1797000000001',
      'ChildContacts1797100000000',
      'YouSaidWeDid1797200000000',
      'MeetingChildRecords1797300000000',
      'ChildChannel1797400000000',
      'SafeguardingAlerts1797500000000',
      'ProviderManagers1797600000000',
      'ChildMessageOverdueFlag1797620000000',
      'DecisionsStickAndPaperReviews1797730000000',
    ]);
  });
});
