/**
 * The classes aggregate: a teacher's classes, their join codes and their learners.
 * Use as a namespace: `import * as classes from '$lib/server/classes'`.
 *
 * Every function that reads or changes a class takes the acting teacher's id and matches it in the
 * query itself, so a changed id in a URL or form finds nothing (the caller answers 404).
 */
import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from './db/index.ts';
import { classes, classMembers, users, type Class } from './db/schema.ts';

/** Join codes avoid letters and digits that are easily confused when read aloud or copied (0/O, 1/I/L). */
const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 8;

/** A random join code such as `K7QF2MZX`. */
export function generateJoinCode(): string {
	const bytes = new Uint8Array(JOIN_CODE_LENGTH);
	crypto.getRandomValues(bytes);
	let code = '';
	for (const byte of bytes) code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
	return code;
}

/**
 * What a learner typed, made comparable: full-width forms folded (NFKC), Arabic-Indic digits (٢ ۲)
 * read as 2…, spaces, hyphens and invisible characters dropped, upper-cased.
 */
export function normalizeJoinCode(value: string): string {
	return value
		.normalize('NFKC')
		.replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
		.replace(/[\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
		.replace(/[\s\-\u2010-\u2015\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+/g, '')
		.toUpperCase();
}

export interface ClassSummary {
	id: number;
	name: string;
	joinCode: string;
	createdAt: Date;
	memberCount: number;
}

/** Creates a class for `teacherId` with a fresh, unique join code. */
export function createClass(db: Db, teacherId: string, name: string): Class {
	for (let attempt = 0; attempt < 5; attempt += 1) {
		const joinCode = generateJoinCode();
		const taken = db
			.select({ id: classes.id })
			.from(classes)
			.where(eq(classes.joinCode, joinCode))
			.get();
		if (taken) continue;
		return db.insert(classes).values({ teacherId, name, joinCode }).returning().get();
	}
	throw new Error('Could not find a free join code; try again.');
}

/** The teacher's classes, oldest first, with how many learners each has. */
export function listForTeacher(db: Db, teacherId: string): ClassSummary[] {
	return db
		.select({
			id: classes.id,
			name: classes.name,
			joinCode: classes.joinCode,
			createdAt: classes.createdAt,
			memberCount: count(classMembers.learnerId)
		})
		.from(classes)
		.leftJoin(classMembers, eq(classMembers.classId, classes.id))
		.where(eq(classes.teacherId, teacherId))
		.groupBy(classes.id)
		.orderBy(asc(classes.createdAt), asc(classes.id))
		.all();
}

/** The class when `teacherId` teaches it; undefined otherwise (also for ids that do not exist). */
export function findForTeacher(db: Db, teacherId: string, classId: number): Class | undefined {
	if (!Number.isSafeInteger(classId)) return undefined;
	return db
		.select()
		.from(classes)
		.where(and(eq(classes.id, classId), eq(classes.teacherId, teacherId)))
		.get();
}

export function findByJoinCode(db: Db, code: string): Class | undefined {
	const joinCode = normalizeJoinCode(code);
	if (joinCode === '') return undefined;
	return db.select().from(classes).where(eq(classes.joinCode, joinCode)).get();
}

export interface Member {
	id: string;
	username: string;
	displayName: string;
	joinedAt: Date;
}

/** The learners of a class the teacher teaches, by name. Empty for anyone else's class. */
export function listMembers(db: Db, teacherId: string, classId: number): Member[] {
	if (!findForTeacher(db, teacherId, classId)) return [];
	return db
		.select({
			id: users.id,
			username: users.username,
			displayName: users.displayName,
			joinedAt: classMembers.joinedAt
		})
		.from(classMembers)
		.innerJoin(users, eq(users.id, classMembers.learnerId))
		.where(eq(classMembers.classId, classId))
		.orderBy(asc(users.displayName), asc(users.username))
		.all();
}

export type JoinOutcome =
	| { status: 'joined' | 'already-member'; class: Class }
	| { status: 'unknown-code' }
	| { status: 'own-class'; class: Class };

/** Adds a learner to the class with `code`. Joining twice is harmless. */
export function joinByCode(db: Db, learnerId: string, code: string): JoinOutcome {
	const found = findByJoinCode(db, code);
	if (!found) return { status: 'unknown-code' };
	if (found.teacherId === learnerId) return { status: 'own-class', class: found };
	const inserted = db
		.insert(classMembers)
		.values({ classId: found.id, learnerId })
		.onConflictDoNothing()
		.run();
	return { status: inserted.changes > 0 ? 'joined' : 'already-member', class: found };
}

/**
 * Ends a membership, the one way a learner leaves a class (the teacher's Remove, the learner's Leave).
 * Only the membership goes: the learner's attempts stay, so their results come back if they rejoin.
 */
function deleteMembership(db: Db, classId: number, learnerId: string): boolean {
	const result = db
		.delete(classMembers)
		.where(and(eq(classMembers.classId, classId), eq(classMembers.learnerId, learnerId)))
		.run();
	return result.changes > 0;
}

/** Removes a learner from one of the teacher's classes. False when there was nothing to remove. */
export function removeMember(
	db: Db,
	teacherId: string,
	classId: number,
	learnerId: string
): boolean {
	if (!findForTeacher(db, teacherId, classId)) return false;
	return deleteMembership(db, classId, learnerId);
}

/** The learner leaves one of their classes. False when they were not in it (or it does not exist). */
export function leaveClass(db: Db, learnerId: string, classId: number): boolean {
	if (!Number.isSafeInteger(classId)) return false;
	return deleteMembership(db, classId, learnerId);
}

/** A new join code for a class (the old one stops working). */
export function renewJoinCode(db: Db, teacherId: string, classId: number): string | undefined {
	if (!findForTeacher(db, teacherId, classId)) return undefined;
	const joinCode = generateJoinCode();
	db.update(classes).set({ joinCode }).where(eq(classes.id, classId)).run();
	return joinCode;
}

/** True when the learner belongs to a class the teacher teaches. */
export function teachesLearner(db: Db, teacherId: string, learnerId: string): boolean {
	return !!db
		.select({ id: classes.id })
		.from(classMembers)
		.innerJoin(classes, eq(classes.id, classMembers.classId))
		.where(and(eq(classes.teacherId, teacherId), eq(classMembers.learnerId, learnerId)))
		.get();
}

/** The classes a learner belongs to. */
export function listForLearner(db: Db, learnerId: string): { id: number; name: string }[] {
	return db
		.select({ id: classes.id, name: classes.name })
		.from(classMembers)
		.innerJoin(classes, eq(classes.id, classMembers.classId))
		.where(eq(classMembers.learnerId, learnerId))
		.orderBy(asc(classes.name))
		.all();
}

export interface Membership {
	id: number;
	name: string;
	teacherName: string;
	joinedAt: Date;
}

/** The classes a learner belongs to, with their teacher's display name and when the learner joined. */
export function membershipsForLearner(db: Db, learnerId: string): Membership[] {
	return db
		.select({
			id: classes.id,
			name: classes.name,
			teacherName: users.displayName,
			joinedAt: classMembers.joinedAt
		})
		.from(classMembers)
		.innerJoin(classes, eq(classes.id, classMembers.classId))
		.innerJoin(users, eq(users.id, classes.teacherId))
		.where(eq(classMembers.learnerId, learnerId))
		.orderBy(asc(classes.name), asc(classes.id))
		.all();
}
