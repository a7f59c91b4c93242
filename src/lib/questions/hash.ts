/**
 * A small, stable string hash (32-bit FNV-1a over UTF-16 code units) for question ids: the same article text and the
 * same question always give the same id, on the server, in the browser and in the CLI.
 */

/**
 * FNV-1a hash of a string, as 8 hex digits.
 * @example hashString('صحيفة') // the same 8 hex digits on every run
 */
export function hashString(s: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}

/**
 * A seeded random number generator (mulberry32) returning values in [0, 1), for tests and the CLI.
 * @example const random = seededRandom(42); random() // the same sequence on every run
 */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
