/**
 * What disposal does to each table holding a child's record, and why: the one place the decision is made.
 * `ANONYMISE` keeps the row, with its codes, dates and counts, because a published figure counts it, and erases
 * the names and words; `DELETE` removes rows that only hold personal data; `KEEP` leaves rows that hold none;
 * `APPEND_ONLY` rows are handled by the database function `dispose_append_only_rows` (the runtime role may not
 * change them). Every statement takes the child's id as `$1`. An integration test fails when a table with a
 * foreign key to `children` is missing here.
 */
export type DisposalTreatment = 'ANONYMISE' | 'DELETE' | 'KEEP' | 'APPEND_ONLY';

export interface DisposalStep {
  table: string;
  treatment: DisposalTreatment;
  reason: string;
  /** The statement (UPDATE or DELETE) for `ANONYMISE` and `DELETE`; none for the others. */
  sql?: string;
}

const CHILD = `child_id = $1`;
const MEETINGS = `meeting_id IN (SELECT id FROM meetings WHERE child_id = $1)`;
const CONCERNS = `concern_id IN (SELECT id FROM concerns WHERE child_id = $1)`;
const FIGURES = 'counted in the published figures';

const anonymise = (table: string, reason: string, set: string, where = CHILD): DisposalStep => ({
  table,
  treatment: 'ANONYMISE',
  reason,
  sql: `UPDATE ${table} SET ${set} WHERE ${where}`,
});
const remove = (table: string, reason: string, where = CHILD): DisposalStep => ({
  table,
  treatment: 'DELETE',
  reason,
  sql: `DELETE FROM ${table} WHERE ${where}`,
});
const keep = (table: string, reason: string): DisposalStep => ({ table, treatment: 'KEEP', reason });

/** In order: rows that others point to are anonymised or removed after the rows pointing to them. */
export const DISPOSAL_REGISTRY: readonly DisposalStep[] = [
  remove('meeting_invitations', 'names and email addresses of the people invited; no figure uses them', MEETINGS),
  remove('meeting_family_views', "parents' and carers' names and views; no figure uses them", MEETINGS),
  remove('meeting_child_records', "the child's own record of the meeting, all free text", MEETINGS),
  remove('child_self_representations', "the child's own words; the figures do not count them", MEETINGS),
  anonymise(
    'missed_decision_briefings',
    'whether the child was told is kept; what they said is erased',
    'child_said = NULL',
    `decision_id IN (SELECT id FROM meeting_decisions WHERE ${MEETINGS})`,
  ),
  anonymise(
    'decision_follow_through',
    'dates decide the follow-through; the LA’s reasons are erased',
    'challenge_reasons = NULL',
    `decision_id IN (SELECT id FROM meeting_decisions WHERE ${MEETINGS})`,
  ),
  anonymise(
    'child_view_outcomes',
    `the outcome is ${FIGURES} ("you said, we did"); the reason in words is erased`,
    `reason = NULL`,
    `view_id IN (SELECT id FROM child_views WHERE ${MEETINGS})`,
  ),
  anonymise('child_views', `each view is ${FIGURES} ("you said, we did"); its words are erased`, `text = ''`, MEETINGS),
  anonymise('meeting_decisions', 'kept for the follow-through dates; the decision’s words are erased', `text = ''`, MEETINGS),
  anonymise('advocate_inputs', 'decisions point to them; the advocate’s words are erased', `proposal = '', input = ''`, MEETINGS),
  anonymise('meeting_parts', 'whether the child attended is kept; titles and attendees are erased', `title = '', attendees = '{}'`, MEETINGS),
  anonymise(
    'meeting_logistics',
    `the venue kind and notice are ${FIGURES}; the venue's details are erased`,
    `venue_details = NULL, preferred_details = NULL`,
    MEETINGS,
  ),
  keep('meeting_record_shares', 'roles and dates the record went out; no personal data'),
  remove(
    'paper_review_consultations',
    'who was consulted and what they said, all free text',
    `paper_review_id IN (SELECT id FROM paper_reviews WHERE ${CHILD})`,
  ),
  keep('paper_reviews', 'dates and sign-off only'),
  anonymise(
    'meeting_actions',
    `actions due, done on time and drift are ${FIGURES}; their words are erased`,
    `what = '', owner = '', monitoring = '', review_note = NULL`,
  ),
  anonymise(
    'meetings',
    `dates, status and participation code are ${FIGURES}; place, people, minutes and the child's summary are erased`,
    `place = '', invitees = '{}', attendees = '{}', minutes = NULL, summary_for_child = NULL`,
  ),
  remove('earlier_meeting_requests', 'the request, the reasons and the answer are free text; no figure uses them'),
  remove(
    'notifications',
    'in-app notifications name the child; they are removed',
    `${CONCERNS} OR link LIKE '%' || $1::text || '%' OR dedupe_key LIKE '%' || $1::text || '%'`,
  ),
  keep('safeguarding_alerts', `times are ${FIGURES}; they name only the LA's safeguarding contact`),
  {
    table: 'concern_events',
    treatment: 'APPEND_ONLY',
    reason: `kinds, stages and times are ${FIGURES}; what was asked, answered and the evidence are blanked by dispose_append_only_rows`,
  },
  anonymise(
    'concerns',
    `themes, stages, status and dates are ${FIGURES}; what is wrong, what the child wants and the outcome in words are erased`,
    `what_is_wrong = '', child_wants = '', outcome = NULL`,
  ),
  anonymise('home_recommendations', "the home's recommendation stays with the home's visits; the link to the child is removed", `child_id = NULL`),
  anonymise(
    'child_channel_messages',
    `reply times are ${FIGURES}; the child's messages and the reply notes are erased`,
    `text = '', call_time = NULL, reply_note = NULL`,
  ),
  anonymise('child_channel_links', 'messages point to it; the link is revoked so it can never be used again', `revoked_at = coalesce(revoked_at, now())`),
  anonymise('child_contacts', `when the child was last heard is ${FIGURES}; the advocate's notes are erased`, `private_note = NULL`),
  anonymise('child_decisions', `opt-out and opt-back-in rates are ${FIGURES}; the child's words are erased`, `child_words = NULL`),
  anonymise(
    'offers',
    `active offers and time to first contact are ${FIGURES}; the child's words and reasons are erased`,
    `child_words = NULL, non_instructed_reason = NULL`,
  ),
  anonymise('assignments', `caseloads are ${FIGURES}; the note on why it ended is erased`, `end_note = NULL`),
  remove('awaiting_advocate', 'the queue for an advocate; no figure uses it'),
  keep('care_episodes', `periods of care decide meetings on time, ${FIGURES}; codes and dates only`),
  keep('placements', 'which home and when; no names or words'),
  keep('missing_episodes', `${FIGURES}; kind and dates only`),
  keep('trigger_events', 'kind and date only'),
  anonymise('significant_changes', 'kind and date are kept; what changed, in words, is erased', `what_changed = ''`),
  remove('child_deaths', 'the date of death is personal data; the register keeps the rule it decided'),
  remove('record_holds', 'lifted holds and their reasons; a record on hold is never disposed of'),
  remove('subject_access_exports', 'each export is a copy of the whole record (its zip file and who asked); no figure uses them'),
  remove('record_disposal_notices', 'the notice is kept in the disposal register'),
  { table: 'record_corrections', treatment: 'APPEND_ONLY', reason: 'corrections are free text; dispose_append_only_rows removes them' },
];
