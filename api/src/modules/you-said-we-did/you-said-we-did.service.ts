import { Injectable } from '@nestjs/common';
import { childOutcomeSentence, outcomeOrder, outcomeProblem, outcomeThemesProblem } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import type { ViewKind } from '../meetings/child-view.entity';
import { bad } from '../meetings/meetings.service';
import type { SetViewOutcomeInput } from './dto/you-said-we-did.inputs';
import type { YouSaidWeDidItemType } from './dto/you-said-we-did.types';
import { type OutcomeItemRow, YouSaidWeDidRepository } from './you-said-we-did.repository';

/**
 * "You said, we did": the child's current advocate records what became of each thing the child said at a meeting.
 * The child's advocates read every item; the child's LA managers only the items the child agreed to share.
 */
@Injectable()
export class YouSaidWeDidService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly repository: YouSaidWeDidRepository,
  ) {}

  /** The child's items, open ones first; the read is audited. */
  list(caller: Caller, childId: string, meta: RequestMeta): Promise<YouSaidWeDidItemType[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.readable(manager, caller, childId);
      const onlyShared = caller.role !== 'ADVOCATE';
      const current = await this.access.isCurrentAdvocate(manager, caller, childId);
      const rows = await this.repository.items(manager, childId, onlyShared);
      await this.audit.childReads(manager, { userId: caller.userId, role: caller.role }, meta, [childId], 'you_said_we_did.read', { items: rows.length });
      return rows.map((row) => toItem(row, current)).sort((a, b) => outcomeOrder(a.outcome) - outcomeOrder(b.outcome));
    });
  }

  /** Saves the outcome over the version the advocate read: of two saves from the same version one wins, the other gets CONFLICT. */
  set(caller: Caller, input: SetViewOutcomeInput, meta: RequestMeta): Promise<YouSaidWeDidItemType> {
    return this.dataSource.transaction(async (manager) => {
      const view = await this.repository.viewToAnswer(manager, input.viewId);
      if (view === undefined) throw noSuchView();
      await this.mustBeCurrentAdvocate(manager, caller, view.child_id);
      if ((view.version ?? 0) !== input.version) throw changedMeanwhile();
      const reason = input.reason?.trim() || null;
      const problem = outcomeProblem({ from: view.outcome ?? 'OPEN', to: input.outcome, reason });
      if (problem !== null) throw bad(problem.message, problem.field);
      const themes = input.themes ?? [];
      const themesProblem = outcomeThemesProblem(themes);
      if (themesProblem !== null) throw bad(themesProblem.message, themesProblem.field);
      const decisionId = input.decisionId ?? null;
      const actionId = input.actionId ?? null;
      if (decisionId !== null && (await this.repository.decisionChild(manager, decisionId)) !== view.child_id) {
        throw bad('Select a decision from one of this child’s meetings', 'decisionId');
      }
      if (actionId !== null && (await this.repository.actionChild(manager, actionId)) !== view.child_id) {
        throw bad('Select an action from one of this child’s meetings', 'actionId');
      }
      const write = {
        viewId: view.view_id,
        meetingId: view.meeting_id,
        outcome: input.outcome,
        reason,
        decisionId,
        actionId,
        themes,
        showToChild: input.showToChild,
        userId: caller.userId,
        at: this.clock.now(),
      };
      const saved = view.version === null ? await this.repository.insert(manager, write) : await this.repository.update(manager, write, input.version);
      if (!saved) throw changedMeanwhile();
      await this.audit.record(manager, {
        actor: { userId: caller.userId, role: caller.role },
        action: 'you_said_we_did.outcome_set',
        entity: 'child',
        entityId: view.child_id,
        meta,
        details: { viewId: view.view_id, outcome: input.outcome, showToChild: input.showToChild, themes: themes.join(',') },
      });
      const row = await this.repository.item(manager, view.view_id);
      if (row === undefined) throw noSuchView();
      return toItem(row, true);
    });
  }

  private async mustBeCurrentAdvocate(manager: EntityManager, caller: Caller, childId: string): Promise<void> {
    if (await this.access.isCurrentAdvocate(manager, caller, childId)) return;
    if (await this.access.canRead(manager, caller, { id: childId, localAuthorityId: '' })) {
      throw forbidden('Only the child’s current advocate can record what became of what they asked for.');
    }
    throw noSuchView();
  }
}

function toItem(row: OutcomeItemRow, current: boolean): YouSaidWeDidItemType {
  const outcome = row.outcome ?? 'OPEN';
  return {
    viewId: row.view_id,
    kind: row.kind as ViewKind,
    said: row.text,
    shared: row.shared,
    meetingId: row.meeting_id,
    meetingOn: row.held_on ?? row.scheduled_on,
    outcome,
    reason: row.reason,
    themes: row.themes ?? [],
    decision: row.decision_id !== null && row.decision_text !== null ? { id: row.decision_id, text: row.decision_text } : null,
    action: row.action_id !== null && row.action_what !== null ? { id: row.action_id, text: row.action_what } : null,
    showToChild: row.show_to_child ?? false,
    version: row.version ?? 0,
    updatedAt: row.updated_at,
    forChild: childOutcomeSentence(row.text, outcome, row.reason),
    maySetOutcome: current,
  };
}

function noSuchView(): DomainException {
  return new DomainException('NOT_FOUND', "No child's view with that id for a child you can see.");
}

function changedMeanwhile(): DomainException {
  return new DomainException('CONFLICT', 'Someone saved this item’s outcome since you opened it: reload it to see their change, then try again.');
}
