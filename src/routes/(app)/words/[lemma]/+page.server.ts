import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as wordPages from '$lib/server/word-pages';
import type { PageServerLoad } from './$types';

/** Public: a lemma's forms met in articles the visitor may read, each with example sentences. */
export const load: PageServerLoad = ({ params, locals }) => {
	const page = wordPages.findLemma(getDb(), locals.user, params.lemma);
	if (!page) error(404, 'Sahifa has not met this word in an article and its dictionary lacks it.');
	return { page, rootSlug: wordPages.rootSlug(page.root) };
};
