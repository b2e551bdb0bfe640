import {
  type RaiseConcernInput,
  TestAddConcernNoteDocument,
  TestConcernDocument,
  type TestConcernFieldsFragment,
  TestEscalateConcernDocument,
  TestRaiseConcernDocument,
  TestRespondToConcernDocument,
} from '@heard/graphql-types/testing';
import { advocacyFixture, newChild, RECORD_TRIGGER, type AdvocacyFixture } from './advocacy-fixture';
import type { GraphqlTestClient } from './graphql-client';
import type { TestApp } from './test-app';

/** A concern as the tests read it back: the `TestConcernFields` fragment of operations/concerns.graphql. */
export type ConcernData = TestConcernFieldsFragment;

export const RAISE = TestRaiseConcernDocument;
export const ESCALATE = TestEscalateConcernDocument;
export const RESPOND = TestRespondToConcernDocument;
export const CONCERN = TestConcernDocument;
export const NOTE = TestAddConcernNoteDocument;

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
  const result = await manager.request(RECORD_TRIGGER, {
    input: { kind: 'ENTERED_CARE', occurredOn: '2025-01-06', newChild: newChild({ dateOfBirth: '2012-04-01' }) },
  });
  const childId = result.data?.recordTriggerEvent.child.id ?? '';
  return { fx, manager, advocate: await fx.signIn(fx.advocates[0]?.email ?? ''), childId };
}

export function raiseInput(childId: string, overrides: Partial<RaiseConcernInput> = {}): RaiseConcernInput {
  return {
    childId,
    whatIsWrong: 'Sibling contact has stopped since the placement move',
    childWants: 'I want to see my sister every week',
    themes: ['SIBLINGS', 'CONTACT_WITH_FAMILY'],
    evidence: [{ text: 'Contact log shows no visits since March', url: 'https://records.example/contact-log' }],
    ...overrides,
  };
}
