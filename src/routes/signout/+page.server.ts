import { redirect } from '@sveltejs/kit';
import * as auth from '$lib/server/auth';
import { getDb } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

// Signing out changes state, so it is a POST only; a GET just goes home.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		if (locals.session) auth.invalidateSession(getDb(), locals.session.id);
		auth.deleteSessionTokenCookie(cookies, url.protocol === 'https:');
		redirect(303, '/');
	}
};
