import { Injectable } from '@nestjs/common';

/** The current time, injected so rules never read the system clock directly. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
