import { createEnglandAndWalesCalendar } from '../calendar';
import { DEFAULT_STAGE_DEADLINES, parseStageDeadlines, stageDeadline, stageDeadlinesProblem } from './stage-deadlines';

describe('LA stage deadlines are configurable, 20 working days in total at most', () => {
  it('defaults to 5 working days a stage', () => {
    expect(DEFAULT_STAGE_DEADLINES).toEqual({ INFORMAL: 5, TEAM_MANAGER: 5, SERVICE_MANAGER: 5, DIRECTOR: 5 });
    expect(stageDeadlinesProblem(DEFAULT_STAGE_DEADLINES)).toBeNull();
  });

  it.each([
    ['3,4,5,8', { INFORMAL: 3, TEAM_MANAGER: 4, SERVICE_MANAGER: 5, DIRECTOR: 8 }],
    ['6,5,5,5', "The LA stages' deadlines add up to 21 working days; they may add up to 20 at most."],
    ['0,5,5,5', 'Informal (social worker): the response deadline must be a whole number of working days, 1 or more (got 0).'],
    ['5,5,5', 'expected 4 whole numbers separated by commas (informal, team manager, service manager, director), e.g. "5,5,5,5"'],
    ['5,5,five,5', 'expected 4 whole numbers separated by commas (informal, team manager, service manager, director), e.g. "5,5,5,5"'],
  ])('"%s"', (text, expected) => {
    expect(parseStageDeadlines(text)).toEqual(expected);
  });

  it('explains a deadline that skips bank holidays', () => {
    expect(stageDeadline(createEnglandAndWalesCalendar(), 'DIRECTOR', '2025-05-02', DEFAULT_STAGE_DEADLINES)).toEqual({
      dueOn: '2025-05-12',
      explanation: "Director of children's services to respond by 12 May 2025: 5 working days after 2 May 2025, skipping 5 May",
    });
  });
});
