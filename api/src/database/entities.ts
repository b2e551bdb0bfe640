import { MeetingActionEntity } from '../modules/actions/meeting-action.entity';
import { AdvocateEntity } from '../modules/advocates/advocate.entity';
import { AssignmentEntity } from '../modules/assignments/assignment.entity';
import { AwaitingAdvocateEntity } from '../modules/assignments/awaiting-advocate.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { CareEpisodeEntity } from '../modules/care-episodes/care-episode.entity';
import { ChildEntity } from '../modules/children/child.entity';
import { ConcernEventEntity } from '../modules/escalations/concern-event.entity';
import { ConcernEntity } from '../modules/escalations/concern.entity';
import { ChildrenHomeEntity } from '../modules/home-visits/children-home.entity';
import { HomeRecommendationEntity } from '../modules/home-visits/home-recommendation.entity';
import { HomeVisitEntity } from '../modules/home-visits/home-visit.entity';
import { PlacementEntity } from '../modules/home-visits/placement.entity';
import { ImportRejectionEntity } from '../modules/imports/import-rejection.entity';
import { Ssda903ImportEntity } from '../modules/imports/ssda903-import.entity';
import { AnnualReportEntity } from '../modules/reports/annual-report.entity';
import { ReportJobEntity } from '../modules/reports/report-job.entity';
import { LaStaffMemberEntity } from '../modules/la-staff/la-staff-member.entity';
import { ChildViewEntity } from '../modules/meetings/child-view.entity';
import { MeetingDecisionEntity } from '../modules/meetings/meeting-decision.entity';
import { MeetingEntity } from '../modules/meetings/meeting.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { OutboxMessageEntity } from '../modules/notifications/outbox-message.entity';
import { ChildDecisionEntity } from '../modules/offers/child-decision.entity';
import { OfferEntity } from '../modules/offers/offer.entity';
import { AdvocacyProviderEntity } from '../modules/organisations/advocacy-provider.entity';
import { LocalAuthorityEntity } from '../modules/organisations/local-authority.entity';
import { ProviderCoverageEntity } from '../modules/organisations/provider-coverage.entity';
import { AdvocateInputEntity } from '../modules/representations/advocate-input.entity';
import { ChildSelfRepresentationEntity } from '../modules/representations/child-self-representation.entity';
import { TriggerEventEntity } from '../modules/triggers/trigger-event.entity';
import { UserEntity } from '../modules/users/user.entity';

/** Every TypeORM entity; the migrations must create exactly these tables (checked by a test). */
export const ENTITIES = [
  LocalAuthorityEntity,
  AdvocacyProviderEntity,
  ProviderCoverageEntity,
  UserEntity,
  SessionEntity,
  ChildEntity,
  AdvocateEntity,
  LaStaffMemberEntity,
  CareEpisodeEntity,
  TriggerEventEntity,
  AssignmentEntity,
  AwaitingAdvocateEntity,
  OfferEntity,
  ChildDecisionEntity,
  MeetingEntity,
  ChildViewEntity,
  AdvocateInputEntity,
  ChildSelfRepresentationEntity,
  MeetingDecisionEntity,
  MeetingActionEntity,
  ConcernEntity,
  ConcernEventEntity,
  NotificationEntity,
  OutboxMessageEntity,
  ChildrenHomeEntity,
  PlacementEntity,
  HomeVisitEntity,
  HomeRecommendationEntity,
  Ssda903ImportEntity,
  ImportRejectionEntity,
  ReportJobEntity,
  AnnualReportEntity,
];
