import { fail, redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import * as attempts from '$lib/server/attempts';
import * as auth from '$lib/server/auth';
import { getDb, type Db } from '$lib/server/db';
import { articles } from '$lib/server/db/schema';
import type { Cookies } from '@sveltejs/kit';
import { formFailure, parseForm, redirectTarget, signInSchema } from '$lib/server/forms';
import { verifyDecoyPassword, verifyPassword } from '$lib/server/password';
import * as rateLimit from '$lib/server/rate-limit';
import * as users from '$lib/server/users';
import type { Actions, PageServerLoad } from './$types';

/** One message for an unknown account and a wrong password, so neither reveals which accounts exist. */
const WRONG_CREDENTIALS = 'That username or e-mail and password do not match an account.';

export const load: PageServerLoad = ({ locals, url, cookies }) => {
	const redirectTo = redirectTarget(url.searchParams.get('redirectTo'));
	if (locals.user) redirect(303, redirectTo);
	// Says only that answers are kept in this browser; whose they are and what they say stays hidden.
	const kept = attempts.hasPending(
		getDb(),
		attempts.parsePendingCookie(cookies.get(attempts.PENDING_COOKIE_NAME))
	);
	return { redirectTo, kept };
};

/**
 * Quiz answers this browser kept while signed out (src/routes/(app)/articles/[slug]/quiz): the ones that
 * belong to the account that just signed in are submitted (or, when some were left blank or the quiz has
 * changed, put back in the quiz form); answers kept for another account are left untouched and unseen.
 * Returns where to go instead of `redirectTo`, if anywhere.
 */
function resumeKeptAnswers(
	db: Db,
	cookies: Cookies,
	userId: string,
	secure: boolean
): string | undefined {
	const ids = attempts.parsePendingCookie(cookies.get(attempts.PENDING_COOKIE_NAME));
	if (ids.length === 0) return undefined;
	const outcomes = attempts.resumePending(db, ids, userId);
	attempts.setPendingCookie(cookies, attempts.livePending(db, ids), secure);
	const sent = outcomes.find((outcome) => outcome.kind === 'submitted');
	if (sent) return `/attempts/${sent.attemptId}?sent=kept`;
	const restore = outcomes.find((outcome) => outcome.kind === 'restore');
	if (!restore) return undefined;
	const article = db
		.select({ slug: articles.slug })
		.from(articles)
		.where(eq(articles.id, restore.articleId))
		.get();
	return article && `/articles/${article.slug}/quiz`;
}

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const redirectTo = redirectTarget(form.get('redirectTo')?.toString());
		const parsed = parseForm(signInSchema, form);
		if (!parsed.success) return fail(400, formFailure(parsed.errors, parsed.values));

		const db = getDb();
		const { identifier, password } = parsed.output;
		const attempt = { account: identifier, address: event.getClientAddress() };
		const values = { identifier, redirectTo };

		const decision = rateLimit.checkSignInAllowed(db, attempt);
		if (!decision.allowed) {
			const message = rateLimit.throttleMessage(decision.retryAfterSeconds);
			return fail(429, formFailure({ form: message }, values));
		}

		const user = users.findByIdentifier(db, identifier);
		const valid = user
			? await verifyPassword(user.passwordHash, password)
			: await verifyDecoyPassword(password);
		if (!user || !valid) {
			rateLimit.recordSignInFailure(db, attempt);
			return fail(400, formFailure({ form: WRONG_CREDENTIALS }, values));
		}

		rateLimit.recordSignInSuccess(db, attempt);
		// A fresh session at every sign-in (never reuse one that existed before).
		if (event.locals.session) auth.invalidateSession(db, event.locals.session.id);
		const token = auth.generateSessionToken();
		const session = auth.createSession(db, token, user.id);
		const secure = event.url.protocol === 'https:';
		auth.setSessionTokenCookie(event.cookies, token, session.expiresAt, secure);
		redirect(303, resumeKeptAnswers(db, event.cookies, user.id, secure) ?? redirectTo);
	}
};
