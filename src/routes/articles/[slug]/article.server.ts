import { error } from '@sveltejs/kit';
import * as articles from '$lib/server/articles';
import * as assignments from '$lib/server/assignments';
import type { SessionUser } from '$lib/server/auth';
import { getDb } from '$lib/server/db';
import type { Article } from '$lib/server/db/schema';
import * as imports from '$lib/server/imports';
import { getReaderView, type ReaderView } from '$lib/server/reader';

/**
 * The article at `slug` with its reader view (the teacher's glosses first), or a 404 when there is none
 * or the visitor may not read it (a teacher's import is private to them and the classes it is assigned to).
 */
export function readableArticle(
	slug: string,
	user: Pick<SessionUser, 'id'> | null
): { article: Article; view: ReaderView | null } {
	const article = articles.findBySlug(getDb(), slug);
	if (!article || !assignments.canReadArticle(getDb(), user, article)) {
		error(404, 'There is no article at this address.');
	}
	const view = getReaderView(article);
	return {
		article,
		view: view && imports.withArticleGlosses(view, imports.listGlosses(getDb(), article.id))
	};
}
