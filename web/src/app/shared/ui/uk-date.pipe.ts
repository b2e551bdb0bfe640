import { Pipe, type PipeTransform } from '@angular/core';
import { ukDate } from './uk-date';

export { todayIso, ukDate, ukDateOfInstant } from './uk-date';

@Pipe({ name: 'ukDate' })
export class UkDatePipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return ukDate(value);
  }
}
