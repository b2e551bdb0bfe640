/** Short invented texts the generator fills free-text fields with. */
export const OPT_OUT_WORDS = [
  'I don’t want another professional in my life right now.',
  'I can talk to my foster carer, I don’t need an advocate.',
  'Not at the moment, maybe later.',
  'I just want to be left alone for a bit.',
  'My social worker listens to me, so no thanks.',
  'I don’t want to have to tell my story again.',
];
export const ACCEPT_WORDS = ['Yes, I’d like that.', 'OK, as long as you come to my meetings.', 'Yes please, can we meet at school?', null, null, null] as const;
export const OPT_BACK_IN_WORDS = [
  'I’ve changed my mind, I want someone on my side.',
  'Can I have my advocate back please?',
  'I want help with my contact arrangements now.',
  null,
] as const;
export const NON_INSTRUCTED_REASONS = [
  'Aged under 4: the advocate observes the child and represents their best interests (non-instructed advocacy).',
  'The child’s learning disability means they cannot instruct; non-instructed advocacy agreed.',
  'The child communicates without words and cannot yet instruct; the advocate observes and speaks up for them.',
];

export const PLACES = ['At the foster home', 'At school', 'LA offices, meeting room 2', 'At the children’s home', 'Online (video call)', 'Family centre'];
export const MINUTES = [
  'Reviewed the care plan, health and education. Placement is stable; contact arrangements agreed.',
  'Discussed school attendance and the personal education plan. Contact with siblings to increase.',
  'Reviewed progress since the last meeting. Some actions not completed; reasons recorded.',
  'The child shared their views through their advocate. Care plan updated.',
  'Pathway planning discussed: accommodation options and a plan for turning 18.',
];
export const SUMMARIES = [
  'We talked about how things are going and agreed what happens next. Your views were listened to.',
  'Everyone agreed you can see your brother more often. We will check how school is going.',
  'We agreed some things that need to happen before your next meeting, and who will do them.',
  'We talked about where you want to live when you are 18 and made a plan.',
];
export const DECISIONS: ReadonlyArray<readonly [string, boolean]> = [
  ['Placement to continue; long-term match to be considered.', true],
  ['Contact with mother increased to fortnightly, supervised.', true],
  ['Move to a new school from the start of next term.', true],
  ['Care plan changed to reunification with father, in stages.', true],
  ['Referral to CAMHS to be made.', false],
  ['Personal education plan to be updated.', false],
  ['Life-story work to begin with the foster carer.', false],
  ['Pathway plan to be started.', false],
  ['Sibling contact to be arranged during the holidays.', false],
];
export const ADVOCATE_INPUTS = [
  'The child agrees with this, provided they are told about changes in advance.',
  'The child does not want this and asked for their reasons to be recorded.',
  'The child wants more say in when contact happens.',
  'The child is worried about moving school and wants a visit first.',
];
export const ACTIONS: ReadonlyArray<readonly [string, string, string]> = [
  ['Arrange a CAMHS assessment', 'Social worker', 'Checked at the next meeting; the advocate is told the date'],
  ['Update the personal education plan', 'Virtual School', 'PEP review date shared with the chair'],
  ['Set up sibling contact', 'Social worker', 'Contact log reviewed monthly by the team manager'],
  ['Book a dental check-up', 'Foster carer', 'Health assessment records checked'],
  ['Start life-story work', 'Foster carer', 'Progress reported at the next meeting'],
  ['Complete the pathway plan', 'Personal adviser', 'Reviewed by the team manager before the next meeting'],
  ['Apply for the child’s passport', 'Social worker', 'Confirmed in writing to the chair'],
  ['Arrange a visit to the new school', 'Social worker', 'The child tells their advocate how it went'],
];
export const REVIEW_NOTES: Readonly<Record<'DONE' | 'NOT_DONE' | 'CARRIED_OVER', readonly string[]>> = {
  DONE: ['Done.', 'Completed before the meeting.', 'Done; the child is pleased.'],
  NOT_DONE: ['No longer needed: the plan changed.', 'The child decided against it.'],
  CARRIED_OVER: ['Waiting list: carried over.', 'Delayed by staff changes; carried over.', 'Referral sent late; carried over.'],
};
export const VIEWS: Readonly<Record<'WISHES_AND_FEELINGS' | 'TO_RAISE' | 'HOW_TO_TAKE_PART' | 'SELF_REPRESENTATION', readonly string[]>> = {
  WISHES_AND_FEELINGS: [
    'Happy where I live and want to stay.',
    'I miss my brother and want to see him more.',
    'I want to stay at my school.',
    'I feel nobody tells me what is happening.',
  ],
  TO_RAISE: ['Why contact with my mum keeps getting cancelled.', 'I want to go on the school trip.', 'I want my own phone.', 'When can I see my nan?'],
  HOW_TO_TAKE_PART: ['I will come for the first part only.', 'I want my advocate to read my letter out.', 'Online, with my camera off.'],
  SELF_REPRESENTATION: ['I want to speak for myself at this meeting.'],
};
export const CONCERN_TEXTS: Readonly<Record<string, readonly [string, string]>> = {
  PLACEMENT_STABILITY: [
    'The child has moved placement three times this year without being asked.',
    'To stay where they are now until the end of the school year.',
  ],
  CONTACT_WITH_FAMILY: ['Family time has been cancelled repeatedly at short notice.', 'To see their mum every week as the plan says.'],
  SIBLINGS: ['The child has not seen their younger brother for four months.', 'Regular contact with their brother.'],
  EDUCATION: ['The child has been without a school place for six weeks.', 'A school place near where they live.'],
  HEALTH: ['The annual health assessment is overdue.', 'To see a doctor about their asthma.'],
  MENTAL_HEALTH: ['The CAMHS referral agreed at the last meeting has not been made.', 'To talk to someone about how they feel.'],
  IDENTITY_AND_CULTURE: ['The child cannot attend their place of worship from their placement.', 'To be taken to the mosque on Fridays.'],
  LEAVING_CARE: ['No pathway plan six months before the child turns 18.', 'To know where they will live after 18.'],
  SAFETY: ['The child says they do not feel safe at their placement.', 'To move somewhere they feel safe.'],
  RESTRAINT_OR_RESTRICTIONS: ['The child’s phone is taken away every evening as a sanction.', 'To keep their phone like other young people.'],
  NOT_BEING_LISTENED_TO: ['The child’s views were not recorded at their meeting.', 'For their views to be written down and considered.'],
  DELAY_IN_THE_PLAN: ['An action agreed at two meetings has still not happened.', 'For the action to be done now.'],
  OTHER: ['The child’s savings account has not been opened.', 'For their pocket money to be saved for them.'],
};
export const LA_RESPONSES = [
  'We have looked into this and agreed a plan with the social worker.',
  'The team manager will meet the child this week.',
  'We accept this was not good enough and have put it right.',
  'We do not agree; our reasons are set out in the attached letter.',
];
export const RESOLUTIONS = [
  'The child is happy with what has been agreed.',
  'The plan has been changed as the child asked.',
  'The child says things are better now.',
  'Agreed with the child: contact restarted and is happening weekly.',
];
export const WITHDRAWALS = ['The child does not want to take this further.', 'The child has left care and does not want to pursue it.'];
export const ESCALATION_ASKS = [
  'Please review the decision and respond within the deadline.',
  'We ask the service manager to intervene: the plan is not being followed.',
  'We ask the director to make sure the agreed plan happens.',
  'We ask the Children’s Commissioner to look at this: the LA has not put it right.',
];
export const JUDGEMENT_EVIDENCE = {
  MET: ['Records and conversations show this is done well.', 'Children spoke positively about this.', 'Good practice seen during the visit.'],
  PARTLY_MET: ['Some gaps in records; improving.', 'Mixed views from children.', 'Plans in place but not yet consistent.'],
  NOT_MET: ['Not done: records missing.', 'Children said this does not happen.', 'Serious gaps found.'],
} as const;
export const RECOMMENDATIONS = [
  'Make sure every child has an up-to-date placement plan on file.',
  'Record the views of children in house meetings and act on them.',
  'Review the use of sanctions with the children.',
  'Arrange training on de-escalation for all staff.',
  'Improve links with local schools for children out of education.',
  'Make sure contact arrangements are kept as planned.',
];
export const CHILD_SAID = [
  'I like it here, staff are kind.',
  'The food is better now.',
  'I want more time with my key worker.',
  'I don’t like the new rule about phones.',
  'I feel safe here.',
];
