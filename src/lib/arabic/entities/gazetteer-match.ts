/**
 * Longest-match lookup of gazetteer phrases over the token stream. The first word may carry proclitics
 * (و ف ب ل ك، لل), which stay outside the span; later words must match as they are.
 */
import type { Token } from '../types';
import type { Candidate } from './candidate';
import type { Gazetteer, GazetteerEntry, TrieNode } from './gazetteer';
import { matchKey, strippedForms, type StrippedForm } from './match-key';

/** Words for a kind of organisation that stand before its name (قناة، صحيفة، وكالة، حركة …), as match keys. */
const OUTER_HEAD_KEYS = new Set([
	'قناه',
	'صحيفه',
	'جريده',
	'مجله',
	'وكاله',
	'حركه',
	'شركه',
	'نادي',
	'فريق',
	'شبكه',
	'موقع',
	'تنظيم',
	'جماعه'
]);

/** Words after a head that make the head part of the name (وكالة الأنباء …، شركة النفط …). */
const KEEPS_HEAD = new Set(['الانباء', 'الطيران', 'النفط', 'البترول', 'الاتصالات', 'الكهرباء']);

/**
 * True for tokens that can be part of a name.
 * @example isWordToken({ text: 'بورتسودان', kind: 'word', start: 0, end: 6 }) === true
 */
export function isWordToken(token: Token | undefined): boolean {
	return token !== undefined && token.kind === 'word';
}

/**
 * The longest phrase starting at token `index`, or undefined.
 * @example matchAt(tokens of 'وللأمم المتحدة', keys, 0, gazetteer) // {entry: الأمم المتحدة, last: 1, offset: 1}
 */
export function matchAt(
	tokens: Token[],
	keys: string[],
	index: number,
	gazetteer: Gazetteer,
	forms: StrippedForm[] = strippedForms(tokens[index]?.text ?? '')
): { entry: GazetteerEntry; last: number; offset: number } | undefined {
	if (!isWordToken(tokens[index])) return undefined;
	let best: { entry: GazetteerEntry; last: number; offset: number } | undefined;
	for (const form of forms) {
		let node: TrieNode | undefined = gazetteer.root.get(form.key);
		let position = index;
		while (node) {
			if (node.entry && (!best || position > best.last)) {
				best = { entry: node.entry, last: position, offset: form.offset };
			}
			const next = position + 1;
			if (!isWordToken(tokens[next])) break;
			node = node.next.get(keys[next]);
			position = next;
		}
	}
	return best;
}

/**
 * Gazetteer candidates, scanning left to right and taking the longest phrase at each position.
 * @example findGazetteerCandidates(tokens of 'وصل وزير إلى الأمم المتحدة', …) gives one ORG for الأمم المتحدة
 */
export function findGazetteerCandidates(
	tokens: Token[],
	gazetteer: Gazetteer,
	accept: (entry: GazetteerEntry, index: number, last: number) => boolean = () => true,
	precomputed?: { keys: string[]; forms: StrippedForm[][] }
): Candidate[] {
	const keys =
		precomputed?.keys ?? tokens.map((token) => (token.kind === 'word' ? matchKey(token.text) : ''));
	const candidates: Candidate[] = [];
	for (let index = 0; index < tokens.length; index++) {
		let forms = precomputed?.forms[index] ?? strippedForms(tokens[index]?.text ?? '');
		// A word that is itself a given name carries no clitic (كلاوس is Klaus, not ك + لاوس "like Laos").
		const given = forms.length > 1 ? gazetteer.givenNames.get(forms[0].key) : undefined;
		if (given && !given.commonMeaning) forms = forms.slice(0, 1);
		const match = matchAt(tokens, keys, index, gazetteer, forms);
		if (!match) continue;
		const { entry, last, offset } = match;
		if (!accept(entry, index, last)) continue;
		// The word for the kind of organisation stays outside its name, as in the rules (حركة حماس → حماس,
		// وكالة فرانس برس → فرانس برس); the canonical name keeps it.
		// The head may carry و/ف and ب/ل (وبوكالة), but فريق keeps its ف.
		const head = keys[index];
		// Not before a common noun that needs it (وكالة الأنباء الكويتية is no «الأنباء الكويتية»).
		const trim =
			entry.type === 'ORG' &&
			last > index &&
			!KEEPS_HEAD.has(keys[index + 1]) &&
			[head, head.replace(/^(و|ف)/, ''), head.replace(/^(و|ف)?(ب|ل)/, '')].some((key) =>
				OUTER_HEAD_KEYS.has(key)
			);
		const first = trim ? index + 1 : index;
		candidates.push({
			type: entry.type,
			first,
			last,
			start: trim ? tokens[first].start : tokens[index].start + offset,
			end: tokens[last].end,
			canonical: entry.canonical,
			english: entry.english,
			role: entry.role,
			source: 'gazetteer',
			strength: 3
		});
		index = last;
	}
	return candidates;
}
