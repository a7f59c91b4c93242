import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as assignments from '../../src/lib/server/assignments.ts';
import * as attempts from '../../src/lib/server/attempts.ts';
import * as classes from '../../src/lib/server/classes.ts';
import { countWords } from '../../src/lib/server/content.ts';
import { articles, questions } from '../../src/lib/server/db/schema.ts';
import * as gradebook from '../../src/lib/server/gradebook.ts';
import * as imports from '../../src/lib/server/imports.ts';
import * as review from '../../src/lib/server/question-review.ts';
import * as quizzes from '../../src/lib/server/quizzes.ts';
import type { ReaderView } from '../../src/lib/server/reader.ts';
import * as v from 'valibot';
import { createTestDatabase, type TestDatabase } from './helpers.ts';
import { BODY, buildWorld, fakeQuestions, type World } from './teach-fixtures.ts';

let test: TestDatabase;
let world: World;
beforeEach(() => {
	test = createTestDatabase();
	world = buildWorld(test.db);
});
afterEach(() => test.close());

const article = () =>
	test.db.select().from(articles).where(eq(articles.id, world.articleId)).get()!;

describe('classes', () => {
	it('join codes are unique, 8 characters, and typed codes are forgiving', () => {
		const codes = new Set(
			Array.from(
				{ length: 20 },
				(_, i) => classes.createClass(test.db, world.teacher.id, `C${i}`).joinCode
			)
		);
		expect(codes.size).toBe(20);
		for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
		const code = [...codes][0];
		const spaced = `${code.slice(0, 4).toLowerCase()} - ${code.slice(4)}`;
		expect(classes.findByJoinCode(test.db, spaced)?.joinCode).toBe(code);
	});

	it('a learner joins once, may be in several classes, and the teacher can remove them', () => {
		const second = classes.createClass(test.db, world.otherTeacher.id, 'Evening');
		expect(classes.joinByCode(test.db, world.learner.id, second.joinCode).status).toBe('joined');
		expect(classes.joinByCode(test.db, world.learner.id, second.joinCode).status).toBe(
			'already-member'
		);
		expect(classes.joinByCode(test.db, world.learner.id, 'NOPE1234').status).toBe('unknown-code');
		expect(
			classes
				.listForLearner(test.db, world.learner.id)
				.map((c) => c.name)
				.sort()
		).toEqual(['Arabic 2', 'Evening']);
		// Another teacher cannot remove someone from a class that is not theirs.
		expect(classes.removeMember(test.db, world.teacher.id, second.id, world.learner.id)).toBe(
			false
		);
		expect(classes.removeMember(test.db, world.otherTeacher.id, second.id, world.learner.id)).toBe(
			true
		);
		expect(classes.listForLearner(test.db, world.learner.id).map((c) => c.name)).toEqual([
			'Arabic 2'
		]);
	});

	it('a teacher sees only their own classes and learners', () => {
		expect(classes.listForTeacher(test.db, world.teacher.id).map((c) => c.name)).toEqual([
			'Arabic 2'
		]);
		expect(classes.findForTeacher(test.db, world.teacher.id, world.otherClassId)).toBeUndefined();
		expect(classes.listMembers(test.db, world.teacher.id, world.otherClassId)).toEqual([]);
		expect(classes.listMembers(test.db, world.teacher.id, world.classId).map((m) => m.id)).toEqual([
			world.learner.id
		]);
	});
});

describe('import', () => {
	const parse = (body: string) =>
		v.safeParse(imports.importSchema, {
			title: 'T',
			source: 'S',
			level: 'beginner',
			tags: '',
			body
		});

	it.each([
		['empty', '   \n\n  ', 'The text is empty'],
		['no Arabic', 'Only English words here.', 'no Arabic letters'],
		['too long', 'كلمة '.repeat(20_001), 'has 20,001 words; an article may have at most 20,000'],
		['HTML tags', '<p>التقى الوزير <b>نظيره</b>.</p>', 'HTML markup (<p>)'],
		[
			'a script',
			'التقى الوزير.\n<script src="x.js">alert(1)</script>',
			'HTML markup (<script src="x.js">)'
		],
		['an HTML comment', 'التقى <!-- x --> الوزير', 'HTML markup (<!--)'],
		['character references', 'التقى&nbsp;الوزير', 'HTML markup (&nbsp;)']
	])('refuses %s text with a clear message', (_name, body, message) => {
		const result = parse(body);
		expect(result.success).toBe(false);
		expect(result.issues?.[0].message).toContain(message);
	});

	it('accepts exactly 20,000 words and keeps the text as written', () => {
		expect(parse('كلمة '.repeat(20_000)).success).toBe(true);
		// A lone < or & and an arrow are prose, not markup.
		const body = 'العدد ٥ < ٧ & more -> التقى الوزير «نظيره» <٣ A&B.';
		const result = parse(body);
		expect(result.success && result.output.body).toBe(body);
	});

	it.each([
		['politics, Libya ,politics', ['politics', 'libya']],
		['سياسة، ليبيا', ['سياسة', 'ليبيا']],
		['', []]
	])('tags %j become %j', (tags, expected) => {
		const result = v.safeParse(imports.importSchema, {
			title: 'T',
			source: 'S',
			level: 'advanced',
			tags,
			body: BODY
		});
		expect(result.success && result.output.tags).toEqual(expected);
	});

	it('reads a Markdown upload: front matter title, headings unmarked', () => {
		const file = '\uFEFF---\ntitle: "لقاء"\nlevel: beginner\n---\n# عنوان\n\nنص المقال.';
		expect(imports.bodyFromFile('a.md', file)).toEqual({
			title: 'لقاء',
			body: 'عنوان\n\nنص المقال.'
		});
		expect(imports.bodyFromFile('a.txt', '# نص')).toEqual({ title: null, body: '# نص' });
	});

	it('refuses uploads that are not .txt or .md', () => {
		expect(imports.checkUpload(new File(['x'], 'a.html'))).toMatch(/\.txt or \.md/);
		expect(imports.checkUpload(new File(['x'], 'A.MD'))).toBeNull();
	});

	it('an imported article is private: not on the home list, readable by its teacher and assigned learners only', () => {
		const row = article();
		expect(row.slug).toMatch(/^t-[a-z2-7]+$/);
		expect(row.wordCount).toBe(countWords(BODY));
		const anonymous = null;
		expect(assignments.canReadArticle(test.db, anonymous, row)).toBe(false);
		expect(assignments.canReadArticle(test.db, world.teacher, row)).toBe(true);
		expect(assignments.canReadArticle(test.db, world.learner, row)).toBe(false);
		expect(assignments.canReadArticle(test.db, world.otherTeacher, row)).toBe(false);
		assignments.assign(test.db, world.teacher.id, world.classId, row.id, null);
		expect(assignments.canReadArticle(test.db, world.learner, row)).toBe(true);
		expect(assignments.canReadArticle(test.db, world.otherLearner, row)).toBe(false);
	});
});

describe('article glosses', () => {
	const view: ReaderView = {
		title: [],
		subtitle: [],
		paragraphs: [[0, ' ', 1]],
		words: [
			{
				text: 'الحَوْكَمَة',
				segments: [],
				lemma: 'حوكمة',
				root: '',
				pattern: '',
				pos: 'noun',
				features: '',
				glosses: ['guess'],
				guess: true,
				entity: null
			},
			{
				text: 'وزير',
				segments: [],
				lemma: 'وَزِير',
				root: 'وزر',
				pattern: '',
				pos: 'noun',
				features: '',
				glosses: ['minister'],
				guess: false,
				entity: null
			}
		]
	};

	it('a teacher gloss comes first for the written form or the lemma, and an empty gloss removes it', () => {
		expect(imports.unknownWords(view)).toEqual(['الحَوْكَمَة']);
		expect(
			imports.setGloss(test.db, world.teacher.id, world.articleId, 'الحوكمة', 'governance')
		).toBe(true);
		expect(
			imports.setGloss(test.db, world.teacher.id, world.articleId, 'وزير', 'government minister')
		).toBe(true);
		const glossed = imports.withArticleGlosses(view, imports.listGlosses(test.db, world.articleId));
		expect(glossed.words.map((w) => [w.glosses[0], w.guess])).toEqual([
			['governance', false],
			['government minister', false]
		]);
		imports.setGloss(test.db, world.teacher.id, world.articleId, 'وزير', '');
		expect(imports.listGlosses(test.db, world.articleId).map((g) => g.gloss)).toEqual([
			'governance'
		]);
	});

	it('another teacher cannot gloss the article', () => {
		expect(imports.setGloss(test.db, world.otherTeacher.id, world.articleId, 'وزير', 'x')).toBe(
			false
		);
		expect(imports.listGlosses(test.db, world.articleId)).toEqual([]);
	});
});

describe('question review', () => {
	const form = (fields: Record<string, string>) => {
		const result = v.safeParse(review.questionFormSchema, fields);
		if (!result.success) throw new Error(result.issues[0].message);
		return result.output;
	};

	it.each([
		[{ promptAr: '', answer: 'x' }, 'Write the question.'],
		[{ promptAr: 'س؟', answer: 'ب', choice0: 'أ', choice1: 'ج' }, 'must be one of the choices'],
		[{ promptAr: 'س؟', answer: 'أ', choice0: 'أ' }, 'at least two choices'],
		[{ promptAr: 'س؟', answer: 'أ', choice0: 'أ', choice1: 'إ' }, 'Two choices are the same']
	])('refuses a bad question %j', (fields, message) => {
		const result = v.safeParse(review.questionFormSchema, fields);
		expect(result.success).toBe(false);
		expect(result.issues?.map((issue) => issue.message).join(' ')).toContain(message);
	});

	it('lists questions with their evidence; approve, delete, reorder, add, edit', () => {
		const listed = review.listForReview(test.db, world.teacher.id, world.articleId)!;
		expect(listed.questions.map((q) => q.kind)).toEqual(['where', 'what', 'vocab']);
		expect(listed.questions[0].evidence).toBe(BODY.slice(0, 87));
		const [where, what, vocab] = listed.questions.map((q) => q.id);

		expect(review.setStatus(test.db, world.teacher.id, world.articleId, where, 'approved')).toBe(
			true
		);
		expect(review.deleteQuestion(test.db, world.teacher.id, world.articleId, vocab)).toBe(true);
		expect(review.moveQuestion(test.db, world.teacher.id, world.articleId, what, 'up')).toBe(
			'moved'
		);
		const own = review.addQuestion(
			test.db,
			world.teacher.id,
			world.articleId,
			form({ promptAr: 'متى التقى الوزيران؟', answer: 'الثلاثاء', kind: 'when' })
		)!;
		expect(
			review.editQuestion(
				test.db,
				world.teacher.id,
				world.articleId,
				what,
				form({
					promptAr: 'ماذا وقع الجانبان؟',
					choice0: 'اتفاقا للتعاون',
					choice1: 'بيانا مشتركا',
					answer: 'اتفاقا للتعاون'
				})
			)
		).toBe(true);
		review.setStatus(test.db, world.teacher.id, world.articleId, what, 'approved');

		const after = review.listForReview(test.db, world.teacher.id, world.articleId)!;
		expect(after.reviewed).toBe(true);
		expect(after.questions.map((q) => [q.kind, q.status, q.origin, q.edited])).toEqual([
			['what', 'approved', 'generated', true],
			['where', 'approved', 'generated', false],
			['vocab', 'rejected', 'generated', false],
			['when', 'approved', 'teacher', false]
		]);
		// Only approved questions reach the learner's quiz, in the teacher's order.
		expect(quizzes.quizQuestions(test.db, article()).map((q) => q.id)).toEqual([
			what,
			where,
			own.id
		]);
	});

	it('a changed text regenerates the questions but keeps the edited and added ones', () => {
		const listed = review.listForReview(test.db, world.teacher.id, world.articleId)!;
		const edited = listed.questions[1].id;
		review.editQuestion(
			test.db,
			world.teacher.id,
			world.articleId,
			edited,
			form({ promptAr: 'سؤال معدل؟', answer: 'جواب' })
		);
		review.addQuestion(
			test.db,
			world.teacher.id,
			world.articleId,
			form({ promptAr: 'سؤالي؟', answer: 'نعم' })
		);
		const updated = imports.updateArticle(test.db, world.teacher.id, world.articleId, {
			title: 'لقاء في الرباط',
			source: 'my own text',
			level: 'beginner',
			tags: [],
			body: BODY + '\n\nوأكد الوزيران أهمية التعاون.'
		})!;
		const rows = quizzes.ensureQuestions(test.db, updated, fakeQuestions);
		expect(rows.filter((q) => q.origin === 'teacher' || q.edited).map((q) => q.promptAr)).toEqual([
			'سؤال معدل؟',
			'سؤالي؟'
		]);
		expect(rows.filter((q) => !q.edited && q.origin === 'generated')).toHaveLength(3);
		expect(
			rows.every((q) => q.origin === 'teacher' || q.edited || q.contentHash === updated.contentHash)
		).toBe(true);
	});

	it('another teacher changes nothing, and a question id of another article is refused', () => {
		const mine = review.listForReview(test.db, world.teacher.id, world.articleId)!.questions[0].id;
		const theirs = review.listForReview(test.db, world.otherTeacher.id, world.otherArticleId)!
			.questions[0].id;
		expect(review.listForReview(test.db, world.otherTeacher.id, world.articleId)).toBeUndefined();
		expect(
			review.setStatus(test.db, world.otherTeacher.id, world.articleId, mine, 'approved')
		).toBe(false);
		expect(review.deleteQuestion(test.db, world.otherTeacher.id, world.articleId, mine)).toBe(
			false
		);
		expect(review.moveQuestion(test.db, world.otherTeacher.id, world.articleId, mine, 'down')).toBe(
			'not-found'
		);
		expect(review.moveQuestion(test.db, world.teacher.id, world.articleId, theirs, 'up')).toBe(
			'not-found'
		);
		// The right article in the URL, another article's question in the form.
		expect(review.setStatus(test.db, world.teacher.id, world.articleId, theirs, 'approved')).toBe(
			false
		);
		expect(review.deleteQuestion(test.db, world.teacher.id, world.articleId, theirs)).toBe(false);
		const statuses = test.db.select({ status: questions.status }).from(questions).all();
		expect(statuses.every((row) => row.status === 'generated')).toBe(true);
	});
});

describe('assignments and gradebook', () => {
	const DAY = 24 * 60 * 60 * 1000;

	it.each([
		['', null],
		['2026-12-01', '2026-12-01T23:59:59.000Z'],
		['2026-12-01T09:30', '2026-12-01T09:30:00.000Z'],
		['2026-02-30', undefined],
		['tomorrow', undefined]
	])('due date %j reads as %j', (text, expected) => {
		const parsed = assignments.parseDueDate(text);
		expect(parsed === null || parsed === undefined ? parsed : parsed.toISOString()).toBe(expected);
	});

	it('assigns only to the own class and only own or public articles', () => {
		const t = world.teacher.id;
		expect(assignments.assign(test.db, t, world.otherClassId, world.articleId, null)).toBe(
			'not-found'
		);
		expect(assignments.assign(test.db, t, world.classId, world.otherArticleId, null)).toBe(
			'not-found'
		);
		expect(assignments.assign(test.db, t, world.classId, world.articleId, null)).toBe('assigned');
		expect(assignments.assign(test.db, t, world.classId, world.articleId, new Date())).toBe(
			'updated'
		);
		expect(assignments.assignableArticles(test.db, t).map((a) => a.id)).toEqual([world.articleId]);
	});

	it('scores, done, late and the item analysis come from the learners’ submitted attempts', () => {
		const late = addLearner('Late');
		const idle = addLearner('Idle');
		const due = new Date(Date.now() - DAY);
		assignments.assign(test.db, world.teacher.id, world.classId, world.articleId, due);
		review.approveAll(test.db, world.teacher.id, world.articleId);
		const a = article();

		// On time: all right. Late: where wrong (chose تونس), vocab blank.
		const first = attempts.start(test.db, world.learner.id, a, new Date(due.getTime() - DAY))!;
		// Choice questions are answered with the index of the choice, as the quiz form sends them.
		const pick = (answers: string[]) =>
			Object.fromEntries(
				first.questions.map((q, index) => [
					q.key,
					answers[index] ? String(q.choices.indexOf(answers[index])) : ''
				])
			);
		attempts.submit(
			test.db,
			world.learner.id,
			first.token,
			pick(['الرباط', 'اتفاقا للتعاون', 'sign']),
			new Date(due.getTime() - 1000)
		);
		const second = attempts.start(test.db, late.id, a)!;
		attempts.submit(test.db, late.id, second.token, pick(['تونس', 'اتفاقا للتعاون', '']));

		const book = gradebook.forClass(test.db, world.teacher.id, world.classId)!;
		expect(book.learners.map((l) => l.displayName)).toEqual(['Idle', 'Late', 'Learner']);
		expect(book.cells.map(([cell]) => [cell.done, cell.percent, cell.late])).toEqual([
			[false, null, false],
			[true, 33, true],
			[true, 100, false]
		]);
		const [report] = book.assignments;
		expect(report.done).toBe(2);
		expect(report.averagePercent).toBe(67);
		expect(report.items.map((item) => [item.percentCorrect, item.commonWrong])).toEqual([
			[50, { response: 'تونس', count: 1 }],
			[100, null],
			[50, { response: '(no answer)', count: 1 }]
		]);
		expect(report.lookups === null || Array.isArray(report.lookups)).toBe(true);

		const csv = gradebook.toCsv(book);
		expect(csv.split('\r\n')[0]).toBe(
			'Learner,Username,لقاء في الرباط — score %,لقاء في الرباط — done,لقاء في الرباط — late'
		);
		expect(csv).toContain(`Late,${late.username},33,yes,yes`);
		expect(csv).toContain(`Idle,${idle.username},,no,no`);

		// The home page's view of the same facts.
		expect(
			assignments.assignedToYou(test.db, late.id).map((x) => [x.done, x.late, x.overdue])
		).toEqual([[true, true, false]]);
		expect(
			assignments.assignedToYou(test.db, idle.id).map((x) => [x.done, x.late, x.overdue])
		).toEqual([[false, false, true]]);
		expect(gradebook.forClass(test.db, world.otherTeacher.id, world.classId)).toBeUndefined();
	});

	it('lists the words the class looked up most in the assigned article', () => {
		assignments.assign(test.db, world.teacher.id, world.classId, world.articleId, null);
		const report = () =>
			gradebook.forClass(test.db, world.teacher.id, world.classId)!.assignments[0];
		expect(report().lookups).toEqual([]);
		const insert = test.db.$client.prepare(
			'insert into lookups (user_id, article_id, lemma, word) values (?, ?, ?, ?)'
		);
		for (const lemma of ['وَقَّعَ', 'صَيْد', 'وَقَّعَ'])
			insert.run(world.learner.id, world.articleId, lemma, lemma);
		// Not counted: a learner of another class, and another article.
		insert.run(world.otherLearner.id, world.articleId, 'صَيْد', 'صيد');
		insert.run(world.learner.id, world.otherArticleId, 'صَيْد', 'صيد');
		expect(report().lookups).toEqual([
			{ word: 'وَقَّعَ', count: 2 },
			{ word: 'صَيْد', count: 1 }
		]);
	});

	it.each([
		['=SUM(A1)', "'=SUM(A1)"],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['عادي', 'عادي']
	])('CSV cell %j is written %j', (value, expected) => {
		expect(gradebook.csvCell(value)).toBe(expected);
	});

	function addLearner(name: string) {
		const user = {
			id: `id-${name}`,
			username: name.toLowerCase(),
			email: null,
			displayName: name,
			role: 'learner' as const
		};
		test.db.$client
			.prepare(
				"insert into users (id, username, display_name, role, password_hash) values (?, ?, ?, 'learner', 'x')"
			)
			.run(user.id, user.username, user.displayName);
		classes.joinByCode(
			test.db,
			user.id,
			classes.findForTeacher(test.db, world.teacher.id, world.classId)!.joinCode
		);
		return user;
	}
});
