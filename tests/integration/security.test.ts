/**
 * Security headers: what `handle` (src/hooks.server.ts) adds to a page, an error page, an endpoint
 * (JSON, CSV) and a redirect, that compression keeps them, and the Content-Security-Policy kit is told
 * to send (svelte.config.js). The browser's side of it, no refusals on any page, is tests/e2e/security.spec.ts.
 */
import type { RequestEvent, ResolveOptions } from '@sveltejs/kit';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import config from '../../svelte.config.js';

const hooks = await import('../../src/hooks.server.ts');

/** A page policy as kit writes it (the nonce differs per response). */
const PAGE_CSP = "default-src 'self'; script-src 'self' 'nonce-abc'; frame-ancestors 'none'";

const EXPECTED = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin'
};

/** `handle` run on a request to `url`, with `respond` standing for kit's rendering of it. */
async function handled(
	url: string,
	respond: () => Response,
	headers: Record<string, string> = {}
): Promise<Response> {
	const request = new Request(url, { headers });
	const event = {
		request,
		url: new URL(url),
		locals: {},
		cookies: { get: () => undefined }
	} as unknown as RequestEvent;
	return hooks.handle({
		event,
		resolve: async (_event: RequestEvent, _options?: ResolveOptions) => respond()
	});
}

function page(status: number, body: string): Response {
	return new Response(body, {
		status,
		headers: { 'content-type': 'text/html', 'content-security-policy': PAGE_CSP }
	});
}

function expectSecurityHeaders(response: Response) {
	for (const [name, value] of Object.entries(EXPECTED)) {
		expect(response.headers.get(name), name).toBe(value);
	}
	const permissions = response.headers.get('permissions-policy') ?? '';
	for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
		expect(permissions).toContain(`${feature}=()`);
	}
}

describe('security headers from handle', () => {
	it('a page keeps the policy kit wrote and gets the other headers', async () => {
		const response = await handled('http://localhost/', () => page(200, '<p>hello</p>'));
		expect(response.status).toBe(200);
		expectSecurityHeaders(response);
		expect(response.headers.get('content-security-policy')).toBe(PAGE_CSP);
		expect(response.headers.get('strict-transport-security')).toBeNull();
		expect(await response.text()).toBe('<p>hello</p>');
	});

	it('an error page has them too, and keeps its status', async () => {
		const response = await handled('http://localhost/nowhere', () =>
			page(404, '<h1>Not found</h1>')
		);
		expect(response.status).toBe(404);
		expectSecurityHeaders(response);
		expect(response.headers.get('content-security-policy')).toBe(PAGE_CSP);
	});

	it('a JSON endpoint gets a policy that lets nothing load or run, and stays readable', async () => {
		const rows = Array.from({ length: 200 }, (_, index) => ({ attempt: index, score: index % 10 }));
		const response = await handled(
			'http://localhost/progress/history.json',
			() => Response.json(rows),
			{ 'accept-encoding': 'br' }
		);
		expectSecurityHeaders(response);
		expect(response.headers.get('content-security-policy')).toBe(hooks.NON_PAGE_CSP);
		expect(hooks.NON_PAGE_CSP).toContain("default-src 'none'");
		expect(hooks.NON_PAGE_CSP).toContain("frame-ancestors 'none'");
		// Compressed, and the headers survived it.
		expect(response.headers.get('content-encoding')).toBe('br');
		const body = brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString();
		expect(JSON.parse(body)).toEqual(rows);
	});

	it('a CSV download keeps its type and disposition', async () => {
		const csv = '\uFEFFsubmitted,score\n' + '2026-01-01,7\n'.repeat(200);
		const response = await handled(
			'http://localhost/progress/history.csv',
			() =>
				new Response(csv, {
					headers: {
						'content-type': 'text/csv; charset=utf-8',
						'content-disposition': 'attachment; filename="history.csv"'
					}
				}),
			{ 'accept-encoding': 'gzip' }
		);
		expectSecurityHeaders(response);
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toBe('attachment; filename="history.csv"');
		expect(response.headers.get('content-encoding')).toBe('gzip');
	});

	it('a 204 endpoint answer (the look-ups) has them', async () => {
		const response = await handled(
			'http://localhost/articles/a/lookups',
			() => new Response(null, { status: 204 })
		);
		expect(response.status).toBe(204);
		expectSecurityHeaders(response);
	});

	it('a redirect with immutable headers is copied, location and cookies kept', async () => {
		const redirect = Response.redirect('http://localhost/signin', 303);
		expect(() => redirect.headers.set('x-test', '1')).toThrow();
		const response = await handled('http://localhost/account', () => redirect);
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('http://localhost/signin');
		expectSecurityHeaders(response);

		const withCookies = new Headers({ location: '/' });
		withCookies.append('set-cookie', 'a=1; Path=/');
		withCookies.append('set-cookie', 'b=2; Path=/');
		const signedIn = await handled(
			'http://localhost/signin',
			() => new Response(null, { status: 303, headers: withCookies })
		);
		expect(signedIn.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
		expectSecurityHeaders(signedIn);
	});

	it('over HTTPS, Strict-Transport-Security too', async () => {
		const response = await handled('https://sahifa.example/', () => page(200, '<p>hi</p>'));
		expect(response.headers.get('strict-transport-security')).toBe(hooks.HSTS);
		expect(hooks.HSTS).toMatch(/^max-age=\d{7,}/);
	});
});

describe('the Content-Security-Policy kit sends for pages', () => {
	const csp = config.kit?.csp;
	const directives = (csp?.directives ?? {}) as Record<string, string[] | undefined>;

	it('is set, with kit adding nonces or hashes to its scripts', () => {
		expect(['auto', 'nonce', 'hash']).toContain(csp?.mode);
	});

	it('runs only our own scripts and styles: nothing inline but style attributes', () => {
		expect(directives['default-src']).toEqual(['self']);
		expect(directives['script-src']).toEqual(['self']);
		expect(directives['style-src']).toEqual(['self']);
		expect(directives['style-src-attr']).toEqual(['unsafe-inline']);
		for (const name of ['script-src', 'script-src-elem', 'style-src', 'style-src-elem']) {
			expect(directives[name] ?? [], name).not.toContain('unsafe-inline');
			expect(directives[name] ?? [], name).not.toContain('unsafe-eval');
		}
	});

	it('loads images, fonts and data from our origin only, and cannot be framed', () => {
		expect(directives['img-src']).toEqual(['self', 'data:']);
		expect(directives['font-src']).toEqual(['self']);
		expect(directives['connect-src']).toEqual(['self']);
		expect(directives['object-src']).toEqual(['none']);
		expect(directives['base-uri']).toEqual(['self']);
		expect(directives['form-action']).toEqual(['self']);
		expect(directives['frame-ancestors']).toEqual(['none']);
	});
});
