/**
 * Sign-in throttling, persisted in SQLite so it survives restarts and is shared by every process.
 *
 * Failures are counted in a fixed window per key: per account (whatever name was typed, existing or
 * not, so probing unknown names is limited too) and per client address. When either count reaches its
 * limit, sign-in is refused for that key until the window ends. A successful sign-in clears the
 * account's count but not the address's, so one good password cannot reset a guessing run.
 */
import { eq, lt } from 'drizzle-orm';
import type { Db } from './db/index.ts';
import { normalizeIdentifier } from './forms.ts';
import { signInThrottles } from './db/schema.ts';

export interface Limit {
	maxFailures: number;
	windowMs: number;
}

const MINUTE_IN_MS = 60 * 1000;
export const ACCOUNT_LIMIT: Limit = { maxFailures: 5, windowMs: 15 * MINUTE_IN_MS };
export const ADDRESS_LIMIT: Limit = { maxFailures: 30, windowMs: 15 * MINUTE_IN_MS };

export interface SignInAttempt {
	/** The username or e-mail as typed (normalised here). */
	account: string;
	/** The client address (`event.getClientAddress()`). */
	address: string;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function accountKey(account: string): string {
	return `account:${normalizeIdentifier(account)}`;
}

export function addressKey(address: string): string {
	return `address:${address}`;
}

/** The message shown when sign-in is refused; says how long to wait and nothing about the account. */
export function throttleMessage(retryAfterSeconds: number): string {
	const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
	return `Too many sign-in attempts. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`;
}

function blockedFor(db: Db, key: string, limit: Limit, now: Date): number {
	const row = db.select().from(signInThrottles).where(eq(signInThrottles.key, key)).get();
	if (!row) return 0;
	const windowEnd = row.windowStartedAt.getTime() + limit.windowMs;
	if (now.getTime() >= windowEnd || row.failures < limit.maxFailures) return 0;
	return Math.ceil((windowEnd - now.getTime()) / 1000);
}

/** Whether a sign-in attempt may proceed now. Call before checking the password. */
export function checkSignInAllowed(
	db: Db,
	attempt: SignInAttempt,
	now = new Date()
): ThrottleDecision {
	const wait = Math.max(
		blockedFor(db, accountKey(attempt.account), ACCOUNT_LIMIT, now),
		blockedFor(db, addressKey(attempt.address), ADDRESS_LIMIT, now)
	);
	return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
}

function countFailure(db: Db, key: string, limit: Limit, now: Date): void {
	const row = db.select().from(signInThrottles).where(eq(signInThrottles.key, key)).get();
	if (!row || now.getTime() >= row.windowStartedAt.getTime() + limit.windowMs) {
		db.insert(signInThrottles)
			.values({ key, failures: 1, windowStartedAt: now })
			.onConflictDoUpdate({
				target: signInThrottles.key,
				set: { failures: 1, windowStartedAt: now }
			})
			.run();
	} else {
		db.update(signInThrottles)
			.set({ failures: row.failures + 1 })
			.where(eq(signInThrottles.key, key))
			.run();
	}
}

/** Counts a failed attempt against both the account and the address. */
export function recordSignInFailure(db: Db, attempt: SignInAttempt, now = new Date()): void {
	db.transaction((tx) => {
		countFailure(tx as unknown as Db, accountKey(attempt.account), ACCOUNT_LIMIT, now);
		countFailure(tx as unknown as Db, addressKey(attempt.address), ADDRESS_LIMIT, now);
	});
}

/** Forgets the account's failures after a successful sign-in. */
export function recordSignInSuccess(db: Db, attempt: SignInAttempt): void {
	db.delete(signInThrottles)
		.where(eq(signInThrottles.key, accountKey(attempt.account)))
		.run();
}

/** Removes rows whose window has long ended (housekeeping; called at start). */
export function pruneThrottles(db: Db, now = new Date()): void {
	const longest = Math.max(ACCOUNT_LIMIT.windowMs, ADDRESS_LIMIT.windowMs);
	db.delete(signInThrottles)
		.where(lt(signInThrottles.windowStartedAt, new Date(now.getTime() - longest)))
		.run();
}
