/**
 * Saved words: "Save word" in the reader keeps a word for the learner and makes it a review card.
 *
 * Use as a namespace: `import * as savedWords from '$lib/server/saved-words'`.
 */
import { eq } from 'drizzle-orm';
import type { Db } from './db/index.ts';
import { savedWords } from './db/schema.ts';
import type { ReaderView } from './reader.ts';
import * as reviewCards from './review-cards.ts';
import { wordAt, type WordInContext } from './word-pages.ts';

/**
 * Saves the word at reader key `key` of an article's view (once per lemma) and makes sure it has a review
 * card. Returns the word, or undefined when the key points at no word.
 */
export function save(
	db: Db,
	userId: string,
	article: { id: number; view: ReaderView },
	key: string,
	now = new Date()
): WordInContext | undefined {
	const found = wordAt(article.view, key);
	if (!found) return undefined;
	db.transaction((tx) => {
		const txDb = tx as unknown as Db;
		txDb
			.insert(savedWords)
			.values({
				userId,
				articleId: article.id,
				lemma: found.lemma,
				word: found.word.text,
				createdAt: now
			})
			.onConflictDoNothing()
			.run();
		reviewCards.ensureCard(
			txDb,
			userId,
			{
				articleId: article.id,
				lemma: found.lemma,
				word: found.word.text,
				root: found.word.root,
				gloss: found.word.glosses[0] ?? '',
				example: found.example
			},
			'saved',
			now
		);
	});
	return found;
}

/** The lemmas the learner has saved. */
export function listLemmas(db: Db, userId: string): string[] {
	return db
		.select({ lemma: savedWords.lemma })
		.from(savedWords)
		.where(eq(savedWords.userId, userId))
		.all()
		.map((row) => row.lemma);
}
