import { fail, redirect } from '@sveltejs/kit';
import * as auth from '$lib/server/auth';
import { getDb } from '$lib/server/db';
import { formFailure, parseForm, redirectTarget, signInSchema } from '$lib/server/forms';
import { verifyDecoyPassword, verifyPassword } from '$lib/server/password';
import * as rateLimit from '$lib/server/rate-limit';
import * as users from '$lib/server/users';
import type { Actions, PageServerLoad } from './$types';

/** One message for an unknown account and a wrong password, so neither reveals which accounts exist. */
const WRONG_CREDENTIALS = 'That username or e-mail and password do not match an account.';

export const load: PageServerLoad = ({ locals, url }) => {
	const redirectTo = redirectTarget(url.searchParams.get('redirectTo'));
	if (locals.user) redirect(303, redirectTo);
	return { redirectTo };
};

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
		auth.setSessionTokenCookie(
			event.cookies,
			token,
			session.expiresAt,
			event.url.protocol === 'https:'
		);
		redirect(303, redirectTo);
	}
};
