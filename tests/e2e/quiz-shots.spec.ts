/**
 * Screenshots of the quiz, its feedback and the progress page at phone and desktop width, for a person to look
 * at. Skipped unless SAHIFA_SHOTS names a folder: `SAHIFA_SHOTS=/tmp/shots npx playwright test quiz-shots`.
 */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';

const FOLDER = process.env.SAHIFA_SHOTS;
const SEED_QUIZ = '/articles/algeria-haftar-libya-talks/quiz';

test.skip(!FOLDER, 'set SAHIFA_SHOTS to a folder to take screenshots');

async function shoot(page: Page, name: string) {
	await page.screenshot({ path: join(FOLDER!, `${name}.png`), fullPage: true });
	await page.screenshot({ path: join(FOLDER!, `${name}-top.png`) });
}

async function answer(page: Page, choice: number, typed: string) {
	const questions = page.locator('li.question');
	for (let index = 0; index < (await questions.count()); index++) {
		const question = questions.nth(index);
		const radios = question.getByRole('radio');
		if ((await radios.count()) > 0) await radios.nth(choice).check();
		else await question.getByRole('textbox').fill(typed);
	}
	await page.getByRole('button', { name: 'Submit answers' }).click();
	await expect(page).toHaveURL(/\/attempts\//);
}

test('quiz, feedback and progress at 1280 and 360 px', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/signup');
	await page.getByLabel('Username').fill(`shots${Date.now().toString(36)}`);
	await page.getByLabel('Display name').fill('Layla');
	await page.getByLabel('Password').fill('a good password');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL('/');

	await page.goto(SEED_QUIZ);
	await shoot(page, 'quiz-1280');
	await answer(page, 1, 'بنغازي');
	await page.goto(SEED_QUIZ);
	await answer(page, 0, 'صبري بوقادوم');
	const attempt = page.url();
	await page.locator('mark').first().scrollIntoViewIfNeeded();
	await shoot(page, 'feedback-1280');
	await page.locator('mark button.word').nth(2).click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await page.screenshot({ path: join(FOLDER!, 'feedback-word-card-1280.png') });
	await page.goto('/progress');
	await shoot(page, 'progress-1280');

	await page.setViewportSize({ width: 360, height: 780 });
	await page.goto(SEED_QUIZ);
	await expect(page.locator('li.question').nth(1)).toBeHidden();
	await shoot(page, 'quiz-360');
	await page.getByRole('button', { name: 'Next' }).click();
	await page.getByRole('button', { name: 'Next' }).click();
	await page.screenshot({ path: join(FOLDER!, 'quiz-360-step3.png') });
	await page.goto(attempt);
	await shoot(page, 'feedback-360');
	await page.locator('mark').nth(1).scrollIntoViewIfNeeded();
	await page.screenshot({ path: join(FOLDER!, 'feedback-360-article.png') });
	await page.goto('/progress');
	await shoot(page, 'progress-360');
});
