import { error, fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { formFailure, parseForm } from '$lib/server/forms';
import { requireRole } from '$lib/server/guards';
import * as review from '$lib/server/question-review';
import { NOT_FOUND, formId, idFrom } from '../../../params';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const teacher = requireRole('teacher');
	const found = review.listForReview(getDb(), teacher.id, idFrom(params.id));
	if (!found) error(404, NOT_FOUND);
	return {
		article: { id: found.article.id, title: found.article.title },
		reviewed: found.reviewed,
		questions: found.questions
	};
};

type Event = Parameters<Actions[string]>[0];

/** The acting teacher, the article id from the URL and the posted form; 404 for another's article. */
async function start(event: Event) {
	const teacher = requireRole('teacher');
	const articleId = idFrom(event.params.id);
	const form = await event.request.formData();
	return { teacher, articleId, form, questionId: formId(form, 'questionId') };
}

const notFound = () => fail(404, formFailure({ form: 'That question is not in this article.' }));

function statusAction(status: 'approved' | 'generated') {
	return async (event: Event) => {
		const { teacher, articleId, questionId } = await start(event);
		if (
			questionId === null ||
			!review.setStatus(getDb(), teacher.id, articleId, questionId, status)
		) {
			return notFound();
		}
		// Restoring moves the question back into the list; its card shows the notice either way.
		return {
			questionId,
			success: status === 'approved' ? 'Question approved.' : 'Question restored.'
		};
	};
}

async function approveAll(event: Event) {
	const { teacher, articleId } = await start(event);
	const db = getDb();
	if (!review.listForReview(db, teacher.id, articleId)) error(404, NOT_FOUND);
	const count = review.approveAll(db, teacher.id, articleId);
	return { success: `${count} ${count === 1 ? 'question' : 'questions'} approved.` };
}

async function remove(event: Event) {
	const { teacher, articleId, questionId } = await start(event);
	if (questionId === null || !review.deleteQuestion(getDb(), teacher.id, articleId, questionId)) {
		return notFound();
	}
	return { success: 'Question deleted.' };
}

async function edit(event: Event) {
	const { teacher, articleId, questionId, form } = await start(event);
	if (questionId === null) return notFound();
	const parsed = parseForm(review.questionFormSchema, form);
	if (!parsed.success) {
		return fail(400, { questionId, ...formFailure(parsed.errors, parsed.values) });
	}
	if (!review.editQuestion(getDb(), teacher.id, articleId, questionId, parsed.output)) {
		return notFound();
	}
	return { questionId, success: 'Question saved. It is kept when the text changes.' };
}

async function add(event: Event) {
	const { teacher, articleId, form } = await start(event);
	const parsed = parseForm(review.questionFormSchema, form);
	if (!parsed.success) {
		return fail(400, { questionId: 'new', ...formFailure(parsed.errors, parsed.values) });
	}
	if (!review.addQuestion(getDb(), teacher.id, articleId, parsed.output)) error(404, NOT_FOUND);
	return { questionId: 'new' as const, success: 'Your question is added (approved) at the end.' };
}

async function move(event: Event) {
	const { teacher, articleId, questionId, form } = await start(event);
	const direction = form.get('direction') === 'up' ? 'up' : 'down';
	if (questionId === null) return notFound();
	const fromPosition = formId(form, 'position') ?? undefined;
	const moved = review.moveQuestion(
		getDb(),
		teacher.id,
		articleId,
		questionId,
		direction,
		fromPosition
	);
	if (moved === 'not-found') return notFound();
	if (moved === 'edge') return { questionId, success: null };
	if (moved === 'stale') {
		return { questionId, success: 'The order had already changed; this is it now.' };
	}
	return { questionId, success: `Question moved ${direction}.` };
}

export const actions: Actions = {
	approve: statusAction('approved'),
	restore: statusAction('generated'),
	approveAll,
	delete: remove,
	edit,
	add,
	move
};
