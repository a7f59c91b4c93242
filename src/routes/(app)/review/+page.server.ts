import { error, fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/guards';
import * as reviewCards from '$lib/server/review-cards';
import { RATINGS, waitLabel } from '$lib/srs/schedule';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const user = requireUser();
	const db = getDb();
	const now = new Date();
	const due = reviewCards.listDue(db, user.id, now);
	const card = due[0];
	const preview = card ? reviewCards.preview(card, now) : null;
	return {
		counts: reviewCards.countCards(db, user.id, now),
		card: card && {
			id: card.id,
			word: card.word,
			lemma: card.lemma,
			root: card.root,
			gloss: card.gloss,
			example: card.example,
			isNew: card.state === 0,
			origin: card.origin
		},
		ratings: RATINGS.map((rating) => ({
			rating,
			wait: preview ? waitLabel(now, preview[rating]) : ''
		}))
	};
};

const rateSchema = v.object({
	card: v.pipe(v.string(), v.regex(/^\d{1,12}$/), v.toNumber()),
	rating: v.picklist(RATINGS, 'Choose Again, Hard, Good or Easy.')
});

export const actions: Actions = {
	/** Records the learner's rating of one of their own cards; someone else's card is a 404. */
	rate: async ({ request }) => {
		const user = requireUser();
		const parsed = v.safeParse(rateSchema, Object.fromEntries(await request.formData()));
		if (!parsed.success) {
			return fail(400, { errors: { form: 'Choose Again, Hard, Good or Easy.' }, values: {} });
		}
		const rated = reviewCards.rate(getDb(), user.id, parsed.output.card, parsed.output.rating);
		if (!rated) error(404, 'There is no such card among yours.');
		redirect(303, '/review');
	}
};
