/**
 * Learner flows across pages: a class join link survives signing up or signing in; a learner sees
 * their classes on the account page and can leave one (their answers stay).
 *
 * The real route modules run; only the request context (`getRequestEvent`) and the database
 * connection are supplied by the test.
 */
import { isActionFailure, isRedirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as assignments from '../../src/lib/server/assignments.ts';
import * as attemptsModule from '../../src/lib/server/attempts.ts';
import * as classes from '../../src/lib/server/classes.ts';
import { articles, attempts, classMembers } from '../../src/lib/server/db/schema.ts';
import * as gradebook from '../../src/lib/server/gradebook.ts';
import * as review from '../../src/lib/server/question-review.ts';
import * as users from '../../src/lib/server/users.ts';
import { createTestDatabase, type TestDatabase } from './helpers.ts';
import { buildWorld } from './teach-fixtures.ts';

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
const accountPage = await import('../../src/routes/(app)/account/+page.server.ts');

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

describe('a learner leaves a class', () => {
	it('lists their classes, asks first, then leaves; the answers stay and the gradebook drops them', async () => {
		const world = buildWorld(test.db);
		const { learner, teacher } = world;
		assignments.assign(test.db, teacher.id, world.classId, world.articleId, null);
		review.approveAll(test.db, teacher.id, world.articleId);
		const article = test.db.select().from(articles).where(eq(articles.id, world.articleId)).get()!;
		const sheet = attemptsModule.start(test.db, learner.id, article)!;
		attemptsModule.submit(test.db, learner.id, sheet.token, {});
		const learnersInGradebook = () =>
			gradebook.forClass(test.db, teacher.id, world.classId)!.learners.map((item) => item.id);
		expect(learnersInGradebook()).toEqual([learner.id]);

		context.user = learner;
		const { result: page } = await run(accountPage.load as Handler, '/account');
		expect((page as { classes: unknown[] }).classes).toEqual([
			{
				id: world.classId,
				name: 'Arabic 2',
				teacherName: 'Teacher',
				joined: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
				joinedText: expect.stringMatching(/^\d{1,2} [A-Z][a-z]+ \d{4}$/)
			}
		]);

		// The first post only asks.
		const leave = accountPage.actions.leaveClass as Handler;
		const asked = await run(leave, '/account?/leaveClass', { classId: String(world.classId) });
		expect(asked.result).toEqual({ action: 'classes', confirm: world.classId });
		expect(learnersInGradebook()).toEqual([learner.id]);

		const left = await run(leave, '/account?/leaveClass', {
			classId: String(world.classId),
			confirm: 'yes'
		});
		expect(left.result).toMatchObject({
			action: 'classes',
			success: expect.stringContaining('Arabic 2')
		});
		expect(learnersInGradebook()).toEqual([]);
		expect(classes.listForLearner(test.db, learner.id)).toEqual([]);
		expect(
			test.db.select().from(attempts).where(eq(attempts.userId, learner.id)).all()
		).toHaveLength(1);
		const after = await run(accountPage.load as Handler, '/account');
		expect((after.result as { classes: unknown[] }).classes).toEqual([]);

		// Joining again brings them (and their results) back.
		const code = classes.findForTeacher(test.db, teacher.id, world.classId)!.joinCode;
		classes.joinByCode(test.db, learner.id, code);
		const book = gradebook.forClass(test.db, teacher.id, world.classId)!;
		expect(book.learners.map((item) => item.id)).toEqual([learner.id]);
		expect(book.cells[0][0].done).toBe(true);
	});

	it.each([
		[
			'another learner’s class',
			(world: ReturnType<typeof buildWorld>) => String(world.otherClassId)
		],
		['a class that does not exist', () => '999999'],
		['no number', () => 'abc']
	])('leaving %s changes nothing', async (_name, classId) => {
		const world = buildWorld(test.db);
		context.user = world.learner;
		const leave = accountPage.actions.leaveClass as Handler;
		const outcome = await run(leave, '/account?/leaveClass', {
			classId: classId(world),
			confirm: 'yes'
		});
		expect(isActionFailure(outcome.result)).toBe(true);
		expect(test.db.select().from(classMembers).all()).toHaveLength(2);
	});

	it('a signed-out post goes to sign-in', async () => {
		const world = buildWorld(test.db);
		const outcome = await run(accountPage.actions.leaveClass as Handler, '/account?/leaveClass', {
			classId: String(world.classId),
			confirm: 'yes'
		});
		expect(outcome.location).toMatch(/^\/signin/);
		expect(test.db.select().from(classMembers).all()).toHaveLength(2);
	});

	it('a teacher has no class list on the account page', async () => {
		const world = buildWorld(test.db);
		context.user = world.teacher;
		const { result } = await run(accountPage.load as Handler, '/account');
		expect((result as { classes: unknown[] }).classes).toEqual([]);
	});
});
