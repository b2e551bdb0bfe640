import { Injectable } from '@nestjs/common';
import { ukLongDate } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { ConcernsService } from '../escalations/concerns.service';
import { DecisionFollowThroughRepository, type FollowThroughRow } from './decision-follow-through.repository';
import { decisionNotFound, DecisionFollowThroughService } from './decision-follow-through.service';
import type { DecisionFollowThroughType } from './dto/follow-through.types';
import { isUuid } from '../../common/validation/uuid';

/**
 * The child's current advocate escalates an unchallenged decision not implemented by its date onto the concern
 * ladder in one step: the concern says what was decided and when, and is linked so the decision is escalated once.
 */
@Injectable()
export class DecisionEscalationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly concerns: ConcernsService,
    private readonly followThrough: DecisionFollowThroughService,
    private readonly repository: DecisionFollowThroughRepository,
  ) {}

  async escalate(caller: Caller, decisionId: string, meta: RequestMeta): Promise<DecisionFollowThroughType> {
    const found = isUuid(decisionId) ? await this.repository.find(this.dataSource.manager, decisionId) : undefined;
    if (found === undefined) throw decisionNotFound();
    await this.concerns.raise(
      caller,
      {
        childId: found.child_id,
        whatIsWrong: `The decision made at the meeting on ${ukLongDate(found.held_on)} has not been implemented by ${ukLongDate(found.implement_by ?? found.held_on)}, and the local authority did not challenge it: “${quoted(found.text)}”.`,
        childWants: 'The child wants the decision made at their meeting carried out.',
        themes: ['DELAY_IN_THE_PLAN'],
        evidence: [],
      },
      meta,
      { check: (manager, childId) => this.check(manager, caller, found, childId), link: (manager, concernId) => this.link(manager, found, concernId) },
    );
    return this.dataSource.transaction(async (manager) => {
      const row = (await this.repository.find(manager, found.decision_id)) ?? found;
      return this.followThrough.shown(caller, row, true);
    });
  }

  private async check(manager: EntityManager, caller: Caller, found: FollowThroughRow, childId: string): Promise<void> {
    if (childId !== found.child_id) throw decisionNotFound();
    const row = await this.repository.lock(manager, found.decision_id);
    if (row === undefined) throw decisionNotFound();
    if (row.concern_id !== null) throw new DomainException('CONFLICT', 'This decision has already been escalated as a concern.');
    const shown = this.followThrough.shown(caller, row, true);
    if (shown.status !== 'NOT_IMPLEMENTED')
      throw new DomainException('CONFLICT', `Only a decision not implemented by its date can be escalated. ${shown.explanation}`);
  }

  private async link(manager: EntityManager, found: FollowThroughRow, concernId: string): Promise<void> {
    if (!(await this.repository.linkConcern(manager, found.decision_id, concernId)))
      throw new DomainException('CONFLICT', 'This decision has already been escalated as a concern.');
  }
}

/** The decision as quoted in the concern, short enough to leave room for the rest of what is wrong. */
function quoted(text: string): string {
  return text.length <= 3000 ? text : `${text.slice(0, 3000)}…`;
}
