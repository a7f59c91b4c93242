/**
 * Password hashing with argon2id (the OWASP-recommended parameters: 19 MiB, 2 passes, 1 lane).
 * Hashes are PHC strings, so the parameters travel with each hash and can be raised later.
 */
import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 256;

/** `Algorithm.Argon2id` of @node-rs/argon2 (a const enum, which isolated modules cannot import). */
const ARGON2ID = 2;

const OPTIONS = {
	algorithm: ARGON2ID,
	memoryCost: 19456,
	timeCost: 2,
	parallelism: 1,
	outputLen: 32
};

/** Hashes a password for storage. */
export async function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

/** True when `password` matches the stored `passwordHash`. Never throws on a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

/**
 * A hash of a password nobody has, verified when the account does not exist, so that an unknown
 * username costs as much time as a wrong password and the two cannot be told apart by timing.
 */
let decoyHash: Promise<string> | undefined;
export async function verifyDecoyPassword(password: string): Promise<false> {
	decoyHash ??= hashPassword('sahifa-decoy-password-never-valid');
	await verifyPassword(await decoyHash, password);
	return false;
}
