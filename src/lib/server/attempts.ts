/**
 * The attempts aggregate: a learner's go at an article's quiz. Use as a namespace:
 * `import * as attempts from '$lib/server/attempts'`.
 *
 * `start` stores the questions as shown (keys included, server-side only) with a random token that the quiz
 * form sends back in a hidden field. `submit` completes the attempt that token names, once: it grades on the
 * server with grade() and, inside one transaction, changes the row only while `submitted_at` is still null.
 * A double submit, a replayed form or two concurrent posts therefore create nothing and change nothing after
 * the first; they are told which attempt already holds the result.
 */
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { and, asc, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { grade } from '../questions/grade.ts';
import type { Question } from '../questions/types.ts';
import type { Db } from './db/index.ts';
import {
	attemptAnswers,
	attempts,
	type Article,
	type Attempt,
	type AttemptAnswer,
	type AttemptQuestion
} from './db/schema.ts';
import { answerFormat, quizQuestions, toAttemptQuestion } from './quizzes.ts';

/** Longest response kept; anything longer is cut (no answer key is this long). */
export const MAX_RESPONSE_LENGTH = 200;

/** An unsubmitted attempt is shown again (same token) on reload for this long; after that a fresh one starts. */
const REUSE_WINDOW_MS = 24 * 60 * 60 * 1000;

function randomToken(bytes: number): string {
	const buffer = new Uint8Array(bytes);
	crypto.getRandomValues(buffer);
	return encodeBase32LowerCaseNoPadding(buffer);
}

function sameQuestions(a: AttemptQuestion[], b: AttemptQuestion[]): boolean {
	return (
		a.length === b.length &&
		a.every((question, index) => JSON.stringify(question) === JSON.stringify(b[index]))
	);
}

/**
 * Starts (or resumes) the learner's attempt at the article's current quiz. Reloading the quiz page resumes
 * the open attempt with the same questions instead of piling up rows. `undefined` when the quiz has no questions.
 */
export function start(
	db: Db,
	userId: string,
	article: Pick<Article, 'id' | 'body' | 'contentHash'>,
	now = new Date()
): Attempt | undefined {
	const shown = quizQuestions(db, article).map((row) =>
		toAttemptQuestion(row, article.body, article.contentHash)
	);
	if (shown.length === 0) return undefined;
	const open = db
		.select()
		.from(attempts)
		.where(
			and(
				eq(attempts.userId, userId),
				eq(attempts.articleId, article.id),
				isNull(attempts.submittedAt)
			)
		)
		.orderBy(desc(attempts.startedAt))
		.get();
	if (
		open &&
		open.articleHash === article.contentHash &&
		now.getTime() - open.startedAt.getTime() < REUSE_WINDOW_MS &&
		sameQuestions(open.questions, shown)
	) {
		return open;
	}
	return db
		.insert(attempts)
		.values({
			id: randomToken(15),
			userId,
			articleId: article.id,
			articleHash: article.contentHash,
			questions: shown,
			token: randomToken(20),
			maxScore: shown.length,
			startedAt: now
		})
		.returning()
		.get();
}

/** The learner's unsubmitted attempt with this token, if any (to check a form before submitting it). */
export function findOpenByToken(db: Db, userId: string, token: string): Attempt | undefined {
	return db
		.select()
		.from(attempts)
		.where(
			and(eq(attempts.token, token), eq(attempts.userId, userId), isNull(attempts.submittedAt))
		)
		.get();
}

/** What the quiz page may show of a question: no answer, no accepted variants. */
export interface QuizQuestionView {
	key: string;
	kind: AttemptQuestion['kind'];
	promptAr: string;
	promptEn: string;
	format: ReturnType<typeof answerFormat>;
	/** Empty for typed questions (the choices would give the answer away). */
	choices: string[];
}

/** The questions of an attempt as the browser may see them before submission. */
export function questionsForQuiz(attempt: Pick<Attempt, 'questions'>): QuizQuestionView[] {
	return attempt.questions.map((question) => {
		const format = answerFormat(question);
		return {
			key: question.key,
			kind: question.kind,
			promptAr: question.promptAr,
			promptEn: question.promptEn,
			format,
			choices: format === 'choice' ? question.choices : []
		};
	});
}

function asGeneratorQuestion(question: AttemptQuestion): Question {
	return {
		id: question.key,
		type: question.kind,
		prompt_ar: question.promptAr,
		prompt_en: question.promptEn,
		choices: question.choices,
		answer: question.answer,
		accept: question.accept,
		evidence: { start: question.evidenceStart ?? 0, end: question.evidenceEnd ?? 0 },
		difficulty: Math.min(3, Math.max(1, question.difficulty)) as Question['difficulty']
	};
}

/**
 * Grades one response on the server. A choice question's response is the index of the chosen choice (as the
 * form sends it); a typed one is the text.
 */
export function gradeResponse(
	question: AttemptQuestion,
	response: string
): { response: string; correct: boolean } {
	const value = response.trim().slice(0, MAX_RESPONSE_LENGTH);
	if (answerFormat(question) === 'choice') {
		const index = /^\d+$/.test(value) ? Number(value) : -1;
		const choice = question.choices[index];
		if (choice === undefined) return { response: '', correct: false };
		return { response: choice, correct: grade(asGeneratorQuestion(question), index).correct };
	}
	return {
		response: value,
		correct: value !== '' && grade(asGeneratorQuestion(question), value).correct
	};
}

export type SubmitResult =
	| { status: 'submitted'; attemptId: string; score: number; maxScore: number }
	/** The token was already used: nothing changed; the result is in `attemptId`. */
	| { status: 'already-submitted'; attemptId: string }
	/** No attempt of this learner has this token (unknown, or another learner's). */
	| { status: 'not-found' };

/**
 * Submits the learner's responses (question key → response) for the attempt the token names. Runs in one
 * immediate transaction; the attempt row is updated only while unsubmitted, and the answers' unique
 * (attempt, question) index backs that up, so at most one submission per token ever counts.
 */
export function submit(
	db: Db,
	userId: string,
	token: string,
	responses: Record<string, string | undefined>,
	now = new Date()
): SubmitResult {
	return db.transaction(
		(tx): SubmitResult => {
			const attempt = tx.select().from(attempts).where(eq(attempts.token, token)).get();
			if (!attempt || attempt.userId !== userId) return { status: 'not-found' };
			if (attempt.submittedAt) return { status: 'already-submitted', attemptId: attempt.id };
			const graded = attempt.questions.map((question, position) => ({
				question,
				position,
				...gradeResponse(question, responses[question.key] ?? '')
			}));
			const score = graded.filter((answer) => answer.correct).length;
			const updated = tx
				.update(attempts)
				.set({ score, maxScore: attempt.questions.length, submittedAt: now })
				.where(and(eq(attempts.id, attempt.id), isNull(attempts.submittedAt)))
				.run();
			if (updated.changes !== 1) return { status: 'already-submitted', attemptId: attempt.id };
			if (graded.length > 0) {
				tx.insert(attemptAnswers)
					.values(
						graded.map((answer) => ({
							attemptId: attempt.id,
							questionKey: answer.question.key,
							kind: answer.question.kind,
							position: answer.position,
							response: answer.response,
							correct: answer.correct
						}))
					)
					.run();
			}
			return {
				status: 'submitted',
				attemptId: attempt.id,
				score,
				maxScore: attempt.questions.length
			};
		},
		{ behavior: 'immediate' }
	);
}

/** The learner's own attempt with its answers; `undefined` for another learner's attempt or an unknown id. */
export function findOwn(
	db: Db,
	userId: string,
	attemptId: string
): (Attempt & { answers: AttemptAnswer[] }) | undefined {
	const attempt = db
		.select()
		.from(attempts)
		.where(and(eq(attempts.id, attemptId), eq(attempts.userId, userId)))
		.get();
	if (!attempt) return undefined;
	const answers = db
		.select()
		.from(attemptAnswers)
		.where(eq(attemptAnswers.attemptId, attempt.id))
		.orderBy(asc(attemptAnswers.position))
		.all();
	return { ...attempt, answers };
}

export interface ScoreSummary {
	attemptId: string;
	score: number;
	maxScore: number;
	submittedAt: Date;
}

/** The learner's best and latest submitted score on an article (best: highest share, earliest on ties). */
export function bestAndLatest(
	db: Db,
	userId: string,
	articleId: number
): { best: ScoreSummary | null; latest: ScoreSummary | null; count: number } {
	const rows = db
		.select({
			attemptId: attempts.id,
			score: attempts.score,
			maxScore: attempts.maxScore,
			submittedAt: attempts.submittedAt
		})
		.from(attempts)
		.where(
			and(
				eq(attempts.userId, userId),
				eq(attempts.articleId, articleId),
				isNotNull(attempts.submittedAt)
			)
		)
		.orderBy(asc(attempts.submittedAt))
		.all()
		.map((row) => ({ ...row, score: row.score ?? 0, submittedAt: row.submittedAt as Date }));
	const share = (row: ScoreSummary) => (row.maxScore > 0 ? row.score / row.maxScore : 0);
	let best: ScoreSummary | null = null;
	for (const row of rows) if (!best || share(row) > share(best)) best = row;
	return { best, latest: rows.at(-1) ?? null, count: rows.length };
}
