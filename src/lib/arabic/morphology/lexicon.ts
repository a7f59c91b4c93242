/**
 * The compiled lexicon: lemma entries plus a table from every inflected form (normalised for matching) to its
 * readings. Built once by compileLexicon (compile.ts) from the TSV sources; read by analyzeWord (analyze.ts).
 */
import type { PartOfSpeech } from '../types';

/** The part-of-speech codes of the lexicon's `pos` column. @example @example LEXICON_POS.includes('prep') // true (فِي) */
export const LEXICON_POS = [
	'noun',
	'adj',
	'verb',
	'adv',
	'prep',
	'conj',
	'part',
	'pron',
	'dem',
	'rel',
	'interrog',
	'num'
] as const;
/** @example @example 'verb' (قَالَ) */
export type LexiconPos = (typeof LEXICON_POS)[number];

/** Plain-English part of speech for each lexicon code. @example @example POS_LABEL.rel // 'relative pronoun' (الَّذِي) */
export const POS_LABEL: Record<LexiconPos, PartOfSpeech> = {
	noun: 'noun',
	adj: 'adjective',
	verb: 'verb',
	adv: 'adverb',
	prep: 'preposition',
	conj: 'conjunction',
	part: 'particle',
	pron: 'pronoun',
	dem: 'demonstrative',
	rel: 'relative pronoun',
	interrog: 'interrogative',
	num: 'number'
};

/** One lemma of the lexicon. @example @example { lemma: 'مُحَادَثَة', bare: 'محادثة', pos: 'noun', root: 'ح د ث', pattern: 'مفاعلة', glosses: ['talks'], rank: 150, source: 'nouns-b.tsv:12' } */
export interface LexiconEntry {
	/** Vowelled lemma as written in the source (قَالَ، مُحَادَثَة). */
	lemma: string;
	/** Lemma without marks (قال، محادثة). */
	bare: string;
	pos: LexiconPos;
	/** Root letters separated by spaces, or ''. */
	root: string;
	/** Verb form I–X or noun pattern, or ''. */
	pattern: string;
	/** Glosses, commonest sense first. */
	glosses: string[];
	/** Frequency rank (lower is commoner); 0 when not counted. */
	rank: number;
	/** Numeric value of number words. */
	value?: number;
	/** Vowelled broken plurals (فِرَق of فِرْقَة), for comparing with vowels written in the text. */
	plurals?: string[];
	/** `file:line` of the source row. */
	source: string;
}

/** Bits of FormReading.flags: what may attach to a form. @example @example FLAG.ARTICLE (الكتاب), FLAG.FUTURE (سيكتب) */
export const FLAG = {
	/** May take the article ال. */
	ARTICLE: 1,
	/** May take a pronoun enclitic. */
	ENCLITIC: 2,
	/** May stand without an enclitic. */
	ALONE: 4,
	/** May take the prepositions ب ك ل. */
	PREPOSITION: 8,
	/** May take the future prefix س (imperfect indicative). */
	FUTURE: 16,
	/** A verb form: takes ني (not ي) as "me", and ل of purpose. */
	VERB: 32,
	/** Only after the proclitic ل, which absorbs the form's ا (ل + الذي → للذي). */
	AFTER_LAM: 64,
	/** Imperfect moods the spelling can stand for. */
	INDICATIVE: 128,
	SUBJUNCTIVE: 256,
	JUSSIVE: 512,
	/** A passive form. */
	PASSIVE: 1024,
	/** A rarer reading (imperative, tanwin alef): ranked lower. */
	RARE: 2048,
	/** Is itself a single-letter proclitic word (و ب ل …); never takes further proclitics. */
	CLITIC_WORD: 4096,
	/** A pronoun suffix written alone (ه، ي، نا, as in tokenised corpora); takes no proclitic at all (وي is not و + ي). */
	SUFFIX_WORD: 8192,
	/** Only with the article: weekday names (الاثنين), and forms whose ا the article absorbs (ال + امرأة → المرأة). */
	WITH_ARTICLE: 16384
} as const;

/** A coarse tag used by the context rules. @example @example 'verb-present' (يكتب) */
export type FormTag =
	'noun' | 'adj' | 'num' | 'verb-past' | 'verb-present' | 'verb-imperative' | 'function';

/** One reading of an inflected form. @example @example { entry: 3, feature: 0, spelling: 'زيارت', standalone: 'زيارة', flags: FLAG.ENCLITIC } (زيارته) */
export interface FormReading {
	/** Index into Lexicon.entries. */
	entry: number;
	/** Index into Lexicon.features. */
	feature: number;
	/** The form without marks but with hamza seats and ة/ى as generated (to prefer exact spellings). */
	spelling: string;
	/** When the segment should be shown differently on its own (زيارت → زيارة), that form; else ''. */
	standalone: string;
	flags: number;
}

/** Features shared by many readings. @example @example { tag: 'verb-present', text: 'verb, present tense, she/it' } (تقول) */
export interface FeatureInfo {
	tag: FormTag;
	/** Plain English, e.g. "verb, present tense, she/it". */
	text: string;
}

/**
 * Lookup from a matching key to its readings. compileLexicon returns a Map; the server's cached copy decodes
 * readings lazily behind the same two methods.
 * @example @example lexicon.forms.get('قالت') // readings of قال
 */
export interface FormTable {
	get(key: string): FormReading[] | undefined;
	has(key: string): boolean;
	readonly size: number;
}

/** The compiled lexicon passed to the analyzer. @example @example compileLexicon(sources).forms.has('كتبوا') // true when كَتَبَ is listed */
export interface Lexicon {
	entries: LexiconEntry[];
	features: FeatureInfo[];
	/** normalizeForMatch(form) → readings. */
	forms: FormTable;
	/** Validation errors (`file:line: message`); rows with errors are skipped. */
	errors: string[];
}
