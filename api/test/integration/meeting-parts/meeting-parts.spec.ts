import { PartsAddDocument, PartsBriefingDocument, PartsDecideDocument, PartsReadDocument } from '@heard/graphql-types/testing';
import type { GraphqlResponse } from '../../support/graphql-client';
import { meetingSetup, type MeetingSetup } from '../../support/meeting-parts-fixture';
import { startTestApp, type TestApp } from '../../support/test-app';

const codes = (result: GraphqlResponse<unknown>) => result.errors.map((e) => [e.extensions?.code, e.message]);

describe('a meeting in parts', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  /** Part 1 with the child (who co-chairs it), part 2 without; a significant decision in each and an ordinary one in part 2. */
  async function inTwoParts(): Promise<MeetingSetup & { withChild: string; without: string; missedId: string }> {
    const setup = await meetingSetup(api);
    const { manager, meetingId } = setup;
    const first = await manager.request(PartsAddDocument, {
      input: { meetingId, title: 'With Mo', attendees: ['Mo', 'Tess Manager', 'Advocate'], childAttended: true, childChair: 'CO_CHAIR' },
    });
    const second = await manager.request(PartsAddDocument, {
      input: { meetingId, title: 'Professionals only', attendees: [' Tess Manager ', 'Dr Lee', ''], childAttended: false, childChair: 'NONE' },
    });
    const withChild = first.data?.addMeetingPart.parts[0]?.id ?? '';
    const without = second.data?.addMeetingPart.parts[1]?.id ?? '';
    await manager.request(PartsDecideDocument, { input: { meetingId, text: 'Mo stays at school', significant: true, partId: withChild } });
    const decided = await manager.request(PartsDecideDocument, { input: { meetingId, text: 'Move to a new placement', significant: true, partId: without } });
    await manager.request(PartsDecideDocument, { input: { meetingId, text: 'Book the review room', significant: false, partId: without } });
    const missedId = decided.data?.recordMeetingDecision.decisions.find((d) => d.text === 'Move to a new placement')?.id ?? '';
    return { ...setup, withChild, without, missedId };
  }

  it('records each part with its attendance and who chaired it; the LA chair stays accountable', async () => {
    const { manager, meetingId, withChild, without } = await inTwoParts();
    const read = await manager.request(PartsReadDocument, { meetingId });
    expect(read.errors).toEqual([]);
    expect(read.data?.meetingParts.parts).toEqual([
      {
        id: withChild,
        position: 1,
        title: 'With Mo',
        attendees: ['Mo', 'Tess Manager', 'Advocate'],
        childAttended: true,
        childChair: 'CO_CHAIR',
        chairedBy: 'Co-chaired by Mo and Tess Manager, with Tess Manager as accountable chair',
      },
      {
        id: without,
        position: 2,
        title: 'Professionals only',
        attendees: ['Tess Manager', 'Dr Lee'],
        childAttended: false,
        childChair: 'NONE',
        chairedBy: 'Chaired by Tess Manager',
      },
    ]);
    expect(read.data?.meetingParts).toMatchObject({ accountableChairName: 'Tess Manager', canAddPart: true, canRecordBriefing: false, childNotYetTold: 1 });
  });

  it('marks the significant decision made while the child was not there until their advocate records telling them', async () => {
    const { advocate, manager, meetingId, missedId, without, childId } = await inTwoParts();
    const before = await advocate.request(PartsReadDocument, { meetingId });
    expect(before.data?.meetingParts.decisions.map((d) => [d.text, d.partTitle, d.childMissed, d.childTold])).toEqual([
      ['Mo stays at school', 'With Mo', false, false],
      ['Move to a new placement', 'Professionals only', true, false],
      ['Book the review room', 'Professionals only', false, false],
    ]);
    expect(before.data?.meetingParts).toMatchObject({ childNotYetTold: 1, canRecordBriefing: true, canAddPart: false });

    const told = await advocate.request(PartsBriefingDocument, {
      input: { decisionId: missedId, toldOn: '2025-02-03', childSaid: '  I want to stay near my school ' },
    });
    expect(told.errors).toEqual([]);
    expect(told.data?.recordMissedDecisionBriefing.childNotYetTold).toBe(0);
    expect(told.data?.recordMissedDecisionBriefing.decisions[1]).toEqual({
      decisionId: missedId,
      text: 'Move to a new placement',
      significant: true,
      partId: without,
      partTitle: 'Professionals only',
      childMissed: true,
      childTold: true,
      toldOn: '2025-02-03',
      toldByName: told.data?.recordMissedDecisionBriefing.decisions[1]?.toldByName,
      childSaid: 'I want to stay near my school',
    });
    // The LA's manager sees that the child was told, not what they said.
    const byManager = await manager.request(PartsReadDocument, { meetingId });
    expect(byManager.data?.meetingParts.decisions[1]).toMatchObject({ childTold: true, toldOn: '2025-02-03', childSaid: null });

    const audited = (await api.dataSource.query(
      `SELECT action FROM audit_log WHERE $1 = ANY(child_ids) AND action IN ('meeting.part_recorded', 'meeting.missed_decision_told') ORDER BY id`,
      [childId],
    )) as Array<{ action: string }>;
    expect(audited.map((a) => a.action)).toEqual(['meeting.part_recorded', 'meeting.part_recorded', 'meeting.missed_decision_told']);
  });

  it('two parallel records of telling the child: exactly one wins, the other is CONFLICT', async () => {
    const { advocate, missedId } = await inTwoParts();
    const input = { decisionId: missedId, toldOn: '2025-02-03', childSaid: 'OK' };
    const results = await Promise.all([advocate.request(PartsBriefingDocument, { input }), advocate.request(PartsBriefingDocument, { input })]);
    expect(results.map((r) => r.errors.map((e) => e.extensions?.code)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  });

  it('refuses bad input with the field named, and a decision the child did not miss as CONFLICT', async () => {
    const { advocate, manager, meetingId, missedId } = await inTwoParts();
    const other = await meetingSetup(api);
    const otherPart = await other.manager.request(PartsAddDocument, {
      input: { meetingId: other.meetingId, title: 'Other', attendees: ['X'], childAttended: true, childChair: 'NONE' },
    });
    const foreignPart = otherPart.data?.addMeetingPart.parts[0]?.id ?? '';
    const field = (r: GraphqlResponse<unknown>) => r.errors.map((e) => [e.extensions?.code, e.extensions?.['field']]);
    expect(field(await manager.request(PartsDecideDocument, { input: { meetingId, text: 'Elsewhere', significant: false, partId: foreignPart } }))).toEqual([
      ['BAD_USER_INPUT', 'partId'],
    ]);
    expect(
      field(await manager.request(PartsAddDocument, { input: { meetingId, title: '  ', attendees: ['A'], childAttended: true, childChair: 'NONE' } })),
    ).toEqual([['BAD_USER_INPUT', 'title']]);
    expect(
      field(await manager.request(PartsAddDocument, { input: { meetingId, title: 'Late', attendees: [' '], childAttended: true, childChair: 'NONE' } })),
    ).toEqual([['BAD_USER_INPUT', 'attendees']]);
    expect(
      codes(await manager.request(PartsAddDocument, { input: { meetingId, title: 'Late', attendees: ['A'], childAttended: false, childChair: 'CHAIR' } })),
    ).toEqual([['BAD_USER_INPUT', 'The child can only chair a part of the meeting they attended.']]);
    expect(field(await advocate.request(PartsBriefingDocument, { input: { decisionId: missedId, toldOn: '2025-01-29', childSaid: 'Early' } }))).toEqual([
      ['BAD_USER_INPUT', 'toldOn'],
    ]);
    expect(field(await advocate.request(PartsBriefingDocument, { input: { decisionId: missedId, toldOn: '2025-02-30', childSaid: 'Bad day' } }))).toEqual([
      ['BAD_USER_INPUT', 'toldOn'],
    ]);
    expect(field(await advocate.request(PartsBriefingDocument, { input: { decisionId: missedId, toldOn: '2025-02-03', childSaid: ' ' } }))).toEqual([
      ['BAD_USER_INPUT', 'childSaid'],
    ]);
    const read = await advocate.request(PartsReadDocument, { meetingId });
    const attended = read.data?.meetingParts.decisions.find((d) => d.text === 'Mo stays at school')?.decisionId ?? '';
    expect(codes(await advocate.request(PartsBriefingDocument, { input: { decisionId: attended, toldOn: '2025-02-03', childSaid: 'OK' } }))).toEqual([
      ['CONFLICT', 'This decision was not taken in a part of the meeting the child missed.'],
    ]);
    // Another LA's decision and another child's advocate: NOT_FOUND, as if it did not exist.
    expect(codes(await advocate.request(PartsReadDocument, { meetingId: other.meetingId })).map(([c]) => c)).toEqual(['NOT_FOUND']);
    expect(codes(await other.manager.request(PartsReadDocument, { meetingId })).map(([c]) => c)).toEqual(['NOT_FOUND']);
    expect(
      codes(await other.advocate.request(PartsBriefingDocument, { input: { decisionId: missedId, toldOn: '2025-02-03', childSaid: 'OK' } })).map(([c]) => c),
    ).toEqual(['NOT_FOUND']);
  });

  it('adds parts only to a held meeting', async () => {
    const { manager, meetingId } = await meetingSetup(api, false);
    expect(
      codes(await manager.request(PartsAddDocument, { input: { meetingId, title: 'Early', attendees: ['A'], childAttended: true, childChair: 'NONE' } })),
    ).toEqual([['CONFLICT', 'Record the meeting as held first.']]);
  });
});
