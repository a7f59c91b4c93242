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
	assignments,
	attempts as attemptsTable,
	classMembers,
	classes,
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
afterEach(() => {
	test.close();
	jar.clear();
});

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

/** The browser's cookies, as kit's `Cookies` (only what the routes use). */
const jar = new Map<string, string>();
const cookies = {
	get: (name: string) => jar.get(name),
	set: (name: string, value: string) => void jar.set(name, value),
	delete: (name: string) => void jar.delete(name)
};

function submitEvent(slug: string, fields: Record<string, string> | FormData) {
	let form = fields;
	if (!(form instanceof FormData)) {
		form = new FormData();
		for (const [key, value] of Object.entries(fields)) form.set(key, value);
	}
	const url = new URL(`http://localhost/articles/${slug}/quiz`);
	const request = new Request(url, { method: 'POST', body: form });
	return {
		request,
		params: { slug },
		locals: { user: context.user },
		cookies,
		url
	} as unknown as Parameters<NonNullable<typeof quizPage.actions.default>>[0];
}

const quizLoad = (slug: string) =>
	quizPage.load({ params: { slug }, cookies } as never) as ReturnType<typeof quizPage.load> &
		object;

describe('signed out', () => {
	it.each([
		['quiz', () => quizLoad('tunis')],
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

type QuizData = { quiz: { token: string; questions: { key: string }[] } };
type Failure = {
	status: number;
	data: { values: Record<string, string>; blank?: string[]; errors: { form: string } };
};

/** The failure an action returned (it must not have thrown or redirected). */
function failureOf(result: Awaited<ReturnType<typeof outcome>>): Failure {
	expect(result.kind).toBe('ok');
	return (result as { value: Failure }).value;
}

describe('a learner', () => {
	it('loads a quiz without answer keys and without storing anything, submits it once, and replays land on the same attempt', async () => {
		context.user = amina;
		const data = (await quizLoad('tunis')) as QuizData;
		expect(JSON.stringify(data)).not.toMatch(/answer|accept|evidence|الاثنين"?,"accept/);
		await quizLoad('tunis');
		expect(test.db.select().from(attemptsTable).all()).toEqual([]);
		const [first, second] = data.quiz.questions;
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
		expect(test.db.select().from(attemptsTable).all()).toHaveLength(1);
		const attemptId = location.split('/').at(-1)!;
		const feedback = (await attemptPage.load({ params: { id: attemptId } } as never)) as {
			attempt: { score: number; maxScore: number };
			assignment: unknown;
		};
		expect(feedback.attempt).toMatchObject({ score: 2, maxScore: 2 });
		expect(feedback.assignment).toBeNull();
		// The feedback page builds the reader view: the first call in a process loads the lexicon.
	}, 60_000);

	it('is asked about blank answers first, and nothing is lost', async () => {
		context.user = amina;
		const data = (await quizLoad('tunis')) as QuizData;
		const [first] = data.quiz.questions;
		const failure = failureOf(
			await outcome(() =>
				quizPage.actions.default!(
					submitEvent('tunis', { token: data.quiz.token, [`answer-${first.key}`]: '1' })
				)
			)
		);
		expect(failure.status).toBe(400);
		expect(failure.data.values[first.key]).toBe('1');
		expect(failure.data.errors.form).toMatch(/One question has no answer yet/);
		expect(test.db.select().from(attemptsTable).all()).toEqual([]);
	});

	it("gets 404 for another learner's attempt and for a private article; another learner's token is refused with a message and not shown", async () => {
		context.user = amina;
		const data = (await quizLoad('tunis')) as QuizData;
		await outcome(() =>
			quizPage.actions.default!(
				submitEvent('tunis', { token: data.quiz.token, submitBlank: 'yes' })
			)
		);
		const aminaAttempt = test.db.select().from(attemptsTable).all()[0];
		const aminaSheet = attempts.start(test.db, amina.id, article)!;

		context.user = omar;
		expect(
			await outcome(() => attemptPage.load({ params: { id: aminaAttempt.id } } as never))
		).toEqual({ kind: 'error', status: 404 });
		const key = aminaSheet.questions[0].key;
		for (const token of [aminaSheet.token, data.quiz.token]) {
			const failure = failureOf(
				await outcome(() =>
					quizPage.actions.default!(
						submitEvent('tunis', { token, submitBlank: 'yes', [`answer-${key}`]: '2' })
					)
				)
			);
			expect(failure.status).toBe(403);
			expect(failure.data.errors.form).toMatch(/another account was signed in/);
			expect(failure.data.values).toEqual({});
		}
		expect(test.db.select().from(attemptsTable).all()).toHaveLength(1);
		expect(attempts.bestAndLatest(test.db, omar.id, article.id).count).toBe(0);
		// Omar's quiz page does not show what was kept for Amina.
		expect(((await quizLoad('tunis')) as { kept: unknown }).kept).toBeNull();
		expect(await outcome(() => quizLoad('private'))).toEqual({ kind: 'error', status: 404 });
		expect(
			await outcome(() =>
				quizPage.actions.default!(submitEvent('private', { token: aminaSheet.token }))
			)
		).toEqual({ kind: 'error', status: 404 });
		expect(await outcome(() => quizLoad('nothing-here'))).toEqual({ kind: 'error', status: 404 });
	});

	it('tampered posts get a clear message, keep the answers, and never a 500', async () => {
		context.user = amina;
		const data = (await quizLoad('tunis')) as QuizData;
		const [first, second] = data.quiz.questions;
		const answer = { [`answer-${first.key}`]: '1' };
		const cases: [string, Record<string, string> | FormData, number, RegExp][] = [
			['no token', { ...answer }, 400, /could not be read/],
			['a made-up token', { ...answer, token: 'a'.repeat(32) }, 400, /could not be read/],
			['a huge token', { ...answer, token: 'x.'.repeat(50_000) }, 400, /could not be read/],
			[
				'a token with its signature changed',
				{ ...answer, token: data.quiz.token.slice(0, -2) + 'AA' },
				400,
				/could not be read/
			]
		];
		const file = new FormData();
		file.set('token', new File(['x'], 'token.txt'));
		file.set(`answer-${first.key}`, '1');
		cases.push(['a file for the token', file, 400, /could not be read/]);
		for (const [name, fields, status, message] of cases) {
			const failure = failureOf(
				await outcome(() => quizPage.actions.default!(submitEvent('tunis', fields)))
			);
			expect([name, failure.status]).toEqual([name, status]);
			expect(failure.data.errors.form).toMatch(message);
			expect(failure.data.values[first.key]).toBe('1');
		}

		// A form of another quiz posted to this one (Amina may read the public article only).
		const other = test.db
			.insert(articles)
			.values({
				slug: 'other',
				title: 'آخر',
				source: 'test',
				level: 'beginner',
				body: BODY,
				contentHash: 'hash-other',
				wordCount: 16,
				ownerId: null
			})
			.returning()
			.get();
		quizzes.ensureQuestions(test.db, other, (x) => fakeQuestions(x.contentHash));
		const otherSheet = attempts.start(test.db, amina.id, other)!;
		const wrongQuiz = failureOf(
			await outcome(() =>
				quizPage.actions.default!(
					submitEvent('tunis', { token: otherSheet.token, submitBlank: 'yes' })
				)
			)
		);
		expect(wrongQuiz.status).toBe(400);
		expect(test.db.select().from(attemptsTable).all()).toEqual([]);

		// Duplicate fields (the first counts), unknown question ids (ignored), a file where an answer
		// goes (no answer), a huge answer (cut) and a wrong-type submitBlank (not "yes").
		const form = new FormData();
		form.append('token', data.quiz.token);
		form.append('token', 'b'.repeat(32));
		form.append(`answer-${first.key}`, '1');
		form.append(`answer-${first.key}`, '0');
		form.append(`answer-${second.key}`, 'ت'.repeat(100_000));
		form.append('answer-no-such-question', '1');
		form.append('answer-', '1');
		form.append('answer-__proto__', '1');
		form.append('answer-constructor', '1');
		form.append('submitBlank', new File(['yes'], 'yes.txt'));
		const tampered = await outcome(() => quizPage.actions.default!(submitEvent('tunis', form)));
		expect(tampered).toMatchObject({ kind: 'redirect' });
		const [row] = test.db.select().from(attemptsTable).all();
		const own = attempts.findOwn(test.db, amina.id, row.id)!;
		expect(own.answers.map((a) => [a.questionKey, a.response.length, a.correct])).toEqual([
			[first.key, 'الاثنين'.length, true],
			[second.key, attempts.MAX_RESPONSE_LENGTH, false]
		]);
		expect(own.score).toBe(1);

		// A file for an answer counts as no answer, so the blank check asks first.
		const next = (await quizLoad('tunis')) as QuizData;
		const withFile = new FormData();
		withFile.set('token', next.quiz.token);
		withFile.set(`answer-${first.key}`, new File(['1'], 'a.txt'));
		withFile.set(`answer-${second.key}`, 'تونس');
		const blank = failureOf(
			await outcome(() => quizPage.actions.default!(submitEvent('tunis', withFile)))
		);
		expect(blank.status).toBe(400);
		expect(blank.data.blank).toEqual([first.key]);
		expect(blank.data.values).toEqual({ [second.key]: 'تونس' });
	});

	it('a quiz whose questions changed while it was open keeps the answers and asks again', async () => {
		context.user = amina;
		const data = (await quizLoad('tunis')) as QuizData;
		const [first, second] = data.quiz.questions;
		const row = quizzes.listQuestions(test.db, article.id).find((q) => q.key === second.key)!;
		quizzes.editQuestion(test.db, article.id, row.id, { answer: 'روما' });
		const fields = {
			token: data.quiz.token,
			[`answer-${first.key}`]: '1',
			[`answer-${second.key}`]: '1'
		};
		const failure = failureOf(
			await outcome(() => quizPage.actions.default!(submitEvent('tunis', fields)))
		);
		expect(failure.status).toBe(409);
		expect(failure.data.errors.form).toMatch(/changed while you were answering/);
		expect(failure.data.values).toEqual({ [first.key]: '1', [second.key]: '1' });
		expect(test.db.select().from(attemptsTable).all()).toEqual([]);
		const fresh = (await quizLoad('tunis')) as QuizData;
		expect(
			await outcome(() =>
				quizPage.actions.default!(submitEvent('tunis', { ...fields, token: fresh.quiz.token }))
			)
		).toMatchObject({ kind: 'redirect' });
		expect(test.db.select().from(attemptsTable).all()[0].score).toBe(1);
	});

	it('the attempt page says on time or late against the assignment’s due date', async () => {
		const teacher = users.findByIdentifier(test.db, 'teacher')!;
		const classId = test.db
			.insert(classes)
			.values({ teacherId: teacher.id, name: 'Class', joinCode: 'JOINCODE' })
			.returning()
			.get().id;
		test.db.insert(classMembers).values({ classId, learnerId: amina.id }).run();
		const due = new Date('2026-11-28T23:59:59Z');
		test.db.insert(assignments).values({ classId, articleId: article.id, dueAt: due }).run();
		const take = (at: string) => {
			const sheet = attempts.start(test.db, amina.id, article, new Date(at))!;
			const result = attempts.submit(test.db, amina.id, sheet.token, {}, new Date(at));
			return (result as { attemptId: string }).attemptId;
		};
		const onTime = take('2026-11-28T20:00:00Z');
		const retake = take('2026-11-29T10:00:00Z');
		context.user = amina;
		const page = async (id: string) =>
			((await attemptPage.load({ params: { id } } as never)) as { assignment: unknown }).assignment;
		expect(await page(onTime)).toEqual({
			dueAt: due.toISOString(),
			late: false,
			doneOnTime: true
		});
		expect(await page(retake)).toEqual({ dueAt: due.toISOString(), late: true, doneOnTime: true });
		// Omar, not in the class, took the quiz late: no assignment, nothing said about lateness.
		const omarSheet = attempts.start(test.db, omar.id, article)!;
		const omarAttempt = (
			attempts.submit(test.db, omar.id, omarSheet.token, {}) as { attemptId: string }
		).attemptId;
		context.user = omar;
		expect(await page(omarAttempt)).toBeNull();
	}, 60_000);

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
