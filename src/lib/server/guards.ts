/**
 * The one call that starts every protected load and action. Layouts do not guard (their loads do not
 * run for every request, e.g. form actions), so each page's load and each action calls one of these.
 */
import { error, redirect } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import type { SessionUser } from './auth.ts';

/** The signed-in user, or a 303 to the sign-in page that returns here afterwards. */
export function requireUser(): SessionUser {
	const { locals, url } = getRequestEvent();
	if (!locals.user) {
		const back = url.pathname + url.search;
		redirect(303, `/signin?redirectTo=${encodeURIComponent(back)}`);
	}
	return locals.user;
}

/** The signed-in user when they have `role`; otherwise sign-in (anonymous) or 403 (wrong role). */
export function requireRole(role: SessionUser['role']): SessionUser {
	const user = requireUser();
	if (user.role !== role) error(403, `This page is for ${role}s.`);
	return user;
}
