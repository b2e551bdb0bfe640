import { Injectable } from '@nestjs/common';
import type { LinkedAdvocateInput } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { sqlRow, sqlRows } from '../../database/sql';
import { AdvocateInputEntity } from './advocate-input.entity';
import { ChildSelfRepresentationEntity } from './child-self-representation.entity';
import type { AdvocateInputType, ChildSelfRepresentationType } from './dto/representation.types';

interface AdvocateInputRow {
  id: string;
  meeting_id: string;
  proposal: string;
  input: string;
  advocate_name: string;
  recorded_at: Date;
  migrated_from_chair: boolean;
}

interface SelfRepresentationRow {
  meeting_id: string;
  child_words: string | null;
  recorded_by_name: string;
  recorded_at: Date;
  migrated_from_chair: boolean;
}

interface LinkedInputRow {
  meeting_id: string;
  by_childs_advocate: boolean;
  migrated_from_chair: boolean;
}

/** What the child's current advocate records for a meeting, on their own screen. */
export interface RepresentationDraft {
  meetingId: string;
  recordedByUserId: string;
  advocateId: string;
}

/**
 * Owns: advocate_inputs, child_self_representations (the advocate's representations for meetings). Reads the
 * assignments, to tell whether an input was recorded by the child's advocate.
 */
@Injectable()
export class RepresentationsRepository {
  /** The advocate inputs for these meetings, oldest first, with the advocate's name. */
  async inputs(manager: EntityManager, meetingIds: readonly string[]): Promise<AdvocateInputType[]> {
    if (meetingIds.length === 0) return [];
    const rows = await sqlRows<AdvocateInputRow>(
      manager,
      `SELECT i.id, i.meeting_id, i.proposal, i.input, coalesce(au.display_name, ru.display_name, '') AS advocate_name, i.recorded_at, i.migrated_from_chair
         FROM advocate_inputs i
         LEFT JOIN advocates a ON a.id = i.advocate_id LEFT JOIN users au ON au.id = a.user_id
         LEFT JOIN users ru ON ru.id = i.recorded_by_user_id
        WHERE i.meeting_id = ANY($1::uuid[]) ORDER BY i.recorded_at, i.id`,
      [meetingIds],
    );
    return rows.map((r) => ({
      id: r.id,
      meetingId: r.meeting_id,
      proposal: r.proposal,
      input: r.input,
      advocateName: r.advocate_name,
      recordedAt: r.recorded_at,
      migratedFromChair: r.migrated_from_chair,
    }));
  }

  /** The child's self-representation recorded for each of these meetings, by meeting id. */
  async selfRepresentations(manager: EntityManager, meetingIds: readonly string[]): Promise<Map<string, ChildSelfRepresentationType>> {
    if (meetingIds.length === 0) return new Map();
    const rows = await sqlRows<SelfRepresentationRow>(
      manager,
      `SELECT s.meeting_id, s.child_words, coalesce(u.display_name, '') AS recorded_by_name, s.recorded_at, s.migrated_from_chair
         FROM child_self_representations s LEFT JOIN users u ON u.id = s.recorded_by_user_id
        WHERE s.meeting_id = ANY($1::uuid[])`,
      [meetingIds],
    );
    return new Map(
      rows.map((r) => [
        r.meeting_id,
        { childWords: r.child_words, recordedByName: r.recorded_by_name, recordedAt: r.recorded_at, migratedFromChair: r.migrated_from_chair },
      ]),
    );
  }

  /** Whether the child's advocate recorded (not migrated) that the child represents themselves at this meeting. */
  async selfRepresentationRecorded(manager: EntityManager, meetingId: string): Promise<boolean> {
    const rows = await sqlRows<unknown>(manager, `SELECT 1 FROM child_self_representations WHERE meeting_id = $1 AND NOT migrated_from_chair`, [meetingId]);
    return rows.length > 0;
  }

  /** The advocate input a chair links a decision to, as the guard needs it; null when there is no such input. */
  async linkedInput(manager: EntityManager, inputId: string, childId: string): Promise<LinkedAdvocateInput | null> {
    const row = await sqlRow<LinkedInputRow>(
      manager,
      `SELECT i.meeting_id, i.migrated_from_chair,
              EXISTS (SELECT 1 FROM assignments s WHERE s.child_id = $2 AND s.advocate_id = i.advocate_id) AS by_childs_advocate
         FROM advocate_inputs i WHERE i.id = $1`,
      [inputId, childId],
    );
    return row === undefined
      ? null
      : { meetingId: row.meeting_id, recordedByChildsAdvocate: row.by_childs_advocate, migratedFromChair: row.migrated_from_chair };
  }

  /** Records the advocate's input on a proposed decision; returns its id. */
  async insertInput(manager: EntityManager, draft: RepresentationDraft & { proposal: string; input: string }): Promise<string> {
    const saved = await manager.save(manager.create(AdvocateInputEntity, { ...draft, migratedFromChair: false }));
    return saved.id;
  }

  async hasSelfRepresentation(manager: EntityManager, meetingId: string): Promise<boolean> {
    return (await manager.findOneBy(ChildSelfRepresentationEntity, { meetingId })) !== null;
  }

  /** Records, in the child's words, that the child chose to represent themselves at the meeting. */
  async insertSelfRepresentation(manager: EntityManager, draft: RepresentationDraft & { childWords: string }): Promise<void> {
    await manager.insert(ChildSelfRepresentationEntity, { ...draft, migratedFromChair: false });
  }
}
