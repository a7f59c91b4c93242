import { expect, test } from '@playwright/test';

/** A new learner signs up, finds the seed article, reads it, signs out. */
test('sign up, read the seed article, sign out', async ({ page }) => {
	const username = `learner${Date.now().toString(36)}`;

	await page.goto('/signup');
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Display name').fill('Test Learner');
	await page.getByLabel('Password').fill('a good password');
	await page.getByLabel('Learner').check();
	await page.getByRole('button', { name: 'Create account' }).click();

	await expect(page).toHaveURL('/');
	await expect(page.getByRole('banner')).toContainText('Test Learner');

	const seed = page.getByRole('link', { name: /الجزائر تنهي ترددها/ });
	await expect(seed).toBeVisible();
	await expect(page.getByRole('listitem').filter({ has: seed })).toContainText(/\d+ words/);
	await seed.click();

	const headline = page.getByRole('heading', { level: 1, name: /الجزائر تنهي ترددها/ });
	await expect(headline).toBeVisible();
	const article = page.locator('article');
	await expect(article).toHaveAttribute('dir', 'rtl');
	await expect(article).toHaveAttribute('lang', 'ar');
	expect(await article.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
	await expect(article.locator('p').first()).toContainText('بنغازي');

	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL('/');
	await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

	await page.goto('/account');
	await expect(page).toHaveURL(/\/signin\?redirectTo=%2Faccount$/);
	await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('sign-in errors say the same for an unknown user and a wrong password', async ({ page }) => {
	const username = `reader${Date.now().toString(36)}`;
	await page.goto('/signup');
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Display name').fill('Reader');
	await page.getByLabel('Password').fill('right password');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL('/');
	await page.getByRole('button', { name: 'Sign out' }).click();

	const messages: string[] = [];
	for (const [identifier, password] of [
		[username, 'wrong password'],
		[`nobody-${username}`, 'right password']
	]) {
		await page.goto('/signin');
		await page.getByLabel('Username or e-mail').fill(identifier);
		await page.getByLabel('Password').fill(password);
		await page.getByRole('button', { name: 'Sign in' }).click();
		const alert = page.getByRole('alert');
		await expect(alert).toBeVisible();
		messages.push((await alert.textContent()) ?? '');
	}
	expect(messages[0]).toBe(messages[1]);

	await page.getByLabel('Username or e-mail').fill(username);
	await page.getByLabel('Password').fill('right password');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('banner')).toContainText('Reader');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the article reads fine and the text size control works', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('link', { name: /الجزائر تنهي ترددها/ }).click();
		const article = page.locator('article[lang="ar"][dir="rtl"]');
		await expect(article.getByRole('heading', { level: 1 })).toBeVisible();
		const before = await article.evaluate((element) =>
			parseFloat(getComputedStyle(element).fontSize)
		);
		await page.getByRole('button', { name: 'Larger Arabic text' }).click();
		await expect(page.locator('output')).toHaveText('Large');
		const after = await article.evaluate((element) =>
			parseFloat(getComputedStyle(element).fontSize)
		);
		expect(after).toBeGreaterThan(before);
	});
});

test('typing before the page has loaded its JavaScript loses nothing', async ({ page }) => {
	// Hold the app's scripts back so the form is filled in while it is still plain HTML.
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 800));
		await route.continue();
	});
	await page.goto('/signup', { waitUntil: 'commit' });
	await page.getByLabel('Username').fill('early-typist');
	await page.getByLabel('Teacher').check();
	await page.waitForLoadState('networkidle');
	await expect(page.getByLabel('Username')).toHaveValue('early-typist');
	await expect(page.getByLabel('Teacher')).toBeChecked();
});

test('a rejected sign-up keeps what was typed, without JavaScript too', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/signup');
	// Browsers check lengths themselves; the server is the one to refuse a space.
	await page.getByLabel('Username').fill('has space');
	await page.getByLabel('Display name').fill('Short Name');
	await page.getByLabel('Password').fill('a good password');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByText(/Username may use letters/)).toBeVisible();
	await expect(page.getByLabel('Username')).toHaveValue('has space');
	await expect(page.getByLabel('Display name')).toHaveValue('Short Name');
	await expect(page.getByLabel('Password')).toHaveValue('');
	await context.close();
});

test('an unknown article is a 404 page with a way back', async ({ page }) => {
	const response = await page.goto('/articles/no-such-article');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	await expect(page.getByText('There is no article at this address.')).toBeVisible();
	await page.getByRole('link', { name: 'Back to the articles' }).click();
	await expect(page).toHaveURL('/');
});
