/**
 * Form input schemas (valibot, the one validation library) and the one error shape every action
 * returns on bad input: `fail(400, { errors, values })`, where `errors` maps a field name (or `form`
 * for the whole form) to a sentence a person can act on, and `values` echoes what was typed (never
 * passwords) so nothing is lost.
 */
import * as v from 'valibot';
import { ROLES } from './db/schema.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password.ts';

export type FormErrors = Record<string, string>;

const text = (field: string) => v.pipe(v.string(`${field} is required.`), v.trim());

/**
 * Characters that change how text around them is displayed without being seen themselves: the bidi
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), and zero-width space, word joiner
 * and byte-order mark. In a one-line name they only serve to spoof ("\u202Egnp.exe") or to make an
 * empty-looking value pass "required", so they are removed.
 */
const INVISIBLE_FORMATTING = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/g;
/** Control characters (C0, DEL, C1), line and paragraph separators: a one-line field has none. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g;

/**
 * A one-line name as people type it, made safe to show: NFC, invisible formatting removed, control
 * characters and runs of spaces turned into one space, trimmed.
 * @example plainLine(' \u202Eصف\u200B  أول ') === 'صف أول'
 */
export function plainLine(value: string): string {
	return value
		.normalize('NFC')
		.replace(INVISIBLE_FORMATTING, '')
		.replace(CONTROL_CHARACTERS, ' ')
		.replace(/\s+/gu, ' ')
		.trim();
}

/** A required one-line text field: cleaned with `plainLine`, not empty, at most `max` characters. */
export const lineSchema = (required: string, max: number, tooLong: string) =>
	v.pipe(
		v.string(required),
		v.transform(plainLine),
		v.nonEmpty(required),
		v.maxLength(max, tooLong)
	);

/**
 * Usernames and e-mails are compared in one form: NFKC (so full-width ａｍｉｎａ and a compatibility
 * ligature are the plain letters they look like), lower-case, trimmed.
 */
export function normalizeIdentifier(value: string): string {
	return value.normalize('NFKC').trim().toLowerCase();
}

/**
 * A path on this site to go to after signing in or changing a preference; anything else is `/`.
 * The value is resolved the way a browser would (which drops tabs and newlines and reads `\` as `/`,
 * so `/\t/evil.example` would otherwise become `//evil.example`), and only a same-origin result is kept.
 * @example redirectTarget('/articles/x?y=1') === '/articles/x?y=1'; redirectTarget('//evil.example') === '/'
 */
export function redirectTarget(value: string | null | undefined): string {
	if (!value || !value.startsWith('/') || value.length > 2000) return '/';
	const base = 'http://sahifa.invalid';
	let url: URL;
	try {
		url = new URL(value, base);
	} catch {
		return '/';
	}
	if (url.origin !== base) return '/';
	const path = url.pathname + url.search + url.hash;
	return path.startsWith('//') ? '/' : path;
}

export const usernameSchema = v.pipe(
	text('Username'),
	v.transform(normalizeIdentifier),
	v.minLength(3, 'Username must be at least 3 characters.'),
	v.maxLength(32, 'Username must be at most 32 characters.'),
	v.regex(
		/^[a-z0-9][a-z0-9._-]*$/,
		'Username may use letters a–z, digits, dots, hyphens and underscores, and must start with a letter or digit.'
	)
);

export const emailSchema = v.pipe(
	text('E-mail'),
	v.transform(normalizeIdentifier),
	v.maxLength(254, 'That e-mail address is too long.'),
	v.email('Enter an e-mail address like name@example.com, or leave it empty.')
);

export const displayNameSchema = lineSchema(
	'Enter the name others will see.',
	60,
	'Display name must be at most 60 characters.'
);

/** A password being checked (sign-in, confirmation): no longer than any password can be. */
const passwordToCheck = (required: string) =>
	v.pipe(
		v.string(required),
		v.nonEmpty(required),
		v.maxLength(
			MAX_PASSWORD_LENGTH,
			`That is longer than any password here (at most ${MAX_PASSWORD_LENGTH} characters).`
		)
	);

export const newPasswordSchema = v.pipe(
	v.string('Enter a password.'),
	v.minLength(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters.`),
	v.maxLength(MAX_PASSWORD_LENGTH, `Password must be at most ${MAX_PASSWORD_LENGTH} characters.`)
);

export const roleSchema = v.picklist(ROLES, 'Choose learner or teacher.');

export const signUpSchema = v.object({
	username: usernameSchema,
	email: v.optional(
		v.pipe(
			v.string(),
			v.trim(),
			v.union([v.literal(''), emailSchema], 'Enter a valid e-mail address or leave it empty.')
		)
	),
	displayName: displayNameSchema,
	password: newPasswordSchema,
	role: roleSchema
});

export const signInSchema = v.object({
	identifier: v.pipe(
		text('Username'),
		v.nonEmpty('Enter your username or e-mail.'),
		v.maxLength(254, 'That is longer than any username or e-mail here.')
	),
	password: passwordToCheck('Enter your password.')
});

export const changePasswordSchema = v.pipe(
	v.object({
		currentPassword: passwordToCheck('Enter your current password.'),
		newPassword: newPasswordSchema,
		confirmPassword: v.string()
	}),
	v.forward(
		v.partialCheck(
			[['newPassword'], ['confirmPassword']],
			(input) => input.newPassword === input.confirmPassword,
			'The two new passwords do not match.'
		),
		['confirmPassword']
	)
);

export const deleteAccountSchema = v.object({
	password: passwordToCheck('Enter your password to confirm.'),
	confirm: v.literal('yes', 'Tick the box to confirm that you want to delete everything.')
});

/** The body of `fail(...)` for bad input: one message per field, and the values to show again. */
export interface FormFailure {
	errors: FormErrors;
	values: Record<string, string>;
}

/** Builds a `FormFailure` (typed, so pages can read any field's error). */
export function formFailure(errors: FormErrors, values: Record<string, string> = {}): FormFailure {
	return { errors, values: publicValues(values) };
}

/** Form fields whose values are never echoed back to the page. */
const SECRET_FIELDS = /password/i;

export type ParseResult<T> =
	| { success: true; output: T }
	| { success: false; errors: FormErrors; values: Record<string, string> };

/**
 * Parses a submitted form against a schema. Every field gets at most one message (the first).
 */
export function parseForm<TSchema extends v.GenericSchema>(
	schema: TSchema,
	form: FormData
): ParseResult<v.InferOutput<TSchema>> {
	const raw: Record<string, string> = {};
	for (const [key, value] of form) if (typeof value === 'string') raw[key] = value;
	const result = v.safeParse(schema, raw);
	if (result.success) return { success: true, output: result.output };
	const errors: FormErrors = {};
	for (const issue of result.issues) {
		const key = v.getDotPath(issue) ?? 'form';
		errors[key] ??= issue.message;
	}
	return { success: false, errors, values: publicValues(raw) };
}

/** What may be echoed back into a form after an error: everything except passwords. */
export function publicValues(raw: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(raw).filter(([key]) => !SECRET_FIELDS.test(key)));
}
