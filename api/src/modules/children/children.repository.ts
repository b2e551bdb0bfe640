import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sqlRows, sqlRun } from '../../database/sql';
import { ChildEntity } from './child.entity';

/** A child of an import batch as Heard holds them, locked for the rest of the transaction. */
export interface ImportedChildRow {
  id: string;
  ref: string;
  dob: string;
  sex: string | null;
  ethnicity: string | null;
  legal_status: string | null;
  placement_type: string | null;
  first_language: string | null;
  sibling_group_id: string | null;
  uasc: boolean;
  uasc_ceased_on: string | null;
}

interface CreatedChildRow {
  id: string;
  ref: string;
}

/** What a return says about a batch of children, one array per column, in the same order. */
export interface ReturnedChildColumns {
  refs: string[];
  datesOfBirth: string[];
  sexes: string[];
  ethnicities: string[];
  legalStatuses: Array<string | null>;
  placements: Array<string | null>;
  /** Null where the return has no uasc.csv: the child's UASC status is left as it is (not UASC for a new child). */
  uasc: Array<boolean | null>;
  uascCeasedOn: Array<string | null>;
}

/** A child recorded by hand: not known to be an unaccompanied asylum-seeking child until a return says so. */
export type NewChild = Omit<ChildEntity, 'id' | 'localAuthority' | 'createdAt' | 'uasc' | 'uascCeasedOn' | 'disposedAt'>;

/** The children table's writes (and the import's batch reads of it): every feature that changes a child calls this. */
@Injectable()
export class ChildrenRepository {
  /** Creates a child recorded by hand (a trigger for a child new to Heard), unless the LA already has a child with that reference (then null). */
  async createIfNewRef(manager: EntityManager, child: NewChild): Promise<{ id: string } | null> {
    const [row] = await sqlRows<{ id: string }>(
      manager,
      `INSERT INTO children (local_authority_id, la_child_ref, given_name, family_name, preferred_name, date_of_birth, sex, ethnicity, first_language,
                             communication_needs, legal_status, placement_type, placement_provider, sibling_group_id, allocated_social_worker_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (local_authority_id, la_child_ref) DO NOTHING RETURNING id`,
      [
        child.localAuthorityId,
        child.laChildRef,
        child.givenName,
        child.familyName,
        child.preferredName,
        child.dateOfBirth,
        child.sex,
        child.ethnicity,
        child.firstLanguage,
        child.communicationNeeds,
        child.legalStatus,
        child.placementType,
        child.placementProvider,
        child.siblingGroupId,
        child.allocatedSocialWorkerId,
      ],
    );
    return row ?? null;
  }

  /**
   * At the end of its retention (record-disposal): erases the child's names, reference, language, needs, provider,
   * siblings and social worker, keeps the date of birth only as far as `dateOfBirth` (what the figures need), and
   * marks the record disposed, which every read path excludes. LA, sex, ethnicity and legal status stay for the figures.
   */
  async anonymiseDisposed(manager: EntityManager, childId: string, dateOfBirth: string, at: Date): Promise<void> {
    await sqlRun(
      manager,
      `UPDATE children SET given_name = '', family_name = '', preferred_name = NULL, la_child_ref = 'disposed-' || id::text, date_of_birth = $2,
              first_language = NULL, communication_needs = NULL, placement_provider = NULL, sibling_group_id = NULL, allocated_social_worker_id = NULL,
              disposed_at = $3
        WHERE id = $1`,
      [childId, dateOfBirth, at],
    );
  }

  async setPlacementType(manager: EntityManager, childId: string, placementType: string): Promise<void> {
    await manager.update(ChildEntity, { id: childId }, { placementType });
  }

  async setSiblingGroup(manager: EntityManager, childId: string, siblingGroupId: string): Promise<void> {
    await manager.update(ChildEntity, { id: childId }, { siblingGroupId });
  }

  /** The LA's children with these references, locked in id order. */
  lockByRefs(manager: EntityManager, localAuthorityId: string, refs: readonly string[]): Promise<ImportedChildRow[]> {
    return sqlRows<ImportedChildRow>(
      manager,
      `SELECT id, la_child_ref AS ref, to_char(date_of_birth, 'YYYY-MM-DD') AS dob, sex, ethnicity, legal_status, placement_type, first_language, sibling_group_id,
              uasc, to_char(uasc_ceased_on, 'YYYY-MM-DD') AS uasc_ceased_on
         FROM children WHERE local_authority_id = $1 AND la_child_ref = ANY($2::text[]) ORDER BY id FOR UPDATE`,
      [localAuthorityId, refs],
    );
  }

  /** Creates the children a return names for the first time: each is "Child <CHILD>" until the LA names them. */
  createFromReturn(manager: EntityManager, localAuthorityId: string, columns: ReturnedChildColumns): Promise<CreatedChildRow[]> {
    return sqlRows<CreatedChildRow>(
      manager,
      `INSERT INTO children (local_authority_id, la_child_ref, given_name, family_name, date_of_birth, sex, ethnicity, legal_status, placement_type, uasc, uasc_ceased_on)
       SELECT $1, v.ref, 'Child', v.ref, v.dob, v.sex, v.ethnicity, v.legal_status, v.placement, coalesce(v.uasc, false), v.uasc_ceased_on
         FROM unnest($2::text[], $3::date[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bool[], $9::date[])
              AS v(ref, dob, sex, ethnicity, legal_status, placement, uasc, uasc_ceased_on)
       RETURNING id, la_child_ref AS ref`,
      [localAuthorityId, ...columnsOf(columns)],
    );
  }

  /** Updates children from their return; legal status and placement only for those whose return has a latest period, UASC status only from a uasc.csv. */
  async updateFromReturn(manager: EntityManager, ids: readonly string[], hasLatest: readonly boolean[], columns: ReturnedChildColumns): Promise<void> {
    await sqlRun(
      manager,
      `UPDATE children c SET date_of_birth = v.dob, sex = v.sex, ethnicity = v.ethnicity,
              legal_status = CASE WHEN v.has_latest THEN v.legal_status ELSE c.legal_status END,
              placement_type = CASE WHEN v.has_latest THEN v.placement ELSE c.placement_type END,
              uasc = coalesce(v.uasc, c.uasc),
              uasc_ceased_on = CASE WHEN v.uasc IS NULL THEN c.uasc_ceased_on ELSE v.uasc_ceased_on END
         FROM unnest($1::uuid[], $2::bool[], $3::text[], $4::date[], $5::text[], $6::text[], $7::text[], $8::text[], $9::bool[], $10::date[])
              AS v(id, has_latest, ref, dob, sex, ethnicity, legal_status, placement, uasc, uasc_ceased_on)
        WHERE c.id = v.id`,
      [ids, hasLatest, ...columnsOf(columns)],
    );
  }
}

function columnsOf(c: ReturnedChildColumns): unknown[] {
  return [c.refs, c.datesOfBirth, c.sexes, c.ethnicities, c.legalStatuses, c.placements, c.uasc, c.uascCeasedOn];
}
