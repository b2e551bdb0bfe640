import { fieldLabel, futureDateMessage, isIsoDate, type IsoDate } from '@heard/domain';
import { DomainException } from '../exceptions/domain.exception';

/** Validates a date a person entered: a real YYYY-MM-DD date, and not in the future. */
export function assertPastOrToday(value: string, field: string, today: IsoDate): IsoDate {
  if (!isIsoDate(value)) {
    throw new DomainException('BAD_USER_INPUT', `${fieldLabel(field)} must be a real date in the form YYYY-MM-DD (you entered ${JSON.stringify(value)}).`, {
      field,
    });
  }
  if (value > today) {
    throw new DomainException('BAD_USER_INPUT', futureDateMessage(field, today), { field });
  }
  return value;
}

/** Validates words a person wrote: not blank after trimming, and at most 5,000 characters; returns them trimmed. */
export function requireWords(value: string | null | undefined, field: string, what: string): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length === 0) throw new DomainException('BAD_USER_INPUT', `Enter ${what}.`, { field });
  if (trimmed.length > 5000) throw new DomainException('BAD_USER_INPUT', `${fieldLabel(field)} must be 5,000 characters or fewer.`, { field });
  return trimmed;
}
