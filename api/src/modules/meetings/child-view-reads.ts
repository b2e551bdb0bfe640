import { allowedChildViewCommands, type Role } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import type { ViewKind } from './child-view.entity';
import type { ChildViewType } from './dto/meeting.types';

interface ViewRow {
  id: string;
  kind: ViewKind;
  text: string;
  shareable: boolean;
  sharing_withdrawn_at: Date | null;
  sharing_withdrawn_by: string | null;
}

/** Who is reading a meeting's views: the child's advocate sees them all, anyone else only those still shared. */
export interface ViewAudience {
  onlyShared: boolean;
  /** The caller's role, and whether they are the child's current advocate (who may withdraw a view's sharing). */
  caller: { role: Role; currentAdvocate: boolean };
}

/**
 * The one read of `child_views`: an LA user gets a view only while it is shareable and its sharing has not
 * been withdrawn. Oldest first.
 */
export async function readChildViews(manager: EntityManager, meetingId: string, audience: ViewAudience): Promise<ChildViewType[]> {
  const rows: ViewRow[] = await manager.query(
    `SELECT v.id, v.kind, v.text, v.shareable, v.sharing_withdrawn_at, u.display_name AS sharing_withdrawn_by
       FROM child_views v LEFT JOIN users u ON u.id = v.sharing_withdrawn_by_user_id
      WHERE v.meeting_id = $1 AND (NOT $2 OR (v.shareable AND v.sharing_withdrawn_at IS NULL))
      ORDER BY v.recorded_at, v.id`,
    [meetingId, audience.onlyShared],
  );
  return rows.map((r) => {
    const allowedCommands = allowedChildViewCommands({ shareable: r.shareable, sharingWithdrawn: r.sharing_withdrawn_at !== null }, audience.caller);
    return {
      id: r.id, kind: r.kind, text: r.text, shareable: r.shareable, sharingWithdrawnAt: r.sharing_withdrawn_at, sharingWithdrawnBy: r.sharing_withdrawn_by,
      canWithdrawSharing: allowedCommands.includes('WITHDRAW_SHARING'), allowedCommands,
    };
  });
}
