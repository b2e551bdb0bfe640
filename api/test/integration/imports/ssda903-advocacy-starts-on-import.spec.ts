import {
  AdvocacyStartsOnImportChildDocument,
  AdvocacyStartsOnImportChildrenDocument,
  AdvocacyStartsOnImportImportDocument,
} from '@heard/graphql-types/testing';
import { Clock } from '../../../src/common/clock';
import { advocacyFixture, type AdvocacyFixture } from '../../support/advocacy-fixture';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { importAndWait } from '../../support/ssda903-files';
import { startTestApp, type TestApp } from '../../support/test-app';

const HEADER = `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
P1,2,04/09/2012,AIND,,,
P2,1,20/01/2014,WBRI,,,
`;
const EPISODE_COLUMNS = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
const REVIEWS = `CHILD,DOB,REVIEW,REVIEW_CODE
P1,04/09/2012,02/04/2025,PN1
`;

/** P1 in care since 15 March 2025 (ended `p1Ended` when given), P2 entering care on the import date. */
function episodes(p1Ended = ''): string {
  return `${EPISODE_COLUMNS}
P1,15/03/2025,S,C2,N1,U4,PR1,${p1Ended === '' ? ',' : `${p1Ended},E13`},,,,
P2,10/06/2025,S,C2,N1,U4,PR1,,,,,,
`;
}

/** The day Heard learns of a child is the day advocacy starts: the period of care keeps its real start. */
describe('advocacy for an imported child starts on the import date', () => {
  let api: TestApp;
  let fx: AdvocacyFixture;
  let manager: GraphqlTestClient;
  const onDay = (iso: string) => jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(`${iso}T10:00:00Z`));

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());
  afterEach(() => jest.restoreAllMocks());

  const importOn = async (day: string, episodeRows: string) => {
    onDay(day);
    return importAndWait(api.url, manager, AdvocacyStartsOnImportImportDocument, { header: HEADER, episodes: episodeRows, reviews: REVIEWS });
  };
  const childrenNow = async () => (await manager.request(AdvocacyStartsOnImportChildrenDocument)).data;
  const childOf = async (ref: string) => {
    const listed = (await childrenNow())?.laChildren.find((c) => c.familyName === ref);
    return (await manager.request(AdvocacyStartsOnImportChildDocument, { id: listed?.id ?? '' })).data?.child;
  };

  it('assigns a child already in care from the import date, the offer due 5 working days after it', async () => {
    // Signed in on the real clock: the upload checks its token against it.
    fx = await advocacyFixture(api, [{ cap: 5 }]);
    manager = await fx.signIn(fx.managerEmail);
    const result = await importOn('2025-06-10', episodes());
    expect(result).toEqual({
      status: 'COMPLETED',
      counts: { childrenCreated: 2, childrenAssigned: 2, childrenQueued: 0, assignmentsEnded: 0, rowsRejected: 0 },
      rejections: [],
    });
    const advocate = fx.advocates[0]?.name ?? '';
    const offer = {
      promptedOn: '2025-06-10',
      dueOn: '2025-06-17',
      dueExplanation: '17 June 2025: 5 working days after 10 June 2025, no bank holidays skipped',
      overdue: false,
    };
    expect(await childrenNow()).toEqual({
      laChildren: [
        { id: expect.any(String), familyName: 'P1', advocate: { displayName: advocate }, status: 'OFFER_DUE', currentOffer: offer },
        { id: expect.any(String), familyName: 'P2', advocate: { displayName: advocate }, status: 'OFFER_DUE', currentOffer: offer },
      ],
      awaitingAdvocate: [],
    });
    expect(await childOf('P1')).toEqual({
      status: 'OFFER_DUE',
      episodes: [{ startDate: '2025-03-15', endDate: null }],
      triggerEvents: [{ kind: 'ENTERED_CARE', occurredOn: '2025-03-15' }],
      assignments: [{ startedOn: '2025-06-10', endedOn: null, endReason: null }],
      offers: [{ promptedOn: '2025-06-10', dueOn: '2025-06-17' }],
    });
  });

  it('changes nothing when the same return is imported again a week later', async () => {
    const again = await importOn('2025-06-17', episodes());
    expect(again.counts).toEqual({ childrenCreated: 0, childrenAssigned: 0, childrenQueued: 0, assignmentsEnded: 0, rowsRejected: 0 });
    expect((await childOf('P1'))?.assignments).toEqual([{ startedOn: '2025-06-10', endedOn: null, endReason: null }]);
  });

  it('ends the assignment on the day it began when the next return says the child left care before Heard learned of it', async () => {
    const result = await importOn('2025-07-01', episodes('01/05/2025'));
    expect(result).toEqual({
      status: 'COMPLETED',
      counts: { childrenCreated: 0, childrenAssigned: 0, childrenQueued: 0, assignmentsEnded: 1, rowsRejected: 0 },
      rejections: [],
    });
    expect(await childOf('P1')).toEqual({
      status: 'NOT_IN_CARE',
      episodes: [{ startDate: '2025-03-15', endDate: '2025-05-01' }],
      triggerEvents: [{ kind: 'ENTERED_CARE', occurredOn: '2025-03-15' }],
      assignments: [{ startedOn: '2025-06-10', endedOn: '2025-06-10', endReason: 'LEFT_CARE' }],
      offers: [{ promptedOn: '2025-06-10', dueOn: '2025-06-17' }],
    });
  });
  it('gives the child an advocate again when a later return shows the ended period open after all', async () => {
    // The LA corrects its case system: the period from 15 March 2025 never ended. ENTERED_CARE for it is already recorded.
    const result = await importOn('2025-07-15', episodes());
    expect(result).toEqual({
      status: 'COMPLETED',
      counts: { childrenCreated: 0, childrenAssigned: 1, childrenQueued: 0, assignmentsEnded: 0, rowsRejected: 0 },
      rejections: [],
    });
    expect(await childOf('P1')).toEqual({
      status: 'OFFER_DUE',
      episodes: [{ startDate: '2025-03-15', endDate: null }],
      triggerEvents: [{ kind: 'ENTERED_CARE', occurredOn: '2025-03-15' }],
      assignments: [
        { startedOn: '2025-07-15', endedOn: null, endReason: null },
        { startedOn: '2025-06-10', endedOn: '2025-06-10', endReason: 'LEFT_CARE' },
      ],
      offers: [
        { promptedOn: '2025-07-15', dueOn: '2025-07-22' },
        { promptedOn: '2025-06-10', dueOn: '2025-06-17' },
      ],
    });
    const again = await importOn('2025-07-16', episodes());
    expect(again.counts).toEqual({ childrenCreated: 0, childrenAssigned: 0, childrenQueued: 0, assignmentsEnded: 0, rowsRejected: 0 });
  });
});
