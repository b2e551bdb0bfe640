import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordService } from './password.service';
import { SessionsService } from './sessions.service';
import { TokensService } from './tokens.service';

@Global()
@Module({
  imports: [JwtModule.register({}), UsersModule],
  providers: [AuthResolver, AuthService, PasswordService, SessionsService, TokensService, LoginRateLimiter],
  exports: [SessionsService, PasswordService],
})
export class AuthModule {}
