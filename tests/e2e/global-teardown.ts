import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';

/** Removes the temporary database folder the e2e server used. */
export default function globalTeardown(): void {
	const url = process.env.SAHIFA_E2E_DATABASE_URL;
	if (!url) return;
	const folder = dirname(url);
	if (dirname(folder) === tmpdir() && basename(folder).startsWith('sahifa-e2e-')) {
		rmSync(folder, { recursive: true, force: true });
	}
}
