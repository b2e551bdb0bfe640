import { Global, Module } from '@nestjs/common';
import { calendarProvider } from '../common/calendar.provider';
import { Clock } from '../common/clock';
import { WorkingDayCalendar } from '@heard/domain';
import { PUB_SUB } from './pubsub';
import { pubSubProvider } from './pubsub.provider';

@Global()
@Module({ providers: [pubSubProvider, Clock, calendarProvider], exports: [PUB_SUB, Clock, WorkingDayCalendar] })
/** Process-wide services: PubSub, the clock and the working-day calendar. */
export class PubSubModule {}
