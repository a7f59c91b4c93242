import { describe, expect, it } from 'vitest';
import {
	countDue,
	dueList,
	isDue,
	isNew,
	newSchedule,
	previewSchedule,
	reviewSchedule,
	waitLabel,
	type RatingName
} from './schedule';

const NOW = new Date('2026-03-01T09:00:00Z');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const later = (ms: number) => new Date(NOW.getTime() + ms);

describe('a new card (كِتَاب)', () => {
	it('is new and due at once', () => {
		const card = newSchedule(NOW);
		expect(isNew(card)).toBe(true);
		expect(isDue(card, NOW)).toBe(true);
		expect(card.reps).toBe(0);
	});

	it.each<[RatingName, (due: Date) => boolean]>([
		['again', (due) => due.getTime() - NOW.getTime() <= 10 * MINUTE],
		['hard', (due) => due.getTime() - NOW.getTime() <= 30 * MINUTE],
		['good', (due) => due.getTime() - NOW.getTime() <= DAY],
		['easy', (due) => due.getTime() - NOW.getTime() >= DAY]
	])('answered %s comes back when expected', (rating, expected) => {
		const card = reviewSchedule(newSchedule(NOW), rating, NOW);
		expect(expected(card.due)).toBe(true);
		expect(card.reps).toBe(1);
		expect(isNew(card)).toBe(false);
		expect(card.lastReview).toEqual(NOW);
	});

	it('comes back later the better it was known', () => {
		const preview = previewSchedule(newSchedule(NOW), NOW);
		expect(preview.again.getTime()).toBeLessThan(preview.hard.getTime());
		expect(preview.hard.getTime()).toBeLessThan(preview.good.getTime());
		expect(preview.good.getTime()).toBeLessThan(preview.easy.getTime());
	});

	it('is scheduled the same way every time (no fuzz)', () => {
		const first = reviewSchedule(reviewSchedule(newSchedule(NOW), 'good', NOW), 'good', later(DAY));
		const second = reviewSchedule(
			reviewSchedule(newSchedule(NOW), 'good', NOW),
			'good',
			later(DAY)
		);
		expect(first).toEqual(second);
	});
});

describe('a card being learnt (أَتَى)', () => {
	it('grows its interval with each good answer and counts a lapse when forgotten', () => {
		let card = newSchedule(NOW);
		let at = NOW;
		const intervals: number[] = [];
		for (let i = 0; i < 4; i++) {
			card = reviewSchedule(card, 'good', at);
			intervals.push(card.due.getTime() - at.getTime());
			at = card.due;
		}
		expect(intervals).toEqual([...intervals].sort((a, b) => a - b));
		expect(card.state).toBe(2);
		const forgotten = reviewSchedule(card, 'again', at);
		expect(forgotten.lapses).toBe(1);
		expect(forgotten.state).toBe(3);
		expect(forgotten.due.getTime() - at.getTime()).toBeLessThan(DAY);
	});
});

describe('due list and counts', () => {
	const fresh = { ...newSchedule(NOW), name: 'قلم' };
	const overdue = {
		...reviewSchedule(newSchedule(later(-3 * DAY)), 'good', later(-3 * DAY)),
		name: 'كتاب'
	};
	const future = { ...reviewSchedule(newSchedule(NOW), 'easy', NOW), name: 'سلام' };

	it('lists due cards, those being learnt before new ones, and leaves out the future', () => {
		expect(dueList([fresh, future, overdue], NOW).map((card) => card.name)).toEqual([
			'كتاب',
			'قلم'
		]);
	});

	it('counts due and new', () => {
		expect(countDue([fresh, future, overdue], NOW)).toEqual({ due: 2, new: 1 });
		expect(countDue([], NOW)).toEqual({ due: 0, new: 0 });
	});
});

describe('wait labels', () => {
	it.each([
		[30_000, '1 min'],
		[10 * MINUTE, '10 min'],
		[3 * 60 * MINUTE, '3 h'],
		[DAY, '1 day'],
		[4 * DAY, '4 days'],
		[90 * DAY, '3 months']
	])('%i ms → %s', (ms, label) => {
		expect(waitLabel(NOW, later(ms))).toBe(label);
	});
});
