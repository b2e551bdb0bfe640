import { Module } from '@nestjs/common';
import { JitExecution } from './jit-execution';

/** The one JitExecution the GraphQL module runs operations through (injectable, so tests can see what it compiled). */
@Module({
  providers: [{ provide: JitExecution, useFactory: () => new JitExecution() }],
  exports: [JitExecution],
})
export class JitModule {}
