import {
  AdvocacyStartsOnImportChildDocument,
  AdvocacyStartsOnImportChildrenDocument,
  AdvocacyStartsOnImportImportDocument,
} from '@heard/graphql-types/testing';
import { advocacyFixture } from '../../support/advocacy-fixture';
import { importAndWait } from '../../support/ssda903-files';
import { startTestApp, type TestApp } from '../../support/test-app';

const HEADER = `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
R1,1,01/03/2012,WBRI,,,
R2,2,15/07/2015,BAFR,,,
`;
/** R1's only episode has a legal status that is not a 903 code: it is rejected, and R1 has no period of care. */
const EPISODES = `CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
R1,01/06/2024,S,Q9,N1,U4,PR1,,,,,,
R2,01/06/2024,S,C2,N1,U4,PR1,,,,,,
`;
const REVIEWS = `CHILD,DOB,REVIEW,REVIEW_CODE
`;

/** A child with no open period of care is not in care: not queued, not shown as waiting, and every list says the same. */
describe('an imported child whose only episode was rejected', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('is not in care, not queued, and the LA list and the waiting list agree', async () => {
    // No advocate covers the LA: R2, in care, waits; R1 must not.
    const fx = await advocacyFixture(api, [], { covered: false });
    const manager = await fx.signIn(fx.managerEmail);
    const result = await importAndWait(api.url, manager, AdvocacyStartsOnImportImportDocument, { header: HEADER, episodes: EPISODES, reviews: REVIEWS });
    expect(result.counts).toEqual({ childrenCreated: 2, childrenAssigned: 0, childrenQueued: 1, assignmentsEnded: 0, rowsRejected: 1 });
    expect(result.rejections.map((r) => [r.file, r.rowNumber, r.column])).toEqual([['episodes', 2, 'LS']]);
    const lists = (await manager.request(AdvocacyStartsOnImportChildrenDocument)).data;
    expect(lists?.laChildren.map((c) => [c.familyName, c.advocate, c.status, c.currentOffer])).toEqual([
      ['R2', null, 'AWAITING_ADVOCATE', null],
      ['R1', null, 'NOT_IN_CARE', null],
    ]);
    expect(lists?.awaitingAdvocate).toEqual([{ childName: 'Child R2', waitingSince: expect.any(String) }]);
    const r1 = lists?.laChildren.find((c) => c.familyName === 'R1');
    expect((await manager.request(AdvocacyStartsOnImportChildDocument, { id: r1?.id ?? '' })).data?.child).toEqual({
      status: 'NOT_IN_CARE',
      episodes: [],
      triggerEvents: [],
      assignments: [],
      offers: [],
    });
  });
});
