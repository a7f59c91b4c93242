import type { Handle, ServerInit } from '@sveltejs/kit';
import { dev } from '$app/environment';
import * as auth from '$lib/server/auth';
import { getDb, migrateDatabase } from '$lib/server/db';
import { importContentDir } from '$lib/server/content';
import { loadLanguageData } from '$lib/server/lexicon';

/**
 * In development (`npm run dev`) there is no scripts/start.js in front of the server, so migrate and
 * import content here. In production scripts/start.js has done both before the server started.
 */
export const init: ServerInit = () => {
	if (dev) {
		const db = getDb();
		migrateDatabase(db);
		importContentDir(db);
	}
	// Load the lexicon and gazetteer before the first reader asks for them. A failure here is not fatal:
	// articles are then served as plain text, and the reader module reports the problem.
	try {
		const { warnings, loadMs } = loadLanguageData();
		console.log(
			`sahifa: language data loaded in ${Math.round(loadMs)} ms` +
				(warnings.length ? ` with ${warnings.length} warnings` : '')
		);
	} catch (error) {
		console.error('sahifa: could not load the language data:', error);
	}
};

/** Validates the session cookie and fills `locals`. Guarding is done by each load/action. */
export const handle: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(auth.SESSION_COOKIE_NAME);
	if (!token) {
		event.locals.user = null;
		event.locals.session = null;
		return resolve(event);
	}

	const secure = event.url.protocol === 'https:';
	const { session, user } = auth.validateSessionToken(getDb(), token);
	if (session) auth.setSessionTokenCookie(event.cookies, token, session.expiresAt, secure);
	else auth.deleteSessionTokenCookie(event.cookies, secure);

	event.locals.user = user;
	event.locals.session = session;
	return resolve(event);
};
