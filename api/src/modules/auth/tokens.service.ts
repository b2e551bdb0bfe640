import { type KeyObject, createHash, createHmac, createSecretKey, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { sign, verify } from 'jsonwebtoken';
import { ROLES, type Role } from '@heard/domain';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';

export interface AccessClaims {
  sub: string;
  sid: string;
  role: Role;
}

/** A verified token's claims, with when it expires (epoch seconds). */
export interface VerifiedClaims extends AccessClaims {
  exp: number;
}

@Injectable()
export class TokensService {
  /** Made once: given a string, jsonwebtoken would try (and fail) to read it as a public key on every request. */
  private readonly key: KeyObject;
  /** Derives refresh tokens; a key of its own (HKDF from the server secret), so it never signs an access token. */
  private readonly refreshKey: KeyObject;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
    this.refreshKey = createSecretKey(Buffer.from(hkdfSync('sha256', config.jwtSecret, 'heard', 'refresh-token-v1', 32)));
  }

  signAccessToken(claims: AccessClaims, now: Date): { token: string; expiresAt: Date } {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.config.accessTokenTtlSeconds;
    const token = sign({ ...claims, iat, exp }, this.key, { algorithm: 'HS256' });
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The claims of a valid, unexpired token; undefined for anything else. */
  verifyAccessToken(token: string): VerifiedClaims | undefined {
    try {
      const payload = verify(token, this.key, { algorithms: ['HS256'] });
      if (typeof payload !== 'object') return undefined;
      const { sub, sid, exp } = payload as { sub?: unknown; sid?: unknown; exp?: unknown };
      const role = ROLES.find((r) => r === (payload as { role?: unknown }).role);
      if (typeof sub !== 'string' || typeof sid !== 'string' || typeof exp !== 'number' || role === undefined) return undefined;
      return { sub, sid, role, exp };
    } catch {
      return undefined;
    }
  }

  /** A fresh random nonce for a session's next refresh token: stored on the session, useless without the server's key. */
  newRefreshNonce(): string {
    return randomBytes(32).toString('base64url');
  }

  /**
   * The refresh token of a session for one rotation: HMAC-SHA256(refresh key, session id + nonce). Only its hash
   * and the nonce are stored, so the database alone never yields a token, yet the server can give the session's
   * current token again to a tab whose rotation was lost (see RefreshRotation).
   */
  refreshTokenFor(sessionId: string, nonce: string): string {
    return createHmac('sha256', this.refreshKey).update(`${sessionId}.${nonce}`).digest('base64url');
  }

  hashRefreshToken(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
}
