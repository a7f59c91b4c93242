import { error, fail, redirect } from '@sveltejs/kit';
import * as articles from '$lib/server/articles';
import { canReadArticle } from '$lib/server/assignments';
import * as attempts from '$lib/server/attempts';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

/** Form field of a question's answer. */
const FIELD_PREFIX = 'answer-';
/** More fields than any quiz has: a post with more is not a quiz form. */
const MAX_FIELDS = 500;

const OUT_OF_DATE =
	'This quiz form could not be read (it may come from an old or edited page). Your answers are kept below: check them and submit again.';
const CHANGED =
	'The questions of this quiz changed while you were answering. Your answers are kept below wherever the question is the same: check them and submit again.';
const OTHER_ACCOUNT =
	'This quiz was opened while another account was signed in, so these answers were not sent to your account and are not shown here. They are kept for that account: sign out, sign in as it, and they will be sent.';

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

export const load: PageServerLoad = ({ params, cookies }) => {
	const user = requireUser();
	const article = readableArticle(params.slug, user);
	const db = getDb();
	// Reads only: the sheet is signed, not stored; the attempt is created when the learner submits.
	const sheet = attempts.start(db, user.id, article);
	const scores = attempts.bestAndLatest(db, user.id, article.id);
	const kept = attempts.keptAnswers(
		db,
		// `?.`: tests that fake the load event (tests/integration/hardening.test.ts) pass no cookies.
		attempts.parsePendingCookie(cookies?.get(attempts.PENDING_COOKIE_NAME)),
		user.id,
		article.id
	);
	const questions = sheet ? attempts.questionsForQuiz(sheet) : [];
	return {
		article: { slug: article.slug, title: article.title },
		quiz: sheet ? { token: sheet.token, questions } : null,
		scores: { best: summary(scores.best), latest: summary(scores.latest), count: scores.count },
		kept: kept
			? {
					values: kept.responses,
					blank: questions
						.filter((question) => !kept.responses[question.key]?.trim())
						.map((question) => question.key)
				}
			: null
	};
};

/**
 * A quiz post read defensively: the first `token`, the first value of each answer field (later duplicates
 * are ignored), text only (a file in a field counts as no answer), each answer cut to length.
 */
function readQuizForm(form: FormData) {
	const first = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : '';
	};
	// A Map, so field names such as __proto__ or constructor are only ever plain keys.
	const answers = new Map<string, string>();
	let fields = 0;
	for (const [name, value] of form) {
		if (++fields > MAX_FIELDS) break;
		if (!name.startsWith(FIELD_PREFIX) || typeof value !== 'string') continue;
		const key = name.slice(FIELD_PREFIX.length);
		if (key.length === 0 || key.length > 100 || answers.has(key)) continue;
		answers.set(key, value.slice(0, attempts.MAX_RESPONSE_LENGTH));
	}
	const responses: Record<string, string> = Object.fromEntries(answers);
	return {
		token: first('token')
			.trim()
			.slice(0, attempts.MAX_TOKEN_LENGTH + 1),
		submitBlank: first('submitBlank') === 'yes',
		responses
	};
}

export const actions: Actions = {
	default: async ({ request, params, locals, cookies, url }) => {
		let form: FormData;
		try {
			form = await request.formData();
		} catch {
			return fail(400, { values: {}, errors: { form: OUT_OF_DATE } });
		}
		const { token, submitBlank, responses } = readQuizForm(form);
		const db = getDb();
		const secure = url.protocol === 'https:';
		const pendingIds = attempts.parsePendingCookie(cookies.get(attempts.PENDING_COOKIE_NAME));
		const keep = () => {
			const id = token ? attempts.keepPending(db, token, responses, submitBlank) : undefined;
			if (id) attempts.setPendingCookie(cookies, [...pendingIds, id], secure);
			return id;
		};

		if (!locals.user) {
			// The session expired or was signed out elsewhere: keep the answers for the account the quiz
			// was opened by (a genuine sheet only), then sign in; src/routes/(auth)/signin sends them
			// once that account is back, and says so on the sign-in page.
			keep();
		}
		const user = requireUser();
		const article = readableArticle(params.slug, user);
		const state = attempts.sheetState(db, user.id, token);
		const restore = (status: number, message: string) =>
			fail(status, { values: responses, errors: { form: message } });

		switch (state.state) {
			case 'invalid':
				return restore(400, OUT_OF_DATE);
			case 'other-account':
				keep();
				return fail(403, { values: {}, errors: { form: OTHER_ACCOUNT } });
			case 'changed':
				return state.articleId === article.id ? restore(409, CHANGED) : restore(400, OUT_OF_DATE);
			case 'submitted':
				if (state.articleId !== article.id) return restore(400, OUT_OF_DATE);
				redirect(303, `/attempts/${state.attemptId}`);
		}
		if (state.articleId !== article.id) return restore(400, OUT_OF_DATE);
		if (!submitBlank) {
			const blank = state.questions.filter((question) => !responses[question.key]?.trim());
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
		const result = attempts.submit(db, user.id, token, responses);
		if (result.status === 'changed') return restore(409, CHANGED);
		if (result.status === 'not-found') return restore(400, OUT_OF_DATE);
		attempts.dropPending(db, user.id, article.id);
		attempts.setPendingCookie(cookies, attempts.livePending(db, pendingIds), secure);
		redirect(303, `/attempts/${result.attemptId}`);
	}
};
