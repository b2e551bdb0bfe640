import { PasswordService } from './password.service';

describe('password hashing', () => {
  const passwords = new PasswordService();

  it('uses argon2id with at least 19 MiB, 2 iterations and parallelism 1', async () => {
    const hashed = await passwords.hash('correct horse battery staple');
    expect(hashed.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const hashed = await passwords.hash('correct horse battery staple');
    await expect(passwords.verify(hashed, 'correct horse battery staple')).resolves.toBe(true);
    await expect(passwords.verify(hashed, 'Correct horse battery staple')).resolves.toBe(false);
  });

  it('treats a malformed stored hash as a failed check rather than an error', async () => {
    await expect(passwords.verify('not-a-hash', 'anything')).resolves.toBe(false);
  });
});
