import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The pure modules (the Arabic core and the question generator) must stay free of the framework, the
 * database, Node built-ins and server code, so they run anywhere (browser, CLI, tests) and stay exact.
 */
const PURE_MODULE_RESTRICTIONS = {
	patterns: [
		{ group: ['$app/*'], message: 'Pure modules may not import SvelteKit ($app/*).' },
		{
			group: ['@sveltejs/kit', '@sveltejs/kit/*'],
			message: 'Pure modules may not import SvelteKit.'
		},
		{
			group: ['drizzle-orm', 'drizzle-orm/*'],
			message: 'Pure modules may not touch the database.'
		},
		{ group: ['better-sqlite3'], message: 'Pure modules may not touch the database.' },
		{ group: ['node:*'], message: 'Pure modules may not import Node built-ins.' },
		{
			group: ['$lib/server', '$lib/server/*', '**/server/*', '**/lib/server'],
			message: 'Pure modules may not import server code.'
		}
	],
	paths: ['fs', 'path', 'os', 'crypto', 'child_process', 'url', 'util'].map((name) => ({
		name,
		message: 'Pure modules may not import Node built-ins.'
	}))
};

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'data/',
			'test-results/',
			'playwright-report/',
			'src/lib/server/db/migrations/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node }
		},
		rules: {
			// TypeScript itself reports undefined names, with better knowledge of types.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/lib/arabic/**', 'src/lib/questions/**'],
		rules: {
			'no-restricted-imports': ['error', PURE_MODULE_RESTRICTIONS]
		}
	}
);
