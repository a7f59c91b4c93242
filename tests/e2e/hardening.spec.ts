import { expect, test, type Browser, type Page } from '@playwright/test';

/**
 * Hardening checks in the browser: error pages inside the site layout, sign-out only by POST, no
 * redirect off the site after sign-in, and a teacher's bad import input answered with a message while
 * what was typed stays.
 */
const PASSWORD = 'a good password';

async function signUp(
	browser: Browser,
	role: 'Teacher' | 'Learner'
): Promise<{ page: Page; username: string }> {
	const page = await (await browser.newContext()).newPage();
	const username = `${role.toLowerCase()}${Date.now().toString(36)}`;
	await page.goto('/signup');
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Display name').fill(`${role} ${username}`);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByLabel(role, { exact: true }).check();
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL('/');
	return { page, username };
}

test('a missing page is a 404 inside the site layout with a way back, and no internals', async ({
	page
}) => {
	const response = await page.goto('/no/such/page');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	await expect(page.getByText('There is no page at this address')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Back to the articles' })).toBeVisible();
	await expect(page.locator('header').first()).toBeVisible();
	await expect(page.locator('body')).not.toContainText(/at \w+ \(|node_modules|Error:/);
});

test('sign-out by GET does nothing; a redirectTo off the site lands on the home page', async ({
	browser
}) => {
	const { page, username } = await signUp(browser, 'Learner');
	await page.goto('/signout');
	await page.goto('/account');
	await expect(page).toHaveURL('/account');

	// A sign-out (or any form post) from another site is refused; the session stays.
	const crossSite = await page.request.post('/signout', {
		headers: { origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
		data: ''
	});
	expect(crossSite.status()).toBe(403);
	await page.goto('/account');
	await expect(page).toHaveURL('/account');

	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
	await page.goto('/signin?redirectTo=%2F%09%2Fevil.example%2F');
	await page.getByLabel('Username or e-mail').fill(username);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL('/');
});

test('bad import input gets a message and nothing typed is lost', async ({ browser }) => {
	const { page } = await signUp(browser, 'Teacher');
	const title = '<b>عنوان</b> تجريبي';
	await page.goto('/teach/import');
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Source').fill('my own text');

	// A text over 20,000 words stays in the box (checked before sending).
	const long = 'كلمة '.repeat(20_001);
	await page.getByLabel('Arabic text').fill(long);
	await page.getByRole('button', { name: 'Import and preview' }).click();
	await expect(
		page.getByText('This text has 20,001 words; an article may have at most 20,000.')
	).toBeVisible();
	await expect(page.getByLabel('Arabic text')).toBeFocused();
	await expect(page).toHaveURL('/teach/import');
	expect((await page.getByLabel('Arabic text').inputValue()).length).toBe(long.length);

	// A Windows-1256 file is named as such; title and source come back.
	await page.getByLabel('Arabic text').fill('');
	await page.getByLabel('…or upload a file').setInputFiles({
		name: 'article.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from([
			0xc7, 0xe1, 0xd1, 0xc8, 0xc7, 0xd8, 0x20, 0xc7, 0xe1, 0xd1, 0xc8, 0xc7, 0xd8
		])
	});
	await page.getByRole('button', { name: 'Import and preview' }).click();
	await expect(page.getByText('That file is not saved as UTF-8')).toBeVisible();
	await expect(page.getByLabel('Title')).toHaveValue(title);
	await expect(page.getByLabel('Source')).toHaveValue('my own text');

	// HTML in the title is shown as text, never rendered.
	await page.getByLabel('Arabic text').fill('التقى الوزيران في عمان يوم الأحد.');
	await page.getByRole('button', { name: 'Import and preview' }).click();
	await expect(page).toHaveURL(/\/teach\/articles\/\d+$/);
	await expect(page.getByRole('heading', { name: title })).toBeVisible();
	await expect(page.locator('main b')).toHaveCount(0);
});

test('without JavaScript, a text over the server’s body limit gets a message, not a bare error', async ({
	browser
}) => {
	const { page: teacher } = await signUp(browser, 'Teacher');
	const cookies = await teacher.context().cookies();
	const context = await browser.newContext({ javaScriptEnabled: false });
	await context.addCookies(cookies);
	const page = await context.newPage();
	await page.goto('/teach/import');
	await page.getByLabel('Title').fill('عنوان');
	await page.getByLabel('Source').fill('my own text');
	// About 600 KB of UTF-8 in fewer than 20,000 words: more than adapter-node accepts (512 KB).
	await page.getByLabel('Arabic text').fill('استراتيجياتهماالاقتصادية '.repeat(12_500));
	await page.getByRole('button', { name: 'Import and preview' }).click();
	await expect(page.getByText('That was more than can be sent at once')).toBeVisible();
	await expect(page.locator('header').first()).toBeVisible();
});
