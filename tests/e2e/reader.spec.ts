import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const SEED = '/articles/algeria-haftar-libya-talks';

function word(page: Page, text: string) {
	return page.locator('article button.word', { hasText: new RegExp(`^${text}$`) }).first();
}

test('tapping a word shows its parts, dictionary form and meaning', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	await page.goto(SEED);
	await word(page, 'وتأتي').click();
	const popover = page.getByRole('dialog');
	await expect(popover).toBeVisible();
	await expect(popover.getByRole('heading', { name: 'وتأتي' })).toBeVisible();
	const parts = popover.getByRole('listitem');
	await expect(parts.first()).toContainText('و');
	await expect(parts.first()).toContainText('and');
	await expect(popover).toContainText(/أ[\u064B-\u0652]*ت[\u064B-\u0652]*ى/);
	await expect(popover).toContainText(/come/);
	// Another word, then close: no script errors (a CSP refusal would show up here too).
	await word(page, 'حفتر').click();
	await expect(popover).toContainText('Haftar');
	await page.keyboard.press('Escape');
	await expect(popover).toBeHidden();
	expect(errors).toEqual([]);
});

test('keyboard: Enter opens, Escape closes and focus returns to the word', async ({ page }) => {
	await page.goto(SEED);
	const target = word(page, 'وتأتي');
	await target.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('dialog')).toBeVisible();
	await expect(target).toHaveAttribute('aria-expanded', 'true');
	// The open word is highlighted (a ring around it), and only while it is open.
	const ring = () => target.evaluate((element) => getComputedStyle(element).boxShadow);
	expect(await ring()).not.toBe('none');
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toBeHidden();
	await expect(target).toBeFocused();
	await expect(target).toHaveAttribute('aria-expanded', 'false');
	expect(await ring()).toBe('none');
});

test('the card shows each word it opens for; closed, it cannot be seen, read or focused', async ({
	page
}) => {
	await page.goto(SEED);
	const popover = page.getByRole('dialog');
	await word(page, 'وتأتي').click();
	await expect(popover.getByRole('heading', { name: 'وتأتي' })).toBeVisible();
	await expect(popover.getByRole('listitem').first()).toContainText('and');
	await page.keyboard.press('Escape');
	await expect(popover).toBeHidden();
	// Closed: nothing of it is exposed, and its controls cannot take focus.
	await expect(page.getByRole('button', { name: 'Close' })).toHaveCount(0);
	const focusable = await page.evaluate(() => {
		const close = document.querySelector<HTMLButtonElement>('button[aria-label="Close"]');
		close?.focus();
		return close !== null && document.activeElement === close;
	});
	expect(focusable).toBe(false);
	// The next word: its own heading, card and meaning, nothing left over from the first.
	await word(page, 'حفتر').click();
	await expect(popover.getByRole('heading', { name: 'حفتر' })).toBeVisible();
	await expect(popover).toContainText('Person');
	await expect(popover).not.toContainText('come');
	await expect(popover.getByRole('button', { name: 'Close' })).toBeVisible();
	// The first word again, straight from the second.
	await word(page, 'وتأتي').click();
	await expect(popover.getByRole('heading', { name: 'وتأتي' })).toBeVisible();
	await expect(popover).not.toContainText('Person');
	await expect(popover).toContainText('come');
});

test('a person’s name shows a person card', async ({ page }) => {
	await page.goto(SEED);
	await word(page, 'حفتر').click();
	const popover = page.getByRole('dialog');
	await expect(popover).toContainText('Person');
	await expect(popover).toContainText('Haftar');
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the popover is a sheet fully on screen', async ({ page }) => {
		await page.goto(SEED);
		await word(page, 'وتأتي').click();
		const box = await page.getByRole('dialog').boundingBox();
		expect(box).not.toBeNull();
		expect(box!.x).toBeGreaterThanOrEqual(0);
		expect(box!.y).toBeGreaterThanOrEqual(0);
		expect(box!.x + box!.width).toBeLessThanOrEqual(360);
		expect(box!.y + box!.height).toBeLessThanOrEqual(740);
	});

	test('a word low on the screen is scrolled clear of the sheet, still highlighted', async ({
		page
	}) => {
		await page.goto(SEED);
		// A word near the bottom of the screen, where the sheet will cover it.
		const target = page.locator('article .body button.word').nth(60);
		await target.scrollIntoViewIfNeeded();
		const at = (await target.boundingBox())!;
		await page.evaluate((by) => window.scrollBy(0, by), at.y + at.height - 700);
		expect((await target.boundingBox())!.y).toBeGreaterThan(600);
		await target.click();
		const sheet = page.getByRole('dialog');
		await expect(sheet).toBeVisible();
		await expect(target).toHaveAttribute('aria-expanded', 'true');
		await expect
			.poll(async () => {
				const word = await target.boundingBox();
				const card = await sheet.boundingBox();
				return word !== null && card !== null && word.y >= 0 && word.y + word.height <= card.y;
			})
			.toBe(true);
	});
});

test('the article page has no serious or critical accessibility violations', async ({ page }) => {
	await page.goto(SEED);
	await word(page, 'وتأتي').click();
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter(
		(violation) => violation.impact === 'serious' || violation.impact === 'critical'
	);
	expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test('names, places and dates can be highlighted, and the choice is remembered', async ({
	page
}) => {
	await page.goto(SEED);
	const toggle = page.getByRole('button', { name: 'Highlight names' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	const name = word(page, 'حفتر');
	const underline = () => name.evaluate((element) => getComputedStyle(element).textDecorationLine);
	expect(await underline()).toBe('none');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	expect(await underline()).toBe('underline');
	await page.reload();
	await expect(page.getByRole('button', { name: 'Highlight names' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});
