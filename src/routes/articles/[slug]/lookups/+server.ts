import { error } from '@sveltejs/kit';
import * as v from 'valibot';
import { getDb } from '$lib/server/db';
import * as lookups from '$lib/server/lookups';
import { WORD_KEY } from '$lib/server/word-pages';
import { readableArticle } from '../article.server';
import type { RequestHandler } from './$types';

const batchSchema = v.object({
	keys: v.pipe(
		v.array(v.pipe(v.string(), v.regex(WORD_KEY))),
		v.minLength(1),
		v.maxLength(lookups.MAX_BATCH)
	)
});

/** Largest body accepted: MAX_BATCH keys of at most ~20 characters, with room to spare. */
const MAX_BODY_BYTES = 4096;

/**
 * Records a batch of the signed-in learner's look-ups in this article (sent by the reader with
 * sendBeacon or fetch). Anonymous readers are not recorded: 401. Answers 204 (nothing to read back).
 */
export const POST: RequestHandler = async ({ params, locals, request }) => {
	if (!locals.user) error(401, 'Sign in to keep a record of the words you look up.');
	const { article, view } = readableArticle(params.slug, locals.user);
	const text = await request.text();
	if (text.length > MAX_BODY_BYTES) error(413, 'Too many look-ups in one request.');
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		error(400, 'Look-ups are sent as JSON: {"keys": ["p-0:3", …]}.');
	}
	const parsed = v.safeParse(batchSchema, body);
	if (!parsed.success) error(400, `At most ${lookups.MAX_BATCH} word keys such as "p-0:3".`);
	if (!view) return new Response(null, { status: 204 });
	const result = lookups.record(
		getDb(),
		locals.user.id,
		{ id: article.id, view },
		parsed.output.keys
	);
	if (result.limited > 0) error(429, 'Too many look-ups; try again later.');
	return new Response(null, { status: 204 });
};
