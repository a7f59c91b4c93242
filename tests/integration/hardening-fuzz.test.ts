/**
 * Tampered form posts against every teacher, class-join and account action: missing, empty, duplicated,
 * overlong, negative, huge and non-numeric values. Whatever comes in, the answer is a redirect, an
 * action failure or an HTTP error with a message — never an unhandled exception (a 500).
 */
import { isActionFailure, isHttpError, isRedirect } from '@sveltejs/kit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth.ts';
import { createTestDatabase, type TestDatabase } from './helpers.ts';
import { buildWorld, type World } from './teach-fixtures.ts';

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

const classList = await import('../../src/routes/(app)/teach/classes/+page.server.ts');
const classPage = await import('../../src/routes/(app)/teach/classes/[id]/+page.server.ts');
const importPage = await import('../../src/routes/(app)/teach/import/+page.server.ts');
const articlePage = await import('../../src/routes/(app)/teach/articles/[id]/+page.server.ts');
const editPage = await import('../../src/routes/(app)/teach/articles/[id]/edit/+page.server.ts');
const questionsPage =
	await import('../../src/routes/(app)/teach/articles/[id]/questions/+page.server.ts');
const joinPage = await import('../../src/routes/(app)/classes/join/+page.server.ts');

let test: TestDatabase;
let world: World;

beforeEach(() => {
	test = createTestDatabase();
	world = buildWorld(test.db);
	context.db = test.db;
});
afterEach(() => test.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the route functions take kit's event types
type Handler = (event: any) => unknown;

const NASTY = [
	'',
	'   ',
	'-1',
	'0',
	'1.5',
	'1e309',
	'99999999999999999999999',
	'NaN',
	'<script>alert(1)</script>',
	'\u202Eabc\u200B',
	'x'.repeat(100_000),
	'2030-13-45',
	'١٢٣'
];

async function settle(run: () => unknown): Promise<string> {
	try {
		const result = await run();
		return isActionFailure(result) ? `fail ${result.status}` : 'ok';
	} catch (thrown) {
		if (isRedirect(thrown)) return `redirect ${thrown.location}`;
		if (isHttpError(thrown)) return `error ${thrown.status}`;
		throw thrown;
	}
}

function post(handler: Handler, params: Record<string, string>, form: FormData) {
	const path = 'http://localhost/teach';
	return settle(() =>
		handler({
			params,
			url: new URL(path),
			locals: { user: context.user },
			cookies: { set() {}, get() {}, delete() {} },
			getClientAddress: () => '127.0.0.1',
			request: new Request(path, { method: 'POST', body: form })
		})
	);
}

const ACTIONS: [string, Handler, string[], () => Record<string, string>][] = [
	['create class', classList.actions.create as Handler, ['name'], () => ({})],
	[
		'assign',
		classPage.actions.assign as Handler,
		['articleId', 'due'],
		() => ({ id: String(world.classId) })
	],
	[
		'unassign',
		classPage.actions.unassign as Handler,
		['assignmentId'],
		() => ({ id: String(world.classId) })
	],
	[
		'removeLearner',
		classPage.actions.removeLearner as Handler,
		['learnerId'],
		() => ({ id: String(world.classId) })
	],
	[
		'import',
		importPage.actions.default as Handler,
		['title', 'source', 'level', 'tags', 'body'],
		() => ({})
	],
	[
		'edit',
		editPage.actions.default as Handler,
		['title', 'source', 'level', 'tags', 'body'],
		() => ({ id: String(world.articleId) })
	],
	[
		'gloss',
		articlePage.actions.gloss as Handler,
		['word', 'gloss'],
		() => ({ id: String(world.articleId) })
	],
	[
		'delete article',
		articlePage.actions.delete as Handler,
		['confirm'],
		() => ({ id: String(world.articleId) })
	],
	...(['approve', 'restore', 'delete', 'move', 'edit', 'add'] as const).map(
		(name) =>
			[
				`questions ${name}`,
				questionsPage.actions[name] as Handler,
				[
					'questionId',
					'direction',
					'promptAr',
					'promptEn',
					'answer',
					'choices',
					'choice',
					'accept',
					'kind',
					'type'
				],
				() => ({ id: String(world.articleId) })
			] as [string, Handler, string[], () => Record<string, string>]
	)
];

describe('tampered posts never crash an action', () => {
	it.each(ACTIONS)('%s', async (_name, handler, fields, params) => {
		context.user = world.teacher as SessionUser;
		const seen = new Set<string>();
		for (const value of NASTY) {
			const form = new FormData();
			for (const field of fields) form.set(field, value);
			seen.add(await post(handler, params(), form));
			const doubled = new FormData();
			for (const field of fields) {
				doubled.append(field, value);
				doubled.append(field, 'second');
			}
			seen.add(await post(handler, params(), doubled));
		}
		seen.add(await post(handler, params(), new FormData()));
		for (const bad of ['-1', 'abc', '99999999999999999999', '1.5'])
			seen.add(await post(handler, { id: bad }, new FormData()));
		// Every answer was a redirect, a failure with a status below 500, or an HTTP error below 500.
		for (const answer of seen)
			expect(answer).toMatch(/^(ok|redirect \/\S*|fail 4\d\d|error 4\d\d)$/);
	});

	it('join', async () => {
		context.user = world.otherLearner as SessionUser;
		for (const value of NASTY) {
			const form = new FormData();
			form.set('code', value);
			expect(await post(joinPage.actions.default as Handler, {}, form)).toBe('fail 400');
		}
	});
});
