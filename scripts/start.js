#!/usr/bin/env node
/**
 * `npm start`: build when needed, migrate the database, import content/, then serve.
 *
 * - Builds when build/ is missing or older than any source of the build (src/, static/, svelte and vite
 *   config, package.json, package-lock.json). Content is not part of the build: it is imported at start.
 * - HOST (default 127.0.0.1), PORT (default 3000), ORIGIN (default http://HOST:PORT), DATABASE_URL
 *   (default ./data/sahifa.db). adapter-node needs ORIGIN, or form posts are refused as cross-site.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const HOST = process.env.HOST || '127.0.0.1';
const PORT = process.env.PORT || '3000';
const wildcard = HOST === '0.0.0.0' || HOST === '::';
const ORIGIN =
	process.env.ORIGIN ||
	`http://${wildcard ? 'localhost' : HOST.includes(':') ? `[${HOST}]` : HOST}:${PORT}`;
const DATABASE_URL = resolve(process.env.DATABASE_URL || './data/sahifa.db');

const BUILD_ENTRY = join(root, 'build', 'index.js');
/** Written after a successful build; its mtime is the build's time (adapter output keeps old mtimes). */
const BUILD_STAMP = join(root, 'build', '.sahifa-build-stamp');
const BUILD_INPUTS = [
	'src',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package.json',
	'package-lock.json'
];
/** Files under src/ that do not go into the build. */
const NOT_BUILT = /\.test\.ts$|[/\\]cli[/\\]|[/\\]migrations[/\\]/;

function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return NOT_BUILT.test(path) ? 0 : stat.mtimeMs;
	let newest = 0;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

function buildIfNeeded() {
	const built =
		existsSync(BUILD_ENTRY) && existsSync(BUILD_STAMP) ? statSync(BUILD_STAMP).mtimeMs : 0;
	const sources = Math.max(...BUILD_INPUTS.map((input) => newestMtime(join(root, input))));
	if (built >= sources) {
		console.log('sahifa: build is up to date.');
		return;
	}
	console.log(
		built ? 'sahifa: sources changed, rebuilding…' : 'sahifa: building the app (first start)…'
	);
	const started = Date.now();
	const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
		stdio: 'inherit',
		env: { ...process.env, NODE_ENV: 'production' }
	});
	if (result.status !== 0) {
		console.error('sahifa: the build failed (see above).');
		process.exit(result.status ?? 1);
	}
	writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
	console.log(`sahifa: built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

async function prepareDatabase() {
	const { register } = await import('tsx/esm/api');
	const unregister = register();
	try {
		const db = await import('../src/lib/server/db/index.ts');
		const content = await import('../src/lib/server/content.ts');
		const rateLimit = await import('../src/lib/server/rate-limit.ts');
		const connection = db.openDatabase(DATABASE_URL);
		try {
			db.migrateDatabase(connection);
			rateLimit.pruneThrottles(connection);
			const summary = content.importContentDir(connection);
			const parts = Object.entries(summary).map(([kind, slugs]) => `${slugs.length} ${kind}`);
			console.log(`sahifa: database ${DATABASE_URL} migrated; articles: ${parts.join(', ')}.`);
		} finally {
			connection.$client.close();
		}
	} catch (error) {
		if (error && error.name === 'ContentError') {
			console.error(`sahifa: cannot start, bad content file.\n  ${error.message}`);
			process.exit(1);
		}
		throw error;
	} finally {
		await unregister();
	}
}

function waitForPort(host, port, child, timeoutMs = 30000) {
	const deadline = Date.now() + timeoutMs;
	const target = wildcard ? '127.0.0.1' : host;
	return new Promise((resolvePromise, reject) => {
		const attempt = () => {
			if (child.exitCode !== null) return reject(new Error('the server exited'));
			const socket = connect({ host: target, port: Number(port) });
			socket.once('connect', () => {
				socket.end();
				resolvePromise();
			});
			socket.once('error', () => {
				socket.destroy();
				if (Date.now() > deadline) reject(new Error(`nothing listening on ${host}:${port}`));
				else setTimeout(attempt, 100);
			});
		};
		attempt();
	});
}

/** True when something already accepts connections on the port (another Sahifa, another app). */
function portInUse(host, port) {
	return new Promise((resolvePromise) => {
		const socket = connect({ host: wildcard ? '127.0.0.1' : host, port: Number(port) });
		socket.once('connect', () => {
			socket.end();
			resolvePromise(true);
		});
		socket.once('error', () => {
			socket.destroy();
			resolvePromise(false);
		});
	});
}

const started = Date.now();
if (await portInUse(HOST, PORT)) {
	console.error(
		`sahifa: port ${PORT} on ${HOST} is already in use. Stop the other server or set PORT.`
	);
	process.exit(1);
}
buildIfNeeded();
await prepareDatabase();

const server = spawn(process.execPath, [BUILD_ENTRY], {
	stdio: ['ignore', 'inherit', 'inherit'],
	env: { ...process.env, HOST, PORT, ORIGIN, DATABASE_URL }
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => {
	process.exit(code ?? (signal ? 0 : 1));
});

try {
	await waitForPort(HOST, PORT, server);
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	console.log(`\nSahifa is running at ${ORIGIN}/  (ready in ${seconds} s; Ctrl+C to stop)\n`);
} catch (error) {
	console.error(`sahifa: the server did not start: ${error.message}`);
	server.kill();
	process.exit(1);
}
