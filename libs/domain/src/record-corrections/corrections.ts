import type { CommandRoles } from '../commands/command-table';
import { ukLongDate, type IsoDate } from '../calendar/iso-date';
import type { Role } from '../roles';

/** The recorded items of a child's record that can be put right. */
export const CORRECTABLE_ITEM_KINDS = ['CHILD_DETAILS', 'MEETING_DECISION', 'MEETING_ACTION', 'CHILD_VIEW', 'CONTACT'] as const;
export type CorrectableItemKind = (typeof CORRECTABLE_ITEM_KINDS)[number];

/** A correction of what is wrong, or the child's own statement that they disagree with what was recorded. */
export const CORRECTION_KINDS = ['CORRECTION', 'CHILD_DISAGREEMENT'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export type RecordCorrectionCommand = 'ADD';

/** Who may put a recorded item right: the child's current advocate or the manager of the child's LA (checked per record too). */
export const RECORD_CORRECTION_COMMAND_ROLES: CommandRoles<RecordCorrectionCommand> = {
  ADD: ['ADVOCATE', 'LA_MANAGER'],
};

/** The kinds of note `role` may add: a disagreement is the child's, recorded by their advocate; the LA corrects. */
export function correctionKindsFor(role: Role): CorrectionKind[] {
  if (role === 'ADVOCATE') return ['CORRECTION', 'CHILD_DISAGREEMENT'];
  if (role === 'LA_MANAGER') return ['CORRECTION'];
  return [];
}

/** Why `role` may not add `kind` to an item of `itemKind`, or null when it may (the record-level check is the API's). */
export function correctionRefusal(role: Role, kind: CorrectionKind, itemKind: CorrectableItemKind): string | null {
  if (!correctionKindsFor(role).includes(kind)) {
    return role === 'LA_MANAGER'
      ? "Only the child's advocate can record that the child disagrees: the local authority can add a correction."
      : "Only the child's advocate or the child's local authority can put a recorded item right.";
  }
  if (role === 'LA_MANAGER' && itemKind === 'CONTACT') return "A contact with the child is the advocate's record: the local authority cannot correct it.";
  return null;
}

export interface CorrectionLabelInput {
  kind: CorrectionKind;
  recordedByRole: Role;
  recordedOn: IsoDate;
  childName: string;
}

/** "Corrected by the local authority on 3 March 2026" or "Maya disagrees (recorded by their advocate on 3 March 2026)". */
export function correctionLabel({ kind, recordedByRole, recordedOn, childName }: CorrectionLabelInput): string {
  const on = ukLongDate(recordedOn);
  if (kind === 'CHILD_DISAGREEMENT') return `${childName} disagrees (recorded by their advocate on ${on})`;
  return `Corrected by ${recordedByRole === 'LA_MANAGER' ? 'the local authority' : "the child's advocate"} on ${on}`;
}

/** What the item shows once it has a correction or disagreement: the original is never changed. */
export const ORIGINAL_STAYS = 'The original stays as recorded; see the correction below.';
