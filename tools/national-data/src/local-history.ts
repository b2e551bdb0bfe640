import { createEnglandAndWalesCalendar, type StageDeadlines } from '@heard/domain';
import type { ClientBase } from 'pg';
import { allocate } from './allocation';
import { BulkWriter } from './bulk-insert';
import { writeAdvocacy, writeCare } from './care-rows';
import { writeConcerns } from './concerns';
import { at, WorkingDays } from './days';
import { writeHomes, writeVisits } from './home-visits';
import { planHomes } from './homes';
import { IdFactory } from './ids';
import { writeMeetings } from './meetings';
import type { AdvocatePlan, LaPlan, NationalPlan, ProviderPlan } from './model';
import { reportingWindow } from './plan';
import { planChildren } from './population';
import { TABLES } from './tables';

/** An LA that already exists (the demo's), with the people its history is recorded by. */
export interface ExistingLocalAuthority {
  id: string;
  code: string;
  name: string;
  town: string;
  /** Children looked after at any one time. */
  target: number;
  managerUserIds: string[];
  teamManagerIds: string[];
  socialWorkers: Array<{ id: string; managerId: string }>;
  homes: number;
}

/** An advocate who already exists; `historyCap` is how many of the history's children they may hold today. */
export interface ExistingAdvocate {
  id: string;
  userId: string;
  displayName: string;
  historyCap: number;
  languages: string[];
  phone: string;
}

/** An advocate the history adds (a colleague at the provider), who cannot sign in. */
export interface NewAdvocate {
  email: string;
  displayName: string;
  cap: number;
  languages: string[];
  phone: string;
}

export interface LocalHistoryInput {
  seed: number;
  /** `YYYY-MM-DD`: "today" for the history. */
  today: string;
  /** Reporting years, ending with the current one. */
  years: number;
  provider: { id: string; name: string };
  localAuthorities: ExistingLocalAuthority[];
  advocates: ExistingAdvocate[];
  newAdvocates: NewAdvocate[];
  commissionerUserIds: string[];
  adminUserId: string;
  /** The password hash of the new advocates' accounts. */
  passwordHash: string;
  offerDueWorkingDays: number;
  escalationStageDays: StageDeadlines;
}

export interface LocalHistorySummary {
  children: number;
  rows: Record<string, number>;
}

/**
 * The national generator's history at a local scale, for LAs, a provider and advocates that already exist
 * (the demo's): children and their care journeys, assignments with offers and decisions, meetings with
 * participation, decisions and actions, children's homes with monthly visits, and concerns climbing the ladder.
 * Writes on one connection inside the caller's transaction; the same input always gives the same rows.
 */
export async function seedLocalHistory(client: ClientBase, input: LocalHistoryInput): Promise<LocalHistorySummary> {
  const { today, windowStart } = reportingWindow({ years: input.years, seed: input.seed, scale: 1, today: input.today });
  const ids = new IdFactory(input.seed);
  const plan = planLocal(input, ids, today, windowStart);
  const workingDays = new WorkingDays(windowStart - Math.ceil(19 * 365.25), today + 800);
  const rows: Record<string, number> = {};
  const writer = (): BulkWriter => new BulkWriter(client, 5_000, (table, n) => (rows[table] = (rows[table] ?? 0) + n));
  const laneIds = ids.forLane(0);
  const members = plan.children.map((c) => c.index);
  const ignore = (): void => undefined;
  await writeNewAdvocates(writer(), plan, input);
  await writeCare(writer(), { plan, ids: laneIds, advance: ignore });
  await writeAdvocacy(writer(), { plan, ids: laneIds, advance: ignore, workingDays, offerDueWorkingDays: input.offerDueWorkingDays, members });
  const drifted = await writeMeetings(writer(), plan, laneIds, members, ignore);
  const residents = await writeHomes(writer(), plan, laneIds);
  const recommendations = await writeVisits(
    writer(),
    plan,
    laneIds,
    residents,
    plan.homes.map((h) => h.index),
    ignore,
  );
  await writeConcerns(
    writer(),
    { plan, ids: laneIds, calendar: createEnglandAndWalesCalendar(), workingDays, deadlines: input.escalationStageDays, advance: ignore, members },
    drifted,
    recommendations,
  );
  return { children: plan.children.length, rows };
}

function planLocal(input: LocalHistoryInput, ids: IdFactory, today: number, windowStart: number): NationalPlan {
  const las: LaPlan[] = input.localAuthorities.map((la, index) => ({
    index,
    id: la.id,
    code: la.code,
    name: la.name,
    town: la.town,
    region: 0,
    target: la.target,
    goLive: windowStart,
    managerUserIds: la.managerUserIds,
    teamManagerIds: la.teamManagerIds,
    socialWorkers: la.socialWorkers,
    providers: [0],
  }));
  const existing: AdvocatePlan[] = input.advocates.map((a, index) => ({
    index,
    id: a.id,
    userId: a.userId,
    email: '',
    displayName: a.displayName,
    provider: 0,
    employingLa: -1,
    cap: a.historyCap,
    languages: a.languages,
    phone: a.phone,
    active: true,
  }));
  const added: AdvocatePlan[] = input.newAdvocates.map((a, k) => ({
    index: existing.length + k,
    id: ids.next('advocate'),
    userId: ids.next('user'),
    email: a.email,
    displayName: a.displayName,
    provider: 0,
    employingLa: -1,
    cap: a.cap,
    languages: a.languages,
    phone: a.phone,
    active: true,
  }));
  const advocates = [...existing, ...added];
  const providers: ProviderPlan[] = [
    { index: 0, id: input.provider.id, name: input.provider.name, localAuthorities: las.map((la) => la.index), advocates: advocates.map((a) => a.index) },
  ];
  const index = planHomesFor(input, las, ids);
  const workingDays = new WorkingDays(windowStart - Math.ceil(19 * 365.25), today + 800);
  const children = planChildren({ seed: input.seed, today, windowStart, las, homes: index, ids, workingDays });
  const plan: NationalPlan = {
    seed: input.seed,
    today,
    windowStart,
    las,
    providers,
    advocates,
    commissioners: input.commissionerUserIds.map((userId) => ({ userId, email: '', displayName: '' })),
    adminUserId: input.adminUserId,
    homes: index.homes,
    children,
    queue: [],
  };
  plan.queue = allocate({ seed: input.seed, today, las, advocates, children, ids, showcase: { advocate: 0, caseload: 0 } });
  return plan;
}

function planHomesFor(input: LocalHistoryInput, las: LaPlan[], ids: IdFactory): ReturnType<typeof planHomes> {
  const total = input.localAuthorities.reduce((n, la) => n + la.homes, 0);
  return planHomes(
    input.seed,
    { localAuthorities: las.length, childrenInCare: 0, providers: 1, advocates: 0, homes: total, commissionerStaff: 0, managersPerLa: 1 },
    las,
    ids,
  );
}

async function writeNewAdvocates(writer: BulkWriter, plan: NationalPlan, input: LocalHistoryInput): Promise<void> {
  const users = writer.table(TABLES.users);
  const advocates = writer.table(TABLES.advocates);
  const joined = at(plan.windowStart - 30, 9 * 60);
  for (const a of plan.advocates.slice(input.advocates.length)) {
    users.add(a.userId, a.email, a.displayName, 'ADVOCATE', input.passwordHash, null, input.provider.id, true, joined);
    advocates.add(a.id, a.userId, input.provider.id, null, a.cap, a.languages, a.phone, true, joined);
  }
  await writer.finish();
}
