/**
 * A possible entity found by one rule, before overlapping candidates are resolved. Token indices let the rules
 * reason about neighbours; offsets are into the original text.
 */
import type { Entity, EntityType } from '../types';

export interface Candidate {
	type: EntityType;
	/** Index of the first and last token (inclusive) of the span. */
	first: number;
	last: number;
	start: number;
	end: number;
	canonical: string;
	english: string;
	role: string;
	value?: string | number;
	/** For NUM: the English unit ("kilometre", "percent"). */
	unit?: string;
	/** Which rule found it (gazetteer, title, date …), for debugging and evaluation reports. */
	source: string;
	/** Confidence used to resolve overlaps: gazetteer 3, strong rule 2, weak rule 1; below 0 it is dropped. */
	strength: number;
}

/**
 * The entities of non-overlapping candidates: longer spans first, then stronger ones, then the earlier one.
 * @example resolveCandidates(text, [الأمم المتحدة (ORG, 2 tokens), المتحدة (LOC, 1 token)]) keeps the organisation
 */
export function resolveCandidates(text: string, candidates: Candidate[]): Entity[] {
	// A longer span outweighs a stronger one by half a point per extra token (محمد حسني مبارك over حسني مبارك).
	const score = (c: Candidate) => c.strength + 0.5 * (c.last - c.first);
	const ranked = [...candidates].sort(
		(a, b) => score(b) - score(a) || b.end - b.start - (a.end - a.start) || a.start - b.start
	);
	const taken: Candidate[] = [];
	// Characters already claimed by a kept candidate (a span list would make long articles quadratic).
	const claimed = new Uint8Array(text.length + 1);
	for (const candidate of ranked) {
		if (candidate.end <= candidate.start || candidate.strength < 0) continue;
		let free = true;
		for (let k = candidate.start; k < candidate.end && free; k++) if (claimed[k]) free = false;
		if (!free) continue;
		claimed.fill(1, candidate.start, candidate.end);
		taken.push(candidate);
	}
	taken.sort((a, b) => a.start - b.start);
	return taken.map((candidate) => {
		const entity: Entity = {
			type: candidate.type,
			start: candidate.start,
			end: candidate.end,
			text: text.slice(candidate.start, candidate.end),
			canonical: candidate.canonical,
			english: candidate.english,
			role: candidate.role
		};
		if (candidate.value !== undefined) entity.value = candidate.value;
		if (candidate.unit) entity.unit = candidate.unit;
		return entity;
	});
}
