import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	ACCOUNT_LIMIT,
	ADDRESS_LIMIT,
	checkSignInAllowed,
	pruneThrottles,
	recordSignInFailure,
	recordSignInSuccess,
	throttleMessage
} from '../../src/lib/server/rate-limit.ts';
import { signInThrottles } from '../../src/lib/server/db/schema.ts';
import { createTestDatabase, type TestDatabase } from './helpers.ts';

const T0 = new Date('2026-01-01T12:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

let test: TestDatabase;
beforeEach(() => {
	test = createTestDatabase();
});
afterEach(() => test.close());

function fail(account: string, address: string, times: number, now = T0) {
	for (let i = 0; i < times; i += 1) recordSignInFailure(test.db, { account, address }, now);
}

describe('sign-in throttling', () => {
	it('allows attempts below the account limit', () => {
		fail('amina', '10.0.0.1', ACCOUNT_LIMIT.maxFailures - 1);
		expect(checkSignInAllowed(test.db, { account: 'amina', address: '10.0.0.2' }, T0)).toEqual({
			allowed: true
		});
	});

	it('blocks an account after too many failures, from any address, until the window ends', () => {
		fail('amina', '10.0.0.1', ACCOUNT_LIMIT.maxFailures);
		const decision = checkSignInAllowed(test.db, { account: 'AMINA', address: '10.9.9.9' }, T0);
		expect(decision).toEqual({ allowed: false, retryAfterSeconds: ACCOUNT_LIMIT.windowMs / 1000 });
		expect(
			checkSignInAllowed(test.db, { account: 'amina', address: 'x' }, later(ACCOUNT_LIMIT.windowMs))
		).toEqual({ allowed: true });
	});

	it('treats unknown and existing accounts alike (counts by the name typed)', () => {
		fail('no-such-user', '10.0.0.1', ACCOUNT_LIMIT.maxFailures);
		expect(
			checkSignInAllowed(test.db, { account: 'no-such-user', address: '10.0.0.3' }, T0).allowed
		).toBe(false);
	});

	it('blocks an address that tries many accounts', () => {
		for (let i = 0; i < ADDRESS_LIMIT.maxFailures; i += 1) fail(`user${i}`, '10.0.0.66', 1);
		expect(
			checkSignInAllowed(test.db, { account: 'fresh', address: '10.0.0.66' }, T0).allowed
		).toBe(false);
		expect(
			checkSignInAllowed(test.db, { account: 'fresh', address: '10.0.0.67' }, T0).allowed
		).toBe(true);
	});

	it('starts a new window after the old one ends', () => {
		fail('amina', '10.0.0.1', ACCOUNT_LIMIT.maxFailures - 1);
		fail('amina', '10.0.0.1', 1, later(ACCOUNT_LIMIT.windowMs + 1));
		expect(
			checkSignInAllowed(
				test.db,
				{ account: 'amina', address: '10.0.0.1' },
				later(ACCOUNT_LIMIT.windowMs + 2)
			).allowed
		).toBe(true);
	});

	it('a successful sign-in clears the account count but not the address count', () => {
		fail('amina', '10.0.0.1', ACCOUNT_LIMIT.maxFailures - 1);
		recordSignInSuccess(test.db, { account: 'amina', address: '10.0.0.1' });
		fail('amina', '10.0.0.1', ACCOUNT_LIMIT.maxFailures - 1);
		expect(checkSignInAllowed(test.db, { account: 'amina', address: '10.0.0.1' }, T0).allowed).toBe(
			true
		);
		const rows = test.db.select().from(signInThrottles).all();
		expect(rows.find((row) => row.key === 'address:10.0.0.1')?.failures).toBe(
			2 * (ACCOUNT_LIMIT.maxFailures - 1)
		);
	});

	it('persists in the database and prunes old rows', () => {
		fail('amina', '10.0.0.1', 1);
		expect(test.db.select().from(signInThrottles).all()).toHaveLength(2);
		pruneThrottles(test.db, later(24 * 60 * 60 * 1000));
		expect(test.db.select().from(signInThrottles).all()).toHaveLength(0);
	});

	it.each([
		[30, 'Please wait 1 minute and try again.'],
		[61, 'Please wait 2 minutes and try again.'],
		[900, 'Please wait 15 minutes and try again.']
	])('explains the wait (%i s)', (seconds, text) => {
		expect(throttleMessage(seconds)).toContain(text);
	});
});
