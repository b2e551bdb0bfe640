/**
 * Every table that holds something about one child, and how its rows for that child are selected: the completeness
 * test reads PostgreSQL's catalog for each table that references `children` (directly or through tables that do)
 * and fails when one is neither here nor in SUBJECT_ACCESS_EXCLUDED with a reason.
 *
 * This is the copy the child's local authority gives: what the advocacy service keeps in confidence for the child (the
 * advocate's private notes, views the child did not share, their messages to their advocate, advocate-only concern
 * notes) is the advocacy provider's to give, and is left out here, as is anything about other children.
 *
 * `where` is a condition on the table aliased `t`, with `$1` the child's id. `row` replaces the whole row with an SQL
 * expression (for a row that also holds other children). `omit` drops columns that are not the child's data, or not
 * the LA's to give (secrets, other children, the advocate's private notes). `thirdParty` columns hold other people's personal data and are marked for
 * redaction review; `names` columns are the names of other people that free text may mention; `freeText` columns
 * are checked for those names.
 */
export interface ExportedTable {
  table: string;
  title: string;
  where: string;
  orderBy: string;
  row?: string;
  omit?: readonly string[];
  thirdParty?: readonly string[];
  names?: readonly string[];
  freeText?: readonly string[];
}

const OF_MEETINGS = `t.meeting_id IN (SELECT m.id FROM meetings m WHERE m.child_id = $1)`;
const OF_CONCERNS = `t.concern_id IN (SELECT c.id FROM concerns c WHERE c.child_id = $1)`;
const OF_DECISIONS = `t.decision_id IN (SELECT d.id FROM meeting_decisions d JOIN meetings m ON m.id = d.meeting_id WHERE m.child_id = $1)`;
const OWN = `t.child_id = $1`;
/** Views the child let the local authority see (and did not take back). */
const SHARED_VIEWS = `SELECT v.id FROM child_views v JOIN meetings m ON m.id = v.meeting_id WHERE m.child_id = $1 AND v.shareable AND v.sharing_withdrawn_at IS NULL`;

export const SUBJECT_ACCESS_TABLES: readonly ExportedTable[] = [
  { table: 'children', title: 'Record', where: `t.id = $1`, orderBy: 't.id' },
  { table: 'care_episodes', title: 'Care episodes', where: OWN, orderBy: 't.start_date, t.id' },
  { table: 'placements', title: 'Placements', where: OWN, orderBy: 't.start_date, t.id' },
  { table: 'trigger_events', title: 'Events that started advocacy', where: OWN, orderBy: 't.occurred_on, t.id' },
  { table: 'significant_changes', title: 'Significant changes', where: OWN, orderBy: 't.occurred_on, t.id', freeText: ['what_changed'] },
  { table: 'missing_episodes', title: 'Missing from care', where: OWN, orderBy: 't.started_on, t.id' },
  { table: 'awaiting_advocate', title: 'Waiting for an advocate', where: OWN, orderBy: 't.queued_at, t.id', freeText: ['reason'] },
  { table: 'assignments', title: 'Advocates assigned', where: OWN, orderBy: 't.started_on, t.id', freeText: ['end_note'] },
  { table: 'offers', title: 'Offers of advocacy', where: OWN, orderBy: 't.prompted_on, t.id', freeText: ['child_words', 'non_instructed_reason'] },
  { table: 'child_decisions', title: 'Decisions the child made', where: OWN, orderBy: 't.decided_on, t.id', freeText: ['child_words'] },
  { table: 'child_contacts', title: 'Contacts with the advocate', where: OWN, orderBy: 't.occurred_at, t.id', omit: ['private_note'] },
  {
    table: 'meetings',
    title: 'Meetings',
    where: OWN,
    orderBy: 't.scheduled_on, t.id',
    thirdParty: ['invitees', 'attendees'],
    freeText: ['minutes', 'summary_for_child', 'place'],
  },
  { table: 'meeting_logistics', title: 'Meeting arrangements', where: OF_MEETINGS, orderBy: 't.meeting_id', freeText: ['venue_details', 'preferred_details'] },
  {
    table: 'meeting_invitations',
    title: 'Meeting invitations',
    where: OF_MEETINGS,
    orderBy: 't.created_at, t.id',
    thirdParty: ['name', 'email'],
    names: ['name'],
  },
  {
    table: 'meeting_parts',
    title: 'Parts of meetings',
    where: OF_MEETINGS,
    orderBy: 't.meeting_id, t.position',
    thirdParty: ['attendees'],
    freeText: ['title'],
  },
  {
    table: 'meeting_family_views',
    title: "Family members' views",
    where: OF_MEETINGS,
    orderBy: 't.recorded_at, t.id',
    thirdParty: ['name', 'relationship', 'views'],
    names: ['name'],
  },
  { table: 'child_views', title: 'Views the child shared', where: `t.id IN (${SHARED_VIEWS})`, orderBy: 't.recorded_at, t.id', freeText: ['text'] },
  {
    table: 'child_view_outcomes',
    title: 'What happened to the views',
    where: `t.view_id IN (${SHARED_VIEWS})`,
    orderBy: 't.updated_at, t.id',
    freeText: ['reason'],
  },
  { table: 'child_self_representations', title: 'Speaking for themselves', where: OF_MEETINGS, orderBy: 't.recorded_at, t.id', freeText: ['child_words'] },
  { table: 'advocate_inputs', title: "The advocate's input", where: OF_MEETINGS, orderBy: 't.recorded_at, t.id', freeText: ['proposal', 'input'] },
  { table: 'meeting_decisions', title: 'Decisions', where: OF_MEETINGS, orderBy: 't.recorded_at, t.id', freeText: ['text', 'basis'] },
  { table: 'meeting_part_decisions', title: 'Decisions by part of a meeting', where: OF_DECISIONS, orderBy: 't.decision_id, t.part_id' },
  { table: 'decision_follow_through', title: 'Following decisions through', where: OF_DECISIONS, orderBy: 't.decision_id', freeText: ['challenge_reasons'] },
  { table: 'missed_decision_briefings', title: 'Told about decisions', where: OF_DECISIONS, orderBy: 't.told_on, t.decision_id', freeText: ['child_said'] },
  {
    table: 'meeting_child_records',
    title: 'Records written for the child',
    where: OF_MEETINGS,
    orderBy: 't.drafted_at, t.id',
    freeText: ['text', 'child_said'],
  },
  { table: 'meeting_record_shares', title: 'Records shared', where: OF_MEETINGS, orderBy: 't.created_at, t.id' },
  { table: 'meeting_actions', title: 'Actions', where: OWN, orderBy: 't.created_at, t.id', freeText: ['what', 'owner', 'review_note'] },
  {
    table: 'earlier_meeting_requests',
    title: 'Requests for an earlier meeting',
    where: OWN,
    orderBy: 't.created_at, t.id',
    freeText: ['reason', 'answer', 'answer_reasons'],
  },
  { table: 'paper_reviews', title: 'Reviews on paper', where: OWN, orderBy: 't.created_at, t.id' },
  {
    table: 'paper_review_consultations',
    title: 'Consultations for reviews on paper',
    where: `t.paper_review_id IN (SELECT p.id FROM paper_reviews p WHERE p.child_id = $1)`,
    orderBy: 't.recorded_at, t.id',
    thirdParty: ['who', 'summary'],
  },
  { table: 'concerns', title: 'Concerns', where: OWN, orderBy: 't.created_at, t.id', freeText: ['what_is_wrong', 'child_wants', 'outcome'] },
  {
    table: 'concern_events',
    title: 'Concern timelines',
    where: `${OF_CONCERNS} AND 'LA_MANAGER' = ANY (t.audience)`,
    orderBy: 't.concern_id, t.sequence',
    freeText: ['asked', 'answer'],
  },
  {
    table: 'safeguarding_alerts',
    title: 'Safeguarding alerts',
    where: OF_CONCERNS,
    orderBy: 't.raised_at, t.id',
    thirdParty: ['contact_name'],
    names: ['contact_name'],
  },
  {
    table: 'home_recommendations',
    title: "Recommendations from visits to the child's home",
    where: OWN,
    orderBy: 't.created_at, t.id',
    freeText: ['what', 'owner', 'review_note'],
  },
  {
    table: 'home_recommendation_answers',
    title: 'Answers from the home and the local authority to those recommendations',
    where: `t.recommendation_id IN (SELECT r.id FROM home_recommendations r WHERE r.child_id = $1)`,
    orderBy: 't.opened_on, t.id',
    freeText: ['response'],
  },
  {
    table: 'home_visits',
    title: "Visits to the child's home that name them",
    where: `t.id IN (SELECT r.visit_id FROM home_recommendations r WHERE r.child_id = $1 UNION SELECT r.last_reviewed_visit_id FROM home_recommendations r WHERE r.child_id = $1)
            OR t.report -> 'childrenSpokenTo' @> jsonb_build_array(jsonb_build_object('childId', $1::text))`,
    orderBy: 't.visit_on, t.id',
    // The report speaks of every child at the home: only this child's own part, and how many others, are theirs.
    row: `jsonb_build_object('id', t.id, 'home_id', t.home_id, 'status', t.status, 'visit_on', t.visit_on, 'submitted_at', t.submitted_at,
            'child_spoken_to', (SELECT jsonb_agg(e) FROM jsonb_array_elements(t.report -> 'childrenSpokenTo') e WHERE e ->> 'childId' = $1::uuid::text),
            'other_children_spoken_to', (SELECT count(*) FROM jsonb_array_elements(t.report -> 'childrenSpokenTo') e WHERE e ->> 'childId' IS DISTINCT FROM $1::uuid::text))`,
    freeText: ['child_spoken_to'],
  },
  {
    table: 'record_corrections',
    title: 'Corrections to the record',
    where: `${OWN} AND t.item_kind <> 'CONTACT' AND (t.item_kind <> 'CHILD_VIEW' OR t.item_id IN (${SHARED_VIEWS}))`,
    orderBy: 't.recorded_at, t.id',
    freeText: ['text'],
  },
  // A hold's reason may speak of proceedings (legally privileged): marked for review.
  { table: 'record_holds', title: 'Legal holds', where: OWN, orderBy: 't.placed_at, t.id', thirdParty: ['reason', 'lift_reason'] },
  { table: 'child_deaths', title: 'Date of death', where: OWN, orderBy: 't.child_id' },
  { table: 'record_disposal_notices', title: 'Notice that the record is due for disposal', where: OWN, orderBy: 't.child_id' },
  {
    table: 'audit_log',
    title: 'Who has seen or changed the record',
    where: `t.child_ids @> ARRAY[$1::uuid]`,
    orderBy: 't.occurred_at, t.id',
    omit: ['child_ids'],
    thirdParty: ['client_address'],
  },
];

/** Tables that name a child but are not exported, each with why. */
export const SUBJECT_ACCESS_EXCLUDED: Readonly<Record<string, string>> = {
  child_channel_links: "The child's secret page to their advocate: kept between the child and the advocacy service, whose copy it is to give.",
  child_channel_messages: 'What the child wrote to their advocate on their secret page: in confidence to the advocacy service, whose copy it is to give.',
  subject_access_exports:
    "The exports' own bookkeeping (status, and the ZIP itself): each request, progress and download is in the audit of access, which is exported.",
};
