import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import * as classes from '$lib/server/classes';
import { getDb } from '$lib/server/db';
import { formFailure, lineSchema, parseForm } from '$lib/server/forms';
import { requireRole } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

const classSchema = v.object({
	name: lineSchema('Give the class a name.', 80, 'A class name may have at most 80 characters.')
});

export const load: PageServerLoad = () => {
	const teacher = requireRole('teacher');
	return {
		classes: classes.listForTeacher(getDb(), teacher.id).map((item) => ({
			id: item.id,
			name: item.name,
			joinCode: item.joinCode,
			memberCount: item.memberCount
		}))
	};
};

async function createClass(event: Parameters<Actions[string]>[0]) {
	const teacher = requireRole('teacher');
	const parsed = parseForm(classSchema, await event.request.formData());
	if (!parsed.success) return fail(400, formFailure(parsed.errors, parsed.values));
	const db = getDb();
	// Two classes of one name cannot be told apart, and a double click or replayed post would make one.
	const name = parsed.output.name;
	if (classes.listForTeacher(db, teacher.id).some((item) => item.name === name)) {
		const message = `You already have a class called “${name}”. Give this one another name.`;
		return fail(400, formFailure({ name: message }, { name }));
	}
	const created = classes.createClass(db, teacher.id, name);
	redirect(303, `/teach/classes/${created.id}`);
}

export const actions: Actions = { create: createClass };
