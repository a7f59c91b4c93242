import { describe, expect, it } from 'vitest';
import { changePasswordSchema, parseForm, signUpSchema } from './forms';

function formData(values: Record<string, string>): FormData {
	const form = new FormData();
	for (const [key, value] of Object.entries(values)) form.set(key, value);
	return form;
}

const GOOD = {
	username: 'Amina_K',
	email: '',
	displayName: 'Amina',
	password: 'long enough',
	role: 'learner'
};

describe('sign-up form', () => {
	it('accepts a good form and lower-cases the username', () => {
		const result = parseForm(signUpSchema, formData(GOOD));
		expect(result).toMatchObject({
			success: true,
			output: { username: 'amina_k', role: 'learner' }
		});
	});

	it.each([
		['username', { username: 'ab' }, 'at least 3'],
		['username', { username: 'أمينة' }, 'letters a–z'],
		['email', { email: 'not-an-email' }, 'e-mail'],
		['displayName', { displayName: '   ' }, 'Enter the name'],
		['password', { password: 'short' }, 'at least 8'],
		['role', { role: 'admin' }, 'learner or teacher']
	])('reports %s: %j', (field, change, message) => {
		const result = parseForm(signUpSchema, formData({ ...GOOD, ...change }));
		expect(result.success).toBe(false);
		if (result.success) return;
		expect(result.errors[field]).toContain(message);
	});

	it('never echoes passwords back', () => {
		const result = parseForm(signUpSchema, formData({ ...GOOD, username: 'x' }));
		expect(result.success).toBe(false);
		if (result.success) return;
		expect(result.values).not.toHaveProperty('password');
		expect(result.values.username).toBe('x');
	});
});

describe('password change form', () => {
	it('requires the two new passwords to match', () => {
		const result = parseForm(
			changePasswordSchema,
			formData({ currentPassword: 'old', newPassword: 'new password', confirmPassword: 'other' })
		);
		expect(result.success).toBe(false);
		if (result.success) return;
		expect(result.errors.confirmPassword).toBe('The two new passwords do not match.');
	});
});
