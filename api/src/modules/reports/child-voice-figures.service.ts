import { Inject, Injectable } from '@nestjs/common';
import { acknowledgementOutcome, contactMeasuresAtPeriodEnd, hoursBetween, lowerMedian, periodEndInstant, replyOutcome } from '@heard/domain';
import type { ReportFigures } from '@heard/report';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { ChildChannelRepository } from '../child-channel/child-channel.repository';
import { ContactsRepository } from '../contacts/contacts.repository';
import { SafeguardingRepository } from '../escalations/safeguarding.repository';
import { YouSaidWeDidRepository } from '../you-said-we-did/you-said-we-did.repository';
import { ReportFiguresRepository, type YearWindow } from './report-figures.repository';

/** Puts each row's figures into its LA's and, where `la` is null, England's. */
export type EachScope = <T extends { la: string | null }>(rows: readonly T[], apply: (figures: ReportFigures, row: T) => void) => void;

/**
 * The report's figures on the child's voice, safeguarding and children's court requests. Each table is read through
 * its owner's repository (contacts, you-said-we-did, child-channel, escalations); the domain decides each child's,
 * message's and alert's outcome at the end of the period, and the medians, here.
 */
@Injectable()
export class ChildVoiceFiguresService {
  constructor(
    private readonly contacts: ContactsRepository,
    private readonly outcomes: YouSaidWeDidRepository,
    private readonly channel: ChildChannelRepository,
    private readonly safeguarding: SafeguardingRepository,
    private readonly figures: ReportFiguresRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async add(tx: EntityManager, window: YearWindow, each: EachScope): Promise<void> {
    const end = periodEndInstant(window.to);
    const settings = { intervalWeeks: this.config.contactStandardWeeks };

    const children = (await this.contacts.reportClockFacts(tx, window.to, end)).map((child) => ({
      la: child.la,
      ...contactMeasuresAtPeriodEnd(
        { lastHeardAt: child.last_heard_at, offerDeadline: child.offer_due_on, meetings: child.meeting_dates },
        window.to,
        settings,
      ),
    }));
    each(
      tally(
        children,
        () => ({ within: 0, past: 0, days: [] as number[] }),
        (t, child) => {
          if (child.withinStandard) t.within += 1;
          else t.past += 1;
          if (child.daysSinceLastHeard !== null) t.days.push(child.daysSinceLastHeard);
        },
      ),
      (f, t) => {
        f.contactStandard = { within: t.within, past: t.past };
        f.lastHeard = { heard: t.days.length, medianDays: lowerMedian(t.days) };
      },
    );

    each(await this.outcomes.reportOutcomes(tx, window.from, window.to), (f, row) => {
      const key = ({ DONE: 'done', PARTLY: 'partly', NOT_DONE: 'notDone', OPEN: 'open' } as const)[row.outcome];
      f.youSaidWeDid[key] += row.count;
    });

    const messages = await this.channel.reportMessages(tx, window.from, window.to);
    each(
      tally(
        messages,
        () => ({ inTime: 0, late: 0, notReplied: 0 }),
        (t, m) => {
          const outcome = replyOutcome(m.reply_due_at, m.replied_at, end);
          if (outcome === 'IN_TIME') t.inTime += 1;
          else if (outcome === 'LATE') t.late += 1;
          else t.notReplied += 1;
        },
      ),
      (f, t) => (f.childMessages = { inTime: t.inTime, late: t.late, notReplied: t.notReplied }),
    );

    const alerts = await this.safeguarding.reportAlerts(tx, window.from, window.to);
    each(
      tally(
        alerts,
        () => ({ onTime: 0, late: 0, notAcknowledged: 0, escalated: 0, hours: [] as number[] }),
        (t, a) => {
          const outcome = acknowledgementOutcome(a.due_at, a.acknowledged_at, end);
          if (outcome === 'ON_TIME') t.onTime += 1;
          else if (outcome === 'LATE') t.late += 1;
          else t.notAcknowledged += 1;
          if (a.escalated_at !== null && a.escalated_at.getTime() < end.getTime()) t.escalated += 1;
          if (a.acknowledged_at !== null) t.hours.push(hoursBetween(a.raised_at, a.acknowledged_at));
        },
      ),
      (f, t) =>
        (f.safeguarding = {
          onTime: t.onTime,
          late: t.late,
          notAcknowledged: t.notAcknowledged,
          escalated: t.escalated,
          medianHoursToAcknowledge: lowerMedian(t.hours),
        }),
    );

    each(await this.figures.courtRequests(tx, window), (f, row) => {
      f.courtRequests = { attended: row.attended, couldNotAttend: row.couldNotAttend, notRecorded: row.notRecorded };
    });
  }
}

/** Rows at their own grain (a child, a message, an alert) totalled per LA and for England (`la` null). */
function tally<Row extends { la: string }, T>(rows: readonly Row[], make: () => T, add: (total: T, row: Row) => void): Array<T & { la: string | null }> {
  const totals = new Map<string | null, T>();
  for (const row of rows) {
    for (const la of [row.la, null]) {
      const total = totals.get(la) ?? make();
      totals.set(la, total);
      add(total, row);
    }
  }
  return [...totals].map(([la, total]) => ({ ...total, la }));
}
