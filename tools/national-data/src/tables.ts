import type { TableSpec } from './bulk-insert';

/**
 * The columns the generator writes, per table (see the migrations). Columns left out take their
 * defaults; ids and timestamps are always given, so a seed gives the same rows every time.
 */
export const TABLES = {
  localAuthorities: { table: 'local_authorities', columns: [['id', 'uuid'], ['code', 'text'], ['name', 'text'], ['created_at', 'timestamptz']] },
  providers: { table: 'advocacy_providers', columns: [['id', 'uuid'], ['name', 'text'], ['created_at', 'timestamptz']] },
  coverage: { table: 'provider_coverage', columns: [['advocacy_provider_id', 'uuid'], ['local_authority_id', 'uuid']] },
  users: {
    table: 'users',
    columns: [['id', 'uuid'], ['email', 'text'], ['display_name', 'text'], ['role', 'text'], ['password_hash', 'text'], ['local_authority_id', 'uuid'], ['advocacy_provider_id', 'uuid'], ['active', 'bool'], ['created_at', 'timestamptz']],
  },
  advocates: {
    table: 'advocates',
    columns: [['id', 'uuid'], ['user_id', 'uuid'], ['advocacy_provider_id', 'uuid'], ['employing_local_authority_id', 'uuid'], ['caseload_cap', 'int4'], ['languages', 'text[]'], ['contact_phone', 'text'], ['active', 'bool'], ['created_at', 'timestamptz']],
  },
  laStaff: {
    table: 'la_staff',
    columns: [['id', 'uuid'], ['local_authority_id', 'uuid'], ['full_name', 'text'], ['role', 'text'], ['manager_id', 'uuid'], ['experienced', 'bool'], ['user_id', 'uuid']],
  },
  children: {
    table: 'children',
    columns: [
      ['id', 'uuid'], ['local_authority_id', 'uuid'], ['la_child_ref', 'text'], ['given_name', 'text'], ['family_name', 'text'], ['preferred_name', 'text'],
      ['date_of_birth', 'date'], ['created_at', 'timestamptz'], ['sex', 'text'], ['ethnicity', 'text'], ['first_language', 'text'], ['communication_needs', 'text'],
      ['legal_status', 'text'], ['placement_type', 'text'], ['placement_provider', 'text'], ['sibling_group_id', 'uuid'], ['allocated_social_worker_id', 'uuid'],
    ],
  },
  careEpisodes: {
    table: 'care_episodes',
    columns: [['id', 'uuid'], ['child_id', 'uuid'], ['start_date', 'date'], ['end_date', 'date'], ['reason_new_episode', 'text'], ['legal_status', 'text'], ['placement_type', 'text'], ['reason_ended', 'text'], ['created_at', 'timestamptz']],
  },
  triggerEvents: {
    table: 'trigger_events',
    columns: [['id', 'uuid'], ['child_id', 'uuid'], ['kind', 'text'], ['occurred_on', 'date'], ['recorded_by_user_id', 'uuid'], ['recorded_at', 'timestamptz']],
  },
  assignments: {
    table: 'assignments',
    columns: [['id', 'uuid'], ['child_id', 'uuid'], ['advocate_id', 'uuid'], ['started_on', 'date'], ['start_reason', 'text'], ['ended_on', 'date'], ['end_reason', 'text'], ['end_note', 'text'], ['created_at', 'timestamptz']],
  },
  awaiting: {
    table: 'awaiting_advocate',
    columns: [['id', 'uuid'], ['child_id', 'uuid'], ['local_authority_id', 'uuid'], ['waiting_since', 'date'], ['queued_at', 'timestamptz'], ['reason', 'text'], ['resolved_at', 'timestamptz'], ['assignment_id', 'uuid']],
  },
  offers: {
    table: 'offers',
    columns: [
      ['id', 'uuid'], ['child_id', 'uuid'], ['assignment_id', 'uuid'], ['reason', 'text'], ['prompted_on', 'date'], ['due_on', 'date'], ['due_explanation', 'text'],
      ['outcome', 'text'], ['outcome_on', 'date'], ['child_words', 'text'], ['non_instructed_reason', 'text'], ['outcome_recorded_by_user_id', 'uuid'], ['created_at', 'timestamptz'],
    ],
  },
  childDecisions: {
    table: 'child_decisions',
    columns: [['id', 'uuid'], ['child_id', 'uuid'], ['kind', 'text'], ['decided_on', 'date'], ['child_words', 'text'], ['offer_id', 'uuid'], ['recorded_by_user_id', 'uuid'], ['recorded_at', 'timestamptz']],
  },
  meetings: {
    table: 'meetings',
    columns: [
      ['id', 'uuid'], ['child_id', 'uuid'], ['scheduled_on', 'date'], ['place', 'text'], ['invitees', 'text[]'], ['chair_staff_id', 'uuid'], ['advocate_id', 'uuid'], ['status', 'text'],
      ['held_on', 'date'], ['attendees', 'text[]'], ['participation_code', 'text'], ['minutes', 'text'], ['summary_for_child', 'text'],
      ['scheduled_by_user_id', 'uuid'], ['created_at', 'timestamptz'],
    ],
  },
  childViews: {
    table: 'child_views',
    columns: [['id', 'uuid'], ['meeting_id', 'uuid'], ['kind', 'text'], ['text', 'text'], ['shareable', 'bool'], ['recorded_by_user_id', 'uuid'], ['recorded_at', 'timestamptz']],
  },
  childSelfRepresentations: {
    table: 'child_self_representations',
    columns: [['id', 'uuid'], ['meeting_id', 'uuid'], ['child_words', 'text'], ['recorded_by_user_id', 'uuid'], ['advocate_id', 'uuid'], ['migrated_from_chair', 'bool'], ['recorded_at', 'timestamptz']],
  },
  advocateInputs: {
    table: 'advocate_inputs',
    columns: [['id', 'uuid'], ['meeting_id', 'uuid'], ['proposal', 'text'], ['input', 'text'], ['recorded_by_user_id', 'uuid'], ['advocate_id', 'uuid'], ['migrated_from_chair', 'bool'], ['recorded_at', 'timestamptz']],
  },
  meetingDecisions: {
    table: 'meeting_decisions',
    columns: [['id', 'uuid'], ['meeting_id', 'uuid'], ['text', 'text'], ['significant', 'bool'], ['advocate_input_id', 'uuid'], ['basis', 'text'], ['recorded_by_user_id', 'uuid'], ['recorded_at', 'timestamptz']],
  },
  meetingActions: {
    table: 'meeting_actions',
    columns: [
      ['id', 'uuid'], ['child_id', 'uuid'], ['meeting_id', 'uuid'], ['what', 'text'], ['owner', 'text'], ['due_on', 'date'], ['monitoring', 'text'], ['status', 'text'],
      ['carry_overs', 'int4'], ['last_reviewed_meeting_id', 'uuid'], ['review_note', 'text'], ['created_at', 'timestamptz'],
    ],
  },
  homes: {
    table: 'children_homes',
    columns: [['id', 'uuid'], ['name', 'text'], ['provider_name', 'text'], ['provider_contact_email', 'text'], ['ofsted_urn', 'text'], ['address', 'text'], ['local_authority_id', 'uuid'], ['responsible_advocate_id', 'uuid'], ['created_at', 'timestamptz']],
  },
  placements: {
    table: 'placements',
    columns: [['id', 'uuid'], ['child_id', 'uuid'], ['home_id', 'uuid'], ['start_date', 'date'], ['end_date', 'date'], ['created_at', 'timestamptz']],
  },
  homeVisits: {
    table: 'home_visits',
    columns: [['id', 'uuid'], ['home_id', 'uuid'], ['advocate_user_id', 'uuid'], ['status', 'text'], ['visit_on', 'date'], ['report', 'jsonb'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'], ['submitted_at', 'timestamptz']],
  },
  recommendations: {
    table: 'home_recommendations',
    columns: [
      ['id', 'uuid'], ['home_id', 'uuid'], ['visit_id', 'uuid'], ['what', 'text'], ['owner', 'text'], ['due_on', 'date'], ['themes', 'text[]'], ['child_id', 'uuid'], ['status', 'text'],
      ['carry_overs', 'int4'], ['last_reviewed_visit_id', 'uuid'], ['review_note', 'text'], ['created_at', 'timestamptz'],
    ],
  },
  concerns: {
    table: 'concerns',
    columns: [
      ['id', 'uuid'], ['child_id', 'uuid'], ['local_authority_id', 'uuid'], ['raised_by_user_id', 'uuid'], ['from_action_id', 'uuid'], ['from_recommendation_id', 'uuid'],
      ['what_is_wrong', 'text'], ['child_wants', 'text'], ['themes', 'text[]'], ['raised_on', 'date'], ['stage', 'text'], ['status', 'text'], ['stage_entered_on', 'date'],
      ['stage_deadline', 'date'], ['responded_at_stage', 'bool'], ['information_due_on', 'date'], ['triaged', 'bool'], ['reached_commissioner_on', 'date'],
      ['overdue_notified_key', 'text'], ['outcome', 'text'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'], ['version', 'int4'],
    ],
  },
  concernEvents: {
    table: 'concern_events',
    columns: [
      ['id', 'uuid'], ['concern_id', 'uuid'], ['sequence', 'int4'], ['kind', 'text'], ['stage', 'text'], ['actor_user_id', 'uuid'], ['actor_role', 'text'], ['asked', 'text'],
      ['answer', 'text'], ['evidence', 'jsonb'], ['details', 'jsonb'], ['audience', 'text[]'], ['at', 'timestamptz'],
    ],
  },
} as const satisfies Record<string, TableSpec>;
