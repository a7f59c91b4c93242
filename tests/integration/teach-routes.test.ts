/**
 * Authorisation of every teacher page and action, and of the learner's join page: a matrix of five
 * people (anonymous, the class's learner, another learner, the class's teacher, another teacher) ×
 * each load and action, then forms whose ids were changed to someone else's.
 *
 * The real route modules and guards run; only the request context (`getRequestEvent`) and the
 * database connection are supplied by the test.
 */
import { isActionFailure, isHttpError, isRedirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth.ts';
import * as assignments from '../../src/lib/server/assignments.ts';
import * as classes from '../../src/lib/server/classes.ts';
import { articles, classMembers, questions } from '../../src/lib/server/db/schema.ts';
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

const dashboard = await import('../../src/routes/(app)/teach/+page.server.ts');
const classList = await import('../../src/routes/(app)/teach/classes/+page.server.ts');
const classPage = await import('../../src/routes/(app)/teach/classes/[id]/+page.server.ts');
const gradebookPage =
	await import('../../src/routes/(app)/teach/classes/[id]/gradebook/+page.server.ts');
const gradebookCsv =
	await import('../../src/routes/(app)/teach/classes/[id]/gradebook.csv/+server.ts');
const importPage = await import('../../src/routes/(app)/teach/import/+page.server.ts');
const articlePage = await import('../../src/routes/(app)/teach/articles/[id]/+page.server.ts');
const editPage = await import('../../src/routes/(app)/teach/articles/[id]/edit/+page.server.ts');
const questionsPage =
	await import('../../src/routes/(app)/teach/articles/[id]/questions/+page.server.ts');
const joinPage = await import('../../src/routes/(app)/classes/join/+page.server.ts');
const readerPage = await import('../../src/routes/articles/[slug]/+page.server.ts');

type Outcome = 'ok' | 'signin' | 403 | 404 | 400;
type Who = 'anonymous' | 'learner' | 'otherLearner' | 'teacher' | 'otherTeacher';

let test: TestDatabase;
let world: World;
let firstQuestionId: number;
let otherQuestionId: number;

beforeEach(() => {
	test = createTestDatabase();
	world = buildWorld(test.db);
	context.db = test.db;
	const ids = (articleId: number) =>
		test.db
			.select({ id: questions.id })
			.from(questions)
			.where(eq(questions.articleId, articleId))
			.all()
			.map((row) => row.id);
	firstQuestionId = ids(world.articleId)[0];
	otherQuestionId = ids(world.otherArticleId)[0];
});
afterEach(() => test.close());

function actAs(who: Who) {
	context.user = who === 'anonymous' ? null : (world[who] as SessionUser);
}

function formData(fields: Record<string, string>): FormData {
	const form = new FormData();
	for (const [key, value] of Object.entries(fields)) form.set(key, value);
	return form;
}

/** Calls a load, action or endpoint the way SvelteKit would, and names what came back. */
async function outcome(run: () => unknown): Promise<Outcome> {
	try {
		const result = await run();
		if (isActionFailure(result)) return result.status as Outcome;
		return 'ok';
	} catch (thrown) {
		if (isRedirect(thrown)) return thrown.location.startsWith('/signin') ? 'signin' : 'ok';
		if (isHttpError(thrown)) return thrown.status as Outcome;
		throw thrown;
	}
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the route functions take kit's event types
type Handler = (event: any) => unknown;

function call(handler: Handler, params: Record<string, string>, fields?: Record<string, string>) {
	const path = `http://localhost/teach`;
	const event = {
		params,
		url: new URL(path),
		locals: { user: context.user },
		request: new Request(path, {
			method: fields ? 'POST' : 'GET',
			body: fields ? formData(fields) : undefined
		})
	};
	return outcome(() => handler(event));
}

interface Target {
	name: string;
	run: () => Promise<Outcome>;
	/** Pages everyone with the teacher role may open (their own data only); the others need the id's owner. */
	anyTeacher?: boolean;
}

const classParams = () => ({ id: String(world.classId) });
const articleParams = () => ({ id: String(world.articleId) });
const questionForm = (extra: Record<string, string> = {}) => ({
	questionId: String(firstQuestionId),
	...extra
});
const ARTICLE_FIELDS = {
	title: 'عنوان',
	source: 'my own text',
	level: 'beginner',
	tags: '',
	body: BODY
};

const TARGETS: Target[] = [
	{ name: 'GET /teach', run: () => call(dashboard.load as Handler, {}), anyTeacher: true },
	{ name: 'GET /teach/classes', run: () => call(classList.load as Handler, {}), anyTeacher: true },
	{
		name: 'POST /teach/classes ?/create',
		run: () => call(classList.actions.create as Handler, {}, { name: 'New' }),
		anyTeacher: true
	},
	{ name: 'GET /teach/import', run: () => call(importPage.load as Handler, {}), anyTeacher: true },
	{
		name: 'POST /teach/import',
		run: () => call(importPage.actions.default as Handler, {}, ARTICLE_FIELDS),
		anyTeacher: true
	},
	{ name: 'GET /teach/classes/[id]', run: () => call(classPage.load as Handler, classParams()) },
	{
		name: 'POST class ?/removeLearner',
		run: () =>
			call(classPage.actions.removeLearner as Handler, classParams(), {
				learnerId: world.learner.id,
				confirm: 'yes'
			})
	},
	{
		name: 'POST class ?/renewCode',
		run: () => call(classPage.actions.renewCode as Handler, classParams(), {})
	},
	{
		name: 'POST class ?/assign',
		run: () =>
			call(classPage.actions.assign as Handler, classParams(), {
				articleId: String(world.articleId),
				due: '2030-01-01'
			})
	},
	{
		name: 'POST class ?/unassign',
		run: () => {
			const id = assignedId();
			return call(classPage.actions.unassign as Handler, classParams(), {
				assignmentId: String(id),
				confirm: 'yes'
			});
		}
	},
	{ name: 'GET gradebook', run: () => call(gradebookPage.load as Handler, classParams()) },
	{ name: 'GET gradebook.csv', run: () => call(gradebookCsv.GET as Handler, classParams()) },
	{
		name: 'GET /teach/articles/[id]',
		run: () => call(articlePage.load as Handler, articleParams())
	},
	{
		name: 'POST article ?/gloss',
		run: () =>
			call(articlePage.actions.gloss as Handler, articleParams(), {
				word: 'الصيد',
				gloss: 'fishing'
			})
	},
	{
		name: 'POST article ?/delete',
		run: () => call(articlePage.actions.delete as Handler, articleParams(), { confirm: 'yes' })
	},
	{ name: 'GET edit', run: () => call(editPage.load as Handler, articleParams()) },
	{
		name: 'POST edit',
		run: () => call(editPage.actions.default as Handler, articleParams(), ARTICLE_FIELDS)
	},
	{ name: 'GET questions', run: () => call(questionsPage.load as Handler, articleParams()) },
	...(['approve', 'restore', 'delete'] as const).map((action) => ({
		name: `POST questions ?/${action}`,
		run: () => call(questionsPage.actions[action] as Handler, articleParams(), questionForm())
	})),
	{
		name: 'POST questions ?/approveAll',
		run: () => call(questionsPage.actions.approveAll as Handler, articleParams(), {})
	},
	{
		name: 'POST questions ?/move',
		run: () =>
			call(
				questionsPage.actions.move as Handler,
				articleParams(),
				questionForm({ direction: 'down' })
			)
	},
	{
		name: 'POST questions ?/edit',
		run: () =>
			call(
				questionsPage.actions.edit as Handler,
				articleParams(),
				questionForm({ promptAr: 'سؤال؟', answer: 'جواب' })
			)
	},
	{
		name: 'POST questions ?/add',
		run: () =>
			call(questionsPage.actions.add as Handler, articleParams(), {
				promptAr: 'سؤال؟',
				answer: 'جواب'
			})
	}
];

function assignedId(): number {
	assignments.assign(test.db, world.teacher.id, world.classId, world.articleId, null);
	return assignments.listForClass(test.db, world.teacher.id, world.classId)[0].id;
}

const PEOPLE: Who[] = ['anonymous', 'learner', 'otherLearner', 'teacher', 'otherTeacher'];

function expected(who: Who, target: Target): Outcome {
	if (who === 'anonymous') return 'signin';
	if (who === 'learner' || who === 'otherLearner') return 403;
	if (who === 'teacher' || target.anyTeacher) return 'ok';
	return 404;
}

describe('every teacher page and action × every kind of person', () => {
	it.each(TARGETS.flatMap((target) => PEOPLE.map((who) => [target.name, who, target] as const)))(
		'%s as %s',
		async (_name, who, target) => {
			actAs(who);
			expect(await target.run()).toBe(expected(who, target));
		}
	);

	it('another teacher’s attempts change nothing', async () => {
		actAs('otherTeacher');
		for (const target of TARGETS.filter((t) => !t.anyTeacher)) await target.run();
		const article = test.db.select().from(articles).where(eq(articles.id, world.articleId)).get();
		expect(article?.title).toBe('لقاء في الرباط');
		expect(classes.listMembers(test.db, world.teacher.id, world.classId)).toHaveLength(1);
		const rows = test.db
			.select()
			.from(questions)
			.where(eq(questions.articleId, world.articleId))
			.all();
		expect(rows.map((row) => [row.status, row.edited, row.origin])).toEqual([
			['generated', false, 'generated'],
			['generated', false, 'generated'],
			['generated', false, 'generated']
		]);
	});
});

describe('the class’s teacher with ids changed to someone else’s', () => {
	beforeEach(() => actAs('teacher'));

	it.each([
		['a non-numeric class id', () => call(classPage.load as Handler, { id: '1 or 1=1' }), 404],
		[
			'a class id that does not exist',
			() => call(classPage.load as Handler, { id: '999999' }),
			404
		],
		[
			'the other teacher’s class',
			() => call(gradebookPage.load as Handler, { id: String(world.otherClassId) }),
			404
		],
		[
			'the other teacher’s article',
			() => call(questionsPage.load as Handler, { id: String(world.otherArticleId) }),
			404
		],
		[
			'assigning the other teacher’s private article',
			() =>
				call(classPage.actions.assign as Handler, classParams(), {
					articleId: String(world.otherArticleId),
					due: ''
				}),
			404
		],
		[
			'removing a learner of another class',
			() =>
				call(classPage.actions.removeLearner as Handler, classParams(), {
					learnerId: world.otherLearner.id
				}),
			404
		],
		[
			'approving a question of another article',
			() =>
				call(questionsPage.actions.approve as Handler, articleParams(), {
					questionId: String(otherQuestionId)
				}),
			404
		],
		[
			'editing a question of another article',
			() =>
				call(questionsPage.actions.edit as Handler, articleParams(), {
					questionId: String(otherQuestionId),
					promptAr: 'سؤال؟',
					answer: 'جواب'
				}),
			404
		],
		[
			'deleting a question of another article',
			() =>
				call(questionsPage.actions.delete as Handler, articleParams(), {
					questionId: String(otherQuestionId)
				}),
			404
		],
		[
			'moving a question of another article',
			() =>
				call(questionsPage.actions.move as Handler, articleParams(), {
					questionId: String(otherQuestionId),
					direction: 'up'
				}),
			404
		]
	] as const)('%s is refused', async (_name, run, status) => {
		expect(await run()).toBe(status);
		const other = test.db.select().from(questions).where(eq(questions.id, otherQuestionId)).get();
		expect([other?.status, other?.edited]).toEqual(['generated', false]);
		expect(test.db.select().from(classMembers).all()).toHaveLength(2);
	});

	it('unassigning an assignment of another class is refused', async () => {
		assignments.assign(
			test.db,
			world.otherTeacher.id,
			world.otherClassId,
			world.otherArticleId,
			null
		);
		const theirs = assignments.listForClass(test.db, world.otherTeacher.id, world.otherClassId)[0]
			.id;
		expect(
			await call(classPage.actions.unassign as Handler, classParams(), {
				assignmentId: String(theirs)
			})
		).toBe(404);
		expect(
			assignments.listForClass(test.db, world.otherTeacher.id, world.otherClassId)
		).toHaveLength(1);
	});
});

describe('bad input keeps what was typed', () => {
	beforeEach(() => actAs('teacher'));

	it.each([
		['empty text', { body: '  ' }, 'body', 'The text is empty'],
		['no Arabic', { body: 'Hello <b>world</b>' }, 'body', 'no Arabic letters'],
		['no title', { title: '' }, 'title', 'Give the article a title.'],
		['an unknown level', { level: 'expert' }, 'level', 'Choose beginner']
	])('import with %s', async (_name, change, field, message) => {
		const event = {
			params: {},
			url: new URL('http://localhost/teach/import'),
			locals: { user: context.user },
			request: new Request('http://localhost/teach/import', {
				method: 'POST',
				body: formData({ ...ARTICLE_FIELDS, ...change })
			})
		};
		const result = (await importPage.actions.default(event as never)) as {
			status: number;
			data: { errors: Record<string, string>; values: Record<string, string> };
		};
		expect(result.status).toBe(400);
		expect(result.data.errors[field]).toContain(message);
		// Sent as a browser sends a form: line breaks as CRLF.
		const sent = { ...ARTICLE_FIELDS, ...change };
		expect(result.data.values).toMatchObject({
			...sent,
			body: sent.body.replace(/\n/g, '\r\n')
		});
	});

	it('deleting an article needs the confirmation box', async () => {
		expect(await call(articlePage.actions.delete as Handler, articleParams(), {})).toBe(400);
		expect(
			test.db.select().from(articles).where(eq(articles.id, world.articleId)).get()
		).toBeDefined();
	});

	it('a .txt upload fills an empty text box; an .html upload is refused', async () => {
		const post = async (file: File) => {
			const form = formData({ ...ARTICLE_FIELDS, body: '' });
			form.set('file', file);
			const request = new Request('http://localhost/teach/import', { method: 'POST', body: form });
			return outcome(() =>
				importPage.actions.default({
					params: {},
					request,
					url: new URL(request.url),
					locals: {}
				} as never)
			);
		};
		expect(await post(new File(['<p>مرحبا</p>'], 'page.html', { type: 'text/html' }))).toBe(400);
		// HTML inside a .txt is refused too (it would show as tags in the article).
		expect(await post(new File(['<p>مرحبا بكم</p>'], 'page.txt', { type: 'text/plain' }))).toBe(
			400
		);
		expect(await post(new File([BODY], 'article.txt', { type: 'text/plain' }))).toBe('ok');
		const imported = test.db.select().from(articles).all().at(-1);
		expect(imported?.body).toBe(BODY);
	});
});

describe('removing a learner and unassigning ask first', () => {
	beforeEach(() => actAs('teacher'));

	/** Posts to a class-page action and returns what it answered (data or failure). */
	async function post(handler: Handler, fields: Record<string, string>) {
		const request = new Request('http://localhost/teach', {
			method: 'POST',
			body: formData(fields)
		});
		return (await handler({
			params: classParams(),
			request,
			url: new URL(request.url),
			locals: { user: context.user }
		})) as Record<string, unknown>;
	}
	const memberIds = () =>
		classes.listMembers(test.db, world.teacher.id, world.classId).map((member) => member.id);

	it('the first post only asks; the confirmed one removes the learner and names them', async () => {
		const remove = classPage.actions.removeLearner as Handler;
		expect(await post(remove, { learnerId: world.learner.id })).toEqual({
			action: 'members',
			confirm: world.learner.id
		});
		expect(memberIds()).toEqual([world.learner.id]);
		const done = await post(remove, { learnerId: world.learner.id, confirm: 'yes' });
		expect(done.success).toMatch(/^Learner is no longer in this class/);
		expect(memberIds()).toEqual([]);
	});

	it('the first unassign only asks; the confirmed one unassigns', async () => {
		const unassign = classPage.actions.unassign as Handler;
		const id = String(assignedId());
		expect(await post(unassign, { assignmentId: id })).toEqual({ action: 'assign', confirm: id });
		expect(assignments.listForClass(test.db, world.teacher.id, world.classId)).toHaveLength(1);
		const done = await post(unassign, { assignmentId: id, confirm: 'yes' });
		expect(done.success).toMatch(/no longer assigned/);
		expect(assignments.listForClass(test.db, world.teacher.id, world.classId)).toHaveLength(0);
	});
});

describe('assigning an own article', () => {
	beforeEach(() => actAs('teacher'));

	async function assign() {
		const request = new Request('http://localhost/teach', {
			method: 'POST',
			body: formData({ articleId: String(world.articleId), due: '' })
		});
		return (await (classPage.actions.assign as Handler)({
			params: classParams(),
			request,
			url: new URL(request.url),
			locals: { user: context.user }
		})) as { success: string; unreviewed: number | null };
	}

	it('warns when no question is approved (the quiz would be empty), not once one is', async () => {
		expect(await assign()).toMatchObject({
			success: 'The article is assigned.',
			unreviewed: world.articleId
		});
		test.db
			.update(questions)
			.set({ status: 'approved' })
			.where(eq(questions.id, firstQuestionId))
			.run();
		expect(await assign()).toMatchObject({
			success: 'The due date is changed.',
			unreviewed: null
		});
	});
});

describe('learners', () => {
	it.each([
		['anonymous', 'signin'],
		['otherLearner', 'ok'],
		['teacher', 403]
	] as const)('joining a class as %s: %s', async (who, result) => {
		actAs(who);
		const code = classes.findForTeacher(test.db, world.teacher.id, world.classId)!.joinCode;
		expect(await call(joinPage.actions.default as Handler, {}, { code: code.toLowerCase() })).toBe(
			result
		);
	});

	it.each([
		['otherLearner', 'the class code', 'Arabic 2'],
		['otherLearner', 'a wrong code', null],
		['teacher', 'the class code', null]
	] as const)('a join link opened by %s with %s names %j', async (who, which, named) => {
		actAs(who);
		const code =
			which === 'a wrong code'
				? 'ZZZZ9999'
				: classes.findForTeacher(test.db, world.teacher.id, world.classId)!.joinCode;
		const url = new URL(`http://localhost/classes/join?code=${code.toLowerCase()}`);
		const data = (await joinPage.load({ url } as never)) as { linkedClass: string | null };
		expect(data.linkedClass).toBe(named);
	});

	it('a wrong code says so and keeps the code', async () => {
		actAs('otherLearner');
		expect(await call(joinPage.actions.default as Handler, {}, { code: 'ZZZZ9999' })).toBe(400);
	});

	it.each([
		['anonymous', 404],
		['learner', 'ok'],
		['otherLearner', 404],
		['teacher', 'ok'],
		['otherTeacher', 404]
	] as const)('an assigned private article opened by %s: %s', async (who, result) => {
		assignments.assign(test.db, world.teacher.id, world.classId, world.articleId, null);
		const slug = test.db.select().from(articles).where(eq(articles.id, world.articleId)).get()!
			.slug;
		actAs(who);
		expect(await call(readerPage.load as Handler, { slug })).toBe(result);
	});
});
