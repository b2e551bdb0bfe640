import { AUDIT_PURPOSES } from '../audit/audit-purpose';
import type { Role } from '../roles';

/** Whether an audited event only showed the record (a look) or changed it. */
export type AccessKind = 'LOOKED' | 'CHANGED';

/** Exact actions a child is likely to meet, in words a child can follow. */
const ACTION_WORDS: Readonly<Record<string, string>> = {
  'child.read': 'looked at your record',
  'child.list': 'saw your name in a list of children',
  'child.card_read': 'looked at your "my advocate" card',
  'child.created': 'started your record',
  'child.left_care': 'recorded that you left care',
  'child.opted_back_in': 'recorded that you wanted your advocate back',
  'child.placement_changed': 'changed where you live on your record',
  'child.queued': 'put you on the list waiting for an advocate',
  'assignment.created': 'gave you an advocate',
  'assignment.reassigned': 'changed who your advocate is',
  'allocation.awaiting_list': 'saw your name in the list of children waiting for an advocate',
  'allocation.child_search': 'searched for you to see who your advocate is',
  'offer.outcome_recorded': 'wrote down what happened when your advocate first offered to help',
  'contact.recorded': 'wrote down a time your advocate talked with you',
  'contact.list': 'looked at the times your advocate talked with you',
  'trigger.recorded': 'recorded that you came into care',
  'meeting.read': 'looked at one of your care-planning meetings',
  'meeting.list': 'looked at your care-planning meetings',
  'meeting.scheduled': 'arranged a care-planning meeting',
  'meeting.held': 'wrote down that your meeting happened',
  'meeting.completed': 'finished the record of your meeting',
  'meeting.decision_recorded': 'wrote down a decision from your meeting',
  'meeting.action_recorded': 'wrote down something someone must do after your meeting',
  'meeting.view_recorded': 'wrote down what you want and how you feel',
  'meeting.advocate_input_recorded': "wrote down your advocate's view for your meeting",
  'meeting.family_view_recorded': "wrote down your family's or carer's views",
  'meeting_logistics.time_and_place_set': "changed the meeting's time and place",
  'meeting_logistics.invitations_sent': 'sent the invitations to your meeting',
  'meeting_logistics.read': "looked at your meeting's time, place and invitations",
  'meeting_child_record.read': 'looked at your own record of a meeting',
  'meeting_child_record.saved': 'wrote your own record of a meeting',
  'meeting_child_record.drafted': 'started your own record of a meeting',
  'meeting_child_record.gone_through': 'went through your own record of a meeting with you',
  'you_said_we_did.read': 'looked at what you asked for and what happened',
  'you_said_we_did.outcome_set': 'wrote down what happened about something you asked for',
  'concern.read': 'looked at a worry your advocate raised about your care',
  'concern.list': 'looked at the worries your advocate raised about your care',
  'safeguarding.raise': 'told someone straight away that you might not be safe',
  'safeguarding.acknowledge': 'said they had seen the warning that you might not be safe',
  'home_visit.read': 'looked at a visit to your home',
  'home_visit.submitted': 'sent the report of a visit to your home',
  'child_channel.link_created': 'made your secret link to message your advocate',
  'child_channel.link_revoked': 'stopped your old secret link working',
  'child_channel.message_sent': 'sent a message to your advocate',
  'child_channel.messages_read': 'read your messages',
  'child_channel.replied': 'replied to your message',
  'child_channel.page_read': 'opened your secret page',
  'child_channel.urgent_raised': 'said they did not feel safe',
  'significant_change.recorded': 'told your advocate about a big change in your care',
  'paper_review.consulted': 'asked people for their views for your paper review',
  'paper_review.signed_off': 'signed off your paper review',
  'ssda903.child_imported': 'brought your record in from the council’s own system',
  'ssda903.children_imported': 'brought your record in from the council’s own system',
  'record_access_history.read': 'looked at this list of who has seen your record',
  'report.downloaded': 'used your record in the yearly advocacy report (no names are in it)',
};

/** What each family of actions is about, for actions the table above does not name. */
const FAMILY_NOUNS: Readonly<Record<string, string>> = {
  child: 'your record',
  assignment: 'who your advocate is',
  allocation: 'who your advocate is',
  offer: "your advocate's first offer to help",
  contact: 'the times your advocate talked with you',
  meeting: 'your care-planning meeting',
  meeting_logistics: "your meeting's arrangements",
  meeting_parts: 'the parts of your meeting',
  meeting_family_views: "your family's views",
  meeting_child_record: 'your own record of a meeting',
  meeting_record_share: 'who was sent the record of your meeting',
  decision_follow_through: 'whether a decision about you was done',
  earlier_meeting: 'a request for an earlier meeting',
  you_said_we_did: 'what you asked for and what happened',
  concern: 'a worry about your care',
  court: 'a court case about your care',
  safeguarding: 'a warning that you might not be safe',
  home_visit: 'a visit to your home',
  child_channel: 'your messages with your advocate',
  significant_change: 'a big change in your care',
  paper_review: 'your paper review',
  record_access_history: 'the list of who has seen your record',
};

const LOOK_SUFFIX = /(^|_)(read|list|listed|search|ics|counts_read|oversight)$|^view_safeguarding_contact$/;

/** Whether an action only showed the record: `child.read`, `meeting.action_list`, `earlier_meeting.listed`... */
export function accessKindOf(action: string): AccessKind {
  const verb = action.split('.').slice(1).join('.');
  return LOOK_SUFFIX.test(verb) ? 'LOOKED' : 'CHANGED';
}

/**
 * What an audited action did, in words a child can follow: `meeting_logistics.time_and_place_set` →
 * "changed the meeting's time and place". Unknown actions fall back to their family ("looked at your
 * care-planning meeting" / "changed …"), then to "looked at your record" / "changed your record". A refused
 * attempt (`access.refused`) says what was tried, from the operation asked for (`query …` or `mutation …`).
 */
export function accessInWords(action: string, operation: string | null = null): string {
  if (action === 'access.refused') {
    return operation?.startsWith('mutation') === true ? 'tried to change your record but was not allowed' : 'tried to look at your record but was not allowed';
  }
  const known = ACTION_WORDS[action];
  if (known !== undefined) return known;
  const kind = accessKindOf(action);
  const noun = FAMILY_NOUNS[action.split('.')[0] ?? ''] ?? 'your record';
  return kind === 'LOOKED' ? `looked at ${noun}` : `changed ${noun}`;
}

/** A person's role, in words. */
export function roleInWords(role: Role | null): string {
  switch (role) {
    case 'ADVOCATE':
      return 'advocate';
    case 'LA_MANAGER':
      return "manager in the council's children's services";
    case 'COMMISSIONER_STAFF':
      return "member of the Children's Commissioner's staff";
    case 'ADMIN':
      return 'administrator who runs Heard';
    case 'PROVIDER_MANAGER':
      return 'manager of advocates';
    case 'DATA_PROTECTION_OFFICER':
      return "council's data protection officer";
    case null:
      return 'nobody signed in';
  }
}

const PURPOSE_FOR_CHILD: Readonly<Record<string, string>> = {
  [AUDIT_PURPOSES.ADVOCACY]: 'to help you as your advocate',
  [AUDIT_PURPOSES.CARE_PLANNING]: 'to plan your care',
  [AUDIT_PURPOSES.ESCALATION_OVERSIGHT]: "to check on a worry about your care that reached the Children's Commissioner",
  [AUDIT_PURPOSES.ALLOCATION_OVERSIGHT]: 'to make sure you have an advocate',
  [AUDIT_PURPOSES.ANNUAL_REPORT]: 'to count things for the yearly advocacy report',
  [AUDIT_PURPOSES.PLATFORM_ADMINISTRATION]: 'to keep Heard running',
  [AUDIT_PURPOSES.SIGN_IN]: 'to sign in',
  [AUDIT_PURPOSES.SYSTEM]: 'Heard did this by itself (a scheduled job or an import)',
  [AUDIT_PURPOSES.CHILD_CHANNEL]: 'to reach your advocate through your own secret page',
  [AUDIT_PURPOSES.DATA_PROTECTION]: 'to look after your rights over your record, like giving you a copy of it',
};

/** Why it happened, in a child's words, from the audited purpose; an unknown or missing purpose says so. */
export function purposeForChild(purpose: string | null): string {
  if (purpose === null) return 'no reason was written down';
  return PURPOSE_FOR_CHILD[purpose] ?? purpose;
}
