import type { BulkTable, BulkWriter } from './bulk-insert';
import { assignmentOn, currentAssignment, optedOutOn } from './child-timeline';
import { ageOn, at, type Day, iso } from './days';
import type { IdFactory } from './ids';
import type { AdvocatePlan, ChildPlan, LaPlan, NationalPlan, PeriodPlan } from './model';
import { participationCode } from './participation';
import { Prng } from './prng';
import { TABLES } from './tables';
import { ACTIONS, ADVOCATE_INPUTS, DECISIONS, MINUTES, PLACES, REVIEW_NOTES, SUMMARIES, VIEWS } from './texts';
import { writeViewOutcome } from './view-outcomes';

/** An action carried over twice and still open: drift, which an advocate may turn into a concern. */
export interface DriftedAction {
  id: string;
  child: number;
  /** The meeting where it was carried over the second time. */
  on: Day;
  /** The next review, after which it may have been closed; Infinity when none. */
  until: Day;
}

interface MeetingSlot {
  id: string;
  day: Day;
  held: boolean;
}

interface Tables {
  meetings: BulkTable;
  views: BulkTable;
  viewOutcomes: BulkTable;
  selfRepresentations: BulkTable;
  advocateInputs: BulkTable;
  decisions: BulkTable;
  actions: BulkTable;
}

/**
 * Phase 3: care-planning meetings (the last two before Heard started in the LA, every one since,
 * the next one booked), with participation codes, the child's views, decisions (a significant one
 * links the input the child's advocate recorded for the meeting, or rests on the child's
 * self-representation their advocate recorded, or on the child having opted out) and SMART actions followed up at the next meeting: done, not done, or
 * carried over (twice is drift). Returns the drifted actions.
 */
export async function writeMeetings(
  writer: BulkWriter,
  plan: NationalPlan,
  ids: IdFactory,
  members: readonly number[],
  advance: (fraction: number) => void,
): Promise<DriftedAction[]> {
  const tables: Tables = {
    meetings: writer.table(TABLES.meetings),
    views: writer.table(TABLES.childViews),
    viewOutcomes: writer.table(TABLES.childViewOutcomes),
    selfRepresentations: writer.table(TABLES.childSelfRepresentations),
    advocateInputs: writer.table(TABLES.advocateInputs),
    decisions: writer.table(TABLES.meetingDecisions),
    actions: writer.table(TABLES.meetingActions),
  };
  const drifted: DriftedAction[] = [];
  for (const [k, i] of members.entries()) {
    const child = plan.children[i] as ChildPlan;
    const rng = Prng.for(plan.seed, 'meetings', child.index);
    // Outcomes draw from their own stream, so adding them changed none of the meetings' data.
    const outcomes = Prng.for(plan.seed, 'view-outcomes', child.index);
    for (const period of child.periods) new PeriodMeetings(plan, ids, tables, { rng, outcomes }, child, period, drifted).write();
    if (k % 100 === 0) {
      advance(k / members.length);
      await writer.maybeFlush();
    }
  }
  await writer.finish();
  return drifted;
}

class PeriodMeetings {
  private readonly la: LaPlan;

  constructor(
    private readonly plan: NationalPlan,
    private readonly ids: IdFactory,
    private readonly tables: Tables,
    streams: { rng: Prng; outcomes: Prng },
    private readonly child: ChildPlan,
    private readonly period: PeriodPlan,
    private readonly drifted: DriftedAction[],
  ) {
    this.la = plan.las[child.laIndex] as LaPlan;
    this.rng = streams.rng;
    this.outcomes = streams.outcomes;
  }

  private readonly rng: Prng;
  private readonly outcomes: Prng;

  write(): void {
    const goLive = this.la.goLive;
    const before = this.period.meetings.filter((d) => d < goLive).slice(-2);
    const since = this.period.meetings.filter((d) => d >= goLive);
    const slots: MeetingSlot[] = [...before, ...since].map((day) => ({ id: this.ids.next('meeting'), day, held: true }));
    if (this.period.nextMeeting !== null) slots.push({ id: this.ids.next('meeting'), day: this.period.nextMeeting, held: false });
    const last = slots.filter((s) => s.held).at(-1);
    slots.forEach((slot, k) => {
      if (!slot.held) return this.scheduled(slot);
      if (slot.day >= goLive && this.rng.chance(0.03)) this.cancelled(slot.day - this.rng.int(7, 21));
      const completed = !(slot === last && this.period.end === null && this.plan.today - slot.day <= 10 && this.rng.chance(0.5));
      this.held(slot, completed, slot.day >= goLive, slots.slice(k + 1));
    });
  }

  private held(slot: MeetingSlot, completed: boolean, inHeard: boolean, later: MeetingSlot[]): void {
    const { child, rng } = this;
    const day = slot.day;
    const assignment = inHeard ? assignmentOn(child, day) : null;
    const advocate = assignment === null ? null : (this.plan.advocates[assignment.advocate] as AdvocatePlan);
    const optedOut = optedOutOn(child, day);
    const withAdvocate = advocate !== null && !optedOut;
    const age = ageOn(child.dateOfBirth, day);
    const code = participationCode(rng, age, withAdvocate);
    // Only the child's advocate records the child's choice to represent themselves (the draw is kept so the rest of the stream stays the same).
    const selfRepresenting = code === 'PN1' && age >= 12 && rng.chance(withAdvocate ? 0.25 : 0.4) && withAdvocate;
    const invitees = this.invitees(advocate, age);
    const attendees = invitees.filter(() => rng.chance(0.85));
    if (['PN1', 'PN2', 'PN3', 'PN4'].includes(code)) attendees.push(`${child.preferredName ?? child.givenName} (child)`);
    const manager = rng.pick(this.la.managerUserIds);
    this.tables.meetings.add(
      slot.id,
      child.id,
      iso(day),
      rng.pick(PLACES),
      invitees,
      this.chair(),
      advocate?.id ?? null,
      completed ? 'COMPLETED' : 'HELD',
      iso(day),
      attendees.length > 0 ? attendees : ['Chair'],
      code,
      completed ? rng.pick(MINUTES) : null,
      completed ? rng.pick(SUMMARIES) : null,
      manager,
      at(day - 21, 9 * 60),
    );
    if (!inHeard) return;
    if (withAdvocate && age >= 4) this.views(slot, advocate.userId, selfRepresenting);
    if (withAdvocate && selfRepresenting) this.selfRepresentation(slot, advocate);
    this.decisions(slot, manager, withAdvocate ? advocate : null, selfRepresenting, optedOut);
    this.actions(slot, later);
  }

  private scheduled(slot: MeetingSlot): void {
    const open = currentAssignment(this.child);
    const advocate = open === null ? null : (this.plan.advocates[open.advocate] as AdvocatePlan);
    const booked = Math.min(this.plan.today, slot.day - 21);
    this.tables.meetings.add(
      slot.id,
      this.child.id,
      iso(slot.day),
      this.rng.pick(PLACES),
      this.invitees(advocate, ageOn(this.child.dateOfBirth, slot.day)),
      this.chair(),
      advocate?.id ?? null,
      'SCHEDULED',
      null,
      [],
      null,
      null,
      null,
      this.rng.pick(this.la.managerUserIds),
      at(booked, 9 * 60),
    );
  }

  private cancelled(day: Day): void {
    this.tables.meetings.add(
      this.ids.next('meeting'),
      this.child.id,
      iso(day),
      this.rng.pick(PLACES),
      [],
      this.chair(),
      null,
      'CANCELLED',
      null,
      [],
      null,
      'Cancelled: the chair was unwell; rebooked.',
      null,
      this.rng.pick(this.la.managerUserIds),
      at(day - 21, 9 * 60),
    );
  }

  /** The allocated social worker's manager chairs. */
  private chair(): string {
    const sw = this.la.socialWorkers[this.child.socialWorker] ?? this.la.socialWorkers[0];
    return sw?.managerId ?? (this.la.teamManagerIds[0] as string);
  }

  private invitees(advocate: AdvocatePlan | null, age: number): string[] {
    const carer = this.period.stints.at(-1)?.type === 'K2' ? 'Residential key worker' : 'Foster carer';
    return [
      ...(advocate === null ? [] : [`${advocate.displayName} (advocate)`]),
      'Allocated social worker',
      carer,
      ...(age >= 5 ? ['Designated teacher'] : []),
    ];
  }

  private views(slot: MeetingSlot, advocateUserId: string, selfRepresenting: boolean): void {
    const kinds = ['WISHES_AND_FEELINGS', ...(this.rng.chance(0.25) ? [this.rng.pick(['TO_RAISE', 'HOW_TO_TAKE_PART'] as const)] : [])] as const;
    if (!selfRepresenting && this.rng.chance(0.25)) return;
    kinds.forEach((kind, k) => {
      const id = this.ids.next('childView');
      const text = this.rng.pick(VIEWS[kind]);
      this.tables.views.add(id, slot.id, kind, text, this.rng.chance(0.75), advocateUserId, at(slot.day - this.rng.int(1, 7), 15 * 60 + k));
      writeViewOutcome(
        this.tables.viewOutcomes,
        this.outcomes,
        () => this.ids.next('childViewOutcome'),
        { id, meetingId: slot.id, text, day: slot.day, advocateUserId },
        this.plan.today,
      );
    });
  }

  /** The advocate records, the day before, that the child chose to represent themselves, in the child's words. */
  private selfRepresentation(slot: MeetingSlot, advocate: AdvocatePlan): void {
    this.tables.selfRepresentations.add(
      this.ids.next('selfRepresentation'),
      slot.id,
      this.rng.pick(VIEWS.SELF_REPRESENTATION),
      advocate.userId,
      advocate.id,
      false,
      at(slot.day - 1, 16 * 60),
    );
  }

  /** A significant decision links the advocate's input, or rests on the child's self-representation or on their opting out. */
  private decisions(slot: MeetingSlot, recordedBy: string, advocate: AdvocatePlan | null, selfRepresenting: boolean, optedOut: boolean): void {
    const count = this.rng.weighted([
      [0, 25],
      [1, 50],
      [2, 20],
      [3, 5],
    ] as const);
    for (let k = 0; k < count; k += 1) {
      const [text, changesPlan] = this.rng.pick(DECISIONS);
      const significant = changesPlan && (advocate !== null || optedOut);
      const input =
        advocate !== null && (significant ? !selfRepresenting || this.rng.chance(0.5) : this.rng.chance(0.2)) ? this.rng.pick(ADVOCATE_INPUTS) : null;
      const inputId = advocate === null || input === null ? null : this.ids.next('advocateInput');
      if (advocate !== null && inputId !== null)
        this.tables.advocateInputs.add(inputId, slot.id, text, input, advocate.userId, advocate.id, false, at(slot.day - 1, 17 * 60 + k));
      const basis = inputId !== null ? 'ADVOCATE_INPUT' : !significant ? null : selfRepresenting ? 'CHILD_SELF_REPRESENTING' : 'CHILD_OPTED_OUT';
      this.tables.decisions.add(this.ids.next('meetingDecision'), slot.id, text, significant, inputId, basis, recordedBy, at(slot.day, 12 * 60 + k));
    }
  }

  /** Actions are due by about the next meeting (held or booked), reviewed at each later meeting held, and closed if the child leaves care. */
  private actions(slot: MeetingSlot, later: MeetingSlot[]): void {
    const reviews = later.filter((s) => s.held);
    const count = this.rng.weighted([
      [0, 25],
      [1, 45],
      [2, 22],
      [3, 8],
    ] as const);
    const next = later[0]?.day ?? null;
    for (let k = 0; k < count; k += 1) {
      const [what, owner, monitoring] = this.rng.pick(ACTIONS);
      const dueOn =
        next === null
          ? slot.day + this.rng.int(30, 180)
          : this.rng.chance(0.6)
            ? next + this.rng.int(0, 30)
            : slot.day + this.rng.int(14, Math.max(15, next - slot.day - 1));
      const id = this.ids.next('meetingAction');
      let status: 'OPEN' | 'DONE' | 'NOT_DONE' = 'OPEN';
      let carryOvers = 0;
      let reviewedAt: MeetingSlot | null = null;
      let note: string | null = null;
      for (const [r, review] of reviews.entries()) {
        const outcome = this.rng.weighted([
          ['DONE', carryOvers === 0 ? 62 : 55],
          ['NOT_DONE', 10],
          ['CARRIED_OVER', carryOvers === 0 ? 28 : 35],
        ] as const);
        reviewedAt = review;
        note = this.rng.pick(REVIEW_NOTES[outcome]);
        if (outcome !== 'CARRIED_OVER') {
          status = outcome;
          break;
        }
        carryOvers += 1;
        if (carryOvers === 2)
          this.drifted.push({ id, child: this.child.index, on: review.day, until: reviews[r + 1]?.day ?? this.period.end ?? Number.POSITIVE_INFINITY });
      }
      if (status === 'OPEN' && this.period.end !== null) [status, note] = ['NOT_DONE', 'Closed when the child left care.'];
      this.tables.actions.add(
        id,
        this.child.id,
        slot.id,
        what,
        owner,
        iso(dueOn),
        monitoring,
        status,
        carryOvers,
        reviewedAt?.id ?? null,
        note,
        at(slot.day, 12 * 60 + 30 + k),
      );
    }
  }
}
