import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/guards';
import * as imports from '$lib/server/imports';
import { readArticleForm } from '../../../article-form';
import { NOT_FOUND, idFrom } from '../../../params';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const teacher = requireRole('teacher');
	const article = imports.findOwned(getDb(), teacher.id, idFrom(params.id));
	if (!article) error(404, NOT_FOUND);
	return {
		article: {
			id: article.id,
			title: article.title,
			source: article.source,
			level: article.level,
			tags: article.tags.join(', '),
			body: article.body
		}
	};
};

async function save(event: Parameters<Actions[string]>[0]) {
	const teacher = requireRole('teacher');
	const db = getDb();
	const article = imports.findOwned(db, teacher.id, idFrom(event.params.id));
	if (!article) error(404, NOT_FOUND);
	const result = await readArticleForm(event.request);
	if (!result.success) return fail(400, result.failure);
	imports.updateArticle(db, teacher.id, article.id, result.output);
	redirect(303, `/teach/articles/${article.id}?saved=1`);
}

export const actions: Actions = { default: save };
