/**
 * Screenshots of the quiz, its feedback and the progress page at phone and desktop width, for a person to look
 * at. Skipped unless SAHIFA_SHOTS names a folder: `SAHIFA_SHOTS=/tmp/shots npx playwright test quiz-shots`.
 */
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
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

test('session ended mid-quiz: sign-in notice, restored answers, and a late attempt, at 1280 and 360 px', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	const username = `late${Date.now().toString(36)}`;
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/signup');
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Display name').fill('Samir');
	await page.getByLabel('Password').fill('a good password');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL('/');
	// The seed article assigned to Samir's class, due yesterday (written straight into the database).
	const db = new Database(process.env.SAHIFA_E2E_DATABASE_URL!);
	try {
		const learner = db.prepare('select id from users where username = ?').get(username) as {
			id: string;
		};
		const article = db
			.prepare("select id from articles where slug = 'algeria-haftar-libya-talks'")
			.get() as { id: number };
		const klass = db
			.prepare('insert into classes (teacher_id, name, join_code) values (?, ?, ?) returning id')
			.get(learner.id, 'Shots', `S${Date.now().toString(36).toUpperCase()}`) as { id: number };
		db.prepare('insert into class_members (class_id, learner_id) values (?, ?)').run(
			klass.id,
			learner.id
		);
		db.prepare('insert into assignments (class_id, article_id, due_at) values (?, ?, ?)').run(
			klass.id,
			article.id,
			Math.floor(Date.now() / 1000) - 86_400
		);
	} finally {
		db.close();
	}

	for (const width of [1280, 360]) {
		await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
		await page.goto(SEED_QUIZ);
		await page.locator('li.question').first().getByRole('radio').nth(1).check();
		await context.clearCookies({ name: 'sahifa_session' });
		if (width === 360) {
			// One question at a time: go to the last one to submit.
			const count = await page.locator('li.question').count();
			for (let step = 1; step < count; step++)
				await page.getByRole('button', { name: 'Next' }).click();
		}
		await page.getByRole('button', { name: 'Submit answers' }).click();
		await expect(page).toHaveURL(/\/signin\?/);
		await shoot(page, `signin-kept-${width}`);
		await page.getByLabel('Username or e-mail').fill(username);
		await page.getByLabel('Password').fill('a good password');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page).toHaveURL(/\/quiz$/);
		await shoot(page, `quiz-restored-${width}`);
		if (width === 360) {
			const count = await page.locator('li.question').count();
			for (let step = 1; step < count; step++) {
				const next = page.getByRole('button', { name: 'Next' }).locator('visible=true');
				if ((await next.count()) === 0) break;
				await next.click();
			}
		}
		await page.getByRole('button', { name: 'Submit anyway' }).click();
		await expect(page).toHaveURL(/\/attempts\//);
		await shoot(page, `attempt-late-${width}`);
	}
});
