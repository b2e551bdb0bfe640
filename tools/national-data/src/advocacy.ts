import { createEnglandAndWalesCalendar, offerDueDate, type OfferReason } from '@heard/domain';
import type { BulkTable } from './bulk-insert';
import { ageOn, at, birthday, type Day, dayOf, iso, type WorkingDays } from './days';
import type { IdFactory } from './ids';
import type { AdvocatePlan, AssignmentPlan, ChildPlan, PeriodPlan } from './model';
import { Prng } from './prng';
import { ACCEPT_WORDS, NON_INSTRUCTED_REASONS, OPT_BACK_IN_WORDS, OPT_OUT_WORDS } from './texts';

export interface AdvocacyContext {
  seed: number;
  today: Day;
  ids: IdFactory;
  advocates: AdvocatePlan[];
  workingDays: WorkingDays;
  offerDueWorkingDays: number;
  offers: BulkTable;
  decisions: BulkTable;
}

interface OpenOffer {
  id: string;
  promptedOn: Day;
  dueOn: Day;
  explanation: string;
  reason: OfferReason;
}

type Moment = { day: Day; reason: OfferReason };

/**
 * Each assignment's active offer and the child's answers, then, while a child has opted out, the
 * offers made again at key moments (placement change, a care-planning meeting, care proceedings,
 * turning 16) and opting back in: the same rules as the API's offer services, replayed in date order.
 */
export class AdvocacyWriter {
  private readonly calendar = createEnglandAndWalesCalendar();
  private readonly dueCache = new Map<Day, { dueOn: Day; explanation: string }>();

  constructor(private readonly ctx: AdvocacyContext) {}

  child(child: ChildPlan): void {
    new ChildAdvocacy(this.ctx, child, (day) => this.due(day)).run();
  }

  private due(day: Day): { dueOn: Day; explanation: string } {
    let due = this.dueCache.get(day);
    if (due === undefined) {
      const explained = offerDueDate(this.calendar, iso(day), this.ctx.offerDueWorkingDays);
      due = { dueOn: dayOf(explained.result), explanation: explained.sentence };
      this.dueCache.set(day, due);
    }
    return due;
  }
}

class ChildAdvocacy {
  private readonly rng: Prng;
  private stamp = 0;
  private optedOutSince: Day | null = null;
  private ageSixteenOffered = false;
  private readonly pending = new Map<string, { offer: OpenOffer; assignmentId: string; created: string }>();

  constructor(
    private readonly ctx: AdvocacyContext,
    private readonly child: ChildPlan,
    private readonly due: (day: Day) => { dueOn: Day; explanation: string },
  ) {
    this.rng = Prng.for(ctx.seed, 'advocacy', child.index);
  }

  run(): void {
    for (const assignment of this.child.assignments) this.assignment(assignment);
    this.flushOpen();
    if (this.optedOutSince !== null) this.child.optedOut.push([this.optedOutSince, Number.POSITIVE_INFINITY]);
  }

  private assignment(a: AssignmentPlan): void {
    const limit = Math.min(a.end ?? this.ctx.today, this.ctx.today);
    const userId = (this.ctx.advocates[a.advocate] as AdvocatePlan).userId;
    const first = this.offer(a, a.offerReason, a.start);
    const answeredOn = this.answerDay(a.start, first.dueOn, limit, a.end !== null);
    if (answeredOn === null) return;
    const kind = this.firstAnswer(a.start);
    this.answer(first, kind, answeredOn, userId);
    if (kind === 'OPTED_OUT') this.whileOptedOut(a, answeredOn, limit, userId);
  }

  /** Offers again at each key moment (unless one is open) until the child accepts, opts back in, or the assignment ends. */
  private whileOptedOut(a: AssignmentPlan, from: Day, limit: Day, userId: string): void {
    const moments = this.moments(this.periodAt(a.start), from, limit);
    const backIn = this.rng.chance(0.4) ? from + Math.ceil(this.rng.exponential(240)) : Number.POSITIVE_INFINITY;
    let open: OpenOffer | null = null;
    let openAnswer = Number.POSITIVE_INFINITY;
    let cursor = from;
    while (this.optedOutSince !== null) {
      if (open === null && this.ageSixteenDue(cursor)) moments.push({ day: cursor, reason: 'AGE_16' });
      moments.sort((x, y) => x.day - y.day);
      while (moments.length > 0 && ((moments[0] as Moment).day < cursor || (open !== null && (moments[0] as Moment).day <= openAnswer))) moments.shift();
      const moment = moments[0];
      const next = Math.min(backIn, openAnswer, moment?.day ?? Number.POSITIVE_INFINITY);
      if (next > limit) return;
      if (next === backIn) {
        this.optBackIn(backIn, userId, open);
        return;
      }
      if (open !== null && next === openAnswer) {
        this.answer(open, this.rng.chance(0.3) ? 'ACCEPTED' : 'OPTED_OUT', openAnswer, userId);
        [open, openAnswer, cursor] = [null, Number.POSITIVE_INFINITY, next];
        continue;
      }
      if (moment === undefined) return;
      moments.shift();
      if (moment.reason === 'AGE_16') this.ageSixteenOffered = true;
      open = this.offer(a, moment.reason, moment.day);
      openAnswer = this.answerDay(moment.day, open.dueOn, limit, a.end !== null) ?? Number.POSITIVE_INFINITY;
      cursor = moment.day;
    }
  }

  /** Key moments while opted out: placement changes, meetings held, care proceedings starting, turning 16. */
  private moments(period: PeriodPlan | undefined, from: Day, limit: Day): Moment[] {
    if (period === undefined) return [];
    const moments: Moment[] = [
      ...period.stints.slice(1).map((s) => ({ day: s.start, reason: 'PLACEMENT_CHANGE' as const })),
      ...period.meetings.map((day) => ({ day, reason: 'CARE_PLANNING_MEETING' as const })),
      ...(period.proceedingsOn === null ? [] : [{ day: period.proceedingsOn, reason: 'COURT_PROCEEDINGS' as const }]),
    ];
    const sixteen = birthday(this.child.dateOfBirth, 16);
    if (!this.ageSixteenOffered && sixteen > from) moments.push({ day: sixteen, reason: 'AGE_16' });
    return moments.filter((m) => m.day > from && m.day <= limit);
  }

  private ageSixteenDue(day: Day): boolean {
    return !this.ageSixteenOffered && this.optedOutSince !== null && ageOn(this.child.dateOfBirth, day) >= 16;
  }

  private firstAnswer(on: Day): 'ACCEPTED' | 'OPTED_OUT' | 'NON_INSTRUCTED' {
    const age = ageOn(this.child.dateOfBirth, on);
    const needs = this.child.communicationNeeds ?? '';
    if (age < 4 || ((needs.startsWith('Learning disability') || needs === 'Uses Makaton') && this.rng.chance(0.5))) return 'NON_INSTRUCTED';
    const optOut = age < 10 ? 0.06 : age < 14 ? 0.1 : age < 16 ? 0.15 : 0.2;
    return this.rng.chance(optOut) ? 'OPTED_OUT' : 'ACCEPTED';
  }

  /** Most answers come within the deadline, some late; none after the assignment ends or after today. */
  private answerDay(prompted: Day, dueOn: Day, limit: Day, ended: boolean): Day | null {
    const onTime = this.rng.chance(0.86);
    const day = onTime
      ? Math.min(dueOn, this.ctx.workingDays.add(prompted, this.rng.int(0, 4)) - (this.rng.chance(0.15) ? 1 : 0))
      : this.ctx.workingDays.add(dueOn, this.rng.int(1, 12));
    const answered = Math.max(prompted, day);
    if (answered <= limit) return answered;
    return ended && limit >= prompted ? limit : null;
  }

  private periodAt(day: Day): PeriodPlan | undefined {
    return this.child.periods.find((p) => p.start <= day && (p.end === null || p.end >= day));
  }

  private offer(a: AssignmentPlan, reason: OfferReason, promptedOn: Day): OpenOffer {
    const { dueOn, explanation } = this.due(promptedOn);
    const offer: OpenOffer = { id: this.ctx.ids.next('offer'), promptedOn, dueOn, explanation, reason };
    this.pending.set(offer.id, { offer, assignmentId: a.id, created: this.nextStamp(promptedOn, 9 * 60) });
    return offer;
  }

  private answer(offer: OpenOffer, kind: 'ACCEPTED' | 'OPTED_OUT' | 'NON_INSTRUCTED', on: Day, userId: string): void {
    const words = kind === 'OPTED_OUT' ? this.rng.pick(OPT_OUT_WORDS) : kind === 'ACCEPTED' ? this.rng.pick(ACCEPT_WORDS) : null;
    const reason = kind === 'NON_INSTRUCTED' ? this.rng.pick(NON_INSTRUCTED_REASONS) : null;
    this.writeOffer(offer.id, kind, on, words, reason, userId);
    this.ctx.decisions.add(this.ctx.ids.next('childDecision'), this.child.id, kind, iso(on), words, offer.id, userId, this.nextStamp(on, 10 * 60));
    if (kind === 'OPTED_OUT' && this.optedOutSince === null) this.optedOutSince = on;
    if (kind !== 'OPTED_OUT' && this.optedOutSince !== null) {
      this.child.optedOut.push([this.optedOutSince, on]);
      this.optedOutSince = null;
    }
  }

  /** The child opts back in; an offer still open is recorded as accepted that day (as the API does). */
  private optBackIn(on: Day, userId: string, open: OpenOffer | null): void {
    this.ctx.decisions.add(
      this.ctx.ids.next('childDecision'),
      this.child.id,
      'OPTED_BACK_IN',
      iso(on),
      this.rng.pick(OPT_BACK_IN_WORDS),
      null,
      userId,
      this.nextStamp(on, 10 * 60),
    );
    if (open !== null) this.writeOffer(open.id, 'ACCEPTED', on, null, null, userId);
    this.child.optedOut.push([this.optedOutSince ?? on, on]);
    this.optedOutSince = null;
  }

  private writeOffer(id: string, outcome: string | null, on: Day | null, words: string | null, reason: string | null, userId: string | null): void {
    const entry = this.pending.get(id);
    if (entry === undefined) return;
    this.pending.delete(id);
    const o = entry.offer;
    this.ctx.offers.add(
      o.id,
      this.child.id,
      entry.assignmentId,
      o.reason,
      iso(o.promptedOn),
      iso(o.dueOn),
      o.explanation,
      outcome,
      on === null ? null : iso(on),
      words,
      reason,
      outcome === null ? null : userId,
      entry.created,
    );
  }

  /** Offers still without an answer are written as they stand. */
  private flushOpen(): void {
    for (const id of [...this.pending.keys()]) this.writeOffer(id, null, null, null, null, null);
  }

  /** Strictly increasing timestamps per child, so "latest" is never ambiguous. */
  private nextStamp(day: Day, minutes: number): string {
    const wanted = day * 1440 + minutes;
    this.stamp = Math.max(this.stamp + 1, wanted);
    return at(0, this.stamp);
  }
}
