import {
	expect,
	test,
	type Browser,
	type BrowserContextOptions,
	type Page
} from '@playwright/test';
import { readFileSync } from 'node:fs';

/**
 * A learner's way through classes: a join link followed while signed out survives creating an account
 * (or signing in); an assigned article whose teacher approved no questions says so and leads back to
 * the article; the account page lists the learner's classes and leaving one asks first, with or
 * without JavaScript, and takes them out of the teacher's class.
 */
const BODY = readFileSync('tests/fixtures/teach/amman-water-talks.txt', 'utf8');
const TITLE = 'الأردن والعراق يتفقان على التعاون في إدارة المياه';
const PASSWORD = 'a good password';

const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}`;

async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
	return (await browser.newContext(options)).newPage();
}

async function fillSignUp(page: Page, username: string, name: string, role: 'Teacher' | 'Learner') {
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Display name').fill(name);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByLabel(role, { exact: true }).check();
	await page.getByRole('button', { name: 'Create account' }).click();
}

/** A teacher with a class; returns the teacher's page (on the class) and the class's join code. */
async function teacherWithClass(browser: Browser, className: string) {
	const teacher = await newPage(browser);
	await teacher.goto('/signup');
	await fillSignUp(teacher, unique('teacher'), 'Ms Haddad', 'Teacher');
	await expect(teacher).toHaveURL('/');
	await teacher.goto('/teach/classes');
	await teacher.getByLabel('Class name').fill(className);
	await teacher.getByRole('button', { name: 'Create class' }).click();
	await expect(teacher).toHaveURL(/\/teach\/classes\/\d+$/);
	const code = ((await teacher.getByLabel('Join code').textContent()) ?? '').trim();
	expect(code).toMatch(/^[A-Z2-9]{8}$/);
	return { teacher, classUrl: teacher.url(), code };
}

test('a new learner keeps the join link through sign-up, meets an unpublished quiz, and leaves the class', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const { teacher, classUrl, code } = await teacherWithClass(browser, 'Arabic 2');

	// The teacher imports an article and assigns it without approving any question.
	await teacher.goto('/teach/import');
	await teacher.getByLabel('Title').fill(TITLE);
	await teacher.getByLabel('Source').fill('my own text');
	await teacher.getByLabel('Arabic text').fill(BODY);
	await teacher.getByRole('button', { name: 'Import and preview' }).click();
	await expect(teacher).toHaveURL(/\/teach\/articles\/\d+$/);
	await teacher.goto(classUrl);
	await teacher.getByLabel('Article').selectOption({ label: TITLE });
	await teacher.getByRole('button', { name: 'Assign', exact: true }).click();
	await expect(teacher.getByText('The article is assigned.')).toBeVisible();

	// Signed out, the join link goes to sign-in; "Create an account" keeps where to come back to.
	const learner = await newPage(browser);
	await learner.goto(`/classes/join?code=${code}`);
	await expect(learner).toHaveURL(/\/signin\?redirectTo=/);
	await expect(learner.getByText('Sign in to join your class.')).toBeVisible();
	await learner.getByRole('link', { name: 'Create an account' }).click();
	await expect(learner).toHaveURL(/\/signup\?redirectTo=/);
	// The display name is for teachers: learners never see one another.
	const nameHint = learner.locator('.field', { has: learner.getByLabel('Display name') });
	await expect(nameHint).toContainText('Other learners never see it.');
	await expect(nameHint).not.toContainText('classmates');
	await fillSignUp(learner, unique('learner'), 'Layla', 'Learner');

	// Back on the join page, the code filled in and the class named.
	await expect(learner).toHaveURL(`/classes/join?code=${code}`);
	await expect(learner.getByLabel('Class code')).toHaveValue(code);
	await expect(learner.getByText('This link is for the class “Arabic 2”.')).toBeVisible();
	await learner.getByRole('button', { name: 'Join' }).click();
	await expect(learner.getByText('You joined “Arabic 2”.')).toBeVisible();

	// The assigned article's quiz has no published question: the page says why and leads to reading.
	await learner.goto('/');
	await learner.getByRole('link', { name: 'Take the quiz' }).click();
	await expect(learner).toHaveURL(/\/quiz$/);
	const status = learner.getByRole('status');
	await expect(status).toContainText('none has been published');
	await status.getByRole('link', { name: 'read the article' }).click();
	await expect(learner).toHaveURL(/\/articles\/[^/]+$/);
	await expect(learner.locator('h1')).toContainText(TITLE);

	// The account page lists the class; leaving asks first, and Cancel leaves nothing.
	await learner.goto('/account');
	const classesSection = learner.getByRole('region', { name: 'Your classes' });
	await expect(classesSection).toContainText('Arabic 2');
	await expect(classesSection).toContainText('with Ms Haddad');
	await expect(classesSection).toContainText(/joined \d{1,2} [A-Z][a-z]+ \d{4}/);
	await classesSection.getByRole('button', { name: 'Leave class Arabic 2' }).click();
	await expect(classesSection.getByText('Leave “Arabic 2”?')).toBeFocused();
	await classesSection.getByRole('link', { name: 'Cancel' }).click();
	await expect(classesSection.getByText('Leave “Arabic 2”?')).toHaveCount(0);
	await expect(classesSection.getByRole('button', { name: 'Leave class Arabic 2' })).toBeFocused();
	await teacher.goto(classUrl + '/gradebook');
	await expect(teacher.locator('table.grid').getByRole('row', { name: /Layla/ })).toHaveCount(1);

	await classesSection.getByRole('button', { name: 'Leave class Arabic 2' }).click();
	await classesSection.getByRole('button', { name: 'Yes, leave' }).click();
	await expect(classesSection.getByRole('status')).toContainText('You left “Arabic 2”.');
	await expect(classesSection).toContainText('You are not in any class.');

	// The teacher's class no longer lists them.
	await teacher.goto(classUrl);
	await expect(teacher.getByText('No one has joined yet.')).toBeVisible();
});

test('without JavaScript: a join link survives signing in, and leaving a class asks first', async ({
	browser
}) => {
	test.setTimeout(60_000);
	const { teacher, classUrl, code } = await teacherWithClass(browser, 'Evening class');
	const username = unique('omar');
	const first = await newPage(browser, { javaScriptEnabled: false });
	await first.goto('/signup');
	await fillSignUp(first, username, 'Omar', 'Learner');
	await expect(first).toHaveURL('/');

	// Another browser, signed out: the join link, then sign in.
	const learner = await newPage(browser, { javaScriptEnabled: false });
	await learner.goto(`/classes/join?code=${code}`);
	await learner.getByLabel('Username or e-mail').fill(username);
	await learner.getByLabel('Password').fill(PASSWORD);
	await learner.getByRole('button', { name: 'Sign in' }).click();
	await expect(learner).toHaveURL(`/classes/join?code=${code}`);
	await expect(learner.getByLabel('Class code')).toHaveValue(code);
	await learner.getByRole('button', { name: 'Join' }).click();
	await expect(learner.getByText('You joined “Evening class”.')).toBeVisible();

	await learner.goto('/account');
	await learner.getByRole('button', { name: 'Leave class Evening class' }).click();
	await expect(learner.getByText('Leave “Evening class”?')).toBeVisible();
	await teacher.goto(classUrl);
	await expect(teacher.getByText('Omar', { exact: true })).toBeVisible();

	await learner.getByRole('button', { name: 'Yes, leave' }).click();
	await expect(learner.getByText('You left “Evening class”.')).toBeVisible();
	await teacher.reload();
	await expect(teacher.getByText('No one has joined yet.')).toBeVisible();
});
