import { TEXT_SIZE_COOKIE, readTextSize } from '$lib/components/text-size';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, cookies }) => {
	return {
		user: locals.user
			? {
					displayName: locals.user.displayName,
					username: locals.user.username,
					role: locals.user.role
				}
			: null,
		textSize: readTextSize(cookies.get(TEXT_SIZE_COOKIE))
	};
};
