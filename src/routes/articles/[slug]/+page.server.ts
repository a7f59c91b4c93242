import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import * as articles from '$lib/server/articles';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/guards';
import * as savedWords from '$lib/server/saved-words';
import { WORD_KEY } from '$lib/server/word-pages';
import { readableArticle } from './article.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, locals }) => {
	const { article, view } = readableArticle(params.slug, locals.user);
	return {
		article: {
			slug: article.slug,
			title: article.title,
			subtitle: article.subtitle,
			source: article.source,
			publishedAt: article.publishedAt,
			level: article.level,
			tags: article.tags,
			wordCount: article.wordCount,
			paragraphs: articles.splitParagraphs(article.body).map((paragraph) => paragraph.text)
		},
		// Every word's analysis, computed once per article version; null when the analyser is unavailable.
		// The teacher's glosses for this article come first (issue 8).
		reader: view,
		/** Lemmas the learner has saved, so the popover can say so. */
		saved: locals.user ? savedWords.listLemmas(getDb(), locals.user.id) : []
	};
};

const saveSchema = v.object({
	key: v.pipe(v.string(), v.regex(WORD_KEY, 'Choose a word of the article.'))
});

export const actions: Actions = {
	/** "Save word": keeps the word and makes it a review card; back to the article. */
	save: async ({ params, locals, request }) => {
		const user = requireUser();
		const { article, view } = readableArticle(params.slug, locals.user);
		const parsed = v.safeParse(saveSchema, Object.fromEntries(await request.formData()));
		if (!parsed.success || !view) {
			return fail(400, { errors: { form: 'That word could not be saved.' }, values: {} });
		}
		const saved = savedWords.save(getDb(), user.id, { id: article.id, view }, parsed.output.key);
		if (!saved) return fail(400, { errors: { form: 'That word could not be saved.' }, values: {} });
		redirect(303, `/articles/${article.slug}?saved=${encodeURIComponent(saved.lemma)}`);
	}
};
