import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as wordPages from '$lib/server/word-pages';
import type { PageServerLoad } from './$types';

/** Public: a root's family from the lexicon, with where each word occurs in articles the visitor may read. */
export const load: PageServerLoad = ({ params, locals }) => {
	const page = wordPages.findRoot(getDb(), locals.user, params.root);
	if (!page) error(404, 'Sahifa’s dictionary has no words of this root.');
	return { page };
};
