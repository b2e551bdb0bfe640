import {
  MatrixChildOfferDocument,
  RaceCourtDocument,
  RaceEscalateDocument,
  RaceHoldDocument,
  RaceRaiseDocument,
  RaceScheduleDocument,
  RaceViewDocument,
  TestGenerateReportDocument,
} from '@heard/graphql-types/testing';
import { newChild, RECORD_TRIGGER } from '../advocacy-fixture';
import { raiseInput } from '../concern-fixture';
import { completeReport, SAVE, SUBMIT } from '../home-fixture';
import type { GraphqlTestClient } from '../graphql-client';
import { DEMO, type TestApp } from '../test-app';

/** Whose record a case targets: the caller's own (or one they may reach), or another's. */
export type Target = 'own' | 'other';

export const SECRET = 'Night staff shout at me when I cannot sleep';

/**
 * The records the matrix reads and changes, all owned by demo accounts:
 * own = advocate@ / manager@ (Northshire, 901); other = advocate2@ / manager2@ (Eastmoor, 902).
 */
export interface World {
  api: TestApp;
  adv: GraphqlTestClient;
  adv2: GraphqlTestClient;
  mgr: GraphqlTestClient;
  mgr2: GraphqlTestClient;
  comm: GraphqlTestClient;
  admin: GraphqlTestClient;
  pm: GraphqlTestClient;
  /** Northshire's data protection officer. */
  dpo: GraphqlTestClient;
  /** Leo Nowak (NS-1003): advocate@'s child in Northshire, living at Oakfield House. */
  ownChildId: string;
  /** Zara Begum (EM-2001): advocate2@'s child in Eastmoor, also living at Oakfield House. */
  otherChildId: string;
  otherOfferId: string;
  advocateId: string;
  advocate2Id: string;
  /** A provider covering no LA: an advocate created there is never given the matrix's children. */
  providerId: string;
  /** Experienced social workers who may chair: Hannah Price (901), Aisha Khan (902). */
  chairId: Record<Target, string>;
  /** Oakfield House (advocate@ visits, 901) and Riverside Lodge (advocate2@ visits, 902). */
  homeId: Record<Target, string>;
  /** Submitted visits: advocate@ at Oakfield (spoke to Leo, who did not consent to share), advocate2@ at Riverside. */
  visitId: Record<Target, string>;
  /** advocate2@'s open draft at Riverside. */
  otherDraftId: string;
  importId: Record<Target, string>;
  reportJobId: string;
  today: string;
  /** A concern raised by the target's advocate about the target child, taken to the given stage. */
  concern(target: Target, stage?: 'LA' | 'COMMISSIONER' | 'COURT'): Promise<string>;
  /** A meeting scheduled by the target's LA manager for the target child; held today when asked. */
  meeting(target: Target, held?: boolean): Promise<string>;
  /** A view of the target child recorded by their advocate for a new meeting. */
  meetingView(target: Target): Promise<string>;
  /** A new Northshire child (manager@) assigned to advocate@, with their open offer. */
  freshChild(): Promise<{ childId: string; offerId: string }>;
  /** A new session for the caller's account, for operations that change the session itself. */
  signIn(email: string): Promise<GraphqlTestClient>;
}

export function isoDay(offsetDays = 0): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined || value === '') throw new Error(`access-matrix world: no ${what}`);
  return value;
}

async function one(api: TestApp, sql: string, params: unknown[]): Promise<string> {
  const rows = (await api.dataSource.query(sql, params)) as Array<{ id: string }>;
  return must(rows[0]?.id, sql);
}

async function upload(api: TestApp, client: GraphqlTestClient, ref: string): Promise<string> {
  const form = new FormData();
  const files = {
    header: `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n${ref},1,01/03/2012,WBRI,,,\n`,
    episodes: 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n',
    reviews: 'CHILD,DOB,REVIEW,REVIEW_CODE\n',
  };
  for (const [field, content] of Object.entries(files)) form.append(field, new Blob([content], { type: 'text/csv' }), `${field}.csv`);
  const response = await fetch(`${api.url}/api/imports/ssda903`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${client.accessToken ?? ''}` },
  });
  const body = (await response.json()) as { importId?: string };
  return must(body.importId, `import (${response.status})`);
}

export async function buildWorld(api: TestApp): Promise<World> {
  const signIn = async (email: string): Promise<GraphqlTestClient> => {
    const client = api.client();
    const login = await client.login(email, DEMO.password);
    if (login.errors.length > 0) throw new Error(`sign-in failed for ${email}: ${login.errors[0]?.message ?? ''}`);
    return client;
  };
  const [adv, adv2, mgr, mgr2, comm, admin, pm, dpo] = (await Promise.all(
    [DEMO.advocate, 'advocate2@demo.heard', DEMO.manager, DEMO.manager2, DEMO.commissioner, DEMO.admin, DEMO.providerManager, DEMO.dpo].map(signIn),
  )) as [
    GraphqlTestClient,
    GraphqlTestClient,
    GraphqlTestClient,
    GraphqlTestClient,
    GraphqlTestClient,
    GraphqlTestClient,
    GraphqlTestClient,
    GraphqlTestClient,
  ];
  const child = (ref: string) => one(api, `SELECT id FROM children WHERE la_child_ref = $1`, [ref]);
  const advocate = (email: string) => one(api, `SELECT a.id FROM advocates a JOIN users u ON u.id = a.user_id WHERE u.email = $1`, [email]);
  const staff = (name: string) => one(api, `SELECT id FROM la_staff WHERE full_name = $1`, [name]);
  const home = (urn: string) => one(api, `SELECT id FROM children_homes WHERE ofsted_urn = $1`, [urn]);
  const ownChildId = await child('NS-1003');
  const otherChildId = await child('EM-2001');
  const offer = await adv2.request(MatrixChildOfferDocument, { id: otherChildId });
  const today = isoDay();
  const homeId = { own: await home('SC482117'), other: await home('SC519034') };

  const submitVisit = async (client: GraphqlTestClient, target: Target, report: Record<string, unknown>): Promise<string> => {
    const saved = await client.request(SAVE, { input: { homeId: homeId[target], report } });
    const id = must(saved.data?.saveHomeVisitDraft.id, `draft: ${saved.text}`);
    const submitted = await client.request(SUBMIT, { id });
    if (submitted.errors.length > 0) throw new Error(`submit failed: ${submitted.text}`);
    return id;
  };
  const leo = { childId: ownChildId, name: 'Leo', spokeInPrivate: true, consentToSpeak: true, whatTheySaid: SECRET, consentToShare: false };
  const visitId = {
    own: await submitVisit(adv, 'own', completeReport({ visitOn: today, childrenSpokenTo: [leo] })),
    other: await submitVisit(adv2, 'other', completeReport({ visitOn: today })),
  };
  const draft = await adv2.request(SAVE, { input: { homeId: homeId.other, report: { visitOn: today } } });
  const job = await comm.request(TestGenerateReportDocument, { year: 2024 });

  const chairId = { own: await staff('Hannah Price'), other: await staff('Aisha Khan') };
  const childOf = { own: ownChildId, other: otherChildId };
  const advocateOf = { own: adv, other: adv2 };
  const managerOf = { own: mgr, other: mgr2 };
  // Each on its own day (and never the scheduleMeeting row's): a child cannot have two meetings scheduled for one day.
  let meetings = 0;
  const meeting = async (target: Target, held = false): Promise<string> => {
    meetings += 1;
    const scheduled = await managerOf[target].request(RaceScheduleDocument, {
      input: {
        childId: childOf[target],
        scheduledOn: isoDay(100 + meetings),
        place: 'Family centre',
        chairStaffId: chairId[target],
        invitees: ['Foster carer'],
      },
    });
    const id = must(scheduled.data?.scheduleMeeting.id, `meeting: ${scheduled.text}`);
    if (held) {
      const result = await managerOf[target].request(RaceHoldDocument, {
        input: { meetingId: id, heldOn: today, attendees: ['Child', 'Foster carer'], participationCode: 'PN1' },
      });
      if (result.errors.length > 0) throw new Error(`hold failed: ${result.text}`);
    }
    return id;
  };
  return {
    api,
    adv,
    adv2,
    meeting,
    mgr,
    mgr2,
    comm,
    admin,
    pm,
    dpo,
    ownChildId,
    otherChildId,
    today,
    homeId,
    visitId,
    chairId,
    signIn,
    otherOfferId: must(offer.data?.child.currentOffer?.id, `Zara's offer: ${offer.text}`),
    advocateId: await advocate(DEMO.advocate),
    advocate2Id: await advocate('advocate2@demo.heard'),
    providerId: await one(api, `INSERT INTO advocacy_providers (name) VALUES ('Matrix Provider (covers no LA)') RETURNING id`, []),
    otherDraftId: must(draft.data?.saveHomeVisitDraft.id, `advocate2 draft: ${draft.text}`),
    importId: { own: await upload(api, mgr, 'AM1'), other: await upload(api, mgr2, 'AM2') },
    reportJobId: must(job.data?.generateAnnualReport.id, `report job: ${job.text}`),
    async concern(target, stage = 'LA') {
      const raised = await advocateOf[target].request(RaceRaiseDocument, { input: raiseInput(childOf[target]) });
      const id = must(raised.data?.raiseConcern.id, `concern: ${raised.text}`);
      if (stage !== 'LA') {
        const escalated = await advocateOf[target].request(RaceEscalateDocument, {
          input: { concernId: id, toStage: 'CHILDRENS_COMMISSIONER', asked: 'Please intervene', atRiskReason: 'The child is at risk tonight' },
        });
        if (escalated.errors.length > 0) throw new Error(`escalate failed: ${escalated.text}`);
      }
      if (stage === 'COURT') {
        const applied = await comm.request(RaceCourtDocument, {
          input: { concernId: id, court: 'Family Court at Leeds', caseNumber: 'LS25C00002', orderSought: 'Contact order', hearingDates: [isoDay(20)] },
        });
        if (applied.errors.length > 0) throw new Error(`apply to court failed: ${applied.text}`);
      }
      return id;
    },
    async meetingView(target) {
      const meetingId = await meeting(target);
      const recorded = await advocateOf[target].request(RaceViewDocument, {
        input: { meetingId, kind: 'WISHES_AND_FEELINGS', text: 'I want to see my sister', shareable: true },
      });
      return must(recorded.data?.recordChildView.views[0]?.id, `view: ${recorded.text}`);
    },
    async freshChild() {
      const result = await mgr.request(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: today, newChild: newChild() } });
      const created = result.data?.recordTriggerEvent;
      if (created?.advocate?.displayName !== 'Priya Shah') throw new Error(`fresh child not assigned to advocate@: ${result.text}`);
      return { childId: created.child.id, offerId: must(created.child.currentOffer?.id, 'fresh offer') };
    },
  };
}
