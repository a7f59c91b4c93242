import { redirect } from '@sveltejs/kit';
import { TEXT_SIZE_COOKIE, isTextSize } from '$lib/components/text-size';
import { redirectTarget } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const ONE_YEAR_IN_SECONDS = 365 * 24 * 60 * 60;

// There is nothing to show here; the page exists for its actions.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	/** Reading preferences are not personal data: they live in a cookie, for visitors too. */
	textSize: async ({ request, cookies, url }) => {
		const form = await request.formData();
		const size = form.get('size');
		if (isTextSize(size)) {
			cookies.set(TEXT_SIZE_COOKIE, size, {
				path: '/',
				httpOnly: false,
				sameSite: 'lax',
				secure: url.protocol === 'https:',
				maxAge: ONE_YEAR_IN_SECONDS
			});
		}
		redirect(303, redirectTarget(form.get('redirectTo')?.toString()));
	}
};
