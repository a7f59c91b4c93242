/** `sahifa user create|list` — accounts from the command line (e.g. the first teacher). */
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { closeDb, getDb, migrateDatabase } from '../lib/server/db/index.ts';
import {
	displayNameSchema,
	emailSchema,
	newPasswordSchema,
	roleSchema,
	usernameSchema
} from '../lib/server/forms.ts';
import * as users from '../lib/server/users.ts';
import { users as usersTable } from '../lib/server/db/schema.ts';
import { UsageError } from './index.ts';

const createSchema = v.object({
	username: usernameSchema,
	password: newPasswordSchema,
	role: roleSchema,
	displayName: displayNameSchema,
	email: v.optional(emailSchema)
});

async function create(args: string[]): Promise<number> {
	const { values } = parseArgs({
		args,
		options: {
			username: { type: 'string' },
			password: { type: 'string' },
			role: { type: 'string', default: 'learner' },
			'display-name': { type: 'string' },
			email: { type: 'string' }
		},
		strict: true
	});
	if (!values.username) throw new UsageError('--username is required.');
	if (!values.password) throw new UsageError('--password is required.');
	const parsed = v.safeParse(createSchema, {
		username: values.username,
		password: values.password,
		role: values.role,
		displayName: values['display-name'] ?? values.username,
		email: values.email
	});
	if (!parsed.success) {
		const issue = parsed.issues[0];
		throw new UsageError(`${v.getDotPath(issue) ?? 'input'}: ${issue.message}`);
	}
	const db = getDb();
	migrateDatabase(db);
	try {
		const user = await users.createUser(db, parsed.output);
		console.log(`Created ${user.role} "${user.username}" (${user.displayName}).`);
		return 0;
	} catch (error) {
		if (error instanceof users.UsernameTakenError) {
			console.error(`sahifa user create: ${error.message}`);
			return 1;
		}
		throw error;
	} finally {
		closeDb();
	}
}

async function list(): Promise<number> {
	const db = getDb();
	migrateDatabase(db);
	try {
		const rows = db
			.select({
				username: usersTable.username,
				displayName: usersTable.displayName,
				role: usersTable.role,
				email: usersTable.email
			})
			.from(usersTable)
			.orderBy(usersTable.username)
			.all();
		if (rows.length === 0) console.log('No accounts yet.');
		for (const row of rows) {
			console.log(
				`${row.username}\t${row.role}\t${row.displayName}${row.email ? `\t${row.email}` : ''}`
			);
		}
		return 0;
	} finally {
		closeDb();
	}
}

export async function run(args: string[]): Promise<number> {
	const [action, ...rest] = args;
	if (action === 'create') return create(rest);
	if (action === 'list') return list();
	throw new UsageError(action ? `unknown action "${action}".` : 'say what to do: create or list.');
}
