import { error } from '@sveltejs/kit';
import * as articles from '$lib/server/articles';
import { getDb } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const article = articles.findBySlug(getDb(), params.slug);
	if (!article) error(404, 'There is no article at this address.');
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
		}
	};
};
