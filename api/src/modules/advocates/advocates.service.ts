import { availableOn, caseloadCapRefusal, cleanLanguages, employerRefusal, providerMoveRefusal, unavailableUntilProblem } from '@heard/domain';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { sqlRows } from '../../database/sql';
import { inTransaction } from '../../database/transactions';
import { AssignmentEngine } from '../assignments/assignment-engine.service';
import { AuditService } from '../audit/audit.service';
import { PasswordService } from '../auth/password.service';
import { AdvocacyProviderEntity } from '../organisations/advocacy-provider.entity';
import { LocalAuthorityEntity } from '../organisations/local-authority.entity';
import { UserEntity } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { type AdvocateProfileChange, type AdvocateProfileRow, AdvocatesRepository } from './advocates.repository';
import type { AdvocateProfileType, UpdateAdvocateInput } from './dto/advocate-profile.types';
import type { AdvocacyProviderType, CreateAdvocateInput } from './dto/create-advocate.input';

@Injectable()
export class AdvocatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly engine: AssignmentEngine,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly users: UsersRepository,
    private readonly advocates: AdvocatesRepository,
  ) {}

  /** Advocates for administrators: caseload and cap, languages, employer and availability (never their children). */
  async profiles(advocacyProviderId: string | null): Promise<AdvocateProfileType[]> {
    if (advocacyProviderId !== null && !isUUID(advocacyProviderId))
      throw new DomainException('NOT_FOUND', 'No advocacy provider with that id.', { field: 'advocacyProviderId' });
    const today = this.clock.today();
    return (await this.advocates.profiles(this.dataSource, advocacyProviderId)).map((row) => profileOf(row, today));
  }

  /**
   * An administrator's edit of an advocate's provider, employing LA, languages, cap and availability. The row is
   * locked and the edit must be made from its current version (else CONFLICT: someone else saved first). Refused when
   * it would break a rule for the children they already have: an employer whose children they represent
   * (independence), a provider that does not cover their children's LAs, a cap below their caseload. One audit row
   * names every field changed, from and to; a change that frees a place offers it to waiting children at once.
   */
  async update(caller: Caller, input: UpdateAdvocateInput, meta: RequestMeta): Promise<AdvocateProfileType> {
    const cleaned = cleanLanguages(input.languages);
    if ('problem' in cleaned) throw bad(cleaned.problem, 'languages');
    const today = this.clock.today();
    const unavailableUntil = input.unavailableUntil ?? null;
    const dateProblem = unavailableUntil === null ? null : unavailableUntilProblem(unavailableUntil, today);
    if (dateProblem !== null) throw bad(dateProblem, 'unavailableUntil');
    const change: AdvocateProfileChange = {
      advocacyProviderId: input.advocacyProviderId,
      employingLocalAuthorityId: input.employingLocalAuthorityId ?? null,
      languages: cleaned.languages,
      caseloadCap: input.caseloadCap,
      unavailableUntil,
    };
    await inTransaction(this.dataSource, async (manager) => {
      const before = await this.advocates.profile(manager, input.advocateId, true);
      if (before === undefined) throw new DomainException('NOT_FOUND', 'No advocate with that id.', { field: 'advocateId' });
      if (before.version !== input.version)
        throw new DomainException('CONFLICT', `${before.display_name} was changed by someone else while you were editing: reload to see their change.`);
      const provider = await manager.findOneBy(AdvocacyProviderEntity, { id: change.advocacyProviderId });
      if (provider === null) throw new DomainException('NOT_FOUND', 'No advocacy provider with that id.', { field: 'advocacyProviderId' });
      let employer: LocalAuthorityEntity | null = null;
      if (change.employingLocalAuthorityId !== null) {
        employer = await manager.findOneBy(LocalAuthorityEntity, { id: change.employingLocalAuthorityId });
        if (employer === null) throw new DomainException('NOT_FOUND', 'No local authority with that id.', { field: 'employingLocalAuthorityId' });
      }
      const children = await this.advocates.childrenByLa(manager, before.id);
      if (employer !== null) {
        const there = children.find((c) => c.la === employer.id)?.children ?? 0;
        const refusal = employerRefusal(before.display_name, employer.name, there);
        if (refusal !== null) throw bad(refusal, 'employingLocalAuthorityId');
      }
      if (change.advocacyProviderId !== before.provider_id) {
        const covered = new Set(
          (await sqlRows<{ la: string }>(manager, `SELECT local_authority_id AS la FROM provider_coverage WHERE advocacy_provider_id = $1`, [provider.id])).map(
            (r) => r.la,
          ),
        );
        const outside = children.find((c) => !covered.has(c.la));
        const refusal = outside === undefined ? null : providerMoveRefusal(provider.name, outside.la_name, outside.children);
        if (refusal !== null) throw bad(refusal, 'advocacyProviderId');
      }
      const capRefusal = caseloadCapRefusal(change.caseloadCap, before.active_caseload);
      if (capRefusal !== null) throw bad(capRefusal, 'caseloadCap');
      const details = changedFields(before, change, { provider: provider.name, employer: employer?.name ?? null });
      if (Object.keys(details).length === 0) return;
      if (!(await this.advocates.updateProfile(manager, before.id, before.version, change)))
        throw new DomainException('CONFLICT', `${before.display_name} was changed by someone else while you were editing: reload to see their change.`);
      if (change.advocacyProviderId !== before.provider_id) await this.users.setAdvocacyProvider(manager, before.user_id, change.advocacyProviderId);
      await this.audit.record(manager, {
        actor: { userId: caller.userId, role: caller.role },
        action: 'advocate.updated',
        entity: 'advocate',
        entityId: before.id,
        meta,
        details,
      });
      const freed =
        change.caseloadCap > before.caseload_cap ||
        change.advocacyProviderId !== before.provider_id ||
        (!availableOn(before.unavailable_until, today) && availableOn(unavailableUntil, today));
      if (freed) await this.engine.drainQueue(manager, today);
    });
    const after = await this.advocates.profile(this.dataSource, input.advocateId, false);
    if (after === undefined) throw new DomainException('NOT_FOUND', 'No advocate with that id.', { field: 'advocateId' });
    return profileOf(after, this.clock.today());
  }

  async providers(): Promise<AdvocacyProviderType[]> {
    return this.advocates.providers(this.dataSource);
  }

  /** A new advocate joins: their free places go straight to waiting children. Returns the advocate id. */
  async create(caller: Caller, input: CreateAdvocateInput, meta: RequestMeta): Promise<string> {
    const email = input.email.trim().toLowerCase();
    const passwordHash = await this.passwords.hash(input.temporaryPassword);
    return inTransaction(this.dataSource, async (manager) => {
      if (!(await manager.existsBy(AdvocacyProviderEntity, { id: input.advocacyProviderId }))) {
        throw new DomainException('NOT_FOUND', 'No advocacy provider with that id.', { field: 'advocacyProviderId' });
      }
      if (await manager.existsBy(UserEntity, { email })) {
        throw new DomainException('CONFLICT', `There is already a user with the email ${email}.`, { field: 'email' });
      }
      const user = await this.users.create(manager, {
        email,
        displayName: input.displayName.trim(),
        role: 'ADVOCATE',
        passwordHash,
        localAuthorityId: null,
        advocacyProviderId: input.advocacyProviderId,
      });
      const advocate = await this.advocates.create(manager, {
        userId: user.id,
        advocacyProviderId: input.advocacyProviderId,
        employingLocalAuthorityId: null,
        caseloadCap: input.caseloadCap ?? 40,
        languages: (input.languages ?? ['English']).map((l) => l.trim()).filter((l) => l.length > 0),
        contactPhone: input.contactPhone?.trim() || null,
        active: true,
      });
      await this.audit.record(manager, {
        actor: { userId: caller.userId, role: caller.role },
        action: 'advocate.created',
        entity: 'advocate',
        entityId: advocate.id,
        meta,
      });
      await this.engine.drainQueue(manager, this.clock.today());
      return advocate.id;
    });
  }
}

const bad = (message: string, field: string) => new DomainException('BAD_USER_INPUT', message, { field });

function profileOf(row: AdvocateProfileRow, today: string): AdvocateProfileType {
  return {
    id: row.id,
    displayName: row.display_name,
    email: row.email,
    advocacyProviderId: row.provider_id,
    providerName: row.provider_name,
    employingLocalAuthority: row.employer_id === null ? null : { id: row.employer_id, code: row.employer_code ?? '', name: row.employer_name ?? '' },
    languages: row.languages,
    caseloadCap: row.caseload_cap,
    activeCaseload: row.active_caseload,
    unavailableUntil: row.unavailable_until,
    availableToday: availableOn(row.unavailable_until, today),
    version: row.version,
  };
}

/** The audit details of an edit: `<field>From` and `<field>To` for each field it changes (none when nothing does). */
function changedFields(
  before: AdvocateProfileRow,
  change: AdvocateProfileChange,
  names: { provider: string; employer: string | null },
): Record<string, string | number | null> {
  const details: Record<string, string | number | null> = {};
  const note = (field: string, from: string | number | null, to: string | number | null) => {
    if (from === to) return;
    details[`${field}From`] = from;
    details[`${field}To`] = to;
  };
  note('provider', before.provider_name, change.advocacyProviderId === before.provider_id ? before.provider_name : names.provider);
  note('employer', before.employer_name, change.employingLocalAuthorityId === before.employer_id ? before.employer_name : names.employer);
  note('languages', before.languages.join(', '), change.languages.join(', '));
  note('caseloadCap', before.caseload_cap, change.caseloadCap);
  note('unavailableUntil', before.unavailable_until, change.unavailableUntil);
  return details;
}
