import { Global, Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { DemoAccountsLockdown } from './demo-accounts-lockdown.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordService } from './password.service';
import { SessionsService } from './sessions.service';
import { TokensService } from './tokens.service';

@Global()
@Module({
  imports: [UsersModule],
  providers: [AuthResolver, AuthService, PasswordService, SessionsService, TokensService, LoginRateLimiter, DemoAccountsLockdown],
  exports: [SessionsService, PasswordService],
})
export class AuthModule {}
