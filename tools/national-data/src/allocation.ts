import type { Day } from './days';
import { EventQueue, type TimedEvent } from './event-queue';
import type { IdFactory } from './ids';
import type { AdvocatePlan, AssignmentEndReason, AssignmentPlan, ChildPlan, LaPlan, QueuePlan } from './model';
import { Prng } from './prng';

export interface AllocationContext {
  seed: number;
  today: Day;
  las: LaPlan[];
  advocates: AdvocatePlan[];
  children: ChildPlan[];
  ids: IdFactory;
  /** The advocate who must end with exactly this many children (advocate1). */
  showcase: { advocate: number; caseload: number };
}

interface AllocationEvent extends TimedEvent {
  kind: 'RELEASE' | 'REASSIGN' | 'REQUEST';
  child: number;
  assignmentId: string | null;
}

const END_NOTES: Readonly<Record<AssignmentEndReason, string | null>> = {
  LEFT_CARE: null,
  ADVOCATE_LEFT: 'The advocate left the provider; the child was introduced to their new advocate.',
  CONFLICT_OF_INTEREST: 'The advocate knows a member of the child’s family.',
  CHILD_REQUEST: 'The child asked for a different advocate.',
};

/**
 * Replays every entry to care, departure and reassignment in date order, assigning advocates with
 * the same rule as `chooseAdvocate` in libs/domain (previous advocate, a sibling's, a shared first
 * language, then the lowest caseload; never over cap, never employed by the child's LA) and queuing
 * children nobody can take. Fills each child's assignments and returns the awaiting-advocate queue.
 */
export function allocate(ctx: AllocationContext): QueuePlan[] {
  return new Allocator(ctx).run();
}

class Allocator {
  private readonly rng: Prng;
  private readonly caseload: Int32Array;
  private readonly current: Array<AssignmentPlan | null>;
  private readonly serves: Uint8Array;
  private readonly candidates: number[][];
  /** The LAs each advocate may take children from. */
  private readonly candidateLas: number[][];
  private readonly siblings = new Map<string, number[]>();
  /** Children waiting, per LA, oldest first; entries resolved meanwhile are skipped when reached. */
  private readonly waiting: QueuePlan[][];
  private readonly waitingNow = new Map<number, QueuePlan>();
  private readonly queue: QueuePlan[] = [];
  private readonly events = new EventQueue<AllocationEvent>();

  constructor(private readonly ctx: AllocationContext) {
    this.rng = Prng.for(ctx.seed, 'allocation');
    this.caseload = new Int32Array(ctx.advocates.length);
    this.current = ctx.children.map(() => null);
    this.waiting = ctx.las.map(() => []);
    this.serves = new Uint8Array(ctx.advocates.length * ctx.las.length);
    this.candidates = ctx.las.map((la) => ctx.advocates.filter((a) => la.providers.includes(a.provider) && a.employingLa !== la.index).map((a) => a.index));
    this.candidateLas = ctx.advocates.map(() => []);
    this.candidates.forEach((list, la) => {
      for (const a of list) {
        this.serves[a * ctx.las.length + la] = 1;
        this.candidateLas[a]?.push(la);
      }
    });
    for (const child of ctx.children) {
      if (child.siblingGroupId === null) continue;
      const group = this.siblings.get(child.siblingGroupId) ?? [];
      group.push(child.index);
      this.siblings.set(child.siblingGroupId, group);
    }
  }

  run(): QueuePlan[] {
    this.schedule();
    for (let event = this.events.pop(); event !== undefined; event = this.events.pop()) {
      if (event.kind === 'RELEASE') this.release(event.child, event.day);
      else if (event.kind === 'REASSIGN') this.reassign(event.child, event.day, event.assignmentId);
      else this.request(event.child, event.day);
    }
    this.topUpShowcase();
    return this.queue;
  }

  private schedule(): void {
    for (const child of this.ctx.children) {
      const goLive = (this.ctx.las[child.laIndex] as LaPlan).goLive;
      for (const period of child.periods) {
        const from = Math.max(period.start, goLive);
        if (from > this.ctx.today || (period.end !== null && from >= period.end)) continue;
        this.events.push({ day: from, order: 2, sequence: 0, kind: 'REQUEST', child: child.index, assignmentId: null });
        if (period.end !== null) this.events.push({ day: period.end, order: 0, sequence: 0, kind: 'RELEASE', child: child.index, assignmentId: null });
      }
    }
  }

  private request(child: number, day: Day): void {
    if (this.current[child] !== null) return;
    const choice = this.choose(child, -1);
    if (choice !== null) {
      this.start(child, choice.advocate, day, choice.reason, 'INITIAL');
      return;
    }
    const entry: QueuePlan = {
      id: this.ctx.ids.next('awaiting'),
      child,
      laIndex: (this.ctx.children[child] as ChildPlan).laIndex,
      since: day,
      queuedOn: day,
      resolvedOn: null,
      assignmentId: null,
    };
    (this.waiting[entry.laIndex] as QueuePlan[]).push(entry);
    this.waitingNow.set(child, entry);
    this.queue.push(entry);
  }

  private release(child: number, day: Day): void {
    const open = this.current[child];
    if (open === null) {
      const entry = this.waitingNow.get(child);
      if (entry !== undefined) entry.resolvedOn = day;
      this.waitingNow.delete(child);
      return;
    }
    this.end(open, day, 'LEFT_CARE');
    this.drain(open.advocate, day);
  }

  private reassign(child: number, day: Day, assignmentId: string | null): void {
    const open = this.current[child];
    if (open === null || open.id !== assignmentId) return;
    const choice = this.choose(child, open.advocate);
    if (choice === null) return;
    this.end(open, day, this.rng.chance(0.6) ? 'CHILD_REQUEST' : 'CONFLICT_OF_INTEREST');
    this.start(child, choice.advocate, day, 'REASSIGNED', 'REASSIGNMENT');
    this.drain(open.advocate, day);
  }

  /** A place has freed: the longest-waiting child this advocate could take is assigned (by the usual rule). */
  private drain(freed: number, day: Day): void {
    let oldest: QueuePlan | null = null;
    for (const la of this.candidateLas[freed] ?? []) {
      const line = this.waiting[la] as QueuePlan[];
      while (line.length > 0 && (line[0] as QueuePlan).resolvedOn !== null) line.shift();
      const head = line[0];
      if (head !== undefined && (oldest === null || head.id < oldest.id)) oldest = head;
    }
    if (oldest === null) return;
    const choice = this.choose(oldest.child, -1);
    if (choice === null) return;
    const assignment = this.start(oldest.child, choice.advocate, day, choice.reason, 'INITIAL');
    Object.assign(oldest, { resolvedOn: day, assignmentId: assignment.id });
    this.waitingNow.delete(oldest.child);
  }

  private start(child: number, advocate: number, day: Day, startReason: string, offerReason: AssignmentPlan['offerReason']): AssignmentPlan {
    const assignment: AssignmentPlan = {
      id: this.ctx.ids.next('assignment'),
      child,
      advocate,
      start: day,
      end: null,
      startReason,
      endReason: null,
      endNote: null,
      offerReason,
    };
    (this.ctx.children[child] as ChildPlan).assignments.push(assignment);
    this.current[child] = assignment;
    this.caseload[advocate] = (this.caseload[advocate] ?? 0) + 1;
    if (this.rng.chance(0.015)) {
      const on = day + this.rng.int(30, 400);
      if (on < this.ctx.today) this.events.push({ day: on, order: 1, sequence: 0, kind: 'REASSIGN', child, assignmentId: assignment.id });
    }
    return assignment;
  }

  private end(assignment: AssignmentPlan, day: Day, reason: AssignmentEndReason): void {
    Object.assign(assignment, { end: Math.max(day, assignment.start), endReason: reason, endNote: END_NOTES[reason] });
    this.current[assignment.child] = null;
    this.caseload[assignment.advocate] = (this.caseload[assignment.advocate] ?? 0) - 1;
  }

  private eligible(advocate: number, la: number, excluded: number): boolean {
    const plan = this.ctx.advocates[advocate] as AdvocatePlan;
    return advocate !== excluded && plan.active && this.serves[advocate * this.ctx.las.length + la] === 1 && (this.caseload[advocate] ?? 0) < plan.cap;
  }

  /** The rule of `chooseAdvocate`, on arrays. */
  private choose(childIndex: number, excluded: number): { advocate: number; reason: string } | null {
    const child = this.ctx.children[childIndex] as ChildPlan;
    const la = child.laIndex;
    for (let i = child.assignments.length - 1; i >= 0; i -= 1) {
      const previous = (child.assignments[i] as AssignmentPlan).advocate;
      if (this.eligible(previous, la, excluded)) return { advocate: previous, reason: 'PREVIOUS_ADVOCATE' };
    }
    for (const sibling of child.siblingGroupId === null ? [] : (this.siblings.get(child.siblingGroupId) ?? [])) {
      const theirs = sibling === childIndex ? null : this.current[sibling];
      if (theirs != null && this.eligible(theirs.advocate, la, excluded)) return { advocate: theirs.advocate, reason: 'SIBLING_ADVOCATE' };
    }
    const language = child.firstLanguage.toLowerCase();
    let lowest = -1;
    let speaker = -1;
    for (const advocate of this.candidates[la] ?? []) {
      if (!this.eligible(advocate, la, excluded)) continue;
      if (lowest < 0 || this.lower(advocate, lowest)) lowest = advocate;
      if (
        language !== 'english' &&
        (speaker < 0 || this.lower(advocate, speaker)) &&
        (this.ctx.advocates[advocate] as AdvocatePlan).languages.some((l) => l.toLowerCase() === language)
      )
        speaker = advocate;
    }
    if (speaker >= 0) return { advocate: speaker, reason: 'SHARED_LANGUAGE' };
    return lowest >= 0 ? { advocate: lowest, reason: 'LOWEST_CASELOAD' } : null;
  }

  private lower(a: number, b: number): boolean {
    const ca = this.caseload[a] ?? 0;
    const cb = this.caseload[b] ?? 0;
    if (ca !== cb) return ca < cb;
    const capA = (this.ctx.advocates[a] as AdvocatePlan).cap;
    const capB = (this.ctx.advocates[b] as AdvocatePlan).cap;
    return capA !== capB ? capA > capB : a < b;
  }

  /**
   * advocate1 must end with exactly `caseload` children: if they have fewer, a colleague at the same
   * provider leaves today and their children are reassigned, advocate1 first.
   */
  private topUpShowcase(): void {
    const { advocate: showcase, caseload } = this.ctx.showcase;
    const provider = (this.ctx.advocates[showcase] as AdvocatePlan).provider;
    while ((this.caseload[showcase] ?? 0) < caseload) {
      const colleagues = this.ctx.advocates.filter((a) => a.provider === provider && a.active && a.index !== showcase && (this.caseload[a.index] ?? 0) > 0);
      const leaver = colleagues.sort((a, b) => (this.caseload[b.index] ?? 0) - (this.caseload[a.index] ?? 0) || a.index - b.index)[0];
      if (leaver === undefined)
        throw new Error(
          `advocate${showcase + 1} cannot reach ${caseload} children: nobody at their provider has children to hand over (try a larger --scale).`,
        );
      leaver.active = false;
      const handedOver = this.current.filter((a): a is AssignmentPlan => a !== null && a.advocate === leaver.index);
      for (const open of handedOver) this.end(open, this.ctx.today, 'ADVOCATE_LEFT');
      for (const open of handedOver) {
        const child = open.child;
        const la = (this.ctx.children[child] as ChildPlan).laIndex;
        const toShowcase = (this.caseload[showcase] ?? 0) < caseload && this.eligible(showcase, la, -1);
        const choice = toShowcase ? { advocate: showcase } : this.choose(child, -1);
        if (choice !== null) this.start(child, choice.advocate, this.ctx.today, 'REASSIGNED', 'REASSIGNMENT');
        else this.request(child, this.ctx.today);
      }
    }
  }
}
