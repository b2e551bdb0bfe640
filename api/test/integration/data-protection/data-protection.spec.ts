import { DataProtectionChildDocument as DpoChildDocument, DataProtectionChildrenDocument as DpoChildrenDocument } from '@heard/graphql-types';
import { RecordAccessHistoryChildDocument, RecordAccessHistoryReadDocument, RetentionPlaceHoldDocument } from '@heard/graphql-types/testing';
import { AUDIT_PURPOSES } from '@heard/domain';
import { advocacyFixture, newChild, RECORD_TRIGGER, type AdvocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlResponse, GraphqlTestClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

const codes = (result: GraphqlResponse<unknown>) => result.errors.map((e) => [e.extensions?.code, e.extensions?.['field'] ?? null]);

interface Setup {
  fx: AdvocacyFixture;
  other: AdvocacyFixture;
  dpo: GraphqlTestClient;
  /** Ash Quillfeather, then Bea Quillfeather: the fixture LA's children. */
  ids: [string, string];
  otherChildId: string;
}

describe("the data protection officer's way in", () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  async function childIn(fx: AdvocacyFixture, givenName: string, familyName: string, dateOfBirth: string): Promise<string> {
    const manager = await fx.signIn(fx.managerEmail);
    const trigger = await manager.request(RECORD_TRIGGER, {
      input: { kind: 'ENTERED_CARE', occurredOn: '2025-01-06', newChild: newChild({ givenName, familyName, dateOfBirth }) },
    });
    return trigger.data?.recordTriggerEvent.child.id ?? '';
  }

  async function setup(): Promise<Setup> {
    const fx = await advocacyFixture(api, [{ cap: 5 }]);
    const other = await advocacyFixture(api, [{ cap: 5 }]);
    const bea = await childIn(fx, 'Bea', 'Quillfeather', '2012-02-29');
    const ash = await childIn(fx, 'Ash', 'Quillfeather', '2010-06-15');
    const otherChildId = await childIn(other, 'Cal', 'Quillfeather', '2011-01-01');
    return { fx, other, dpo: await fx.signIn(fx.dpoEmail), ids: [ash, bea], otherChildId };
  }

  const auditOf = (childId: string, action: string) =>
    api.dataSource.query(`SELECT actor_role, purpose, child_ids FROM audit_log WHERE child_ids @> ARRAY[$1::uuid] AND action = $2 ORDER BY id`, [
      childId,
      action,
    ]);

  it("lists only the officer's own LA's children that match, with how long each record is kept, as one audited read", async () => {
    const { fx, dpo, ids } = await setup();
    const result = await dpo.request(DpoChildrenDocument, { input: { search: '  quillFEATHER ' } });
    expect(result.errors).toEqual([]);
    const laName = (await api.dataSource.query(`SELECT name FROM local_authorities WHERE id = $1`, [fx.laId]))[0].name as string;
    const list = result.data?.dataProtectionChildren;
    expect(list?.localAuthorityName).toBe(laName);
    expect(list?.total).toBe(2);
    expect(list?.children.map((c) => [c.childId, c.name, c.dateOfBirth, c.retention.retainUntil, c.retention.rule, c.retention.legalHold])).toEqual([
      [ids[0], 'Ash Quillfeather', '2010-06-15', '2085-06-15', 'SEVENTY_FIFTH_BIRTHDAY', null],
      [ids[1], 'Bea Quillfeather', '2012-02-29', '2087-03-01', 'SEVENTY_FIFTH_BIRTHDAY', null],
    ]);
    expect(await auditOf(ids[0], 'data_protection.children_listed')).toEqual([
      { actor_role: 'DATA_PROTECTION_OFFICER', purpose: AUDIT_PURPOSES.DATA_PROTECTION, child_ids: [ids[0], ids[1]] },
    ]);
    const none = await dpo.request(DpoChildrenDocument, { input: { search: 'Quillfeather Zzz' } });
    expect(none.data?.dataProtectionChildren).toEqual({ localAuthorityName: laName, total: 0, children: [] });
  });

  it("opens one child of the officer's LA, places a legal hold on it, and never reaches another LA's child or any child's case", async () => {
    const { dpo, ids, otherChildId } = await setup();
    const opened = await dpo.request(DpoChildDocument, { childId: ids[1] });
    expect(opened.errors).toEqual([]);
    expect(opened.data?.dataProtectionChild.retention.allowedCommands).toEqual(['RECORD_DEATH', 'PLACE_LEGAL_HOLD']);
    expect(await auditOf(ids[1], 'data_protection.child_read')).toEqual([
      { actor_role: 'DATA_PROTECTION_OFFICER', purpose: AUDIT_PURPOSES.DATA_PROTECTION, child_ids: [ids[1]] },
    ]);

    const held = await dpo.request(RetentionPlaceHoldDocument, { input: { childId: ids[1], reason: 'A claim about the placement is expected' } });
    expect(held.errors).toEqual([]);
    expect(held.data?.placeLegalHold.retainUntil).toBeNull();
    expect(held.data?.placeLegalHold.allowedCommands).toEqual(['RECORD_DEATH', 'LIFT_LEGAL_HOLD']);
    expect(await auditOf(ids[1], 'retention.hold_placed')).toEqual([
      { actor_role: 'DATA_PROTECTION_OFFICER', purpose: AUDIT_PURPOSES.DATA_PROTECTION, child_ids: [ids[1]] },
    ]);

    expect(codes(await dpo.request(DpoChildDocument, { childId: otherChildId }))).toEqual([['NOT_FOUND', null]]);
    expect(codes(await dpo.request(RetentionPlaceHoldDocument, { input: { childId: otherChildId, reason: 'Probe' } }))).toEqual([['NOT_FOUND', null]]);
    expect(codes(await dpo.request(DpoChildDocument, { childId: 'not-a-child' }))).toEqual([['NOT_FOUND', null]]);
    // The officer does no case work: the child's own record is not theirs to read.
    expect(codes(await dpo.request(RecordAccessHistoryChildDocument, { id: ids[1] }))).toEqual([['FORBIDDEN', null]]);
    const refusals = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE actor_role = 'DATA_PROTECTION_OFFICER' AND action = 'access.refused' AND child_ids @> ARRAY[$1::uuid]`,
      [otherChildId],
    );
    expect(refusals).toEqual([{ n: 2 }]);
  });

  it("shows the officer who has seen a child's record, and records that they looked", async () => {
    const { dpo, ids, other } = await setup();
    const result = await dpo.request(RecordAccessHistoryReadDocument, { input: { childId: ids[0] } });
    expect(result.errors).toEqual([]);
    expect(result.data?.recordAccessHistory.childGivenName).toBe('Ash');
    expect(await auditOf(ids[0], 'record_access_history.read')).toEqual([
      { actor_role: 'DATA_PROTECTION_OFFICER', purpose: AUDIT_PURPOSES.DATA_PROTECTION, child_ids: [ids[0]] },
    ]);
    const again = await dpo.request(RecordAccessHistoryReadDocument, { input: { childId: ids[0] } });
    const officer = again.data?.recordAccessHistory.organisations
      .find((o) => o.kind === 'LOCAL_AUTHORITY')
      ?.people.find((p) => p.name.startsWith('Data protection'));
    expect(officer?.roleInWords).toBe("council's data protection officer");
    expect(officer?.accesses.map((a) => [a.what, a.why])).toEqual([
      ['looked at this list of who has seen your record', 'to look after your rights over your record, like giving you a copy of it'],
    ]);
    const otherDpo = await other.signIn(other.dpoEmail);
    expect(codes(await otherDpo.request(RecordAccessHistoryReadDocument, { input: { childId: ids[0] } }))).toEqual([['NOT_FOUND', null]]);
  });
});
