import { expect, test, type Page } from '@playwright/test';

async function signUp(page: Page, username: string, password: string) {
	await page.goto('/signup');
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Display name').fill('Account Tester');
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL('/');
}

async function signIn(page: Page, username: string, password: string) {
	await page.goto('/signin');
	await page.getByLabel('Username or e-mail').fill(username);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
}

test('change display name and password, then delete the account', async ({ page }) => {
	const username = `acct${Date.now().toString(36)}`;
	await signUp(page, username, 'first password');

	await page.goto('/account');
	await page.getByRole('textbox', { name: 'Display name' }).fill('نور');
	await page.getByRole('button', { name: 'Save name' }).click();
	await expect(page.getByText('Your display name is saved.')).toBeVisible();
	await expect(page.getByRole('banner')).toContainText('نور');

	await page.getByLabel('Current password').fill('wrong password');
	await page.getByLabel('New password', { exact: true }).fill('second password');
	await page.getByLabel('New password again').fill('second password');
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByText('That is not your current password.')).toBeVisible();

	await page.getByLabel('Current password').fill('first password');
	await page.getByLabel('New password', { exact: true }).fill('second password');
	await page.getByLabel('New password again').fill('second password');
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByText('Your password is changed.')).toBeVisible();

	await page.locator('#delete-password').fill('second password');
	await page.getByLabel('I understand').check();
	await page.getByRole('button', { name: 'Delete my account' }).click();
	await expect(page).toHaveURL(/\/\?deleted=1$/);
	await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

	await signIn(page, username, 'second password');
	await expect(page.getByRole('alert')).toContainText('do not match an account');
});
