import { Injectable } from '@nestjs/common';
import { londonDate } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import { MeetingsRepository } from './meetings.repository';
import { bad } from './meetings.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The child changed their mind: their advocate withdraws the sharing of a view, so LA users stop seeing it. */
@Injectable()
export class ChildViewSharingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly repository: MeetingsRepository,
  ) {}

  /**
   * Records who withdrew it and when; nothing is deleted. Only the child's current advocate may, and only
   * once: the conditional UPDATE lets exactly one of two simultaneous withdrawals through. Returns the meeting's id.
   */
  async withdraw(caller: Caller, viewId: string, meta: RequestMeta): Promise<string> {
    if (!UUID.test(viewId)) throw bad('Select one of the child’s views from the meeting.', 'viewId');
    return this.dataSource.transaction(async (manager) => {
      const view = await this.repository.viewToWithdraw(manager, viewId);
      if (view === undefined) throw noSuchView();
      if (!(await this.access.isCurrentAdvocate(manager, caller, view.child_id))) {
        if (await this.access.canRead(manager, caller, { id: view.child_id, localAuthorityId: '' }))
          throw forbidden('Only the child’s current advocate can withdraw the sharing of their views.');
        throw noSuchView();
      }
      if (!(await this.repository.withdrawViewSharing(manager, view.id, this.clock.now(), caller.userId))) throw await this.whyNot(manager, view.id);
      await this.audit.record(manager, {
        actor: { userId: caller.userId, role: caller.role },
        action: 'meeting.view_sharing_withdrawn',
        entity: 'child',
        entityId: view.child_id,
        meta,
        details: { meetingId: view.meeting_id, viewId: view.id },
      });
      return view.meeting_id;
    });
  }

  /** Read after the UPDATE changed nothing (a new statement, so it sees a withdrawal that has just won the race). */
  private async whyNot(manager: EntityManager, viewId: string): Promise<DomainException> {
    const now = await this.repository.viewSharing(manager, viewId);
    if (now?.sharing_withdrawn_at instanceof Date) {
      return new DomainException(
        'CONFLICT',
        `Sharing of this view was already withdrawn on ${londonDate(now.sharing_withdrawn_at)}: the local authority no longer sees it.`,
      );
    }
    return new DomainException('CONFLICT', 'This view was never shared with the local authority, so there is no sharing to withdraw.');
  }
}

function noSuchView(): DomainException {
  return new DomainException('NOT_FOUND', "No child's view with that id for a child you can see.");
}
