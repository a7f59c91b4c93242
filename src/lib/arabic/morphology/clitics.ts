/**
 * Clitic tables: the proclitic combinations that may open a word and the pronoun enclitics that may close it.
 * Order inside a word: conjunction (و ف) → preposition or future (ب ك ل س) → article (ال) → stem → pronoun.
 */
import type { SegmentRole } from '../types';

/** One clitic as it appears in a word. @example { key: 'ب', form: 'ب', role: 'proclitic', gloss: 'with, by, in' } (the ب of بالتعاون) */
export interface CliticPart {
	/** Letters in the normalised key. */
	key: string;
	/** The clitic as written alone (the article in لل is ال). */
	form: string;
	role: SegmentRole;
	gloss: string;
}

/** A proclitic combination and what it needs from the stem. @example PROCLITICS.find((p) => p.key === 'لل') // ل + ال of للوزير */
export interface ProcliticCombination {
	key: string;
	parts: CliticPart[];
	conjunction: boolean;
	/** 'ب' | 'ك' | 'ل' | 'س' | ''. */
	particle: string;
	article: boolean;
}

const CONJUNCTIONS: CliticPart[] = [
	{ key: 'و', form: 'و', role: 'proclitic', gloss: 'and' },
	{ key: 'ف', form: 'ف', role: 'proclitic', gloss: 'so, then' }
];
const PARTICLES: CliticPart[] = [
	{ key: 'ب', form: 'ب', role: 'proclitic', gloss: 'with, by, in' },
	{ key: 'ك', form: 'ك', role: 'proclitic', gloss: 'like, as' },
	{ key: 'ل', form: 'ل', role: 'proclitic', gloss: 'for, to' },
	{ key: 'س', form: 'س', role: 'proclitic', gloss: 'will' }
];
/** The definite article. @example ARTICLE.form // 'ال' (of الوزير) */
export const ARTICLE: CliticPart = { key: 'ال', form: 'ال', role: 'article', gloss: 'the' };

/** Proclitic forms of من and عن assimilated before ما and من (مما، عما، ممن، عمن). @example مما = م (من) + ما */
export const ASSIMILATED_PREPOSITIONS: CliticPart[] = [
	{ key: 'م', form: 'من', role: 'proclitic', gloss: 'from, of' },
	{ key: 'ع', form: 'عن', role: 'proclitic', gloss: 'about, from' }
];

/** Gloss of the proclitic ل before a verb ("in order to") rather than a noun ("for, to"). @example ليكتب → ل 'in order to, so that' + يكتب */
export const LAM_OF_PURPOSE_GLOSS = 'in order to, so that';

function buildProclitics(): ProcliticCombination[] {
	const out: ProcliticCombination[] = [];
	for (const conj of [null, ...CONJUNCTIONS]) {
		for (const particle of [null, ...PARTICLES]) {
			for (const article of [false, true]) {
				if (particle?.key === 'س' && article) continue;
				const parts: CliticPart[] = [];
				if (conj) parts.push(conj);
				if (particle) parts.push(particle);
				let key = (conj?.key ?? '') + (particle?.key ?? '');
				if (article) {
					// ل + ال is written لل: the article's alef is dropped.
					if (particle?.key === 'ل') {
						parts.push({ ...ARTICLE, key: 'ل' });
						key += 'ل';
					} else {
						parts.push(ARTICLE);
						key += 'ال';
					}
				}
				out.push({
					key,
					parts,
					conjunction: conj !== null,
					particle: particle?.key ?? '',
					article
				});
			}
		}
	}
	for (const conj of [null, ...CONJUNCTIONS])
		for (const part of ASSIMILATED_PREPOSITIONS) {
			const parts = conj ? [conj, part] : [part];
			out.push({
				key: (conj?.key ?? '') + part.key,
				parts,
				conjunction: conj !== null,
				particle: part.form,
				article: false
			});
		}
	// Longest first, so analyses list the fullest segmentation first when scores tie.
	return out.sort((a, b) => b.key.length - a.key.length);
}

/**
 * Every proclitic combination (including the empty one), longest first.
 * @example PROCLITICS.find((p) => p.key === 'وبال')?.parts.map((x) => x.form) // ['و', 'ب', 'ال']
 */
export const PROCLITICS: ProcliticCombination[] = buildProclitics();

/** A pronoun enclitic. @example { key: 'ها', gloss: 'her, its, it', penalty: 0.5 } (the ها of كتابها) */
export interface Enclitic {
	key: string;
	gloss: string;
	/** How much rarer than no enclitic this pronoun is in news (a score penalty). */
	penalty: number;
}

/**
 * The pronoun enclitics, longest first. ني is the verb's "me", ي the noun's "my".
 * @example ENCLITICS.map((e) => e.key).includes('هما') // true
 */
export const ENCLITICS: Enclitic[] = [
	{ key: 'هما', gloss: 'them two, their', penalty: 0.9 },
	{ key: 'كما', gloss: 'you two, your', penalty: 1.5 },
	{ key: 'هم', gloss: 'them, their', penalty: 0.5 },
	{ key: 'هن', gloss: 'them, their (feminine)', penalty: 1.5 },
	{ key: 'كم', gloss: 'you, your (plural)', penalty: 0.9 },
	{ key: 'كن', gloss: 'you, your (feminine plural)', penalty: 1.8 },
	{ key: 'ها', gloss: 'her, its, it', penalty: 0.5 },
	{ key: 'ني', gloss: 'me', penalty: 0.7 },
	{ key: 'نا', gloss: 'us, our', penalty: 0.6 },
	{ key: 'ه', gloss: 'him, his, it, its', penalty: 0.5 },
	{ key: 'ك', gloss: 'you, your', penalty: 0.9 },
	{ key: 'ي', gloss: 'me, my', penalty: 1.1 }
];
