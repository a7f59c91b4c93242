/**
 * A session that ends while a quiz is open (it expired, or the learner signed out in another tab): the
 * answers posted afterwards are kept for the account the quiz was opened by, and after signing in they
 * are submitted for that account or put back in the form. Signing in as anyone else neither submits nor
 * shows them. The routes run with their real modules; the browser (its cookies) and the request context
 * are played by the test, and each request resolves its session from the cookie as src/hooks.server.ts does.
 */
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as attempts from '../../src/lib/server/attempts.ts';
import * as auth from '../../src/lib/server/auth.ts';
import {
	articles,
	attempts as attemptsTable,
	pendingSubmissions,
	sessions,
	type Article
} from '../../src/lib/server/db/schema.ts';
import * as quizzes from '../../src/lib/server/quizzes.ts';
import * as users from '../../src/lib/server/users.ts';
import type { Question } from '../../src/lib/questions/types.ts';
import { createTestDatabase, type TestDatabase } from './helpers.ts';

const context = vi.hoisted(() => ({
	db: undefined as unknown,
	locals: { user: null, session: null } as { user: unknown; session: unknown },
	url: new URL('http://localhost/')
}));

vi.mock('$app/server', () => ({
	getRequestEvent: () => ({ locals: context.locals, url: context.url })
}));
vi.mock('$lib/server/db', async (importOriginal) => ({
	...(await importOriginal<object>()),
	getDb: () => context.db
}));

const quizPage = await import('../../src/routes/(app)/articles/[slug]/quiz/+page.server.ts');
const signinPage = await import('../../src/routes/(auth)/signin/+page.server.ts');
const signoutPage = await import('../../src/routes/signout/+page.server.ts');

const BODY = 'تونس - زار وزير الخارجية الإيطالي تونس يوم الاثنين.';
const PASSWORD = 'a good password';

function fakeQuestions(hash: string): Question[] {
	return [
		{
			id: `q-${hash}-1`,
			type: 'when',
			prompt_ar: 'متى زار الوزير الإيطالي تونس؟',
			prompt_en: 'When did the Italian minister visit Tunis?',
			choices: ['الأحد', 'الاثنين', 'الثلاثاء', 'الخميس'],
			answer: 'الاثنين',
			accept: [],
			evidence: { start: 0, end: 49 },
			difficulty: 1
		},
		{
			id: `q-${hash}-2`,
			type: 'who',
			prompt_ar: 'من زار تونس؟',
			prompt_en: 'Who visited Tunis?',
			choices: [],
			answer: 'وزير الخارجية الإيطالي',
			accept: ['الوزير الإيطالي'],
			evidence: { start: 0, end: 49 },
			difficulty: 2
		}
	];
}

let test: TestDatabase;
let article: Article;
let amina: { id: string };
let omar: { id: string };

/** One browser: its cookie jar. */
const jar = new Map<string, string>();
const cookies = {
	get: (name: string) => jar.get(name),
	set: (name: string, value: string) => void jar.set(name, value),
	delete: (name: string) => void jar.delete(name)
};

/** What the hook does for each request: the session cookie → `locals` (an ended session → signed out). */
function resolveSession(path: string) {
	context.url = new URL(`http://localhost${path}`);
	const token = jar.get(auth.SESSION_COOKIE_NAME);
	const { session, user } = token
		? auth.validateSessionToken(test.db, token)
		: { session: null, user: null };
	if (token && !session) jar.delete(auth.SESSION_COOKIE_NAME);
	context.locals = { user, session };
	return { locals: context.locals, cookies, url: context.url };
}

async function outcome(run: () => unknown) {
	try {
		return { kind: 'ok' as const, value: (await run()) as never };
	} catch (thrown) {
		if (isRedirect(thrown)) return { kind: 'redirect' as const, location: thrown.location };
		if (isHttpError(thrown)) return { kind: 'error' as const, status: thrown.status };
		throw thrown;
	}
}

function post(path: string, fields: Record<string, string>) {
	const form = new FormData();
	for (const [key, value] of Object.entries(fields)) form.set(key, value);
	return {
		...resolveSession(path),
		request: new Request(`http://localhost${path}`, { method: 'POST', body: form }),
		getClientAddress: () => '127.0.0.1'
	};
}

type QuizData = {
	quiz: { token: string; questions: { key: string }[] };
	kept: { values: Record<string, string>; blank: string[] } | null;
};

const openQuiz = async () =>
	(await quizPage.load({
		...resolveSession('/articles/tunis/quiz'),
		params: { slug: 'tunis' }
	} as never)) as QuizData;

const submitQuiz = (fields: Record<string, string>) =>
	outcome(() =>
		quizPage.actions.default!({
			...post('/articles/tunis/quiz', fields),
			params: { slug: 'tunis' }
		} as never)
	);

function signIn(username: string, redirectTo = '/articles/tunis/quiz') {
	return outcome(() =>
		signinPage.actions.default!(
			post('/signin', { identifier: username, password: PASSWORD, redirectTo }) as never
		)
	);
}

const signInPage = () =>
	outcome(() => signinPage.load(resolveSession('/signin') as never)) as Promise<{
		kind: string;
		value: { kept: boolean };
	}>;

beforeEach(async () => {
	test = createTestDatabase();
	context.db = test.db;
	article = test.db
		.insert(articles)
		.values({
			slug: 'tunis',
			title: 'زيارة إلى تونس',
			source: 'test',
			level: 'beginner',
			body: BODY,
			contentHash: 'hash-tunis',
			wordCount: 8
		})
		.returning()
		.get();
	quizzes.ensureQuestions(test.db, article, (a) => fakeQuestions(a.contentHash));
	const create = (username: string) =>
		users.createUser(test.db, {
			username,
			email: null,
			displayName: username,
			role: 'learner',
			password: PASSWORD
		});
	amina = await create('amina');
	omar = await create('omar');
});
afterEach(() => {
	test.close();
	jar.clear();
});

/** Amina signs in, opens the quiz and fills it in; returns her form's fields. */
async function aminaFillsTheQuiz(answers: [string, string]) {
	expect(await signIn('amina', '/')).toEqual({ kind: 'redirect', location: '/' });
	const data = await openQuiz();
	expect(data.kept).toBeNull();
	const [first, second] = data.quiz.questions;
	return {
		token: data.quiz.token,
		[`answer-${first.key}`]: answers[0],
		[`answer-${second.key}`]: answers[1]
	};
}

const expireSession = () => test.db.delete(sessions).run();

describe('a session that ends during a quiz', () => {
	it('keeps the answers, and signing in as the owner submits them', async () => {
		const fields = await aminaFillsTheQuiz(['1', 'وزير الخارجية الإيطالي']);
		expireSession();

		const posted = await submitQuiz(fields);
		expect(posted).toEqual({
			kind: 'redirect',
			location: `/signin?redirectTo=${encodeURIComponent('/articles/tunis/quiz')}`
		});
		expect(test.db.select().from(attemptsTable).all()).toEqual([]);
		expect(test.db.select().from(pendingSubmissions).all()).toHaveLength(1);
		expect((await signInPage()).value.kept).toBe(true);

		const signedIn = await signIn('amina');
		expect(signedIn.kind).toBe('redirect');
		const location = (signedIn as { location: string }).location;
		expect(location).toMatch(/^\/attempts\/[a-z0-9]+\?sent=kept$/);
		const [attempt] = test.db.select().from(attemptsTable).all();
		expect(location).toBe(`/attempts/${attempt.id}?sent=kept`);
		expect(attempt).toMatchObject({ userId: amina.id, score: 2, maxScore: 2 });
		expect(test.db.select().from(pendingSubmissions).all()).toEqual([]);
		expect(jar.has(attempts.PENDING_COOKIE_NAME)).toBe(false);

		// Posting the same form again (the browser's back button) lands on the same attempt.
		expect(await submitQuiz(fields)).toEqual({
			kind: 'redirect',
			location: `/attempts/${attempt.id}`
		});
		expect(test.db.select().from(attemptsTable).all()).toHaveLength(1);
	});

	it('signing in as someone else neither submits nor shows them; the owner still gets them', async () => {
		const fields = await aminaFillsTheQuiz(['1', 'وزير الخارجية الإيطالي']);
		expireSession();
		await submitQuiz(fields);

		expect(await signIn('omar')).toEqual({ kind: 'redirect', location: '/articles/tunis/quiz' });
		expect(test.db.select().from(attemptsTable).all()).toEqual([]);
		const omarsQuiz = await openQuiz();
		expect(omarsQuiz.kept).toBeNull();
		expect(JSON.stringify(omarsQuiz)).not.toContain('وزير الخارجية');
		// Omar submitting his own quiz does not touch what is kept for Amina.
		expect((await submitQuiz({ token: omarsQuiz.quiz.token, submitBlank: 'yes' })).kind).toBe(
			'redirect'
		);
		expect(test.db.select().from(pendingSubmissions).all()).toHaveLength(1);

		await outcome(() => signoutPage.actions.default!(post('/signout', {}) as never));
		expect((await signIn('amina')).kind).toBe('redirect');
		const aminas = test.db
			.select()
			.from(attemptsTable)
			.all()
			.filter((row) => row.userId === amina.id);
		expect(aminas).toHaveLength(1);
		expect(aminas[0].score).toBe(2);
		expect(
			test.db
				.select()
				.from(attemptsTable)
				.all()
				.filter((row) => row.userId === omar.id)
				.map((row) => row.score)
		).toEqual([0]);
	});

	it('after signing out in another tab, answers with a blank come back in the form', async () => {
		const fields = await aminaFillsTheQuiz(['2', '']);
		// Another tab signs out.
		await outcome(() => signoutPage.actions.default!(post('/signout', {}) as never));

		expect((await submitQuiz(fields)).kind).toBe('redirect');
		expect(await signIn('amina', '/')).toEqual({
			kind: 'redirect',
			location: '/articles/tunis/quiz'
		});
		expect(test.db.select().from(attemptsTable).all()).toEqual([]);
		const restored = await openQuiz();
		const [first, second] = restored.quiz.questions;
		expect(restored.kept).toEqual({
			values: { [first.key]: '2', [second.key]: '' },
			blank: [second.key]
		});

		// Submitting the restored form counts once and forgets the kept copy.
		const sent = await submitQuiz({
			token: restored.quiz.token,
			[`answer-${first.key}`]: '1',
			submitBlank: 'yes'
		});
		expect(sent.kind).toBe('redirect');
		expect(
			test.db
				.select()
				.from(attemptsTable)
				.all()
				.map((row) => row.score)
		).toEqual([1]);
		expect(test.db.select().from(pendingSubmissions).all()).toEqual([]);
		expect((await openQuiz()).kept).toBeNull();
	});

	it('a post without a genuine quiz sheet keeps nothing and just asks to sign in', async () => {
		const fields = await aminaFillsTheQuiz(['1', 'x']);
		expireSession();
		for (const token of ['', 'a'.repeat(32), fields.token.replace(/.$/, 'A')]) {
			expect(await submitQuiz({ ...fields, token })).toEqual({
				kind: 'redirect',
				location: `/signin?redirectTo=${encodeURIComponent('/articles/tunis/quiz')}`
			});
		}
		expect(test.db.select().from(pendingSubmissions).all()).toEqual([]);
		expect(jar.has(attempts.PENDING_COOKIE_NAME)).toBe(false);
		expect((await signInPage()).value.kept).toBe(false);
	});

	it('posting again while signed out replaces the kept answers instead of piling them up', async () => {
		const fields = await aminaFillsTheQuiz(['0', 'x']);
		expireSession();
		await submitQuiz(fields);
		const firstKey = Object.keys(fields)[1];
		await submitQuiz({ ...fields, [firstKey]: '1' });
		const kept = test.db.select().from(pendingSubmissions).all();
		expect(kept).toHaveLength(1);
		expect(kept[0].responses[firstKey.slice('answer-'.length)]).toBe('1');
		expect(attempts.parsePendingCookie(jar.get(attempts.PENDING_COOKIE_NAME))).toEqual([
			kept[0].id
		]);
	});

	it('expired kept answers are neither submitted nor shown', async () => {
		const fields = await aminaFillsTheQuiz(['1', 'وزير الخارجية الإيطالي']);
		expireSession();
		await submitQuiz(fields);
		test.db
			.update(pendingSubmissions)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.run();
		expect((await signInPage()).value.kept).toBe(false);
		expect(await signIn('amina')).toEqual({ kind: 'redirect', location: '/articles/tunis/quiz' });
		expect(test.db.select().from(attemptsTable).all()).toEqual([]);
		expect((await openQuiz()).kept).toBeNull();
	});
});

describe('a learner taking a quiz', () => {
	it('is not signed out mid-quiz: opening the quiz leaves at least 15 days to submit it', () => {
		const DAY = 24 * 60 * 60 * 1000;
		const token = auth.generateSessionToken();
		const created = new Date('2026-01-01T00:00:00Z');
		auth.createSession(test.db, token, amina.id, created);
		for (let day = 0; day < 30; day += 0.5) {
			const opened = new Date(created.getTime() + day * DAY);
			const { session } = auth.validateSessionToken(test.db, token, opened);
			expect(session).not.toBeNull();
			expect(session!.expiresAt.getTime() - opened.getTime()).toBeGreaterThanOrEqual(
				auth.SESSION_LIFETIME_MS - auth.SESSION_RENEW_WITHIN_MS
			);
		}
	});
});
