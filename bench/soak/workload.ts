/** The mixed workload of the soak: GraphQL calls and one loop per role. */
import { setTimeout as sleep } from 'node:timers/promises';
import { type ChildProcess } from 'node:child_process';
import { ADVOCATES, MANAGERS, type Outcome, REQUEST_TIMEOUT_MS, type Recorder, THINK_MS } from './recorder';

export interface GraphqlAnswer<T> {
  readonly outcome: Outcome;
  readonly data: T | null;
}

/** One GraphQL request through the proxy, classified: HTTP status, GraphQL error code or network error. */
export async function request<T>(
  recorder: Recorder,
  url: string,
  token: string | null,
  text: string,
  variables: Record<string, unknown> = {},
): Promise<GraphqlAnswer<T>> {
  const started = performance.now();
  let answer: GraphqlAnswer<T>;
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token === null ? {} : { Authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query: text, variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = await response.text();
    if (response.status !== 200) answer = { outcome: { ok: false, kind: `HTTP ${response.status}` }, data: null };
    else {
      const parsed = JSON.parse(body) as { data?: T | null; errors?: Array<{ extensions?: { code?: unknown } }> };
      const errors = parsed.errors ?? [];
      if (errors.length > 0 || parsed.data === undefined || parsed.data === null)
        answer = { outcome: { ok: false, kind: `GraphQL ${String(errors[0]?.extensions?.code ?? 'no data')}` }, data: null };
      else answer = { outcome: { ok: true, kind: 'ok' }, data: parsed.data };
    }
  } catch (error) {
    answer = { outcome: { ok: false, kind: `network: ${networkKind(error)}` }, data: null };
  }
  recorder.count(answer.outcome, performance.now() - started);
  return answer;
}

export function networkKind(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timeout';
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  if (cause !== undefined && typeof cause.code === 'string') return cause.code;
  return error instanceof Error ? error.name : 'unknown';
}

export const Q = {
  login: 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
  myChildren: 'query { myChildren { id givenName status localAuthority { id name } } }',
  child: 'query ($id: ID!) { child(id: $id) { id givenName familyName dateOfBirth } }',
  meetingsForChild: 'query ($id: ID!) { meetingsForChild(childId: $id) { id status scheduledOn } }',
  recordChildView: 'mutation ($input: RecordChildViewInput!) { recordChildView(input: $input) { id views { id text } } }',
  raiseConcern: 'mutation ($input: RaiseConcernInput!) { raiseConcern(input: $input) { id } }',
  addConcernNote: 'mutation ($input: ConcernNoteInput!) { addConcernNote(input: $input) { id timeline { id kind sequence } } }',
  laChildren: 'query { laChildren { id givenName advocate { id displayName } } }',
  laStaff: 'query { laStaff { id fullName role experienced } }',
  recordTriggerEvent: 'mutation ($input: RecordTriggerEventInput!) { recordTriggerEvent(input: $input) { outcome child { id } } }',
  scheduleMeeting: 'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
  awaitingAdvocate: 'query { awaitingAdvocate { childId workingDaysWaiting } }',
  escalationQueue: 'query { escalationQueue { id } }',
} as const;

export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
export const addDays = (days: number): string => isoDate(new Date(Date.now() + days * 86_400_000));
export const pick = <T>(items: readonly T[], i: number): T | undefined => items[i % Math.max(items.length, 1)];

export interface Api {
  readonly index: number;
  child: ChildProcess;
  killedOnPurpose: boolean;
}

export interface Context {
  readonly recorder: Recorder;
  readonly url: string;
  readonly runId: string;
  readonly stopAt: () => boolean;
  /** Children each manager may schedule meetings for, with a chair the API accepts for them. */
  readonly meetingChildren: Map<string, Array<{ childId: string; chairStaffId: string }>>;
}

export let meetingDay = 30;
export let sequence = 0;

export async function advocateLoop(ctx: Context, token: string): Promise<void> {
  const concerns: string[] = [];
  for (let i = 0; !ctx.stopAt(); i++) {
    await sleep(THINK_MS);
    const list = await request<{ myChildren: Array<{ id: string }> }>(ctx.recorder, ctx.url, token, Q.myChildren);
    const childId = list.data === null ? undefined : pick(list.data.myChildren, i * 7 + 3)?.id;
    if (childId === undefined) continue;
    await request(ctx.recorder, ctx.url, token, Q.child, { id: childId });
    const tag = `soak-${ctx.runId}-${sequence++}`;
    const action = i % 3;
    if (action === 0) {
      const meetings = await request<{ meetingsForChild: Array<{ id: string; status: string }> }>(ctx.recorder, ctx.url, token, Q.meetingsForChild, {
        id: childId,
      });
      const meeting = meetings.data?.meetingsForChild.find((m) => m.status === 'SCHEDULED');
      if (meeting === undefined) continue;
      const text = `The child said (${tag}) they want to stay at their school.`;
      const done = await request<{ recordChildView: { views: Array<{ id: string; text: string }> } }>(ctx.recorder, ctx.url, token, Q.recordChildView, {
        input: { meetingId: meeting.id, kind: 'WISHES_AND_FEELINGS', text, shareable: i % 2 === 0 },
      });
      const view = done.data?.recordChildView.views.find((v) => v.text === text);
      ctx.recorder.written('childView', done.outcome, view?.id);
    } else if (action === 1 || concerns.length === 0) {
      const done = await request<{ raiseConcern: { id: string } }>(ctx.recorder, ctx.url, token, Q.raiseConcern, {
        input: {
          childId,
          whatIsWrong: `Contact with siblings stopped (${tag})`,
          childWants: 'I want to see my sister every week',
          themes: ['SIBLINGS', 'CONTACT_WITH_FAMILY'],
        },
      });
      ctx.recorder.written('concern', done.outcome, done.data?.raiseConcern.id);
      if (done.data !== null) concerns.push(done.data.raiseConcern.id);
    } else {
      const concernId = pick(concerns, i) as string;
      const done = await request<{ addConcernNote: { timeline: Array<{ id: string; kind: string; sequence: number }> } }>(
        ctx.recorder,
        ctx.url,
        token,
        Q.addConcernNote,
        { input: { concernId, note: `Spoke to the child again (${tag})` } },
      );
      // This client is the only one writing to its own concerns, so the newest note is the one just added.
      const note = done.data?.addConcernNote.timeline.filter((e) => e.kind === 'NOTE').sort((a, b) => b.sequence - a.sequence)[0];
      ctx.recorder.written('concernNote', done.outcome, note?.id);
    }
  }
}

export async function managerLoop(ctx: Context, email: string, token: string): Promise<void> {
  const meetingChildren = ctx.meetingChildren.get(email) ?? [];
  for (let i = 0; !ctx.stopAt(); i++) {
    await sleep(THINK_MS);
    await request(ctx.recorder, ctx.url, token, Q.laChildren);
    const tag = `SOAK-${ctx.runId}-${sequence++}`;
    const target = pick(meetingChildren, i);
    if (i % 2 === 0 || target === undefined) {
      const done = await request<{ recordTriggerEvent: { child: { id: string } } }>(ctx.recorder, ctx.url, token, Q.recordTriggerEvent, {
        input: {
          kind: 'ENTERED_CARE',
          occurredOn: isoDate(new Date()),
          newChild: {
            laChildRef: tag,
            givenName: 'Soak',
            familyName: `Child ${tag}`,
            dateOfBirth: `20${String(10 + (i % 14)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
          },
        },
      });
      ctx.recorder.written('triggerChild', done.outcome, done.data?.recordTriggerEvent.child.id);
    } else {
      const done = await request<{ scheduleMeeting: { id: string } }>(ctx.recorder, ctx.url, token, Q.scheduleMeeting, {
        input: {
          childId: target.childId,
          chairStaffId: target.chairStaffId,
          scheduledOn: addDays(meetingDay++),
          place: `Room ${tag}`,
          invitees: ['Social worker'],
        },
      });
      ctx.recorder.written('meeting', done.outcome, done.data?.scheduleMeeting.id);
    }
  }
}

export async function commissionerLoop(ctx: Context, token: string): Promise<void> {
  for (let i = 0; !ctx.stopAt(); i++) {
    await sleep(THINK_MS);
    await request(ctx.recorder, ctx.url, token, i % 2 === 0 ? Q.awaitingAdvocate : Q.escalationQueue);
  }
}

/** Each manager's children that a demo advocate represents (so the advocates can record views on their meetings), with a chair found by trying the LA's staff. */
export async function meetingTargets(
  recorder: Recorder,
  url: string,
  tokens: Map<string, string>,
): Promise<Map<string, Array<{ childId: string; chairStaffId: string }>>> {
  const represented = new Set<string>();
  for (const email of ADVOCATES) {
    const mine = await request<{ myChildren: Array<{ id: string }> }>(recorder, url, tokens.get(email) ?? '', Q.myChildren);
    for (const child of mine.data?.myChildren ?? []) represented.add(child.id);
  }
  const targets = new Map<string, Array<{ childId: string; chairStaffId: string }>>();
  for (const email of MANAGERS) {
    const token = tokens.get(email) ?? '';
    const children =
      (await request<{ laChildren: Array<{ id: string }> }>(recorder, url, token, Q.laChildren)).data?.laChildren
        .filter((c) => represented.has(c.id))
        .slice(0, 6) ?? [];
    const staff = (await request<{ laStaff: Array<{ id: string }> }>(recorder, url, token, Q.laStaff)).data?.laStaff ?? [];
    const found: Array<{ childId: string; chairStaffId: string }> = [];
    for (const child of children) {
      for (const member of staff) {
        const done = await request<{ scheduleMeeting: { id: string } }>(recorder, url, token, Q.scheduleMeeting, {
          input: { childId: child.id, chairStaffId: member.id, scheduledOn: addDays(14), place: 'Set-up meeting', invitees: [] },
        });
        if (done.outcome.ok) {
          found.push({ childId: child.id, chairStaffId: member.id });
          break;
        }
      }
    }
    targets.set(email, found);
  }
  return targets;
}
