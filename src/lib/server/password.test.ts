import { describe, expect, it } from 'vitest';
import { hashPassword, verifyDecoyPassword, verifyPassword } from './password';

describe('passwords', () => {
	it('hash with argon2id and verify', async () => {
		const hash = await hashPassword('كلمة سر طويلة');
		expect(hash.startsWith('$argon2id$')).toBe(true);
		expect(await verifyPassword(hash, 'كلمة سر طويلة')).toBe(true);
		expect(await verifyPassword(hash, 'كلمة سر خاطئة')).toBe(false);
	});

	it('never throws on a malformed stored hash', async () => {
		expect(await verifyPassword('not a hash', 'anything')).toBe(false);
	});

	it('the decoy check always fails', async () => {
		expect(await verifyDecoyPassword('sahifa-decoy-password-never-valid')).toBe(false);
	});
});
