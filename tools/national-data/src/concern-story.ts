import {
  type ConcernCommand,
  type ConcernStage,
  type ConcernState,
  decide,
  raiseConcern,
  type Role,
  STAGE_LABELS,
  type StageDeadlines,
  stageIndex,
  type WorkingDayCalendar,
} from '@heard/domain';
import { type Day, dayOf, iso, type WorkingDays } from './days';

/** One step of a concern's history, as `concern_events` stores it. */
export interface StoryEvent {
  kind: string;
  stage: ConcernStage;
  day: Day;
  actor: 'ADVOCATE' | 'LA_MANAGER' | 'COMMISSIONER_STAFF' | 'SYSTEM';
  asked: string | null;
  answer: string | null;
  details: Record<string, string | string[] | boolean | null>;
  audience: readonly Role[];
}

const EVERY_PARTY: readonly Role[] = ['ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF'];

export interface StoryContext {
  calendar: WorkingDayCalendar;
  workingDays: WorkingDays;
  deadlines: StageDeadlines;
  today: Day;
}

/**
 * A concern's life, step by step through the ladder's own rules (`decide` from libs/domain): every
 * state change is checked exactly as the API checks it, so the stored stage, deadlines and flags
 * agree with the events. Steps dated after today are not taken: the concern is still open there.
 */
export class ConcernStory {
  state: ConcernState;
  readonly events: StoryEvent[] = [];
  reachedCommissionerOn: Day | null = null;
  outcome: string | null = null;
  overdueKey: string | null = null;
  /** Steps that changed the row (its TypeORM version). */
  saves = 1;
  day: Day;

  constructor(
    private readonly ctx: StoryContext,
    raisedOn: Day,
    details: StoryEvent['details'],
    asked: string,
    answer: string,
  ) {
    const raised = raiseConcern(iso(raisedOn), this.context());
    if (!raised.ok) throw new Error(`cannot raise a concern on ${iso(raisedOn)}: ${raised.refusal}`);
    this.state = raised.next;
    this.day = raisedOn;
    this.push('RAISED', 'ADVOCATE', raisedOn, { asked, answer, details });
  }

  /** Applies a command on a day, as `role`; false when the day is after today (nothing happens). */
  step(
    day: Day,
    role: Role,
    command: ConcernCommand,
    event: Omit<StoryEvent, 'stage' | 'day' | 'actor' | 'audience' | 'asked' | 'answer' | 'details'> & Partial<StoryEvent>,
  ): boolean {
    if (day > this.ctx.today) return false;
    const decision = decide(this.state, command, { role, ...this.context(iso(day)) });
    if (!decision.ok) throw new Error(`concern step ${command.kind} on ${iso(day)} refused: ${decision.refusal}`);
    this.state = decision.next;
    this.day = day;
    this.saves += 1;
    if (this.reachedCommissionerOn === null && stageIndex(this.state.stage) >= stageIndex('CHILDRENS_COMMISSIONER')) this.reachedCommissionerOn = day;
    if (command.kind === 'RESOLVE') this.outcome = command.outcome;
    this.push(event.kind, role as StoryEvent['actor'], day, event);
    return true;
  }

  /** The overdue job marks a missed LA deadline the day after it (once per stage and deadline). */
  markMissed(due: Day, information: boolean): boolean {
    const on = due + 1;
    if (on > this.ctx.today) return false;
    const key = information ? `INFO:${iso(due)}` : `${this.state.stage}:${iso(due)}`;
    if (this.overdueKey === key) return true;
    this.overdueKey = key;
    const what = information
      ? `The local authority did not send the information the Children's Commissioner asked for by ${iso(due)}`
      : `${STAGE_LABELS[this.state.stage]} did not respond by ${iso(due)}`;
    this.push('DEADLINE_MISSED', 'SYSTEM', on, { answer: `${what}.`, details: { dueOn: iso(due) } });
    return true;
  }

  /** Marks what the overdue job would find overdue today. */
  settleToday(): void {
    if (this.state.status !== 'OPEN') return;
    const deadline = this.state.deadline === null ? null : dayOf(this.state.deadline);
    const information = this.state.informationDueOn === null ? null : dayOf(this.state.informationDueOn);
    if (information !== null && information < this.ctx.today) this.markMissed(information, true);
    else if (deadline !== null && deadline < this.ctx.today && !this.state.respondedAtStage) this.markMissed(deadline, false);
  }

  private push(kind: string, actor: StoryEvent['actor'], day: Day, event: Partial<StoryEvent>): void {
    this.events.push({
      kind,
      stage: this.state.stage,
      day,
      actor,
      asked: event.asked ?? null,
      answer: event.answer ?? null,
      details: event.details ?? {},
      audience: event.audience ?? EVERY_PARTY,
    });
  }

  private context(today: string = iso(this.ctx.today)): { today: string; calendar: WorkingDayCalendar; deadlines: StageDeadlines } {
    return { today, calendar: this.ctx.calendar, deadlines: this.ctx.deadlines };
  }
}
