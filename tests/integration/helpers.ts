/** A fresh SQLite file per test, migrated with the real committed migrations. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDatabase, openDatabase, type Db } from '../../src/lib/server/db/index.ts';

export interface TestDatabase {
	db: Db;
	dir: string;
	close(): void;
}

export function createTestDatabase(): TestDatabase {
	const dir = mkdtempSync(join(tmpdir(), 'sahifa-test-'));
	const db = openDatabase(join(dir, 'test.db'));
	migrateDatabase(db);
	return {
		db,
		dir,
		close() {
			db.$client.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
