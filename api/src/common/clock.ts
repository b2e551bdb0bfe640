import { Injectable } from '@nestjs/common';
import { type IsoDate, londonDate } from '@heard/domain';

/** The current time, injected so rules never read the system clock directly. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's date in London: the date every "today or in the past" rule and every deadline counts from. */
  today(): IsoDate {
    return londonDate(this.now());
  }
}
