/**
 * A name found once names its other mentions: after الفريق أول عبد الفتاح البرهان, a later البرهان (or والبرهان) is the same person.
 */
import type { Candidate } from './candidate';
import { givenNameAt, isUnknownWord, isWord, type TextContext } from './context';
import { lookupKey } from './gazetteer';

/**
 * Candidates for later (and earlier) mentions of the family names of people already found.
 * @example propagateNames(context of 'التقى الفريق أول عبد الفتاح البرهان … وقال البرهان', [PER عبد الفتاح البرهان]) adds PER البرهان
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
		if (!isUnknownWord(context, last) && lookupKey(context.gazetteer, key)?.type !== 'PER')
			continue;
		if (key.length < 3) continue;
		surnames.set(key, candidate);
	}
	const taken = new Set<number>();
	for (const candidate of found)
		for (let k = candidate.first; k <= candidate.last; k++) taken.add(k);
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

const LIST_SEPARATORS = new Set(['،', ',', '؛']);

/**
 * People named in a list after a person already found: "X، وY Z، وW" or "X وY Z" (the و stays outside the span).
 * @example continueLists(context of 'الفنان يوسف زيدون، وسمير عبده', [PER يوسف زيدون]) adds PER سمير عبده
 */
export function continueLists(
	context: TextContext,
	found: Candidate[],
	chainEnd: (index: number) => number
): Candidate[] {
	const out: Candidate[] = [];
	const starts = new Set(found.map((candidate) => candidate.first));
	const people = found
		.filter((candidate) => candidate.type === 'PER')
		.sort((a, b) => a.first - b.first);
	const queue = [...people];
	while (queue.length) {
		const person = queue.shift() as Candidate;
		let next = person.last + 1;
		if (LIST_SEPARATORS.has(context.tokens[next]?.text ?? '')) next++;
		const token = context.tokens[next];
		if (!token || !isWord(context, next) || starts.has(next)) continue;
		if (context.sentence[next] !== context.sentence[person.last]) continue;
		const key = context.keys[next];
		// The next item starts with و (وسمير), or follows a comma.
		const conjunction = key.startsWith('و') && key.length > 3;
		if (!conjunction && next === person.last + 1) continue;
		const last = chainEnd(next);
		if (last < 0 || last - next > 3) continue;
		const offset = conjunction
			? (context.forms[next].find((form) => form.offset > 0)?.offset ?? 0)
			: 0;
		if (conjunction && offset === 0) continue;
		const candidate: Candidate = {
			type: 'PER',
			first: next,
			last,
			start: token.start + offset,
			end: context.tokens[last].end,
			canonical: context.text.slice(token.start + offset, context.tokens[last].end),
			english: '',
			role: '',
			source: 'list',
			strength: 1
		};
		out.push(candidate);
		starts.add(next);
		queue.push(candidate);
	}
	return out;
}
