/**
 * Sahifa's entity recogniser: people, places, organisations, dates and numbers in Arabic news text.
 * The gazetteer (content/gazetteer/) is compiled once and passed in; everything here is pure.
 *
 * Pipeline: gazetteer lookup (longest match, clitics stripped) → rules for names the gazetteer lacks (titles, name
 * chains, organisation heads, place nouns, datelines) → propagation of names to their other mentions → dates and
 * numbers → overlaps resolved (longer and better-founded spans win).
 */
import type { AnalyzedToken, Entity } from '../types';
import { resolveCandidates, type Candidate } from './candidate';
import { buildContext, givenNameAt, isUnknownWord } from './context';
import { findDateCandidates } from './dates';
import { findNumberCandidates } from './numbers';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { findGazetteerCandidates } from './gazetteer-match';
import { findOrganisationCandidates } from './organisations';
import { findPersonCandidates } from './person-names';
import { findPlaceCandidates, hasPlaceContext } from './places';
import { continueLists, familyExtensions, propagateNames } from './propagate';
import { hasArticle, looksLikeName, nameChainEnd } from './person-names';
import { matchKey } from './match-key';
import { TITLES } from './titles';
import { isSportsSentence, retypeClubs } from './sports';

export { compileGazetteer, lookupPhrase, GazetteerError } from './gazetteer';
import { lookupKey } from './gazetteer';
export type { Gazetteer, GazetteerEntry, NisbaEntry, GivenName } from './gazetteer';

/**
 * True when a word that could be a club (العربي، الهلال) directly follows a definite noun it can describe as an
 * adjective (الدور العربي "the Arab role", المنتخب العربي): then it is that noun's adjective, not a team.
 * @example modifiesPreviousNoun(context of 'الدور العربي المنتظر', 1) === true
 */
function modifiesPreviousNoun(context: ReturnType<typeof buildContext>, index: number): boolean {
	// A word with a preposition attached describes nothing before it (هدف الفوز لسلتيك، للعربي).
	const key = context.keys[index] ?? '';
	if (/^[وف]?(لل|بال|كال)/.test(key)) return false;
	if (/^[وف]?[بلك]/.test(key) && !isUnknownWord(context, index)) {
		const best = context.tokens[index]?.analyses?.[0];
		if (best?.segments.some((s) => s.role === 'proclitic' && ['ب', 'ل', 'ك'].includes(s.form)))
			return false;
	}
	const before = index - 1;
	const beforeKey = context.keys[before] ?? '';
	const pos = context.tokens[before]?.analyses?.[0]?.pos ?? '';
	return (
		context.tokens[before]?.kind === 'word' &&
		/^(و?ال|لل|بال)/.test(beforeKey) &&
		(pos === 'noun' || pos === 'adjective')
	);
}

/** End of a name in a list of people (و stripped from its first word), or -1. */
function listNameEnd(context: ReturnType<typeof buildContext>, index: number): number {
	const key = context.keys[index];
	if (key.startsWith('و')) {
		// Read the word without its و: a given name or an unknown word, then the chain goes on as usual.
		const rest = key.slice(1);
		const given = context.gazetteer.givenNames.get(rest);
		if (rest.startsWith('ال') || TITLES.byFirstWord.has(rest)) return -1;
		if (!given && !isUnknownWord(context, index)) return -1;
		// The word with و is the name's first part: what follows continues it (وغانلوكا زامبروتا | وديفد …).
		const end = nameChainEnd(context, index + 1, true, 1);
		return end >= 0 ? end : given && !given.commonMeaning ? index : -1;
	}
	return nameChainEnd(context, index, true);
}

/** A title's role fills in a gazetteer person's empty role, and the gazetteer's English fills in a rule's. */
function mergeInformation(
	context: ReturnType<typeof buildContext>,
	winner: Candidate,
	all: Candidate[]
): void {
	// `all` holds only the candidates whose first token lies inside the winner's tokens (see findEntities).
	for (const other of all) {
		if (
			other === winner ||
			other.type !== winner.type ||
			other.start > winner.start ||
			other.end < winner.end
		)
			continue;
		if (!winner.role && other.role) winner.role = other.role;
	}
	for (const other of all) {
		if (other === winner || other.type !== winner.type || other.source !== 'gazetteer') continue;
		// A known surname after another given name is another person (حيدر الكاظمي is not مصطفى الكاظمي).
		if (
			isSurnameOnly(other) &&
			other.first > winner.first &&
			!hasFirstWordBefore(context, winner, other)
		)
			continue;
		// The same person named more fully (محمد حسني مبارك), not a son named after his father (حمدان بن محمد …).
		const before =
			winner.end > other.start
				? winner.canonical.slice(0, Math.max(0, other.start - winner.start))
				: '';
		if (/(^|\s)(بن|ابن|بنت|ولد)(\s|$)/.test(before)) continue;
		if (
			other.start >= winner.start &&
			other.end <= winner.end &&
			!winner.english &&
			(other.end - other.start >= (winner.end - winner.start) / 2 ||
				// …or by its first and last names with more between (يوسي دافيد رامون).
				(other.english &&
					isPartialPerson(context, other) &&
					hasFirstWordBefore(context, winner, other)))
		) {
			winner.english = other.english;
			if (!winner.role) winner.role = other.role;
		}
	}
}

/**
 * A woman's given name before a known person's name is his daughter named with her father's name (رانيا فريد شوقي):
 * the rule's longer name wins over the father's entry, and takes none of his English.
 */
function yieldFathersToDaughters(
	context: ReturnType<typeof buildContext>,
	candidates: Candidate[]
): void {
	const daughters = candidates.filter(
		(c) =>
			c.type === 'PER' &&
			c.source !== 'gazetteer' &&
			c.last > c.first &&
			givenNameAt(context, c.first, false)?.gender === 'f' &&
			// …and not a word as well (من رحاب الفردوسي "from the precincts of …").
			(isUnknownWord(context, c.first) || context.pos[c.first] === 'proper noun')
	);
	if (!daughters.length) return;
	for (const c of candidates)
		if (
			c.type === 'PER' &&
			c.source === 'gazetteer' &&
			daughters.some((d) => d.first === c.first - 1 && d.last >= c.last)
		) {
			c.strength = 0;
			c.english = '';
			c.role = '';
		}
}

/**
 * An agency's letter code in brackets after a dateline, (د ب أ) or (أ ف ب): the story's credit line, not a mention of
 * the agency in the text (ANERcorp leaves it untagged), and no place either.
 * @example isCreditLine(context of 'برلين (د ب أ) أعلن …', ORG د ب أ) === true
 */
function isCreditLine(context: ReturnType<typeof buildContext>, candidate: Candidate): boolean {
	if (candidate.type === 'DATE' || candidate.type === 'NUM' || candidate.last === candidate.first)
		return false;
	for (let k = candidate.first; k <= candidate.last; k++)
		if ((context.keys[k] ?? '').length !== 1) return false;
	const before = context.tokens[candidate.first - 1]?.text ?? '';
	const after = context.tokens[candidate.last + 1]?.text ?? '';
	return before.endsWith('(') && after.startsWith(')');
}

/** A gazetteer person matched by the surname alone (الكاظمي for مصطفى الكاظمي). */
function isSurnameOnly(candidate: Candidate): boolean {
	return (
		candidate.type === 'PER' &&
		candidate.source === 'gazetteer' &&
		candidate.first === candidate.last &&
		candidate.canonical.includes(' ')
	);
}

/**
 * A surname the gazetteer knows, preceded by a given name a rule read with it (رئيس الوزراء العراقي حيدر الكاظمي):
 * the rule's longer name wins, as another person of the same family name.
 */
function yieldSurnamesToLongerNames(candidates: Candidate[]): void {
	const rulePeopleByLast = new Map<number, Candidate[]>();
	for (const c of candidates)
		if (c.type === 'PER' && c.source !== 'gazetteer' && c.last > c.first) {
			const list = rulePeopleByLast.get(c.last);
			if (list) list.push(c);
			else rulePeopleByLast.set(c.last, [c]);
		}
	// …and a surname the gazetteer knows that is the first name of a titled person (وزير الخارجية رامون كروز).
	const titledByFirst = new Map<number, Candidate[]>();
	for (const c of candidates)
		if (c.type === 'PER' && c.source === 'title' && c.last > c.first) {
			const list = titledByFirst.get(c.first);
			if (list) list.push(c);
			else titledByFirst.set(c.first, [c]);
		}
	for (const c of candidates)
		if (
			isSurnameOnly(c) &&
			(rulePeopleByLast.get(c.last)?.some((rule) => rule.first < c.first) ||
				titledByFirst.get(c.first)?.some((rule) => rule.last > c.last))
		)
			c.strength = 0;
}

/**
 * A gazetteer person matched by only part of the entry's name, without its first word (بن علي for زين العابدين بن
 * علي, رامون for حاييم رامون): evidence that the words are a name, not that they name that person.
 */
function isPartialPerson(context: ReturnType<typeof buildContext>, candidate: Candidate): boolean {
	if (candidate.type !== 'PER' || candidate.source !== 'gazetteer') return false;
	const words = matchKey(candidate.canonical).split(' ');
	if (candidate.last - candidate.first + 1 >= words.length) return false;
	for (let k = candidate.first; k <= candidate.last; k++)
		if (context.forms[k]?.some((form) => form.key === words[0])) return false;
	return true;
}

/** True when `outer` holds the first word of `partial`'s entry before it. */
function hasFirstWordBefore(
	context: ReturnType<typeof buildContext>,
	outer: Candidate,
	partial: Candidate
): boolean {
	const first = matchKey(partial.canonical).split(' ')[0];
	for (let k = outer.first; k < partial.first; k++)
		if (context.forms[k]?.some((form) => form.key === first)) return true;
	return false;
}

/**
 * True when `outer` holds a word outside `partial`'s tokens that is no word of the entry's own name, and not the
 * entry's first name (باراك حسين أوباما is باراك أوباما named more fully).
 */
function addsOtherNameWords(
	context: ReturnType<typeof buildContext>,
	outer: Candidate,
	partial: Candidate
): boolean {
	const words = matchKey(partial.canonical).split(' ');
	const own = new Set(words);
	let other = false;
	for (let k = outer.first; k <= outer.last; k++) {
		if (k >= partial.first && k <= partial.last) continue;
		if (context.forms[k]?.some((form) => form.key === words[0])) return false;
		if (!context.forms[k]?.some((form) => own.has(form.key))) other = true;
	}
	return other;
}

/** Words for a newspaper, channel or agency that the gazetteer may write before a medium's name. */
const MEDIA_HEADS = ['صحيفه', 'جريده', 'قناه', 'مجله', 'وكاله', 'اذاعه', 'موقع'];
const OPENING_QUOTES = new Set(['«', '"', '“']);
const CLOSING_QUOTES = new Set(['»', '"', '”']);

/**
 * A place name that fills a pair of quotation marks by itself is the medium named after it when the gazetteer
 * knows one («الشرق الأوسط» the newspaper, "الجزيرة" the channel): the place becomes that organisation.
 * @example retypeQuotedMedia(context of 'قال لـ « الشرق الأوسط » إن', [LOC الشرق الأوسط]) makes it ORG Asharq Al-Awsat
 */
function retypeQuotedMedia(
	context: ReturnType<typeof buildContext>,
	candidates: Candidate[]
): void {
	for (const c of candidates) {
		if (c.type !== 'LOC' || c.source !== 'gazetteer') continue;
		const before = context.tokens[c.first - 1]?.text ?? '';
		const after = context.tokens[c.last + 1]?.text ?? '';
		if (!OPENING_QUOTES.has(before.slice(-1)) || !CLOSING_QUOTES.has(after.charAt(0))) continue;
		const phrase = context.keys.slice(c.first, c.last + 1).join(' ');
		for (const head of MEDIA_HEADS) {
			const entry = lookupKey(context.gazetteer, `${head} ${phrase}`);
			if (entry?.type !== 'ORG') continue;
			c.type = 'ORG';
			c.english = entry.english;
			c.role = entry.role;
			c.canonical = entry.canonical;
			break;
		}
	}
}

/**
 * A known person matched by the family name alone, right after the entry's own first name (مني | مناوي for مني أركو
 * مناوي, with the middle name left out): the same person named by first and last name, so the match takes the
 * first name and keeps its English. A clitic on the first name stays outside (ولمني مناوي).
 */
function extendToOwnFirstName(
	context: ReturnType<typeof buildContext>,
	candidates: Candidate[]
): void {
	for (const c of candidates) {
		if (!isPartialPerson(context, c) || c.first === 0) continue;
		const before = c.first - 1;
		if (context.sentence[before] !== context.sentence[c.first]) continue;
		const first = matchKey(c.canonical).split(' ')[0];
		const form = context.forms[before]?.find((f) => f.key === first);
		if (!form) continue;
		c.first = before;
		c.start = context.tokens[before].start + form.offset;
		c.strength = Math.max(c.strength, 3);
	}
}

/**
 * A partial gazetteer match inside a longer name (عبد الرحيم بن علي، رامون كروز) is another person: the match
 * takes the following unknown name words (رامون كروز) and loses the entry's English, and yields to a rule's longer
 * name. A link is a claim about identity, and a shared family or first name is no evidence of it.
 */
function yieldPartialMatchesToLongerNames(
	context: ReturnType<typeof buildContext>,
	candidates: Candidate[]
): void {
	// A person known by one word (البخاري) is matched the same way when a given name comes before it (نور الدين
	// البخاري): the trie would have matched his fuller name.
	const partials = candidates.filter(
		(c) =>
			isPartialPerson(context, c) ||
			(c.type === 'PER' &&
				c.source === 'gazetteer' &&
				c.first === c.last &&
				!c.canonical.trim().includes(' '))
	);
	if (!partials.length) return;
	// Words of the other people's names: a later mention by part of it is that person (رامون كروز … رامون).
	const otherNames = new Set<string>();
	const remember = (c: Candidate) => {
		for (let k = c.first; k <= c.last; k++) otherNames.add(context.keys[k]);
	};
	for (const partial of partials) {
		let last = partial.last;
		const oneWord = !partial.canonical.trim().includes(' ');
		while (!oneWord && isFollowingNameWord(context, last + 1, partial.first)) last++;
		if (last > partial.last) {
			partial.last = last;
			partial.end = context.tokens[last].end;
			partial.canonical = context.text.slice(partial.start, partial.end);
			partial.english = '';
			partial.role = '';
			partial.source = 'gazetteer-extended';
			remember(partial);
			continue;
		}
		for (const c of candidates)
			if (
				c.type === 'PER' &&
				c.source !== 'gazetteer' &&
				c.first <= partial.first &&
				c.last >= partial.last &&
				c.last - c.first > partial.last - partial.first &&
				// A weak rule's words after the match may be anything (يتشارك الأسد | الببري); before it, a name.
				(c.strength >= 2 || c.first < partial.first) &&
				(!oneWord || c.first < partial.first) &&
				addsOtherNameWords(context, c, partial)
			) {
				partial.strength = 0;
				partial.english = '';
				partial.role = '';
				remember(c);
				break;
			}
	}
	for (const partial of partials) {
		if (!partial.english) continue;
		let other = true;
		for (let k = partial.first; k <= partial.last && other; k++)
			if (!context.forms[k].some((form) => otherNames.has(form.key))) other = false;
		if (other) {
			partial.english = '';
			partial.role = '';
		}
	}
}

/**
 * A word in name position after a name (رامون | كروز): unknown to the lexicon, or a loan noun without a root that
 * cannot be an indefinite object (no ـا، ـة), with no و or article, in the same sentence.
 */
function isFollowingNameWord(
	context: ReturnType<typeof buildContext>,
	index: number,
	first: number
): boolean {
	const key = context.keys[index] ?? '';
	const best = context.tokens[index]?.analyses?.[0];
	const loan = !!best && !best.guess && !best.root && best.pos === 'noun' && !/(ا|ه|ات)$/.test(key);
	return (
		(isUnknownWord(context, index) || loan) &&
		// …and no place, organisation or given name, with or without a clitic (رايس | إسرائيل، شافيز | لدمشق).
		!context.forms[index].some(
			(form) => lookupKey(context.gazetteer, form.key) || context.gazetteer.givenNames.has(form.key)
		) &&
		index - first < 4 &&
		context.sentence[index] === context.sentence[first] &&
		!/^(و|ف|لل|بال)/.test(key) &&
		key.length > 2 &&
		!hasArticle(context, index) &&
		looksLikeName(key)
	);
}

/** Letters that write a hamza; matching ignores them (أ، إ، آ → ا; ؤ → و; ئ → ي). */
const HAMZA_LETTERS = /[أإآؤئء]/g;

/**
 * True when a one-word match is written with a hamza letter that the entry's headword does not have, and the
 * word as written is a known word of the lexicon: then the hamza says it is that word, not the name (ترأس
 * "presided" is no تراس, a surname that matching without hamzas would find).
 * @example hamzaOnlyInText(context of 'ترأس الاجتماع', entry ليز تراس, 0) === true
 */
function hamzaOnlyInText(
	context: ReturnType<typeof buildContext>,
	entry: GazetteerEntry,
	index: number
): boolean {
	const written = new Set(context.tokens[index]?.text.match(HAMZA_LETTERS) ?? []);
	if (written.size === 0) return false;
	const inName = new Set(entry.canonical.match(HAMZA_LETTERS) ?? []);
	if ([...written].every((letter) => inName.has(letter))) return false;
	const best = context.tokens[index]?.analyses?.[0];
	return best !== undefined && !best.guess && best.pos !== 'proper noun';
}

/**
 * Find the entities of an analysed text. Spans are UTF-16 offsets into `text` and exclude attached proclitics.
 * @example findEntities('التقى الفريق أول عبد الفتاح البرهان في بورتسودان', tokens, gazetteer)
 * // → [{type:'PER', text:'عبد الفتاح البرهان', english:'Abdel Fattah al-Burhan', role:'Chairman of the Sovereignty Council of Sudan', …},
 * //    {type:'LOC', text:'بورتسودان', english:'Port Sudan', …}]
 */
export function findEntities(
	text: string,
	tokens: AnalyzedToken[],
	gazetteer: Gazetteer
): Entity[] {
	const context = buildContext(text, tokens, gazetteer);
	// Entries whose kind ends in "?" are also everyday words: clubs (العربي، السد) only in a sports report, places
	// (مالي "financial") only after a place word or preposition (في مالي، دولة مالي).
	const accept = (entry: GazetteerEntry, index: number, last: number) =>
		!(last === index && hamzaOnlyInText(context, entry, index)) &&
		(!entry.kind.endsWith('?') ||
			(entry.kind.startsWith('sport')
				? isSportsSentence(context, index) && !modifiesPreviousNoun(context, index)
				: hasPlaceContext(context, index) &&
					// …and not an adjective with the article after a definite noun (المدينة الجديدة "the new city").
					!(context.keys[index].startsWith('ال') && modifiesPreviousNoun(context, index))));
	const candidates: Candidate[] = [
		...findGazetteerCandidates(tokens, gazetteer, accept, context),
		...findPersonCandidates(context),
		...findOrganisationCandidates(context),
		...findPlaceCandidates(context)
	];
	candidates.push(...continueLists(context, candidates, (index) => listNameEnd(context, index)));
	candidates.push(...propagateNames(context, candidates));
	candidates.push(...familyExtensions(context, candidates));
	candidates.push(...retypeClubs(context, candidates));
	retypeQuotedMedia(context, candidates);
	extendToOwnFirstName(context, candidates);
	yieldPartialMatchesToLongerNames(context, candidates);
	yieldSurnamesToLongerNames(candidates);
	yieldFathersToDaughters(context, candidates);
	for (const candidate of candidates) if (isCreditLine(context, candidate)) candidate.strength = -1;
	const dates = findDateCandidates(context);
	const claimed = new Set<number>();
	for (const date of dates) for (let k = date.first; k <= date.last; k++) claimed.add(k);
	candidates.push(...dates, ...findNumberCandidates(context, claimed));
	const byFirstToken = new Map<number, Candidate[]>();
	for (const candidate of candidates) {
		const list = byFirstToken.get(candidate.first);
		if (list) list.push(candidate);
		else byFirstToken.set(candidate.first, [candidate]);
	}
	for (const candidate of candidates) {
		const near: Candidate[] = [];
		for (let k = candidate.first; k <= candidate.last; k++)
			near.push(...(byFirstToken.get(k) ?? []));
		mergeInformation(context, candidate, near);
	}
	return resolveCandidates(text, candidates);
}
