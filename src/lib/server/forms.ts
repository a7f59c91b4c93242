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

export const usernameSchema = v.pipe(
	text('Username'),
	v.toLowerCase(),
	v.minLength(3, 'Username must be at least 3 characters.'),
	v.maxLength(32, 'Username must be at most 32 characters.'),
	v.regex(
		/^[a-z0-9][a-z0-9._-]*$/,
		'Username may use letters a–z, digits, dots, hyphens and underscores, and must start with a letter or digit.'
	)
);

export const emailSchema = v.pipe(
	text('E-mail'),
	v.toLowerCase(),
	v.maxLength(254, 'That e-mail address is too long.'),
	v.email('Enter an e-mail address like name@example.com, or leave it empty.')
);

export const displayNameSchema = v.pipe(
	text('Display name'),
	v.nonEmpty('Enter the name others will see.'),
	v.maxLength(60, 'Display name must be at most 60 characters.')
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
		v.union([v.literal(''), emailSchema], 'Enter a valid e-mail address or leave it empty.')
	),
	displayName: displayNameSchema,
	password: newPasswordSchema,
	role: roleSchema
});

export const signInSchema = v.object({
	identifier: v.pipe(text('Username'), v.nonEmpty('Enter your username or e-mail.')),
	password: v.pipe(v.string('Enter your password.'), v.nonEmpty('Enter your password.'))
});

export const changePasswordSchema = v.pipe(
	v.object({
		currentPassword: v.pipe(v.string(), v.nonEmpty('Enter your current password.')),
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
	password: v.pipe(v.string(), v.nonEmpty('Enter your password to confirm.')),
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
