import { expect, test } from '@playwright/test';

/** Screenshots of the reader and the study pages; skipped unless SAHIFA_SHOTS names a folder. */
const SHOTS = process.env.SAHIFA_SHOTS;
const SEED = '/articles/algeria-haftar-libya-talks';

test.skip(!SHOTS, 'set SAHIFA_SHOTS=/folder to take screenshots');

test('reader, popover, root, word and review pages at 1280 and 360 px', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/signup');
	await page.getByLabel('Username').fill(`shots${Date.now().toString(36)}`);
	await page.getByLabel('Display name').fill('Layla');
	await page.getByLabel('Password').fill('a good password');
	await page.getByLabel('Learner').check();
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL('/');
	for (const width of [1280, 360]) {
		await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
		await page.goto(SEED);
		await page.screenshot({ path: `${SHOTS}/reader-${width}.png` });
		await page
			.locator('article button.word', { hasText: /^وتأتي$/ })
			.first()
			.click();
		await expect(page.getByRole('dialog')).toBeVisible();
		if (width === 1280) {
			await page.getByRole('dialog').getByRole('button', { name: 'Save word' }).click();
			await expect(page.getByRole('dialog').getByRole('status')).toBeVisible();
		}
		await page.screenshot({ path: `${SHOTS}/popover-${width}.png` });
		// A word near the top of the article (the card opens below it), then keyboard Escape.
		await page.keyboard.press('Escape');
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.locator('article .body button.word').nth(3).click();
		await expect(page.getByRole('dialog')).toBeVisible();
		await page.screenshot({ path: `${SHOTS}/popover-top-${width}.png` });
		await page.goto('/roots/ءتي');
		await page.screenshot({ path: `${SHOTS}/root-${width}.png`, fullPage: true });
		await page.locator('.family a.lemma').first().click();
		await expect(page).toHaveURL(/\/words\//);
		await page.screenshot({ path: `${SHOTS}/word-${width}.png`, fullPage: true });
		await page.goto('/review');
		await page.getByText('Show the answer').click();
		await page.screenshot({ path: `${SHOTS}/review-${width}.png`, fullPage: true });
	}
});
