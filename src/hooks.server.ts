import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { dev } from '$app/environment';
import * as auth from '$lib/server/auth';
import { compressResponse } from '$lib/server/compression';
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
const validateSession: Handle = async ({ event, resolve }) => {
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

/**
 * Headers every response carries. The Content-Security-Policy of pages comes from kit (`kit.csp` in
 * svelte.config.js, with a nonce per response); these complete it. Static files served by adapter-node
 * (build/client) do not pass through here.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	// For browsers without CSP frame-ancestors; the page policy says 'none' too.
	'x-frame-options': 'DENY',
	// Features no page of ours uses. (Speech synthesis, used by the reader's "listen", is not one of them.)
	'permissions-policy':
		'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), ' +
		'magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
	'cross-origin-opener-policy': 'same-origin',
	'cross-origin-resource-policy': 'same-origin'
};

/**
 * The policy of a response kit did not render as a page (JSON, CSV, redirects): nothing in it may load
 * or run anything, and nobody may frame it.
 */
export const NON_PAGE_CSP =
	"default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** HTTPS only: a year, this host only (subdomains may be served by someone else). */
export const HSTS = 'max-age=31536000';

function setSecurityHeaders(headers: Headers, secure: boolean): void {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
	if (!headers.has('content-security-policy')) headers.set('content-security-policy', NON_PAGE_CSP);
	if (secure) headers.set('strict-transport-security', HSTS);
}

/** The response with the security headers set (a copy when its headers are immutable, e.g. Response.redirect). */
export function withSecurityHeaders(response: Response, secure: boolean): Response {
	try {
		setSecurityHeaders(response.headers, secure);
		return response;
	} catch {
		const copy = new Response(response.body, {
			status: response.status,
			statusText: response.statusText,
			headers: response.headers
		});
		setSecurityHeaders(copy.headers, secure);
		return copy;
	}
}

/**
 * The session, then the security headers, then the response compressed for the browser
 * (src/lib/server/compression.ts, which keeps every header).
 */
export const handle: Handle = async (input) =>
	compressResponse(
		input.event.request,
		withSecurityHeaders(await validateSession(input), input.event.url.protocol === 'https:')
	);

/**
 * What an error page says. Never a stack trace or an internal message: a 404 says how to find the
 * page, a 413 what to send instead, and an unexpected error gives a short reference that is also
 * logged with the full error, so a report can be matched to the log.
 */
export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status === 404) {
		return {
			message: 'There is no page at this address. Check the link, or start from the articles.'
		};
	}
	if (status === 413) {
		return {
			message:
				'That was more than can be sent at once. Send a shorter text or a smaller file (at most 500 KB).'
		};
	}
	if (status < 500) return { message };
	const reference = crypto.randomUUID().slice(0, 8);
	console.error(`sahifa: unexpected error (reference ${reference}):`, error);
	return {
		message: `Something went wrong on our side. Please try again in a moment; if it keeps happening, quote reference ${reference}.`
	};
};
