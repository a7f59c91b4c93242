import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/guards';
import * as progress from '$lib/server/progress';
import type { PageServerLoad } from './$types';

/** The chart shows the most recent attempts only; the table and downloads have them all. */
const CHART_ATTEMPTS = 20;

export const load: PageServerLoad = () => {
	const user = requireUser();
	const summary = progress.summary(getDb(), user.id);
	const history = summary.history.map((entry) => ({
		attemptId: entry.attemptId,
		articleSlug: entry.articleSlug,
		articleTitle: entry.articleTitle,
		score: entry.score,
		maxScore: entry.maxScore,
		percent: entry.percent,
		submittedAt: entry.submittedAt.toISOString()
	}));
	return {
		stats: {
			quizzesTaken: summary.quizzesTaken,
			articlesRead: summary.articlesRead,
			wordsLookedUp: summary.wordsLookedUp,
			wordsSaved: summary.wordsSaved,
			activeDays: summary.activeDays,
			streak: summary.streak
		},
		accuracy: summary.accuracy,
		chart: history.slice(-CHART_ATTEMPTS).map((entry, index, all) => ({
			...entry,
			number: summary.history.length - all.length + index + 1
		})),
		history: [...history].reverse()
	};
};
