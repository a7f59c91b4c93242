/**
 * A name found once names its other mentions: after الفريق أول عبد الفتاح البرهان, a later البرهان (or والبرهان) is the same person.
 */
import type { Candidate } from './candidate';
import { givenNameAt, isUnknownWord, isWord, type TextContext } from './context';
import { lookupKey } from './gazetteer';
import { beforeQuote, isSpeechVerb } from './person-names';
import { TITLES } from './titles';

/**
 * Candidates for later (and earlier) mentions of the family names of people already found.
 * @example propagateNames(context of 'التقى الفريق أول عبد الفتاح البرهان … وقال البرهان', [PER عبد الفتاح البرهان]) adds PER البرهان
 */
export function propagateNames(context: TextContext, found: Candidate[]): Candidate[] {
	const surnames = new Map<string, Candidate>();
	// Family names that are also words (حسن "good", صلاح "goodness", جوزيه "allows him") of people named with a
	// title, in full, or known to the gazetteer: their later mentions count only where a name stands.
	const wordSurnames = new Map<string, Candidate>();
	for (const candidate of found) {
		if (candidate.type !== 'PER' || candidate.last <= candidate.first) continue;
		const last = candidate.last;
		const key = context.keys[last];
		const given = givenNameAt(context, last, false);
		const unknown = isUnknownWord(context, last);
		// A surname the lexicon does not read as a common word, or one the gazetteer knows, or a nisba-shaped family
		// name of a person named with a title or known to the gazetteer (كريم العلوي، محمد شياع السوداني).
		const nisbaFamily = candidate.strength >= 2 && /^ال\S{2,}ي$/.test(key);
		const plain =
			!given?.commonMeaning &&
			(unknown || nisbaFamily || lookupKey(context.gazetteer, key)?.type === 'PER');
		// Two letters only for a word the lexicon does not know (عمر با … وانتخب با).
		if (plain && key.length >= (unknown ? 2 : 3)) surnames.set(key, candidate);
		else if (
			candidate.strength >= 2 &&
			key.length >= 3 &&
			key !== 'علي' &&
			!key.startsWith('ال') &&
			!TITLES.byFirstWord.has(key) &&
			context.forms[last][0].key === key &&
			!wordSurnames.has(key)
		)
			wordSurnames.set(key, candidate);
	}
	const taken = new Set<number>();
	// A weak rule's bare reading of one word as a person (وأشار ستيوارت) leaves room for the person it names.
	for (const candidate of found)
		if (!(candidate.type === 'PER' && candidate.strength < 2 && candidate.first === candidate.last))
			for (let k = candidate.first; k <= candidate.last; k++) taken.add(k);
	const out: Candidate[] = [];
	context.tokens.forEach((token, index) => {
		if (taken.has(index) || !isWord(context, index)) return;
		for (const form of context.forms[index]) {
			let source = surnames.get(form.key);
			// The family names that are also words are few: look the form up before testing the position.
			if (!source && form.offset <= 1 && wordSurnames.has(form.key)) {
				const conjunctionOnly = form.offset === 0 || /^[وف]$/.test(context.keys[index].slice(0, 1));
				if (conjunctionOnly && isNamePosition(context, index, taken))
					source = wordSurnames.get(form.key);
			}
			if (!source) continue;
			// A nisba right after a definite noun describes it (الجانب السوداني), and a two-letter mention must be a
			// word the lexicon does not know either.
			if (/^ال\S+ي$/.test(form.key) && describesPreviousNoun(context, index)) return;
			if (form.key.length < 3 && !isUnknownWord(context, index)) return;
			// The name repeated with the words before its family name (كولو توريه … كولو توريه) is named whole.
			let first = index;
			let offset = form.offset;
			for (let k = source.last - 1; k >= source.first; k--) {
				const before = first - 1;
				if (!isWord(context, before) || taken.has(before)) break;
				const reading = context.forms[before].find((f) => f.key === context.keys[k]);
				if (!reading || (reading.offset > 0 && k > source.first)) break;
				first = before;
				offset = reading.offset;
			}
			out.push({
				type: 'PER',
				first,
				last: index,
				start: context.tokens[first].start + (first === index ? form.offset : offset),
				end: token.end,
				canonical: source.canonical,
				english: source.english,
				role: source.role,
				source: 'propagated',
				// Above a weak rule's bare reading of the same word (وقال حسن أن …), which knows no English.
				strength: 1.5
			});
			return;
		}
	});
	return out;
}

/**
 * True where a later mention of a family name that is also a word stands as a name: the subject right after a verb
 * (وسجل صلاح هدفين، ويعتمد جوزيه على …) or the speaker before what was said (أكد حسن أن), and not the first word of
 * a construct or a phrase with a definite word after it (صلاح الدين، حسن النية).
 * @example isNamePosition(context of '… وسجل صلاح هدفين', 1, taken) === true
 */
function isNamePosition(context: TextContext, index: number, taken: Set<number>): boolean {
	const next = index + 1;
	if (isWord(context, next) && /^(ال|لل)/.test(context.keys[next])) return false;
	if (beforeQuote(context, index)) return true;
	const before = index - 1;
	return (
		isWord(context, before) &&
		!taken.has(before) &&
		(context.pos[before] === 'verb' || isSpeechVerb(context, before))
	);
}

/** True when the word follows a definite noun or adjective it may describe (الجانب السوداني، الوفد العراقي). */
function describesPreviousNoun(context: TextContext, index: number): boolean {
	const before = index - 1;
	if (!isWord(context, before)) return false;
	const pos = context.pos[before];
	return /^(و?ال|لل|بال)/.test(context.keys[before]) && (pos === 'noun' || pos === 'adjective');
}

/**
 * People whose name goes on with the family name of another person of the text (أحمد عبد الله + الصباح after
 * مشعل الأحمد الجابر الصباح): the longer reading, as a candidate of the same strength.
 * @example familyExtensions(context of '… الجابر الصباح … الشيخ أحمد عبد الله الصباح', found) adds أحمد عبد الله الصباح
 */
export function familyExtensions(context: TextContext, found: Candidate[]): Candidate[] {
	const families = new Set<string>();
	for (const candidate of found)
		if (
			candidate.type === 'PER' &&
			candidate.last > candidate.first &&
			candidate.strength >= 2 &&
			context.keys[candidate.last].startsWith('ال')
		)
			families.add(context.keys[candidate.last]);
	if (!families.size) return [];
	const out: Candidate[] = [];
	for (const candidate of found) {
		const next = candidate.last + 1;
		if (
			candidate.type !== 'PER' ||
			!isWord(context, next) ||
			!families.has(context.keys[next]) ||
			context.sentence[next] !== context.sentence[candidate.last]
		)
			continue;
		const end = context.tokens[next].end;
		out.push({
			...candidate,
			last: next,
			end,
			canonical: context.text.slice(candidate.start, end),
			source: `${candidate.source}+family`
		});
	}
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
