import { advocacyFixture, newChild, RECORD_TRIGGER, type AdvocacyFixture, type TriggerResult } from './advocacy-fixture';
import type { GraphqlTestClient } from './graphql-client';
import type { TestApp } from './test-app';

export const CONCERN_FIELDS = `id stage status stageDeadline respondedAtStage informationDueOn overdue workingDaysOverdue triaged outcome themes
  timeline { sequence kind stage actorName asked answer atRiskReason dueOn court caseNumber orderSought hearingDates courtOutcome attended confidential evidence { text url } }
  courtApplication { court caseNumber orderSought hearingDates outcome }
  escalationTargets { stage needsAtRiskReason }`;

export interface ConcernData {
  id: string;
  stage: string;
  status: string;
  stageDeadline: string | null;
  respondedAtStage: boolean;
  informationDueOn: string | null;
  overdue: boolean;
  workingDaysOverdue: number;
  triaged: boolean;
  outcome: string | null;
  themes: string[];
  timeline: Array<{ sequence: number; kind: string; stage: string; actorName: string; asked: string | null; answer: string | null; atRiskReason: string | null; dueOn: string | null; court: string | null; caseNumber: string | null; orderSought: string | null; hearingDates: string[]; courtOutcome: string | null; attended: boolean | null; confidential: boolean; evidence: Array<{ text: string; url: string | null }> }>;
  courtApplication: { court: string; caseNumber: string; orderSought: string; hearingDates: string[]; outcome: string | null } | null;
  escalationTargets: Array<{ stage: string; needsAtRiskReason: boolean }>;
}

export const RAISE = `mutation($input: RaiseConcernInput!) { raiseConcern(input: $input) { ${CONCERN_FIELDS} } }`;
export const mutation = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { ${CONCERN_FIELDS} } }`;
export const ESCALATE = mutation('escalateConcern', 'EscalateConcernInput');
export const RESPOND = mutation('respondToConcern', 'RespondToConcernInput');
export const CONCERN = `query($id: ID!) { concern(id: $id) { ${CONCERN_FIELDS} } }`;

export interface ConcernWorld {
  fx: AdvocacyFixture;
  advocate: GraphqlTestClient;
  manager: GraphqlTestClient;
  childId: string;
}

/** A fresh LA with a manager, an advocate and one child in care assigned to that advocate. */
export async function concernWorld(api: TestApp): Promise<ConcernWorld> {
  const fx = await advocacyFixture(api, [{ cap: 5 }]);
  const manager = await fx.signIn(fx.managerEmail);
  const result = await manager.request<TriggerResult>(RECORD_TRIGGER, { input: { kind: 'ENTERED_CARE', occurredOn: '2025-01-06', newChild: newChild({ dateOfBirth: '2012-04-01' }) } });
  const childId = result.data?.recordTriggerEvent.child.id ?? '';
  return { fx, manager, advocate: await fx.signIn(fx.advocates[0]?.email ?? ''), childId };
}

export function raiseInput(childId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    childId,
    whatIsWrong: 'Sibling contact has stopped since the placement move',
    childWants: 'I want to see my sister every week',
    themes: ['SIBLINGS', 'CONTACT_WITH_FAMILY'],
    evidence: [{ text: 'Contact log shows no visits since March', url: 'https://records.example/contact-log' }],
    ...overrides,
  };
}
