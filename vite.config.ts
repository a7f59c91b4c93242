import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts'],
		environment: 'node',
		// Integration tests open their own temporary SQLite files; never the developer's database.
		env: { DATABASE_URL: ':memory:' },
		// The first test of a file that reads an article loads the lexicon and gazetteer (about 2 s on an
		// idle machine, several times that on a busy CI runner); 5 s, the default, failed there.
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
