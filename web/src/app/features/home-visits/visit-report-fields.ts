import type { FollowUpOutcome } from '@heard/graphql-types';
import type { FieldIds } from '../../shared/ui/error-message';
import { CONCERN_THEMES } from '../escalations/concern-labels';
import { JUDGEMENT_OPTIONS } from './home-labels';

/** The answers to "what happened to this recommendation?", in the order the form offers them. */
export const FOLLOW_UP_OPTIONS: ReadonlyArray<{ outcome: FollowUpOutcome; idSuffix: string; label: string }> = [
  { outcome: 'DONE', idSuffix: 'done', label: 'Done' },
  { outcome: 'NOT_DONE', idSuffix: 'not-done', label: 'Not done' },
  { outcome: 'CARRIED_OVER', idSuffix: 'carried', label: 'Carried over' },
];

const CHILD_FIELD_IDS: Readonly<Record<string, string>> = { name: 'child-name', consentToSpeak: 'child-consent', whatTheySaid: 'child-said' };
const RECOMMENDATION_FIELD_IDS: Readonly<Record<string, string>> = { what: 'rec-what', owner: 'rec-owner', dueOn: 'rec-due' };

/**
 * The API's names for the report's parts (`childrenSpokenTo.0.whatTheySaid`, `judgements.EDUCATION.evidence`,
 * `followUps.<id>.note`) → the form's field ids; a choice links to its first option.
 */
export function visitReportFieldId(field: string): string | undefined {
  const [part, key, item] = field.split('.');
  if (part === 'announced') return 'announced-yes';
  if (part === 'childrenSpokenTo' && item !== undefined) return `${CHILD_FIELD_IDS[item] ?? 'child-name'}-${key ?? '0'}`;
  if (part === 'judgements') return item === 'evidence' ? `${key ?? ''}-evidence` : `${key ?? ''}-${JUDGEMENT_OPTIONS[0] ?? ''}`;
  if (part === 'recommendations' && item !== undefined)
    return item === 'themes' ? `rec-${key ?? '0'}-${CONCERN_THEMES[0] ?? ''}` : `${RECOMMENDATION_FIELD_IDS[item] ?? 'rec-what'}-${key ?? '0'}`;
  if (part === 'followUps') return item === 'note' ? `${key ?? ''}-note` : `${key ?? ''}-${FOLLOW_UP_OPTIONS[0]?.idSuffix ?? ''}`;
  return undefined;
}

export const VISIT_REPORT_FIELD_IDS: FieldIds = visitReportFieldId;
