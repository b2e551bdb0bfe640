import { THEME_BREAKDOWNS, type ThemeBreakdown } from '@heard/domain';
import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';

export const ThemeBreakdownEnum = Object.fromEntries(THEME_BREAKDOWNS.map((b) => [b, b])) as { [K in ThemeBreakdown]: K };
registerEnumType(ThemeBreakdownEnum, {
  name: 'ThemeBreakdown',
  description: 'Themes for England, or a table per LA, per home provider, or per children’s home.',
});

@InputType({ description: 'Which breakdown, and the London dates to count (both included; by default the reporting year to date).' })
export class LiveThemesInput {
  @Field(() => ThemeBreakdownEnum)
  @IsIn(THEME_BREAKDOWNS, { message: 'breakdown must be national, by local authority, by provider or by home' })
  breakdown!: ThemeBreakdown;

  @Field(() => String, { nullable: true, description: 'The first day to count, YYYY-MM-DD (default: 1 April of the reporting year).' })
  @IsOptional()
  @IsCalendarDate('event')
  fromOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The last day to count, YYYY-MM-DD (default: today in London).' })
  @IsOptional()
  @IsCalendarDate('event')
  toOn?: string | null;
}
