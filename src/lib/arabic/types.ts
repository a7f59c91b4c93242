/**
 * The shared vocabulary of Sahifa's Arabic core. Every module of the core (tokenizer, segmenter, analyzer,
 * entity recogniser) and every consumer (server, CLI, question generator, reader) speaks in these types.
 *
 * Offsets are always UTF-16 code-unit offsets into the original, unmodified input string (`text.slice(start, end)`).
 */

/** What a token is, as the tokenizer sees it. */
export type TokenKind = 'word' | 'number' | 'punct' | 'latin' | 'other';

/** A span of the original text. */
export interface Span {
	start: number;
	end: number;
}

/** One token of the input, before analysis. */
export interface Token extends Span {
	/** Exactly `input.slice(start, end)`. */
	text: string;
	kind: TokenKind;
	/** For numbers: the numeric value (Arabic-Indic and Persian digits read as Western digits). */
	value?: number;
}

/** A sentence of the input, as offsets. */
export type Sentence = Span;

/** The role of a segment inside a word. */
export type SegmentRole = 'proclitic' | 'article' | 'stem' | 'enclitic';

/**
 * One piece of a word. The `text` of a token's segments concatenate to the token's `text`.
 * @example لل of للتدخل gives {text:'ل', form:'ل', role:'proclitic', gloss:'for, to'} then {text:'ل', form:'ال', role:'article', gloss:'the'}
 */
export interface Segment {
	/** The segment exactly as it stands in the token (a substring of it). */
	text: string;
	/** The segment as it is written on its own (لل → ل + ال; ة restored before an enclitic: زيارته → زيارة + ه). */
	form: string;
	role: SegmentRole;
	/** English meaning of a clitic (و "and", ه "him/his/it") or the stem's best gloss. */
	gloss: string;
}

/** Part of speech, in the plain-English labels the reader shows. */
export type PartOfSpeech =
	| 'noun'
	| 'proper noun'
	| 'adjective'
	| 'verb'
	| 'adverb'
	| 'preposition'
	| 'conjunction'
	| 'particle'
	| 'pronoun'
	| 'demonstrative'
	| 'relative pronoun'
	| 'interrogative'
	| 'number'
	| 'punctuation'
	| 'foreign'
	| 'unknown';

/** One reading of a word. */
export interface Analysis {
	segments: Segment[];
	/** Vowelled lemma (verbs: 3rd person masculine singular perfect; nouns: singular; adjectives: masculine singular). */
	lemma: string;
	/** Root letters separated by spaces (ق و ل), or '' when the word has none (loanwords, particles). */
	root: string;
	/** Verb form I–X, or a noun/adjective pattern such as مفاعلة, or ''. */
	pattern: string;
	pos: PartOfSpeech;
	/** Plain English, e.g. "verb, present tense, she/it" or "noun, feminine plural, with the article". */
	features: string;
	/** The best English gloss for this reading. */
	gloss: string;
	/** All glosses, commonest first. */
	glosses: string[];
	/** True when the lexicon did not know the stem and the analysis is a best-effort guess. */
	guess: boolean;
	/** Higher is better; analyses of a token are sorted by it. */
	score: number;
}

/** A token with its ranked analyses (best first; never empty for kind 'word'). */
export interface AnalyzedToken extends Token {
	analyses: Analysis[];
}

/** Entity types the recogniser emits. */
export type EntityType = 'PER' | 'LOC' | 'ORG' | 'DATE' | 'NUM' | 'MISC';

/**
 * A named entity, date or quantity found in the text. The span excludes attached proclitics
 * (the و of وبورتسودان is outside it).
 */
export interface Entity extends Span {
	type: EntityType;
	/** Exactly `input.slice(start, end)`. */
	text: string;
	/** Canonical Arabic form (gazetteer headword, or the normalised text). */
	canonical: string;
	/** English name or rendering ("Abdel Fattah al-Burhan", "12 January", "1,000 kilometres"), '' when unknown. */
	english: string;
	/** What the text or the gazetteer says the entity is ("Foreign Minister of Algeria"), '' when unknown. */
	role: string;
	/** Optional machine-readable value: an ISO-like date (2020-01-12, --01-12, 2019-04), or a number. */
	value?: string | number;
	/** For NUM: what is counted or measured, as an English singular ("kilometre", "dollar", "percent"). */
	unit?: string;
}

/** The whole analysis of a text, as the CLI prints it and the reader ships it. */
export interface AnalyzedText {
	tokens: AnalyzedToken[];
	sentences: Sentence[];
	entities: Entity[];
}
