import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const SEED = '/articles/algeria-haftar-libya-talks';

function word(page: Page, text: string) {
	return page.locator('article button.word', { hasText: new RegExp(`^${text}$`) }).first();
}

async function signUp(page: Page, prefix: string) {
	await page.goto('/signup');
	await page.getByLabel('Username').fill(`${prefix}${Date.now().toString(36)}`);
	await page.getByLabel('Display name').fill(prefix);
	await page.getByLabel('Password').fill('a good password');
	await page.getByLabel('Learner').check();
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL('/');
}

async function seriousViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map((violation) => `${violation.id}: ${violation.help}`);
}

test('opening a word makes no network request, signed out or in', async ({ page }) => {
	for (const signedIn of [false, true]) {
		if (signedIn) await signUp(page, 'quiet');
		await page.goto(SEED);
		await page.waitForLoadState('networkidle');
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await word(page, 'وتأتي').click();
		await expect(page.getByRole('dialog')).toBeVisible();
		await page.keyboard.press('Escape');
		await word(page, 'حفتر').click();
		await expect(page.getByRole('dialog')).toBeVisible();
		expect(requests).toEqual([]);
		page.removeAllListeners('request');
	}
});

test('a signed-in learner’s look-ups are sent in a batch; three of one word make a review card', async ({
	page
}) => {
	await signUp(page, 'looker');
	await page.goto(SEED);
	const target = word(page, 'وتأتي');
	const sent = page.waitForRequest(
		(request) => request.method() === 'POST' && request.url().endsWith('/lookups')
	);
	for (let i = 0; i < 3; i++) {
		await target.click();
		await expect(page.getByRole('dialog')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('dialog')).toBeHidden();
	}
	const request = await sent;
	expect(request.postDataJSON().keys).toHaveLength(3);
	expect((await request.response())?.status()).toBe(204);
	await page.getByRole('link', { name: 'Review' }).click();
	await expect(page.getByRole('heading', { name: 'وتأتي' })).toBeVisible();
});

test('save a word, review it with a rating; another learner cannot rate that card', async ({
	page,
	browser
}) => {
	await signUp(page, 'saver');
	await page.goto(SEED);
	await word(page, 'وتأتي').click();
	const popover = page.getByRole('dialog');
	await popover.getByRole('button', { name: 'Save word' }).click();
	await expect(popover.getByRole('status')).toContainText('Saved');
	// Still the same word open: saving does not reload the reader.
	await expect(popover.getByRole('heading', { name: 'وتأتي' })).toBeVisible();

	await page.getByRole('link', { name: 'Review', exact: true }).first().click();
	await expect(page).toHaveURL('/review');
	await expect(page.getByLabel('Cards')).toContainText('1 due');
	await expect(page.getByRole('heading', { name: 'وتأتي' })).toBeVisible();
	const cardId = await page.locator('input[name="card"]').inputValue();
	await page.getByText('Show the answer').click();
	await expect(page.locator('.answer')).toContainText(/أ[\u064B-\u0652]*ت[\u064B-\u0652]*ى/);
	await expect(page.locator('.answer')).toContainText('come');
	await expect(page.locator('blockquote')).toContainText('وتأتي');
	expect(await seriousViolations(page)).toEqual([]);

	// Someone else posting a rating of this card: 404, and the card stays due for its owner.
	const other = await browser.newContext();
	const otherPage = await other.newPage();
	await signUp(otherPage, 'intruder');
	const response = await otherPage.request.post('/review?/rate', {
		form: { card: cardId, rating: 'easy' },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(response.status()).toBe(404);
	await otherPage.goto('/review');
	await expect(otherPage.getByText('Nothing to review now')).toBeVisible();
	await other.close();

	await page.getByRole('button', { name: /Good/ }).click();
	await expect(page.getByText('Nothing to review now')).toBeVisible();
	await expect(page.getByLabel('Cards')).toContainText('0 due');
});

test('rating works without JavaScript', async ({ browser }) => {
	const scripted = await browser.newContext();
	const page = await scripted.newPage();
	await signUp(page, 'nojs');
	await page.goto(SEED);
	await word(page, 'الأزمة').click();
	await page.getByRole('dialog').getByRole('button', { name: 'Save word' }).click();
	await expect(page.getByRole('dialog').getByRole('status')).toContainText('Saved');
	const state = await scripted.storageState();
	await scripted.close();

	const plain = await browser.newContext({ javaScriptEnabled: false, storageState: state });
	const noScript = await plain.newPage();
	await noScript.goto('/review');
	await noScript.getByText('Show the answer').click();
	await noScript.getByRole('button', { name: /Again/ }).click();
	await expect(noScript).toHaveURL('/review');
	await expect(noScript.getByLabel('Cards')).toContainText('0 due');
	await plain.close();
});

test('the popover’s root leads to the root page, its lemma to the word page', async ({ page }) => {
	await page.goto(SEED);
	await word(page, 'وتأتي').click();
	const root = page.getByRole('dialog').getByRole('link', { name: /Root/ });
	// Root letters read right to left: ء (first letter) is drawn right of ي (last).
	const order = await root.evaluate((link) => {
		const range = document.createRange();
		const text = link.firstChild!;
		const at = (index: number) => {
			range.setStart(text, index);
			range.setEnd(text, index + 1);
			return range.getBoundingClientRect().left;
		};
		return { first: at(0), last: at((text.textContent ?? '').length - 1) };
	});
	expect(order.first).toBeGreaterThan(order.last);
	await root.click();
	await expect(page).toHaveURL(/\/roots\//);
	await expect(page.locator('.family')).toContainText('come');
	await expect(page.locator('.family')).toContainText('الجزائر');
	expect(await seriousViolations(page)).toEqual([]);

	await page.locator('.family a.lemma').first().click();
	await expect(page).toHaveURL(/\/words\//);
	await expect(page.locator('.forms')).toContainText('وتأتي');
	await expect(page.locator('.forms blockquote').first()).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});
