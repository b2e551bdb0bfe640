import { fieldLabel, isIsoDate, STAGE_LABELS, ukLongDate } from '@heard/domain';
import { requireWords } from '../../common/validation/entered-input';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Step } from './concerns.service';
import type {
  AdvocateAtHearingInput,
  ApplyToCourtInput,
  ChildCourtRequestInput,
  CloseConcernInput,
  ConcernNoteInput,
  EscalateConcernInput,
  RecordHearingInput,
  RequestInformationInput,
  RespondToConcernInput,
} from './dto/concern.inputs';

/** Turns each mutation's input into a ladder command, the event it records and who is told. */
export const steps = {
  respond: (input: RespondToConcernInput): Step => ({
    command: { kind: 'RESPOND' },
    event: { kind: 'RESPONDED', answer: requireWords(input.answer, 'answer', "the local authority's response"), evidence: input.evidence },
    notice: { advocate: true, commissioner: true, message: 'The local authority responded to a concern' },
  }),
  escalate: (input: EscalateConcernInput): Step => {
    const atRiskReason = input.atRiskReason?.trim() ? input.atRiskReason.trim() : null;
    return {
      command: { kind: 'ESCALATE', to: input.toStage, atRiskReason },
      event: { kind: 'ESCALATED', asked: requireWords(input.asked, 'asked', 'what you are asking for'), evidence: input.evidence, details: { atRiskReason } },
      notice: { la: true, commissioner: true, message: `A concern was escalated to ${STAGE_LABELS[input.toStage]}` },
    };
  },
  resolve: (input: CloseConcernInput): Step => {
    const outcome = requireWords(input.text, 'text', "the outcome in the child's terms");
    return {
      command: { kind: 'RESOLVE', outcome },
      event: { kind: 'RESOLVED', answer: outcome },
      notice: { la: true, advocate: true, commissioner: true, message: 'A concern was resolved' },
    };
  },
  withdraw: (input: CloseConcernInput): Step => {
    const reason = requireWords(input.text, 'text', 'why the child wants to withdraw the concern');
    return {
      command: { kind: 'WITHDRAW', reason },
      event: { kind: 'WITHDRAWN', answer: reason },
      notice: { la: true, commissioner: true, message: 'A concern was withdrawn at the child’s wish' },
    };
  },
  note: (input: ConcernNoteInput): Step => ({
    command: { kind: 'ADD_EVIDENCE' },
    event: {
      kind: 'NOTE',
      answer: requireWords(input.note, 'note', 'the note'),
      evidence: input.evidence,
      ...(input.confidential ? { audience: ['ADVOCATE'] } : {}),
    },
    notice: null,
  }),
  triage: (input: ConcernNoteInput): Step => ({
    command: { kind: 'TRIAGE' },
    event: {
      kind: 'TRIAGED',
      answer: requireWords(input.note, 'note', 'the triage note'),
      evidence: input.evidence,
      audience: ['ADVOCATE', 'COMMISSIONER_STAFF'],
    },
    notice: { advocate: true, message: "The Children's Commissioner triaged a concern" },
  }),
  requestInformation: (input: RequestInformationInput): Step => ({
    command: { kind: 'REQUEST_INFORMATION', dueOn: realDate(input.dueOn, 'dueOn') },
    event: { kind: 'INFORMATION_REQUESTED', asked: requireWords(input.asked, 'asked', 'what the local authority is asked'), details: { dueOn: input.dueOn } },
    notice: { la: true, advocate: true, message: `The Children's Commissioner asked for information by ${ukLongDate(input.dueOn)}` },
  }),
  applyToCourt: (input: ApplyToCourtInput): Step => ({
    command: { kind: 'APPLY_TO_COURT' },
    event: {
      kind: 'APPLIED_TO_COURT',
      asked: requireWords(input.orderSought, 'orderSought', 'the order sought'),
      details: {
        court: input.court.trim(),
        caseNumber: input.caseNumber.trim(),
        orderSought: input.orderSought.trim(),
        hearingDates: input.hearingDates.map((d) => realDate(d, 'hearingDates')).sort(),
      },
    },
    notice: { la: true, advocate: true, message: "The Children's Commissioner applied to court about a concern" },
  }),
  hearing: (input: RecordHearingInput): Step => ({
    command: { kind: 'RECORD_HEARING' },
    event: {
      kind: 'HEARING',
      answer: requireWords(input.whatHappened, 'whatHappened', 'what happened at the hearing'),
      details: { hearingDates: [realDate(input.hearingOn, 'hearingOn')], courtOutcome: input.outcome?.trim() ? input.outcome.trim() : null },
    },
    notice: { la: true, advocate: true, message: 'A court hearing was recorded on a concern' },
  }),
  childCourtRequest: (input: ChildCourtRequestInput): Step => ({
    command: { kind: 'CHILD_ASKS_ADVOCATE_TO_ATTEND' },
    event: { kind: 'CHILD_COURT_REQUEST', answer: requireWords(input.childWords, 'childWords', "the child's request in their words") },
    notice: { commissioner: true, message: 'A child asked for their advocate to attend court and speak for them' },
  }),
  advocateAtHearing: (input: AdvocateAtHearingInput): Step => ({
    command: { kind: 'ADVOCATE_AT_HEARING' },
    event: {
      kind: 'ADVOCATE_AT_HEARING',
      answer: requireWords(input.summary, 'summary', input.attended ? 'a summary of what was said for the child' : 'why the advocate could not attend'),
      details: { hearingDates: [realDate(input.hearingOn, 'hearingOn')], attended: input.attended },
    },
    notice: { commissioner: true, message: 'The advocate recorded a court hearing' },
  }),
};

function realDate(value: string, field: string): string {
  if (!isIsoDate(value)) {
    throw new DomainException('BAD_USER_INPUT', `${fieldLabel(field)} must be a real date in the form YYYY-MM-DD (you entered ${JSON.stringify(value)}).`, {
      field,
    });
  }
  return value;
}
