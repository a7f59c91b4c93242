import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as gradebook from '$lib/server/gradebook';
import { requireRole } from '$lib/server/guards';
import { NOT_FOUND, formatWhen, idFrom } from '../../../params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const teacher = requireRole('teacher');
	const book = gradebook.forClass(getDb(), teacher.id, idFrom(params.id));
	if (!book) error(404, NOT_FOUND);
	return {
		class: { id: book.class.id, name: book.class.name },
		learners: book.learners.map((learner) => ({
			id: learner.id,
			displayName: learner.displayName,
			username: learner.username
		})),
		assignments: book.assignments.map((report) => ({
			id: report.assignment.id,
			title: report.assignment.title,
			due: formatWhen(report.assignment.dueAt),
			done: report.done,
			averagePercent: report.averagePercent,
			items: report.items.map((item) => ({
				key: item.key,
				promptAr: item.promptAr,
				answer: item.answer,
				answered: item.answered,
				percentCorrect: item.percentCorrect,
				commonWrong: item.commonWrong
			})),
			lookups: report.lookups
		})),
		cells: book.cells.map((row) =>
			row.map((cell) => ({
				done: cell.done,
				percent: cell.percent,
				attempts: cell.attempts,
				late: cell.late,
				submitted: formatWhen(cell.firstSubmittedAt)
			}))
		)
	};
};
