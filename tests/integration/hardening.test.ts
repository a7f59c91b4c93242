/**
 * Hardening: what a careless or hostile user sends to the accounts, sign-in, preferences and teacher
 * routes, and what comes back. The real route modules run on a temporary SQLite with the real
 * migrations; only the request context (`getRequestEvent`) and the database connection come from here.
 * Rule under test: bad input gets a clear message and loses nothing; nothing is done twice by a replay.
 */
import { isActionFailure, isRedirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth.ts';
import {
	articles,
	attemptAnswers,
	classes as classesTable,
	questions,
	users as usersTable
} from '../../src/lib/server/db/schema.ts';
import { plainLine, redirectTarget } from '../../src/lib/server/forms.ts';
import * as imports from '../../src/lib/server/imports.ts';
import { accountKey } from '../../src/lib/server/rate-limit.ts';
import * as users from '../../src/lib/server/users.ts';
import { createTestDatabase, type TestDatabase } from './helpers.ts';
import { BODY, buildWorld, type World } from './teach-fixtures.ts';

const context = vi.hoisted(() => ({
	db: undefined as unknown,
	user: null as unknown,
	url: new URL('http://localhost/')
}));

vi.mock('$app/server', () => ({
	getRequestEvent: () => ({ locals: { user: context.user }, url: context.url })
}));
vi.mock('$lib/server/db', async (importOriginal) => ({
	...(await importOriginal<object>()),
	getDb: () => context.db
}));

const signInPage = await import('../../src/routes/(auth)/signin/+page.server.ts');
const signUpPage = await import('../../src/routes/(auth)/signup/+page.server.ts');
const accountPage = await import('../../src/routes/(app)/account/+page.server.ts');
const preferences = await import('../../src/routes/preferences/+page.server.ts');
const importPage = await import('../../src/routes/(app)/teach/import/+page.server.ts');
const classList = await import('../../src/routes/(app)/teach/classes/+page.server.ts');
const hooks = await import('../../src/hooks.server.ts');
const auth = await import('../../src/lib/server/auth.ts');
const { parseDueDate } = await import('../../src/lib/server/assignments.ts');
const quizPage = await import('../../src/routes/(app)/articles/[slug]/quiz/+page.server.ts');
const questionsPage =
	await import('../../src/routes/(app)/teach/articles/[id]/questions/+page.server.ts');

let test: TestDatabase;
let world: World;

beforeEach(() => {
	test = createTestDatabase();
	world = buildWorld(test.db);
	context.db = test.db;
	context.user = null;
});
afterEach(() => test.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the route functions take kit's event types
type Handler = (event: any) => unknown;

interface Settled {
	status: number | 'redirect';
	location?: string;
	data?: { errors?: Record<string, string>; values?: Record<string, string> };
}

/** Runs an action as SvelteKit would and says what came back (a thrown non-kit error fails the test). */
async function post(
	handler: Handler,
	body: FormData | BodyInit,
	params: Record<string, string> = {},
	headers: Record<string, string> = {}
): Promise<Settled> {
	const url = new URL('http://localhost/x');
	const cookies = new Map<string, string>();
	try {
		const result = await handler({
			params,
			url,
			locals: { user: context.user, session: null },
			cookies: {
				get: (name: string) => cookies.get(name),
				set: (name: string, value: string) => cookies.set(name, value),
				delete: (name: string) => cookies.delete(name)
			},
			getClientAddress: () => '127.0.0.1',
			request: new Request(url, { method: 'POST', body, headers })
		});
		if (isActionFailure(result))
			return { status: result.status, data: result.data as Settled['data'] };
		return { status: 200, data: result as Settled['data'] };
	} catch (thrown) {
		if (isRedirect(thrown)) return { status: 'redirect', location: thrown.location };
		throw thrown;
	}
}

function form(fields: Record<string, string | File>): FormData {
	const data = new FormData();
	for (const [key, value] of Object.entries(fields)) data.set(key, value);
	return data;
}

describe('redirect targets after sign-in and preferences', () => {
	it.each([
		['/articles/x?y=1#z', '/articles/x?y=1#z'],
		['/teach', '/teach'],
		['//evil.example/', '/'],
		['/\\evil.example', '/'],
		['/\t/evil.example', '/'],
		['/\n/evil.example', '/'],
		['/\r\n/evil.example', '/'],
		['https://evil.example/', '/'],
		['javascript:alert(1)', '/'],
		['', '/'],
		['/%2F/evil.example', '/%2F/evil.example']
	])('%j → %j', (input, expected) => {
		expect(redirectTarget(input)).toBe(expected);
	});

	it('a tab in redirectTo does not send a signed-in person to another site', async () => {
		await users.createUser(test.db, {
			username: 'hana',
			displayName: 'Hana',
			role: 'learner',
			password: 'a long password'
		});
		const result = await post(
			signInPage.actions.default as Handler,
			form({ identifier: 'hana', password: 'a long password', redirectTo: '/\t/evil.example' })
		);
		expect(result).toEqual({ status: 'redirect', location: '/' });
	});

	it('the text-size preference does not redirect off the site either', async () => {
		const result = await post(
			preferences.actions.textSize as Handler,
			form({ size: 'large', redirectTo: '/\t/evil.example' })
		);
		expect(result).toEqual({ status: 'redirect', location: '/' });
	});
});

describe('passwords and names at sign-in, sign-up and on the account page', () => {
	const HUGE = 'x'.repeat(100_000);

	it('a 100,000-character password at sign-in is refused with a message, the name kept', async () => {
		const result = await post(
			signInPage.actions.default as Handler,
			form({ identifier: 'hana', password: HUGE })
		);
		expect(result.status).toBe(400);
		expect(result.data?.errors?.password).toMatch(/at most 256 characters/);
		expect(result.data?.values).toEqual({ identifier: 'hana' });
	});

	it('a 100,000-character current password is refused before it is hashed', async () => {
		context.user = world.learner as SessionUser;
		const result = await post(
			accountPage.actions.password as Handler,
			form({
				currentPassword: HUGE,
				newPassword: 'a new password',
				confirmPassword: 'a new password'
			})
		);
		expect(result.status).toBe(400);
		expect(result.data?.errors?.currentPassword).toMatch(/at most 256 characters/);
		const deletion = await post(
			accountPage.actions.delete as Handler,
			form({ password: HUGE, confirm: 'yes' })
		);
		expect(deletion.status).toBe(400);
		expect(deletion.data?.errors?.password).toMatch(/at most 256 characters/);
	});

	it('a full-width username is the plain name it looks like, and cannot be registered twice', async () => {
		const first = await post(
			signUpPage.actions.default as Handler,
			form({
				username: 'ＳＡＬＭＡ',
				displayName: 'Salma',
				password: 'a long password',
				role: 'learner'
			})
		);
		expect(first.status).toBe('redirect');
		expect(users.findByIdentifier(test.db, 'salma')?.username).toBe('salma');
		const second = await post(
			signUpPage.actions.default as Handler,
			form({
				username: 'Salma',
				displayName: 'Salma 2',
				password: 'a long password',
				role: 'learner'
			})
		);
		expect(second.status).toBe(400);
		expect(second.data?.errors?.username).toBe('That username is taken.');
		expect(second.data?.values).toMatchObject({ username: 'salma', displayName: 'Salma 2' });
		expect(second.data?.values).not.toHaveProperty('password');
		expect(accountKey('ＳＡＬＭＡ')).toBe(accountKey('salma'));
	});

	it('two sign-ups for one name at the same moment: one account, one clear message, no 500', async () => {
		const fields = {
			username: 'twin',
			displayName: 'Twin',
			password: 'a long password',
			role: 'learner'
		};
		const results = await Promise.all([
			post(signUpPage.actions.default as Handler, form(fields)),
			post(signUpPage.actions.default as Handler, form(fields))
		]);
		expect(results.map((result) => result.status).sort()).toEqual([400, 'redirect']);
		expect(results.find((result) => result.status === 400)?.data?.errors?.username).toBe(
			'That username is taken.'
		);
		expect(
			test.db.select().from(usersTable).where(eq(usersTable.username, 'twin')).all()
		).toHaveLength(1);
	});

	it('display names lose direction overrides and zero-width characters; an invisible one is refused', async () => {
		context.user = world.learner as SessionUser;
		const saved = await post(
			accountPage.actions.displayName as Handler,
			form({ displayName: '\u202Eأمينة\u200B  \u2066Amina\u2069' })
		);
		expect(saved.status).toBe(200);
		expect(users.findById(test.db, world.learner.id)?.displayName).toBe('أمينة Amina');
		const invisible = await post(
			accountPage.actions.displayName as Handler,
			form({ displayName: '\u200B\u202E\uFEFF' })
		);
		expect(invisible.status).toBe(400);
		expect(invisible.data?.errors?.displayName).toBe('Enter the name others will see.');
	});

	it.each([
		['  صف\u00A0 أول ', 'صف أول'],
		['\u202Egnp.exe', 'gnp.exe'],
		['line\none', 'line one'],
		['<b>bold</b>', '<b>bold</b>'],
		['e\u0301', '\u00E9']
	])('plainLine(%j) is %j', (input, expected) => {
		expect(plainLine(input)).toBe(expected);
	});
});

const ARTICLE = {
	title: 'لقاء في عمان',
	source: 'my own text',
	level: 'beginner',
	tags: '',
	body: BODY
};
const teacherArticles = () =>
	test.db.select().from(articles).where(eq(articles.ownerId, world.teacher.id)).all();

describe('the teacher import', () => {
	beforeEach(() => {
		context.user = world.teacher as SessionUser;
	});

	it('a title of only invisible characters is refused, the text comes back', async () => {
		const result = await post(
			importPage.actions.default as Handler,
			form({ ...ARTICLE, title: '\u200B\u202E\u2066 ' })
		);
		expect(result.status).toBe(400);
		expect(result.data?.errors?.title).toBe('Give the article a title.');
		// A multipart post carries line breaks as CRLF (the browser does the same).
		expect(result.data?.values?.body?.replace(/\r\n/g, '\n')).toBe(BODY);
	});

	it('HTML in a title and tags is stored as text, direction overrides dropped', async () => {
		const result = await post(
			importPage.actions.default as Handler,
			form({ ...ARTICLE, title: '<script>alert(1)</script>\u202E', tags: '<b>x</b>, \u200Bsport' })
		);
		expect(result.status).toBe('redirect');
		const [row] = teacherArticles().filter((item) => item.title.startsWith('<script>'));
		expect(row.title).toBe('<script>alert(1)</script>');
		expect(row.tags).toEqual(['<b>x</b>', 'sport']);
	});

	it('a double click imports once: the replay shows the first import', async () => {
		const before = teacherArticles().length;
		const first = await post(importPage.actions.default as Handler, form(ARTICLE));
		const second = await post(importPage.actions.default as Handler, form(ARTICLE));
		expect(first.status).toBe('redirect');
		expect(second).toEqual(first);
		expect(teacherArticles()).toHaveLength(before + 1);
	});

	const file = (bytes: Uint8Array<ArrayBuffer> | string, name = 'article.txt') =>
		new File([bytes], name);
	const WINDOWS_1256_ARABIC = new Uint8Array([0xc7, 0xe1, 0xd1, 0xc8, 0xc7, 0xd8]); // الرباط

	it.each([
		['Windows-1256 text', file(WINDOWS_1256_ARABIC), /not saved as UTF-8/],
		[
			'a PNG renamed .txt',
			file(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
			/not saved as UTF-8|not plain text/
		],
		['NUL bytes in UTF-8', file('الرباط\u0000\u0000'), /not plain text/],
		['a .docx', file('الرباط', 'article.docx'), /ending in \.txt or \.md/],
		['a file over 500 KB', file('الرباط '.repeat(50_000)), /larger than 500 KB/]
	])('%s is refused with a message; what was typed comes back', async (_name, upload, message) => {
		const result = await post(
			importPage.actions.default as Handler,
			form({ ...ARTICLE, body: '', file: upload })
		);
		expect(result.status).toBe(400);
		expect(result.data?.errors?.file).toMatch(message);
		expect(result.data?.values).toMatchObject({ title: ARTICLE.title, source: ARTICLE.source });
	});

	it('a UTF-16 file with a byte-order mark (Notepad’s “Unicode”) is read', async () => {
		const text = `\uFEFF${BODY}`;
		const bytes = new Uint8Array(text.length * 2);
		for (let index = 0; index < text.length; index += 1) {
			bytes[index * 2] = text.charCodeAt(index) & 0xff;
			bytes[index * 2 + 1] = text.charCodeAt(index) >> 8;
		}
		const result = await post(
			importPage.actions.default as Handler,
			form({ ...ARTICLE, title: 'ملف', body: '', file: file(bytes) })
		);
		expect(result.status).toBe('redirect');
		expect(teacherArticles().find((row) => row.title === 'ملف')?.body).toBe(BODY);
	});

	it('front matter in an uploaded .md gives only its title; no field of it reaches the article', async () => {
		const markdown =
			'---\ntitle: "<img src=x onerror=alert(1)>"\nlevel: advanced\nownerId: someone-else\nslug: ../../etc\n---\n' +
			BODY;
		const result = await post(
			importPage.actions.default as Handler,
			form({ ...ARTICLE, title: '', body: '', file: file(markdown, 'a.md') })
		);
		expect(result.status).toBe('redirect');
		const row = teacherArticles().find((item) => item.title.startsWith('<img'));
		expect(row).toMatchObject({
			title: '<img src=x onerror=alert(1)>',
			level: 'beginner',
			body: BODY
		});
		expect(row?.slug).toMatch(/^t-[a-z2-7]+$/);
	});

	it('a post whose body cannot be read (cut off by the size limit) gets a message, not a 500', async () => {
		const result = await post(
			importPage.actions.default as Handler,
			'--x\r\nContent-Disposition: form-data; name="title"\r\n\r\nabc',
			{},
			{ 'content-type': 'multipart/form-data; boundary=x' }
		);
		expect(result.status).toBe(400);
		expect(result.data?.errors?.form).toMatch(/more than can be sent at once/);
	});

	it.each([
		['empty', ''],
		['whitespace only', ' \n\t\u00A0 '],
		['no Arabic', 'Hello, world. <script>alert(1)</script>'],
		['HTML from a page source', '<p>التقى الوزير <b>نظيره</b></p>\n<script>alert(1)</script>'],
		['over 20,000 words', 'كلمة '.repeat(20_001)]
	])('a body that is %s is refused with a message and comes back as typed', async (_name, body) => {
		const result = await post(importPage.actions.default as Handler, form({ ...ARTICLE, body }));
		expect(result.status).toBe(400);
		expect(result.data?.errors?.body).toBeTruthy();
		expect(result.data?.values?.body?.replace(/\r\n/g, '\n')).toBe(body);
	});
});

describe('replays of teacher actions', () => {
	beforeEach(() => {
		context.user = world.teacher as SessionUser;
	});

	it('creating a class twice makes one class; the second post says why', async () => {
		const first = await post(classList.actions.create as Handler, form({ name: 'Arabic 4' }));
		const second = await post(
			classList.actions.create as Handler,
			form({ name: ' Arabic\u200B 4 ' })
		);
		expect(first.status).toBe('redirect');
		expect(second.status).toBe(400);
		expect(second.data?.errors?.name).toMatch(/already have a class called “Arabic 4”/);
		const named = test.db
			.select()
			.from(classesTable)
			.where(eq(classesTable.name, 'Arabic 4'))
			.all();
		expect(named).toHaveLength(1);
	});

	it('adding the same question twice adds it once', async () => {
		const fields = { promptAr: 'من التقى الوزير؟', answer: 'نظيره', choice0: '', choice1: '' };
		const params = { id: String(world.articleId) };
		await post(questionsPage.actions.add as Handler, form(fields), params);
		await post(questionsPage.actions.add as Handler, form(fields), params);
		const added = test.db
			.select()
			.from(questions)
			.where(eq(questions.promptAr, 'من التقى الوزير؟'))
			.all();
		expect(added).toHaveLength(1);
	});

	const order = () =>
		test.db
			.select({ id: questions.id, position: questions.position, status: questions.status })
			.from(questions)
			.where(eq(questions.articleId, world.articleId))
			.all()
			.sort((a, b) => a.position - b.position || a.id - b.id);

	it('a replayed “move up” moves the question once', async () => {
		const params = { id: String(world.articleId) };
		const before = order();
		const last = before[before.length - 1];
		const fields = {
			questionId: String(last.id),
			position: String(last.position),
			direction: 'up'
		};
		await post(questionsPage.actions.move as Handler, form(fields), params);
		const second = await post(questionsPage.actions.move as Handler, form(fields), params);
		expect(second.data).toMatchObject({
			success: 'The order had already changed; this is it now.'
		});
		const after = order().map((row) => row.id);
		expect(after).toEqual([before[0].id, last.id, before[1].id]);
	});

	it('moving up past a deleted question changes the order the teacher sees', async () => {
		const params = { id: String(world.articleId) };
		const [first, middle, last] = order();
		await post(
			questionsPage.actions.delete as Handler,
			form({ questionId: String(middle.id) }),
			params
		);
		await post(
			questionsPage.actions.move as Handler,
			form({ questionId: String(last.id), position: String(last.position), direction: 'up' }),
			params
		);
		const visible = order()
			.filter((row) => row.status !== 'rejected')
			.map((row) => row.id);
		expect(visible).toEqual([last.id, first.id]);
	});

	it('imports.decodeUpload reads UTF-8 with and without a byte-order mark', () => {
		const utf8 = new TextEncoder().encode('الرباط');
		expect(imports.decodeUpload(utf8)).toEqual({ text: 'الرباط' });
		expect(imports.decodeUpload(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
			text: 'الرباط'
		});
	});
});

describe('session cookie tampering', () => {
	async function handleWith(cookie: string) {
		const deleted: string[] = [];
		const event = {
			url: new URL('http://localhost/'),
			request: new Request('http://localhost/'),
			locals: {} as { user?: unknown; session?: unknown },
			cookies: {
				get: () => cookie,
				set() {},
				delete: (name: string) => deleted.push(name)
			}
		};
		// eslint-disable-next-line @typescript-eslint/no-explicit-any -- kit's event type
		await hooks.handle({ event: event as any, resolve: async () => new Response('ok') });
		return { user: event.locals.user, deleted };
	}

	it.each([
		['garbage', 'not-a-token'],
		['a huge value', 'a'.repeat(4000)],
		['unicode', 'أمينة\u202E\u0000'],
		['the stored session id itself', 'SESSION_ID']
	])('%s signs nobody in and clears the cookie', async (_name, value) => {
		const token = auth.generateSessionToken();
		const session = auth.createSession(test.db, token, world.learner.id);
		const result = await handleWith(value === 'SESSION_ID' ? session.id : value);
		expect(result.user).toBeNull();
		expect(result.deleted).toEqual([auth.SESSION_COOKIE_NAME]);
		expect((await handleWith(token)).user).toMatchObject({ id: world.learner.id });
	});
});

describe('due dates', () => {
	it.each([
		['', null],
		['2030-01-31', '2030-01-31T23:59:59.000Z'],
		['2030-01-31T08:30', '2030-01-31T08:30:00.000Z'],
		['2030-02-30', undefined],
		['31/01/2030', undefined],
		['tomorrow', undefined],
		['0202-05-01', undefined],
		['+275760-09-13', undefined],
		['٢٠٣٠-٠١-٣١', undefined]
	])('%j → %j', (input, expected) => {
		const parsed = parseDueDate(input);
		expect(parsed instanceof Date ? parsed.toISOString() : parsed).toBe(expected);
	});
});

describe('what learners type for a join code', () => {
	it.each([
		'k7qf-2mzx',
		' K7QF 2MZX ',
		'Ｋ７ＱＦ２ＭＺＸ',
		'K7QF٢MZX',
		'K7QF۲MZX',
		'\u200BK7QF\u2011 2MZX\u202E'
	])('%j reads as K7QF2MZX', async (typed) => {
		const { normalizeJoinCode } = await import('../../src/lib/server/classes.ts');
		expect(normalizeJoinCode(typed)).toBe('K7QF2MZX');
	});

	it('a sign-up with an e-mail of only spaces counts as no e-mail', async () => {
		const result = await post(
			signUpPage.actions.default as Handler,
			form({
				username: 'noemail',
				email: '   ',
				displayName: 'N',
				password: 'a long password',
				role: 'learner'
			})
		);
		expect(result.status).toBe('redirect');
		expect(users.findByIdentifier(test.db, 'noemail')?.email).toBeNull();
	});
});

describe('error pages', () => {
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- kit's error-hook input
	const handleError = (input: any) => hooks.handleError(input) as { message: string };

	it('an unexpected error shows a reference, never its message or stack', () => {
		const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
		const error = new Error('SQLITE_CORRUPT at /srv/sahifa/src/lib/server/db/index.ts:42');
		const { message } = handleError({ error, status: 500, message: 'Internal Error' });
		expect(message).toMatch(/^Something went wrong on our side\. .* reference [0-9a-f]{8}\.$/);
		expect(message).not.toMatch(/SQLITE|\/srv|index\.ts/);
		expect(spy).toHaveBeenCalledWith(expect.stringMatching(/reference [0-9a-f]{8}/), error);
		spy.mockRestore();
	});

	it.each([
		[404, /no page at this address/],
		[413, /more than can be sent at once/],
		[400, /^This quiz form is out of date/]
	])('a %i says what to do', (status, expected) => {
		const { message } = handleError({
			error: new Error('x'),
			status,
			message: 'This quiz form is out of date. Reload the page.'
		});
		expect(message).toMatch(expected);
	});
});

describe('a tampered quiz submission', () => {
	it('counts only the questions shown, with choices among theirs, once', async () => {
		const assignments = await import('../../src/lib/server/assignments.ts');
		assignments.assign(test.db, world.teacher.id, world.classId, world.articleId, null);
		const article = test.db.select().from(articles).where(eq(articles.id, world.articleId)).get()!;
		context.user = world.learner as SessionUser;
		// eslint-disable-next-line @typescript-eslint/no-explicit-any -- kit's load event
		const data = (await (quizPage.load as any)({ params: { slug: article.slug } })) as {
			quiz: { token: string; questions: { key: string; format: string }[] };
		};
		const shown = data.quiz.questions;
		const fields = new FormData();
		fields.set('token', data.quiz.token);
		fields.set('submitBlank', 'yes');
		fields.append(`answer-${shown[0].key}`, '99'); // no such choice
		fields.append(`answer-${shown[0].key}`, '1'); // duplicated field: the last one counts
		fields.set(`answer-${shown[1].key}`, '<script>alert(1)</script>');
		fields.set('answer-q-not-shown', '1');
		fields.set('answer-__proto__', '1');
		const params = { slug: article.slug };
		const first = await post(quizPage.actions.default as Handler, fields, params);
		expect(first.status).toBe('redirect');
		const attemptId = first.location!.split('/').pop()!;
		const rows = () =>
			test.db.select().from(attemptAnswers).where(eq(attemptAnswers.attemptId, attemptId)).all();
		expect(
			rows()
				.map((row) => row.questionKey)
				.sort()
		).toEqual(shown.map((q) => q.key).sort());
		expect(rows().find((row) => row.questionKey === shown[1].key)?.response).toBe('');
		// The same post again (a replay or a double click): the same attempt, nothing added.
		const replay = await post(quizPage.actions.default as Handler, fields, params);
		expect(replay).toEqual(first);
		expect(rows()).toHaveLength(shown.length);
	});
});
