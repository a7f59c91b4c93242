/**
 * The assignments aggregate: an article (and its quiz) given to a class, with an optional due date.
 * Use as a namespace: `import * as assignments from '$lib/server/assignments'`.
 *
 * Who may read an article follows from here too: articles from content/ are public; a teacher's
 * imported article is readable by that teacher and by the learners of a class it is assigned to.
 */
import { and, asc, desc, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { SessionUser } from './auth.ts';
import { findForTeacher } from './classes.ts';
import type { Db } from './db/index.ts';
import {
	articles,
	assignments,
	attempts,
	classMembers,
	classes,
	type Article
} from './db/schema.ts';

/** A submission strictly after the due moment is late; without a due date nothing is late. */
export function isLate(dueAt: Date | null, submittedAt: Date | null | undefined): boolean {
	return !!dueAt && !!submittedAt && submittedAt.getTime() > dueAt.getTime();
}

/**
 * Reads a due date typed in a form: `YYYY-MM-DD` means the end of that day (23:59:59 UTC), and
 * `YYYY-MM-DDTHH:MM` that minute (UTC). Empty means no due date; anything else is undefined.
 */
export function parseDueDate(value: string): Date | null | undefined {
	const text = value.trim();
	if (text === '') return null;
	const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	const minute = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text);
	const date = day
		? new Date(`${text}T23:59:59Z`)
		: minute
			? new Date(`${text}:00Z`)
			: new Date(Number.NaN);
	if (Number.isNaN(date.getTime())) return undefined;
	// Round trip rejects 2026-02-30 and the like.
	if (date.toISOString().slice(0, 10) !== text.slice(0, 10)) return undefined;
	// A year such as 0202 or 20260 is a typing slip, not a due date.
	const year = date.getUTCFullYear();
	if (year < 2000 || year > 2199) return undefined;
	return date;
}

/** Whether the teacher may assign the article: their own import, or a public article from content/. */
export function canAssignArticle(db: Db, teacherId: string, articleId: number): boolean {
	if (!Number.isSafeInteger(articleId)) return false;
	return !!db
		.select({ id: articles.id })
		.from(articles)
		.where(
			and(eq(articles.id, articleId), or(isNull(articles.ownerId), eq(articles.ownerId, teacherId)))
		)
		.get();
}

export type AssignOutcome = 'assigned' | 'updated' | 'not-found';

/** Assigns an article to one of the teacher's classes; assigning again changes the due date. */
export function assign(
	db: Db,
	teacherId: string,
	classId: number,
	articleId: number,
	dueAt: Date | null
): AssignOutcome {
	if (!findForTeacher(db, teacherId, classId)) return 'not-found';
	if (!canAssignArticle(db, teacherId, articleId)) return 'not-found';
	const existing = db
		.select({ id: assignments.id })
		.from(assignments)
		.where(and(eq(assignments.classId, classId), eq(assignments.articleId, articleId)))
		.get();
	if (existing) {
		db.update(assignments).set({ dueAt }).where(eq(assignments.id, existing.id)).run();
		return 'updated';
	}
	db.insert(assignments).values({ classId, articleId, dueAt }).run();
	return 'assigned';
}

/** Removes an assignment from one of the teacher's classes. */
export function unassign(db: Db, teacherId: string, assignmentId: number): boolean {
	const found = findForTeacher(db, teacherId, classIdOf(db, assignmentId) ?? -1);
	if (!found) return false;
	return db.delete(assignments).where(eq(assignments.id, assignmentId)).run().changes > 0;
}

function classIdOf(db: Db, assignmentId: number): number | undefined {
	if (!Number.isSafeInteger(assignmentId)) return undefined;
	return db
		.select({ classId: assignments.classId })
		.from(assignments)
		.where(eq(assignments.id, assignmentId))
		.get()?.classId;
}

export interface ClassAssignment {
	id: number;
	articleId: number;
	slug: string;
	title: string;
	dueAt: Date | null;
	createdAt: Date;
}

/** The assignments of one of the teacher's classes, by due date (undated last), then newest. */
export function listForClass(db: Db, teacherId: string, classId: number): ClassAssignment[] {
	if (!findForTeacher(db, teacherId, classId)) return [];
	return db
		.select({
			id: assignments.id,
			articleId: assignments.articleId,
			slug: articles.slug,
			title: articles.title,
			dueAt: assignments.dueAt,
			createdAt: assignments.createdAt
		})
		.from(assignments)
		.innerJoin(articles, eq(articles.id, assignments.articleId))
		.where(eq(assignments.classId, classId))
		.orderBy(sql`${assignments.dueAt} is null`, asc(assignments.dueAt), asc(assignments.id))
		.all();
}

export interface LearnerAssignment {
	id: number;
	classId: number;
	className: string;
	articleId: number;
	slug: string;
	title: string;
	level: Article['level'];
	dueAt: Date | null;
}

/** Everything assigned to a learner across their classes, soonest due first (undated last). */
export function listForLearner(db: Db, learnerId: string): LearnerAssignment[] {
	return db
		.select({
			id: assignments.id,
			classId: classes.id,
			className: classes.name,
			articleId: articles.id,
			slug: articles.slug,
			title: articles.title,
			level: articles.level,
			dueAt: assignments.dueAt
		})
		.from(classMembers)
		.innerJoin(classes, eq(classes.id, classMembers.classId))
		.innerJoin(assignments, eq(assignments.classId, classes.id))
		.innerJoin(articles, eq(articles.id, assignments.articleId))
		.where(eq(classMembers.learnerId, learnerId))
		.orderBy(sql`${assignments.dueAt} is null`, asc(assignments.dueAt), asc(assignments.id))
		.all();
}

/**
 * The earliest due date among the learner's assignments of this article (null: none, or undated).
 * Used to mark a quiz submission late.
 */
export function dueDateFor(db: Db, learnerId: string, articleId: number): Date | null {
	const rows = db
		.select({ dueAt: assignments.dueAt })
		.from(assignments)
		.innerJoin(classMembers, eq(classMembers.classId, assignments.classId))
		.where(and(eq(classMembers.learnerId, learnerId), eq(assignments.articleId, articleId)))
		.all();
	const dates = rows.map((row) => row.dueAt).filter((date): date is Date => !!date);
	if (dates.length === 0) return null;
	return new Date(Math.min(...dates.map((date) => date.getTime())));
}

/**
 * Whether `user` (null: anonymous) may read an article: public ones anyone; a teacher's own import
 * its teacher; an assigned import the learners of the classes it is assigned to.
 */
export function canReadArticle(
	db: Db,
	user: Pick<SessionUser, 'id'> | null,
	article: Pick<Article, 'id' | 'ownerId'>
): boolean {
	if (article.ownerId === null) return true;
	if (!user) return false;
	if (article.ownerId === user.id) return true;
	return !!db
		.select({ id: assignments.id })
		.from(assignments)
		.innerJoin(classMembers, eq(classMembers.classId, assignments.classId))
		.where(and(eq(assignments.articleId, article.id), eq(classMembers.learnerId, user.id)))
		.get();
}

/** The articles a teacher may assign: their own imports first (newest first), then the public ones by title. */
export function assignableArticles(
	db: Db,
	teacherId: string
): { id: number; title: string; own: boolean }[] {
	const rows = db
		.select({ id: articles.id, title: articles.title, ownerId: articles.ownerId })
		.from(articles)
		.where(or(isNull(articles.ownerId), eq(articles.ownerId, teacherId)))
		.orderBy(sql`${articles.ownerId} is null`, desc(articles.createdAt), asc(articles.title))
		.all();
	return rows.map((row) => ({ id: row.id, title: row.title, own: row.ownerId !== null }));
}

export interface AssignedToYou extends LearnerAssignment {
	done: boolean;
	/** Submitted after the due date (the first submission counts). */
	late: boolean;
	/** Not yet done and the due date has passed. */
	overdue: boolean;
}

/** What the home page shows a learner: their assignments with done / late / overdue. */
export function assignedToYou(db: Db, learnerId: string, now = new Date()): AssignedToYou[] {
	const list = listForLearner(db, learnerId);
	if (list.length === 0) return [];
	const firstSubmitted = new Map<number, Date>();
	const rows = db
		.select({ articleId: attempts.articleId, submittedAt: attempts.submittedAt })
		.from(attempts)
		.where(and(eq(attempts.userId, learnerId), isNotNull(attempts.submittedAt)))
		.orderBy(asc(attempts.submittedAt))
		.all();
	for (const row of rows) {
		if (row.submittedAt && !firstSubmitted.has(row.articleId)) {
			firstSubmitted.set(row.articleId, row.submittedAt);
		}
	}
	return list.map((item) => {
		const submitted = firstSubmitted.get(item.articleId) ?? null;
		return {
			...item,
			done: submitted !== null,
			late: isLate(item.dueAt, submitted),
			overdue: submitted === null && !!item.dueAt && now.getTime() > item.dueAt.getTime()
		};
	});
}
