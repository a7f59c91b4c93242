import { error } from '@sveltejs/kit';
import * as articles from '$lib/server/articles';
import * as assignments from '$lib/server/assignments';
import { getDb } from '$lib/server/db';
import * as imports from '$lib/server/imports';
import { getReaderView } from '$lib/server/reader';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, locals }) => {
	const article = articles.findBySlug(getDb(), params.slug);
	// A teacher's import is private to them and the classes it is assigned to (issue 8): same 404.
	if (!article || !assignments.canReadArticle(getDb(), locals.user, article)) {
		error(404, 'There is no article at this address.');
	}
	const view = getReaderView(article);
	return {
		article: {
			slug: article.slug,
			title: article.title,
			subtitle: article.subtitle,
			source: article.source,
			publishedAt: article.publishedAt,
			level: article.level,
			tags: article.tags,
			wordCount: article.wordCount,
			paragraphs: articles.splitParagraphs(article.body).map((paragraph) => paragraph.text)
		},
		// Every word's analysis, computed once per article version; null when the analyser is unavailable.
		// The teacher's glosses for this article come first (issue 8).
		reader: view && imports.withArticleGlosses(view, imports.listGlosses(getDb(), article.id))
	};
};
