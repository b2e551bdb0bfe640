import { Injectable } from '@nestjs/common';
import type { Role } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller } from '../../common/request/request-context';
import { ChildAccessService } from '../children/child-access.service';
import type { ConcernEntity } from './concern.entity';
import { ConcernsRepository } from './concerns.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Everyone a concern's steps may be shown to, unless a step says otherwise. */
export const EVERY_PARTY: readonly Role[] = ['ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF'];

/**
 * Who may see a concern: the child's advocates; the managers of the child's LA; Commissioner staff
 * only once it has reached the Children's Commissioner. Anyone else is told it does not exist.
 */
@Injectable()
export class ConcernAccessService {
  constructor(
    private readonly children: ChildAccessService,
    private readonly repository: ConcernsRepository,
  ) {}

  async visible(manager: EntityManager, caller: Caller, concernId: string, lock = false): Promise<ConcernEntity> {
    const concern = UUID.test(concernId) ? await this.repository.find(manager, concernId, lock) : null;
    if (concern !== null && (await this.canSee(manager, caller, concern))) return concern;
    throw new DomainException('NOT_FOUND', 'No concern with that id is yours to see.');
  }

  private async canSee(manager: EntityManager, caller: Caller, concern: ConcernEntity): Promise<boolean> {
    switch (caller.role) {
      case 'ADVOCATE':
        return this.children.canRead(manager, caller, { id: concern.childId, localAuthorityId: concern.localAuthorityId });
      case 'LA_MANAGER':
        return caller.localAuthorityId === concern.localAuthorityId;
      case 'COMMISSIONER_STAFF':
        return concern.reachedCommissionerOn !== null;
      default:
        return false;
    }
  }
}
