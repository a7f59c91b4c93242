/** A short article written for the reader's tests, its learners, and the reader keys of its words. */
import type { SessionUser } from '../../src/lib/server/auth.ts';
import { articles, type Article } from '../../src/lib/server/db/schema.ts';
import type { ReaderView } from '../../src/lib/server/reader.ts';
import * as users from '../../src/lib/server/users.ts';
import type { TestDatabase } from './helpers.ts';

export const BODY =
	'وتأتي الزيارة بعد أسبوع من المحادثات بين الوزيرين في العاصمة. وقال الوزير إن الوفد سيصل غدا.\n\n' +
	'وتأتي هذه الخطوة في إطار التعاون بين البلدين منذ عام 2019.';

/** The reader keys (`p-0:4`) of every occurrence of `text` in the view's paragraphs. */
export function keysOf(view: ReaderView, text: string): string[] {
	return view.paragraphs.flatMap((pieces, block) =>
		pieces.flatMap((piece, index) =>
			typeof piece === 'number' && view.words[piece].text === text ? [`p-${block}:${index}`] : []
		)
	);
}

export async function learner(db: TestDatabase['db'], username: string): Promise<SessionUser> {
	const created = await users.createUser(db, {
		username,
		email: null,
		displayName: username,
		role: 'learner',
		password: 'a good password'
	});
	return { id: created.id, username, email: null, displayName: username, role: 'learner' };
}

export function insertArticle(db: TestDatabase['db'], slug = 'visit'): Article {
	return db
		.insert(articles)
		.values({
			slug,
			title: 'زيارة الوزير',
			source: 'written for the tests',
			level: 'beginner',
			body: BODY,
			contentHash: `hash-${slug}`,
			wordCount: 30
		})
		.returning()
		.get();
}
