import { SubjectAccessMineDocument, SubjectAccessOneDocument, SubjectAccessRequestDocument } from '@heard/graphql-types/testing';
import { strFromU8, unzipSync } from 'fflate';
import { SubjectAccessJobsService } from '../../../src/modules/subject-access/subject-access-jobs.service';
import { SubjectAccessRepository } from '../../../src/modules/subject-access/subject-access.repository';
import { SUBJECT_ACCESS_EXCLUDED, SUBJECT_ACCESS_TABLES } from '../../../src/modules/subject-access/subject-access.registry';
import type { SubjectAccessDocument } from '../../../src/modules/subject-access/subject-access-document';
import { advocacyFixture, newChild, RECORD_TRIGGER, type AdvocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlResponse, GraphqlTestClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

const codes = (result: GraphqlResponse<unknown>) => result.errors.map((e) => e.extensions?.code);

/** Every table that references `children`, directly or through a table that does (meetings → meeting_decisions → …). */
const TABLES_NAMING_A_CHILD = `
  WITH RECURSIVE fk AS (
    SELECT c.conrelid::regclass::text AS tbl, c.confrelid::regclass::text AS parent FROM pg_constraint c WHERE c.contype = 'f'),
  naming AS (
    SELECT tbl FROM fk WHERE parent = 'children'
    UNION SELECT fk.tbl FROM fk JOIN naming n ON fk.parent = n.tbl)
  SELECT DISTINCT tbl FROM naming WHERE tbl <> 'children' ORDER BY tbl`;

describe('subject-access exports', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  async function childOf(fx: AdvocacyFixture, givenName: string): Promise<{ manager: GraphqlTestClient; childId: string }> {
    const manager = await fx.signIn(fx.managerEmail);
    const trigger = await manager.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-01-06', newChild: newChild({ givenName }) } });
    return { manager, childId: trigger.data?.recordTriggerEvent.child.id ?? '' };
  }

  async function download(client: GraphqlTestClient, id: string): Promise<Response> {
    return fetch(`${api.url}/api/subject-access/${id}/export.zip`, { headers: { authorization: `Bearer ${client.accessToken ?? ''}` } });
  }

  async function exportReady(client: GraphqlTestClient, childId: string): Promise<string> {
    const requested = await client.request(SubjectAccessRequestDocument, { childId });
    expect(requested.errors).toEqual([]);
    expect(requested.data?.requestSubjectAccessExport.status).toBe('QUEUED');
    const id = requested.data?.requestSubjectAccessExport.id ?? '';
    expect(await api.app.get(SubjectAccessJobsService).runOnce()).toBe(1);
    return id;
  }

  it('exports or explicitly excludes every table that names a child', async () => {
    const naming = (await api.dataSource.query(TABLES_NAMING_A_CHILD)) as { tbl: string }[];
    const covered = new Set([...SUBJECT_ACCESS_TABLES.map((t) => t.table), ...Object.keys(SUBJECT_ACCESS_EXCLUDED)]);
    expect(naming.map((r) => r.tbl).filter((t) => !covered.has(t))).toEqual([]);
    const existing = (await api.dataSource.query(`SELECT relname FROM pg_class WHERE relkind IN ('r', 'p') AND relnamespace = 'public'::regnamespace`)) as {
      relname: string;
    }[];
    const names = new Set(existing.map((r) => r.relname));
    expect([...covered].filter((t) => !names.has(t))).toEqual([]);
  });

  it("exports a child's whole record to their LA's DPO, marks third parties, leaves other children out, downloads once", async () => {
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const other = await advocacyFixture(api, [{ cap: 5 }]);
    const { manager, childId } = await childOf(fx, 'Robin');
    const { childId: siblingId } = await childOf(fx, 'Kit');
    const [{ id: managerUserId }] = (await api.dataSource.query(`SELECT id FROM users WHERE email = $1`, [fx.managerEmail])) as [{ id: string }];
    const [{ id: chairId }] = (await api.dataSource.query(
      `INSERT INTO la_staff (local_authority_id, full_name, role, active) VALUES ($1, 'Chris Chair', 'TEAM_MANAGER', true) RETURNING id`,
      [fx.laId],
    )) as [{ id: string }];
    const [meeting] = (await api.dataSource.query(
      `INSERT INTO meetings (child_id, scheduled_on, place, invitees, chair_staff_id, status, scheduled_by_user_id) VALUES ($1, '2025-02-03', 'School', '{}', $3, 'SCHEDULED', $2) RETURNING id`,
      [childId, managerUserId, chairId],
    )) as { id: string }[];
    await api.dataSource.query(
      `INSERT INTO meeting_family_views (meeting_id, who, name, relationship, views, visibility, recorded_by_user_id) VALUES ($1, 'PARENT', 'Sally Brown', 'mother', 'Robin should stay at school', 'ATTENDEES', $2)`,
      [meeting?.id, managerUserId],
    );
    await api.dataSource.query(
      `INSERT INTO child_views (meeting_id, kind, text, shareable, recorded_by_user_id) VALUES ($1, 'WISHES_AND_FEELINGS', 'I want to see Sally Brown more', true, $2)`,
      [meeting?.id, managerUserId],
    );

    const dpo = await fx.signIn(fx.dpoEmail);
    const otherDpo = await other.signIn(other.dpoEmail);
    expect(codes(await otherDpo.request(SubjectAccessRequestDocument, { childId }))).toEqual(['NOT_FOUND']);
    const advocate = await fx.signIn(fx.advocates[0]?.email ?? '');
    expect(codes(await advocate.request(SubjectAccessRequestDocument, { childId }))).toEqual(['FORBIDDEN']);
    expect(codes(await manager.request(SubjectAccessRequestDocument, { childId }))).toEqual(['FORBIDDEN']);
    expect(codes(await dpo.request(SubjectAccessRequestDocument, { childId: 'not-an-id' }))).toEqual(['BAD_USER_INPUT']);

    const id = await exportReady(dpo, childId);
    const shown = await dpo.request(SubjectAccessOneDocument, { id });
    expect(shown.data?.subjectAccessExport).toMatchObject({
      id,
      childId,
      childName: 'Robin Test',
      status: 'READY',
      progress: 100,
      failure: null,
      downloadPath: `/api/subject-access/${id}/export.zip`,
    });
    expect(codes(await otherDpo.request(SubjectAccessOneDocument, { id }))).toEqual(['NOT_FOUND']);
    expect((await dpo.request(SubjectAccessMineDocument)).data?.mySubjectAccessExports.map((e) => [e.id, e.status])).toEqual([[id, 'READY']]);

    expect((await download(otherDpo, id)).status).toBe(404);
    const response = await download(dpo, id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(strFromU8(bytes.slice(0, 2))).toBe('PK');
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['record.json', 'record.pdf']);
    expect(strFromU8((files['record.pdf'] ?? new Uint8Array()).slice(0, 5))).toBe('%PDF-');
    const json = strFromU8(files['record.json'] ?? new Uint8Array());
    const document = JSON.parse(json) as SubjectAccessDocument;
    expect(document.format).toBe('heard.subject-access-export/1');
    expect(document.childName).toBe('Robin Test');
    expect(document.sections.map((s) => s.table)).toEqual(SUBJECT_ACCESS_TABLES.map((t) => t.table));
    const section = (table: string) => document.sections.find((s) => s.table === table);
    expect(section('children')?.rows.map((r) => [r['id'], r['given_name']])).toEqual([[childId, 'Robin']]);
    expect(section('trigger_events')?.rows.map((r) => [r['kind'], r['occurred_on']])).toEqual([['ENTERED_CARE', '2025-01-06']]);
    expect(section('meetings')?.rows.map((r) => r['id'])).toEqual([meeting?.id]);
    expect(section('meeting_family_views')?.rows.map((r) => r['name'])).toEqual(['Sally Brown']);
    expect(section('meeting_family_views')?.redactionReview).toEqual([
      { row: 0, column: 'name', reason: "Another person's personal data" },
      { row: 0, column: 'relationship', reason: "Another person's personal data" },
      { row: 0, column: 'views', reason: "Another person's personal data" },
    ]);
    expect(section('child_views')?.redactionReview).toEqual([{ row: 0, column: 'text', reason: 'Names another person: Sally Brown' }]);
    expect(section('child_channel_links')?.rows.every((r) => !('token_hash' in r))).toBe(true);
    expect(section('audit_log')?.rows.map((r) => r['action'])).toEqual([
      'child.created',
      'trigger.recorded',
      'assignment.created',
      'access.refused',
      'access.refused',
      'access.refused',
      'subject_access.export_requested',
    ]);
    expect(json).not.toContain(siblingId);

    const again = await download(dpo, id);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('already been downloaded');
    expect((await dpo.request(SubjectAccessOneDocument, { id })).data?.subjectAccessExport).toMatchObject({ status: 'DOWNLOADED', downloadPath: null });
    const stored = (await api.dataSource.query(`SELECT zip IS NULL AS removed FROM subject_access_exports WHERE id = $1`, [id])) as { removed: boolean }[];
    expect(stored).toEqual([{ removed: true }]);
    const audited = (await api.dataSource.query(
      `SELECT action, outcome FROM audit_log WHERE child_ids @> ARRAY[$1::uuid] AND (action LIKE 'subject_access.%' OR action = 'access.refused') ORDER BY id`,
      [childId],
    )) as { action: string; outcome: string }[];
    expect(audited).toEqual([
      { action: 'access.refused', outcome: 'REFUSED' },
      { action: 'access.refused', outcome: 'REFUSED' },
      { action: 'access.refused', outcome: 'REFUSED' },
      { action: 'subject_access.export_requested', outcome: 'ALLOWED' },
      { action: 'subject_access.export_ready', outcome: 'ALLOWED' },
      { action: 'subject_access.export_read', outcome: 'ALLOWED' },
      { action: 'subject_access.exports_listed', outcome: 'ALLOWED' },
      { action: 'subject_access.export_downloaded', outcome: 'ALLOWED' },
      { action: 'subject_access.export_read', outcome: 'ALLOWED' },
    ]);
  });

  it('gives the file to exactly one of two downloads at once, and removes unread exports after their keeping days', async () => {
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const { childId } = await childOf(fx, 'Ash');
    const dpo = await fx.signIn(fx.dpoEmail);
    const id = await exportReady(dpo, childId);
    const statuses = (await Promise.all([download(dpo, id), download(dpo, id)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);

    const kept = await exportReady(dpo, childId);
    const repository = api.app.get(SubjectAccessRepository);
    // Other suites' exports may expire in the same pass: only this child's are looked at.
    const expired = async (days: number) =>
      (await repository.expire(api.dataSource, new Date(Date.now() + days * 24 * 3600 * 1000))).filter((r) => r.child_id === childId);
    expect(await expired(6)).toEqual([]);
    expect(await expired(8)).toEqual([{ id: kept, child_id: childId }]);
    const late = await download(dpo, kept);
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('keeping time ran out');
  });
});
