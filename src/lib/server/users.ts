/**
 * The users aggregate: creating accounts, finding them for sign-in, changing and deleting them.
 * Use as a namespace: `import * as users from '$lib/server/users'`.
 */
import { eq, or } from 'drizzle-orm';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { SessionUser } from './auth.ts';
import type { Db } from './db/index.ts';
import { users, type Role, type User } from './db/schema.ts';
import { normalizeIdentifier, plainLine } from './forms.ts';
import { hashPassword } from './password.ts';

export class UsernameTakenError extends Error {
	constructor(readonly field: 'username' | 'email') {
		super(field === 'username' ? 'That username is taken.' : 'That e-mail is already registered.');
	}
}

export interface NewUserInput {
	username: string;
	email?: string | null;
	displayName: string;
	role: Role;
	password: string;
}

function generateUserId(): string {
	const bytes = new Uint8Array(15);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** Usernames and e-mails are stored in the form `normalizeIdentifier` gives (NFKC, lower-case). */
export { normalizeIdentifier };

export function toSessionUser(user: User): SessionUser {
	return {
		id: user.id,
		username: user.username,
		email: user.email,
		displayName: user.displayName,
		role: user.role
	};
}

/** Creates an account. Throws `UsernameTakenError` when the username or e-mail is in use. */
export async function createUser(db: Db, input: NewUserInput): Promise<SessionUser> {
	const username = normalizeIdentifier(input.username);
	const email = input.email ? normalizeIdentifier(input.email) : null;
	if (findByIdentifier(db, username)) throw new UsernameTakenError('username');
	if (email && findByIdentifier(db, email)) throw new UsernameTakenError('email');
	const passwordHash = await hashPassword(input.password);
	try {
		const row = db
			.insert(users)
			.values({
				id: generateUserId(),
				username,
				email,
				displayName: plainLine(input.displayName),
				role: input.role,
				passwordHash
			})
			.returning()
			.get();
		return toSessionUser(row);
	} catch (error) {
		// Two sign-ups for one name at the same moment: the unique index decides.
		if (error instanceof Error && /UNIQUE constraint failed: users\.email/.test(error.message))
			throw new UsernameTakenError('email');
		if (error instanceof Error && /UNIQUE constraint failed/.test(error.message))
			throw new UsernameTakenError('username');
		throw error;
	}
}

/** Finds an account by username or e-mail (as typed at sign-in). */
export function findByIdentifier(db: Db, identifier: string): User | undefined {
	const value = normalizeIdentifier(identifier);
	return db
		.select()
		.from(users)
		.where(or(eq(users.username, value), eq(users.email, value)))
		.get();
}

export function findById(db: Db, id: string): User | undefined {
	return db.select().from(users).where(eq(users.id, id)).get();
}

export function updateDisplayName(db: Db, id: string, displayName: string): void {
	db.update(users)
		.set({ displayName: plainLine(displayName) })
		.where(eq(users.id, id))
		.run();
}

export async function updatePassword(db: Db, id: string, password: string): Promise<void> {
	const passwordHash = await hashPassword(password);
	db.update(users).set({ passwordHash }).where(eq(users.id, id)).run();
}

/** Deletes the account; every row that belongs to it goes with it (ON DELETE CASCADE). */
export function deleteUser(db: Db, id: string): void {
	db.delete(users).where(eq(users.id, id)).run();
}
