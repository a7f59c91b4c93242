import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/guards';
import * as imports from '$lib/server/imports';
import { readArticleForm } from '../article-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	requireRole('teacher');
	return {};
};

async function importArticle(event: Parameters<Actions[string]>[0]) {
	const teacher = requireRole('teacher');
	const result = await readArticleForm(event.request);
	if (!result.success) return fail(400, result.failure);
	const db = getDb();
	// A double click or a replayed post imports the same title and text again: show the first import.
	const article =
		imports.findOwnedDuplicate(db, teacher.id, result.output) ??
		imports.createArticle(db, teacher.id, result.output);
	redirect(303, `/teach/articles/${article.id}`);
}

export const actions: Actions = { default: importArticle };
