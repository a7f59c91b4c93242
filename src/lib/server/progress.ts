/**
 * A learner's progress, read from their submitted attempts and the reader's look-ups and saved words.
 * Use as a namespace: `import * as progress from '$lib/server/progress'`.
 *
 * Days are UTC calendar days (the server does not know the learner's time zone).
 */
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from './db/index.ts';
import {
	articles,
	attemptAnswers,
	attempts,
	lookups,
	QUESTION_KINDS,
	savedWords,
	type QuestionKind
} from './db/schema.ts';

export interface HistoryEntry {
	attemptId: string;
	articleSlug: string;
	articleTitle: string;
	score: number;
	maxScore: number;
	/** Whole percent, 0–100. */
	percent: number;
	startedAt: Date;
	submittedAt: Date;
}

/** The learner's submitted attempts, oldest first. */
export function history(db: Db, userId: string): HistoryEntry[] {
	return db
		.select({
			attemptId: attempts.id,
			articleSlug: articles.slug,
			articleTitle: articles.title,
			score: attempts.score,
			maxScore: attempts.maxScore,
			startedAt: attempts.startedAt,
			submittedAt: attempts.submittedAt
		})
		.from(attempts)
		.innerJoin(articles, eq(articles.id, attempts.articleId))
		.where(and(eq(attempts.userId, userId), isNotNull(attempts.submittedAt)))
		.orderBy(asc(attempts.submittedAt), asc(attempts.startedAt))
		.all()
		.map((row) => {
			const score = row.score ?? 0;
			return {
				...row,
				score,
				percent: row.maxScore > 0 ? Math.round((100 * score) / row.maxScore) : 0,
				submittedAt: row.submittedAt as Date
			};
		});
}

export interface KindAccuracy {
	kind: QuestionKind;
	correct: number;
	total: number;
	/** Whole percent, 0–100. */
	percent: number;
}

/** Share of right answers per question kind, over all submitted attempts; kinds never asked are left out. */
export function accuracyByKind(db: Db, userId: string): KindAccuracy[] {
	const rows = db
		.select({
			kind: attemptAnswers.kind,
			correct: sql<number>`sum(case when ${attemptAnswers.correct} then 1 else 0 end)`,
			total: sql<number>`count(*)`
		})
		.from(attemptAnswers)
		.innerJoin(attempts, eq(attempts.id, attemptAnswers.attemptId))
		.where(eq(attempts.userId, userId))
		.groupBy(attemptAnswers.kind)
		.all();
	const byKind = new Map(rows.map((row) => [row.kind, row]));
	return QUESTION_KINDS.flatMap((kind) => {
		const row = byKind.get(kind);
		if (!row || row.total === 0) return [];
		return [
			{
				kind,
				correct: row.correct,
				total: row.total,
				percent: Math.round((100 * row.correct) / row.total)
			}
		];
	});
}

/** YYYY-MM-DD of a date in UTC. */
export function utcDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

function previousDay(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() - 1);
	return utcDay(date);
}

/**
 * Streaks of active days. `current` counts consecutive days ending today, or yesterday when today has no
 * activity yet (a streak is not lost before the day is over); `longest` is the longest run ever.
 * @example streaks(['2026-11-27', '2026-11-28'], new Date('2026-11-29T10:00:00Z')) // { current: 2, longest: 2 }
 */
export function streaks(
	activeDays: Iterable<string>,
	now = new Date()
): { current: number; longest: number } {
	const days = new Set(activeDays);
	let longest = 0;
	for (const day of days) {
		if (days.has(previousDay(day))) continue;
		let length = 0;
		for (let cursor = day; days.has(cursor); length++) {
			const next = new Date(`${cursor}T00:00:00Z`);
			next.setUTCDate(next.getUTCDate() + 1);
			cursor = utcDay(next);
		}
		longest = Math.max(longest, length);
	}
	let cursor = utcDay(now);
	if (!days.has(cursor)) cursor = previousDay(cursor);
	let current = 0;
	while (days.has(cursor)) {
		current++;
		cursor = previousDay(cursor);
	}
	return { current, longest };
}

interface WordActivity {
	/** Distinct lemmas. */
	count: number;
	/** UTC days (YYYY-MM-DD) with at least one row. */
	days: string[];
	articleIds: number[];
}

/** The learner's rows in one of the reader's word tables (look-ups or saved words). */
function wordActivity(
	db: Db,
	userId: string,
	table: typeof lookups | typeof savedWords
): WordActivity {
	const counted = db
		.select({ count: sql<number>`count(distinct ${table.lemma})` })
		.from(table)
		.where(eq(table.userId, userId))
		.get();
	const days = db
		.selectDistinct({ day: sql<string>`date(${table.createdAt}, 'unixepoch')` })
		.from(table)
		.where(eq(table.userId, userId))
		.all()
		.map((row) => row.day);
	const articleIds = db
		.selectDistinct({ id: table.articleId })
		.from(table)
		.where(eq(table.userId, userId))
		.all()
		.flatMap((row) => (row.id === null ? [] : [row.id]));
	return { count: counted?.count ?? 0, days, articleIds };
}

export interface ProgressSummary {
	history: HistoryEntry[];
	accuracy: KindAccuracy[];
	quizzesTaken: number;
	/** Articles with a submitted quiz or a word looked up in them. */
	articlesRead: number;
	/** Distinct words (lemmas) looked up in the reader. */
	wordsLookedUp: number;
	wordsSaved: number;
	streak: { current: number; longest: number };
	activeDays: number;
}

/** Everything the progress page shows. */
export function summary(db: Db, userId: string, now = new Date()): ProgressSummary {
	const entries = history(db, userId);
	const looked = wordActivity(db, userId, lookups);
	const saved = wordActivity(db, userId, savedWords);
	const days = new Set([
		...entries.map((entry) => utcDay(entry.submittedAt)),
		...looked.days,
		...saved.days
	]);
	const quizArticles = db
		.selectDistinct({ id: attempts.articleId })
		.from(attempts)
		.where(and(eq(attempts.userId, userId), isNotNull(attempts.submittedAt)))
		.all()
		.map((row) => row.id);
	return {
		history: entries,
		accuracy: accuracyByKind(db, userId),
		quizzesTaken: entries.length,
		articlesRead: new Set([...quizArticles, ...looked.articleIds]).size,
		wordsLookedUp: looked.count,
		wordsSaved: saved.count,
		streak: streaks(days, now),
		activeDays: days.size
	};
}

/** One attempt of the JSON export, answers included. */
export interface ExportedAttempt {
	attemptId: string;
	article: { slug: string; title: string };
	startedAt: string;
	submittedAt: string;
	score: number;
	maxScore: number;
	answers: {
		question: string;
		kind: QuestionKind;
		yourAnswer: string;
		rightAnswer: string;
		correct: boolean;
	}[];
}

/** The learner's own history with every answer, for the JSON download. */
export function exportJson(db: Db, userId: string): { attempts: ExportedAttempt[] } {
	const entries = history(db, userId);
	const result: ExportedAttempt[] = [];
	for (const entry of entries) {
		const attempt = db
			.select({ questions: attempts.questions })
			.from(attempts)
			.where(eq(attempts.id, entry.attemptId))
			.get();
		const answers = db
			.select()
			.from(attemptAnswers)
			.where(eq(attemptAnswers.attemptId, entry.attemptId))
			.orderBy(asc(attemptAnswers.position))
			.all();
		const byKey = new Map((attempt?.questions ?? []).map((question) => [question.key, question]));
		result.push({
			attemptId: entry.attemptId,
			article: { slug: entry.articleSlug, title: entry.articleTitle },
			startedAt: entry.startedAt.toISOString(),
			submittedAt: entry.submittedAt.toISOString(),
			score: entry.score,
			maxScore: entry.maxScore,
			answers: answers.map((answer) => ({
				question: byKey.get(answer.questionKey)?.promptAr ?? '',
				kind: answer.kind,
				yourAnswer: answer.response,
				rightAnswer: byKey.get(answer.questionKey)?.answer ?? '',
				correct: answer.correct
			}))
		});
	}
	return { attempts: result };
}

/** RFC 4180 quoting; a cell that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function csvCell(value: string | number): string {
	let text = String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const CSV_HEADER = [
	'attempt_id',
	'article_slug',
	'article_title',
	'started_at',
	'submitted_at',
	'score',
	'max_score',
	'percent'
];

/** The learner's own history as CSV, one row per submitted attempt (UTF-8, CRLF line ends). */
export function exportCsv(db: Db, userId: string): string {
	const lines = [CSV_HEADER.join(',')];
	for (const entry of history(db, userId)) {
		lines.push(
			[
				entry.attemptId,
				entry.articleSlug,
				entry.articleTitle,
				entry.startedAt.toISOString(),
				entry.submittedAt.toISOString(),
				entry.score,
				entry.maxScore,
				entry.percent
			]
				.map(csvCell)
				.join(',')
		);
	}
	return lines.join('\r\n') + '\r\n';
}
