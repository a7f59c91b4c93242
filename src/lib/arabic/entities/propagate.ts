/**
 * A name found once names its other mentions: after المشير خليفة حفتر, a later حفتر (or وحفتر) is the same person.
 */
import type { Candidate } from './candidate';
import { givenNameAt, isUnknownWord, isWord, type TextContext } from './context';
import { lookupPhrase } from './gazetteer';

/**
 * Candidates for later (and earlier) mentions of the family names of people already found.
 * @example propagateNames(context of 'التقى المشير خليفة حفتر … وقال حفتر', [PER خليفة حفتر]) adds PER حفتر
 */
export function propagateNames(context: TextContext, found: Candidate[]): Candidate[] {
	const surnames = new Map<string, Candidate>();
	for (const candidate of found) {
		if (candidate.type !== 'PER' || candidate.last <= candidate.first) continue;
		const last = candidate.last;
		const key = context.keys[last];
		const given = givenNameAt(context, last, false);
		if (given?.commonMeaning) continue;
		// Only a surname the lexicon does not read as a common word, or one the gazetteer knows.
		if (!isUnknownWord(context, last) && lookupPhrase(context.gazetteer, key)?.type !== 'PER') continue;
		if (key.length < 3) continue;
		surnames.set(key, candidate);
	}
	const taken = new Set<number>();
	for (const candidate of found) for (let k = candidate.first; k <= candidate.last; k++) taken.add(k);
	const out: Candidate[] = [];
	context.tokens.forEach((token, index) => {
		if (taken.has(index) || !isWord(context, index)) return;
		for (const form of context.forms[index]) {
			const source = surnames.get(form.key);
			if (!source) continue;
			out.push({
				type: 'PER',
				first: index,
				last: index,
				start: token.start + form.offset,
				end: token.end,
				canonical: source.canonical,
				english: source.english,
				role: source.role,
				source: 'propagated',
				strength: 1
			});
			return;
		}
	});
	return out;
}
