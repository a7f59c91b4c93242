/**
 * The one place that opens the SQLite database. The app, the CLI and the tests all come through here.
 * Imports are relative (no `$lib`, no `$env`) so the CLI can load this module with tsx.
 */
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_URL = './data/sahifa.db';

/**
 * Where the committed migrations live. Resolved from this file under tsx, vitest and `vite dev`; the
 * production bundle does not migrate (scripts/start.js does, before the server starts).
 */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

/** Turns `DATABASE_URL` (a path, `file:` path or `:memory:`) into what better-sqlite3 opens. */
export function resolveDatabasePath(url: string | undefined): string {
	const value = url && url.trim() !== '' ? url.trim() : DEFAULT_DATABASE_URL;
	if (value === ':memory:') return value;
	return resolve(value.startsWith('file:') ? value.slice('file:'.length) : value);
}

/**
 * Opens (creating when needed) the database at `url` with the settings every connection needs:
 * WAL journal, foreign keys enforced, and a busy timeout so the CLI and the server can share the file.
 */
export function openDatabase(url: string | undefined): Db {
	const path = resolveDatabasePath(url);
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const client = new Database(path);
	client.pragma('journal_mode = WAL');
	client.pragma('foreign_keys = ON');
	client.pragma('busy_timeout = 5000');
	client.pragma('synchronous = NORMAL');
	return drizzle(client, { schema });
}

/** Applies the committed migrations that have not run yet. Safe to call on every start. */
export function migrateDatabase(db: Db, migrationsFolder: string = MIGRATIONS_FOLDER): void {
	migrate(db, { migrationsFolder });
}

let shared: Db | undefined;

/** The process-wide connection to `DATABASE_URL`, opened on first use. */
export function getDb(): Db {
	shared ??= openDatabase(process.env.DATABASE_URL);
	return shared;
}

/** Closes the process-wide connection (CLI exit, tests). */
export function closeDb(): void {
	shared?.$client.close();
	shared = undefined;
}

export { schema };
