/**
 * A teacher's review of the questions of their own imported article, on top of the quizzes aggregate
 * (QUIZ owns the questions table and its regeneration; this module adds the teacher's checks and
 * actions). Every function takes the acting teacher and the article id and does nothing for an
 * article that is not theirs, nor for a question id of another article.
 * Use as a namespace: `import * as review from '$lib/server/question-review'`.
 *
 * Deleting a generated question rejects it: the generator would write it again for the same text, and
 * a rejected key stays rejected across regeneration. A teacher's own question is deleted outright.
 */
import { and, asc, eq } from 'drizzle-orm';
import * as v from 'valibot';
import { normalizeForMatch } from '../arabic/index.ts';
import type { Db } from './db/index.ts';
import { QUESTION_KINDS, questions, type Article, type QuestionRow } from './db/schema.ts';
import { findOwned } from './imports.ts';
import * as quizzes from './quizzes.ts';

export const CHOICE_FIELDS = ['choice0', 'choice1', 'choice2', 'choice3'] as const;

const optionalText = (max: number) =>
	v.pipe(v.optional(v.string(), ''), v.trim(), v.maxLength(max, `At most ${max} characters.`));

/** The non-empty choice fields, in order. */
function choicesOf(input: Record<(typeof CHOICE_FIELDS)[number], string>): string[] {
	return CHOICE_FIELDS.map((field) => input[field]).filter((choice) => choice !== '');
}

/**
 * A question as a teacher writes it: a prompt, up to four choices (none: the learner types the answer),
 * the answer (one of the choices when there are choices), and other typed answers that count as right.
 */
export const questionFormSchema = v.pipe(
	v.object({
		kind: v.optional(v.picklist(QUESTION_KINDS, 'Choose a kind of question.')),
		promptAr: v.pipe(
			v.string('Write the question.'),
			v.trim(),
			v.nonEmpty('Write the question.'),
			v.maxLength(500, 'The question may have at most 500 characters.')
		),
		promptEn: optionalText(500),
		choice0: optionalText(300),
		choice1: optionalText(300),
		choice2: optionalText(300),
		choice3: optionalText(300),
		answer: v.pipe(
			v.string('Give the right answer.'),
			v.trim(),
			v.nonEmpty('Give the right answer.'),
			v.maxLength(300, 'The answer may have at most 300 characters.')
		),
		accept: optionalText(1000)
	}),
	v.forward(
		v.check(
			(input) => choicesOf(input).length !== 1,
			'Give at least two choices, or none for a typed answer.'
		),
		['choice1']
	),
	v.forward(
		v.check((input) => {
			const choices = choicesOf(input);
			return choices.length === 0 || choices.includes(input.answer);
		}, 'The right answer must be one of the choices (copy it exactly).'),
		['answer']
	),
	v.forward(
		v.check((input) => {
			const choices = choicesOf(input);
			return new Set(choices.map((choice) => normalizeForMatch(choice))).size === choices.length;
		}, 'Two choices are the same; make each choice different.'),
		['choice0']
	),
	v.transform((input) => {
		const accept = input.accept
			.split(/\n|،|,/)
			.map((item) => item.trim())
			.filter((item) => item !== '' && item !== input.answer);
		return {
			kind: input.kind,
			promptAr: input.promptAr,
			promptEn: input.promptEn,
			choices: choicesOf(input),
			answer: input.answer,
			accept: [...new Set(accept)]
		};
	})
);
export type QuestionForm = v.InferOutput<typeof questionFormSchema>;

export interface ReviewQuestion {
	id: number;
	kind: QuestionRow['kind'];
	promptAr: string;
	promptEn: string;
	choices: string[];
	answer: string;
	accept: string[];
	status: QuestionRow['status'];
	origin: QuestionRow['origin'];
	edited: boolean;
	/** Its place in the quiz order as stored; a move posts it back so a replayed move does nothing. */
	position: number;
	/** The evidence sentence in the current text; null for a teacher's question or a stale offset. */
	evidence: string | null;
}

function evidenceOf(
	article: Pick<Article, 'body' | 'contentHash'>,
	row: QuestionRow
): string | null {
	if (row.evidenceStart === null || row.evidenceEnd === null) return null;
	// Offsets of an edited question from an earlier version of the text no longer point at its sentence.
	if (row.contentHash !== article.contentHash) return null;
	return article.body.slice(row.evidenceStart, row.evidenceEnd);
}

/** The article's questions for review (generating them when the text is new), or undefined when not theirs. */
export function listForReview(
	db: Db,
	teacherId: string,
	articleId: number
): { article: Article; questions: ReviewQuestion[]; reviewed: boolean } | undefined {
	const article = findOwned(db, teacherId, articleId);
	if (!article) return undefined;
	const rows = quizzes.ensureQuestions(db, article);
	return {
		article,
		reviewed: quizzes.isReviewed(db, article.id, rows),
		questions: rows.map((row) => ({
			id: row.id,
			kind: row.kind,
			promptAr: row.promptAr,
			promptEn: row.promptEn,
			choices: row.choices,
			answer: row.answer,
			accept: row.accept,
			status: row.status,
			origin: row.origin,
			edited: row.edited,
			position: row.position,
			evidence: evidenceOf(article, row)
		}))
	};
}

function findQuestion(db: Db, articleId: number, questionId: number): QuestionRow | undefined {
	if (!Number.isSafeInteger(questionId)) return undefined;
	return db
		.select()
		.from(questions)
		.where(and(eq(questions.id, questionId), eq(questions.articleId, articleId)))
		.get();
}

/** Approve, reject (delete a generated one) or restore (back to unreviewed) one question. */
export function setStatus(
	db: Db,
	teacherId: string,
	articleId: number,
	questionId: number,
	status: QuestionRow['status']
): boolean {
	if (!findOwned(db, teacherId, articleId)) return false;
	const changed = quizzes.setQuestionStatus(db, articleId, questionId, status);
	if (changed) quizzes.markReviewed(db, articleId, teacherId);
	return changed;
}

/** Approves every question of the article that is not rejected. Returns how many changed. */
export function approveAll(db: Db, teacherId: string, articleId: number): number {
	if (!findOwned(db, teacherId, articleId)) return 0;
	const rows = quizzes.listQuestions(db, articleId).filter((row) => row.status === 'generated');
	for (const row of rows) quizzes.setQuestionStatus(db, articleId, row.id, 'approved');
	quizzes.markReviewed(db, articleId, teacherId);
	return rows.length;
}

/** Deletes a question: a teacher's own is removed, a generated one rejected (see the module note). */
export function deleteQuestion(
	db: Db,
	teacherId: string,
	articleId: number,
	questionId: number
): boolean {
	if (!findOwned(db, teacherId, articleId)) return false;
	const row = findQuestion(db, articleId, questionId);
	if (!row) return false;
	if (row.origin === 'teacher') {
		db.delete(questions).where(eq(questions.id, row.id)).run();
		return true;
	}
	return setStatus(db, teacherId, articleId, questionId, 'rejected');
}

/** Saves a teacher's changes to a question; it is then kept when the text changes. */
export function editQuestion(
	db: Db,
	teacherId: string,
	articleId: number,
	questionId: number,
	form: QuestionForm
): boolean {
	if (!findOwned(db, teacherId, articleId)) return false;
	const { kind, ...rest } = form;
	return quizzes.editQuestion(db, articleId, questionId, kind ? { ...rest, kind } : rest);
}

/** Adds the teacher's own question at the end (approved). */
export function addQuestion(
	db: Db,
	teacherId: string,
	articleId: number,
	form: QuestionForm
): QuestionRow | undefined {
	const article = findOwned(db, teacherId, articleId);
	if (!article) return undefined;
	quizzes.ensureQuestions(db, article);
	// A double click or a replayed post adds the same question again: keep the one already added.
	const same = db
		.select()
		.from(questions)
		.where(
			and(
				eq(questions.articleId, articleId),
				eq(questions.origin, 'teacher'),
				eq(questions.promptAr, form.promptAr),
				eq(questions.answer, form.answer)
			)
		)
		.get();
	if (same) return same;
	const row = quizzes.addTeacherQuestion(db, article, { ...form, kind: form.kind ?? 'what' });
	quizzes.markReviewed(db, articleId, teacherId);
	return row;
}

/**
 * Moves a question one place up or down in the quiz order (positions are renumbered 0…n-1), past
 * deleted questions, which the teacher does not see in the list. 'edge' when it is already first or
 * last; 'not-found' for another's article or another article's question; 'stale' when `fromPosition`
 * (the position the page showed) is no longer the question's position — a double click or a replayed
 * post of a move already made — and nothing is changed.
 */
export function moveQuestion(
	db: Db,
	teacherId: string,
	articleId: number,
	questionId: number,
	direction: 'up' | 'down',
	fromPosition?: number
): 'moved' | 'edge' | 'not-found' | 'stale' {
	if (!findOwned(db, teacherId, articleId)) return 'not-found';
	const rows = db
		.select({ id: questions.id, position: questions.position, status: questions.status })
		.from(questions)
		.where(eq(questions.articleId, articleId))
		.orderBy(asc(questions.position), asc(questions.id))
		.all();
	const index = rows.findIndex((row) => row.id === questionId);
	if (index < 0) return 'not-found';
	if (fromPosition !== undefined && rows[index].position !== fromPosition) return 'stale';
	const step = direction === 'up' ? -1 : 1;
	let target = index + step;
	while (target >= 0 && target < rows.length && rows[target].status === 'rejected') target += step;
	if (target < 0 || target >= rows.length) return 'edge';
	[rows[index], rows[target]] = [rows[target], rows[index]];
	db.transaction((tx) => {
		rows.forEach((row, position) =>
			tx.update(questions).set({ position }).where(eq(questions.id, row.id)).run()
		);
	});
	return 'moved';
}
