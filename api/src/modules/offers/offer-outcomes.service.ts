import { Injectable } from '@nestjs/common';
import { NOT_OPTED_OUT, offerOutcomeRefusal, ukLongDate } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { assertPastOrToday, requireWords } from '../../common/validation/entered-input';
import { DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AssignmentEngine } from '../assignments/assignment-engine.service';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService, notFound } from '../children/child-access.service';
import type { DecisionKind } from './child-decision.entity';
import type { RecordOfferOutcomeInput, RecordOptBackInInput } from './dto/record-offer-outcome.input';
import { OffersRepository } from './offers.repository';
import { OffersService } from './offers.service';

/** The child's answers to an offer, recorded by their current advocate. History is never edited. */
@Injectable()
export class OfferOutcomesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: AssignmentEngine,
    private readonly offers: OffersService,
    private readonly repository: OffersRepository,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async recordOutcome(caller: Caller, input: RecordOfferOutcomeInput, meta: RequestMeta): Promise<string> {
    if (caller.role !== 'ADVOCATE') throw forbidden();
    const today = this.clock.today();
    const decidedOn = assertPastOrToday(input.decidedOn, 'decidedOn', today);
    const childWords =
      input.outcome === 'OPTED_OUT' ? requireWords(input.childWords, 'childWords', "the child's own words about opting out") : input.childWords?.trim() || null;
    const reason =
      input.outcome === 'NON_INSTRUCTED' ? requireWords(input.nonInstructedReason, 'nonInstructedReason', 'why the child cannot instruct an advocate') : null;
    return this.dataSource.transaction(async (manager) => {
      const offer = await this.repository.lockOffer(manager, input.offerId);
      if (offer === null) throw new DomainException('NOT_FOUND', 'No offer with that id is in your caseload.');
      await this.assertCurrentAdvocate(manager, caller, offer.childId);
      const refusal = offerOutcomeRefusal(offer, offer.outcomeOn);
      if (refusal !== null) throw new DomainException('CONFLICT', refusal);
      if (decidedOn < offer.promptedOn) {
        throw new DomainException('BAD_USER_INPUT', `The date of the decision cannot be before the offer was made on ${ukLongDate(offer.promptedOn)}.`, {
          field: 'decidedOn',
        });
      }
      await this.repository.recordAnswer(manager, offer.id, {
        outcome: input.outcome,
        outcomeOn: decidedOn,
        childWords,
        nonInstructedReason: reason,
        outcomeRecordedByUserId: caller.userId,
      });
      await this.decide(manager, offer.childId, input.outcome, decidedOn, childWords, offer.id, caller.userId);
      await this.audit.record(manager, {
        actor: { userId: caller.userId, role: caller.role },
        action: 'offer.outcome_recorded',
        entity: 'child',
        entityId: offer.childId,
        meta,
        details: { offerId: offer.id, outcome: input.outcome },
      });
      return offer.childId;
    });
  }

  /** The child can opt back in at any time after opting out. */
  async optBackIn(caller: Caller, input: RecordOptBackInInput, meta: RequestMeta): Promise<string> {
    if (caller.role !== 'ADVOCATE') throw forbidden();
    const decidedOn = assertPastOrToday(input.decidedOn, 'decidedOn', this.clock.today());
    return this.dataSource.transaction(async (manager) => {
      await this.assertCurrentAdvocate(manager, caller, input.childId);
      await this.engine.lockChild(manager, input.childId);
      const latest = await this.offers.latestDecision(manager, input.childId);
      if (latest?.kind !== 'OPTED_OUT') {
        throw new DomainException('CONFLICT', NOT_OPTED_OUT);
      }
      if (decidedOn < latest.decidedOn) {
        throw new DomainException('BAD_USER_INPUT', `The date of the decision cannot be before the child opted out on ${ukLongDate(latest.decidedOn)}.`, {
          field: 'decidedOn',
        });
      }
      await this.decide(manager, input.childId, 'OPTED_BACK_IN', decidedOn, input.childWords?.trim() || null, null, caller.userId);
      await this.repository.acceptOpenOffers(manager, input.childId, decidedOn, caller.userId);
      await this.audit.record(manager, {
        actor: { userId: caller.userId, role: caller.role },
        action: 'child.opted_back_in',
        entity: 'child',
        entityId: input.childId,
        meta,
      });
      return input.childId;
    });
  }

  private async assertCurrentAdvocate(manager: EntityManager, caller: Caller, childId: string): Promise<void> {
    if (!(await this.repository.isCurrentAdvocate(manager, childId, caller.userId))) {
      if ((await this.repository.childExists(manager, childId)) && (await this.access.canRead(manager, caller, { id: childId, localAuthorityId: '' }))) {
        throw forbidden('Only the child’s current advocate can record their decisions.');
      }
      throw notFound();
    }
  }

  private async decide(
    manager: EntityManager,
    childId: string,
    kind: DecisionKind,
    decidedOn: string,
    childWords: string | null,
    offerId: string | null,
    userId: string,
  ): Promise<void> {
    await this.repository.insertDecision(manager, { childId, kind, decidedOn, childWords, offerId, recordedByUserId: userId });
  }
}
