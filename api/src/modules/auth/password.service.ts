import { Injectable } from '@nestjs/common';
import { type Algorithm, hash, verify } from '@node-rs/argon2';

/** argon2id; the enum is declared `const` by the binding, so its value is spelled out here. */
const ARGON2ID = 2 as Algorithm;

/** OWASP's minimum for argon2id: 19 MiB of memory, 2 iterations, parallelism 1. */
export const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordService {
  private readonly dummyHash = hash('heard-timing-equaliser', ARGON2_OPTIONS);

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  /** Spends the same effort as a real check, so an unknown email cannot be told apart by timing. */
  async verifyAgainstNothing(password: string): Promise<false> {
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
