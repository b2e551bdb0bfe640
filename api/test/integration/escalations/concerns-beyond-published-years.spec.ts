import { onDay } from '../../support/clock';
import { concernWorld, RAISE, raiseInput } from '../../support/concern-fixture';
import { startTestApp, type TestApp } from '../../support/test-app';

/** GOV.UK has published bank holidays to 2027; a concern's stage deadlines run on into 2028 by the usual rules. */
describe('concerns raised around the end of the published bank holidays', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());
  afterEach(() => jest.restoreAllMocks());

  it.each([
    ['2027-12-23', '2028-01-04'],
    ['2027-12-31', '2028-01-10'],
    ['2028-01-02', '2028-01-10'],
    ['2028-01-04', '2028-01-11'],
  ])('successful-raise: a concern raised on %s has its informal stage due %s', async (day, deadline) => {
    onDay(api, day);
    const { advocate, childId } = await concernWorld(api);
    const raised = await advocate.request(RAISE, { input: raiseInput(childId) });
    expect(raised.errors).toEqual([]);
    const concern = raised.data?.raiseConcern;
    expect([concern?.stage, concern?.status, concern?.stageDeadline, concern?.overdue]).toEqual(['INFORMAL', 'OPEN', deadline, false]);
  });
});
