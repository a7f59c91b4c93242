/**
 * Look-ups: recorded from reader keys (the server reads the word and lemma from the article's analysis),
 * bounded per batch and per learner, promoted to review cards after three look-ups of a lemma, and
 * posted through the reader's endpoint (signed out: not recorded).
 */
import { isHttpError } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth.ts';
import {
	lookups as lookupsTable,
	reviewCards,
	type Article
} from '../../src/lib/server/db/schema.ts';
import * as lookups from '../../src/lib/server/lookups.ts';
import { getReaderView, type ReaderView } from '../../src/lib/server/reader.ts';
import { createTestDatabase, type TestDatabase } from './helpers.ts';
import { insertArticle, keysOf, learner } from './lookups-fixtures.ts';

const context = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock('$lib/server/db', async (importOriginal) => ({
	...(await importOriginal<object>()),
	getDb: () => context.db
}));
const endpoint = await import('../../src/routes/articles/[slug]/lookups/+server.ts');

let test: TestDatabase;
let article: Article;
let view: ReaderView;
let amina: SessionUser;
let omar: SessionUser;
const NOW = new Date('2026-03-01T09:00:00Z');

beforeEach(async () => {
	test = createTestDatabase();
	context.db = test.db;
	article = insertArticle(test.db);
	view = getReaderView(article)!;
	amina = await learner(test.db, 'amina');
	omar = await learner(test.db, 'omar');
});
afterEach(() => test.close());

describe('recording look-ups', () => {
	it('keeps the word as written and its lemma, read from the analysis', () => {
		const [first] = keysOf(view, 'وتأتي');
		const result = lookups.record(test.db, amina.id, { id: article.id, view }, [first], NOW);
		expect(result).toEqual({ recorded: 1, unknown: 0, limited: 0 });
		const rows = test.db.select().from(lookupsTable).all();
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ userId: amina.id, articleId: article.id, word: 'وتأتي' });
		expect(rows[0].lemma.replace(/[\u064B-\u0652]/g, '')).toBe('أتى');
	});

	it.each([
		['a key of punctuation or beyond the text', ['p-0:1', 'p-9:0', 'p-0:9999']],
		['a key of no known block', ['x-0:1']]
	])('ignores %s', (_label, keys) => {
		const result = lookups.record(test.db, amina.id, { id: article.id, view }, keys, NOW);
		expect(result.recorded).toBe(0);
		expect(test.db.select().from(lookupsTable).all()).toHaveLength(0);
	});

	it(`takes at most ${lookups.MAX_BATCH} keys from one batch`, () => {
		const key = keysOf(view, 'الزيارة')[0];
		const keys = Array.from({ length: lookups.MAX_BATCH + 10 }, () => key);
		expect(lookups.record(test.db, amina.id, { id: article.id, view }, keys, NOW).recorded).toBe(
			lookups.MAX_BATCH
		);
	});

	it('stops recording a learner over the rate limit until the window has passed', () => {
		const key = keysOf(view, 'الزيارة')[0];
		const insert = test.db.$client.prepare(
			'insert into lookups (user_id, article_id, lemma, word, created_at) values (?, ?, ?, ?, ?)'
		);
		const at = Math.floor(NOW.getTime() / 1000) - 60;
		test.db.$client.transaction(() => {
			for (let i = 0; i < lookups.RATE_LIMIT.max - 1; i++) {
				insert.run(amina.id, article.id, `lemma-${i}`, 'كلمة', at);
			}
		})();
		const result = lookups.record(
			test.db,
			amina.id,
			{ id: article.id, view },
			[key, key, key],
			NOW
		);
		expect(result).toEqual({ recorded: 1, unknown: 0, limited: 2 });
		// Someone else is not limited by Amina's reading.
		expect(lookups.record(test.db, omar.id, { id: article.id, view }, [key], NOW).recorded).toBe(1);
		const later = new Date(NOW.getTime() + lookups.RATE_LIMIT.windowMs);
		expect(lookups.record(test.db, amina.id, { id: article.id, view }, [key], later).recorded).toBe(
			1
		);
	});
});

describe('look-ups become review cards', () => {
	const cardsOf = (userId: string) =>
		test.db.select().from(reviewCards).where(eq(reviewCards.userId, userId)).all();

	it(`after ${lookups.LOOKUPS_FOR_CARD} look-ups of the same lemma, with the sentence it was met in`, () => {
		const [first, second] = keysOf(view, 'وتأتي');
		lookups.record(test.db, amina.id, { id: article.id, view }, [first, second], NOW);
		expect(cardsOf(amina.id)).toHaveLength(0);
		lookups.record(test.db, amina.id, { id: article.id, view }, [first], NOW);
		const cards = cardsOf(amina.id);
		expect(cards).toHaveLength(1);
		expect(cards[0]).toMatchObject({ origin: 'looked_up', word: 'وتأتي', root: 'ء ت ي' });
		expect(cards[0].gloss).toMatch(/come/);
		expect(cards[0].example).toBe('وتأتي الزيارة بعد أسبوع من المحادثات بين الوزيرين في العاصمة.');
		// More look-ups make no second card.
		lookups.record(test.db, amina.id, { id: article.id, view }, [second], NOW);
		expect(cardsOf(amina.id)).toHaveLength(1);
		expect(cardsOf(omar.id)).toHaveLength(0);
	});
});

describe('POST /articles/[slug]/lookups', () => {
	function post(user: SessionUser | null, body: string, slug = article.slug) {
		return endpoint.POST({
			params: { slug },
			locals: { user, session: null },
			request: new Request(`http://localhost/articles/${slug}/lookups`, { method: 'POST', body })
		} as never);
	}
	async function status(promise: Response | Promise<Response>): Promise<number> {
		try {
			return (await promise).status;
		} catch (error) {
			if (isHttpError(error)) return error.status;
			throw error;
		}
	}

	it('records a signed-in learner’s batch (204)', async () => {
		const keys = keysOf(view, 'وتأتي');
		expect(await status(post(amina, JSON.stringify({ keys })))).toBe(204);
		const rows = test.db
			.select()
			.from(lookupsTable)
			.where(and(eq(lookupsTable.userId, amina.id), eq(lookupsTable.articleId, article.id)))
			.all();
		expect(rows.map((row) => row.word)).toEqual(['وتأتي', 'وتأتي']);
	});

	it.each([
		['signed out', null, JSON.stringify({ keys: ['p-0:0'] }), 401],
		['not JSON', 'amina', 'keys=p-0:0', 400],
		['no keys', 'amina', JSON.stringify({ keys: [] }), 400],
		['a key that is not a reader key', 'amina', JSON.stringify({ keys: ['<script>'] }), 400],
		[
			'too many keys',
			'amina',
			JSON.stringify({ keys: Array(lookups.MAX_BATCH + 1).fill('p-0:0') }),
			400
		]
	])('refuses a request %s', async (_label, who, body, expected) => {
		expect(await status(post(who ? amina : null, body))).toBe(expected);
		expect(test.db.select().from(lookupsTable).all()).toHaveLength(0);
	});

	it('answers 404 for an article that does not exist', async () => {
		expect(await status(post(amina, JSON.stringify({ keys: ['p-0:0'] }), 'nowhere'))).toBe(404);
	});
});
