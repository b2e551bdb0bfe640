import { DATE_RANGES, dateProblem, type DateRangeName } from '@heard/domain';
import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';

export const IS_CALENDAR_DATE = 'isCalendarDate';

function problemOf(value: unknown, range: DateRangeName): string | null {
  return typeof value === 'string' ? dateProblem(value, DATE_RANGES[range]) : 'must be a date in the form YYYY-MM-DD';
}

/**
 * A date people enter (`YYYY-MM-DD`): a real calendar date within the range's sane bounds (`dateOfBirth`
 * from 1900, `event` from 2000, nothing from 2200; see `DATE_RANGES` in libs/domain). The message names
 * the field (Nest adds the parents of a nested one: `report.recommendations.0.dueOn must be …`). With
 * `each`, every item of a list is checked and the first bad one is named by its index.
 */
export function IsCalendarDate(range: DateRangeName, options: Pick<ValidationOptions, 'each'> = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_CALENDAR_DATE,
      constraints: [range],
      validator: {
        validate: (value: unknown) => problemOf(value, range) === null,
        defaultMessage: (args?: ValidationArguments) => {
          const property = args?.property ?? 'date';
          const value: unknown = args?.value;
          if (options.each === true && Array.isArray(value)) {
            const index = value.findIndex((item) => problemOf(item, range) !== null);
            return `${property}.${index} ${problemOf(value[index], range) ?? ''}.`;
          }
          return `${property} ${problemOf(value, range) ?? ''}.`;
        },
      },
    },
    options,
  );
}
