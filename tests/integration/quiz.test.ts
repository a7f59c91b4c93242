import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as attempts from '../../src/lib/server/attempts.ts';
import {
	articles,
	attemptAnswers,
	attempts as attemptsTable,
	lookups,
	savedWords,
	type Article
} from '../../src/lib/server/db/schema.ts';
import * as progress from '../../src/lib/server/progress.ts';
import * as quizzes from '../../src/lib/server/quizzes.ts';
import * as users from '../../src/lib/server/users.ts';
import type { Question } from '../../src/lib/questions/types.ts';
import { createTestDatabase, type TestDatabase } from './helpers.ts';

const BODY =
	'الرباط - التقى وزير الخارجية المغربي ناصر بوريطة نظيره الموريتاني في الرباط يوم الثلاثاء.\n\n' +
	'ووقع الجانبان اتفاقا للتعاون في مجال الصيد البحري.';

/** Hand-written questions in the generator's shape: one multiple-choice, one typed (who, difficulty 2), one vocab. */
function fakeQuestions(hash: string): Question[] {
	return [
		{
			id: `q-${hash}-where`,
			type: 'where',
			prompt_ar: 'أين التقى الوزيران؟',
			prompt_en: 'Where did the two ministers meet?',
			choices: ['تونس', 'الرباط', 'نواكشوط', 'الجزائر'],
			answer: 'الرباط',
			accept: [],
			evidence: { start: 0, end: 87 },
			difficulty: 1
		},
		{
			id: `q-${hash}-who`,
			type: 'who',
			prompt_ar: 'من التقى نظيره الموريتاني؟',
			prompt_en: 'Who met his Mauritanian counterpart?',
			choices: ['ناصر بوريطة', 'عزيز أخنوش', 'محمد سالم', 'سعد الدين العثماني'],
			answer: 'ناصر بوريطة',
			accept: [],
			evidence: { start: 0, end: 87 },
			difficulty: 2
		},
		{
			id: `q-${hash}-vocab`,
			type: 'vocab',
			prompt_ar: 'ما معنى كلمة «وقع» في الجملة؟',
			prompt_en: 'What does «وقع» mean in this sentence?',
			choices: ['sign', 'fall', 'write', 'read'],
			answer: 'sign',
			accept: [],
			evidence: { start: 89, end: 139 },
			difficulty: 2
		}
	];
}

let test: TestDatabase;
let article: Article;
let amina: string;
let omar: string;

beforeEach(async () => {
	test = createTestDatabase();
	article = test.db
		.insert(articles)
		.values({
			slug: 'rabat',
			title: 'لقاء في الرباط',
			source: 'test',
			level: 'beginner',
			body: BODY,
			contentHash: 'aaaa1111',
			wordCount: 20
		})
		.returning()
		.get();
	quizzes.ensureQuestions(test.db, article, (a) => fakeQuestions(a.contentHash));
	amina = (
		await users.createUser(test.db, {
			username: 'amina',
			email: null,
			displayName: 'Amina',
			role: 'learner',
			password: 'password one'
		})
	).id;
	omar = (
		await users.createUser(test.db, {
			username: 'omar',
			email: null,
			displayName: 'Omar',
			role: 'learner',
			password: 'password two'
		})
	).id;
});
afterEach(() => test.close());

/** Responses by key: index of the choice for choice questions, typed text for typed ones. */
function responsesFor(
	attempt: NonNullable<ReturnType<typeof attempts.start>>,
	answers: Record<string, string>
) {
	return Object.fromEntries(
		attempt.questions.map((q) => [q.key, answers[q.key.split('-').at(-1)!] ?? ''])
	);
}

describe('quiz questions', () => {
	it('are generated once per article version and answer formats follow the kind', () => {
		let runs = 0;
		const rows = quizzes.ensureQuestions(test.db, article, () => (runs++, []));
		expect(runs).toBe(0);
		expect(rows.map((r) => [r.kind, quizzes.answerFormat(r)])).toEqual([
			['where', 'choice'],
			['who', 'typed'],
			['vocab', 'choice']
		]);
	});

	it('regeneration after an edit of the text keeps teacher-edited and teacher-added questions', () => {
		const [where, who] = quizzes.listQuestions(test.db, article.id);
		expect(
			quizzes.editQuestion(test.db, article.id, who.id, {
				promptAr: 'من هو الوزير الذي التقى نظيره؟'
			})
		).toBe(true);
		expect(quizzes.setQuestionStatus(test.db, article.id, where.id, 'approved')).toBe(true);
		quizzes.addTeacherQuestion(test.db, article, {
			kind: 'what',
			promptAr: 'ماذا وقع الجانبان؟',
			answer: 'اتفاقا للتعاون'
		});
		const changed = {
			...article,
			body: BODY + ' وأكد الوزيران أهمية التعاون.',
			contentHash: 'bbbb2222'
		};
		const rows = quizzes.ensureQuestions(test.db, changed, (a) => fakeQuestions(a.contentHash));
		expect(rows.map((r) => [r.origin, r.edited, r.kind])).toEqual([
			['generated', true, 'who'],
			['teacher', false, 'what'],
			['generated', false, 'where'],
			['generated', false, 'who'],
			['generated', false, 'vocab']
		]);
		expect(rows[0].promptAr).toBe('من هو الوزير الذي التقى نظيره؟');
		expect(rows.slice(2).every((r) => r.contentHash === 'bbbb2222')).toBe(true);
		// Reviewed: only approved questions (the teacher's own question) are shown.
		expect(quizzes.isReviewed(test.db, article.id)).toBe(true);
		expect(quizzes.quizQuestions(test.db, changed).map((r) => r.origin)).toEqual(['teacher']);
	});

	it('a generator failure leaves the stored questions and retries later', () => {
		const changed = { ...article, contentHash: 'dddd4444' };
		const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
		const rows = quizzes.ensureQuestions(test.db, changed, () => {
			throw new Error('no lexicon');
		});
		quiet.mockRestore();
		expect(rows).toHaveLength(3);
		expect(
			quizzes.ensureQuestions(test.db, changed, (a) => fakeQuestions(a.contentHash))[0].contentHash
		).toBe('dddd4444');
	});

	it('an edit aimed at another article changes nothing', () => {
		const other = test.db
			.insert(articles)
			.values({
				slug: 'other',
				title: 'آخر',
				source: 'test',
				level: 'beginner',
				body: 'نص آخر',
				contentHash: 'cccc',
				wordCount: 2
			})
			.returning()
			.get();
		const [first] = quizzes.listQuestions(test.db, article.id);
		expect(quizzes.editQuestion(test.db, other.id, first.id, { answer: 'خطأ' })).toBe(false);
		expect(quizzes.setQuestionStatus(test.db, other.id, first.id, 'rejected')).toBe(false);
		expect(quizzes.listQuestions(test.db, article.id)[0].answer).toBe('الرباط');
	});

	it('the quiz view carries no answer keys', () => {
		const attempt = attempts.start(test.db, amina, article)!;
		const view = attempts.questionsForQuiz(attempt);
		const json = JSON.stringify(view);
		expect(json).not.toContain('answer');
		expect(json).not.toContain('ناصر بوريطة');
		expect(view.find((q) => q.kind === 'who')?.choices).toEqual([]);
		expect(view.find((q) => q.kind === 'where')?.choices).toContain('الرباط');
	});
});

/** Submits and returns the new attempt's id (the test fails here if the submission did not count). */
function submitted(result: attempts.SubmitResult): string {
	expect(result.status).toBe('submitted');
	return (result as { attemptId: string }).attemptId;
}

describe('scoring', () => {
	it.each([
		[
			'all right (typed name without diacritics or with a leading و)',
			{ where: '1', who: 'وناصر بوريطه', vocab: '0' },
			3
		],
		['typed family name only counts', { where: '1', who: 'بوريطة', vocab: '0' }, 3],
		['wrong choices and another name', { where: '0', who: 'عزيز أخنوش', vocab: '1' }, 0],
		['blank and forged choice index', { where: '9', who: '', vocab: 'sign' }, 0],
		['one of three', { where: '1', who: 'محمد', vocab: '3' }, 1]
	])('%s', (_name, answers, expected) => {
		const attempt = attempts.start(test.db, amina, article)!;
		const result = attempts.submit(test.db, amina, attempt.token, responsesFor(attempt, answers));
		expect(result).toMatchObject({ status: 'submitted', score: expected, maxScore: 3 });
		const own = attempts.findOwn(test.db, amina, submitted(result))!;
		expect(own.score).toBe(expected);
		expect(own.answers).toHaveLength(3);
	});

	it('stores the chosen text, not the index', () => {
		const attempt = attempts.start(test.db, amina, article)!;
		const id = submitted(
			attempts.submit(
				test.db,
				amina,
				attempt.token,
				responsesFor(attempt, { where: '2', who: 'الرباط', vocab: '0' })
			)
		);
		const own = attempts.findOwn(test.db, amina, id)!;
		expect(own.answers.map((a) => [a.response, a.correct])).toEqual([
			['نواكشوط', false],
			['الرباط', false],
			['sign', true]
		]);
	});

	it('viewing the quiz stores nothing; the attempt is made on submit with the time the quiz was shown', () => {
		const shownAt = new Date('2026-11-28T09:58:00Z');
		const first = attempts.start(test.db, amina, article, shownAt)!;
		const again = attempts.start(test.db, amina, article, shownAt)!;
		expect(again.token).not.toBe(first.token);
		expect(again.questions).toEqual(first.questions);
		expect(test.db.select().from(attemptsTable).all()).toEqual([]);
		const firstId = submitted(
			attempts.submit(
				test.db,
				amina,
				first.token,
				responsesFor(first, { where: '1', who: 'بوريطة', vocab: '0' }),
				new Date('2026-11-28T10:00:00Z')
			)
		);
		expect(attempts.findOwn(test.db, amina, firstId)).toMatchObject({
			startedAt: shownAt,
			submittedAt: new Date('2026-11-28T10:00:00Z')
		});
		const second = attempts.start(test.db, amina, article)!;
		const secondId = submitted(
			attempts.submit(
				test.db,
				amina,
				second.token,
				responsesFor(second, { where: '0' }),
				new Date('2026-11-29T10:00:00Z')
			)
		);
		expect(secondId).not.toBe(firstId);
		const scores = attempts.bestAndLatest(test.db, amina, article.id);
		expect(scores.count).toBe(2);
		expect(scores.best).toMatchObject({ attemptId: firstId, score: 3 });
		expect(scores.latest).toMatchObject({ attemptId: secondId, score: 0 });
	});

	it('a token whose start time, learner, article or digest was altered is refused', () => {
		const sheet = attempts.start(test.db, amina, article)!;
		const parts = sheet.token.split('.');
		expect(parts).toHaveLength(6);
		expect(attempts.readToken(test.db, sheet.token)).toMatchObject({
			userId: amina,
			articleId: article.id
		});
		const altered = [
			[parts[0], parts[1], parts[2], '1000000000', parts[4], parts[5]],
			[parts[0], omar, parts[2], parts[3], parts[4], parts[5]],
			[parts[0], parts[1], String(article.id + 1), parts[3], parts[4], parts[5]],
			[parts[0], parts[1], parts[2], parts[3], 'A'.repeat(16), parts[5]],
			[parts[0], parts[1], parts[2], parts[3], parts[4], parts[5].slice(1) + 'A']
		].map((p) => p.join('.'));
		for (const token of altered) {
			expect(attempts.readToken(test.db, token)).toBeUndefined();
			expect(attempts.submit(test.db, amina, token, {})).toEqual({ status: 'not-found' });
			expect(attempts.submit(test.db, omar, token, {})).toEqual({ status: 'not-found' });
		}
		expect(test.db.select().from(attemptsTable).all()).toEqual([]);
	});

	it('a sheet whose questions changed before submission is not graded against other questions', () => {
		const sheet = attempts.start(test.db, amina, article)!;
		const [, who] = quizzes.listQuestions(test.db, article.id);
		quizzes.editQuestion(test.db, article.id, who.id, { answer: 'محمد سالم' });
		expect(attempts.sheetState(test.db, amina, sheet.token)).toEqual({
			state: 'changed',
			articleId: article.id
		});
		expect(
			attempts.submit(test.db, amina, sheet.token, responsesFor(sheet, { who: 'بوريطة' }))
		).toEqual({ status: 'changed' });
		expect(test.db.select().from(attemptsTable).all()).toEqual([]);
	});

	it('an attempt stored open before quiz sheets existed still submits once', () => {
		const sheet = attempts.start(test.db, amina, article)!;
		const legacyToken = 'a'.repeat(32);
		test.db
			.insert(attemptsTable)
			.values({
				id: 'legacyattempt',
				userId: amina,
				articleId: article.id,
				articleHash: article.contentHash,
				questions: sheet.questions,
				token: legacyToken,
				maxScore: 3,
				startedAt: new Date('2026-11-20T10:00:00Z')
			})
			.run();
		expect(attempts.submit(test.db, omar, legacyToken, {})).toEqual({ status: 'not-found' });
		expect(
			attempts.submit(test.db, amina, legacyToken, responsesFor(sheet, { where: '1' }))
		).toMatchObject({ status: 'submitted', attemptId: 'legacyattempt', score: 1 });
		expect(attempts.submit(test.db, amina, legacyToken, {})).toEqual({
			status: 'already-submitted',
			attemptId: 'legacyattempt'
		});
		expect(attempts.findOwn(test.db, amina, 'legacyattempt')?.answers).toHaveLength(3);
	});
});

describe('idempotent submission', () => {
	it('a double submit or a replayed form creates nothing and changes nothing', () => {
		const attempt = attempts.start(test.db, amina, article)!;
		const first = attempts.submit(
			test.db,
			amina,
			attempt.token,
			responsesFor(attempt, { where: '1', who: 'بوريطة', vocab: '0' })
		);
		expect(first).toMatchObject({ status: 'submitted', score: 3 });
		const before = test.db.select().from(attemptsTable).all();
		const replay = attempts.submit(
			test.db,
			amina,
			attempt.token,
			responsesFor(attempt, { where: '0', who: '', vocab: '1' }),
			new Date(Date.now() + 60_000)
		);
		expect(replay).toEqual({ status: 'already-submitted', attemptId: submitted(first) });
		expect(test.db.select().from(attemptsTable).all()).toEqual(before);
		expect(test.db.select().from(attemptAnswers).all()).toHaveLength(3);
	});

	it('submits racing from two connections to the same file: exactly one counts', async () => {
		const attempt = attempts.start(test.db, amina, article)!;
		const { openDatabase } = await import('../../src/lib/server/db/index.ts');
		const other = openDatabase(test.db.$client.name);
		try {
			const results = await Promise.all([
				Promise.resolve().then(() =>
					attempts.submit(test.db, amina, attempt.token, responsesFor(attempt, { where: '1' }))
				),
				Promise.resolve().then(() =>
					attempts.submit(other, amina, attempt.token, responsesFor(attempt, { where: '0' }))
				)
			]);
			expect(results.map((r) => r.status).sort()).toEqual(['already-submitted', 'submitted']);
			expect(test.db.select().from(attemptsTable).all()).toHaveLength(1);
			expect(test.db.select().from(attemptAnswers).all()).toHaveLength(3);
			const id = (results.find((r) => r.status === 'submitted') as { attemptId: string }).attemptId;
			expect(attempts.findOwn(test.db, amina, id)?.score).toBe(1);
		} finally {
			other.$client.close();
		}
	});

	it('concurrent submits from separate processes: exactly one counts', async () => {
		const attempt = attempts.start(test.db, amina, article)!;
		const script = join(test.dir, 'submit.mts');
		const modules = resolve('src/lib/server');
		writeFileSync(
			script,
			`import { openDatabase } from ${JSON.stringify(join(modules, 'db/index.ts'))};
import * as attempts from ${JSON.stringify(join(modules, 'attempts.ts'))};
const [path, userId, token, gate, answer] = process.argv.slice(2);
const db = openDatabase(path);
// A start gate so the processes post at the same moment (not a timing assertion).
while (Date.now() < Number(gate)) await new Promise((r) => setTimeout(r, 5));
console.log(JSON.stringify(attempts.submit(db, userId, token, JSON.parse(answer))));
`
		);
		const gate = String(Date.now() + 3000);
		const run = (choice: string) =>
			new Promise<string>((done, fail) => {
				execFile(
					process.execPath,
					[
						'--import',
						'tsx',
						script,
						test.db.$client.name,
						amina,
						attempt.token,
						gate,
						JSON.stringify(responsesFor(attempt, { where: choice }))
					],
					(error, stdout) => (error ? fail(error) : done(stdout.trim()))
				);
			});
		const results = (await Promise.all(['1', '0', '2', '3'].map(run))).map((line) =>
			JSON.parse(line)
		);
		expect(results.map((r) => r.status).sort()).toEqual([
			'already-submitted',
			'already-submitted',
			'already-submitted',
			'submitted'
		]);
		const rows = test.db.select().from(attemptsTable).all();
		expect(rows).toHaveLength(1);
		expect(new Set(results.map((r) => r.attemptId))).toEqual(new Set([rows[0].id]));
		expect(test.db.select().from(attemptAnswers).all()).toHaveLength(3);
		const winner = results.find((r) => r.status === 'submitted');
		expect(attempts.findOwn(test.db, amina, rows[0].id)?.score).toBe(winner.score);
	}, 60_000);

	it('the unique token and the unique answer index refuse duplicates at the database level', () => {
		const attempt = attempts.start(test.db, amina, article)!;
		const id = submitted(attempts.submit(test.db, amina, attempt.token, {}));
		const row = test.db.select().from(attemptsTable).where(eq(attemptsTable.id, id)).get()!;
		expect(() =>
			test.db
				.insert(attemptsTable)
				.values({ ...row, id: 'another-id' })
				.run()
		).toThrow(/UNIQUE/);
		expect(() =>
			test.db
				.insert(attemptAnswers)
				.values({
					attemptId: id,
					questionKey: attempt.questions[0].key,
					kind: 'where',
					position: 0,
					response: 'x',
					correct: true
				})
				.run()
		).toThrow(/UNIQUE/);
	});
});

describe('migration 0004 (quiz sheets, kept answers)', () => {
	it('applies on a database made by the earlier migrations, whose open attempts still submit', async () => {
		const { MIGRATIONS_FOLDER, migrateDatabase, openDatabase } =
			await import('../../src/lib/server/db/index.ts');
		const dir = mkdtempSync(join(tmpdir(), 'sahifa-migrate-'));
		try {
			// The migrations as they were before 0004.
			const before = join(dir, 'migrations');
			cpSync(MIGRATIONS_FOLDER, before, { recursive: true });
			const journalPath = join(before, 'meta/_journal.json');
			const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
			journal.entries = journal.entries.filter((entry: { idx: number }) => entry.idx < 4);
			writeFileSync(journalPath, JSON.stringify(journal));
			const old = openDatabase(join(dir, 'old.db'));
			migrateDatabase(old, before);
			const owner = await users.createUser(old, {
				username: 'early',
				email: null,
				displayName: 'Early',
				role: 'learner',
				password: 'password one'
			});
			const rabat = old
				.insert(articles)
				.values({ ...article, id: undefined, slug: 'rabat-old' })
				.returning()
				.get();
			const sheet = attempts.start(test.db, amina, article)!;
			old.$client
				.prepare(
					'insert into attempts (id, user_id, article_id, article_hash, questions, token, max_score, started_at) values (?, ?, ?, ?, ?, ?, ?, ?)'
				)
				.run(
					'openbefore',
					owner.id,
					rabat.id,
					rabat.contentHash,
					JSON.stringify(sheet.questions),
					'b'.repeat(32),
					3,
					1_700_000_000
				);

			migrateDatabase(old);
			const secret = old.$client
				.prepare("select value from server_secrets where name = 'quiz-token'")
				.get() as { value: string };
			expect(secret.value).toMatch(/^[0-9a-f]{64}$/);
			expect(
				attempts.submit(old, owner.id, 'b'.repeat(32), responsesFor(sheet, { where: '1' }))
			).toMatchObject({ status: 'submitted', attemptId: 'openbefore', score: 1 });
			expect(attempts.findOwn(old, owner.id, 'openbefore')?.startedAt).toEqual(
				new Date(1_700_000_000_000)
			);
			old.$client.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe("another learner's attempt", () => {
	it('cannot be read or submitted by changing ids or tokens', () => {
		const attempt = attempts.start(test.db, amina, article)!;
		expect(
			attempts.submit(test.db, omar, attempt.token, responsesFor(attempt, { where: '1' }))
		).toEqual({ status: 'not-found' });
		expect(attempts.sheetState(test.db, omar, attempt.token)).toEqual({ state: 'other-account' });
		expect(test.db.select().from(attemptsTable).all()).toEqual([]);
		const id = submitted(
			attempts.submit(test.db, amina, attempt.token, responsesFor(attempt, { where: '1' }))
		);
		expect(attempts.findOwn(test.db, omar, id)).toBeUndefined();
		expect(attempts.submit(test.db, omar, attempt.token, {})).toEqual({ status: 'not-found' });
		expect(progress.history(test.db, omar)).toEqual([]);
		expect(progress.exportJson(test.db, omar)).toEqual({ attempts: [] });
		expect(attempts.bestAndLatest(test.db, omar, article.id).count).toBe(0);
	});
});

describe('progress', () => {
	function takeQuiz(userId: string, answers: Record<string, string>, at: string) {
		const attempt = attempts.start(test.db, userId, article, new Date(at))!;
		const result = attempts.submit(
			test.db,
			userId,
			attempt.token,
			responsesFor(attempt, answers),
			new Date(at)
		);
		return { ...attempt, id: submitted(result) };
	}

	it('history, accuracy by kind and streak', () => {
		takeQuiz(amina, { where: '1', who: 'بوريطة', vocab: '1' }, '2026-11-27T09:00:00Z');
		takeQuiz(amina, { where: '1', who: 'خطأ', vocab: '0' }, '2026-11-28T09:00:00Z');
		takeQuiz(omar, { where: '0' }, '2026-11-28T09:00:00Z');
		const summary = progress.summary(test.db, amina, new Date('2026-11-29T12:00:00Z'));
		expect(summary.history.map((h) => [h.score, h.maxScore, h.percent])).toEqual([
			[2, 3, 67],
			[2, 3, 67]
		]);
		expect(summary.accuracy).toEqual([
			{ kind: 'who', correct: 1, total: 2, percent: 50 },
			{ kind: 'where', correct: 2, total: 2, percent: 100 },
			{ kind: 'vocab', correct: 1, total: 2, percent: 50 }
		]);
		expect(summary).toMatchObject({
			quizzesTaken: 2,
			articlesRead: 1,
			wordsLookedUp: 0,
			wordsSaved: 0,
			activeDays: 2
		});
		expect(summary.streak).toEqual({ current: 2, longest: 2 });
	});

	it('counts distinct words looked up and saved, their days and articles', () => {
		const other = test.db
			.insert(articles)
			.values({
				slug: 'other',
				title: 'آخر',
				source: 'test',
				level: 'beginner',
				body: 'نص آخر',
				contentHash: 'eeee',
				wordCount: 2
			})
			.returning()
			.get();
		const at = (iso: string) => new Date(iso);
		test.db
			.insert(lookups)
			.values([
				{
					userId: amina,
					articleId: article.id,
					lemma: 'وَزِير',
					word: 'وزير',
					createdAt: at('2026-11-27T08:00:00Z')
				},
				{
					userId: amina,
					articleId: article.id,
					lemma: 'وَزِير',
					word: 'الوزير',
					createdAt: at('2026-11-28T08:00:00Z')
				},
				{
					userId: amina,
					articleId: other.id,
					lemma: 'نَصّ',
					word: 'نص',
					createdAt: at('2026-11-29T08:00:00Z')
				},
				{
					userId: omar,
					articleId: other.id,
					lemma: 'آخَر',
					word: 'آخر',
					createdAt: at('2026-11-29T08:00:00Z')
				}
			])
			.run();
		test.db
			.insert(savedWords)
			.values({ userId: amina, articleId: article.id, lemma: 'وَزِير', word: 'وزير' })
			.run();
		const summary = progress.summary(test.db, amina, new Date('2026-11-29T12:00:00Z'));
		expect(summary).toMatchObject({
			wordsLookedUp: 2,
			wordsSaved: 1,
			articlesRead: 2,
			quizzesTaken: 0
		});
		expect(summary.streak).toEqual({ current: 3, longest: 3 });
	});

	it.each([
		[[], '2026-11-29', 0, 0],
		[['2026-11-29'], '2026-11-29', 1, 1],
		[['2026-11-26', '2026-11-27'], '2026-11-29', 0, 2],
		[['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-28', '2026-11-29'], '2026-11-29', 2, 3],
		[['2026-12-31', '2027-01-01'], '2027-01-02', 2, 2]
	])('streaks of %j on %s: current %i, longest %i', (days, today, current, longest) => {
		expect(progress.streaks(days, new Date(`${today}T08:00:00Z`))).toEqual({ current, longest });
	});

	it('exports only the learner’s own history as CSV and JSON', () => {
		const attempt = takeQuiz(
			amina,
			{ where: '1', who: 'بوريطة', vocab: '2' },
			'2026-11-28T09:00:00Z'
		);
		takeQuiz(omar, { where: '0' }, '2026-11-28T10:00:00Z');
		const csv = progress.exportCsv(test.db, amina);
		expect(csv.split('\r\n')).toEqual([
			'attempt_id,article_slug,article_title,started_at,submitted_at,score,max_score,percent',
			`${attempt.id},rabat,لقاء في الرباط,2026-11-28T09:00:00.000Z,2026-11-28T09:00:00.000Z,2,3,67`,
			''
		]);
		const json = progress.exportJson(test.db, amina);
		expect(json.attempts).toHaveLength(1);
		expect(json.attempts[0]).toMatchObject({
			attemptId: attempt.id,
			score: 2,
			maxScore: 3,
			article: { slug: 'rabat' }
		});
		expect(json.attempts[0].answers).toEqual([
			{
				question: 'أين التقى الوزيران؟',
				kind: 'where',
				yourAnswer: 'الرباط',
				rightAnswer: 'الرباط',
				correct: true
			},
			{
				question: 'من التقى نظيره الموريتاني؟',
				kind: 'who',
				yourAnswer: 'بوريطة',
				rightAnswer: 'ناصر بوريطة',
				correct: true
			},
			{
				question: 'ما معنى كلمة «وقع» في الجملة؟',
				kind: 'vocab',
				yourAnswer: 'write',
				rightAnswer: 'sign',
				correct: false
			}
		]);
	});

	it.each([
		['plain', 'plain'],
		['a, b', '"a, b"'],
		['say "hi"', '"say ""hi"""'],
		['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
		['-1', "'-1"]
	])('CSV cell %j → %s', (value, expected) => {
		expect(progress.csvCell(value)).toBe(expected);
	});
});
