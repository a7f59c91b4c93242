import AxeBuilder from '@axe-core/playwright';
import {
	expect,
	test,
	type Browser,
	type BrowserContextOptions,
	type Page
} from '@playwright/test';
import { readFileSync } from 'node:fs';

/**
 * A teacher imports an article we wrote (tests/fixtures/teach/), glosses a word, approves a question
 * and adds one, assigns the article with a due date that has passed; a learner joins with the code,
 * reads, takes the quiz (only the approved questions appear) and submits late; the teacher sees the
 * score, "late" and the item analysis, and downloads the CSV.
 */
const BODY = readFileSync('tests/fixtures/teach/amman-water-talks.txt', 'utf8');
const TITLE = 'الأردن والعراق يتفقان على التعاون في إدارة المياه';

async function signUp(
	browser: Browser,
	role: 'Teacher' | 'Learner',
	name: string,
	options: BrowserContextOptions = {}
): Promise<Page> {
	// A new context does not inherit test.use(): a test without JavaScript passes it here.
	const page = await (await browser.newContext(options)).newPage();
	await page.goto('/signup');
	await page.getByLabel('Username').fill(`${role.toLowerCase()}${Date.now().toString(36)}`);
	await page.getByLabel('Display name').fill(name);
	await page.getByLabel('Password').fill('a good password');
	await page.getByLabel(role, { exact: true }).check();
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL('/');
	return page;
}

test('teacher imports, reviews and assigns; learner joins and completes; teacher sees the results', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const teacher = await signUp(browser, 'Teacher', 'Ms Haddad');

	// Import: an empty text is refused and what was typed stays.
	await teacher
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Teaching' })
		.click();
	await teacher.getByRole('link', { name: 'Import an article' }).click();
	await teacher.getByLabel('Title').fill(TITLE);
	await teacher.getByLabel('Source').fill('my own text');
	await teacher.getByRole('button', { name: 'Import and preview' }).click();
	await expect(teacher.getByText('The text is empty')).toBeVisible();
	await expect(teacher.getByLabel('Title')).toHaveValue(TITLE);
	await teacher.getByLabel('Arabic text').fill(BODY);
	await teacher.getByRole('button', { name: 'Import and preview' }).click();

	// Preview, then a gloss of our own for this article.
	await expect(teacher).toHaveURL(/\/teach\/articles\/\d+$/);
	const articleUrl = teacher.url();
	await expect(teacher.getByRole('heading', { name: 'How Sahifa reads it' })).toBeVisible();
	await expect(teacher.locator('.preview')).toContainText('إدارة السدود');
	await teacher.getByLabel('Arabic word').fill('السدود');
	await teacher.getByLabel('English gloss', { exact: true }).fill('the dams (reservoirs)');
	await teacher.getByRole('button', { name: 'Save gloss' }).click();
	await expect(teacher.getByText('“السدود” means “the dams (reservoirs)”')).toBeVisible();

	// Review: approve the "where" question only, and add a question of our own.
	await teacher.getByRole('link', { name: 'Review questions' }).click();
	const where = teacher.locator('li.question').filter({ hasText: /أين/ }).first();
	await expect(where.locator('.choices-list')).toContainText('عمان');
	await expect(where).toContainText('Evidence in the text');
	// Each button names its question for screen readers ("Approve question 2").
	await where.getByRole('button', { name: /^Approve question \d+$/ }).click();
	// The notice shows in the card that was approved, not at the top of a long page.
	await expect(where.getByRole('status')).toHaveText('Question approved.');
	await expect(where).toContainText('Approved');
	const add = teacher.locator('form[action="?/add"]');
	await add.getByLabel('Question (Arabic)').fill('ما اسم وزير المياه الأردني؟');
	await add.getByLabel('Right answer').fill('سامي العبادي');
	await add.getByRole('button', { name: 'Add question' }).click();
	await expect(
		teacher.getByRole('region', { name: 'Add your own question' }).getByRole('status')
	).toContainText('Your question is added');
	await expect(teacher.locator('header.page-head')).toContainText(/2 of \d+ approved/);
	expect((await new AxeBuilder({ page: teacher }).analyze()).violations).toEqual([]);

	// A class, and the article assigned to it with a due date that has passed.
	await teacher.goto('/teach/classes');
	await teacher.getByLabel('Class name').fill('Arabic 2');
	await teacher.getByRole('button', { name: 'Create class' }).click();
	await expect(teacher).toHaveURL(/\/teach\/classes\/\d+$/);
	const classUrl = teacher.url();
	const code = ((await teacher.getByLabel('Join code').textContent()) ?? '').trim();
	expect(code).toMatch(/^[A-Z2-9]{8}$/);
	await teacher.getByLabel('Article').selectOption({ label: TITLE });
	await teacher.getByLabel('Due date (optional)').fill('2020-01-01');
	await teacher.getByRole('button', { name: 'Assign', exact: true }).click();
	await expect(teacher.getByText('The article is assigned.')).toBeVisible();

	// The learner: the private article is not listed until they join.
	const learner = await signUp(browser, 'Learner', 'Layla');
	await expect(learner.getByText(TITLE)).toHaveCount(0);
	await expect(learner.getByRole('region', { name: /Assigned to you/ })).toContainText(
		'You are not in a class yet'
	);
	await learner.goto('/classes/join');
	await learner.getByLabel('Class code').fill(code.toLowerCase());
	await learner.getByRole('button', { name: 'Join' }).click();
	await expect(learner.getByText('You joined “Arabic 2”.')).toBeVisible();
	await learner.goto('/');
	const assigned = learner.getByRole('region', { name: /Assigned to you/ });
	await expect(assigned).toContainText(TITLE);
	await expect(assigned).toContainText('Due');
	await expect(assigned).toContainText('Overdue');

	// The teacher's gloss comes first in the reader.
	await assigned.getByRole('link', { name: TITLE }).click();
	await learner
		.locator('article button.word', { hasText: /^السدود$/ })
		.first()
		.click();
	await expect(learner.getByRole('dialog')).toContainText('the dams (reservoirs)');
	await learner.keyboard.press('Escape');

	// The quiz has exactly the two approved questions.
	await learner.goto('/');
	await learner.getByRole('link', { name: 'Take the quiz' }).click();
	const questions = learner.locator('form.quiz fieldset');
	await expect(questions).toHaveCount(2);
	await questions.filter({ hasText: /أين/ }).getByText('عمان', { exact: true }).click();
	await questions
		.filter({ hasText: 'ما اسم وزير المياه' })
		.getByRole('textbox')
		.fill('سامي العبادي');
	await learner.getByRole('button', { name: 'Submit answers' }).click();
	await expect(learner).toHaveURL(/\/attempts\//);
	await learner.goto('/');
	await expect(assigned).toContainText('Done, late');

	// The teacher's gradebook: the score, late, and the item analysis.
	await teacher.goto(classUrl + '/gradebook');
	const grid = teacher.locator('table.grid');
	await expect(grid.getByRole('row', { name: /Layla/ })).toContainText('100%');
	await expect(grid.getByRole('row', { name: /Layla/ })).toContainText('late');
	const items = teacher.locator('table.items');
	await expect(items.locator('tbody tr')).toHaveCount(2);
	await expect(items.locator('tbody tr').filter({ hasText: 'ما اسم وزير المياه' })).toContainText(
		'100%'
	);
	await expect(teacher.getByText('1 of 1 done, average 100%')).toBeVisible();
	expect((await new AxeBuilder({ page: teacher }).analyze()).violations).toEqual([]);
	const download = teacher.waitForEvent('download');
	await teacher.getByRole('link', { name: 'Download CSV' }).click();
	const csv = readFileSync((await (await download).path())!, 'utf8');
	expect(csv).toContain(`${TITLE} — score %`);
	expect(csv).toMatch(/Layla,learner[a-z0-9]+,100,yes,yes/);

	// Removing Layla asks first; once confirmed she leaves the class and its assignments.
	await teacher.goto(classUrl);
	await teacher.getByRole('button', { name: 'Remove Layla' }).click();
	await expect(teacher.getByText('Remove Layla from this class?')).toBeFocused();
	await teacher.getByRole('link', { name: 'Cancel' }).click();
	await expect(teacher.getByRole('button', { name: 'Remove Layla' })).toBeFocused();
	await teacher.getByRole('button', { name: 'Remove Layla' }).click();
	await teacher.getByRole('button', { name: 'Yes, remove' }).click();
	await expect(teacher.getByText('Layla is no longer in this class.')).toBeVisible();
	await expect(teacher.getByText('No one has joined yet.')).toBeVisible();
	await learner.goto('/');
	await expect(assigned).not.toContainText(TITLE);
	await expect(assigned).toContainText('You are not in a class yet');

	// Another teacher cannot open this article's review page.
	const stranger = await signUp(browser, 'Teacher', 'Mr Other');
	const response = await stranger.goto(articleUrl + '/questions');
	expect(response?.status()).toBe(404);
	await expect(stranger.getByText('There is no such class or article among yours.')).toBeVisible();
	await stranger.getByRole('link', { name: 'Back to Teaching' }).click();
	await expect(stranger).toHaveURL('/teach');
});

test('a Markdown file gives the title; pasted HTML is refused with the text kept', async ({
	browser
}) => {
	const teacher = await signUp(browser, 'Teacher', 'Ms Upload');
	await teacher.goto('/teach/import');
	await teacher.getByLabel('Source').fill('my own text');
	await teacher.getByLabel('Arabic text').fill('<p>التقى الوزيران في <b>عمان</b>.</p>');
	await teacher.getByRole('button', { name: 'Import and preview' }).click();
	await expect(teacher.getByText('This text contains HTML markup (<p>)')).toBeVisible();
	// The summary at the top takes focus and leads to the field.
	await expect(teacher.getByText('Nothing is saved yet')).toBeVisible();
	await expect(teacher.locator('.summary')).toBeFocused();
	await expect(teacher.getByLabel('Arabic text')).toHaveValue(
		'<p>التقى الوزيران في <b>عمان</b>.</p>'
	);
	await expect(teacher.getByLabel('Source')).toHaveValue('my own text');

	// With the box empty and no title typed, the file's front matter names the article.
	await teacher.getByLabel('Arabic text').fill('');
	await teacher.getByLabel('…or upload a file').setInputFiles({
		name: 'water.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from(`---\ntitle: "${TITLE}"\n---\n\n${BODY}`)
	});
	await teacher.getByRole('button', { name: 'Import and preview' }).click();
	await expect(teacher).toHaveURL(/\/teach\/articles\/\d+$/);
	await expect(teacher.getByRole('heading', { level: 1 })).toHaveText(TITLE);
});

test('an Arabic class name reads right to left, an English one left to right', async ({
	browser
}) => {
	const teacher = await signUp(browser, 'Teacher', 'Ms Bidi');
	const direction = (name: string) =>
		teacher.getByRole('link', { name }).evaluate((element) => getComputedStyle(element).direction);
	for (const name of ['(مساءً) العربية ٢', 'Arabic 3 (evening)']) {
		await teacher.goto('/teach/classes');
		await teacher.getByLabel('Class name').fill(name);
		await teacher.getByRole('button', { name: 'Create class' }).click();
		await expect(teacher.getByRole('heading', { level: 1 })).toHaveText(name);
	}
	await teacher.goto('/teach/classes');
	expect(await direction('(مساءً) العربية ٢')).toBe('rtl');
	expect(await direction('Arabic 3 (evening)')).toBe('ltr');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('an import without Arabic is refused and everything typed stays', async ({ browser }) => {
		const teacher = await signUp(browser, 'Teacher', 'Ms NoScript', { javaScriptEnabled: false });
		await teacher.goto('/teach/import');
		await teacher.getByLabel('Title').fill('Notes');
		await teacher.getByLabel('Source').fill('my own text');
		await teacher.getByLabel('advanced').check();
		await teacher.getByLabel('Arabic text').fill('Only <b>English</b> here.\n\nSecond paragraph.');
		await teacher.getByRole('button', { name: 'Import and preview' }).click();
		await expect(teacher.getByText('This text has no Arabic letters.')).toBeVisible();
		await expect(teacher.getByLabel('Title')).toHaveValue('Notes');
		await expect(teacher.getByLabel('advanced')).toBeChecked();
		await expect(teacher.getByLabel('Arabic text')).toHaveValue(
			'Only <b>English</b> here.\n\nSecond paragraph.'
		);
	});

	test('removing a learner asks first and then removes them', async ({ browser }) => {
		const teacher = await signUp(browser, 'Teacher', 'Ms NoScript', { javaScriptEnabled: false });
		await teacher.goto('/teach/classes');
		await teacher.getByLabel('Class name').fill('Evening class');
		await teacher.getByRole('button', { name: 'Create class' }).click();
		const code = ((await teacher.getByLabel('Join code').textContent()) ?? '').trim();
		const learner = await signUp(browser, 'Learner', 'Omar');
		await learner.goto('/classes/join');
		await learner.getByLabel('Class code').fill(code);
		await learner.getByRole('button', { name: 'Join' }).click();
		await expect(learner.getByText('You joined “Evening class”.')).toBeVisible();

		await teacher.reload();
		await teacher.getByRole('button', { name: 'Remove Omar' }).click();
		await expect(teacher.getByText('Remove Omar from this class?')).toBeVisible();
		await teacher.getByRole('button', { name: 'Yes, remove' }).click();
		await expect(teacher.getByText('Omar is no longer in this class.')).toBeVisible();
		await expect(teacher.getByText('No one has joined yet.')).toBeVisible();
	});
});
