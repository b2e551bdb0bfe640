import { Global, Module } from '@nestjs/common';
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
  providers: [AuthResolver, AuthService, PasswordService, SessionsService, SessionSockets, RefreshRotation, TokensService, LoginRateLimiter, DemoAccountsLockdown],
  exports: [SessionsService, SessionSockets, PasswordService],
})
export class AuthModule {}
