import { hash32 } from './prng';

/** Every table the generator writes ids for, with the code that sits in the id. */
export const ID_TABLES = {
  localAuthority: 1,
  provider: 2,
  user: 3,
  advocate: 4,
  laStaff: 5,
  child: 6,
  careEpisode: 7,
  triggerEvent: 8,
  assignment: 9,
  awaiting: 10,
  offer: 11,
  childDecision: 12,
  meeting: 13,
  childView: 14,
  meetingDecision: 15,
  meetingAction: 16,
  home: 17,
  placement: 18,
  homeVisit: 19,
  recommendation: 20,
  concern: 21,
  concernEvent: 22,
  advocateInput: 23,
  selfRepresentation: 24,
  childViewOutcome: 25,
} as const;
export type IdTable = keyof typeof ID_TABLES;

/**
 * Deterministic UUIDs: the seed's hash, the table's code, the writing lane and a counter, laid out
 * as a version-4 variant-1 UUID (`ssssssss-tttt-4lll-8000-nnnnnnnnnnnn`). Same seed, same ids;
 * different seeds or lanes never collide (each lane writes its share of the children in a fixed
 * order, so its ids do not depend on how the lanes interleave); ids grow with insertion order,
 * which keeps the primary-key B-trees compact.
 */
export class IdFactory {
  private readonly prefix: string;
  private readonly lane: string;
  private readonly counters = new Map<IdTable, number>();

  constructor(
    private readonly seed: number,
    lane = 0,
  ) {
    this.prefix = hash32(`heard-national-ids|${seed}`).toString(16).padStart(8, '0');
    this.lane = lane.toString(16).padStart(3, '0');
  }

  /** The id space of a writing lane (lane 0 is the planner's). */
  forLane(lane: number): IdFactory {
    return new IdFactory(this.seed, lane + 1);
  }

  next(table: IdTable): string {
    const n = (this.counters.get(table) ?? 0) + 1;
    this.counters.set(table, n);
    return this.format(table, n);
  }

  private format(table: IdTable, n: number): string {
    const code = ID_TABLES[table].toString(16).padStart(4, '0');
    return `${this.prefix}-${code}-4${this.lane}-8000-${n.toString(16).padStart(12, '0')}`;
  }
}
