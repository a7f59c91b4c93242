import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';

const SEED = /الجزائر تنهي ترددها/;

async function signUp(page: Page, prefix: string, displayName: string) {
	await page.goto('/signup');
	await page.getByLabel('Username').fill(`${prefix}${Date.now().toString(36)}`);
	await page.getByLabel('Display name').fill(displayName);
	await page.getByLabel('Password').fill('a good password');
	await page.getByLabel('Learner').check();
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL('/');
}

/** Signs up a learner and returns the username (the password is 'a good password'). */
async function signUpAs(page: Page, prefix: string) {
	const username = `${prefix}${Date.now().toString(36)}`;
	await page.goto('/signup');
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Display name').fill('Kept Answers');
	await page.getByLabel('Password').fill('a good password');
	await page.getByLabel('Learner').check();
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL('/');
	return username;
}

/** Ends the learner's sessions on the server, as an expiry would (the browser still sends its cookie). */
function endSessions(username: string) {
	const db = new Database(process.env.SAHIFA_E2E_DATABASE_URL!);
	try {
		db.prepare(
			'delete from sessions where user_id = (select id from users where username = ?)'
		).run(username);
	} finally {
		db.close();
	}
}

async function openSeedQuiz(page: Page) {
	await page.goto('/');
	await page.getByRole('link', { name: SEED }).click();
	await page.getByRole('link', { name: 'Take the quiz' }).click();
	await expect(page).toHaveURL(/\/articles\/[^/]+\/quiz$/);
	await expect(page.locator('li.question').first()).toBeVisible();
}

async function signInHere(page: Page, username: string) {
	await page.getByLabel('Username or e-mail').fill(username);
	await page.getByLabel('Password').fill('a good password');
	await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Serious or critical accessibility violations on the current page (axe). */
async function seriousViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map((violation) => `${violation.id}: ${violation.help}`);
}

/** Answers every question: the first choice, or an Arabic word in a typed box. */
async function answerAll(page: Page) {
	const questions = page.locator('li.question');
	const count = await questions.count();
	expect(count).toBeGreaterThanOrEqual(8);
	for (let index = 0; index < count; index++) {
		const question = questions.nth(index);
		const radios = question.getByRole('radio');
		if ((await radios.count()) > 0) await radios.first().check();
		else await question.getByRole('textbox').fill('الجزائر');
	}
	return count;
}

test('a learner takes the seed quiz, sees the score and finds it on the progress page', async ({
	page,
	browser
}) => {
	test.slow(); // Three axe runs and a 20-question quiz on a shared machine.
	await signUp(page, 'quizzer', 'Quiz Taker');
	await page.getByRole('link', { name: SEED }).click();
	await page.getByRole('link', { name: 'Take the quiz' }).click();
	await expect(page).toHaveURL(/\/articles\/[^/]+\/quiz$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Quiz');

	// Typed answers are Arabic inputs with a hint; no answer key is in the page before submission.
	const typed = page.getByRole('textbox').first();
	await expect(typed).toHaveAttribute('dir', 'rtl');
	await expect(typed).toHaveAttribute('lang', 'ar');
	await expect(page.getByText('Type in Arabic script').first()).toBeVisible();
	const html = await page.content();
	expect(html).not.toMatch(/"answer"|"accept"|evidence/);
	expect(await seriousViolations(page)).toEqual([]);

	const count = await answerAll(page);
	const quizUrl = page.url();
	const token = await page.locator('input[name="token"]').inputValue();
	await page.getByRole('button', { name: 'Submit answers' }).click();
	await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
	const attemptUrl = page.url();
	const score = page.getByText(/^Score: \d+ \/ \d+/);
	await expect(score).toContainText(`/ ${count}`);
	const points = (await score.textContent())!.replace(/\s+/g, ' ').match(/(\d+) \/ (\d+)/)!;
	await expect(page.getByText(/^[✓✗]\s*(Right|Wrong)$/).first()).toBeVisible();
	await expect(page.locator('mark').first()).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);

	// Replaying the submitted form (same token, other answers) creates nothing: it points at the same attempt.
	const replay = await page.request.post(quizUrl, {
		form: { token },
		headers: { origin: new URL(quizUrl).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(replay.status()).toBe(303);
	expect(new URL(replay.headers()['location'], quizUrl).href).toBe(attemptUrl);

	await page.goto('/progress');
	await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible();
	const history = page.getByRole('table').filter({ hasText: 'Submitted (UTC)' });
	const rows = history.getByRole('row');
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(1)).toContainText(SEED);
	await expect(rows.nth(1)).toContainText(`${points[1]} / ${points[2]}`);
	await expect(page.getByRole('img', { name: /Quiz scores/ })).toBeVisible();
	await expect(page.getByRole('table').filter({ hasText: 'Accuracy' })).toContainText('Who');
	expect(await seriousViolations(page)).toEqual([]);

	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: /CSV/ }).click();
	const csv = await (await download).path();
	const { readFileSync } = await import('node:fs');
	const lines = readFileSync(csv, 'utf8').trim().split(/\r\n/);
	expect(lines).toHaveLength(2);
	expect(lines[1]).toContain(`,${points[1]},${points[2]},`);

	// Another learner who changes the id in the URL finds nothing.
	const other = await browser.newContext();
	const otherPage = await other.newPage();
	await signUp(otherPage, 'snoop', 'Other Learner');
	const response = await otherPage.goto(attemptUrl);
	expect(response?.status()).toBe(404);
	await other.close();
});

test('on a phone the quiz shows one question at a time', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await signUp(page, 'phone', 'Phone Learner');
	await page.goto('/');
	await page.getByRole('link', { name: SEED }).click();
	await page.getByRole('link', { name: 'Take the quiz' }).click();
	const questions = page.locator('li.question');
	await expect(questions.first()).toBeVisible();
	await expect(questions.nth(1)).toBeHidden();
	await expect(page.getByRole('button', { name: 'Submit answers' })).toBeHidden();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(questions.first()).toBeHidden();
	await expect(questions.nth(1)).toBeVisible();
	await expect(questions.nth(1).getByText(/Question 2 of \d+/)).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the quiz is one plain form; blank answers are asked about, then accepted', async ({
		page
	}) => {
		await signUp(page, 'nojs', 'Plain Form');
		await page.goto('/');
		await page.getByRole('link', { name: SEED }).click();
		await page.getByRole('link', { name: 'Take the quiz' }).click();
		const questions = page.locator('li.question');
		const count = await questions.count();
		for (let index = 0; index < count; index++) await expect(questions.nth(index)).toBeVisible();

		await questions.first().getByRole('radio').first().check();
		await page.getByRole('button', { name: 'Submit answers' }).click();
		await expect(page.getByRole('alert')).toContainText(
			`${count - 1} questions have no answer yet`
		);
		// What was chosen is kept.
		await expect(page.locator('li.question').first().getByRole('radio').first()).toBeChecked();
		await page.getByRole('button', { name: 'Submit anyway' }).click();
		await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
		await expect(page.getByText(/^Score: \d+ \/ \d+/)).toContainText(`/ ${count}`);
	});
});

test.describe('a session that ends during the quiz', () => {
	test('the answers are kept, and signing in again submits them', async ({ page }) => {
		test.slow();
		const username = await signUpAs(page, 'expiry');
		await openSeedQuiz(page);
		const count = await answerAll(page);
		endSessions(username);

		await page.getByRole('button', { name: 'Submit answers' }).click();
		await expect(page).toHaveURL(/\/signin\?/);
		await expect(page.getByRole('status')).toContainText(
			'You were signed out before your quiz answers reached us'
		);
		await signInHere(page, username);
		await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+\?sent=kept$/);
		await expect(page.getByRole('status')).toContainText('have now been sent and scored');
		await expect(page.getByText(/^Score: \d+ \/ \d+/)).toContainText(`/ ${count}`);
		expect(await seriousViolations(page)).toEqual([]);
	});

	test('another account signing in sees none of them', async ({ page, context }) => {
		test.slow();
		const owner = await signUpAs(page, 'owner');
		await openSeedQuiz(page);
		await page.locator('li.question').first().getByRole('radio').nth(2).check();
		const quizUrl = page.url();
		// Someone else signs up in this browser (another tab): the owner's session cookie is replaced.
		const other = await context.newPage();
		await other.goto('/');
		await other.getByRole('button', { name: 'Sign out' }).click();
		await expect(
			other.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign up' })
		).toBeVisible();
		const stranger = await signUpAs(other, 'stranger');
		await other.close();

		await page.getByRole('button', { name: 'Submit answers' }).click();
		await expect(page.getByRole('alert')).toContainText('another account was signed in');
		await expect(page.locator('li.question').first().getByRole('radio').nth(2)).not.toBeChecked();
		expect(stranger).not.toBe(owner);

		// The owner signs in again in this browser: the kept choice comes back (one answer, the rest blank).
		await page.getByRole('button', { name: 'Sign out' }).click();
		await page.goto('/signin');
		await signInHere(page, owner);
		await expect(page).toHaveURL(quizUrl);
		await expect(page.locator('li.question').first().getByRole('radio').nth(2)).toBeChecked();
	});
});

test.describe('a session that ends during the quiz, without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the answers come back in the form after signing in', async ({ page, context }) => {
		const username = await signUpAs(page, 'expirynojs');
		await openSeedQuiz(page);
		const questions = page.locator('li.question');
		const count = await questions.count();
		await questions.first().getByRole('radio').nth(1).check();
		const typed = questions.filter({ has: page.getByRole('textbox') }).first();
		await typed.getByRole('textbox').fill('الجزائر');
		// Signed out elsewhere: the session cookie is gone.
		await context.clearCookies({ name: 'sahifa_session' });

		await page.getByRole('button', { name: 'Submit answers' }).click();
		await expect(page).toHaveURL(/\/signin\?/);
		await expect(page.getByRole('status')).toContainText('They are kept on this device');
		await signInHere(page, username);
		await expect(page).toHaveURL(/\/articles\/[^/]+\/quiz$/);
		await expect(page.getByRole('status')).toContainText('Here they are again');
		await expect(questions.first().getByRole('radio').nth(1)).toBeChecked();
		await expect(typed.getByRole('textbox')).toHaveValue('الجزائر');
		await page.getByRole('button', { name: 'Submit anyway' }).click();
		await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
		await expect(page.getByText(/^Score: \d+ \/ \d+/)).toContainText(`/ ${count}`);
	});
});
