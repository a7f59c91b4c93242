/**
 * A sentence-by-sentence view of an analysed article for the event extractor: each token with its normalised
 * keys and lemma, the entities of each sentence with the token range they cover and the word that introduces them
 * (في، مع، إلى، منذ or an attached clitic such as the ب of بالرئيس), and the article's dateline.
 */
import { dediacritize, normalizeForMatch } from '../arabic/normalize';
import type { AnalyzedText, AnalyzedToken, Entity, Span } from '../arabic/types';
import { isTitleWord } from './titles';

/** The clitic ل or ب on a title word (للمشير، بالرئيس، لوزير), or '' when the word is not such a title. */
function titleClitic(key: string): string {
	const m = key.match(/^و?(لل|بال|ل|ب)(.+)$/);
	if (!m) return '';
	const candidate = m[1] === 'لل' || m[1] === 'بال' ? 'ال' + m[2] : m[2];
	return isTitleWord(candidate) && !/^ال\S+(ي|يه)$/.test(candidate)
		? m[1] === 'لل'
			? 'ل'
			: m[1] === 'بال'
				? 'ب'
				: m[1]
		: '';
}

/** A token as the extractor sees it. */
export interface WordView {
	index: number;
	token: AnalyzedToken;
	/** normalizeForMatch of the whole token. */
	key: string;
	/** Keys the token may stand for once proclitics are removed (the analysis' stem first when there is one). */
	forms: string[];
	/** Normalised, undiacritised lemma of the best analysis, '' when none. */
	lemma: string;
	pos: string;
}

/** An entity placed among the tokens. */
export interface EntityView {
	entity: Entity;
	/** Index of the first and last token (inclusive) the entity covers. */
	first: number;
	last: number;
	/** The normalised word or clitic that introduces the entity (في، مع، ب، ل، الي، منذ, or ''). */
	marker: string;
}

/** One sentence with its words and entities. */
export interface SentenceView extends Span {
	index: number;
	/** Token indices [firstToken, lastToken] (inclusive). */
	firstToken: number;
	lastToken: number;
	entities: EntityView[];
}

/** The analysed article prepared for extraction. */
export interface ArticleView {
	text: string;
	words: WordView[];
	sentences: SentenceView[];
	entities: EntityView[];
	/** The dateline's place (بورتسودان (السودان) -) and the sentence it opens, when the article has one. */
	dateline?: { place: EntityView; sentence: number; end: number };
}

/** Proclitic strings that may stand before a word (normalised), longest first. */
const PROCLITICS = [
	'وبال',
	'فبال',
	'وال',
	'فال',
	'بال',
	'كال',
	'ولل',
	'لل',
	'وب',
	'ول',
	'فب',
	'فل',
	'وس',
	'و',
	'ف',
	'ب',
	'ل',
	'ك',
	'ال'
];

/** Prepositions written as separate words that introduce an argument (normalised). */
const MARKER_WORDS = new Set([
	'في',
	'مع',
	'الي',
	'من',
	'منذ',
	'علي',
	'عن',
	'بين',
	'خلفا',
	'قرب',
	'حتي',
	'لدي',
	'عند',
	'نحو',
	'حوالي'
]);

/**
 * Rebuild an article's text from its tokens when the original string is not at hand: every token at its offset,
 * gaps filled with spaces (so token and entity offsets stay valid).
 * @example rebuildText({tokens: [{start: 0, end: 3, text: 'قال'}, {start: 4, end: 10, text: 'الوزير'}], …}) // 'قال الوزير'
 */
export function rebuildText(analyzed: AnalyzedText): string {
	let out = '';
	for (const token of analyzed.tokens) {
		if (token.start > out.length) out += ' '.repeat(token.start - out.length);
		out = out.slice(0, token.start) + token.text;
	}
	return out;
}

function stemKey(token: AnalyzedToken): string {
	const best = token.analyses?.[0];
	if (!best) return '';
	const stem = best.segments
		.filter((s) => s.role === 'stem')
		.map((s) => s.text)
		.join('');
	return stem ? normalizeForMatch(stem) : '';
}

/** Normalised forms of a token without its proclitics: the analysis' stem, then every clitic split that leaves 2+ letters. */
function formsOf(token: AnalyzedToken, key: string): string[] {
	const forms = [key];
	const stem = stemKey(token);
	if (stem && !forms.includes(stem)) forms.push(stem);
	for (const prefix of PROCLITICS) {
		if (key.startsWith(prefix) && key.length - prefix.length >= 2) {
			const rest = key.slice(prefix.length);
			if (!forms.includes(rest)) forms.push(rest);
		}
	}
	return forms;
}

/** Place nouns that may stand, with an optional gentilic, between a preposition and a place name. */
const PLACE_NOUN = /^(ب|بال|ال)?(عاصمه|مدينه|منطقه|اقليم|ولايه|محافظه|بلده|قريه|جزيره)$/;

/**
 * The preposition before «في العاصمة العراقية بغداد» / «بمدينة سوات» / «بمنطقة شانغلا»: the place noun (and a gentilic
 * after it) stand between the preposition and the name, so the name is the complement of في/ب.
 */
function placeNounMarker(words: WordView[], first: number): string {
	let j = first - 1;
	if (j >= 0 && /^ال\S+(ي|يه)$/.test(words[j].key) && !PLACE_NOUN.test(words[j].key)) j--;
	const noun = words[j];
	if (!noun || noun.token.kind !== 'word') return '';
	const m = PLACE_NOUN.exec(noun.key);
	if (!m) return '';
	if (m[1] === 'ب' || m[1] === 'بال') return 'ب';
	const before = words[j - 1];
	if (before && (before.key === 'في' || before.key === 'وفي')) return 'في';
	return '';
}

/**
 * Prepare an analysed text for extraction.
 * @example buildView(analyzeText('بورتسودان (السودان) - التقى …', lexicon, gazetteer)).dateline?.place.entity.text // 'بورتسودان'
 */
export function buildView(analyzed: AnalyzedText, text?: string): ArticleView {
	const fullText = text ?? rebuildText(analyzed);
	const words: WordView[] = analyzed.tokens.map((token, index) => {
		const key = normalizeForMatch(token.text);
		const best = token.analyses?.[0];
		return {
			index,
			token,
			key,
			forms: token.kind === 'word' ? formsOf(token, key) : [key],
			lemma: best?.lemma ? normalizeForMatch(dediacritize(best.lemma)) : '',
			pos: best?.pos ?? ''
		};
	});
	const tokenAt = (offset: number): number => {
		// First token whose end is after the offset.
		let lo = 0;
		let hi = words.length - 1;
		let found = words.length;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (words[mid].token.end > offset) {
				found = mid;
				hi = mid - 1;
			} else lo = mid + 1;
		}
		return found;
	};
	const entities: EntityView[] = analyzed.entities
		.filter((e) => e.end > e.start)
		.map((entity) => {
			const first = tokenAt(entity.start);
			let last = first;
			while (last + 1 < words.length && words[last + 1].token.start < entity.end) last++;
			let marker = '';
			const firstToken = words[first]?.token;
			if (firstToken && firstToken.start < entity.start) {
				marker = normalizeForMatch(fullText.slice(firstToken.start, entity.start));
				// و before a clitic (وب، ول) coordinates; the preposition is what matters.
				if (marker.length > 1 && marker[0] === 'و') marker = marker.slice(1);
				if (marker === 'لل') marker = 'ل';
			} else if (first > 0) {
				// Walk back over the titles before a name (للفريق البرهان، بوزير الخارجية الجزائري …): a ل/ب attached to the
				// first title makes the whole name a complement.
				for (let t = first - 1; t >= 0 && first - t <= 5; t--) {
					// Another name (للأمم المتحدة) ends the title: its clitic is its own.
					if (
						analyzed.entities.some(
							(e) => e.start < words[t].token.end && words[t].token.start < e.end
						)
					)
						break;
					const key = words[t].key;
					const clitic = titleClitic(key);
					if (clitic) {
						marker = clitic;
						break;
					}
					if (!isTitleWord(key)) break;
				}
				const previous = words[first - 1];
				const bare =
					previous.key.startsWith('و') && previous.key.length > 2
						? previous.key.slice(1)
						: previous.key;
				if (marker) {
					// set by a title with a clitic
				} else if (MARKER_WORDS.has(previous.key)) marker = previous.key;
				else if (MARKER_WORDS.has(bare)) marker = bare;
				else if (previous.key === 'و') marker = 'و';
				if (!marker && entity.type === 'LOC') marker = placeNounMarker(words, first);
			}
			return { entity, first, last, marker };
		})
		.sort((a, b) => a.entity.start - b.entity.start);
	const sentences: SentenceView[] = analyzed.sentences.map((span, index) => {
		const firstToken = tokenAt(span.start);
		let lastToken = firstToken;
		while (lastToken + 1 < words.length && words[lastToken + 1].token.start < span.end) lastToken++;
		return {
			index,
			start: span.start,
			end: span.end,
			firstToken,
			lastToken,
			entities: entities.filter((e) => e.entity.start >= span.start && e.entity.end <= span.end)
		};
	});
	return {
		text: fullText,
		words,
		sentences,
		entities,
		dateline: findDateline(words, sentences, entities)
	};
}

/**
 * A dateline: a place at the very start of a sentence, optionally followed by (country), then a dash.
 * بورتسودان (السودان) - …
 */
function findDateline(
	words: WordView[],
	sentences: SentenceView[],
	entities: EntityView[]
): ArticleView['dateline'] {
	for (const sentence of sentences) {
		const place = entities.find((e) => e.first === sentence.firstToken && e.entity.type === 'LOC');
		if (!place) continue;
		let i = place.last + 1;
		if (words[i]?.key === '(') {
			while (i <= sentence.lastToken && words[i].key !== ')') i++;
			i++;
		}
		const dash = words[i]?.key;
		if (dash === '-' || dash === '–' || dash === '—')
			return { place, sentence: sentence.index, end: i };
	}
	return undefined;
}

/** The sentence view a token belongs to. */
export function sentenceOf(view: ArticleView, tokenIndex: number): SentenceView | undefined {
	return view.sentences.find((s) => s.firstToken <= tokenIndex && tokenIndex <= s.lastToken);
}

/** The text of tokens [first, last] (inclusive) exactly as written. */
export function spanText(view: ArticleView, first: number, last: number): string {
	return view.text.slice(view.words[first].token.start, view.words[last].token.end);
}
