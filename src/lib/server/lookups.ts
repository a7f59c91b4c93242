/**
 * Look-ups: the words a signed-in learner opens in the reader. The reader queues them and sends them in
 * batches; each batch names words by their reader key (`p-2:17`), and the server reads the word and its
 * lemma from the article's own analysis (the client never says what a word means). A lemma looked up
 * LOOKUPS_FOR_CARD times becomes a review card.
 *
 * Use as a namespace: `import * as lookups from '$lib/server/lookups'`.
 */
import { and, count, eq, gt, inArray } from 'drizzle-orm';
import type { Db } from './db/index.ts';
import { lookups } from './db/schema.ts';
import type { ReaderView } from './reader.ts';
import * as reviewCards from './review-cards.ts';
import { wordAt, type WordInContext } from './word-pages.ts';

/** The most keys one request may carry. */
export const MAX_BATCH = 50;
/** At most this many look-ups are recorded per learner in a window; the rest are dropped, not queued. */
export const RATE_LIMIT = { max: 600, windowMs: 10 * 60 * 1000 };
/** Looking a lemma up this many times (in any articles) makes it a review card. */
export const LOOKUPS_FOR_CARD = 3;

export interface RecordResult {
	recorded: number;
	/** Keys that point at no word of the article. */
	unknown: number;
	/** Look-ups left out because the learner is over the rate limit. */
	limited: number;
}

/** Records a batch of look-ups of one article for one learner. */
export function record(
	db: Db,
	userId: string,
	article: { id: number; view: ReaderView },
	keys: string[],
	now = new Date()
): RecordResult {
	const batch = keys.slice(0, MAX_BATCH);
	const words = batch
		.map((key) => wordAt(article.view, key))
		.filter((word): word is WordInContext => word !== undefined);
	const since = new Date(now.getTime() - RATE_LIMIT.windowMs);
	return db.transaction((tx) => {
		const txDb = tx as unknown as Db;
		const recent =
			txDb
				.select({ n: count() })
				.from(lookups)
				.where(and(eq(lookups.userId, userId), gt(lookups.createdAt, since)))
				.get()?.n ?? 0;
		const allowed = words.slice(0, Math.max(0, RATE_LIMIT.max - recent));
		if (allowed.length > 0) {
			txDb
				.insert(lookups)
				.values(
					allowed.map((found) => ({
						userId,
						articleId: article.id,
						lemma: found.lemma,
						word: found.word.text,
						createdAt: now
					}))
				)
				.run();
			promoteToCards(txDb, userId, article.id, allowed, now);
		}
		return {
			recorded: allowed.length,
			unknown: batch.length - words.length,
			limited: words.length - allowed.length
		};
	});
}

/** Lemmas of this batch looked up often enough become cards (the first sentence met is the example). */
function promoteToCards(
	db: Db,
	userId: string,
	articleId: number,
	words: WordInContext[],
	now: Date
): void {
	const lemmas = [...new Set(words.map((found) => found.lemma))];
	const counts = db
		.select({ lemma: lookups.lemma, n: count() })
		.from(lookups)
		.where(and(eq(lookups.userId, userId), inArray(lookups.lemma, lemmas)))
		.groupBy(lookups.lemma)
		.all();
	for (const { lemma, n } of counts) {
		if (n < LOOKUPS_FOR_CARD) continue;
		const found = words.find((word) => word.lemma === lemma)!;
		reviewCards.ensureCard(
			db,
			userId,
			{
				articleId,
				lemma,
				word: found.word.text,
				root: found.word.root,
				gloss: found.word.glosses[0] ?? '',
				example: found.example
			},
			'looked_up',
			now
		);
	}
}

/** How many look-ups the learner has made (all articles). */
export function countForUser(db: Db, userId: string): number {
	return db.select({ n: count() }).from(lookups).where(eq(lookups.userId, userId)).get()?.n ?? 0;
}
