import * as articles from '$lib/server/articles';
import * as assignments from '$lib/server/assignments';
import * as classes from '$lib/server/classes';
import { getDb } from '$lib/server/db';
import type { PageServerLoad } from './$types';

// Reading is open to everyone; accounts add quizzes, progress and review.
export const load: PageServerLoad = ({ locals }) => {
	return {
		// Learners in a class see what their teachers assigned (issue 8).
		assigned:
			locals.user?.role === 'learner'
				? assignments.assignedToYou(getDb(), locals.user.id).map((item) => ({
						id: item.id,
						slug: item.slug,
						title: item.title,
						className: item.className,
						dueAt: item.dueAt?.toISOString() ?? null,
						done: item.done,
						late: item.late,
						overdue: item.overdue
					}))
				: [],
		// How many classes a learner is in: "nothing assigned" reads differently in a class and outside one.
		classCount:
			locals.user?.role === 'learner' ? classes.listForLearner(getDb(), locals.user.id).length : 0,
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
