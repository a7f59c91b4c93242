import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import * as classes from '$lib/server/classes';
import { getDb } from '$lib/server/db';
import { formFailure, parseForm } from '$lib/server/forms';
import { requireRole } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

const classSchema = v.object({
	name: v.pipe(
		v.string('Give the class a name.'),
		v.trim(),
		v.nonEmpty('Give the class a name.'),
		v.maxLength(80, 'A class name may have at most 80 characters.')
	)
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
	const created = classes.createClass(getDb(), teacher.id, parsed.output.name);
	redirect(303, `/teach/classes/${created.id}`);
}

export const actions: Actions = { create: createClass };
