import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as gradebook from '$lib/server/gradebook';
import { requireRole } from '$lib/server/guards';
import { NOT_FOUND, idFrom } from '../../../params';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => {
	const teacher = requireRole('teacher');
	const book = gradebook.forClass(getDb(), teacher.id, idFrom(params.id));
	if (!book) error(404, NOT_FOUND);
	// A byte-order mark so spreadsheet programs read the Arabic titles as UTF-8.
	return new Response('\uFEFF' + gradebook.toCsv(book), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${gradebook.csvFileName(book)}"`,
			'cache-control': 'private, no-store'
		}
	});
};
