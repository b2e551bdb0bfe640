import type { BulkWriter } from './bulk-insert';
import { at } from './days';
import type { NationalPlan } from './model';
import { personName } from './names';
import { Prng } from './prng';
import { TABLES } from './tables';

/** Phase 1: LAs, providers and their coverage, every user (one shared password hash), advocates and LA staff. */
export async function writeOrganisations(writer: BulkWriter, plan: NationalPlan, passwordHash: string, advance: (fraction: number) => void): Promise<void> {
  const rng = Prng.for(plan.seed, 'staff');
  const created = at(plan.windowStart - 45, 9 * 60);
  const las = writer.table(TABLES.localAuthorities);
  const providers = writer.table(TABLES.providers);
  const coverage = writer.table(TABLES.coverage);
  const users = writer.table(TABLES.users);
  const advocates = writer.table(TABLES.advocates);
  const staff = writer.table(TABLES.laStaff);
  for (const la of plan.las) las.add(la.id, la.code, la.name, created);
  for (const provider of plan.providers) {
    providers.add(provider.id, provider.name, created);
    for (const la of provider.localAuthorities) coverage.add(provider.id, (plan.las[la] as (typeof plan.las)[number]).id);
  }
  users.add(plan.adminUserId, 'admin1@national.heard', 'Platform Administrator', 'ADMIN', passwordHash, null, null, true, created);
  plan.commissioners.forEach((c) => users.add(c.userId, c.email, c.displayName, 'COMMISSIONER_STAFF', passwordHash, null, null, true, created));
  let managerNumber = 0;
  for (const la of plan.las) {
    const managerNames = la.managerUserIds.map((userId) => {
      managerNumber += 1;
      const name = personName(rng);
      const displayName = `${name.given} ${name.family}`;
      users.add(userId, `manager${managerNumber}@national.heard`, displayName, 'LA_MANAGER', passwordHash, la.id, null, true, at(la.goLive - 30, 9 * 60));
      return displayName;
    });
    la.teamManagerIds.forEach((id, k) => {
      const name = managerNames[k] ?? fullName(rng);
      staff.add(id, la.id, name, 'TEAM_MANAGER', null, true, la.managerUserIds[k] ?? null);
    });
    for (const sw of la.socialWorkers) staff.add(sw.id, la.id, fullName(rng), 'SOCIAL_WORKER', sw.managerId, rng.chance(0.4), null);
  }
  for (const a of plan.advocates) {
    const provider = plan.providers[a.provider];
    const joined = at(plan.windowStart - 30 + (a.index % 28), 9 * 60);
    users.add(a.userId, a.email, a.displayName, 'ADVOCATE', passwordHash, null, provider?.id ?? null, a.active, joined);
    advocates.add(
      a.id,
      a.userId,
      provider?.id ?? null,
      a.employingLa < 0 ? null : (plan.las[a.employingLa]?.id ?? null),
      a.cap,
      a.languages,
      a.phone,
      a.active,
      joined,
    );
  }
  advance(1);
  await writer.finish();
}

function fullName(rng: Prng): string {
  const name = personName(rng);
  return `${name.given} ${name.family}`;
}
