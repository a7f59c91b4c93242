import { expect, test, type Browser, type Page, type Response } from '@playwright/test';
import { readFileSync } from 'node:fs';

/**
 * The security headers in a real browser: every page a learner or a teacher uses works under the
 * Content-Security-Policy (no refusal reported by Chromium, no console error, no script error), and
 * every document, data request and download carries the headers. The header logic itself is in
 * tests/integration/security.test.ts.
 */
const SEED = '/articles/algeria-haftar-libya-talks';
const BODY = readFileSync('tests/fixtures/teach/amman-water-talks.txt', 'utf8');
const NOT_FOUND = '/articles/no-such-article-here';
const TITLE = 'مقالة للتجربة: الأردن والعراق والمياه';

/** What Chromium reported on a page: CSP refusals, console errors, uncaught errors, header gaps. */
interface Watch {
	violations: string[];
	errors: string[];
	missingHeaders: string[];
	documents: number;
}

const HEADERS: Record<string, RegExp> = {
	'content-security-policy': /frame-ancestors 'none'/,
	'x-content-type-options': /^nosniff$/,
	'referrer-policy': /^(strict-origin-when-cross-origin|same-origin)$/,
	'x-frame-options': /^DENY$/,
	'permissions-policy': /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
	'cross-origin-opener-policy': /^same-origin$/
};

/** The page policy, whatever the nonce: our origin only, scripts by nonce, no inline script or <style>. */
const PAGE_POLICY = new RegExp(
	[
		"^default-src 'self'",
		"connect-src 'self'",
		"font-src 'self'",
		"img-src 'self' data:",
		"object-src 'none'",
		"script-src 'self' 'nonce-[A-Za-z0-9+/=]+'",
		"style-src 'self'",
		"style-src-attr 'unsafe-inline'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'$"
	].join('; ')
);

/** A page's response or a request's (APIResponse): both have these. */
type Answer = Pick<Response, 'headers' | 'status' | 'url'>;

function missing(response: Answer): string[] {
	const headers = response.headers();
	return Object.entries(HEADERS)
		.filter(([name, pattern]) => !pattern.test(headers[name] ?? ''))
		.map(([name]) => `${name} on ${response.status()} ${response.url()}: ${headers[name]}`);
}

/** Starts watching a page: call before its first navigation. */
async function watch(page: Page): Promise<Watch> {
	const seen: Watch = { violations: [], errors: [], missingHeaders: [], documents: 0 };
	await page.exposeFunction('__reportViolation', (text: string) => seen.violations.push(text));
	// Runs before any script of the page (injected by the browser, so the policy does not apply to it).
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { __reportViolation(text: string): void })
				.__reportViolation;
			report(
				`${event.effectiveDirective} refused ${event.blockedURI || 'inline'} ` +
					`(${event.sourceFile}:${event.lineNumber}) ${event.sample}`
			);
		});
	});
	page.on('console', (message) => {
		// The 404 page we open on purpose is reported as a failed load; nothing else may be.
		if (message.text().includes('status of 404') && message.location().url.includes(NOT_FOUND)) {
			return;
		}
		if (
			message.type() === 'error' ||
			/Content.Security.Policy|Permissions.Policy/i.test(message.text())
		) {
			seen.errors.push(`${page.url()}: ${message.text()}`);
		}
	});
	page.on('pageerror', (error) => seen.errors.push(`${page.url()}: ${error.message}`));
	page.on('response', (response) => {
		const request = response.request();
		const url = new URL(response.url());
		if (request.resourceType() === 'document') {
			seen.documents++;
			seen.missingHeaders.push(...missing(response));
			// Redirects (after a form post) carry the strict non-page policy instead.
			const policy = response.headers()['content-security-policy'] ?? '';
			const html = (response.headers()['content-type'] ?? '').startsWith('text/html');
			if (html && !PAGE_POLICY.test(policy))
				seen.missingHeaders.push(`page policy on ${url}: ${policy}`);
		} else if (url.pathname.endsWith('/__data.json') || request.method() === 'POST') {
			// Client-side navigation data and form actions come through the same hook.
			seen.missingHeaders.push(...missing(response));
		}
	});
	return seen;
}

async function expectClean(seen: Watch, minimumDocuments: number) {
	expect(seen.violations).toEqual([]);
	expect(seen.errors).toEqual([]);
	expect(seen.missingHeaders).toEqual([]);
	expect(seen.documents).toBeGreaterThanOrEqual(minimumDocuments);
}

/**
 * Bars sized by a server-rendered style attribute (style:width) have exactly that width: a refused
 * attribute would leave them as wide as their track.
 */
async function expectBarsSized(page: Page, track: string) {
	const bars = await page.locator(`${track} > span[style*="width"]`).evaluateAll((spans) =>
		spans.map((span) => ({
			percent: Number(/width:\s*([\d.]+)%/.exec(span.getAttribute('style') ?? '')?.[1]),
			width: span.getBoundingClientRect().width,
			track: span.parentElement!.clientWidth
		}))
	);
	expect(bars.length).toBeGreaterThan(0);
	for (const bar of bars) {
		expect(Math.abs(bar.width - (bar.track * bar.percent) / 100)).toBeLessThan(1.5);
	}
}

/** Signs up and returns the username (the password is 'a good password'). */
async function signUp(page: Page, role: 'Teacher' | 'Learner', prefix: string) {
	const username = `${prefix}${Date.now().toString(36)}`;
	await page.goto('/signup');
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Display name').fill(prefix);
	await page.getByLabel('Password').fill('a good password');
	await page.getByLabel(role, { exact: true }).check();
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL('/');
	return username;
}

/** The site's main navigation (pages may link to sign-up or teaching in their text too). */
function nav(page: Page) {
	return page.getByRole('navigation', { name: 'Main' });
}

function word(page: Page, text: string) {
	return page.locator('article button.word', { hasText: new RegExp(`^${text}$`) }).first();
}

async function newWatchedPage(browser: Browser, viewport = { width: 1280, height: 900 }) {
	const page = await (await browser.newContext({ viewport })).newPage();
	return { page, seen: await watch(page) };
}

test('the watch sees what the policy refuses: an inline script and a <style> element', async ({
	browser
}) => {
	const { page, seen } = await newWatchedPage(browser);
	await page.goto('/');
	const ran = await page.evaluate(async () => {
		const script = document.createElement('script');
		script.textContent = 'window.__inlineRan = true';
		document.head.append(script);
		const style = document.createElement('style');
		style.textContent = 'body { outline: 3px solid red }';
		document.head.append(style);
		// A style attribute is allowed (server-rendered style: directives need it).
		document.body.setAttribute('style', 'margin: 0');
		await new Promise((resolve) => setTimeout(resolve, 100));
		return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
	});
	expect(ran).toBe(false);
	await expect
		.poll(() => seen.violations.map((text) => text.split(' ')[0]).sort())
		.toEqual(['script-src-elem', 'style-src-elem']);
	expect(await page.evaluate(() => getComputedStyle(document.body).outlineStyle)).toBe('none');
	expect(seen.missingHeaders).toEqual([]);
});

test('a learner’s pages work under the policy: reader, quiz one question at a time, attempt, progress, review', async ({
	browser
}) => {
	test.slow(); // A whole learner's round on a shared machine.
	const { page, seen } = await newWatchedPage(browser);

	// Signed out: home, sign-in, sign-up, the reader and its popover, an error page.
	await page.goto('/');
	await page.goto('/signin');
	await expect(page.getByLabel('Username or e-mail')).toBeVisible();
	await page.goto(SEED);
	await word(page, 'وتأتي').click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await page.keyboard.press('Escape');
	const notFound = await page.goto(NOT_FOUND);
	expect(notFound?.status()).toBe(404);

	// Signed in: tap words (look-ups are sent to the server), save one.
	const username = await signUp(page, 'Learner', 'csplearner');
	await page.goto(SEED);
	const lookups = page.waitForRequest(
		(request) => request.method() === 'POST' && request.url().endsWith('/lookups')
	);
	await word(page, 'حفتر').click();
	const popover = page.getByRole('dialog');
	await expect(popover).toContainText('Haftar');
	await page.keyboard.press('Escape');
	await word(page, 'وتأتي').click();
	await popover.getByRole('button', { name: 'Save word' }).click();
	await expect(popover.getByRole('status')).toContainText('Saved');
	await page.keyboard.press('Escape');
	// The look-ups leave a few seconds later by fetch (connect-src).
	const lookupResponse = await (await lookups).response();
	expect(lookupResponse?.status()).toBe(204);
	expect(missing(lookupResponse!)).toEqual([]);
	await page.getByRole('link', { name: 'Take the quiz' }).click();

	// The quiz on a phone: one question at a time, with Next, then submit.
	await page.setViewportSize({ width: 360, height: 740 });
	await expect(page).toHaveURL(/\/quiz$/);
	const questions = page.locator('li.question');
	await expect(questions.first()).toBeVisible();
	await expect(questions.nth(1)).toBeHidden();
	const count = await questions.count();
	for (let index = 0; index < count; index++) {
		const question = questions.nth(index);
		await expect(question).toBeVisible();
		const radios = question.getByRole('radio');
		if ((await radios.count()) > 0) await radios.first().check();
		else await question.getByRole('textbox').fill('الجزائر');
		if (index < count - 1) await question.getByRole('button', { name: 'Next' }).click();
	}
	await page.getByRole('button', { name: 'Submit answers' }).click();
	await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
	await expect(page.getByText(/^Score: \d+ \/ \d+/)).toBeVisible();
	await page.setViewportSize({ width: 1280, height: 900 });

	// Progress: the chart (bars sized by style attributes) and the exports.
	await page.goto('/progress');
	await expect(page.getByRole('img', { name: /Quiz scores/ })).toBeVisible();
	await expectBarsSized(page, '.meter');
	for (const path of ['/progress/history.csv', '/progress/history.json']) {
		const response = await page.request.get(path);
		expect(response.status(), path).toBe(200);
		expect(missing(response)).toEqual([]);
		expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
	}
	const csv = await page.request.get('/progress/history.csv');
	expect(csv.headers()['content-type']).toContain('text/csv');
	expect((await csv.text()).trim().split(/\r?\n/)).toHaveLength(2);

	// Review the saved word; the text-size setting (a style attribute) applies in the reader.
	await page.getByRole('link', { name: 'Review', exact: true }).first().click();
	await expect(page).toHaveURL('/review');
	await page.getByText('Show the answer').click();
	await page.getByRole('button', { name: /Good/ }).click();
	await expect(page.getByText('Nothing to review now')).toBeVisible();
	await page.goto(SEED);
	const size = await page
		.locator('[style*="--reader-size"]')
		.first()
		.evaluate((element) => getComputedStyle(element).getPropertyValue('--reader-size'));
	expect(size.trim()).toMatch(/rem$/);

	// Sign out and back in.
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(nav(page).getByRole('link', { name: 'Sign up' })).toBeVisible();
	await nav(page).getByRole('link', { name: 'Sign in' }).click();
	await page.getByLabel('Username or e-mail').fill(username);
	await page.getByLabel('Password').fill('a good password');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

	await expectClean(seen, 8);
});

test('a teacher’s pages work under the policy: import, preview, question review, class, gradebook', async ({
	browser
}) => {
	test.slow();
	const { page, seen } = await newWatchedPage(browser);
	await signUp(page, 'Teacher', 'cspteacher');

	await nav(page).getByRole('link', { name: 'Teaching' }).click();
	await page.getByRole('link', { name: 'Import an article' }).click();
	await page.getByLabel('Title').fill(TITLE);
	await page.getByLabel('Source').fill('my own text');
	await page.getByLabel('Arabic text').fill(BODY);
	await page.getByRole('button', { name: 'Import and preview' }).click();
	await expect(page).toHaveURL(/\/teach\/articles\/\d+$/);
	await expect(page.getByRole('heading', { name: 'How Sahifa reads it' })).toBeVisible();

	await page.getByRole('link', { name: 'Review questions' }).click();
	const first = page.locator('li.question').first();
	await first.getByRole('button', { name: /^Approve( question \d+)?$/ }).click();
	await expect(page.getByText('Question approved.')).toBeVisible();

	await page.goto('/teach/classes');
	await page.getByLabel('Class name').fill('CSP class');
	await page.getByRole('button', { name: 'Create class' }).click();
	await expect(page).toHaveURL(/\/teach\/classes\/\d+$/);
	const classUrl = page.url();
	await page.getByLabel('Article').selectOption({ label: TITLE });
	await page.getByRole('button', { name: 'Assign', exact: true }).click();
	await expect(page.getByText('The article is assigned.')).toBeVisible();

	const code = ((await page.getByLabel('Join code').textContent()) ?? '').trim();

	// A learner joins and takes the assigned quiz, so the gradebook has scores and bars.
	const learner = await newWatchedPage(browser);
	await signUp(learner.page, 'Learner', 'cspjoiner');
	await learner.page.goto('/classes/join');
	await learner.page.getByLabel('Class code').fill(code);
	await learner.page.getByRole('button', { name: 'Join' }).click();
	await expect(learner.page.getByText('You joined “CSP class”.')).toBeVisible();
	await learner.page.goto('/');
	await learner.page
		.getByRole('region', { name: /Assigned to you/ })
		.getByRole('link', { name: 'Take the quiz' })
		.click();
	const question = learner.page.locator('li.question').first();
	await expect(learner.page).toHaveURL(/\/quiz$/);
	await expect(question).toBeVisible();
	const radios = question.getByRole('radio');
	if ((await radios.count()) > 0) await radios.first().check();
	else await question.getByRole('textbox').fill('عمان');
	await learner.page.getByRole('button', { name: 'Submit answers' }).click();
	await expect(learner.page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
	await expectClean(learner.seen, 3);

	await page.goto(classUrl + '/gradebook');
	await expect(page.locator('table.grid').getByRole('row', { name: /cspjoiner/ })).toContainText(
		'%'
	);
	await expectBarsSized(page, 'table.items .bar');
	const csv = await page.request.get(classUrl + '/gradebook.csv');
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toContain('text/csv');
	expect(missing(csv)).toEqual([]);

	await expectClean(seen, 3);
});

test('pages refuse to be framed and compressed pages keep their headers', async ({ request }) => {
	for (const encoding of ['br', 'gzip', 'identity']) {
		const response = await request.get(SEED, { headers: { 'accept-encoding': encoding } });
		expect(response.status()).toBe(200);
		if (encoding !== 'identity') expect(response.headers()['content-encoding']).toBe(encoding);
		expect(missing(response)).toEqual([]);
		expect(response.headers()['content-security-policy']).toMatch(PAGE_POLICY);
	}
	const notFound = await request.get('/no/such/page', { headers: { 'accept-encoding': 'br' } });
	expect(notFound.status()).toBe(404);
	expect(missing(notFound)).toEqual([]);
	expect(notFound.headers()['content-security-policy']).toMatch(PAGE_POLICY);
	// The look-ups endpoint answers a signed-out reader with a clear 401, headers included.
	const lookups = await request.post(SEED + '/lookups', { data: { keys: ['p-0:0'] } });
	expect(lookups.status()).toBe(401);
	expect(missing(lookups)).toEqual([]);
});
