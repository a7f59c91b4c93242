import { error, fail } from '@sveltejs/kit';
import * as assignments from '$lib/server/assignments';
import * as classes from '$lib/server/classes';
import { getDb } from '$lib/server/db';
import { formFailure } from '$lib/server/forms';
import { requireRole } from '$lib/server/guards';
import * as imports from '$lib/server/imports';
import * as quizzes from '$lib/server/quizzes';
import { NOT_FOUND, formId, formatWhen, idFrom } from '../../params';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => {
	const teacher = requireRole('teacher');
	const db = getDb();
	const found = classes.findForTeacher(db, teacher.id, idFrom(params.id));
	if (!found) error(404, NOT_FOUND);
	const assignable = assignments.assignableArticles(db, teacher.id);
	return {
		class: { id: found.id, name: found.name, joinCode: found.joinCode },
		joinUrl: `${url.origin}/classes/join?code=${found.joinCode}`,
		members: classes.listMembers(db, teacher.id, found.id).map((member) => ({
			id: member.id,
			displayName: member.displayName,
			username: member.username,
			joinedAt: formatWhen(member.joinedAt)
		})),
		assignments: assignments.listForClass(db, teacher.id, found.id).map((item) => ({
			id: item.id,
			articleId: item.articleId,
			slug: item.slug,
			title: item.title,
			due: formatWhen(item.dueAt)
		})),
		choices: {
			own: assignable.filter((article) => article.own),
			public: assignable.filter((article) => !article.own)
		},
		preselect: url.searchParams.get('article') ?? ''
	};
};

function ownClass(teacherId: string, classId: string) {
	const found = classes.findForTeacher(getDb(), teacherId, idFrom(classId));
	if (!found) error(404, NOT_FOUND);
	return found;
}

/**
 * Removing a learner takes two posts: the first (the row's "Remove") only asks the page to show a
 * confirmation, the second carries `confirm=yes`. No JavaScript is needed for either, and one stray
 * click removes no one.
 */
async function removeLearner(event: Parameters<Actions[string]>[0]) {
	const teacher = requireRole('teacher');
	const found = ownClass(teacher.id, event.params.id);
	const form = await event.request.formData();
	const learnerId = form.get('learnerId');
	const db = getDb();
	const member = classes
		.listMembers(db, teacher.id, found.id)
		.find((item) => item.id === learnerId);
	if (!member) {
		return fail(404, {
			action: 'members',
			...formFailure({ form: 'That learner is not in this class.' })
		});
	}
	if (form.get('confirm') !== 'yes') return { action: 'members', confirm: member.id };
	classes.removeMember(db, teacher.id, found.id, member.id);
	return {
		action: 'members',
		success: `${member.displayName} is no longer in this class. They can join again with the class code.`
	};
}

async function renewCode(event: Parameters<Actions[string]>[0]) {
	const teacher = requireRole('teacher');
	const found = ownClass(teacher.id, event.params.id);
	classes.renewJoinCode(getDb(), teacher.id, found.id);
	return {
		action: 'join',
		success: 'The class has a new join code; the old one no longer works.'
	};
}

async function assign(event: Parameters<Actions[string]>[0]) {
	const teacher = requireRole('teacher');
	const found = ownClass(teacher.id, event.params.id);
	const form = await event.request.formData();
	const values = {
		articleId: String(form.get('articleId') ?? ''),
		due: String(form.get('due') ?? '')
	};
	const articleId = formId(form, 'articleId');
	const dueAt = assignments.parseDueDate(values.due);
	const errors: Record<string, string> = {};
	if (articleId === null) errors.articleId = 'Choose an article to assign.';
	if (dueAt === undefined)
		errors.due = 'Enter the due date as a date (YYYY-MM-DD), or leave it empty.';
	if (Object.keys(errors).length > 0)
		return fail(400, { action: 'assign', ...formFailure(errors, values) });
	const db = getDb();
	const outcome = assignments.assign(db, teacher.id, found.id, articleId!, dueAt!);
	if (outcome === 'not-found') {
		return fail(404, {
			action: 'assign',
			...formFailure({ articleId: 'You cannot assign that article.' }, values)
		});
	}
	// A teacher's own import shows only the questions they approved once it is assigned.
	const article = imports.findOwned(db, teacher.id, articleId!);
	let unreviewed: number | null = null;
	if (article) {
		const rows = quizzes.ensureQuestions(db, article);
		quizzes.markReviewed(db, article.id, teacher.id);
		// With none approved the learners' quiz would be empty: say so, with the way to fix it.
		if (!rows.some((row) => row.status === 'approved')) unreviewed = article.id;
	}
	return {
		action: 'assign',
		success: outcome === 'assigned' ? 'The article is assigned.' : 'The due date is changed.',
		unreviewed
	};
}

/** Like removing a learner, unassigning asks first: the assignment's column leaves the gradebook. */
async function unassign(event: Parameters<Actions[string]>[0]) {
	const teacher = requireRole('teacher');
	const found = ownClass(teacher.id, event.params.id);
	const form = await event.request.formData();
	const assignmentId = formId(form, 'assignmentId');
	const listed = assignments.listForClass(getDb(), teacher.id, found.id);
	const assignment = listed.find((item) => item.id === assignmentId);
	if (!assignment) {
		return fail(404, {
			action: 'assign',
			...formFailure({ form: 'That assignment is not in this class.' })
		});
	}
	if (form.get('confirm') !== 'yes') return { action: 'assign', confirm: String(assignment.id) };
	assignments.unassign(getDb(), teacher.id, assignment.id);
	return { action: 'assign', success: 'The article is no longer assigned to this class.' };
}

export const actions: Actions = { removeLearner, renewCode, assign, unassign };
