import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { addDays } from '@heard/domain';
import { type LocalHistorySummary, seedLocalHistory } from '@heard/national-data';
import type { ClientBase } from 'pg';
import { ChildrenHomeEntity } from '../../modules/home-visits/children-home.entity';
import { PlacementEntity } from '../../modules/home-visits/placement.entity';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { AdvocateEntity } from '../../modules/advocates/advocate.entity';
import { AssignmentEngine } from '../../modules/assignments/assignment-engine.service';
import { LaStaffMemberEntity } from '../../modules/la-staff/la-staff-member.entity';
import { CareEpisodeEntity } from '../../modules/care-episodes/care-episode.entity';
import { ProviderCoverageEntity } from '../../modules/organisations/provider-coverage.entity';
import { TriggerEventEntity } from '../../modules/triggers/trigger-event.entity';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AuditService } from '../../modules/audit/audit.service';
import { PasswordService } from '../../modules/auth/password.service';
import { ChildEntity } from '../../modules/children/child.entity';
import { AdvocacyProviderEntity } from '../../modules/organisations/advocacy-provider.entity';
import { LocalAuthorityEntity } from '../../modules/organisations/local-authority.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { sqlRows } from '../sql';
import {
  DEMO_ADVOCATES,
  DEMO_CHILDREN,
  DEMO_HISTORY,
  DEMO_COVERAGE,
  DEMO_HOMES,
  DEMO_SOCIAL_WORKERS,
  DEMO_LOCAL_AUTHORITIES,
  DEMO_PASSWORD,
  DEMO_PROVIDER,
  DEMO_USERS,
} from './demo-data';

/** Seeds the demo on the first start of an empty database. Refuses to run in production. */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly engine: AssignmentEngine,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    await this.seed();
  }

  /** Each child enters care through the real assignment rules, so the demo is consistent. */
  private async seedChildren(manager: EntityManager, laIdByCode: Map<string, string>): Promise<Map<string, { id: string; enteredOn: string }>> {
    const today = this.clock.today();
    const idByRef = new Map<string, string>();
    const entered = new Map<string, { id: string; enteredOn: string }>();
    for (const demo of DEMO_CHILDREN) {
      const sibling = demo.siblingOf === undefined ? undefined : idByRef.get(demo.siblingOf);
      const child = await manager.save(
        manager.create(ChildEntity, {
          localAuthorityId: laIdByCode.get(demo.laCode),
          laChildRef: demo.ref,
          givenName: demo.givenName,
          familyName: demo.familyName,
          preferredName: demo.preferredName,
          dateOfBirth: demo.dateOfBirth,
          sex: null,
          ethnicity: null,
          firstLanguage: demo.firstLanguage,
          communicationNeeds: null,
          legalStatus: 'C2',
          placementType: 'U1',
          placementProvider: null,
          siblingGroupId: sibling ?? null,
          allocatedSocialWorkerId: null,
        }),
      );
      if (sibling !== undefined) await manager.update(ChildEntity, { id: sibling }, { siblingGroupId: sibling });
      idByRef.set(demo.ref, child.id);
      const enteredOn = addDays(today, -demo.enteredCareDaysAgo);
      await manager.insert(CareEpisodeEntity, {
        childId: child.id,
        startDate: enteredOn,
        endDate: null,
        reasonNewEpisode: 'S',
        legalStatus: 'C2',
        placementType: 'U1',
        reasonEnded: null,
      });
      await manager.insert(TriggerEventEntity, { childId: child.id, kind: 'ENTERED_CARE', occurredOn: enteredOn, recordedByUserId: null });
      await this.engine.assignOrQueue(manager, await manager.findOneByOrFail(ChildEntity, { id: child.id }), enteredOn);
      entered.set(demo.ref, { id: child.id, enteredOn });
    }
    return entered;
  }

  /** Homes with their residents (placed on the day they entered care) and the advocate who visits. */
  private async seedHomes(manager: EntityManager, laIdByCode: Map<string, string>, children: Map<string, { id: string; enteredOn: string }>): Promise<void> {
    for (const home of DEMO_HOMES) {
      const [advocate] = (await manager.query(`SELECT a.id FROM advocates a JOIN users u ON u.id = a.user_id WHERE u.email = $1`, [
        home.responsibleAdvocate,
      ])) as Array<{ id: string }>;
      const saved = await manager.save(
        manager.create(ChildrenHomeEntity, {
          name: home.name,
          providerName: home.providerName,
          providerContactEmail: home.providerContactEmail,
          ofstedUrn: home.ofstedUrn,
          address: home.address,
          localAuthorityId: laIdByCode.get(home.laCode),
          responsibleAdvocateId: advocate?.id ?? null,
        }),
      );
      for (const ref of home.residents) {
        const child = children.get(ref);
        if (child !== undefined) await manager.insert(PlacementEntity, { childId: child.id, homeId: saved.id, startDate: child.enteredOn, endDate: null });
      }
    }
  }

  /** Returns true when it seeded, false when the database already had users. */
  async seed(): Promise<boolean> {
    if (this.config.nodeEnv === 'production') {
      throw new Error('Refusing to seed demo accounts when NODE_ENV=production.');
    }
    if ((await this.dataSource.getRepository(UserEntity).count()) > 0) return false;
    const started = performance.now();
    const passwordHash = await this.passwords.hash(DEMO_PASSWORD);
    await this.dataSource.transaction(async (manager) => {
      const las = await manager.save(
        LocalAuthorityEntity,
        DEMO_LOCAL_AUTHORITIES.map((la) => manager.create(LocalAuthorityEntity, { ...la })),
      );
      const laIdByCode = new Map(las.map((la) => [la.code, la.id]));
      const provider = await manager.save(AdvocacyProviderEntity, manager.create(AdvocacyProviderEntity, { name: DEMO_PROVIDER }));
      for (const user of DEMO_USERS) {
        await manager.insert(UserEntity, {
          email: user.email,
          displayName: user.displayName,
          role: user.role,
          passwordHash,
          localAuthorityId: user.laCode === undefined ? null : (laIdByCode.get(user.laCode) ?? null),
          advocacyProviderId: user.atProvider === true ? provider.id : null,
        });
      }
      for (const code of DEMO_COVERAGE) {
        await manager.insert(ProviderCoverageEntity, { advocacyProviderId: provider.id, localAuthorityId: laIdByCode.get(code) });
      }
      for (const advocate of DEMO_ADVOCATES) {
        const user = await manager.findOneByOrFail(UserEntity, { email: advocate.email });
        await manager.insert(AdvocateEntity, {
          userId: user.id,
          advocacyProviderId: provider.id,
          caseloadCap: advocate.caseloadCap,
          languages: [...advocate.languages],
          contactPhone: advocate.contactPhone,
        });
      }
      for (const code of DEMO_COVERAGE) {
        const localAuthorityId = laIdByCode.get(code) ?? '';
        const managerUser = await manager.findOneBy(UserEntity, { localAuthorityId, role: 'LA_MANAGER' });
        const lead = await manager.save(
          manager.create(LaStaffMemberEntity, {
            localAuthorityId,
            fullName: managerUser?.displayName ?? 'Team manager',
            role: 'TEAM_MANAGER',
            managerId: null,
            experienced: true,
            userId: managerUser?.id ?? null,
          }),
        );
        for (const [fullName, experienced] of DEMO_SOCIAL_WORKERS[code] ?? []) {
          await manager.insert(LaStaffMemberEntity, { localAuthorityId, fullName, role: 'SOCIAL_WORKER', managerId: lead.id, experienced, userId: null });
        }
      }
      await this.seedHomes(manager, laIdByCode, await this.seedChildren(manager, laIdByCode));
      const history = this.config.seedDemoHistory ? await this.seedHistory(manager, provider.id) : null;
      await this.audit.record(manager, {
        actor: null,
        action: 'demo.seeded',
        entity: 'database',
        entityId: null,
        meta: { requestId: 'startup', clientAddress: null },
        details: { users: DEMO_USERS.length, children: DEMO_CHILDREN.length, historyChildren: history?.children ?? 0 },
      });
    });
    this.logger.log(`Seeded the demo data in ${Math.round(performance.now() - started)} ms`);
    return true;
  }

  /**
   * Two reporting years of Northshire's and Eastmoor's history, from the national data generator, after the named
   * children (so they keep the advocates the assignment rules gave them), in the same transaction.
   */
  private async seedHistory(manager: EntityManager, providerId: string): Promise<LocalHistorySummary> {
    const started = performance.now();
    const people = await sqlRows<{ id: string; email: string; role: string; local_authority_id: string | null }>(
      manager,
      `SELECT id, email, role, local_authority_id FROM users ORDER BY email`,
    );
    const staff = await sqlRows<{ id: string; local_authority_id: string; role: string; manager_id: string | null }>(
      manager,
      `SELECT id, local_authority_id, role, manager_id FROM la_staff ORDER BY full_name`,
    );
    const las = await sqlRows<{ id: string; code: string; name: string }>(manager, `SELECT id, code, name FROM local_authorities`);
    const advocates = await sqlRows<{ id: string; user_id: string; display_name: string; email: string; languages: string[]; contact_phone: string | null }>(
      manager,
      `SELECT a.id, a.user_id, u.display_name, u.email, a.languages, a.contact_phone FROM advocates a JOIN users u ON u.id = a.user_id ORDER BY u.email`,
    );
    const client = (await manager.queryRunner?.connect()) as ClientBase;
    const summary = await seedLocalHistory(client, {
      seed: DEMO_HISTORY.seed,
      today: this.clock.today(),
      years: DEMO_HISTORY.years,
      provider: { id: providerId, name: DEMO_PROVIDER },
      localAuthorities: DEMO_HISTORY.localAuthorities.map((history) => {
        const la = las.find((l) => l.code === history.code);
        const id = la?.id ?? '';
        return {
          id,
          code: history.code,
          name: la?.name ?? '',
          town: history.town,
          target: history.target,
          homes: history.homes,
          managerUserIds: people.filter((u) => u.role === 'LA_MANAGER' && u.local_authority_id === id).map((u) => u.id),
          teamManagerIds: staff.filter((s) => s.local_authority_id === id && s.role === 'TEAM_MANAGER').map((s) => s.id),
          socialWorkers: staff
            .filter((s) => s.local_authority_id === id && s.role === 'SOCIAL_WORKER')
            .map((s) => ({ id: s.id, managerId: s.manager_id ?? '' })),
        };
      }),
      advocates: advocates.map((a) => ({
        id: a.id,
        userId: a.user_id,
        displayName: a.display_name,
        historyCap: DEMO_HISTORY.historyCaps[a.email] ?? 0,
        languages: a.languages,
        phone: a.contact_phone ?? '',
      })),
      newAdvocates: DEMO_HISTORY.colleagues.map((c) => ({ ...c, languages: [...c.languages] })),
      commissionerUserIds: people.filter((u) => u.role === 'COMMISSIONER_STAFF').map((u) => u.id),
      adminUserId: people.find((u) => u.role === 'ADMIN')?.id ?? '',
      passwordHash: await this.passwords.hash(randomBytes(32).toString('base64url')),
      offerDueWorkingDays: this.config.offerDueWorkingDays,
      escalationStageDays: this.config.escalationStageDays,
    });
    this.logger.log(`Seeded ${summary.children} children's history (${DEMO_HISTORY.years} reporting years) in ${Math.round(performance.now() - started)} ms`);
    return summary;
  }
}
