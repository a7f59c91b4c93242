/**
 * A class's gradebook: each learner × each assignment (best score, done, late), and per assignment an
 * item analysis (share of learners right per question, the wrong answer chosen most) and the words the
 * class looked up most in that article. Built only for the class's own teacher.
 * Use as a namespace: `import * as gradebook from '$lib/server/gradebook'`.
 *
 * Choices made here: the score shown is the learner's best submitted attempt; an assignment is late
 * when the learner's first submission came after the due date; the item analysis counts each learner's
 * first submitted attempt (their first reading, before retakes taught them the answers).
 */
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { isLate, listForClass, type ClassAssignment } from './assignments.ts';
import { findForTeacher, listMembers, type Member } from './classes.ts';
import type { Db } from './db/index.ts';
import {
	attemptAnswers,
	attempts,
	lookups,
	type AttemptQuestion,
	type Class
} from './db/schema.ts';

export interface Cell {
	done: boolean;
	/** Best score in percent (0–100), null when not done. */
	percent: number | null;
	attempts: number;
	late: boolean;
	firstSubmittedAt: Date | null;
}

export interface ItemStat {
	key: string;
	promptAr: string;
	answer: string;
	answered: number;
	correct: number;
	/** Percent right among the learners who answered it (null when nobody did). */
	percentCorrect: number | null;
	/** The wrong answer given most often, with how many gave it (null when nobody was wrong). */
	commonWrong: { response: string; count: number } | null;
}

export interface LookedUpWord {
	word: string;
	count: number;
}

export interface AssignmentReport {
	assignment: ClassAssignment;
	done: number;
	averagePercent: number | null;
	items: ItemStat[];
	lookups: LookedUpWord[];
}

export interface Gradebook {
	class: Class;
	learners: Member[];
	assignments: AssignmentReport[];
	/** cells[learnerIndex][assignmentIndex] */
	cells: Cell[][];
}

interface SubmittedAttempt {
	id: string;
	userId: string;
	articleId: number;
	score: number | null;
	maxScore: number;
	submittedAt: Date | null;
	questions: AttemptQuestion[];
}

function percentOf(score: number | null, maxScore: number): number | null {
	if (score === null) return null;
	return maxScore > 0 ? Math.round((100 * score) / maxScore) : 0;
}

/** The words a class looked up most in an article (the reader's `lookups` log), commonest first. */
function lookedUpWords(
	db: Db,
	articleId: number,
	learnerIds: string[],
	limit = 10
): LookedUpWord[] {
	if (learnerIds.length === 0) return [];
	const count = sql<number>`count(*)`;
	return db
		.select({ word: lookups.lemma, count })
		.from(lookups)
		.where(and(eq(lookups.articleId, articleId), inArray(lookups.userId, learnerIds)))
		.groupBy(lookups.lemma)
		.orderBy(desc(count), asc(lookups.lemma))
		.limit(limit)
		.all();
}

function itemAnalysis(db: Db, firstAttempts: SubmittedAttempt[]): ItemStat[] {
	if (firstAttempts.length === 0) return [];
	const answers = db
		.select()
		.from(attemptAnswers)
		.where(
			inArray(
				attemptAnswers.attemptId,
				firstAttempts.map((attempt) => attempt.id)
			)
		)
		.orderBy(asc(attemptAnswers.position))
		.all();
	const stats = new Map<string, ItemStat & { wrong: Map<string, number>; order: number }>();
	// Questions in the order the learners saw them; a question edited later keeps its first wording.
	for (const attempt of firstAttempts) {
		attempt.questions.forEach((question, order) => {
			if (stats.has(question.key)) return;
			stats.set(question.key, {
				key: question.key,
				promptAr: question.promptAr,
				answer: question.answer,
				answered: 0,
				correct: 0,
				percentCorrect: null,
				commonWrong: null,
				wrong: new Map(),
				order
			});
		});
	}
	for (const answer of answers) {
		const stat = stats.get(answer.questionKey);
		if (!stat) continue;
		stat.answered += 1;
		if (answer.correct) stat.correct += 1;
		else {
			const response = answer.response.trim() === '' ? '(no answer)' : answer.response.trim();
			stat.wrong.set(response, (stat.wrong.get(response) ?? 0) + 1);
		}
	}
	return [...stats.values()]
		.sort((a, b) => a.order - b.order)
		.map(({ wrong, order: _order, ...stat }) => {
			let commonWrong: ItemStat['commonWrong'] = null;
			for (const [response, count] of wrong) {
				if (!commonWrong || count > commonWrong.count) commonWrong = { response, count };
			}
			return {
				...stat,
				percentCorrect: stat.answered > 0 ? Math.round((100 * stat.correct) / stat.answered) : null,
				commonWrong
			};
		});
}

/** The gradebook of one of the teacher's classes; undefined for anyone else's class. */
export function forClass(db: Db, teacherId: string, classId: number): Gradebook | undefined {
	const found = findForTeacher(db, teacherId, classId);
	if (!found) return undefined;
	const learners = listMembers(db, teacherId, classId);
	const assigned = listForClass(db, teacherId, classId);
	const learnerIds = learners.map((learner) => learner.id);
	const articleIds = [...new Set(assigned.map((assignment) => assignment.articleId))];
	const submitted: SubmittedAttempt[] =
		learnerIds.length === 0 || articleIds.length === 0
			? []
			: db
					.select({
						id: attempts.id,
						userId: attempts.userId,
						articleId: attempts.articleId,
						score: attempts.score,
						maxScore: attempts.maxScore,
						submittedAt: attempts.submittedAt,
						questions: attempts.questions
					})
					.from(attempts)
					.where(
						and(
							inArray(attempts.userId, learnerIds),
							inArray(attempts.articleId, articleIds),
							isNotNull(attempts.submittedAt)
						)
					)
					.orderBy(asc(attempts.submittedAt), asc(attempts.id))
					.all();

	const byPair = new Map<string, SubmittedAttempt[]>();
	for (const attempt of submitted) {
		const key = `${attempt.userId}|${attempt.articleId}`;
		byPair.set(key, [...(byPair.get(key) ?? []), attempt]);
	}

	const cells = learners.map((learner) =>
		assigned.map((assignment): Cell => {
			const list = byPair.get(`${learner.id}|${assignment.articleId}`) ?? [];
			if (list.length === 0) {
				return { done: false, percent: null, attempts: 0, late: false, firstSubmittedAt: null };
			}
			const best = Math.max(
				...list.map((attempt) => percentOf(attempt.score, attempt.maxScore) ?? 0)
			);
			const first = list[0].submittedAt;
			return {
				done: true,
				percent: best,
				attempts: list.length,
				late: isLate(assignment.dueAt, first),
				firstSubmittedAt: first
			};
		})
	);

	const reports = assigned.map((assignment, column): AssignmentReport => {
		const percents = cells
			.map((row) => row[column].percent)
			.filter((value): value is number => value !== null);
		const firstAttempts = learners
			.map((learner) => byPair.get(`${learner.id}|${assignment.articleId}`)?.[0])
			.filter((attempt): attempt is SubmittedAttempt => !!attempt);
		return {
			assignment,
			done: percents.length,
			averagePercent:
				percents.length > 0
					? Math.round(percents.reduce((sum, value) => sum + value, 0) / percents.length)
					: null,
			items: itemAnalysis(db, firstAttempts),
			lookups: lookedUpWords(db, assignment.articleId, learnerIds)
		};
	});

	return { class: found, learners, assignments: reports, cells };
}

/** One CSV cell: quoted when needed; a leading = + - @ is defused so spreadsheets do not run it. */
export function csvCell(value: string | number | null): string {
	let text = value === null ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The gradebook as CSV (UTF-8, CRLF line ends): one row per learner, three columns per assignment. */
export function toCsv(book: Gradebook): string {
	const header = ['Learner', 'Username'];
	for (const report of book.assignments) {
		const title = report.assignment.title;
		header.push(`${title} — score %`, `${title} — done`, `${title} — late`);
	}
	const rows = [header];
	book.learners.forEach((learner, index) => {
		const row: (string | number | null)[] = [learner.displayName, learner.username];
		for (const cell of book.cells[index]) {
			row.push(cell.percent, cell.done ? 'yes' : 'no', cell.late ? 'yes' : 'no');
		}
		rows.push(row.map((value) => (value === null ? '' : String(value))));
	});
	return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A file name for the CSV download from the class name (ASCII only, so every browser keeps it). */
export function csvFileName(book: Gradebook, today = new Date()): string {
	const slug = book.class.name
		.normalize('NFKD')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.toLowerCase();
	return `gradebook-${slug || `class-${book.class.id}`}-${today.toISOString().slice(0, 10)}.csv`;
}
