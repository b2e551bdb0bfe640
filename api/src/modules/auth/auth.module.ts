import { Global, Module } from '@nestjs/common';
import { CALLER_AUTHENTICATOR, type CallerAuthenticator } from '../../common/guards/caller-authenticator';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { DemoAccountsLockdown } from './demo-accounts-lockdown.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordService } from './password.service';
import { RefreshRotation } from './refresh-rotation';
import { SessionSockets } from './session-sockets';
import { SessionsService } from './sessions.service';
import { TokensService } from './tokens.service';

@Global()
@Module({
  imports: [UsersModule],
  providers: [
    AuthResolver,
    AuthService,
    PasswordService,
    SessionsService,
    SessionSockets,
    RefreshRotation,
    TokensService,
    LoginRateLimiter,
    DemoAccountsLockdown,
    // The access guard (in common/) authenticates callers through the sessions.
    { provide: CALLER_AUTHENTICATOR, useFactory: (sessions: SessionsService): CallerAuthenticator => sessions, inject: [SessionsService] },
  ],
  exports: [SessionsService, SessionSockets, PasswordService, CALLER_AUTHENTICATOR],
})
export class AuthModule {}
