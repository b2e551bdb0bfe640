import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Role } from '@heard/domain';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';

export interface AccessClaims {
  sub: string;
  sid: string;
  role: Role;
}

@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  signAccessToken(claims: AccessClaims, now: Date): { token: string; expiresAt: Date } {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.config.accessTokenTtlSeconds;
    const token = this.jwt.sign({ ...claims, iat, exp }, { secret: this.config.jwtSecret, algorithm: 'HS256' });
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The claims of a valid, unexpired token; undefined for anything else. */
  verifyAccessToken(token: string): AccessClaims | undefined {
    try {
      const payload = this.jwt.verify<Partial<AccessClaims>>(token, {
        secret: this.config.jwtSecret,
        algorithms: ['HS256'],
      });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || typeof payload.role !== 'string') {
        return undefined;
      }
      return { sub: payload.sub, sid: payload.sid, role: payload.role };
    } catch {
      return undefined;
    }
  }

  newRefreshToken(): string {
    return randomBytes(32).toString('base64url');
  }

  hashRefreshToken(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
}
