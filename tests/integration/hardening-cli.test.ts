/**
 * The command line given bad files and taken names: a message naming the problem on stderr and exit
 * code 1, nothing written. Runs the real `bin/sahifa.js` on a temporary database.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'sahifa-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sahifa(...args: string[]) {
	const result = spawnSync(process.execPath, ['bin/sahifa.js', ...args], {
		encoding: 'utf8',
		env: { ...process.env, DATABASE_URL: join(dir, 'cli.db') },
		timeout: 60_000
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const HEAD = '---\nslug: NAME\ntitle: عنوان\nsource: Test\nlevel: beginner\n---\n';

function write(name: string, content: string | Uint8Array): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

describe('sahifa import with bad files', () => {
	it.each([
		['a missing file', () => join(dir, 'missing.md'), /missing\.md: cannot be read \(ENOENT\)/],
		[
			'a file in Windows-1256',
			() =>
				write(
					'cp1256.md',
					Buffer.concat([
						Buffer.from(HEAD.replace('NAME', 'cp1256')),
						Buffer.from([0xc7, 0xe1, 0xd1, 0xc8, 0xc7, 0xd8])
					])
				),
			/cp1256\.md: is not UTF-8 text/
		],
		[
			'a body with no Arabic',
			() => write('english.md', `${HEAD.replace('NAME', 'english')}<script>alert(1)</script>\n`),
			/english\.md: the article body has no Arabic letters/
		],
		[
			'an unknown front matter field',
			() =>
				write('extra.md', HEAD.replace('NAME', 'extra').replace('level', 'owner: x\nlevel') + 'نص'),
			/extra\.md: front matter field "owner": is not a known field/
		]
	])('%s: a message and exit code 1', (_name, path, message) => {
		const result = sahifa('import', path());
		expect(result.stderr).toMatch(message);
		expect(result.code).toBe(1);
	});
});

describe('sahifa user create', () => {
	it('a taken name (in any case or width) is refused with exit code 1', () => {
		const first = sahifa('user', 'create', '--username', 'amina', '--password', 'a long password');
		expect(first.code).toBe(0);
		const again = sahifa(
			'user',
			'create',
			'--username',
			'ＡＭＩＮＡ',
			'--password',
			'a long password'
		);
		expect(again.stderr).toMatch(/That username is taken/);
		expect(again.code).toBe(1);
	});
});
