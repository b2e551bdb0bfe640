import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  RaceActionDocument,
  RaceCompleteDocument,
  RaceCourtDocument,
  RaceDecisionDocument,
  RaceEscalateDocument,
  RaceGenerateDocument,
  RaceHoldDocument,
  RaceOptBackInDocument,
  RaceOutcomeDocument,
  RaceRaiseDocument,
  RaceReassignDocument,
  RaceRequestInformationDocument,
  RaceResolveDocument,
  RaceRespondDocument,
  RaceReviewDocument,
  RaceScheduleDocument,
  RaceSelfRepresentationDocument,
  RaceSetCapDocument,
  RaceTriageDocument,
  RaceViewDocument,
  RaceWithdrawDocument,
  RaceWithdrawViewDocument,
} from '@heard/graphql-types/testing';
import { ReportJobsService } from '../../../src/modules/reports/report-jobs.service';
import { advocacyFixture, type AdvocacyFixture, newChild, RECORD_TRIGGER } from '../advocacy-fixture';
import { raiseInput } from '../concern-fixture';
import type { GraphqlTestClient } from '../graphql-client';
import { type Call, signedInClients } from '../parallel';
import { DEMO, type TestApp } from '../test-app';

/** How many identical calls race each other. */
export const N = 8;

export type Role = 'manager' | 'advocate' | 'commissioner';

/** The audit row the winning call writes: its action, the record, and (optionally) one key of its details. */
export interface AuditKey {
  action: string;
  entityId: string;
  details?: [key: string, value: string];
}

/** A record just put into the state the transition starts from, and what the race should leave behind. */
export interface Prepared {
  /** The racing call, fired by every client of the pool at once. */
  call: Call;
  conflict: string;
  audit: AuditKey;
  state: () => Promise<unknown>;
  expected: unknown;
}

export interface Transition {
  name: string;
  as: Role;
  prepare: () => Promise<Prepared>;
}

export const day = (offset = 0) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
export const today = day();

export const M = {
  schedule: RaceScheduleDocument,
  hold: RaceHoldDocument,
  complete: RaceCompleteDocument,
  decision: RaceDecisionDocument,
  action: RaceActionDocument,
  review: RaceReviewDocument,
  view: RaceViewDocument,
  withdrawView: RaceWithdrawViewDocument,
  selfRepresentation: RaceSelfRepresentationDocument,
  raise: RaceRaiseDocument,
  escalate: RaceEscalateDocument,
  respond: RaceRespondDocument,
  triage: RaceTriageDocument,
  requestInformation: RaceRequestInformationDocument,
  resolve: RaceResolveDocument,
  withdraw: RaceWithdrawDocument,
  court: RaceCourtDocument,
  outcome: RaceOutcomeDocument,
  optBackIn: RaceOptBackInDocument,
  generate: RaceGenerateDocument,
  reassign: RaceReassignDocument,
  setCap: RaceSetCapDocument,
} as const;

/**
 * What every race needs: signed-in clients per role (N each, separate sessions), a chair, and builders
 * that put a record into the state a transition starts from. Made empty when the tests are collected
 * (so the transitions can be listed by name) and filled in beforeAll.
 */
export class RaceWorld {
  api!: TestApp;
  fx!: AdvocacyFixture;
  pools!: Record<Role, GraphqlTestClient[]>;
  chairId = '';
  managerUserId = '';

  async init(api: TestApp): Promise<void> {
    this.api = api;
    this.fx = await advocacyFixture(api, [{ cap: 60 }]);
    const fx = this.fx;
    const demo = async (email: string) => {
      const client = api.client();
      await client.login(email, DEMO.password);
      return client;
    };
    this.pools = {
      manager: await signedInClients(N, () => fx.signIn(fx.managerEmail)),
      advocate: await signedInClients(N, () => fx.signIn(fx.advocates[0]?.email ?? '')),
      commissioner: await signedInClients(N, () => demo(DEMO.commissioner)),
    };
    this.chairId = await this.one(
      `INSERT INTO la_staff (local_authority_id, full_name, role, experienced) VALUES ($1, 'Sam Chair', 'SOCIAL_WORKER', true) RETURNING id`,
      [fx.laId],
    );
    this.managerUserId = await this.one(`SELECT id FROM users WHERE email = $1`, [fx.managerEmail]);
  }

  readonly jobs = (): ReportJobsService => this.api.app.get(ReportJobsService);

  readonly rows = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await this.api.dataSource.query(sql, params)) as T[];
  readonly one = async (sql: string, params: unknown[]): Promise<string> => {
    const [row] = await this.rows<{ id: string }>(sql, params);
    if (row === undefined) throw new Error(`no row: ${sql}`);
    return row.id;
  };
  readonly count = async (sql: string, params: unknown[]): Promise<number | undefined> => (await this.rows<{ n: number }>(sql, params))[0]?.n;

  /** Runs one request as the first client of a pool and insists it worked. */
  readonly must = async <R, V>(as: Role, document: TypedDocumentNode<R, V>, variables: V): Promise<R> => {
    const result = await this.pools[as][0]?.execute(document, variables);
    if (result === undefined || result.errors.length > 0 || result.data === null) throw new Error(`setup failed: ${result?.text ?? 'no client'}`);
    return result.data;
  };

  readonly child = async (): Promise<{ childId: string; offerId: string }> => {
    const data = await this.must('manager', RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: today, newChild: newChild() } });
    return { childId: data.recordTriggerEvent.child.id, offerId: data.recordTriggerEvent.child.currentOffer?.id ?? '' };
  };
  readonly scheduleInput = (childId: string, on = day(10)) => ({
    childId,
    scheduledOn: on,
    place: 'Family centre',
    chairStaffId: this.chairId,
    invitees: ['Foster carer'],
  });
  readonly meeting = async (childId: string, held = false, on = day(10)): Promise<string> => {
    const id = (await this.must('manager', M.schedule, { input: this.scheduleInput(childId, on) })).scheduleMeeting.id;
    if (held) await this.must('manager', M.hold, { input: this.holdInput(id) });
    return id;
  };
  readonly holdInput = (meetingId: string) => ({ meetingId, heldOn: today, attendees: ['Child', 'Foster carer'], participationCode: 'PN1' });
  readonly actionInput = (meetingId: string) => ({
    meetingId,
    what: 'Arrange weekly contact with her sister',
    owner: 'Social worker',
    dueOn: day(30),
    monitoring: 'Contact log at the next meeting',
  });
  readonly concern = async (childId: string, stage: 'INFORMAL' | 'CHILDRENS_COMMISSIONER' = 'INFORMAL'): Promise<string> => {
    const id = (await this.must('advocate', M.raise, { input: raiseInput(childId) })).raiseConcern.id;
    if (stage !== 'INFORMAL')
      await this.must('advocate', M.escalate, {
        input: { concernId: id, toStage: stage, asked: 'Please intervene', atRiskReason: 'The child is at risk tonight' },
      });
    return id;
  };
  readonly concernRow = (id: string): Promise<unknown[]> =>
    this.rows(
      `SELECT stage, status, responded_at_stage AS responded, triaged, to_char(information_due_on, 'YYYY-MM-DD') AS "informationDueOn" FROM concerns WHERE id = $1`,
      [id],
    );
  readonly events = (id: string, kind: string): Promise<number | undefined> =>
    this.count(`SELECT count(*)::int AS n FROM concern_events WHERE concern_id = $1 AND kind = $2`, [id, kind]);
  readonly home = async (childId: string): Promise<string> => {
    const urn = `SC${Math.floor(Math.random() * 1e9)}`;
    const id = await this.one(
      `INSERT INTO children_homes (name, provider_name, provider_contact_email, ofsted_urn, address, local_authority_id, responsible_advocate_id)
       VALUES ($1, 'Test Care Ltd', $2, $3, '1 Test Road', $4, $5) RETURNING id`,
      [`Home ${urn}`, `provider.${urn}@test.example`, urn, this.fx.laId, this.fx.advocates[0]?.id],
    );
    await this.rows(`INSERT INTO placements (child_id, home_id, start_date) VALUES ($1, $2, '2025-01-06')`, [childId, id]);
    return id;
  };
}
