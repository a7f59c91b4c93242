import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	SESSION_LIFETIME_MS,
	createSession,
	generateSessionToken,
	invalidateSession,
	invalidateUserSessions,
	validateSessionToken
} from '../../src/lib/server/auth.ts';
import { sessions } from '../../src/lib/server/db/schema.ts';
import * as users from '../../src/lib/server/users.ts';
import { createTestDatabase, type TestDatabase } from './helpers.ts';

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date('2026-01-01T12:00:00Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY);

let test: TestDatabase;
let userId: string;

beforeEach(async () => {
	test = createTestDatabase();
	const user = await users.createUser(test.db, {
		username: 'Amina',
		displayName: 'أمينة',
		role: 'learner',
		password: 'password one'
	});
	userId = user.id;
});
afterEach(() => test.close());

describe('sessions', () => {
	it('stores only the SHA-256 of the token and validates the token', () => {
		const token = generateSessionToken();
		const session = createSession(test.db, token, userId, T0);
		expect(session.id).not.toContain(token);
		expect(test.db.select().from(sessions).all()).toEqual([
			{ id: session.id, userId, expiresAt: new Date(T0.getTime() + SESSION_LIFETIME_MS) }
		]);

		const result = validateSessionToken(test.db, token, at(1));
		expect(result.user).toEqual({
			id: userId,
			username: 'amina',
			email: null,
			displayName: 'أمينة',
			role: 'learner'
		});
		expect(result.user).not.toHaveProperty('passwordHash');
	});

	it('rejects an unknown token', () => {
		createSession(test.db, generateSessionToken(), userId, T0);
		expect(validateSessionToken(test.db, generateSessionToken(), T0)).toEqual({
			session: null,
			user: null
		});
	});

	it('does not extend a session early in its life', () => {
		const token = generateSessionToken();
		const created = createSession(test.db, token, userId, T0);
		const { session } = validateSessionToken(test.db, token, at(10));
		expect(session?.expiresAt).toEqual(created.expiresAt);
	});

	it('slides the expiry forward when used in its last 15 days', () => {
		const token = generateSessionToken();
		createSession(test.db, token, userId, T0);
		const { session } = validateSessionToken(test.db, token, at(20));
		expect(session?.expiresAt).toEqual(new Date(at(20).getTime() + SESSION_LIFETIME_MS));
		// The extension is stored: still valid 45 days after creation.
		expect(validateSessionToken(test.db, token, at(45)).user?.id).toBe(userId);
	});

	it('expires an unused session after 30 days and deletes it', () => {
		const token = generateSessionToken();
		createSession(test.db, token, userId, T0);
		expect(validateSessionToken(test.db, token, at(30)).session).toBeNull();
		expect(test.db.select().from(sessions).all()).toEqual([]);
	});

	it('is dead on the server after sign-out', () => {
		const token = generateSessionToken();
		const session = createSession(test.db, token, userId, T0);
		invalidateSession(test.db, session.id);
		expect(validateSessionToken(test.db, token, T0).session).toBeNull();
	});

	it('can end every session of a user (password change)', () => {
		const tokens = [generateSessionToken(), generateSessionToken()];
		for (const token of tokens) createSession(test.db, token, userId, T0);
		invalidateUserSessions(test.db, userId);
		for (const token of tokens) expect(validateSessionToken(test.db, token, T0).session).toBeNull();
	});

	it('are deleted with the account', () => {
		createSession(test.db, generateSessionToken(), userId, T0);
		users.deleteUser(test.db, userId);
		expect(test.db.select().from(sessions).where(eq(sessions.userId, userId)).all()).toEqual([]);
	});
});
