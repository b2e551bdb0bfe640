import { coverageRemovalRefusal, laCodeProblem } from '@heard/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { inTransaction } from '../../database/transactions';
import { AdvocatesRepository } from '../advocates/advocates.repository';
import type { AdvocacyProviderType } from '../advocates/dto/create-advocate.input';
import { AssignmentEngine } from '../assignments/assignment-engine.service';
import { AuditService } from '../audit/audit.service';
import type {
  CreateAdvocacyProviderInput,
  CreateLocalAuthorityInput,
  RenameAdvocacyProviderInput,
  RenameLocalAuthorityInput,
  SetProviderCoverageInput,
} from './dto/organisation-admin.types';
import { type LocalAuthorityRow, OrganisationsRepository, type ProviderRow } from './organisations.repository';

const bad = (message: string, field: string) => new DomainException('BAD_USER_INPUT', message, { field });
const noProvider = () => new DomainException('NOT_FOUND', 'No advocacy provider with that id.', { field: 'advocacyProviderId' });

/** Platform administration of LAs, advocacy providers and which LAs each covers. Every change is one audit row. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly organisations: OrganisationsRepository,
    private readonly advocates: AdvocatesRepository,
    private readonly engine: AssignmentEngine,
  ) {}

  localAuthorities(): Promise<LocalAuthorityRow[]> {
    return this.organisations.localAuthorities(this.dataSource);
  }

  async createLocalAuthority(caller: Caller, input: CreateLocalAuthorityInput, meta: RequestMeta): Promise<LocalAuthorityRow> {
    const code = input.code.trim();
    const name = input.name.trim();
    const problem = laCodeProblem(code);
    if (problem !== null) throw bad(problem, 'code');
    if (name === '') throw bad('Enter the local authority’s name.', 'name');
    return inTransaction(this.dataSource, async (manager) => {
      const existing = await this.organisations.localAuthorityWithCode(manager, code);
      if (existing !== undefined) throw new DomainException('CONFLICT', `${existing.name} already has the code ${code}.`, { field: 'code' });
      const created = await this.organisations.createLocalAuthority(manager, code, name);
      await this.record(manager, caller, meta, 'local_authority.created', 'local_authority', created.id, { code, name });
      return created;
    });
  }

  async renameLocalAuthority(caller: Caller, input: RenameLocalAuthorityInput, meta: RequestMeta): Promise<LocalAuthorityRow> {
    const name = input.name.trim();
    if (name === '') throw bad('Enter the local authority’s name.', 'name');
    return inTransaction(this.dataSource, async (manager) => {
      const la = await this.organisations.lockLocalAuthority(manager, input.localAuthorityId);
      if (la === undefined) throw new DomainException('NOT_FOUND', 'No local authority with that id.', { field: 'localAuthorityId' });
      if (la.name === name) throw new DomainException('CONFLICT', `The local authority is already called ${name}.`, { field: 'name' });
      await this.organisations.renameLocalAuthority(manager, la.id, name);
      await this.record(manager, caller, meta, 'local_authority.renamed', 'local_authority', la.id, { from: la.name, to: name });
      return { ...la, name };
    });
  }

  providers(): Promise<AdvocacyProviderType[]> {
    return this.advocates.providers(this.dataSource);
  }

  async createProvider(caller: Caller, input: CreateAdvocacyProviderInput, meta: RequestMeta): Promise<AdvocacyProviderType> {
    const name = input.name.trim();
    if (name === '') throw bad('Enter the provider’s name.', 'name');
    const id = await inTransaction(this.dataSource, async (manager) => {
      if ((await this.organisations.providerWithName(manager, name)) !== undefined)
        throw new DomainException('CONFLICT', `There is already a provider called ${name}.`, { field: 'name' });
      const created = await this.organisations.createProvider(manager, name);
      await this.record(manager, caller, meta, 'advocacy_provider.created', 'advocacy_provider', created.id, { name });
      return created.id;
    });
    return this.provider(id);
  }

  async renameProvider(caller: Caller, input: RenameAdvocacyProviderInput, meta: RequestMeta): Promise<AdvocacyProviderType> {
    const name = input.name.trim();
    if (name === '') throw bad('Enter the provider’s name.', 'name');
    await inTransaction(this.dataSource, async (manager) => {
      const provider = await this.lockedProvider(manager, input.advocacyProviderId);
      if (provider.name === name) throw new DomainException('CONFLICT', `The provider is already called ${name}.`, { field: 'name' });
      const other = await this.organisations.providerWithName(manager, name);
      if (other !== undefined && other.id !== provider.id)
        throw new DomainException('CONFLICT', `There is already a provider called ${name}.`, { field: 'name' });
      await this.organisations.renameProvider(manager, provider.id, name);
      await this.record(manager, caller, meta, 'advocacy_provider.renamed', 'advocacy_provider', provider.id, { from: provider.name, to: name });
    });
    return this.provider(input.advocacyProviderId);
  }

  /**
   * Makes the provider cover exactly these LAs. Coverage is removed only from an LA none of whose children the
   * provider's advocates still represent (refused, naming how many, otherwise: reassign them first); new coverage
   * offers the LA's waiting children to the provider's advocates at once. The provider's row lock serialises changes.
   */
  async setCoverage(caller: Caller, input: SetProviderCoverageInput, meta: RequestMeta): Promise<AdvocacyProviderType> {
    const wanted = [...new Set(input.localAuthorityIds)];
    await inTransaction(this.dataSource, async (manager) => {
      const provider = await this.lockedProvider(manager, input.advocacyProviderId);
      const las = new Map((await this.organisations.localAuthorities(manager)).map((la) => [la.id, la]));
      const unknown = wanted.find((id) => !las.has(id));
      if (unknown !== undefined) throw new DomainException('NOT_FOUND', `No local authority with the id ${unknown}.`, { field: 'localAuthorityIds' });
      const current = new Set(await this.organisations.coverage(manager, provider.id));
      const added = wanted.filter((id) => !current.has(id));
      const removed = [...current].filter((id) => !wanted.includes(id));
      if (added.length === 0 && removed.length === 0) throw new DomainException('CONFLICT', `${provider.name} already covers exactly those local authorities.`);
      const nameOf = (id: string) => las.get(id)?.name ?? id;
      for (const still of await this.organisations.childrenRepresented(manager, provider.id, removed)) {
        const refusal = coverageRemovalRefusal(provider.name, nameOf(still.la), still.children);
        if (refusal !== null) throw bad(refusal, 'localAuthorityIds');
      }
      await this.organisations.removeCoverage(manager, provider.id, removed);
      await this.organisations.addCoverage(manager, provider.id, added);
      const names = (ids: readonly string[]) => ids.map(nameOf).sort().join(', ');
      await this.record(manager, caller, meta, 'advocacy_provider.coverage_changed', 'advocacy_provider', provider.id, {
        added: names(added),
        removed: names(removed),
      });
      if (added.length > 0) await this.engine.drainQueue(manager, this.clock.today());
    });
    return this.provider(input.advocacyProviderId);
  }

  private async lockedProvider(manager: EntityManager, id: string): Promise<ProviderRow> {
    const provider = await this.organisations.lockProvider(manager, id);
    if (provider === undefined) throw noProvider();
    return provider;
  }

  private async provider(id: string): Promise<AdvocacyProviderType> {
    const found = (await this.providers()).find((p) => p.id === id);
    if (found === undefined) throw noProvider();
    return found;
  }

  private record(
    manager: EntityManager,
    caller: Caller,
    meta: RequestMeta,
    action: string,
    entity: string,
    entityId: string,
    details: Record<string, string>,
  ): Promise<void> {
    return this.audit.record(manager, { actor: { userId: caller.userId, role: caller.role }, action, entity, entityId, meta, details });
  }
}
