import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/guards';
import * as progress from '$lib/server/progress';
import type { RequestHandler } from './$types';

/** The signed-in learner's own quiz history as CSV (a UTF-8 byte-order mark so spreadsheets read Arabic). */
export const GET: RequestHandler = () => {
	const user = requireUser();
	return new Response('\uFEFF' + progress.exportCsv(getDb(), user.id), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="sahifa-quiz-history.csv"',
			'cache-control': 'private, no-store'
		}
	});
};
