import { childChannelSlowDown, retryAfterMinutes } from './channel-rules';

describe("the child's page, when it has sent too many messages", () => {
  it('rounds the wait up to whole minutes, at least one', () => {
    expect([retryAfterMinutes(1), retryAfterMinutes(60_000), retryAfterMinutes(60_001), retryAfterMinutes(599_000)]).toEqual([1, 1, 2, 10]);
  });

  it('says calmly how long to wait, and where to go if the child is not safe', () => {
    expect(childChannelSlowDown(1)).toBe('Too many messages for now. Please try again in 1 minute. If you are not safe right now, call 999.');
    expect(childChannelSlowDown(7)).toBe('Too many messages for now. Please try again in 7 minutes. If you are not safe right now, call 999.');
  });
});
