/**
 * Spaced-repetition scheduling for review cards, around ts-fsrs (the FSRS algorithm). Pure: the clock is
 * always passed in, fuzz is off, so the same reviews at the same moments give the same schedule.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';

/** The four answers a learner gives after revealing a card, in the order the buttons show them. */
export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type RatingName = (typeof RATINGS)[number];

const GRADE: Record<RatingName, Grade> = {
	again: Rating.Again,
	hard: Rating.Hard,
	good: Rating.Good,
	easy: Rating.Easy
};

/** What the scheduler keeps for a card (the database stores these fields as columns). */
export interface Schedule {
	due: Date;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	/** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs `State`). */
	state: number;
	lastReview: Date | null;
}

// Fuzz spreads intervals at random; off, so tests and replays are exact.
const scheduler = fsrs({ enable_fuzz: false });

function toCard(schedule: Schedule): Card {
	return {
		due: schedule.due,
		stability: schedule.stability,
		difficulty: schedule.difficulty,
		elapsed_days: schedule.elapsedDays,
		scheduled_days: schedule.scheduledDays,
		learning_steps: schedule.learningSteps,
		reps: schedule.reps,
		lapses: schedule.lapses,
		state: schedule.state as State,
		last_review: schedule.lastReview ?? undefined
	};
}

function fromCard(card: Card): Schedule {
	return {
		due: card.due,
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		lastReview: card.last_review ?? null
	};
}

/**
 * A card never reviewed, due at once.
 * @example newSchedule(new Date('2026-01-01T00:00:00Z')).state // 0 (new), for a card of كِتَاب
 */
export function newSchedule(now: Date): Schedule {
	return fromCard(createEmptyCard(now));
}

/**
 * The schedule after the learner answered `rating` at `now`.
 * @example reviewSchedule(newSchedule(now), 'good', now).due // ten minutes later for a new card of أَتَى
 */
export function reviewSchedule(schedule: Schedule, rating: RatingName, now: Date): Schedule {
	return fromCard(scheduler.next(toCard(schedule), now, GRADE[rating]).card);
}

/**
 * When each answer would bring the card back, for labelling the buttons.
 * @example previewSchedule(newSchedule(now), now).again // a minute later for a new card of وَزِير
 */
export function previewSchedule(schedule: Schedule, now: Date): Record<RatingName, Date> {
	const preview = scheduler.repeat(toCard(schedule), now);
	return {
		again: preview[Rating.Again].card.due,
		hard: preview[Rating.Hard].card.due,
		good: preview[Rating.Good].card.due,
		easy: preview[Rating.Easy].card.due
	};
}

/** Whether a card is due at `now`. @example isDue(newSchedule(now), now) // true for a new card of سَلَام */
export function isDue(schedule: Pick<Schedule, 'due'>, now: Date): boolean {
	return schedule.due.getTime() <= now.getTime();
}

/** Whether a card has never been reviewed. @example isNew(newSchedule(now)) // true for a card of حَلّ */
export function isNew(schedule: Pick<Schedule, 'state'>): boolean {
	return schedule.state === State.New;
}

/**
 * The cards due at `now`, the longest overdue first (new cards after those already being learnt).
 * @example dueList([cardOfKitab, cardOfQalam], now) // the due ones, oldest due date first
 */
export function dueList<T extends Pick<Schedule, 'due' | 'state'>>(cards: T[], now: Date): T[] {
	return cards
		.filter((card) => isDue(card, now))
		.sort((a, b) => Number(isNew(a)) - Number(isNew(b)) || a.due.getTime() - b.due.getTime());
}

/**
 * Counts for the review page: cards due now (new ones included) and how many of those are new.
 * @example countDue([cardOfKitab], now) // { due: 1, new: 1 } for a fresh card of كِتَاب
 */
export function countDue(cards: Pick<Schedule, 'due' | 'state'>[], now: Date) {
	const due = cards.filter((card) => isDue(card, now));
	return { due: due.length, new: due.filter(isNew).length };
}

/**
 * A short English label for the wait until `due`: "1 min", "10 min", "3 h", "4 days".
 * @example waitLabel(now, new Date(now.getTime() + 600_000)) // "10 min" (shown under "Good")
 */
export function waitLabel(now: Date, due: Date): string {
	const minutes = Math.max(1, Math.round((due.getTime() - now.getTime()) / 60_000));
	if (minutes < 60) return `${minutes} min`;
	const hours = Math.round(minutes / 60);
	if (hours < 24) return `${hours} h`;
	const days = Math.round(hours / 24);
	if (days < 60) return `${days} day${days === 1 ? '' : 's'}`;
	const months = Math.round(days / 30);
	return `${months} months`;
}
