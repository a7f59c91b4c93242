import { fail, redirect } from '@sveltejs/kit';
import * as auth from '$lib/server/auth';
import { getDb } from '$lib/server/db';
import { formFailure, parseForm, redirectTarget, signUpSchema } from '$lib/server/forms';
import * as users from '$lib/server/users';
import type { Actions, PageServerLoad } from './$types';

/**
 * `redirectTo` (same-origin paths only, checked by `redirectTarget`) is where the new account goes next:
 * a learner who followed a class join link comes back to it with the code filled in.
 */
export const load: PageServerLoad = ({ locals, url }) => {
	const redirectTo = redirectTarget(url.searchParams.get('redirectTo'));
	if (locals.user) redirect(303, redirectTo);
	return { redirectTo };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const redirectTo = redirectTarget(form.get('redirectTo')?.toString());
		const parsed = parseForm(signUpSchema, form);
		if (!parsed.success) {
			return fail(400, formFailure(parsed.errors, { ...parsed.values, redirectTo }));
		}

		const db = getDb();
		const input = parsed.output;
		let user;
		try {
			user = await users.createUser(db, {
				username: input.username,
				email: input.email || null,
				displayName: input.displayName,
				role: input.role,
				password: input.password
			});
		} catch (error) {
			if (error instanceof users.UsernameTakenError) {
				const values = {
					username: input.username,
					email: input.email ?? '',
					displayName: input.displayName,
					role: input.role,
					redirectTo
				};
				return fail(400, formFailure({ [error.field]: error.message }, values));
			}
			throw error;
		}

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
