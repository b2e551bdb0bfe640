import { Injectable } from '@nestjs/common';
import { londonDate } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import { bad } from './meetings.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ViewRow {
  id: string;
  meeting_id: string;
  child_id: string;
  shareable: boolean;
  sharing_withdrawn_at: Date | null;
}

/** The child changed their mind: their advocate withdraws the sharing of a view, so LA users stop seeing it. */
@Injectable()
export class ChildViewSharingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Records who withdrew it and when; nothing is deleted. Only the child's current advocate may, and only
   * once: the conditional UPDATE lets exactly one of two simultaneous withdrawals through. Returns the meeting's id.
   */
  async withdraw(caller: Caller, viewId: string, meta: RequestMeta): Promise<string> {
    if (!UUID.test(viewId)) throw bad(`viewId must be the id of a child's view (got "${viewId.slice(0, 40)}").`, 'viewId');
    return this.dataSource.transaction(async (manager) => {
      const [view] = (await manager.query(
        `SELECT v.id, v.meeting_id, m.child_id, v.shareable, v.sharing_withdrawn_at FROM child_views v JOIN meetings m ON m.id = v.meeting_id WHERE v.id = $1`,
        [viewId],
      )) as ViewRow[];
      if (view === undefined) throw noSuchView();
      if (!(await this.access.isCurrentAdvocate(manager, caller, view.child_id))) {
        if (await this.access.canRead(manager, caller, { id: view.child_id, localAuthorityId: '' })) throw forbidden('Only the child’s current advocate can withdraw the sharing of their views.');
        throw noSuchView();
      }
      const [withdrawn] = (await manager.query(
        `UPDATE child_views SET sharing_withdrawn_at = $2, sharing_withdrawn_by_user_id = $3
          WHERE id = $1 AND shareable AND sharing_withdrawn_at IS NULL RETURNING id`,
        [view.id, this.clock.now(), caller.userId],
      )) as [Array<{ id: string }>, number];
      if (withdrawn.length === 0) throw await this.whyNot(manager, view.id);
      await this.audit.record(manager, {
        actor: { userId: caller.userId, role: caller.role }, action: 'meeting.view_sharing_withdrawn', entity: 'child', entityId: view.child_id, meta,
        details: { meetingId: view.meeting_id, viewId: view.id },
      });
      return view.meeting_id;
    });
  }

  /** Read after the UPDATE changed nothing (a new statement, so it sees a withdrawal that has just won the race). */
  private async whyNot(manager: EntityManager, viewId: string): Promise<DomainException> {
    const [now] = (await manager.query(`SELECT shareable, sharing_withdrawn_at FROM child_views WHERE id = $1`, [viewId])) as Array<Pick<ViewRow, 'shareable' | 'sharing_withdrawn_at'>>;
    if (now?.sharing_withdrawn_at instanceof Date) {
      return new DomainException('CONFLICT', `Sharing of this view was already withdrawn on ${londonDate(now.sharing_withdrawn_at)}: the local authority no longer sees it.`);
    }
    return new DomainException('CONFLICT', 'This view was never shared with the local authority, so there is no sharing to withdraw.');
  }
}

function noSuchView(): DomainException {
  return new DomainException('NOT_FOUND', "No child's view with that id for a child you can see.");
}
