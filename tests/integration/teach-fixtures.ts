/**
 * Shared set-up for the teacher tests: accounts written straight into the database (no password
 * hashing: these tests never sign in), an imported article with hand-written questions, a class.
 */
import { users } from '../../src/lib/server/db/schema.ts';
import type { Db } from '../../src/lib/server/db/index.ts';
import type { SessionUser } from '../../src/lib/server/auth.ts';
import * as classes from '../../src/lib/server/classes.ts';
import * as imports from '../../src/lib/server/imports.ts';
import * as quizzes from '../../src/lib/server/quizzes.ts';
import type { Question } from '../../src/lib/questions/types.ts';

export const BODY =
	'الرباط - التقى وزير الخارجية المغربي ناصر بوريطة نظيره الموريتاني في الرباط يوم الثلاثاء.\n\n' +
	'ووقع الجانبان اتفاقا للتعاون في مجال الصيد البحري.';

/** Questions in the generator's shape, keyed by the article text so a changed text gives new keys. */
export function fakeQuestions(article: { contentHash: string }): Question[] {
	const hash = article.contentHash.slice(0, 8);
	return [
		{
			id: `q-${hash}-where`,
			type: 'where',
			prompt_ar: 'أين التقى الوزيران؟',
			prompt_en: 'Where did the two ministers meet?',
			choices: ['تونس', 'الرباط', 'نواكشوط', 'الجزائر'],
			answer: 'الرباط',
			accept: [],
			evidence: { start: 0, end: 87 },
			difficulty: 1
		},
		{
			id: `q-${hash}-what`,
			type: 'what',
			prompt_ar: 'على ماذا وقع الجانبان؟',
			prompt_en: 'What did the two sides sign?',
			choices: ['اتفاقا للتعاون', 'بيانا مشتركا', 'عقدا تجاريا', 'مذكرة تفاهم'],
			answer: 'اتفاقا للتعاون',
			accept: [],
			evidence: { start: 89, end: 139 },
			difficulty: 1
		},
		{
			id: `q-${hash}-vocab`,
			type: 'vocab',
			prompt_ar: 'ما معنى كلمة «وقع» في الجملة؟',
			prompt_en: 'What does «وقع» mean in this sentence?',
			choices: ['sign', 'fall', 'write', 'read'],
			answer: 'sign',
			accept: [],
			evidence: { start: 89, end: 139 },
			difficulty: 1
		}
	];
}

let counter = 0;

export function addUser(db: Db, role: SessionUser['role'], name: string): SessionUser {
	counter += 1;
	const user: SessionUser = {
		id: `user${counter}${name}`.toLowerCase(),
		username: `${name.toLowerCase()}${counter}`,
		email: null,
		displayName: name,
		role
	};
	db.insert(users)
		.values({ ...user, passwordHash: 'not-a-hash' })
		.run();
	return user;
}

export interface World {
	teacher: SessionUser;
	otherTeacher: SessionUser;
	learner: SessionUser;
	otherLearner: SessionUser;
	classId: number;
	otherClassId: number;
	articleId: number;
	otherArticleId: number;
}

/**
 * Two teachers with a class each; the learner is in the teacher's class, the other learner in the
 * other teacher's. Each teacher imported an article whose questions exist (hand-written, see above).
 */
export function buildWorld(db: Db): World {
	const teacher = addUser(db, 'teacher', 'Teacher');
	const otherTeacher = addUser(db, 'teacher', 'OtherTeacher');
	const learner = addUser(db, 'learner', 'Learner');
	const otherLearner = addUser(db, 'learner', 'OtherLearner');
	const own = classes.createClass(db, teacher.id, 'Arabic 2');
	const other = classes.createClass(db, otherTeacher.id, 'Arabic 3');
	classes.joinByCode(db, learner.id, own.joinCode);
	classes.joinByCode(db, otherLearner.id, other.joinCode);
	const input = {
		title: 'لقاء في الرباط',
		source: 'my own text',
		level: 'beginner' as const,
		tags: ['politics'],
		body: BODY
	};
	const article = imports.createArticle(db, teacher.id, input);
	const otherArticle = imports.createArticle(db, otherTeacher.id, { ...input, title: 'نص آخر' });
	quizzes.ensureQuestions(db, article, fakeQuestions);
	quizzes.ensureQuestions(db, otherArticle, fakeQuestions);
	return {
		teacher,
		otherTeacher,
		learner,
		otherLearner,
		classId: own.id,
		otherClassId: other.id,
		articleId: article.id,
		otherArticleId: otherArticle.id
	};
}
