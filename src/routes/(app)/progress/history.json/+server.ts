import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/guards';
import * as progress from '$lib/server/progress';
import type { RequestHandler } from './$types';

/** The signed-in learner's own quiz history, every answer included, as JSON. */
export const GET: RequestHandler = () => {
	const user = requireUser();
	return new Response(JSON.stringify(progress.exportJson(getDb(), user.id), null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': 'attachment; filename="sahifa-quiz-history.json"',
			'cache-control': 'private, no-store'
		}
	});
};
