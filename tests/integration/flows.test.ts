/**
 * Learner flows across pages: a class join link survives signing up or signing in.
 *
 * The real route modules run; only the request context (`getRequestEvent`) and the database
 * connection are supplied by the test.
 */
import { isActionFailure, isRedirect } from '@sveltejs/kit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as users from '../../src/lib/server/users.ts';
import { createTestDatabase, type TestDatabase } from './helpers.ts';

const context = vi.hoisted(() => ({
	db: undefined as unknown,
	user: null as unknown,
	url: new URL('http://localhost/')
}));

vi.mock('$app/server', () => ({
	getRequestEvent: () => ({ locals: { user: context.user }, url: context.url })
}));
vi.mock('$lib/server/db', async (importOriginal) => ({
	...(await importOriginal<object>()),
	getDb: () => context.db
}));

const signUpPage = await import('../../src/routes/(auth)/signup/+page.server.ts');
const signInPage = await import('../../src/routes/(auth)/signin/+page.server.ts');

let test: TestDatabase;

beforeEach(() => {
	test = createTestDatabase();
	context.db = test.db;
	context.user = null;
});
afterEach(() => test.close());

const JOIN = '/classes/join?code=K7QF2MZX';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the route functions take kit's event types
type Handler = (event: any) => unknown;

function cookieJar() {
	const jar = new Map<string, string>();
	return {
		get: (name: string) => jar.get(name),
		set: (name: string, value: string) => void jar.set(name, value),
		delete: (name: string) => void jar.delete(name),
		jar
	};
}

/** Runs a load or action as SvelteKit would; a redirect comes back as `{ location }`. */
async function run(
	handler: Handler,
	path: string,
	fields?: Record<string, string>
): Promise<{ location?: string; result?: unknown }> {
	const url = new URL(path, 'http://localhost');
	const body = new FormData();
	for (const [key, value] of Object.entries(fields ?? {})) body.set(key, value);
	const event = {
		url,
		params: {},
		locals: { user: context.user, session: null },
		cookies: cookieJar(),
		getClientAddress: () => '127.0.0.1',
		request: new Request(url, { method: fields ? 'POST' : 'GET', body: fields ? body : undefined })
	};
	try {
		return { result: await handler(event) };
	} catch (thrown) {
		if (isRedirect(thrown)) return { location: thrown.location };
		throw thrown;
	}
}

const newLearner = (extra: Record<string, string> = {}) => ({
	username: 'noura',
	displayName: 'Noura',
	password: 'a good password',
	role: 'learner',
	...extra
});

describe('a class join link through sign-up', () => {
	it('the sign-up page keeps where to go next', async () => {
		const path = `/signup?redirectTo=${encodeURIComponent(JOIN)}`;
		expect(await run(signUpPage.load as Handler, path)).toEqual({ result: { redirectTo: JOIN } });
	});

	it('a new account lands on the join page with its code', async () => {
		const outcome = await run(
			signUpPage.actions.default as Handler,
			'/signup',
			newLearner({ redirectTo: JOIN })
		);
		expect(outcome.location).toBe(JOIN);
		expect(users.findByIdentifier(test.db, 'noura')).toBeDefined();
	});

	it('a refused sign-up keeps where to go next', async () => {
		const outcome = await run(
			signUpPage.actions.default as Handler,
			'/signup',
			newLearner({ password: 'short', redirectTo: JOIN })
		);
		expect(isActionFailure(outcome.result)).toBe(true);
		expect(
			(outcome.result as { data: { values: Record<string, string> } }).data.values
		).toMatchObject({ redirectTo: JOIN, username: 'noura' });
	});

	it.each([
		['//evil.example/classes/join'],
		['/\t/evil.example'],
		['/\\evil.example'],
		['https://evil.example/'],
		['javascript:alert(1)']
	])('never leaves the site (%s)', async (target) => {
		const outcome = await run(
			signUpPage.actions.default as Handler,
			'/signup',
			newLearner({ redirectTo: target })
		);
		expect(outcome.location).toBe('/');
		const load = await run(
			signUpPage.load as Handler,
			`/signup?redirectTo=${encodeURIComponent(target)}`
		);
		expect(load.result).toEqual({ redirectTo: '/' });
	});

	it('a link whose redirect decodes to a tab before another host goes home', async () => {
		// `?redirectTo=/%09/evil.example` reads as "/<tab>/evil.example", which a browser makes //evil.example.
		const load = await run(signUpPage.load as Handler, '/signup?redirectTo=/%09/evil.example');
		expect(load.result).toEqual({ redirectTo: '/' });
	});

	it('without a redirect a new account lands on the home page', async () => {
		const outcome = await run(signUpPage.actions.default as Handler, '/signup', newLearner());
		expect(outcome.location).toBe('/');
	});
});

describe('a class join link through sign-in', () => {
	it('an existing learner lands on the join page with its code', async () => {
		await users.createUser(test.db, {
			username: 'omar',
			displayName: 'Omar',
			role: 'learner',
			password: 'a good password'
		});
		const outcome = await run(signInPage.actions.default as Handler, '/signin', {
			identifier: 'omar',
			password: 'a good password',
			redirectTo: JOIN
		});
		expect(outcome.location).toBe(JOIN);
	});
});
