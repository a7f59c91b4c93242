/**
 * Review cards: the words a learner saved or kept looking up, scheduled with FSRS (src/lib/srs).
 * Every function takes the learner's id and only ever touches that learner's cards: a card id of
 * someone else reads as "no such card".
 *
 * Use as a namespace: `import * as reviewCards from '$lib/server/review-cards'`.
 */
import { and, asc, eq, lte } from 'drizzle-orm';
import {
	countDue,
	newSchedule,
	previewSchedule,
	reviewSchedule,
	type RatingName,
	type Schedule
} from '../srs/schedule.ts';
import type { Db } from './db/index.ts';
import { reviewCards, type CardOrigin, type ReviewCard } from './db/schema.ts';

/** What a card shows. */
export interface CardContent {
	articleId: number | null;
	lemma: string;
	word: string;
	root: string;
	gloss: string;
	example: string;
}

function scheduleOf(card: ReviewCard): Schedule {
	return {
		due: card.due,
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsedDays,
		scheduledDays: card.scheduledDays,
		learningSteps: card.learningSteps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		lastReview: card.lastReview
	};
}

/**
 * Makes a card for the learner's lemma unless one exists. A saved word marks an existing looked-up
 * card as saved. Returns the card.
 */
export function ensureCard(
	db: Db,
	userId: string,
	content: CardContent,
	origin: CardOrigin,
	now = new Date()
): ReviewCard {
	const existing = db
		.select()
		.from(reviewCards)
		.where(and(eq(reviewCards.userId, userId), eq(reviewCards.lemma, content.lemma)))
		.get();
	if (existing) {
		if (origin === 'saved' && existing.origin !== 'saved') {
			db.update(reviewCards).set({ origin }).where(eq(reviewCards.id, existing.id)).run();
			return { ...existing, origin };
		}
		return existing;
	}
	return db
		.insert(reviewCards)
		.values({ userId, ...content, origin, ...newSchedule(now), createdAt: now })
		.returning()
		.get();
}

/** The learner's card with this id, or undefined (also when it is someone else's). */
export function findOwn(db: Db, userId: string, cardId: number): ReviewCard | undefined {
	return db
		.select()
		.from(reviewCards)
		.where(and(eq(reviewCards.id, cardId), eq(reviewCards.userId, userId)))
		.get();
}

/** The learner's cards due at `now`: those being learnt first (longest overdue first), then new ones. */
export function listDue(db: Db, userId: string, now = new Date()): ReviewCard[] {
	const due = db
		.select()
		.from(reviewCards)
		.where(and(eq(reviewCards.userId, userId), lte(reviewCards.due, now)))
		.orderBy(asc(reviewCards.due), asc(reviewCards.id))
		.all();
	return [...due.filter((card) => card.state !== 0), ...due.filter((card) => card.state === 0)];
}

/** Counts for the review page: due now, of those new, and all the learner's cards. */
export function countCards(db: Db, userId: string, now = new Date()) {
	const cards = db
		.select({ due: reviewCards.due, state: reviewCards.state })
		.from(reviewCards)
		.where(eq(reviewCards.userId, userId))
		.all();
	return { ...countDue(cards, now), total: cards.length };
}

/** When each rating would bring the card back. */
export function preview(card: ReviewCard, now = new Date()): Record<RatingName, Date> {
	return previewSchedule(scheduleOf(card), now);
}

/** Records the learner's rating of their card; undefined when the card is not theirs (or gone). */
export function rate(
	db: Db,
	userId: string,
	cardId: number,
	rating: RatingName,
	now = new Date()
): ReviewCard | undefined {
	const card = findOwn(db, userId, cardId);
	if (!card) return undefined;
	const next = reviewSchedule(scheduleOf(card), rating, now);
	return db
		.update(reviewCards)
		.set(next)
		.where(and(eq(reviewCards.id, cardId), eq(reviewCards.userId, userId)))
		.returning()
		.get();
}
