/**
 * The word analyzer: every split proclitics + stem + enclitic whose stem is an inflected form in the lexicon and
 * whose parts are compatible (article only on nominals, ب ك only before nominals, س only before the imperfect
 * indicative, ني after verbs and ي after nouns). Unknown words get a guessed analysis, never an empty list.
 */
import type { Analysis, Segment } from '../types';
import { foldCharForMatch, normalizeSpelling } from '../normalize';
import {
	ENCLITICS,
	LAM_OF_PURPOSE_GLOSS,
	PROCLITICS,
	type Enclitic,
	type ProcliticCombination
} from './clitics';
import {
	FLAG,
	POS_LABEL,
	type FormReading,
	type FormTag,
	type Lexicon,
	type LexiconEntry
} from './lexicon';
import { hasVowelMarks, vowelConflicts } from './vowels';
import { guessRoot } from './root-guess';

/** Maps each character of the matching key back to its index in the original word. */
function keyWithOffsets(word: string): { key: string; offsets: number[] } {
	let key = '';
	const offsets: number[] = [];
	for (let i = 0; i < word.length; i++) {
		const folded = foldCharForMatch(word[i]);
		for (const ch of folded) {
			key += ch;
			offsets.push(i);
		}
	}
	return { key, offsets };
}

/** Score of a lemma's frequency rank: commoner lemmas score higher. */
function rankScore(rank: number): number {
	return rank > 0 ? -0.35 * Math.log(rank) : -3.2;
}

/** Penalty for spelling differences the matching key hides (hamza seats, ى/ي, and above all ة/ه). */
function spellingPenalty(written: string, expected: string): number {
	if (written === expected) return 0;
	if (written.length !== expected.length) return 0.5;
	let penalty = 0;
	for (let i = 0; i < written.length; i++) {
		const a = written[i];
		const b = expected[i];
		if (a === b) continue;
		if (a === 'ة' || b === 'ة') penalty += 2;
		else if (a === 'ى' || b === 'ى') penalty += 0.4;
		// News often drops the hamza of a word-initial alef (ان، الى); inside a word a missing seat is rarer,
		// and a hamza written on another seat (إن for أن) is a different word.
		else if (a === 'ا') penalty += i === 0 ? 0.15 : 0.6;
		else penalty += 1;
	}
	return penalty;
}

function compatible(
	reading: FormReading,
	tag: string,
	pro: ProcliticCombination,
	enc: Enclitic | null
): boolean {
	const f = reading.flags;
	if (pro.particle === 'من' || pro.particle === 'عن') {
		// مما = من + ما, عمن = عن + من: only before ما and من.
		return (
			!enc &&
			reading.spelling.length === 2 &&
			(reading.spelling === 'ما' || reading.spelling === 'من')
		);
	}
	if (f & FLAG.SUFFIX_WORD && pro.parts.length) return false;
	if (f & FLAG.CLITIC_WORD) {
		if (pro.particle || pro.article) return false;
	}
	if (pro.article && !(f & FLAG.ARTICLE)) return false;
	if (f & FLAG.WITH_ARTICLE && !pro.article) return false;
	if (pro.article && enc) return false;
	if (f & FLAG.AFTER_LAM) {
		if (pro.particle !== 'ل' || pro.article) return false;
	} else if (pro.particle === 'س') {
		if (!(f & FLAG.FUTURE)) return false;
	} else if (pro.particle === 'ب' || pro.particle === 'ك') {
		if (!(f & FLAG.PREPOSITION) || f & FLAG.VERB) return false;
	} else if (pro.particle === 'ل') {
		if (!(f & FLAG.PREPOSITION)) return false;
	}
	if (enc) {
		if (!(f & FLAG.ENCLITIC)) return false;
		if (f & FLAG.PASSIVE) return false;
		if (f & FLAG.VERB) {
			if (enc.key === 'ي') return false;
		} else if (enc.key === 'ني' && tag !== 'function') {
			// ني after a noun is only possible for function words (إنني، لكنني، عني is ي after ن).
			return false;
		}
	} else if (!(f & FLAG.ALONE)) return false;
	return true;
}

function moodText(flags: number): string {
	// The indicative is the default reading of a present-tense spelling; only name the mood when the spelling
	// cannot be indicative (تكتبي، يكتبوا، يقل).
	if (flags & FLAG.INDICATIVE) return '';
	const sub = flags & FLAG.SUBJUNCTIVE;
	const jus = flags & FLAG.JUSSIVE;
	if (sub && jus) return 'subjunctive or jussive';
	if (jus) return 'jussive';
	if (sub) return 'subjunctive';
	return '';
}

/** A dual construct (وزيرا الخارجية) needs a noun after it; alone, كتابا is more often the accusative كتاباً. */
const DUAL_CONSTRUCT_PENALTY = 1.0;
const LEMMA_FORM_BONUS = 0.3;
const LEXICALISED_COMPOUND_BONUS = 0.6;
/** The tanwin-alef accusative written without its fathatan (كتابا). */
const BARE_ACCUSATIVE_PENALTY = 1.5;
/**
 * Dual verbs (قالا، يعملان) are rare in news, while the same letters are often an indefinite accusative
 * (فضلاً، نظراً، هدفاً، طالباً). Measured: 1.5 beat 0, 0.5 and 1 on the PADT dev set, WikiNews unchanged.
 */
const DUAL_VERB_PENALTY = 1.5;
const FIRST_PERSON_PENALTY = 1;
const SPEAKER_VERB_PENALTY = 0.5;
/**
 * A reading whose vowels contradict the marks written on the word (أَجَل for أُجِّلَ) ranks below the readings that
 * agree with them, whatever the frequency prior and the context say; a little more per contradicted mark.
 */
const VOWEL_CONFLICT_PENALTY = 5;
const VOWEL_CONFLICT_PER_MARK = 0.25;

/** Memoised analyses per lexicon: news repeats its words, and analyses are immutable. */
const caches = new WeakMap<Lexicon, Map<string, Analysis[]>>();

/**
 * All analyses of one word, best first (by frequency prior, number of clitics and exact spelling; context is applied
 * later by analyzeText). Never empty: an unknown word gets a guess with `guess: true`.
 * The returned analyses are shared and must not be mutated.
 * @example analyzeWord('وبالتعاون', lexicon)[0].segments.map((s) => s.form) // ['و', 'ب', 'ال', 'تعاون']
 * @example analyzeWord('زيارته', lexicon)[0].segments.map((s) => s.form) // ['زيارة', 'ه']
 */
export function analyzeWord(word: string, lexicon: Lexicon): Analysis[] {
	let cache = caches.get(lexicon);
	if (!cache) caches.set(lexicon, (cache = new Map()));
	const cached = cache.get(word);
	if (cached) return cached;
	const result = analyzeUncached(word, lexicon);
	// Bounded so a long-running server keeps tens of megabytes, not hundreds, for the memo.
	if (cache.size > 50000) cache.clear();
	cache.set(word, result);
	return result;
}

function analyzeUncached(word: string, lexicon: Lexicon): Analysis[] {
	const { key, offsets } = keyWithOffsets(word);
	if (!key) return [letterlessAnalysis(word)];
	const analyses: Analysis[] = [];
	const collect = (key: string, offsets: number[]) => {
		const rawAt = (k: number) => (k === 0 ? 0 : k >= offsets.length ? word.length : offsets[k]);
		for (const pro of PROCLITICS) {
			if (!key.startsWith(pro.key)) continue;
			for (let e = -1; e < ENCLITICS.length; e++) {
				const enc = e < 0 ? null : ENCLITICS[e];
				if (enc && !key.endsWith(enc.key)) continue;
				// The key folds ة→ه and ى→ي; a written ة or ى is never the pronoun ه, ي or ني (أتمنى is not أتم + ني).
				if (
					enc &&
					(enc.key === 'ه' || enc.key === 'ي' || enc.key === 'ني') &&
					'ةى'.includes(word[offsets[key.length - 1]])
				)
					continue;
				const stemEnd = key.length - (enc ? enc.key.length : 0);
				if (stemEnd - pro.key.length < 1) continue;
				const stem = key.slice(pro.key.length, stemEnd);
				// من/عن + نا is written منا/عنا: the two nuns merge (مِنّا).
				const merged = enc?.key === 'نا' && (stem === 'م' || stem === 'ع');
				const readings = lexicon.forms.get(merged ? stem + 'ن' : stem);
				if (!readings) continue;
				for (const reading of readings) {
					if (merged && lexicon.entries[reading.entry].pos !== 'prep') continue;
					if (!compatible(reading, lexicon.features[reading.feature].tag, pro, enc)) continue;
					// ممن is من + مَنْ "who", never من + the preposition من.
					if (pro.particle.length > 1 && lexicon.entries[reading.entry].pos === 'prep') continue;
					const analysis = buildAnalysis(word, lexicon, reading, pro, enc, rawAt, stemEnd);
					if (merged) {
						const i = analysis.segments.findIndex((x) => x.role === 'stem');
						analysis.segments[i] = { ...analysis.segments[i], form: stem + 'ن' };
					}
					analyses.push(analysis);
				}
			}
		}
	};
	collect(key, offsets);
	// Newspapers disagree on hamza seats inside words (مسئول/مسؤول، شئون/شؤون، طوارىء/طوارئ): when the written
	// seats find nothing, the other seats are tried before guessing. (Trying them for every word with a hamza
	// changed nothing on the dev sets, so the cheaper fallback stays.)
	if (analyses.length === 0 && /[ؤئء]/.test(key))
		for (const v of hamzaSeatVariants(key, offsets)) collect(v.key, v.offsets);
	analyses.push(...joinedAnalyses(word, key, offsets, lexicon));
	if (analyses.length === 0) analyses.push(...guessAnalyses(word, key, offsets, lexicon));
	// Only words with written vowels are compared, so unvowelled text is read exactly as before.
	if (hasVowelMarks(word))
		for (let i = 0; i < analyses.length; i++) {
			const entry = READING_INFO.get(analyses[i])?.entry;
			const n = vowelConflicts(
				analyses[i],
				entry === undefined ? undefined : lexicon.entries[entry].plurals
			);
			if (n > 0)
				analyses[i] = rescored(
					analyses[i],
					analyses[i].score - VOWEL_CONFLICT_PENALTY - VOWEL_CONFLICT_PER_MARK * n
				);
		}
	analyses.sort((a, b) => b.score - a.score);
	return dedupe(analyses);
}

/**
 * ما/لا written joined to the word after them in news (مازال، لايزال، لايمكن، مابين، لاسيما، لابد): only before the
 * words of these set phrases, so لاعب or مالي are never split. The particle's gloss per lemma of the second word.
 */
const JOINED_PARTICLES: Record<string, Record<string, string>> = {
	ما: { زَالَ: 'not (ما زال: still)', دَامَ: 'as long as (ما دام)', بَيْنَ: 'what (ما بين: between)' },
	لا: {
		زَالَ: 'not (لا يزال: still)',
		أَمْكَنَ: 'not (لا يمكن: cannot)',
		سِيَّمَا: 'no (لا سيما: especially)',
		بُدّ: 'no (لا بد: must)'
	}
};
/** The joined spelling is the set phrase, not ل + a rarer word (لازال is not ل + أزال). */
const JOINED_BONUS = 0.5;

/**
 * Readings of a joined ما/لا + word (after an optional و/ف) as the two words: the particle is a proclitic segment,
 * the second word gives the lemma. @example joinedAnalyses('لايزال', …)[0].segments.map((s) => s.form) // ['لا', 'يزال']
 */
function joinedAnalyses(
	word: string,
	key: string,
	offsets: number[],
	lexicon: Lexicon
): Analysis[] {
	const out: Analysis[] = [];
	const rawAt = (k: number) => (k === 0 ? 0 : k >= offsets.length ? word.length : offsets[k]);
	for (const c of key[0] === 'و' || key[0] === 'ف' ? [0, 1] : [0]) {
		const particle = key.slice(c, c + 2);
		const glosses = JOINED_PARTICLES[particle];
		if (!glosses || key.length - c - 2 < 2) continue;
		const rest = word.slice(rawAt(c + 2));
		for (const a of analyzeWord(rest, lexicon)) {
			const gloss = glosses[a.lemma];
			if (a.guess || !gloss || a.segments[0].role !== 'stem') continue;
			const segments: Segment[] = [];
			if (c)
				segments.push({
					text: word.slice(0, rawAt(1)),
					form: key[0],
					role: 'proclitic',
					gloss: key[0] === 'و' ? 'and' : 'so, then'
				});
			segments.push({
				text: word.slice(rawAt(c), rawAt(c + 2)),
				form: particle,
				role: 'proclitic',
				gloss
			});
			const copy = rescored(a, a.score + JOINED_BONUS - 0.5 * c);
			copy.segments = [...segments, ...a.segments];
			copy.features = `${a.features}, after ${particle} written joined`;
			out.push(copy);
		}
	}
	return out;
}

/**
 * The same matching key with the hamza on the other seats newspapers use: ئ ↔ ؤ ↔ ء, ىء (an old spelling of ئ:
 * طوارىء، الموانىء) → ئ, and no hamza at all (ا). Offsets are carried along so segments still spell the word.
 * @example hamzaSeatVariants('مسئول', [0, 1, 2, 3, 4]).map((v) => v.key) // ['مسؤول', 'مسءول', 'مساول']
 * @example hamzaSeatVariants('طواريء', [0, 1, 2, 3, 4, 5])[0] // { key: 'طوارئ', offsets: [0, 1, 2, 3, 4] }
 */
export function hamzaSeatVariants(
	key: string,
	offsets: number[]
): { key: string; offsets: number[] }[] {
	const out: { key: string; offsets: number[] }[] = [];
	const seen = new Set<string>([key]);
	const make = (from: RegExp, to: string) => {
		let k = '';
		const o: number[] = [];
		let i = 0;
		for (const m of key.matchAll(from)) {
			const at = m.index ?? 0;
			for (; i < at; i++) {
				k += key[i];
				o.push(offsets[i]);
			}
			for (const ch of to) {
				k += ch;
				o.push(offsets[at]);
			}
			i = at + m[0].length;
		}
		for (; i < key.length; i++) {
			k += key[i];
			o.push(offsets[i]);
		}
		if (!seen.has(k)) {
			seen.add(k);
			out.push({ key: k, offsets: o });
		}
	};
	make(/يء/g, 'ئ');
	make(/ئ/g, 'ؤ');
	make(/ؤ/g, 'ئ');
	make(/[ؤئ]/g, 'ء');
	make(/ء/g, 'ئ');
	make(/ء/g, 'ؤ');
	make(/[ءؤئ]/g, 'ا');
	return out;
}

function dedupe(analyses: Analysis[]): Analysis[] {
	const seen = new Set<string>();
	return analyses.filter((a) => {
		const k =
			a.segments.map((s) => s.text + '/' + s.form).join('+') +
			'|' +
			a.lemma +
			'|' +
			a.pos +
			'|' +
			a.features;
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}

function buildAnalysis(
	word: string,
	lexicon: Lexicon,
	reading: FormReading,
	pro: ProcliticCombination,
	enc: Enclitic | null,
	rawAt: (k: number) => number,
	stemEnd: number
): Analysis {
	const entry = lexicon.entries[reading.entry];
	const feature = lexicon.features[reading.feature];
	const isVerb = (reading.flags & FLAG.VERB) !== 0;
	const segments: Segment[] = [];
	let k = 0;
	for (const part of pro.parts) {
		const start = rawAt(k);
		k += part.key.length;
		const gloss =
			part.form === 'ل' && part.role === 'proclitic' && isVerb ? LAM_OF_PURPOSE_GLOSS : part.gloss;
		segments.push({ text: word.slice(start, rawAt(k)), form: part.form, role: part.role, gloss });
	}
	const stemText = word.slice(rawAt(k), rawAt(stemEnd));
	const stemSpelling = normalizeSpelling(stemText);
	segments.push({
		text: stemText,
		form: reading.standalone || stemSpelling,
		role: 'stem',
		gloss: entry.glosses[0] ?? ''
	});
	if (enc)
		segments.push({
			text: word.slice(rawAt(stemEnd)),
			form: enc.key,
			role: 'enclitic',
			gloss: isVerb && enc.key === 'ي' ? 'me' : enc.gloss
		});

	let features = feature.text;
	if (feature.tag === 'verb-present') {
		const mood = moodText(reading.flags);
		if (mood) features = features.replace('present tense', `present tense, ${mood}`);
	}
	if (pro.particle === 'س') features += ', future';
	if (pro.article) features += ', with the article';
	if (enc) features += `, with the pronoun suffix ${enc.key} (${enc.gloss})`;

	let score = rankScore(entry.rank);
	score -= 0.5 * pro.parts.length - (pro.article ? 0.3 : 0);
	if (enc) score -= enc.penalty;
	score -= spellingPenalty(stemSpelling, reading.spelling);
	// A written fathatan (رسمياً) confirms the indefinite accusative that is otherwise a rare reading.
	if (
		reading.flags & FLAG.RARE &&
		!(stemText.endsWith('\u064B') || stemText.endsWith('\u064Bا') || stemText.endsWith('ا\u064B'))
	)
		score -= BARE_ACCUSATIVE_PENALTY;
	if (reading.flags & FLAG.PASSIVE) score -= 0.8;
	if (isVerb && feature.text.includes('two')) score -= DUAL_VERB_PENALTY;
	// A word spelled exactly like a lemma is more often that lemma than an inflected form of another (محافظة the
	// province rather than the feminine of محافظ).
	if (reading.spelling === entry.bare) score += LEMMA_FORM_BONUS;
	// A function word that opens with a clitic letter (كذلك، لكي، لقد) is a lexicalised compound: "also", not
	// "like that". Measured: only كذلك changed on the dev sets (PADT +8 lemmas; QCRI splits it, −1).
	if (
		feature.tag === 'function' &&
		pro.parts.length === 0 &&
		!enc &&
		reading.spelling.length >= 3 &&
		'كلبف'.includes(reading.spelling[0])
	)
		score += LEXICALISED_COMPOUND_BONUS;
	// News narrates in the third person: a first-person singular present (أبرز، أهم) is rarer than an elative, and
	// أصيب is the passive "was injured" far more often than "I hit". Measured: 1 over 0.5 (PADT +2, WikiNews +1), 1.5 same.
	if (feature.tag === 'verb-present' && feature.text.endsWith(', I')) score -= FIRST_PERSON_PENALTY;
	// The same holds for "you" and the perfect "I": حلت is حَلَّتْ "it (she) came", not حُلْتَ "you prevented".
	// Measured 0.5: PADT +1 lemma, WikiNews same.
	if (
		(feature.tag === 'verb-past' &&
			(feature.text.endsWith(', I') || feature.text.includes(', you'))) ||
		(feature.tag === 'verb-present' && feature.text.includes(', you'))
	)
		score -= SPEAKER_VERB_PENALTY;
	// Feminine plural verbs (بدون "they appeared", كتبن) are rare in news; other readings of those letters are not.
	if (
		isVerb &&
		(feature.text.endsWith('they (feminine)') || feature.text.endsWith('you (feminine plural)'))
	)
		score -= 0.5;
	// Written tanwin (مهماً، كتابٌ) marks a declinable noun or adjective, never a particle or a verb.
	if (/[\u064B-\u064D]/.test(stemText) && (feature.tag === 'function' || isVerb)) score -= 2;
	// Forms that cannot be indicative need a particle before them (لم، لن، أن), which the context rules reward.
	// Jussive-only: 1.5 (was 1.2) so that without لم, يقل/تقل is قلّ "be less", not قال (PADT +3 lemmas, WikiNews same).
	if (feature.tag === 'verb-present' && !(reading.flags & FLAG.INDICATIVE))
		score -= reading.flags & FLAG.SUBJUNCTIVE ? 0.6 : 1.5;
	if (!isVerb && feature.text.includes('dual'))
		score -= reading.standalone.endsWith('ن') ? DUAL_CONSTRUCT_PENALTY : 0.4;
	// مما، عما، ممن، عمن: the preposition governs the word it has merged with (as بِهِ is ب + ه), so it is the stem and
	// the lemma, and ما/من is attached after it.
	if (pro.particle === 'من' || pro.particle === 'عن') {
		const prep = prepositionEntry(lexicon, pro.particle);
		if (prep) {
			const i = segments.findIndex((x) => x.role === 'stem');
			segments[i - 1] = { ...segments[i - 1], role: 'stem' };
			segments[i] = { ...segments[i], role: 'enclitic' };
			// The gloss of the pair first (مما "from what"), then the other senses of each part.
			const both = `${prep.glosses[0] ?? ''} ${entry.glosses[0] ?? ''}`.trim();
			const analysis: Analysis = {
				segments,
				lemma: prep.lemma,
				root: prep.root,
				pattern: prep.pattern,
				pos: POS_LABEL[prep.pos],
				features: `${POS_LABEL[prep.pos]}, with ${entry.bare} (${entry.glosses[0] ?? ''})`,
				gloss: both,
				glosses: [both, ...prep.glosses.slice(1), ...entry.glosses.slice(1)],
				guess: false,
				score
			};
			READING_INFO.set(analysis, { flags: reading.flags, tag: feature.tag, entry: reading.entry });
			return analysis;
		}
	}
	// لِأَنَّ (ل + أنّ) means "because": the pair's meaning is shown first, the lemma stays أَنَّ.
	const glosses =
		pro.particle === 'ل' && !pro.article && entry.pos === 'part' && /^أَنَّ?$/.test(entry.lemma)
			? [BECAUSE, ...entry.glosses]
			: pro.particle === 'ب' && !pro.article && entry.lemma === 'لَا'
				? [WITHOUT, ...entry.glosses]
				: entry.glosses;
	const analysis: Analysis = {
		segments,
		lemma: entry.lemma,
		root: entry.root,
		pattern: entry.pattern,
		pos: POS_LABEL[entry.pos],
		features,
		gloss: glosses[0] ?? '',
		glosses,
		guess: false,
		score
	};
	READING_INFO.set(analysis, { flags: reading.flags, tag: feature.tag, entry: reading.entry });
	return analysis;
}

const BECAUSE = 'because';
/** بلا (ب + لا, as in بلا شك "without doubt") means "without"; the lemma stays لا. */
const WITHOUT = 'without';

const PREPOSITIONS = new WeakMap<Lexicon, Map<string, LexiconEntry | null>>();

/** The lexicon's preposition spelled `bare` (من، عن), or null. */
function prepositionEntry(lexicon: Lexicon, bare: string): LexiconEntry | null {
	let map = PREPOSITIONS.get(lexicon);
	if (!map) PREPOSITIONS.set(lexicon, (map = new Map()));
	let found = map.get(bare);
	if (found === undefined) {
		found = null;
		for (const r of lexicon.forms.get(bare) ?? []) {
			const e = lexicon.entries[r.entry];
			if (e.pos === 'prep' && e.bare === bare) {
				found = e;
				break;
			}
		}
		map.set(bare, found);
	}
	return found;
}

/** What the context rules need to know about an analysis beyond its public fields. @example readingInfo(analyzeWord('يقل', lexicon)[0]) // { flags: … JUSSIVE …, tag: 'verb-present' } */
export interface ReadingInfo {
	flags: number;
	tag: FormTag;
	/** Index into Lexicon.entries of the reading's lemma. */
	entry?: number;
}
const READING_INFO = new WeakMap<Analysis, ReadingInfo>();

/**
 * The lexicon flags and coarse tag behind an analysis made by analyzeWord (undefined for guesses).
 * @example readingInfo(analyzeWord('لن', lexicon)[0])?.tag // 'function'
 */
export function readingInfo(analysis: Analysis): ReadingInfo | undefined {
	return READING_INFO.get(analysis);
}

/**
 * A copy of an analysis with a new score, keeping its reading information (used by the context rules).
 * @example rescored(analyzeWord('يكتب', lexicon)[0], 0).score // 0
 */
export function rescored(analysis: Analysis, score: number): Analysis {
	// Written out rather than spread: every analysis has exactly these fields, in this order.
	const copy: Analysis = {
		segments: analysis.segments,
		lemma: analysis.lemma,
		root: analysis.root,
		pattern: analysis.pattern,
		pos: analysis.pos,
		features: analysis.features,
		gloss: analysis.gloss,
		glosses: analysis.glosses,
		guess: analysis.guess,
		score
	};
	const info = READING_INFO.get(analysis);
	if (info) READING_INFO.set(copy, info);
	return copy;
}

export { guessRoot } from './root-guess';

/** Keyed by the entries array, which copies of a lexicon object (`{ ...lexicon }`) share. */
const KNOWN_ROOTS = new WeakMap<LexiconEntry[], Set<string>>();

/** The roots the lexicon's entries have, for guessing the root of an unknown word. */
function knownRoots(lexicon: Lexicon): Set<string> {
	let roots = KNOWN_ROOTS.get(lexicon.entries);
	if (!roots) {
		roots = new Set();
		for (const e of lexicon.entries) if (e.root) roots.add(e.root);
		KNOWN_ROOTS.set(lexicon.entries, roots);
	}
	return roots;
}

/** The analysis of a "word" with no letters at all (only marks or tatweel): unknown, never empty. */
function letterlessAnalysis(word: string): Analysis {
	return {
		segments: [{ text: word, form: word, role: 'stem', gloss: '' }],
		lemma: word,
		root: '',
		pattern: '',
		pos: 'unknown',
		features: 'unknown word',
		gloss: '',
		glosses: [],
		guess: true,
		score: -20
	};
}

/**
 * The word read whole as an unknown noun (a name, a foreign word), for the context rules: كاسبرسكي لاب is not ل + آب.
 * @example wholeWordGuess('لاب', -3).segments.map((s) => s.text) // ['لاب']
 */
export function wholeWordGuess(word: string, score: number): Analysis {
	const { key, offsets } = keyWithOffsets(word);
	const whole = guessAnalyses(word, key, offsets).find((a) => a.segments.length === 1);
	const guess = whole ?? letterlessAnalysis(word);
	return { ...guess, score };
}

/**
 * Guesses for a word the lexicon lacks: the whole word as a noun, and, when it opens with the article (ال، وال،
 * بال، لل …) or another proclitic before a long enough stem, the stripped stem.
 */
function guessAnalyses(
	word: string,
	key: string,
	offsets: number[],
	lexicon?: Lexicon
): Analysis[] {
	const roots = lexicon ? knownRoots(lexicon) : undefined;
	const rawAt = (k: number) => (k === 0 ? 0 : k >= offsets.length ? word.length : offsets[k]);
	const out: Analysis[] = [];
	const make = (pro: ProcliticCombination | null, enc: Enclitic | null, score: number) => {
		const segments: Segment[] = [];
		let k = 0;
		for (const part of pro?.parts ?? []) {
			const start = rawAt(k);
			k += part.key.length;
			segments.push({
				text: word.slice(start, rawAt(k)),
				form: part.form,
				role: part.role,
				gloss: part.gloss
			});
		}
		const stemEnd = key.length - (enc ? enc.key.length : 0);
		const stemText = word.slice(rawAt(k), rawAt(stemEnd));
		const stem = normalizeSpelling(stemText);
		segments.push({ text: stemText, form: stem, role: 'stem', gloss: '' });
		if (enc)
			segments.push({
				text: word.slice(rawAt(stemEnd)),
				form: enc.key,
				role: 'enclitic',
				gloss: enc.gloss
			});
		let lemma = stem;
		let pos: Analysis['pos'] = 'noun';
		if (pro?.article && /..ي(ة|ون|ين|ات)$/.test(stem)) {
			lemma = stem.replace(/(ة|ون|ين|ات)$/, '');
			pos = 'adjective';
		} else if (pro?.article && /...ات$/.test(stem)) {
			// A sound feminine plural behind the article (الاستمارات): its singular in ة is the likelier lemma.
			lemma = stem.slice(0, -2) + 'ة';
		}
		// A plain property, not a getter that guesses on first read: with an accessor among the analyses, rescored's
		// spread ({ ...analysis }, 24 000 copies over the bench text) leaves V8's fast clone path and calls the getter
		// anyway; that cost far more than the ~300 guesses (4 µs each) a first pass over the bench text makes.
		out.push({
			segments,
			lemma,
			root: guessRoot(stem, roots),
			pattern: '',
			pos,
			features: `${pos} (guessed)${pro?.article ? ', with the article' : ''}`,
			gloss: '',
			glosses: [],
			guess: true,
			score
		});
	};
	for (const pro of PROCLITICS) {
		if (!pro.article || !key.startsWith(pro.key)) continue;
		// A stem under three letters behind ال is more often part of a foreign word or name (الو، الب) than a noun.
		if (key.length - pro.key.length >= 3) {
			make(pro, null, -10 - 0.1 * pro.parts.length);
			break;
		}
	}
	if (out.length === 0) {
		// و/ف before an unknown word of four letters or more is far more often "and/so" than part of a name; an
		// initial وا is kept whole unless the alef carries a hamza (واشنطن, but وإكستر = و + إكستر).
		const conj = PROCLITICS.find((p) => p.key === key[0] && p.conjunction && p.parts.length === 1);
		const rest = word.slice(rawAt(1));
		if (
			conj &&
			key.length - 1 >= 4 &&
			(key[1] !== 'ا' || /^[\u064B-\u0652\u0640]*[أإآ]/.test(rest))
		)
			make(conj, null, -10.5);
	}
	make(null, null, out.length ? -12 : -10);
	return out;
}
