import { defineConfig, devices } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * End-to-end tests drive Debian's Chromium (never a downloaded browser) against the built app, served
 * by scripts/start.js exactly as `npm start` does, on its own temporary database.
 */
const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
	throw new Error(
		`End-to-end tests need Chromium at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium ` +
			'(.ci/run does this for CI).'
	);
}

// 4173 unless SAHIFA_E2E_PORT says otherwise (two test runs on one machine need two ports).
const PORT = Number(process.env.SAHIFA_E2E_PORT ?? 4173);
const ORIGIN = `http://127.0.0.1:${PORT}`;
// Workers load this file too; only the main process starts the server, so one folder is used.
const DATABASE_URL =
	process.env.SAHIFA_E2E_DATABASE_URL ??
	(process.env.SAHIFA_E2E_DATABASE_URL = join(
		mkdtempSync(join(tmpdir(), 'sahifa-e2e-')),
		'sahifa.db'
	));

export default defineConfig({
	testDir: 'tests/e2e',
	globalTeardown: './tests/e2e/global-teardown.ts',
	fullyParallel: false,
	workers: 1,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: process.env.CI ? 'list' : [['list']],
	timeout: 30_000,
	use: {
		baseURL: ORIGIN,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: CHROMIUM,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: 'node scripts/start.js',
		url: ORIGIN,
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'pipe',
		stderr: 'pipe',
		env: { HOST: '127.0.0.1', PORT: String(PORT), ORIGIN, DATABASE_URL }
	}
});
