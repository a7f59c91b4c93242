/**
 * The quiz, feedback and progress routes with their real modules and guards: who may load, submit and
 * download what. Only the request context (`getRequestEvent`) and the database connection come from the test.
 */
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth.ts';
import * as attempts from '../../src/lib/server/attempts.ts';
import {
	articles,
	attempts as attemptsTable,
	type Article
} from '../../src/lib/server/db/schema.ts';
import * as quizzes from '../../src/lib/server/quizzes.ts';
import * as users from '../../src/lib/server/users.ts';
import type { Question } from '../../src/lib/questions/types.ts';
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

const quizPage = await import('../../src/routes/(app)/articles/[slug]/quiz/+page.server.ts');
const attemptPage = await import('../../src/routes/(app)/attempts/[id]/+page.server.ts');
const progressPage = await import('../../src/routes/(app)/progress/+page.server.ts');
const csvRoute = await import('../../src/routes/(app)/progress/history.csv/+server.ts');
const jsonRoute = await import('../../src/routes/(app)/progress/history.json/+server.ts');

const BODY =
	'تونس - زار وزير الخارجية الإيطالي تونس يوم الاثنين.\n\nوبحث الوزير مع نظيره التونسي ملف الهجرة.';

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
			type: 'where',
			prompt_ar: 'أين كان الوزير الإيطالي؟',
			prompt_en: 'Where was the Italian minister?',
			choices: ['روما', 'تونس', 'طرابلس', 'الجزائر'],
			answer: 'تونس',
			accept: [],
			evidence: { start: 0, end: 49 },
			difficulty: 2
		}
	];
}

let test: TestDatabase;
let article: Article;
let privateArticle: Article;
let amina: SessionUser;
let omar: SessionUser;

async function learner(username: string): Promise<SessionUser> {
	const created = await users.createUser(test.db, {
		username,
		email: null,
		displayName: username,
		role: 'learner',
		password: 'a good password'
	});
	return { id: created.id, username, email: null, displayName: username, role: 'learner' };
}

beforeEach(async () => {
	test = createTestDatabase();
	context.db = test.db;
	const insert = (slug: string, ownerId: string | null) =>
		test.db
			.insert(articles)
			.values({
				slug,
				title: 'زيارة إلى تونس',
				source: 'test',
				level: 'beginner',
				body: BODY,
				contentHash: `hash-${slug}`,
				wordCount: 16,
				ownerId
			})
			.returning()
			.get();
	amina = await learner('amina');
	omar = await learner('omar');
	const teacher = await users.createUser(test.db, {
		username: 'teacher',
		email: null,
		displayName: 'T',
		role: 'teacher',
		password: 'a good password'
	});
	article = insert('tunis', null);
	privateArticle = insert('private', teacher.id);
	for (const a of [article, privateArticle])
		quizzes.ensureQuestions(test.db, a, (x) => fakeQuestions(x.contentHash));
});
afterEach(() => test.close());

/** Runs a load or action and reports what happened: 'ok', 'signin' (redirect to sign-in), a redirect target or an HTTP status. */
async function outcome(
	run: () => unknown
): Promise<
	| { kind: 'ok'; value: unknown }
	| { kind: 'redirect'; location: string }
	| { kind: 'error'; status: number }
> {
	try {
		return { kind: 'ok', value: await run() };
	} catch (thrown) {
		if (isRedirect(thrown)) return { kind: 'redirect', location: thrown.location };
		if (isHttpError(thrown)) return { kind: 'error', status: thrown.status };
		throw thrown;
	}
}

function submitEvent(slug: string, fields: Record<string, string>) {
	const form = new FormData();
	for (const [key, value] of Object.entries(fields)) form.set(key, value);
	const request = new Request(`http://localhost/articles/${slug}/quiz`, {
		method: 'POST',
		body: form
	});
	return { request, params: { slug } } as unknown as Parameters<
		NonNullable<typeof quizPage.actions.default>
	>[0];
}

const quizLoad = (slug: string) =>
	quizPage.load({ params: { slug } } as never) as ReturnType<typeof quizPage.load> & object;

describe('signed out', () => {
	it.each([
		['quiz', () => quizPage.load({ params: { slug: 'tunis' } } as never)],
		[
			'quiz submit',
			() => quizPage.actions.default!(submitEvent('tunis', { token: 'a'.repeat(32) }))
		],
		['attempt', () => attemptPage.load({ params: { id: 'anything' } } as never)],
		['progress', () => progressPage.load({} as never)],
		['csv', () => csvRoute.GET({} as never)],
		['json', () => jsonRoute.GET({} as never)]
	])('%s redirects to sign-in', async (_name, run) => {
		context.user = null;
		const result = await outcome(run);
		expect(result).toMatchObject({ kind: 'redirect' });
		expect((result as { location: string }).location).toMatch(/^\/signin\?redirectTo=/);
	});
});

describe('a learner', () => {
	it('loads a quiz without answer keys, submits it once, and replays land on the same attempt', async () => {
		context.user = amina;
		const data = (await quizLoad('tunis')) as { quiz: { token: string; questions: unknown[] } };
		expect(JSON.stringify(data)).not.toMatch(/answer|accept|evidence|الاثنين"?,"accept/);
		const [first, second] = (await test.db.select().from(attemptsTable).all())[0].questions;
		const fields = {
			token: data.quiz.token,
			[`answer-${first.key}`]: '1',
			[`answer-${second.key}`]: 'تونس'
		};
		const submitted = await outcome(() => quizPage.actions.default!(submitEvent('tunis', fields)));
		expect(submitted).toMatchObject({ kind: 'redirect' });
		const location = (submitted as { location: string }).location;
		expect(location).toMatch(/^\/attempts\/[a-z0-9]+$/);
		const replay = await outcome(() =>
			quizPage.actions.default!(submitEvent('tunis', { ...fields, [`answer-${first.key}`]: '0' }))
		);
		expect(replay).toEqual({ kind: 'redirect', location });
		const attemptId = location.split('/').at(-1)!;
		const feedback = (await attemptPage.load({ params: { id: attemptId } } as never)) as {
			attempt: { score: number; maxScore: number };
		};
		expect(feedback.attempt).toMatchObject({ score: 2, maxScore: 2 });
		// The feedback page builds the reader view: the first call in a process loads the lexicon.
	}, 60_000);

	it('is asked about blank answers first, and nothing is lost', async () => {
		context.user = amina;
		const data = (await quizLoad('tunis')) as { quiz: { token: string } };
		const [first] = test.db.select().from(attemptsTable).all()[0].questions;
		const result = await outcome(() =>
			quizPage.actions.default!(
				submitEvent('tunis', { token: data.quiz.token, [`answer-${first.key}`]: '1' })
			)
		);
		expect(result.kind).toBe('ok');
		const failure = (
			result as {
				value: {
					status: number;
					data: { values: Record<string, string>; errors: { form: string } };
				};
			}
		).value;
		expect(failure.status).toBe(400);
		expect(failure.data.values[first.key]).toBe('1');
		expect(failure.data.errors.form).toMatch(/One question has no answer yet/);
		expect(test.db.select().from(attemptsTable).all()[0].submittedAt).toBeNull();
	});

	it("gets 404 for another learner's attempt, token, and for a private article", async () => {
		context.user = amina;
		const data = (await quizLoad('tunis')) as { quiz: { token: string } };
		await outcome(() =>
			quizPage.actions.default!(
				submitEvent('tunis', { token: data.quiz.token, submitBlank: 'yes' })
			)
		);
		const aminaAttempt = test.db.select().from(attemptsTable).all()[0];

		context.user = omar;
		expect(
			await outcome(() => attemptPage.load({ params: { id: aminaAttempt.id } } as never))
		).toEqual({ kind: 'error', status: 404 });
		const aminaOpen = attempts.start(test.db, amina.id, article)!;
		expect(
			await outcome(() =>
				quizPage.actions.default!(
					submitEvent('tunis', { token: aminaOpen.token, submitBlank: 'yes' })
				)
			)
		).toEqual({
			kind: 'error',
			status: 404
		});
		expect(attempts.findOwn(test.db, amina.id, aminaOpen.id)?.submittedAt).toBeNull();
		expect(await outcome(() => quizPage.load({ params: { slug: 'private' } } as never))).toEqual({
			kind: 'error',
			status: 404
		});
		expect(
			await outcome(() =>
				quizPage.actions.default!(submitEvent('private', { token: aminaOpen.token }))
			)
		).toEqual({
			kind: 'error',
			status: 404
		});
		expect(
			await outcome(() => quizPage.load({ params: { slug: 'nothing-here' } } as never))
		).toEqual({ kind: 'error', status: 404 });
	});

	it('downloads only their own history; the progress page shows only their attempts', async () => {
		context.user = amina;
		const data = (await quizLoad('tunis')) as { quiz: { token: string } };
		await outcome(() =>
			quizPage.actions.default!(
				submitEvent('tunis', { token: data.quiz.token, submitBlank: 'yes' })
			)
		);
		context.user = omar;
		const omarData = (await quizLoad('tunis')) as { quiz: { token: string } };
		await outcome(() =>
			quizPage.actions.default!(
				submitEvent('tunis', { token: omarData.quiz.token, submitBlank: 'yes' })
			)
		);

		context.user = amina;
		const csv = await (await csvRoute.GET({} as never)).text();
		const rows = csv
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(rows).toHaveLength(2);
		const aminaAttempt = test.db
			.select()
			.from(attemptsTable)
			.all()
			.find((row) => row.userId === amina.id)!;
		expect(rows[1].startsWith(`${aminaAttempt.id},tunis,`)).toBe(true);
		const json = JSON.parse(await (await jsonRoute.GET({} as never)).text());
		expect(json.attempts.map((a: { attemptId: string }) => a.attemptId)).toEqual([aminaAttempt.id]);
		expect(json.attempts[0].answers).toHaveLength(2);
		const progress = (await progressPage.load({} as never)) as {
			history: { attemptId: string }[];
			stats: { quizzesTaken: number };
		};
		expect(progress.history.map((h) => h.attemptId)).toEqual([aminaAttempt.id]);
		expect(progress.stats.quizzesTaken).toBe(1);
	});
});
