import { forbidden } from '../../common/exceptions/domain.exception';
import type { Caller } from '../../common/request/request-context';

/**
 * Which homes a caller may see, as a condition on `children_homes h` with one parameter: an
 * advocate the homes they are responsible for or where a child they represent lives; an LA
 * manager the homes where a child their LA placed lives; Commissioner staff every home.
 */
export function homeScope(caller: Caller): { where: string; param: string } {
  switch (caller.role) {
    case 'ADVOCATE':
      return {
        where: `(h.responsible_advocate_id IN (SELECT id FROM advocates WHERE user_id = $1) OR EXISTS (
          SELECT 1 FROM placements p JOIN assignments s ON s.child_id = p.child_id AND s.ended_on IS NULL JOIN advocates adv ON adv.id = s.advocate_id
           WHERE p.home_id = h.id AND p.end_date IS NULL AND adv.user_id = $1))`,
        param: caller.userId,
      };
    case 'LA_MANAGER':
      if (caller.localAuthorityId === null) throw forbidden();
      return {
        where: `EXISTS (SELECT 1 FROM placements p JOIN children c ON c.id = p.child_id WHERE p.home_id = h.id AND p.end_date IS NULL AND c.local_authority_id = $1)`,
        param: caller.localAuthorityId,
      };
    case 'COMMISSIONER_STAFF':
      return { where: `$1::text = 'all'`, param: 'all' };
    default:
      throw forbidden();
  }
}
