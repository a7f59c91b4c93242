import { fail, redirect } from '@sveltejs/kit';
import * as auth from '$lib/server/auth';
import * as classes from '$lib/server/classes';
import { getDb } from '$lib/server/db';
import {
	changePasswordSchema,
	deleteAccountSchema,
	displayNameSchema,
	formFailure,
	parseForm
} from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { verifyPassword } from '$lib/server/password';
import * as users from '$lib/server/users';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';

/** A date as people read it ("29 November 2026"); the server does not know their time zone. */
const dateText = (date: Date) =>
	date.toLocaleDateString('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});

export const load: PageServerLoad = () => {
	const user = requireUser();
	const record = users.findById(getDb(), user.id);
	return {
		classes:
			user.role === 'learner'
				? classes.membershipsForLearner(getDb(), user.id).map((item) => ({
						id: item.id,
						name: item.name,
						teacherName: item.teacherName,
						joined: item.joinedAt.toISOString().slice(0, 10),
						joinedText: dateText(item.joinedAt)
					}))
				: [],
		account: {
			username: user.username,
			email: user.email,
			displayName: user.displayName,
			role: user.role,
			memberSince: record?.createdAt.toISOString().slice(0, 10) ?? null,
			// The same date as people read it ("29 November 2026"); the server does not know their zone.
			memberSinceText: record ? dateText(record.createdAt) : null
		}
	};
};

async function changeDisplayName(event: Parameters<Actions[string]>[0]) {
	const user = requireUser();
	const parsed = parseForm(
		v.object({ displayName: displayNameSchema }),
		await event.request.formData()
	);
	if (!parsed.success) {
		return fail(400, { action: 'displayName', ...formFailure(parsed.errors, parsed.values) });
	}
	users.updateDisplayName(getDb(), user.id, parsed.output.displayName);
	return { action: 'displayName', success: 'Your display name is saved.' };
}

async function changePassword(event: Parameters<Actions[string]>[0]) {
	const user = requireUser();
	const parsed = parseForm(changePasswordSchema, await event.request.formData());
	if (!parsed.success) {
		return fail(400, { action: 'password', ...formFailure(parsed.errors, parsed.values) });
	}
	const db = getDb();
	const record = users.findById(db, user.id);
	if (!record || !(await verifyPassword(record.passwordHash, parsed.output.currentPassword))) {
		const errors = { currentPassword: 'That is not your current password.' };
		return fail(400, { action: 'password', ...formFailure(errors) });
	}
	await users.updatePassword(db, user.id, parsed.output.newPassword);
	// A new password ends every session (other devices included), then this device gets a fresh one.
	auth.invalidateUserSessions(db, user.id);
	const token = auth.generateSessionToken();
	const session = auth.createSession(db, token, user.id);
	auth.setSessionTokenCookie(
		event.cookies,
		token,
		session.expiresAt,
		event.url.protocol === 'https:'
	);
	return { action: 'password', success: 'Your password is changed. Other devices are signed out.' };
}

async function deleteAccount(event: Parameters<Actions[string]>[0]) {
	const user = requireUser();
	const parsed = parseForm(deleteAccountSchema, await event.request.formData());
	if (!parsed.success) {
		return fail(400, { action: 'delete', ...formFailure(parsed.errors, parsed.values) });
	}
	const db = getDb();
	const record = users.findById(db, user.id);
	if (!record || !(await verifyPassword(record.passwordHash, parsed.output.password))) {
		return fail(400, {
			action: 'delete',
			...formFailure({ password: 'That is not your password.' })
		});
	}
	users.deleteUser(db, user.id);
	auth.deleteSessionTokenCookie(event.cookies, event.url.protocol === 'https:');
	redirect(303, '/?deleted=1');
}

/**
 * Leaving a class takes two posts, like the teacher's Remove: the first (the row's "Leave class") only
 * asks the page to show a confirmation, the second carries `confirm=yes`. No JavaScript is needed, and
 * one stray click leaves nothing. The learner's answers are kept; the teacher's lists drop them.
 */
async function leaveClass(event: Parameters<Actions[string]>[0]) {
	const user = requireUser();
	const form = await event.request.formData();
	const classId = Number(form.get('classId'));
	const db = getDb();
	const membership = classes.membershipsForLearner(db, user.id).find((item) => item.id === classId);
	if (!membership) {
		return fail(404, {
			action: 'classes',
			...formFailure({ form: 'You are not in that class (any more).' })
		});
	}
	if (form.get('confirm') !== 'yes') return { action: 'classes', confirm: membership.id };
	classes.leaveClass(db, user.id, membership.id);
	return {
		action: 'classes',
		success: `You left “${membership.name}”. Your answers are kept; to come back, join again with the class code.`
	};
}

export const actions: Actions = {
	leaveClass,
	displayName: changeDisplayName,
	password: changePassword,
	delete: deleteAccount
};
