/**
 * Sessions, following the Lucia guide (lucia-auth.com, "Basic session implementation"): a random token
 * lives only in the user's cookie, the database stores its SHA-256, sessions slide forward while used,
 * and signing out deletes the row so the token is dead on the server.
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { eq } from 'drizzle-orm';
import type { Db } from './db/index.ts';
import { sessions, users, type Session } from './db/schema.ts';

export const SESSION_COOKIE_NAME = 'sahifa_session';

const DAY_IN_MS = 24 * 60 * 60 * 1000;
/** A session lasts 30 days from its last renewal. */
export const SESSION_LIFETIME_MS = 30 * DAY_IN_MS;
/** A session used within 15 days of its expiry is extended to the full lifetime again. */
export const SESSION_RENEW_WITHIN_MS = 15 * DAY_IN_MS;

/** What the app knows about the signed-in person. Never carries the password hash. */
export interface SessionUser {
	id: string;
	username: string;
	email: string | null;
	displayName: string;
	role: 'learner' | 'teacher';
}

/** 20 random bytes (160 bits), base32 — the secret that goes into the cookie. */
export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** The session id stored in the database: hex SHA-256 of the token. */
export function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Stores a new session for `userId` and returns it. The caller sets the cookie with the token. */
export function createSession(db: Db, token: string, userId: string, now = new Date()): Session {
	const session: Session = {
		id: sessionIdFromToken(token),
		userId,
		expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS)
	};
	db.insert(sessions).values(session).run();
	return session;
}

/**
 * Looks up the session for a cookie token. Expired sessions are deleted; sessions close to expiry are
 * extended (`session.expiresAt` then differs from before, and the caller refreshes the cookie).
 */
export function validateSessionToken(db: Db, token: string, now = new Date()) {
	const sessionId = sessionIdFromToken(token);
	const row = db
		.select({
			session: sessions,
			user: {
				id: users.id,
				username: users.username,
				email: users.email,
				displayName: users.displayName,
				role: users.role
			}
		})
		.from(sessions)
		.innerJoin(users, eq(sessions.userId, users.id))
		.where(eq(sessions.id, sessionId))
		.get();

	if (!row) return { session: null, user: null };
	const { session } = row;
	const user: SessionUser = row.user;

	if (now.getTime() >= session.expiresAt.getTime()) {
		db.delete(sessions).where(eq(sessions.id, session.id)).run();
		return { session: null, user: null };
	}
	if (now.getTime() >= session.expiresAt.getTime() - SESSION_RENEW_WITHIN_MS) {
		session.expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
		db.update(sessions)
			.set({ expiresAt: session.expiresAt })
			.where(eq(sessions.id, session.id))
			.run();
	}
	return { session, user };
}

export type SessionValidationResult = ReturnType<typeof validateSessionToken>;

/** Deletes one session (sign-out). */
export function invalidateSession(db: Db, sessionId: string): void {
	db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

/** Deletes every session of a user (password change signs out other devices). */
export function invalidateUserSessions(db: Db, userId: string): void {
	db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

/** The subset of SvelteKit's `Cookies` the helpers need (kept structural so the CLI and tests need no kit). */
export interface CookieJar {
	set(
		name: string,
		value: string,
		options: {
			path: string;
			httpOnly?: boolean;
			sameSite?: 'lax' | 'strict' | 'none';
			secure?: boolean;
			expires?: Date;
			maxAge?: number;
		}
	): void;
	delete(name: string, options: { path: string; secure?: boolean }): void;
	get(name: string): string | undefined;
}

/** httpOnly, SameSite=Lax, Secure when the request came over HTTPS. */
export function setSessionTokenCookie(
	cookies: CookieJar,
	token: string,
	expiresAt: Date,
	secure: boolean
): void {
	cookies.set(SESSION_COOKIE_NAME, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		expires: expiresAt
	});
}

export function deleteSessionTokenCookie(cookies: CookieJar, secure: boolean): void {
	cookies.delete(SESSION_COOKIE_NAME, { path: '/', secure });
}
