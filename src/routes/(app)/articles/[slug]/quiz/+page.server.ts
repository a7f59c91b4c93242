import { error, fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import * as articles from '$lib/server/articles';
import { canReadArticle } from '$lib/server/assignments';
import * as attempts from '$lib/server/attempts';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

/** Form field of a question's answer. */
const FIELD_PREFIX = 'answer-';

function readableArticle(slug: string, user: { id: string }) {
	const db = getDb();
	const article = articles.findBySlug(db, slug);
	if (!article || !canReadArticle(db, user, article))
		error(404, 'There is no article at this address.');
	return article;
}

const summary = (score: attempts.ScoreSummary | null) =>
	score && {
		attemptId: score.attemptId,
		score: score.score,
		maxScore: score.maxScore,
		submittedAt: score.submittedAt.toISOString()
	};

export const load: PageServerLoad = ({ params }) => {
	const user = requireUser();
	const article = readableArticle(params.slug, user);
	const db = getDb();
	const attempt = attempts.start(db, user.id, article);
	const scores = attempts.bestAndLatest(db, user.id, article.id);
	return {
		article: { slug: article.slug, title: article.title },
		quiz: attempt ? { token: attempt.token, questions: attempts.questionsForQuiz(attempt) } : null,
		scores: { best: summary(scores.best), latest: summary(scores.latest), count: scores.count }
	};
};

const submitSchema = v.object({
	token: v.pipe(
		v.string(),
		v.regex(/^[a-z2-7]{16,64}$/, 'This quiz form is out of date. Reload the page.')
	),
	submitBlank: v.optional(v.literal('yes'))
});

export const actions: Actions = {
	default: async ({ request, params }) => {
		const user = requireUser();
		readableArticle(params.slug, user);
		const form = await request.formData();
		const parsed = v.safeParse(submitSchema, {
			token: form.get('token') ?? '',
			submitBlank: form.get('submitBlank') ?? undefined
		});
		if (!parsed.success) error(400, parsed.issues[0].message);
		const responses: Record<string, string> = {};
		for (const [name, value] of form) {
			if (name.startsWith(FIELD_PREFIX) && typeof value === 'string') {
				responses[name.slice(FIELD_PREFIX.length)] = value.slice(0, attempts.MAX_RESPONSE_LENGTH);
			}
		}
		const db = getDb();
		const open = attempts.findOpenByToken(db, user.id, parsed.output.token);
		if (open && !parsed.output.submitBlank) {
			const blank = open.questions.filter((question) => !responses[question.key]?.trim());
			if (blank.length > 0) {
				return fail(400, {
					values: responses,
					blank: blank.map((question) => question.key),
					errors: {
						form:
							blank.length === 1
								? 'One question has no answer yet. Answer it, or submit anyway (it counts as wrong).'
								: `${blank.length} questions have no answer yet. Answer them, or submit anyway (they count as wrong).`
					}
				});
			}
		}
		const result = attempts.submit(db, user.id, parsed.output.token, responses);
		if (result.status === 'not-found') error(404, 'This quiz attempt does not exist.');
		redirect(303, `/attempts/${result.attemptId}`);
	}
};
