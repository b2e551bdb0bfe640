import { graphql } from './lib/graphql';
import { round } from './lib/stats';

export interface TriggersResult {
  readonly events: number;
  readonly concurrency: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  readonly outcomes: Record<string, number>;
}

const RECORD = `mutation ($input: RecordTriggerEventInput!) { recordTriggerEvent(input: $input) { outcome advocate { id } } }`;

/** An LA manager records `events` children entering care, `concurrency` at a time; each is assigned an advocate or queued. */
export async function benchTriggers(apiUrl: string, token: string, events: number, concurrency: number, runId: string): Promise<TriggersResult> {
  const outcomes: Record<string, number> = {};
  const today = new Date().toISOString().slice(0, 10);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < events; i = next++) {
      const input = {
        kind: 'ENTERED_CARE',
        occurredOn: today,
        newChild: {
          laChildRef: `BENCH-${runId}-${i}`,
          givenName: 'Bench',
          familyName: `Child ${i}`,
          dateOfBirth: `20${String(10 + (i % 14)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
        },
      };
      const data = await graphql<{ recordTriggerEvent: { outcome: string } }>(apiUrl, RECORD, { input }, token);
      outcomes[data.recordTriggerEvent.outcome] = (outcomes[data.recordTriggerEvent.outcome] ?? 0) + 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return { events, concurrency, seconds: round(seconds, 2), eventsPerSecond: round(events / seconds, 1), outcomes };
}
