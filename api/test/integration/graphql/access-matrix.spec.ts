import { MatrixAddNoteDocument, MatrixMeetingViewsDocument, MatrixRecordViewDocument, MatrixVisitDocument } from '@heard/graphql-types/testing';
import type { GraphQLSchema } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { CONCERN, NOTE } from '../../support/concern-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { clientFor, documentFor, loadSchema, outcomeOf, rootOperations, rowsOf, subscribeOutcome, type Row } from '../../support/access-matrix/harness';
import { MATRIX } from '../../support/access-matrix/matrix';
import { buildWorld, SECRET, type World } from '../../support/access-matrix/world';
import { startTestApp, type TestApp } from '../../support/test-app';

const schema: GraphQLSchema = loadSchema();
const ROWS = rowsOf(MATRIX);

describe('the access matrix covers exactly the operations in schema.gql', () => {
  const listed: string[] = MATRIX.map((entry) => entry.op);

  it('has a case for every query, mutation and subscription', () => {
    expect(rootOperations(schema).filter((op) => !listed.includes(op))).toEqual([]);
  });

  it('has no case for an operation that no longer exists, and none twice', () => {
    const operations = rootOperations(schema);
    expect(listed.filter((op) => !operations.includes(op))).toEqual([]);
    expect(listed.filter((op, index) => listed.indexOf(op) !== index)).toEqual([]);
  });
});

describe('access matrix against the demo accounts', () => {
  let api: TestApp;
  let w: World;

  beforeAll(async () => {
    api = await startTestApp();
    w = await buildWorld(api);
  }, 120_000);
  afterAll(() => api.close());

  describe('who gets what: every operation, every caller, own and another’s record', () => {
    async function observe(row: Row): Promise<string> {
      const client = await clientFor(w, row);
      const { query, variables } = await documentFor(schema, row, w);
      if (row.entry.op.startsWith('Subscription.')) return subscribeOutcome(api.url, client.accessToken, query, variables);
      return outcomeOf((await client.rawGraphql(query, variables)).errors);
    }

    it.each(ROWS)('$name: $expected', async (row) => {
      expect({ row: row.name, outcome: await observe(row) }).toEqual({ row: row.name, outcome: row.expected });
    });
  });

  describe('field-level outcomes', () => {
    const VISIT = MatrixVisitDocument;

    it('the visiting advocate sees who was spoken to and what they said in private', async () => {
      const result = await w.adv.request(VISIT, { id: w.visitId.own });
      expect(result.data?.homeVisit).toEqual({
        childrenSpokenToCount: 1,
        sharedVoices: [],
        childrenSpokenTo: [{ childId: w.ownChildId, name: 'Leo', whatTheySaid: SECRET, consentToShare: false }],
      });
    });

    it.each([
      ['another advocate (advocate2@)', (x: World) => x.adv2],
      ['the LA manager (manager@)', (x: World) => x.mgr],
      ['the other placing LA manager (manager2@)', (x: World) => x.mgr2],
      ['Commissioner staff', (x: World) => x.comm],
    ] as Array<[string, (x: World) => GraphqlTestClient]>)('%s sees the visit without the children spoken to or their private words', async (_who, pick) => {
      const result = await pick(w).request(VISIT, { id: w.visitId.own });
      expect(result.errors).toEqual([]);
      expect(result.data?.homeVisit).toEqual({ childrenSpokenToCount: 1, sharedVoices: [], childrenSpokenTo: [] });
      expect(result.text.includes(SECRET)).toBe(false);
    });

    it('the LA manager sees only the views the child agreed to share', async () => {
      const meetingId = await w.meeting('own');
      const VIEW = MatrixRecordViewDocument;
      await w.adv.request(VIEW, { input: { meetingId, kind: 'WISHES_AND_FEELINGS', text: 'I want to see my brother every week', shareable: true } });
      const asAdvocate = await w.adv.request(VIEW, { input: { meetingId, kind: 'TO_RAISE', text: 'I am scared of the older boy', shareable: false } });
      expect(asAdvocate.data?.recordChildView.views).toEqual([
        { kind: 'WISHES_AND_FEELINGS', text: 'I want to see my brother every week', shareable: true },
        { kind: 'TO_RAISE', text: 'I am scared of the older boy', shareable: false },
      ]);
      const asManager = await w.mgr.request(MatrixMeetingViewsDocument, { id: meetingId });
      expect(asManager.data?.meeting.views).toEqual([{ kind: 'WISHES_AND_FEELINGS', text: 'I want to see my brother every week', shareable: true }]);
      expect(asManager.text.includes('scared')).toBe(false);
    });

    it('a confidential concern note is in the advocate’s timeline and never in the LA manager’s', async () => {
      const concernId = await w.concern('own');
      const note = 'Confidential: the child told me about the foster carer';
      const added = await w.adv.request(NOTE, {
        input: { concernId, note, confidential: true, evidence: [] },
      });
      expect(added.errors).toEqual([]);
      const asAdvocate = await w.adv.request(CONCERN, { id: concernId });
      expect(asAdvocate.data?.concern.timeline.map((e) => [e.kind, e.confidential])).toEqual([
        ['RAISED', false],
        ['NOTE', true],
      ]);
      const asManager = await w.mgr.request(CONCERN, { id: concernId });
      expect(asManager.errors).toEqual([]);
      expect(asManager.data?.concern.timeline.map((e) => [e.kind, e.confidential])).toEqual([['RAISED', false]]);
      expect(asManager.text.includes(note)).toBe(false);
    });

    it('a concern update reaches the concern’s advocate and no subscriber who may not see it', async () => {
      const concernId = await w.concern('other');
      const received = new Map<string, number>();
      const clients = [
        ['advocate2@ (its advocate)', w.adv2],
        ['advocate@', w.adv],
        ['manager@', w.mgr],
        ['Commissioner staff', w.comm],
      ] as const;
      const sockets = clients.map(([who, client]) => {
        const socket = createClient({
          url: `${api.url.replace('http', 'ws')}/graphql`,
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${client.accessToken ?? ''}` },
          retryAttempts: 0,
        });
        received.set(who, 0);
        socket.subscribe(
          { query: 'subscription($id: ID) { concernUpdated(concernId: $id) { __typename } }', variables: { id: concernId } },
          {
            next: () => received.set(who, (received.get(who) ?? 0) + 1),
            error: () => received.set(who, -1),
            complete: () => undefined,
          },
        );
        return socket;
      });
      await new Promise((resolve) => setTimeout(resolve, 400));
      const noted = await w.adv2.request(MatrixAddNoteDocument, { input: { concernId, note: 'Spoke to the carer', confidential: false, evidence: [] } });
      expect(noted.errors).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 800));
      await Promise.all(sockets.map((socket) => socket.dispose()));
      expect(Object.fromEntries(received)).toEqual({ 'advocate2@ (its advocate)': 1, 'advocate@': 0, 'manager@': 0, 'Commissioner staff': 0 });
    });
  });
});
