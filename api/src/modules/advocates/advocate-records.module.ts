import { Module } from '@nestjs/common';
import { AdvocatesRepository } from './advocates.repository';

/**
 * The advocates table's repository on its own, so allocation (assignments, which AdvocatesModule itself imports) can change a
 * cap through the owner without a module cycle.
 */
@Module({ providers: [AdvocatesRepository], exports: [AdvocatesRepository] })
export class AdvocateRecordsModule {}
