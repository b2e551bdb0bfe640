import { Injectable } from '@nestjs/common';
import { earlierMeetingConcernRefusal, ukLongDate } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { ChildAccessService } from '../children/child-access.service';
import { ConcernsService } from '../escalations/concerns.service';
import type { EarlierMeetingRequestType } from './dto/earlier-meeting.types';
import type { EarlierMeetingRequestRow } from './earlier-meeting-requests.repository';
import { EarlierMeetingRequestsRepository } from './earlier-meeting-requests.repository';
import { EarlierMeetingsService } from './earlier-meetings.service';

/**
 * An unanswered request past its date goes on the escalation ladder in one step: the concern is prefilled from the
 * request and linked to it in the same transaction, so it is raised once however often (or concurrently) it is asked.
 */
@Injectable()
export class EarlierMeetingConcernsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: EarlierMeetingsService,
    private readonly repository: EarlierMeetingRequestsRepository,
    private readonly access: ChildAccessService,
    private readonly concerns: ConcernsService,
    private readonly clock: Clock,
  ) {}

  async raise(caller: Caller, requestId: string, meta: RequestMeta): Promise<EarlierMeetingRequestType> {
    const row = await this.dataSource.transaction(async (manager) => {
      const found = await this.requests.readableRow(manager, caller, requestId);
      await this.access.currentAdvocate(manager, caller, found.child_id);
      this.refuseUnlessOverdue(found);
      return found;
    });
    await this.concerns.raise(
      caller,
      {
        childId: row.child_id,
        whatIsWrong: `The local authority did not answer a request for an earlier meeting made on ${ukLongDate(row.requested_on)}: the answer was due by ${ukLongDate(row.answer_due_by)}.`,
        childWants: `An earlier meeting. ${row.reason}`,
        themes: ['DELAY_IN_THE_PLAN', 'NOT_BEING_LISTENED_TO'],
        evidence: [],
        raisedOn: null,
      },
      meta,
      { check: async () => undefined, link: (manager, concernId) => this.link(manager, row.id, concernId) },
    );
    return this.dataSource.transaction((manager) => this.requests.shownById(manager, caller, row.id));
  }

  private async link(manager: EntityManager, requestId: string, concernId: string): Promise<void> {
    const locked = await this.repository.find(manager, requestId, true);
    if (locked === undefined) throw new DomainException('NOT_FOUND', 'No request for an earlier meeting with that id is in your caseload.');
    this.refuseUnlessOverdue(locked);
    if (!(await this.repository.linkConcern(manager, requestId, concernId))) {
      throw new DomainException('CONFLICT', 'A concern has already been raised about this request.', { field: 'requestId' });
    }
  }

  private refuseUnlessOverdue(row: EarlierMeetingRequestRow): void {
    const refusal = earlierMeetingConcernRefusal(this.requests.state(row), this.clock.today());
    if (refusal !== null) throw new DomainException('CONFLICT', refusal, { field: 'requestId' });
  }
}
