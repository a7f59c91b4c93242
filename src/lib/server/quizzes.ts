/**
 * The quizzes aggregate: the questions of an article, generated on first need and cached in the database
 * per article version. Use as a namespace: `import * as quizzes from '$lib/server/quizzes'`.
 *
 * Regeneration: when the article's content hash or GENERATOR_VERSION differs from its question set, the
 * generator runs again. Rows a teacher wrote (`origin = 'teacher'`) or changed (`edited = true`) are kept;
 * the other generated rows are replaced. A teacher's approve/reject of a replaced row carries over when the
 * generator gives the same key again.
 *
 * Which questions a quiz shows (`quizQuestions`): every question not rejected, until a teacher has reviewed
 * the article's questions (`markReviewed`, or any approve/reject); from then on only approved ones.
 */
import { and, asc, eq, max } from 'drizzle-orm';
import { analyzeText } from '../arabic/index.ts';
import { GENERATOR_VERSION, generateQuestions, seededRandom } from '../questions/index.ts';
import { buildDistractorPool } from '../questions/pool.ts';
import { FACTUAL_TYPES, type Question } from '../questions/types.ts';
import type { Db } from './db/index.ts';
import {
	questionSets,
	questions,
	type Article,
	type AttemptQuestion,
	type NewQuestionRow,
	type QuestionKind,
	type QuestionRow,
	type QuestionSet
} from './db/schema.ts';
import { loadLanguageData } from './lexicon.ts';

/** The question generator's own version (bumped in src/lib/questions when its output changes). */
export { GENERATOR_VERSION };

/** How a question is answered on the quiz page. */
export type AnswerFormat = 'choice' | 'typed';

/** Kinds whose answer is a short Arabic span a learner can reasonably type (names, places, dates, amounts). */
const TYPEABLE_KINDS: readonly QuestionKind[] = ['who', 'whom', 'where', 'when', 'how_many'];

/**
 * Typed answers for the harder factual questions (their keys are short spans and grade() accepts spelling
 * variants); choices for the rest (vocabulary answers are English glosses, `what` keys are long phrases).
 * A question without choices (a teacher's own) is always typed.
 */
export function answerFormat(
	question: Pick<AttemptQuestion, 'kind' | 'choices' | 'difficulty'>
): AnswerFormat {
	if (question.choices.length < 2) return 'typed';
	return TYPEABLE_KINDS.includes(question.kind) && question.difficulty >= 2 ? 'typed' : 'choice';
}

/** The generator's run for an article, with the questions it produced (not yet stored). */
export function generateFor(article: Pick<Article, 'body' | 'contentHash'>): Question[] {
	const { lexicon, gazetteer } = loadLanguageData();
	const analyzed = analyzeText(article.body, lexicon, gazetteer);
	const pool = buildDistractorPool(lexicon.entries, gazetteer?.entries ?? []);
	// Seeded by the article version, so choice order is stable for a given text.
	const seed = parseInt(article.contentHash.slice(0, 8), 16) || 1;
	return generateQuestions(analyzed, {
		random: seededRandom(seed),
		distractorPool: pool,
		text: article.body
	});
}

function findSet(db: Db, articleId: number): QuestionSet | undefined {
	return db.select().from(questionSets).where(eq(questionSets.articleId, articleId)).get();
}

function isCurrent(set: QuestionSet | undefined, article: Pick<Article, 'contentHash'>): boolean {
	return (
		!!set && set.contentHash === article.contentHash && set.generatorVersion === GENERATOR_VERSION
	);
}

/** Kept across regeneration: a teacher wrote or changed it. */
export function isTeacherOwned(row: Pick<QuestionRow, 'origin' | 'edited'>): boolean {
	return row.origin === 'teacher' || row.edited;
}

/**
 * Makes sure the article's questions exist for its current version (generating them when needed) and returns
 * every row, teacher's and rejected ones included, in quiz order. Safe to call concurrently: the write happens
 * in one transaction that checks again whether another request already stored this version.
 * @param generate injectable for tests; defaults to the real generator.
 */
export function ensureQuestions(
	db: Db,
	article: Pick<Article, 'id' | 'body' | 'contentHash'>,
	generate: (article: Pick<Article, 'body' | 'contentHash'>) => Question[] = generateFor,
	now = new Date()
): QuestionRow[] {
	if (!isCurrent(findSet(db, article.id), article)) {
		let generated: Question[];
		try {
			generated = generate(article);
		} catch (error) {
			// Reading never depends on the analyser: without it the quiz has only the rows already stored.
			console.error('sahifa: could not generate questions; using the stored ones.', error);
			return listQuestions(db, article.id);
		}
		db.transaction(
			(tx) => {
				const set = tx
					.select()
					.from(questionSets)
					.where(eq(questionSets.articleId, article.id))
					.get();
				if (isCurrent(set, article)) return;
				const existing = tx
					.select()
					.from(questions)
					.where(eq(questions.articleId, article.id))
					.all();
				const kept = existing.filter(isTeacherOwned).sort((a, b) => a.position - b.position);
				const previousStatus = new Map(
					existing.filter((row) => !isTeacherOwned(row)).map((row) => [row.key, row.status])
				);
				tx.delete(questions)
					.where(
						and(
							eq(questions.articleId, article.id),
							eq(questions.origin, 'generated'),
							eq(questions.edited, false)
						)
					)
					.run();
				kept.forEach((row, position) => {
					if (row.position !== position)
						tx.update(questions).set({ position }).where(eq(questions.id, row.id)).run();
				});
				const keptKeys = new Set(kept.map((row) => row.key));
				const rows: NewQuestionRow[] = generated
					.filter((question) => !keptKeys.has(question.id))
					.map((question, index) => ({
						articleId: article.id,
						key: question.id,
						kind: question.type,
						promptAr: question.prompt_ar,
						promptEn: question.prompt_en,
						choices: question.choices,
						answer: question.answer,
						accept: question.accept,
						evidenceStart: question.evidence.start,
						evidenceEnd: question.evidence.end,
						difficulty: question.difficulty,
						position: kept.length + index,
						status: previousStatus.get(question.id) ?? 'generated',
						origin: 'generated',
						edited: false,
						contentHash: article.contentHash,
						createdAt: now,
						updatedAt: now
					}));
				if (rows.length > 0) tx.insert(questions).values(rows).run();
				const values = {
					contentHash: article.contentHash,
					generatorVersion: GENERATOR_VERSION,
					generatedAt: now
				};
				if (set) tx.update(questionSets).set(values).where(eq(questionSets.id, set.id)).run();
				else
					tx.insert(questionSets)
						.values({ articleId: article.id, ...values })
						.run();
			},
			{ behavior: 'immediate' }
		);
	}
	return listQuestions(db, article.id);
}

/** Every question row of an article in quiz order (for a teacher's review). Does not generate. */
export function listQuestions(db: Db, articleId: number): QuestionRow[] {
	return db
		.select()
		.from(questions)
		.where(eq(questions.articleId, articleId))
		.orderBy(asc(questions.position), asc(questions.id))
		.all();
}

/** True once a teacher reviewed the article's questions: from then on a quiz shows only approved ones. */
export function isReviewed(
	db: Db,
	articleId: number,
	rows = listQuestions(db, articleId)
): boolean {
	return !!findSet(db, articleId)?.reviewedAt || rows.some((row) => row.status !== 'generated');
}

/**
 * The questions a learner's quiz shows for the article's current version, in order, generating them when
 * needed: all that are not rejected, or only approved ones once a teacher has reviewed the article.
 */
export function quizQuestions(
	db: Db,
	article: Pick<Article, 'id' | 'body' | 'contentHash'>
): QuestionRow[] {
	const rows = ensureQuestions(db, article);
	const reviewed = isReviewed(db, article.id, rows);
	return rows.filter((row) => (reviewed ? row.status === 'approved' : row.status !== 'rejected'));
}

/** Records that a teacher reviewed the article's questions (TEACH calls this when approving). */
export function markReviewed(db: Db, articleId: number, teacherId: string, now = new Date()): void {
	db.update(questionSets)
		.set({ reviewedAt: now, reviewedBy: teacherId })
		.where(eq(questionSets.articleId, articleId))
		.run();
}

/** The fields a teacher may change on a question. */
export type QuestionEdit = Partial<
	Pick<
		QuestionRow,
		'promptAr' | 'promptEn' | 'choices' | 'answer' | 'accept' | 'difficulty' | 'kind'
	>
>;

/**
 * Applies a teacher's edit to one question of one article (the article id is part of the match so a forged
 * question id of another article changes nothing). Marks it edited, so regeneration keeps it.
 * @returns false when the article has no such question.
 */
export function editQuestion(
	db: Db,
	articleId: number,
	questionId: number,
	edit: QuestionEdit,
	now = new Date()
): boolean {
	const result = db
		.update(questions)
		.set({ ...edit, edited: true, updatedAt: now })
		.where(and(eq(questions.id, questionId), eq(questions.articleId, articleId)))
		.run();
	return result.changes > 0;
}

/** Approves or rejects one question of one article. @returns false when the article has no such question. */
export function setQuestionStatus(
	db: Db,
	articleId: number,
	questionId: number,
	status: QuestionRow['status'],
	now = new Date()
): boolean {
	const result = db
		.update(questions)
		.set({ status, updatedAt: now })
		.where(and(eq(questions.id, questionId), eq(questions.articleId, articleId)))
		.run();
	return result.changes > 0;
}

/** Adds a teacher's own question at the end of the article's quiz (approved: the teacher wrote it). */
export function addTeacherQuestion(
	db: Db,
	article: Pick<Article, 'id' | 'contentHash'>,
	question: Required<Pick<QuestionRow, 'kind' | 'promptAr' | 'answer'>> &
		QuestionEdit & { evidenceStart?: number; evidenceEnd?: number },
	now = new Date()
): QuestionRow {
	const last = db
		.select({ value: max(questions.position) })
		.from(questions)
		.where(eq(questions.articleId, article.id))
		.get();
	return db
		.insert(questions)
		.values({
			promptEn: '',
			choices: [],
			accept: [],
			difficulty: 2,
			...question,
			articleId: article.id,
			key: `t-${crypto.randomUUID()}`,
			position: (last?.value ?? -1) + 1,
			status: 'approved',
			origin: 'teacher',
			edited: false,
			contentHash: article.contentHash,
			createdAt: now,
			updatedAt: now
		})
		.returning()
		.get();
}

/**
 * The snapshot of a question stored with an attempt (keys included; never sent to the browser before submit).
 * `body` is the article text the question is shown with; the evidence sentence is copied from it when the
 * question was written against that version.
 */
export function toAttemptQuestion(
	row: QuestionRow,
	body?: string,
	contentHash?: string
): AttemptQuestion {
	const fits =
		body !== undefined &&
		row.contentHash === contentHash &&
		row.evidenceStart !== null &&
		row.evidenceEnd !== null &&
		row.evidenceEnd <= body.length;
	return {
		key: row.key,
		kind: row.kind,
		promptAr: row.promptAr,
		promptEn: row.promptEn,
		choices: row.choices,
		answer: row.answer,
		accept: row.accept,
		evidenceStart: fits ? row.evidenceStart : null,
		evidenceEnd: fits ? row.evidenceEnd : null,
		...(fits ? { evidenceText: body.slice(row.evidenceStart!, row.evidenceEnd!) } : {}),
		difficulty: row.difficulty
	};
}

/** True for the kinds whose key is a span of the article (who, where, when …). */
export function isFactual(kind: QuestionKind): boolean {
	return FACTUAL_TYPES.includes(kind);
}
