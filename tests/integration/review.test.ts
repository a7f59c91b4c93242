/**
 * Save word → saved word + review card → the review page rates it. Through the real routes (only the
 * request context and the database connection come from the test): a learner sees and rates only their
 * own cards; someone else's card id is a 404.
 */
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth.ts';
import {
	reviewCards as cardsTable,
	savedWords as savedTable,
	type Article
} from '../../src/lib/server/db/schema.ts';
import { getReaderView, type ReaderView } from '../../src/lib/server/reader.ts';
import * as reviewCards from '../../src/lib/server/review-cards.ts';
import * as savedWords from '../../src/lib/server/saved-words.ts';
import { createTestDatabase, type TestDatabase } from './helpers.ts';
import { insertArticle, keysOf, learner } from './lookups-fixtures.ts';

const context = vi.hoisted(() => ({
	db: undefined as unknown,
	user: null as unknown,
	url: new URL('http://localhost/review')
}));
vi.mock('$app/server', () => ({
	getRequestEvent: () => ({ locals: { user: context.user }, url: context.url })
}));
vi.mock('$lib/server/db', async (importOriginal) => ({
	...(await importOriginal<object>()),
	getDb: () => context.db
}));
const articlePage = await import('../../src/routes/articles/[slug]/+page.server.ts');
const reviewPage = await import('../../src/routes/(app)/review/+page.server.ts');

let test: TestDatabase;
let article: Article;
let view: ReaderView;
let amina: SessionUser;
let omar: SessionUser;
const NOW = new Date('2026-03-01T09:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

beforeEach(async () => {
	test = createTestDatabase();
	context.db = test.db;
	article = insertArticle(test.db);
	view = getReaderView(article)!;
	amina = await learner(test.db, 'amina');
	omar = await learner(test.db, 'omar');
});
afterEach(() => test.close());

function form(fields: Record<string, string>): Request {
	const body = new FormData();
	for (const [name, value] of Object.entries(fields)) body.set(name, value);
	return new Request('http://localhost/', { method: 'POST', body });
}

/** Runs a load or action as `user`; gives back its result, or the redirect/error it threw. */
async function as<T>(user: SessionUser | null, run: () => T | Promise<T>) {
	context.user = user;
	try {
		return { value: await run() };
	} catch (thrown) {
		if (isRedirect(thrown)) return { redirect: thrown.location, status: thrown.status };
		if (isHttpError(thrown)) return { status: thrown.status };
		throw thrown;
	}
}

const saveAction = (user: SessionUser | null, key: string) =>
	as(user, () =>
		articlePage.actions.save({
			params: { slug: article.slug },
			locals: { user, session: null },
			request: form({ key })
		} as never)
	);
const rateAction = (user: SessionUser | null, card: number, rating: string) =>
	as(user, () =>
		reviewPage.actions.rate({ request: form({ card: String(card), rating }) } as never)
	);
const loadReview = (user: SessionUser | null) => as(user, () => reviewPage.load({} as never));

describe('saving a word', () => {
	it('keeps the word once and makes one review card with lemma, root, gloss and sentence', () => {
		const [key] = keysOf(view, 'وتأتي');
		const saved = savedWords.save(test.db, amina.id, { id: article.id, view }, key, NOW);
		expect(saved?.word.text).toBe('وتأتي');
		savedWords.save(test.db, amina.id, { id: article.id, view }, keysOf(view, 'وتأتي')[1], NOW);
		expect(test.db.select().from(savedTable).all()).toHaveLength(1);
		const cards = test.db.select().from(cardsTable).all();
		expect(cards).toHaveLength(1);
		expect(cards[0]).toMatchObject({
			userId: amina.id,
			origin: 'saved',
			word: 'وتأتي',
			root: 'ء ت ي',
			state: 0
		});
		expect(cards[0].lemma.replace(/[\u064B-\u0652]/g, '')).toBe('أتى');
		expect(cards[0].gloss).toMatch(/come/);
		expect(cards[0].example).toContain('وتأتي الزيارة');
		expect(savedWords.listLemmas(test.db, amina.id)).toEqual([cards[0].lemma]);
		expect(savedWords.listLemmas(test.db, omar.id)).toEqual([]);
	});

	it('works as a plain form post: 303 back to the article', async () => {
		const result = await saveAction(amina, keysOf(view, 'الزيارة')[0]);
		expect(result.status).toBe(303);
		expect(result.redirect).toMatch(/^\/articles\/visit\?saved=/);
		expect(reviewCards.countCards(test.db, amina.id)).toMatchObject({ due: 1, new: 1, total: 1 });
	});

	it('sends a signed-out reader to sign in, and refuses a key that is no word', async () => {
		expect((await saveAction(null, keysOf(view, 'الزيارة')[0])).redirect).toMatch(/^\/signin/);
		const bad = await saveAction(amina, 'p-0:1');
		expect((bad.value as { status: number }).status).toBe(400);
		expect(test.db.select().from(cardsTable).all()).toHaveLength(0);
	});
});

describe('reviewing', () => {
	it('shows due cards one at a time and reschedules them by rating', async () => {
		await saveAction(amina, keysOf(view, 'وتأتي')[0]);
		await saveAction(amina, keysOf(view, 'الزيارة')[0]);
		const first = (await loadReview(amina)).value!;
		expect(first.counts).toEqual({ due: 2, new: 2, total: 2 });
		expect(first.card?.word).toBe('وتأتي');
		expect(first.ratings.map((rating: { rating: string }) => rating.rating)).toEqual([
			'again',
			'hard',
			'good',
			'easy'
		]);

		const rated = await rateAction(amina, first.card!.id, 'easy');
		expect(rated).toEqual({ redirect: '/review', status: 303 });
		const second = (await loadReview(amina)).value!;
		expect(second.counts).toEqual({ due: 1, new: 1, total: 2 });
		expect(second.card?.word).toBe('الزيارة');
		const card = reviewCards.findOwn(test.db, amina.id, first.card!.id)!;
		expect(card.reps).toBe(1);
		expect(card.due.getTime()).toBeGreaterThan(Date.now() + DAY / 2);
	});

	it('due list: cards being learnt come before new ones; a future card waits', () => {
		const make = (lemma: string) =>
			reviewCards.ensureCard(
				test.db,
				amina.id,
				{ articleId: article.id, lemma, word: lemma, root: '', gloss: '', example: '' },
				'saved',
				NOW
			);
		make('قلم');
		const learnt = make('كتاب');
		const later = make('باب');
		reviewCards.rate(test.db, amina.id, learnt.id, 'again', NOW);
		reviewCards.rate(test.db, amina.id, later.id, 'easy', NOW);
		const inAnHour = new Date(NOW.getTime() + 60 * 60 * 1000);
		expect(reviewCards.listDue(test.db, amina.id, inAnHour).map((card) => card.lemma)).toEqual([
			'كتاب',
			'قلم'
		]);
		expect(reviewCards.countCards(test.db, amina.id, inAnHour)).toEqual({
			due: 2,
			new: 1,
			total: 3
		});
	});

	it('refuses a rating that is not one of the four', async () => {
		await saveAction(amina, keysOf(view, 'وتأتي')[0]);
		const [card] = test.db.select().from(cardsTable).all();
		const result = await rateAction(amina, card.id, 'perfect');
		expect((result.value as { status: number }).status).toBe(400);
		expect(reviewCards.findOwn(test.db, amina.id, card.id)?.reps).toBe(0);
	});

	it('needs a signed-in learner', async () => {
		expect((await loadReview(null)).redirect).toBe('/signin?redirectTo=%2Freview');
	});
});

describe('another learner’s cards', () => {
	it('are neither shown nor rateable: 404, and the card is unchanged', async () => {
		await saveAction(amina, keysOf(view, 'وتأتي')[0]);
		const [card] = test.db.select().from(cardsTable).where(eq(cardsTable.userId, amina.id)).all();
		const omarsPage = (await loadReview(omar)).value!;
		expect(omarsPage.card).toBeUndefined();
		expect(omarsPage.counts.total).toBe(0);
		expect(reviewCards.findOwn(test.db, omar.id, card.id)).toBeUndefined();
		expect(await rateAction(omar, card.id, 'easy')).toEqual({ status: 404 });
		expect(await rateAction(omar, card.id + 1000, 'easy')).toEqual({ status: 404 });
		expect(reviewCards.findOwn(test.db, amina.id, card.id)).toEqual(card);
	});
});
