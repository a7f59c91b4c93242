import { describe, expect, it } from 'vitest';
import { generateSessionToken, sessionIdFromToken } from './auth';

describe('session tokens', () => {
	it('are 32 base32 characters (160 random bits) and differ every time', () => {
		const tokens = new Set(Array.from({ length: 50 }, generateSessionToken));
		expect(tokens.size).toBe(50);
		for (const token of tokens) expect(token).toMatch(/^[a-z2-7]{32}$/);
	});

	it('are stored as their SHA-256 in hex', () => {
		// FIPS 180-2 test vector: SHA-256("abc").
		expect(sessionIdFromToken('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});
});
