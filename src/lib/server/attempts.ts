/**
 * The attempts aggregate: a learner's go at an article's quiz. Use as a namespace:
 * `import * as attempts from '$lib/server/attempts'`.
 *
 * Viewing a quiz writes nothing. `start` hands out a *quiz sheet*: the questions as shown and a token that
 * the form sends back in a hidden field. The token is signed (HMAC-SHA-256 with a random per-database key in
 * `server_secrets`) and carries a random nonce, the learner's id, the article id, the moment the quiz was
 * shown and a keyed digest of the questions; nothing about it is stored until the learner submits.
 *
 * `submit` checks the signature and that the token was issued to this learner, checks the questions are still
 * the ones shown (else `changed`: the form is shown again with the answers kept), grades on the server with
 * grade(), and inserts the attempt with its answers in one immediate transaction, after looking the token up:
 * one attempt per token, ever (the unique token index backs this up). A double submit, a replayed form or
 * concurrent posts therefore create nothing after the first; they are told which attempt holds the result.
 * Attempts opened before sheets existed (a stored row with a random token and no submission) still submit.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { and, asc, eq, isNotNull, lt, or } from 'drizzle-orm';
import { grade } from '../questions/grade.ts';
import type { Question } from '../questions/types.ts';
import type { CookieJar } from './auth.ts';
import type { Db } from './db/index.ts';
import {
	articles,
	attemptAnswers,
	attempts,
	pendingSubmissions,
	serverSecrets,
	type Article,
	type Attempt,
	type AttemptAnswer,
	type AttemptQuestion,
	type PendingSubmission
} from './db/schema.ts';
import { answerFormat, quizQuestions, toAttemptQuestion } from './quizzes.ts';

/** Longest response kept; anything longer is cut (no answer key is this long). */
export const MAX_RESPONSE_LENGTH = 200;

/** Longest token accepted from a form (a real one is about 110 characters). */
export const MAX_TOKEN_LENGTH = 200;

function randomToken(bytes: number): string {
	const buffer = new Uint8Array(bytes);
	crypto.getRandomValues(buffer);
	return encodeBase32LowerCaseNoPadding(buffer);
}

// ── Quiz sheets: signed tokens ──────────────────────────────────────────────────────────────────────

const SECRET_NAME = 'quiz-token';
const keys = new WeakMap<Db, Buffer>();

/** The database's quiz-sheet key (made by migration 0004; made here if a database somehow lacks it). */
function sheetKey(db: Db): Buffer {
	const cached = keys.get(db);
	if (cached) return cached;
	const read = () =>
		db
			.select({ value: serverSecrets.value })
			.from(serverSecrets)
			.where(eq(serverSecrets.name, SECRET_NAME))
			.get()?.value;
	let value = read();
	if (!value) {
		db.insert(serverSecrets)
			.values({ name: SECRET_NAME, value: randomToken(32) })
			.onConflictDoNothing()
			.run();
		value = read()!;
	}
	const key = Buffer.from(value, 'utf8');
	keys.set(db, key);
	return key;
}

function mac(key: Buffer, purpose: string, text: string, length: number): string {
	return createHmac('sha256', key)
		.update(`${purpose}\n${text}`)
		.digest('base64url')
		.slice(0, length);
}

/**
 * A keyed digest of the questions as shown (answers included, so a later edit of an answer key is noticed).
 * Keyed, so the token cannot be used to test guesses at the answers.
 */
function questionsDigest(key: Buffer, questions: AttemptQuestion[]): string {
	return mac(key, 'questions', JSON.stringify(questions), 16);
}

/** What a genuine token says. */
export interface SheetClaims {
	userId: string;
	articleId: number;
	startedAt: Date;
	digest: string;
}

const PART = /^[A-Za-z0-9_-]{1,64}$/;

function issueToken(
	db: Db,
	claims: Omit<SheetClaims, 'digest'>,
	questions: AttemptQuestion[]
): string {
	const key = sheetKey(db);
	const body = [
		randomToken(10),
		claims.userId,
		String(claims.articleId),
		String(Math.floor(claims.startedAt.getTime() / 1000)),
		questionsDigest(key, questions)
	].join('.');
	return `${body}.${mac(key, 'sheet', body, 22)}`;
}

/** The claims of a genuine quiz-sheet token; `undefined` for anything forged, cut, or not a sheet token. */
export function readToken(db: Db, token: string): SheetClaims | undefined {
	if (token.length > MAX_TOKEN_LENGTH) return undefined;
	const parts = token.split('.');
	if (parts.length !== 6 || !parts.every((part) => PART.test(part))) return undefined;
	const [, userId, articleId, started, digest, signature] = parts;
	if (!/^\d{1,12}$/.test(articleId) || !/^\d{1,12}$/.test(started)) return undefined;
	const expected = Buffer.from(mac(sheetKey(db), 'sheet', parts.slice(0, 5).join('.'), 22));
	const given = Buffer.from(signature);
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
	return {
		userId,
		articleId: Number(articleId),
		startedAt: new Date(Number(started) * 1000),
		digest
	};
}

/** What the quiz page hands out: the questions as shown and the signed token naming them. */
export interface QuizSheet {
	token: string;
	questions: AttemptQuestion[];
	startedAt: Date;
}

function shownQuestions(db: Db, article: Pick<Article, 'id' | 'body' | 'contentHash'>) {
	return quizQuestions(db, article).map((row) =>
		toAttemptQuestion(row, article.body, article.contentHash)
	);
}

/**
 * A quiz sheet for the learner and the article's current quiz; `undefined` when the quiz has no questions.
 * Stores nothing: the attempt is created when the sheet is submitted.
 */
export function start(
	db: Db,
	userId: string,
	article: Pick<Article, 'id' | 'body' | 'contentHash'>,
	now = new Date()
): QuizSheet | undefined {
	const questions = shownQuestions(db, article);
	if (questions.length === 0) return undefined;
	const startedAt = new Date(Math.floor(now.getTime() / 1000) * 1000);
	return {
		token: issueToken(db, { userId, articleId: article.id, startedAt }, questions),
		questions,
		startedAt
	};
}

/** Where a posted token stands for the learner who posted it. */
export type SheetState =
	/** Not yet submitted: these are the questions it was issued with. */
	| { state: 'open'; articleId: number; questions: AttemptQuestion[] }
	/** Already submitted: the result is in `attemptId`. */
	| { state: 'submitted'; articleId: number; attemptId: string }
	/** Genuine, but issued to another account. */
	| { state: 'other-account' }
	/** Genuine and this learner's, but the quiz's questions changed after it was handed out. */
	| { state: 'changed'; articleId: number }
	/** Forged, cut, or for an article that is gone. */
	| { state: 'invalid' };

export function sheetState(db: Db, userId: string, token: string): SheetState {
	if (token.length > MAX_TOKEN_LENGTH) return { state: 'invalid' };
	const stored = db.select().from(attempts).where(eq(attempts.token, token)).get();
	if (stored) {
		if (stored.userId !== userId) return { state: 'other-account' };
		return stored.submittedAt
			? { state: 'submitted', articleId: stored.articleId, attemptId: stored.id }
			: { state: 'open', articleId: stored.articleId, questions: stored.questions };
	}
	const claims = readToken(db, token);
	if (!claims) return { state: 'invalid' };
	if (claims.userId !== userId) return { state: 'other-account' };
	const article = db.select().from(articles).where(eq(articles.id, claims.articleId)).get();
	if (!article) return { state: 'invalid' };
	const questions = shownQuestions(db, article);
	return questions.length > 0 && questionsDigest(sheetKey(db), questions) === claims.digest
		? { state: 'open', articleId: article.id, questions }
		: { state: 'changed', articleId: article.id };
}

/** The questions of the learner's unsubmitted sheet, if it is still current (see `sheetState`). */
export function sheetQuestions(
	db: Db,
	userId: string,
	token: string
): AttemptQuestion[] | undefined {
	const state = sheetState(db, userId, token);
	return state.state === 'open' ? state.questions : undefined;
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
	/** The quiz's questions changed after the sheet was handed out: nothing stored; show the new sheet. */
	| { status: 'changed' }
	/** No sheet of this learner has this token (unknown, forged, or another learner's). */
	| { status: 'not-found' };

function gradeAll(questions: AttemptQuestion[], responses: Record<string, string | undefined>) {
	const graded = questions.map((question, position) => ({
		question,
		position,
		...gradeResponse(question, responses[question.key] ?? '')
	}));
	return { graded, score: graded.filter((answer) => answer.correct).length };
}

function answerRows(attemptId: string, graded: ReturnType<typeof gradeAll>['graded']) {
	return graded.map((answer) => ({
		attemptId,
		questionKey: answer.question.key,
		kind: answer.question.kind,
		position: answer.position,
		response: answer.response,
		correct: answer.correct
	}));
}

/**
 * Submits the learner's responses (question key → response) for the quiz sheet the token names. Runs in
 * one immediate transaction that first looks the token up: a token that already has an attempt changes
 * nothing and gets `already-submitted`; otherwise the attempt and its answers are inserted. Immediate
 * transactions run one at a time across connections and processes, and the unique token index backs the
 * look-up, so at most one submission per token ever counts.
 */
export function submit(
	db: Db,
	userId: string,
	token: string,
	responses: Record<string, string | undefined>,
	now = new Date()
): SubmitResult {
	const key = sheetKey(db);
	return db.transaction(
		(tx): SubmitResult => {
			const existing = tx.select().from(attempts).where(eq(attempts.token, token)).get();
			if (existing) {
				if (existing.userId !== userId) return { status: 'not-found' };
				if (existing.submittedAt) return { status: 'already-submitted', attemptId: existing.id };
				// An attempt stored open before quiz sheets existed.
				const { graded, score } = gradeAll(existing.questions, responses);
				tx.update(attempts)
					.set({ score, maxScore: existing.questions.length, submittedAt: now })
					.where(eq(attempts.id, existing.id))
					.run();
				if (graded.length > 0)
					tx.insert(attemptAnswers).values(answerRows(existing.id, graded)).run();
				return {
					status: 'submitted',
					attemptId: existing.id,
					score,
					maxScore: existing.questions.length
				};
			}
			const claims = readToken(db, token);
			if (!claims || claims.userId !== userId) return { status: 'not-found' };
			const article = tx.select().from(articles).where(eq(articles.id, claims.articleId)).get();
			if (!article) return { status: 'not-found' };
			const questions = shownQuestions(db, article);
			if (questions.length === 0 || questionsDigest(key, questions) !== claims.digest) {
				return { status: 'changed' };
			}
			const { graded, score } = gradeAll(questions, responses);
			const attemptId = randomToken(15);
			tx.insert(attempts)
				.values({
					id: attemptId,
					userId,
					articleId: article.id,
					articleHash: article.contentHash,
					questions,
					token,
					score,
					maxScore: questions.length,
					startedAt: claims.startedAt,
					submittedAt: now
				})
				.run();
			tx.insert(attemptAnswers).values(answerRows(attemptId, graded)).run();
			return { status: 'submitted', attemptId, score, maxScore: questions.length };
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

/** When the learner first submitted the article's quiz (what the gradebook's "late" is measured by). */
export function firstSubmittedAt(db: Db, userId: string, articleId: number): Date | null {
	return (
		db
			.select({ submittedAt: attempts.submittedAt })
			.from(attempts)
			.where(
				and(
					eq(attempts.userId, userId),
					eq(attempts.articleId, articleId),
					isNotNull(attempts.submittedAt)
				)
			)
			.orderBy(asc(attempts.submittedAt))
			.get()?.submittedAt ?? null
	);
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

// ── Answers kept across a lost session ──────────────────────────────────────────────────────────────

/** The httpOnly cookie naming this browser's kept answers (ids of `pending_submissions` rows). */
export const PENDING_COOKIE_NAME = 'sahifa_kept_answers';
/** Kept answers wait this long for their account to sign in. */
export const PENDING_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** At most this many kept quizzes per browser (the oldest is forgotten first). */
const MAX_PENDING_PER_BROWSER = 5;
const PENDING_ID = /^[a-z2-7]{32}$/;

/** The ids in a pending cookie's value (anything malformed is ignored). */
export function parsePendingCookie(value: string | undefined): string[] {
	if (!value) return [];
	return [...new Set(value.split('.').filter((id) => PENDING_ID.test(id)))].slice(
		-MAX_PENDING_PER_BROWSER
	);
}

export function formatPendingCookie(ids: string[]): string {
	return [...new Set(ids)].slice(-MAX_PENDING_PER_BROWSER).join('.');
}

/** Whom a token was issued to and for which article: a genuine sheet, or an attempt stored open. */
function tokenOwner(db: Db, token: string): { userId: string; articleId: number } | undefined {
	const stored = db.select().from(attempts).where(eq(attempts.token, token)).get();
	if (stored) return stored.submittedAt ? undefined : stored;
	return readToken(db, token);
}

/**
 * Keeps posted answers for the account the token was issued to, when no session (or another account's
 * session) received them. Only a genuine token is kept (nothing else is stored), only the responses to
 * that article's questions are kept, and posting the same sheet again replaces its answers. Returns the
 * kept row's id for the browser's cookie, or `undefined` when there is nothing to keep.
 */
export function keepPending(
	db: Db,
	token: string,
	responses: Record<string, string>,
	submitBlank: boolean,
	now = new Date()
): string | undefined {
	const owner = tokenOwner(db, token);
	if (!owner) return undefined;
	const article = db.select().from(articles).where(eq(articles.id, owner.articleId)).get();
	if (!article) return undefined;
	const keys = new Set(shownQuestions(db, article).map((question) => question.key));
	const kept: Record<string, string> = {};
	for (const [key, value] of Object.entries(responses)) {
		if (keys.has(key)) kept[key] = value.slice(0, MAX_RESPONSE_LENGTH);
	}
	const expiresAt = new Date(now.getTime() + PENDING_LIFETIME_MS);
	return db.transaction((tx) => {
		tx.delete(pendingSubmissions).where(lt(pendingSubmissions.expiresAt, now)).run();
		return tx
			.insert(pendingSubmissions)
			.values({
				id: randomToken(20),
				token,
				userId: owner.userId,
				articleId: owner.articleId,
				responses: kept,
				submitBlank,
				expiresAt
			})
			.onConflictDoUpdate({
				target: pendingSubmissions.token,
				set: { responses: kept, submitBlank, expiresAt }
			})
			.returning({ id: pendingSubmissions.id })
			.get().id;
	});
}

/** The learner's own kept answers among `ids` that have not expired, newest first. */
export function ownPending(db: Db, ids: string[], userId: string, now = new Date()) {
	if (ids.length === 0) return [];
	return db
		.select()
		.from(pendingSubmissions)
		.where(
			and(
				or(...ids.map((id) => eq(pendingSubmissions.id, id))),
				eq(pendingSubmissions.userId, userId)
			)
		)
		.all()
		.filter((row) => row.expiresAt.getTime() > now.getTime())
		.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** Whether any of `ids` names kept answers still waiting (for anyone: the sign-in page says so, no more). */
export function hasPending(db: Db, ids: string[], now = new Date()): boolean {
	if (ids.length === 0) return false;
	return db
		.select({ expiresAt: pendingSubmissions.expiresAt })
		.from(pendingSubmissions)
		.where(or(...ids.map((id) => eq(pendingSubmissions.id, id))))
		.all()
		.some((row) => row.expiresAt.getTime() > now.getTime());
}

/** Forgets the learner's kept answers for an article (they were submitted). */
export function dropPending(db: Db, userId: string, articleId: number): void {
	db.delete(pendingSubmissions)
		.where(and(eq(pendingSubmissions.userId, userId), eq(pendingSubmissions.articleId, articleId)))
		.run();
}

export type ResumeOutcome =
	/** Submitted for the learner (or it already had been): show the result. */
	| { kind: 'submitted'; attemptId: string }
	/** Blank answers not confirmed, or the quiz changed: the quiz page shows the kept answers in its form. */
	| { kind: 'restore'; articleId: number };

/**
 * After `userId` signed in: submits the kept answers that belong to them when they are complete (or the
 * learner had chosen "Submit anyway"); the rest stay kept for the quiz page to put back in its form.
 * Answers kept for another account are left alone: never submitted, never shown.
 */
export function resumePending(
	db: Db,
	ids: string[],
	userId: string,
	now = new Date()
): ResumeOutcome[] {
	const outcomes: ResumeOutcome[] = [];
	for (const row of ownPending(db, ids, userId, now)) {
		const questions = sheetQuestions(db, userId, row.token);
		const complete =
			!!questions &&
			(row.submitBlank || questions.every((question) => row.responses[question.key]?.trim()));
		if (!complete) {
			outcomes.push({ kind: 'restore', articleId: row.articleId });
			continue;
		}
		const result = submit(db, userId, row.token, row.responses, now);
		if (result.status === 'submitted' || result.status === 'already-submitted') {
			db.delete(pendingSubmissions).where(eq(pendingSubmissions.id, row.id)).run();
			outcomes.push({ kind: 'submitted', attemptId: result.attemptId });
		} else if (result.status === 'changed') {
			outcomes.push({ kind: 'restore', articleId: row.articleId });
		} else {
			db.delete(pendingSubmissions).where(eq(pendingSubmissions.id, row.id)).run();
		}
	}
	return outcomes;
}

/** Kept answers the quiz page puts back in its form: the learner's newest for this article. */
export function keptAnswers(
	db: Db,
	ids: string[],
	userId: string,
	articleId: number,
	now = new Date()
): Pick<PendingSubmission, 'responses' | 'token'> | undefined {
	return ownPending(db, ids, userId, now).find((row) => row.articleId === articleId);
}

/** Ids among `ids` whose kept answers still exist (for anyone): what the browser's cookie keeps naming. */
export function livePending(db: Db, ids: string[]): string[] {
	if (ids.length === 0) return [];
	const found = new Set(
		db
			.select({ id: pendingSubmissions.id })
			.from(pendingSubmissions)
			.where(or(...ids.map((id) => eq(pendingSubmissions.id, id))))
			.all()
			.map((row) => row.id)
	);
	return ids.filter((id) => found.has(id));
}

/** Writes the browser's pending cookie (httpOnly, SameSite=Lax), or deletes it when `ids` is empty. */
export function setPendingCookie(cookies: CookieJar, ids: string[], secure: boolean): void {
	if (ids.length === 0) {
		if (cookies.get(PENDING_COOKIE_NAME) !== undefined)
			cookies.delete(PENDING_COOKIE_NAME, { path: '/', secure });
		return;
	}
	cookies.set(PENDING_COOKIE_NAME, formatPendingCookie(ids), {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		maxAge: PENDING_LIFETIME_MS / 1000
	});
}
