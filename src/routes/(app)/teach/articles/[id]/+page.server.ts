import { error, fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import * as assignments from '$lib/server/assignments';
import * as classes from '$lib/server/classes';
import { getDb } from '$lib/server/db';
import { formFailure, parseForm } from '$lib/server/forms';
import { requireRole } from '$lib/server/guards';
import * as imports from '$lib/server/imports';
import { getReaderView } from '$lib/server/reader';
import { NOT_FOUND, formatWhen, idFrom } from '../../params';
import type { Actions, PageServerLoad } from './$types';

const glossSchema = v.object({
	word: v.pipe(
		v.string('Write the Arabic word.'),
		v.trim(),
		v.nonEmpty('Write the Arabic word.'),
		v.maxLength(40, 'A word has at most 40 characters.'),
		v.regex(/^\S+$/, 'One word at a time: a gloss applies to a single word of the text.'),
		v.check(imports.hasArabic, 'The word must be written in Arabic letters.')
	),
	gloss: v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.maxLength(200, 'A gloss may have at most 200 characters.')
	)
});

export const load: PageServerLoad = ({ params, url }) => {
	const teacher = requireRole('teacher');
	const db = getDb();
	const article = imports.findOwned(db, teacher.id, idFrom(params.id));
	if (!article) error(404, NOT_FOUND);
	const glosses = imports.listGlosses(db, article.id);
	const view = getReaderView(article);
	const preview = view ? imports.withArticleGlosses(view, glosses) : null;
	const byKey = new Map(glosses.map((item) => [item.key, item.gloss]));
	return {
		article: {
			id: article.id,
			slug: article.slug,
			title: article.title,
			source: article.source,
			level: article.level,
			tags: article.tags,
			wordCount: article.wordCount
		},
		saved: url.searchParams.has('saved'),
		// Words the lexicon did not know, before the teacher's glosses (so a glossed word stays listed).
		unknown: view
			? imports
					.unknownWords(view)
					.map((word) => ({ word, gloss: byKey.get(imports.glossKey(word)) ?? '' }))
			: [],
		preview: preview
			? {
					title: preview.title,
					paragraphs: preview.paragraphs,
					words: preview.words.map((word) => ({
						text: word.text,
						// As in the list of unknown words: a name Sahifa recognised as a name is not marked.
						guess: word.guess && !word.entity,
						gloss: word.glosses[0] ?? '',
						glossed: imports.articleGlossFor(word, byKey) !== undefined
					}))
				}
			: null,
		glosses: glosses.map((item) => ({ key: item.key, word: item.word, gloss: item.gloss })),
		// Each class, and this article's assignment in it if any (so the page says where it is assigned).
		classes: classes.listForTeacher(db, teacher.id).map((item) => {
			const assigned = assignments
				.listForClass(db, teacher.id, item.id)
				.find((assignment) => assignment.articleId === article.id);
			return {
				id: item.id,
				name: item.name,
				assigned: assigned !== undefined,
				due: assigned ? formatWhen(assigned.dueAt) : null
			};
		})
	};
};

async function saveGloss(event: Parameters<Actions[string]>[0]) {
	const teacher = requireRole('teacher');
	const db = getDb();
	const article = imports.findOwned(db, teacher.id, idFrom(event.params.id));
	if (!article) error(404, NOT_FOUND);
	const parsed = parseForm(glossSchema, await event.request.formData());
	if (!parsed.success)
		return fail(400, { action: 'gloss', ...formFailure(parsed.errors, parsed.values) });
	imports.setGloss(db, teacher.id, article.id, parsed.output.word, parsed.output.gloss);
	return {
		action: 'gloss',
		success: parsed.output.gloss
			? `Saved: “${parsed.output.word}” means “${parsed.output.gloss}” in this article.`
			: `Removed the gloss for “${parsed.output.word}”.`
	};
}

async function deleteArticle(event: Parameters<Actions[string]>[0]) {
	const teacher = requireRole('teacher');
	const id = idFrom(event.params.id);
	if (!imports.findOwned(getDb(), teacher.id, id)) error(404, NOT_FOUND);
	if ((await event.request.formData()).get('confirm') !== 'yes') {
		return fail(400, {
			action: 'delete',
			...formFailure({ confirm: 'Tick the box to confirm that the article and its results go.' })
		});
	}
	imports.deleteArticle(getDb(), teacher.id, id);
	redirect(303, '/teach');
}

export const actions: Actions = { gloss: saveGloss, delete: deleteArticle };
