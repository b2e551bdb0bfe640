import { type ConcernTheme, type ThemeBreakdown } from '@heard/domain';
import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConcernThemeEnum } from '../../escalations/dto/concern-enums';
import { ThemeBreakdownEnum } from './live-themes.input';

export const THEME_SOURCES = ['CONCERNS', 'HOME_VISIT_FINDINGS', 'YOU_SAID_WE_DID'] as const;
export type ThemeSource = (typeof THEME_SOURCES)[number];
export const ThemeSourceEnum = Object.fromEntries(THEME_SOURCES.map((s) => [s, s])) as { [K in ThemeSource]: K };
registerEnumType(ThemeSourceEnum, {
  name: 'ThemeSource',
  description:
    'Where themes are counted from: concerns advocates raised, home-visit recommendations, or "you said, we did" outcomes (what children said at their meetings, dated by the meeting).',
});

@ObjectType('LiveThemeRow', { description: 'One theme (or the total, theme null): counts are null when suppressed as too small to publish.' })
export class LiveThemeRowType {
  @Field(() => ConcernThemeEnum, { nullable: true })
  theme!: ConcernTheme | null;
  @Field(() => Int, { nullable: true, description: 'In the period.' })
  count!: number | null;
  @Field(() => Int, { nullable: true, description: 'In the same period last year.' })
  lastYear!: number | null;
  @Field(() => Int, { nullable: true, description: 'count − lastYear.' })
  change!: number | null;
}

@ObjectType('LiveThemeTable', {
  description: 'The themes of one unit of the breakdown (England, an LA, a provider, a home), most frequent first, then the total.',
})
export class LiveThemeTableType {
  @Field({ description: 'The LA or home id, the provider name, or NATIONAL / NO_HOME.' })
  unitId!: string;
  @Field()
  label!: string;
  @Field(() => [LiveThemeRowType])
  rows!: LiveThemeRowType[];
}

@ObjectType('LiveThemeSource')
export class LiveThemeSourceType {
  @Field(() => ThemeSourceEnum)
  source!: ThemeSource;
  @Field(() => [LiveThemeTableType])
  tables!: LiveThemeTableType[];
}

@ObjectType('LiveThemes', { description: 'Themes through the year, suppressed as the annual report is.' })
export class LiveThemesType {
  @Field(() => ThemeBreakdownEnum)
  breakdown!: ThemeBreakdown;
  @Field()
  fromOn!: string;
  @Field()
  toOn!: string;
  @Field()
  lastYearFromOn!: string;
  @Field()
  lastYearToOn!: string;
  @Field(() => Int, { description: 'Counts from 1 to this are suppressed, as in the annual report.' })
  threshold!: number;
  @Field(() => [LiveThemeSourceType])
  sources!: LiveThemeSourceType[];
}

@ObjectType('ThemeWarning', { description: 'A theme rising in one LA, provider or home, with the figures that triggered the warning.' })
export class ThemeWarningType {
  @Field(() => ThemeBreakdownEnum)
  breakdown!: ThemeBreakdown;
  @Field()
  unitId!: string;
  @Field()
  label!: string;
  @Field(() => ConcernThemeEnum)
  theme!: ConcernTheme;
  @Field({ description: 'The first day of this quarter.' })
  quarterFromOn!: string;
  @Field(() => Int, { description: 'Concerns, home-visit findings and "you said, we did" outcomes with the theme this quarter, to date.' })
  current!: number;
  @Field(() => [Int], { description: 'The four quarters before, oldest first.' })
  previous!: number[];
  @Field(() => Float)
  mean!: number;
  @Field(() => Float, { description: 'What this quarter had to exceed: the mean × the factor.' })
  above!: number;
}

@ObjectType('ThemeWarnings', { description: 'Rising themes: this quarter at least `minimum` and above `factor` × the mean of the four quarters before.' })
export class ThemeWarningsType {
  @Field(() => Int)
  minimum!: number;
  @Field(() => Float)
  factor!: number;
  @Field(() => [ThemeWarningType])
  warnings!: ThemeWarningType[];
}
