import { getDb } from '$lib/server/db';
import * as classes from '$lib/server/classes';
import * as imports from '$lib/server/imports';
import { requireRole } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const teacher = requireRole('teacher');
	const db = getDb();
	return {
		classes: classes.listForTeacher(db, teacher.id).map((item) => ({
			id: item.id,
			name: item.name,
			memberCount: item.memberCount
		})),
		articles: imports.listOwned(db, teacher.id).map((article) => ({
			id: article.id,
			title: article.title,
			level: article.level,
			wordCount: article.wordCount
		}))
	};
};
