import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * One owner per table: every table is written (INSERT, UPDATE, DELETE, COPY, TRUNCATE, or a TypeORM
 * insert/update/delete/save/upsert/remove of its entity) from exactly one feature folder, the one declared
 * here. Another feature that needs to change a table calls the owner's repository or service.
 * Migrations, seeds and the national data generator (`database/seed/**`) set tables up and are not features.
 * One deliberate exception: disposal at the end of a record's retention erases a child's rows in every table at
 * once, through the one list `record-disposal/disposal-registry.ts` (reviewed there, table by table, and checked
 * against the schema by its integration test); the children row itself is anonymised by the children repository.
 */
const OWNERS: Readonly<Record<string, string>> = {
  advocacy_providers: 'organisations',
  local_authorities: 'organisations',
  provider_coverage: 'organisations',
  advocates: 'advocates',
  users: 'users',
  account_links: 'user-admin',
  sessions: 'auth',
  used_refresh_tokens: 'auth',
  audit_log: 'audit',
  children: 'children',
  care_episodes: 'care-episodes',
  missing_episodes: 'missing-from-care',
  la_staff: 'la-staff',
  trigger_events: 'triggers',
  assignments: 'assignments',
  awaiting_advocate: 'assignments',
  ssda903_imports: 'imports',
  ssda903_import_rejections: 'imports',
  meetings: 'meetings',
  child_views: 'meetings',
  meeting_decisions: 'meetings',
  meeting_actions: 'actions',
  meeting_child_records: 'meeting-child-record',
  meeting_logistics: 'meeting-logistics',
  meeting_invitations: 'meeting-logistics',
  meeting_parts: 'meeting-parts',
  meeting_part_decisions: 'meeting-parts',
  missed_decision_briefings: 'meeting-parts',
  meeting_family_views: 'meeting-parts',
  advocate_inputs: 'representations',
  child_self_representations: 'representations',
  concerns: 'escalations',
  concern_events: 'escalations',
  safeguarding_alerts: 'escalations',
  la_safeguarding_contacts: 'escalations',
  children_homes: 'home-visits',
  home_visits: 'home-visits',
  home_recommendations: 'home-visits',
  home_recommendation_answers: 'recommendation-answers',
  placements: 'home-visits',
  notifications: 'notifications',
  outbox_messages: 'notifications',
  offers: 'offers',
  child_decisions: 'offers',
  annual_reports: 'reports',
  report_jobs: 'reports',
  working_days: 'reports',
  pubsub_payloads: 'graphql',
  theme_requests: 'theme-answers',
  theme_follow_ups: 'theme-answers',
  child_view_outcomes: 'you-said-we-did',
  child_channel_links: 'child-channel',
  child_channel_messages: 'child-channel',
  record_corrections: 'record-corrections',
  child_contacts: 'contacts',
  significant_changes: 'significant-changes',
  earlier_meeting_requests: 'earlier-meetings',
  meeting_record_shares: 'meeting-record-shares',
  decision_follow_through: 'decision-follow-through',
  paper_reviews: 'paper-reviews',
  paper_review_consultations: 'paper-reviews',
  child_deaths: 'record-retention',
  record_holds: 'record-retention',
  record_disposal_notices: 'record-disposal',
  record_disposals: 'record-disposal',
  subject_access_exports: 'subject-access',
};

const SRC = join(__dirname, '..', '..', 'src');
const NOT_FEATURES = [/^database\/migrations\//, /^database\/seed\//, /\.spec\.ts$/];
const SQL_WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|COPY|TRUNCATE(?:\s+TABLE)?)\s+(?:ONLY\s+)?"?([a-z_][a-z0-9_]*)"?/gi;
const ORM_WRITE = /\.(?:insert|update|delete|save|upsert|remove|softDelete|increment|decrement)\(\s*(?:manager\.create\(\s*)?([A-Z][A-Za-z0-9]*Entity)\b/g;
const REPOSITORY_WRITE = /getRepository\(\s*([A-Z][A-Za-z0-9]*Entity)\s*\)\s*\.(?:insert|update|delete|save|upsert|remove|softDelete|increment|decrement)\(/g;
const ENTITY_TABLE = /@Entity\(\s*\{\s*name:\s*'([a-z_0-9]+)'[^)]*\)[\s\S]*?export\s+class\s+([A-Za-z0-9]+)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** `modules/<feature>/…` is that feature; any other folder of `api/src` (graphql, database, cli, bench) is its own. */
function featureOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'modules') return parts[1] ?? 'modules';
  return parts.length > 1 ? (parts[0] ?? '') : 'app';
}

/** Comments are prose ("…updates children…"), never a write. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

interface Write {
  table: string;
  feature: string;
  file: string;
}

function writesIn(files: ReadonlyArray<{ file: string; text: string }>): Write[] {
  const entityTables = new Map<string, string>();
  for (const { text } of files) for (const [, table, entity] of text.matchAll(ENTITY_TABLE)) if (table && entity) entityTables.set(entity, table);
  const writes: Write[] = [];
  for (const { file, text } of files) {
    if (NOT_FEATURES.some((pattern) => pattern.test(file))) continue;
    const code = withoutComments(text);
    const feature = featureOf(file);
    for (const [, name] of code.matchAll(SQL_WRITE)) {
      const table = name?.toLowerCase();
      if (table !== undefined && table in OWNERS) writes.push({ table, feature, file });
    }
    for (const match of [...code.matchAll(ORM_WRITE), ...code.matchAll(REPOSITORY_WRITE)]) {
      const table = entityTables.get(match[1] ?? '');
      if (table !== undefined) writes.push({ table, feature, file });
    }
  }
  return writes;
}

const files = sourceFiles(SRC).map((path) => ({ file: relative(SRC, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }));
const writes = writesIn(files);

describe('every table is written by one feature folder', () => {
  it('finds the writes it checks (the scan itself works)', () => {
    expect(writes.some((w) => w.table === 'audit_log' && w.feature === 'audit')).toBe(true);
    expect(writes.some((w) => w.table === 'children' && w.feature === 'children')).toBe(true);
    expect(writes.some((w) => w.table === 'assignments' && w.feature === 'assignments')).toBe(true);
  });

  it('declares an owner for every table that is written', () => {
    const tables = new Set(files.flatMap(({ text }) => [...text.matchAll(ENTITY_TABLE)].map((m) => m[1] ?? '')));
    expect([...tables].filter((t) => !(t in OWNERS)).sort()).toEqual([]);
  });

  it.each(Object.keys(OWNERS).sort())('%s is written only by its owner', (table) => {
    const outside = writes.filter((w) => w.table === table && w.feature !== OWNERS[table]).map((w) => `${w.feature}: ${w.file}`);
    expect([...new Set(outside)].sort()).toEqual([]);
  });
});
