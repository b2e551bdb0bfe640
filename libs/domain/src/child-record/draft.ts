import { ukLongDate } from '../calendar/iso-date';

/** What a completed meeting recorded, as the child's record is drafted from it. */
export interface MeetingForChild {
  /** The day the meeting was held (or scheduled, if no held date was recorded), YYYY-MM-DD. */
  heldOn: string;
  decisions: readonly { text: string; significant: boolean }[];
  actions: readonly { what: string; owner: string; dueOn: string }[];
}

/**
 * A first draft of the child's own record of a meeting, in plain words and speaking to the child ("you"):
 * the decisions, the big ones first, then who will do what and by when. The advocate edits it before
 * going through it with the child.
 */
export function draftChildRecord(meeting: MeetingForChild): string {
  const date = ukLongDate(meeting.heldOn);
  const decisions = [...meeting.decisions.filter((d) => d.significant), ...meeting.decisions.filter((d) => !d.significant)];
  const parts: string[] = [];
  if (decisions.length === 0) parts.push(`At your meeting on ${date} we did not make any decisions.`);
  else parts.push(`At your meeting on ${date} we decided:\n${decisions.map((d) => `- ${sentence(d.text)}`).join('\n')}`);
  if (meeting.actions.length > 0) {
    const lines = meeting.actions.map((a) => `- ${a.owner.trim()} will ${lowerFirst(withoutStop(a.what))} by ${ukLongDate(a.dueOn)}.`);
    parts.push(`Who will do what:\n${lines.join('\n')}`);
  }
  parts.push('If you want to ask about any of this, or you do not agree, tell your advocate.');
  return parts.join('\n\n');
}

function withoutStop(text: string): string {
  return text.trim().replace(/[.!]+$/, '');
}

function sentence(text: string): string {
  const trimmed = withoutStop(text);
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}.`;
}

function lowerFirst(text: string): string {
  // Keep a capital that starts a name or an acronym ("Sam", "CAMHS"): only lower a capitalised common first word.
  const first = text.split(/\s/, 1)[0] ?? '';
  return /^[A-Z][a-z]+$/.test(first) && COMMON_FIRST_WORDS.has(first.toLowerCase()) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}

const COMMON_FIRST_WORDS = new Set([
  'arrange',
  'ask',
  'book',
  'call',
  'check',
  'find',
  'make',
  'meet',
  'phone',
  'send',
  'set',
  'speak',
  'talk',
  'tell',
  'visit',
  'write',
]);
