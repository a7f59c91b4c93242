import * as articles from '$lib/server/articles';
import { getDb } from '$lib/server/db';
import type { PageServerLoad } from './$types';

// Reading is open to everyone; accounts add quizzes, progress and review.
export const load: PageServerLoad = () => {
	return {
		articles: articles.listArticles(getDb()).map((article) => ({
			slug: article.slug,
			title: article.title,
			summary: article.subtitle[0] ?? null,
			level: article.level,
			wordCount: article.wordCount,
			source: article.source,
			publishedAt: article.publishedAt
		}))
	};
};
