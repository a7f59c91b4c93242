/**
 * The database schema. TypeScript names are camelCase, SQL names snake_case. Row types come from
 * `$inferSelect` so the schema is the single source of truth.
 *
 * Ids: users and sessions use random text ids (never guessable, safe in URLs); content rows use integer
 * ids. Timestamps are stored as Unix seconds. Every table that belongs to a person references `users.id`
 * with ON DELETE CASCADE, so deleting an account deletes that person's data.
 */
import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const ROLES = ['learner', 'teacher'] as const;
export type Role = (typeof ROLES)[number];

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];

const createdAt = () =>
	integer('created_at', { mode: 'timestamp' })
		.notNull()
		.default(sql`(unixepoch())`);

export const users = sqliteTable(
	'users',
	{
		id: text('id').primaryKey(),
		/** Lower-cased, unique; what people sign in with. */
		username: text('username').notNull(),
		/** Optional, lower-cased, unique when present; also accepted at sign-in. */
		email: text('email'),
		displayName: text('display_name').notNull(),
		role: text('role', { enum: ROLES }).notNull().default('learner'),
		passwordHash: text('password_hash').notNull(),
		createdAt: createdAt()
	},
	(table) => [
		uniqueIndex('users_username_unique').on(table.username),
		uniqueIndex('users_email_unique').on(table.email)
	]
);

export const sessions = sqliteTable(
	'sessions',
	{
		/** SHA-256 (hex) of the session token; the token itself is only ever in the cookie. */
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: integer('expires_at', { mode: 'timestamp' }).notNull()
	},
	(table) => [index('sessions_user_id_idx').on(table.userId)]
);

/**
 * Failed sign-in attempts, counted per key in a fixed window. A key is `account:<name>` or
 * `address:<ip>`. Kept in SQLite so limits survive restarts and hold across processes.
 */
export const signInThrottles = sqliteTable('sign_in_throttles', {
	key: text('key').primaryKey(),
	failures: integer('failures').notNull().default(0),
	windowStartedAt: integer('window_started_at', { mode: 'timestamp' }).notNull()
});

export const articles = sqliteTable(
	'articles',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		slug: text('slug').notNull(),
		title: text('title').notNull(),
		/** Subtitle / summary lines, in order. */
		subtitle: text('subtitle', { mode: 'json' }).$type<string[]>().notNull().default([]),
		source: text('source').notNull(),
		/** ISO date (YYYY-MM-DD) when the publication date is known. */
		publishedAt: text('published_at'),
		level: text('level', { enum: LEVELS }).notNull(),
		tags: text('tags', { mode: 'json' }).$type<string[]>().notNull().default([]),
		/** The Arabic body exactly as written; paragraphs are separated by blank lines. */
		body: text('body').notNull(),
		/** SHA-256 (hex) of the source file; an import updates the row only when it changes. */
		contentHash: text('content_hash').notNull(),
		wordCount: integer('word_count').notNull(),
		/** Null for articles from content/; the importing teacher for articles added in the app. */
		ownerId: text('owner_id').references(() => users.id, { onDelete: 'cascade' }),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp' })
			.notNull()
			.default(sql`(unixepoch())`)
	},
	(table) => [
		uniqueIndex('articles_slug_unique').on(table.slug),
		index('articles_owner_id_idx').on(table.ownerId)
	]
);

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;

// ── Teachers: classes, assignments, per-article glosses (issue 8) ──

export const classes = sqliteTable(
	'classes',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		teacherId: text('teacher_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		/** What learners type (or follow as a link) to join; upper-case letters and digits, unique. */
		joinCode: text('join_code').notNull(),
		createdAt: createdAt()
	},
	(table) => [
		uniqueIndex('classes_join_code_unique').on(table.joinCode),
		index('classes_teacher_id_idx').on(table.teacherId)
	]
);

export const classMembers = sqliteTable(
	'class_members',
	{
		classId: integer('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		learnerId: text('learner_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		joinedAt: integer('joined_at', { mode: 'timestamp' })
			.notNull()
			.default(sql`(unixepoch())`)
	},
	(table) => [
		uniqueIndex('class_members_class_learner_unique').on(table.classId, table.learnerId),
		index('class_members_learner_id_idx').on(table.learnerId)
	]
);

export const assignments = sqliteTable(
	'assignments',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		classId: integer('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		articleId: integer('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		/** Optional; a submission after this moment is marked late (never refused). */
		dueAt: integer('due_at', { mode: 'timestamp' }),
		createdAt: createdAt()
	},
	(table) => [
		uniqueIndex('assignments_class_article_unique').on(table.classId, table.articleId),
		index('assignments_article_id_idx').on(table.articleId)
	]
);

/**
 * A teacher's gloss for a word in one article; it takes precedence over the lexicon there. `key` is
 * the normalised (normalizeForMatch) lemma or surface form the gloss applies to.
 */
export const articleGlosses = sqliteTable(
	'article_glosses',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		articleId: integer('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		key: text('key').notNull(),
		/** The word as the teacher picked it in the text, for display. */
		word: text('word').notNull(),
		gloss: text('gloss').notNull(),
		createdAt: createdAt()
	},
	(table) => [uniqueIndex('article_glosses_article_key_unique').on(table.articleId, table.key)]
);

export type Class = typeof classes.$inferSelect;
export type ClassMember = typeof classMembers.$inferSelect;
export type Assignment = typeof assignments.$inferSelect;
export type ArticleGloss = typeof articleGlosses.$inferSelect;

// ── Quizzes (issue 7) ── owned by QUIZ; TEACH edits question rows (status, prompts, choices, answers, position).

export const QUESTION_KINDS = [
	'who',
	'whom',
	'where',
	'when',
	'what',
	'how_many',
	'vocab',
	'root',
	'cloze'
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** generated: not reviewed yet; approved / rejected: a teacher's decision. */
export const QUESTION_STATUSES = ['generated', 'approved', 'rejected'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/** Who wrote the question: the generator, or a teacher (added by hand). */
export const QUESTION_ORIGINS = ['generated', 'teacher'] as const;
export type QuestionOrigin = (typeof QUESTION_ORIGINS)[number];

/**
 * The generator's run for the current version of an article: one row per article. When the article's
 * content hash or the generator version differs from this row, the questions are generated again (teacher
 * rows survive). `reviewedAt` is set by a teacher's review: from then on a quiz shows only approved questions.
 */
export const questionSets = sqliteTable(
	'question_sets',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		articleId: integer('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		/** `articles.content_hash` the generated questions were made from. */
		contentHash: text('content_hash').notNull(),
		generatorVersion: integer('generator_version').notNull(),
		generatedAt: integer('generated_at', { mode: 'timestamp' }).notNull(),
		reviewedAt: integer('reviewed_at', { mode: 'timestamp' }),
		reviewedBy: text('reviewed_by').references(() => users.id, { onDelete: 'set null' })
	},
	(table) => [uniqueIndex('question_sets_article_id_unique').on(table.articleId)]
);

/**
 * The questions of an article. `key` is the generator's stable id (same text, same question, same key) or
 * `t-<random>` for a teacher's own question; it is what attempts refer to. Rows with `origin = 'teacher'`
 * or `edited = true` are never replaced by a regeneration; the others are.
 */
export const questions = sqliteTable(
	'questions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		articleId: integer('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		key: text('key').notNull(),
		kind: text('kind', { enum: QUESTION_KINDS }).notNull(),
		promptAr: text('prompt_ar').notNull(),
		promptEn: text('prompt_en').notNull().default(''),
		/** The choices in display order (the answer among them); empty for a typed-only question. */
		choices: text('choices', { mode: 'json' }).$type<string[]>().notNull().default([]),
		answer: text('answer').notNull(),
		/** Further typed answers that count as right. */
		accept: text('accept', { mode: 'json' }).$type<string[]>().notNull().default([]),
		/** UTF-16 offsets of the evidence sentence in `articles.body` (of `contentHash`'s version). */
		evidenceStart: integer('evidence_start'),
		evidenceEnd: integer('evidence_end'),
		/** 1 easy, 2 medium, 3 hard. */
		difficulty: integer('difficulty').notNull().default(2),
		/** Display order within the article's quiz (ascending). */
		position: integer('position').notNull(),
		status: text('status', { enum: QUESTION_STATUSES }).notNull().default('generated'),
		origin: text('origin', { enum: QUESTION_ORIGINS }).notNull().default('generated'),
		/** True once a teacher changed a generated question; it then survives regeneration. */
		edited: integer('edited', { mode: 'boolean' }).notNull().default(false),
		/** The article content hash this row was written against (evidence offsets refer to it). */
		contentHash: text('content_hash').notNull(),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp' })
			.notNull()
			.default(sql`(unixepoch())`)
	},
	(table) => [
		uniqueIndex('questions_article_key_unique').on(table.articleId, table.key),
		index('questions_article_position_idx').on(table.articleId, table.position)
	]
);

/**
 * One learner's go at one article's quiz. Created when the quiz is shown (with the questions as shown,
 * answer keys included, kept server-side) and completed once by the submit that carries its `token`.
 */
export const attempts = sqliteTable(
	'attempts',
	{
		/** Random text id (used in URLs). */
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		articleId: integer('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		/** `articles.content_hash` when the quiz was shown. */
		articleHash: text('article_hash').notNull(),
		/** The questions exactly as shown, with their keys (a snapshot: later edits do not change it). */
		questions: text('questions', { mode: 'json' }).$type<AttemptQuestion[]>().notNull(),
		/** Server-issued idempotency token, sent back in a hidden field; one submission per token. */
		token: text('token').notNull(),
		score: integer('score'),
		maxScore: integer('max_score').notNull(),
		startedAt: integer('started_at', { mode: 'timestamp' }).notNull(),
		submittedAt: integer('submitted_at', { mode: 'timestamp' })
	},
	(table) => [
		uniqueIndex('attempts_token_unique').on(table.token),
		index('attempts_user_article_idx').on(table.userId, table.articleId),
		index('attempts_article_idx').on(table.articleId)
	]
);

/** A question as it was shown in an attempt (stored in `attempts.questions`). */
export interface AttemptQuestion {
	key: string;
	kind: QuestionKind;
	promptAr: string;
	promptEn: string;
	choices: string[];
	answer: string;
	accept: string[];
	evidenceStart: number | null;
	evidenceEnd: number | null;
	/** The evidence sentence as it read when shown (offsets may not fit a later version of the article). */
	evidenceText?: string;
	difficulty: number;
}

/** The learner's response to one question of a submitted attempt. */
export const attemptAnswers = sqliteTable(
	'attempt_answers',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		attemptId: text('attempt_id')
			.notNull()
			.references(() => attempts.id, { onDelete: 'cascade' }),
		/** `questions.key` (attempts keep their own snapshot, so no foreign key). */
		questionKey: text('question_key').notNull(),
		kind: text('kind', { enum: QUESTION_KINDS }).notNull(),
		/** Position of the question in the attempt (0-based). */
		position: integer('position').notNull(),
		/** What the learner chose or typed, trimmed; '' when left blank. */
		response: text('response').notNull(),
		correct: integer('correct', { mode: 'boolean' }).notNull()
	},
	(table) => [
		uniqueIndex('attempt_answers_attempt_question_unique').on(table.attemptId, table.questionKey)
	]
);

/**
 * Server-side secrets, by name, generated at random in the database itself (the quiz-token key signs the
 * quiz sheets a page view hands out, so viewing a quiz writes nothing). Never sent to a browser.
 */
export const serverSecrets = sqliteTable('server_secrets', {
	name: text('name').primaryKey(),
	value: text('value').notNull(),
	createdAt: createdAt()
});

/**
 * Quiz answers posted when no session (or another account's session) was there to receive them: kept
 * for the account the quiz sheet was issued to, found again through a random id in an httpOnly cookie
 * of the same browser, and submitted or restored only after that account signs in. One row per sheet.
 */
export const pendingSubmissions = sqliteTable(
	'pending_submissions',
	{
		/** Random id, the value of the browser's pending cookie. */
		id: text('id').primaryKey(),
		/** The signed quiz-sheet token the answers belong to (names the account and the article). */
		token: text('token').notNull(),
		/** The account the sheet was issued to; only it may submit or see these answers. */
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		articleId: integer('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		/** Question key → response, as posted (only keys of the sheet's questions, each cut to length). */
		responses: text('responses', { mode: 'json' }).$type<Record<string, string>>().notNull(),
		/** The learner had chosen "Submit anyway" (blank answers count as wrong). */
		submitBlank: integer('submit_blank', { mode: 'boolean' }).notNull().default(false),
		createdAt: createdAt(),
		expiresAt: integer('expires_at', { mode: 'timestamp' }).notNull()
	},
	(table) => [
		uniqueIndex('pending_submissions_token_unique').on(table.token),
		index('pending_submissions_user_idx').on(table.userId)
	]
);

export type PendingSubmission = typeof pendingSubmissions.$inferSelect;

export type QuestionSet = typeof questionSets.$inferSelect;
export type QuestionRow = typeof questions.$inferSelect;
export type NewQuestionRow = typeof questions.$inferInsert;
export type Attempt = typeof attempts.$inferSelect;
export type AttemptAnswer = typeof attemptAnswers.$inferSelect;

// ── Reader: look-ups, saved words and review cards (issue 6) ── owned by READER.

/**
 * One word a signed-in learner opened in the reader. `lemma` is the analysis's vowelled lemma (the word
 * as written when there is none); the gradebook and the progress page count these rows.
 */
export const lookups = sqliteTable(
	'lookups',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		articleId: integer('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		lemma: text('lemma').notNull(),
		/** The word as written in the article. */
		word: text('word').notNull(),
		createdAt: createdAt()
	},
	(table) => [
		index('lookups_user_lemma_idx').on(table.userId, table.lemma),
		index('lookups_user_created_idx').on(table.userId, table.createdAt),
		index('lookups_article_idx').on(table.articleId)
	]
);

/** A word a learner chose to keep ("Save word" in the reader); one row per learner and lemma. */
export const savedWords = sqliteTable(
	'saved_words',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		articleId: integer('article_id').references(() => articles.id, { onDelete: 'set null' }),
		lemma: text('lemma').notNull(),
		word: text('word').notNull(),
		createdAt: createdAt()
	},
	(table) => [uniqueIndex('saved_words_user_lemma_unique').on(table.userId, table.lemma)]
);

export const CARD_ORIGINS = ['saved', 'looked_up'] as const;
export type CardOrigin = (typeof CARD_ORIGINS)[number];

/**
 * A spaced-repetition card (FSRS, through src/lib/srs): what is shown (the word, its lemma, root, gloss
 * and the sentence it was met in) and the scheduler's state. One card per learner and lemma.
 */
export const reviewCards = sqliteTable(
	'review_cards',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		articleId: integer('article_id').references(() => articles.id, { onDelete: 'set null' }),
		lemma: text('lemma').notNull(),
		word: text('word').notNull(),
		root: text('root').notNull().default(''),
		gloss: text('gloss').notNull().default(''),
		/** The sentence of the article the word was met in. */
		example: text('example').notNull().default(''),
		origin: text('origin', { enum: CARD_ORIGINS }).notNull(),
		// FSRS state (ts-fsrs `Card`), kept as plain columns so due cards can be queried.
		due: integer('due', { mode: 'timestamp' }).notNull(),
		stability: real('stability').notNull().default(0),
		difficulty: real('difficulty').notNull().default(0),
		elapsedDays: integer('elapsed_days').notNull().default(0),
		scheduledDays: integer('scheduled_days').notNull().default(0),
		learningSteps: integer('learning_steps').notNull().default(0),
		reps: integer('reps').notNull().default(0),
		lapses: integer('lapses').notNull().default(0),
		/** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
		state: integer('state').notNull().default(0),
		lastReview: integer('last_review', { mode: 'timestamp' }),
		createdAt: createdAt()
	},
	(table) => [
		uniqueIndex('review_cards_user_lemma_unique').on(table.userId, table.lemma),
		index('review_cards_user_due_idx').on(table.userId, table.due)
	]
);

export type Lookup = typeof lookups.$inferSelect;
export type SavedWord = typeof savedWords.$inferSelect;
export type ReviewCard = typeof reviewCards.$inferSelect;
