import { ContactsModule } from './modules/contacts/contacts.module';
import { DataProtectionModule } from './modules/data-protection/data-protection.module';
import { RecordAccessHistoryModule } from './modules/record-access-history/record-access-history.module';
import { RecordRetentionModule } from './modules/record-retention/record-retention.module';
import { RecordDisposalModule } from './modules/record-disposal/record-disposal.module';
import { SubjectAccessModule } from './modules/subject-access/subject-access.module';
import { RecordCorrectionsModule } from './modules/record-corrections/record-corrections.module';
import { LiveThemesModule } from './modules/live-themes/live-themes.module';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule, PinoLogger } from 'nestjs-pino';
import { DenyByDefaultGuard } from './common/guards/deny-by-default.guard';
import { APP_CONFIG, ConfigModule, configFromProcessEnv } from './config/config.module';
import type { AppConfig } from './config/env.schema';
import { DatabaseModule } from './database/database.module';
import { SeedModule } from './database/seed/seed.module';
import { graphqlOptions } from './graphql/graphql-options.factory';
import { PubSubModule } from './graphql/pubsub.module';
import { AdvocatesModule } from './modules/advocates/advocates.module';
import { AssignmentsModule } from './modules/assignments/assignments.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { SessionSockets } from './modules/auth/session-sockets';
import { ChildChannelModule } from './modules/child-channel/child-channel.module';
import { ChildrenModule } from './modules/children/children.module';
import { EscalationsModule } from './modules/escalations/escalations.module';
import { HomeVisitsModule } from './modules/home-visits/home-visits.module';
import { HealthModule } from './modules/health/health.module';
import { ImportsModule } from './modules/imports/imports.module';
import { LaStaffModule } from './modules/la-staff/la-staff.module';
import { MeetingChildRecordModule } from './modules/meeting-child-record/meeting-child-record.module';
import { MeetingLogisticsModule } from './modules/meeting-logistics/meeting-logistics.module';
import { MeetingPartsModule } from './modules/meeting-parts/meeting-parts.module';
import { SignificantChangesModule } from './modules/significant-changes/significant-changes.module';
import { EarlierMeetingsModule } from './modules/earlier-meetings/earlier-meetings.module';
import { MeetingRecordSharesModule } from './modules/meeting-record-shares/meeting-record-shares.module';
import { DecisionFollowThroughModule } from './modules/decision-follow-through/decision-follow-through.module';
import { PaperReviewsModule } from './modules/paper-reviews/paper-reviews.module';
import { MeetingsModule } from './modules/meetings/meetings.module';
import { MissingFromCareModule } from './modules/missing-from-care/missing-from-care.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OfferOutcomesModule } from './modules/offers/offer-outcomes.module';
import { OffersModule } from './modules/offers/offers.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { ProviderOversightModule } from './modules/provider-oversight/provider-oversight.module';
import { ReportsModule } from './modules/reports/reports.module';
import { TriggersModule } from './modules/triggers/triggers.module';
import { UserAdminModule } from './modules/user-admin/user-admin.module';
import { RecommendationAnswersModule } from './modules/recommendation-answers/recommendation-answers.module';
import { ThemeAnswersModule } from './modules/theme-answers/theme-answers.module';
import { YouSaidWeDidModule } from './modules/you-said-we-did/you-said-we-did.module';
import { loggerParams } from './logging';
import { JitExecution } from './graphql/jit-execution';
import { JitModule } from './graphql/jit.module';

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ useFactory: () => loggerParams(configFromProcessEnv()) }),
    DatabaseModule,
    PubSubModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [JitModule],
      inject: [APP_CONFIG, PinoLogger, JitExecution, SessionSockets],
      useFactory: (config: AppConfig, logger: PinoLogger, jit: JitExecution, sockets: SessionSockets) => graphqlOptions(config, logger, jit, sockets.hooks()),
    }),
    AuditModule,
    AuthModule,
    HealthModule,
    ChildrenModule,
    MissingFromCareModule,
    AssignmentsModule,
    AdvocatesModule,
    LaStaffModule,
    OrganisationsModule,
    OffersModule,
    OfferOutcomesModule,
    TriggersModule,
    MeetingsModule,
    NotificationsModule,
    EscalationsModule,
    HomeVisitsModule,
    ImportsModule,
    ReportsModule,
    UserAdminModule,
    YouSaidWeDidModule,
    ThemeAnswersModule,
    RecommendationAnswersModule,
    MeetingChildRecordModule,
    MeetingLogisticsModule,
    MeetingPartsModule,
    SignificantChangesModule,
    EarlierMeetingsModule,
    MeetingRecordSharesModule,
    DecisionFollowThroughModule,
    PaperReviewsModule,
    ChildChannelModule,
    ProviderOversightModule,
    ContactsModule,
    DataProtectionModule,
    RecordAccessHistoryModule,
    RecordRetentionModule,
    RecordDisposalModule,
    SubjectAccessModule,
    RecordCorrectionsModule,
    LiveThemesModule,
    SeedModule,
  ],
  providers: [{ provide: APP_GUARD, useClass: DenyByDefaultGuard }],
})
export class AppModule {}
