import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articles } from '../../src/lib/server/db/schema.ts';
import { verifyPassword } from '../../src/lib/server/password.ts';
import * as users from '../../src/lib/server/users.ts';
import { createTestDatabase, type TestDatabase } from './helpers.ts';

let test: TestDatabase;
beforeEach(() => {
	test = createTestDatabase();
});
afterEach(() => test.close());

const amina = {
	username: 'Amina',
	email: 'Amina@Example.org',
	displayName: 'Amina',
	role: 'teacher' as const,
	password: 'password one'
};

describe('users', () => {
	it('finds an account by username or e-mail, ignoring case', async () => {
		const created = await users.createUser(test.db, amina);
		expect(users.findByIdentifier(test.db, 'AMINA')?.id).toBe(created.id);
		expect(users.findByIdentifier(test.db, ' amina@example.ORG ')?.id).toBe(created.id);
		expect(users.findByIdentifier(test.db, 'nobody')).toBeUndefined();
	});

	it.each([
		['username', { ...amina, email: null, username: 'amina' }],
		['email', { ...amina, username: 'other', email: 'amina@example.org' }]
	] as const)('refuses a second account with the same %s', async (field, second) => {
		await users.createUser(test.db, amina);
		await expect(users.createUser(test.db, second)).rejects.toMatchObject({ field });
	});

	it('changes the display name and the password', async () => {
		const { id } = await users.createUser(test.db, amina);
		users.updateDisplayName(test.db, id, '  أمينة  ');
		await users.updatePassword(test.db, id, 'password two');
		const row = users.findById(test.db, id);
		expect(row?.displayName).toBe('أمينة');
		expect(await verifyPassword(row!.passwordHash, 'password two')).toBe(true);
		expect(await verifyPassword(row!.passwordHash, 'password one')).toBe(false);
	});

	it('deleting an account deletes what it owns', async () => {
		const { id } = await users.createUser(test.db, amina);
		test.db
			.insert(articles)
			.values({
				slug: 'owned',
				title: 'عنوان',
				source: 'teacher',
				level: 'beginner',
				body: 'نص',
				contentHash: 'x',
				wordCount: 1,
				ownerId: id
			})
			.run();
		users.deleteUser(test.db, id);
		expect(users.findById(test.db, id)).toBeUndefined();
		expect(test.db.select().from(articles).all()).toEqual([]);
	});
});

describe('the schema', () => {
	it('lets nothing outlive its account: every reference to users cascades (or forgets a reviewer)', () => {
		const client = test.db.$client;
		const tables = client
			.prepare(
				"select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'"
			)
			.all() as { name: string }[];
		const references = tables.flatMap(({ name }) =>
			(
				client.prepare(`pragma foreign_key_list(${name})`).all() as {
					table: string;
					from: string;
					on_delete: string;
				}[]
			)
				.filter((key) => key.table === 'users')
				.map((key) => ({ table: name, column: key.from, onDelete: key.on_delete }))
		);
		expect(references.length).toBeGreaterThan(0);
		for (const reference of references) {
			expect(['CASCADE', 'SET NULL'], `${reference.table}.${reference.column}`).toContain(
				reference.onDelete
			);
		}
	});
});
