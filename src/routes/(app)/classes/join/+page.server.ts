import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import * as classes from '$lib/server/classes';
import { getDb } from '$lib/server/db';
import { formFailure, parseForm } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

const joinSchema = v.object({
	code: v.pipe(
		v.string('Enter the code your teacher gave you.'),
		v.transform(classes.normalizeJoinCode),
		v.nonEmpty('Enter the code your teacher gave you.'),
		v.maxLength(20, 'That is not a class code: codes have 8 letters and digits.')
	)
});

export const load: PageServerLoad = ({ url }) => {
	const user = requireUser();
	const code = url.searchParams.get('code') ?? '';
	// A join link names its class, so the learner sees what they are joining before they press Join.
	const linked =
		code && user.role === 'learner' ? classes.findByJoinCode(getDb(), code) : undefined;
	return {
		code,
		linkedClass: linked ? linked.name : null,
		isTeacher: user.role === 'teacher',
		classes: classes.listForLearner(getDb(), user.id)
	};
};

async function join(event: Parameters<Actions[string]>[0]) {
	const user = requireUser();
	const parsed = parseForm(joinSchema, await event.request.formData());
	if (!parsed.success) return fail(400, formFailure(parsed.errors, parsed.values));
	if (user.role !== 'learner') {
		return fail(
			403,
			formFailure(
				{ code: 'Classes are joined with a learner account.' },
				{ code: parsed.output.code }
			)
		);
	}
	const outcome = classes.joinByCode(getDb(), user.id, parsed.output.code);
	if (outcome.status === 'unknown-code' || outcome.status === 'own-class') {
		return fail(
			400,
			formFailure(
				{
					code: 'No class has that code. Check it with your teacher (it has 8 letters and digits).'
				},
				{ code: parsed.output.code }
			)
		);
	}
	return {
		success:
			outcome.status === 'joined'
				? `You joined “${outcome.class.name}”.`
				: `You are already in “${outcome.class.name}”.`
	};
}

export const actions: Actions = { default: join };
