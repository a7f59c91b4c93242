import { error } from '@sveltejs/kit';

/**
 * The one answer for a class, article or question that does not exist or belongs to another teacher:
 * the same words either way, so probing ids reveals nothing.
 */
export const NOT_FOUND =
	'There is no such class or article among yours. Check the link, or start again from Teaching.';

/**
 * A numeric id from the URL or a form. Anything else is a 404, the same answer as an id that belongs
 * to someone else, so probing ids reveals nothing.
 */
export function idFrom(value: string | null | undefined): number {
	if (!value || !/^\d{1,15}$/.test(value)) error(404, NOT_FOUND);
	return Number(value);
}

/** A numeric id posted in a form, or null when it is missing or not a number. */
export function formId(form: FormData, name: string): number | null {
	const value = form.get(name);
	return typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : null;
}

/** Formats a date for the page: `29 Nov 2026, 14:05 UTC` (the server has no time zone of the reader). */
export function formatWhen(date: Date | null): string | null {
	if (!date) return null;
	return (
		date.toLocaleString('en-GB', {
			day: 'numeric',
			month: 'short',
			year: 'numeric',
			hour: '2-digit',
			minute: '2-digit',
			timeZone: 'UTC'
		}) + ' UTC'
	);
}
