/**
 * The lexicon compiler: validates the TSV rows of content/lexicon (format in content/lexicon/README.md) and turns
 * each lemma row into all its inflected forms, indexed by their matching key. Pure: sources are passed in.
 */
import { dediacritize, normalizeForMatch } from '../normalize';
import { deriveFromVerb, type VerbSource } from './derive';
import { conjugateVerb, inflectAdjective, inflectNoun, type GeneratedForm } from './inflect';
import {
	FLAG,
	LEXICON_POS,
	type FeatureInfo,
	type FormReading,
	type Lexicon,
	type LexiconEntry,
	type LexiconPos
} from './lexicon';

/** The exact header row every lexicon file must have. @example LEXICON_HEADER.split('\t') // ['lemma','pos','root','pattern','forms','gloss','rank'] above قَالَ\tverb\t… */
export const LEXICON_HEADER = 'lemma\tpos\troot\tpattern\tforms\tgloss\trank';

const VERB_FORMS = new Set([
	'I',
	'II',
	'III',
	'IV',
	'V',
	'VI',
	'VII',
	'VIII',
	'IX',
	'X',
	'QI',
	'QII',
	'QIV'
]);
const FORM_KEYS: Record<string, Set<string>> = {
	verb: new Set(['impf', 'pass', 'stems', 'vn']),
	noun: new Set(['pl', 'f', 'coll', 'inv', 'alt', 'def', 'var']),
	adj: new Set(['pl', 'f', 'inv', 'var']),
	num: new Set(['value', 'ord', 'frac', 'pl', 'f', 'inv'])
};
/** Patterns of the verbal nouns of Forms II–X (and III's مفاعلة), whose plural is in ات. */
const DERIVED_MASDAR_PATTERNS = new Set([
	'تفعيل',
	'تفعّل',
	'تفعل',
	'إفعال',
	'افتعال',
	'انفعال',
	'استفعال',
	'تفاعل',
	'مفاعلة'
]);
const FUNCTION_KEYS = new Set(['suffix', 'nosuffix', 'proclitic', 'alt', 'art', 'noprep']);
const ARABIC_WORD = /^[\u0621-\u063A\u0641-\u0652\u0670\u0671]+$/;
const ROOT_LETTER = /^[\u0621-\u063A\u0641-\u064A]$/;

/** A parsed `forms` column. */
type FormsField = Map<string, string>;

function parseForms(field: string, fail: (m: string) => void): FormsField {
	const map: FormsField = new Map();
	if (field === '-' || field === '') return map;
	for (const part of field.split(';')) {
		const item = part.trim();
		if (!item) continue;
		const eq = item.indexOf('=');
		const key = eq < 0 ? item : item.slice(0, eq);
		const value = eq < 0 ? '' : item.slice(eq + 1);
		if (/\s/.test(key) || (eq >= 0 && value === ''))
			fail(`bad forms item "${item}" (expected key=value or a bare flag)`);
		if (map.has(key)) fail(`forms key "${key}" given twice`);
		map.set(key, value);
	}
	return map;
}

function checkWord(value: string, what: string, fail: (m: string) => void): boolean {
	if (!ARABIC_WORD.test(value)) {
		fail(`${what} "${value}" must be Arabic letters and marks only`);
		return false;
	}
	return true;
}

/** Interns feature descriptions so readings share them. */
class FeatureTable {
	list: FeatureInfo[] = [];
	private index = new Map<string, number>();
	id(tag: FeatureInfo['tag'], text: string): number {
		const key = tag + '|' + text;
		let id = this.index.get(key);
		if (id === undefined) {
			id = this.list.length;
			this.list.push({ tag, text });
			this.index.set(key, id);
		}
		return id;
	}
}

/**
 * Compile lexicon sources into the analyzer's lookup tables. Every line is validated; a bad row is reported as
 * `file:line: message` in `errors` and skipped, so one typo never takes the app down (the build script fails on it).
 * @example compileLexicon([{ path: 'verbs.tsv', text: 'lemma\tpos\troot\tpattern\tforms\tgloss\trank\nقَالَ\tverb\tق و ل\tI\timpf=يَقُولُ\tsay\t18' }]).forms.has('قالت') // true
 */
export function compileLexicon(
	sources: { path: string; text: string }[]
): Lexicon & { forms: Map<string, FormReading[]> } {
	const entries: LexiconEntry[] = [];
	const errors: string[] = [];
	const features = new FeatureTable();
	const forms = new Map<string, FormReading[]>();
	const seen = new Map<string, string>();
	const verbSources: { source: string; verb: VerbSource }[] = [];

	const addForm = (entry: number, f: GeneratedForm) => {
		const key = normalizeForMatch(f.text);
		if (!key) return;
		const feature = features.id(f.tag, f.features);
		let list = forms.get(key);
		if (!list) forms.set(key, (list = []));
		const standalone = f.standalone ?? '';
		for (const r of list) {
			if (
				r.entry === entry &&
				r.feature === feature &&
				r.spelling === f.text &&
				r.standalone === standalone
			) {
				r.flags |= f.flags;
				return;
			}
		}
		list.push({ entry, feature, spelling: f.text, standalone, flags: f.flags });
	};

	for (const source of sources) {
		const file = source.path;
		const lines = source.text.split(/\r?\n/);
		let headerSeen = false;
		lines.forEach((raw, index) => {
			const lineNo = index + 1;
			const line = raw.replace(/^\uFEFF/, '');
			if (line.trim() === '' || line.startsWith('#')) return;
			const where = `${file}:${lineNo}`;
			let rowOk = true;
			const fail = (message: string) => {
				errors.push(`${where}: ${message}`);
				rowOk = false;
			};
			if (!headerSeen) {
				headerSeen = true;
				if (line.trim() !== LEXICON_HEADER)
					fail(`header must be exactly "${LEXICON_HEADER.replace(/\t/g, '<TAB>')}"`);
				return;
			}
			const cols = line.split('\t');
			if (cols.length !== 7) {
				fail(
					`expected 7 TAB-separated columns, found ${cols.length}${cols.length === 1 ? ' (spaces instead of TABs?)' : ''}`
				);
				return;
			}
			const [lemmaRaw, posRaw, rootRaw, patternRaw, formsRaw, glossRaw, rankRaw] = cols.map((c) =>
				c.trim()
			);
			const lemma = lemmaRaw.normalize('NFC');
			if (!checkWord(lemma, 'lemma', fail)) return;
			if (!(LEXICON_POS as readonly string[]).includes(posRaw)) {
				fail(`unknown pos "${posRaw}" (one of ${LEXICON_POS.join(' ')})`);
				return;
			}
			const pos = posRaw as LexiconPos;
			let rootLetters: string[] = [];
			if (rootRaw !== '-') {
				rootLetters = rootRaw.split(' ');
				if (
					rootLetters.length < 2 ||
					rootLetters.length > 5 ||
					!rootLetters.every((l) => ROOT_LETTER.test(l))
				)
					fail(`root "${rootRaw}" must be 2–5 Arabic letters separated by single spaces, or -`);
			}
			const pattern = patternRaw === '-' ? '' : patternRaw;
			if (pos === 'verb' && !VERB_FORMS.has(pattern))
				fail(`verb pattern "${patternRaw}" must be one of I…X, QI, QII, QIV`);
			const formsField = parseForms(formsRaw, fail);
			const allowed = FORM_KEYS[pos] ?? FUNCTION_KEYS;
			for (const key of formsField.keys())
				if (!allowed.has(key)) fail(`forms key "${key}" is not allowed for pos ${pos}`);
			const glosses = glossRaw
				.split(';')
				.map((g) => g.trim())
				.filter(Boolean);
			if (glosses.length === 0) fail('gloss is empty');
			let rank = 0;
			if (rankRaw !== '' && rankRaw !== '-') {
				rank = Number(rankRaw);
				if (!Number.isInteger(rank) || rank <= 0)
					fail(`rank "${rankRaw}" must be a positive whole number or empty`);
			}
			let bare = dediacritize(lemma);
			// A defective noun/adjective written with tanwin (ثانٍ، قاضٍ) inflects on its ي stem (الثاني، ثانية).
			if (
				lemma.endsWith('\u064D') &&
				['noun', 'adj', 'num'].includes(posRaw) &&
				!bare.endsWith('ي')
			)
				bare += 'ي';
			// Defective (منقوص): tanwin kasra (ثانٍ) or final ي after kasra without shadda (مُحَامِي), not nisba (مِصْرِيّ).
			const defective =
				['noun', 'adj', 'num'].includes(posRaw) &&
				(lemma.endsWith('\u064D') || /\u0650ي$/.test(lemma));
			const dupKey = `${bare}|${lemma}|${pos}`;
			if (seen.has(dupKey)) fail(`duplicate of ${seen.get(dupKey)} (same lemma and pos)`);

			// Generate forms (errors found here also reject the row).
			const generated: GeneratedForm[] = [];
			const plurals: string[] = [];
			const vowelledPlurals: string[] = [];
			for (const p of (formsField.get('pl') ?? '').split('|').filter(Boolean)) {
				if (p === '+ات' || p === '+ون') plurals.push(p);
				else if (checkWord(p, 'plural', fail)) {
					plurals.push(dediacritize(p));
					vowelledPlurals.push(p.normalize('NFC'));
				}
			}
			// Verbal nouns of the derived forms make their plural in ات (تصريحات، استخدامات، اجتياحات): the default
			// when a row of such a pattern lists no plural.
			if (
				pos === 'noun' &&
				!plurals.length &&
				DERIVED_MASDAR_PATTERNS.has(pattern) &&
				!formsField.has('coll') &&
				!formsField.has('inv')
			)
				plurals.push('+ات');
			let feminine = formsField.get('f') ?? '';
			if (feminine && feminine !== '+ة')
				feminine = checkWord(feminine, 'feminine', fail) ? dediacritize(feminine) : '';
			const invariable = formsField.has('inv');
			let value: number | undefined;
			if (pos === 'verb') {
				const impf = formsField.get('impf');
				if (!impf && formsField.has('stems') && rowOk) {
					// A verb without an imperfect (لَيْسَ): the perfect is conjugated, its stem before consonant endings
					// taken from a listed stem in ت (لَسْتُ → لسـ: لستُ، لسنا، لستم), and it means the present.
					const tStem = (formsField.get('stems') ?? '')
						.split('|')
						.map((x) => dediacritize(x))
						.find((x) => x.length > 1 && x.endsWith('ت'));
					generated.push(
						...conjugateVerb({
							perfect: bare,
							imperfect: '',
							root: rootLetters,
							form: pattern,
							passive: false,
							consonantStem: tStem?.slice(0, -1)
						}).map((f) => ({
							...f,
							features: f.features.replace('past tense', 'perfect form with present meaning')
						}))
					);
				} else if (!impf)
					fail(
						'verb needs impf= (the 3rd person masculine singular imperfect, e.g. impf=يَقُولُ), or stems= for a verb without one (لَيْسَ)'
					);
				else if (checkWord(impf, 'impf', fail)) {
					const imperfect = dediacritize(impf);
					if (!imperfect.startsWith('ي')) fail(`impf "${impf}" must start with ي`);
					else if (rowOk)
						generated.push(
							...conjugateVerb({
								perfect: bare,
								imperfect,
								root: rootLetters,
								form: pattern,
								passive: formsField.has('pass')
							})
						);
				}
				for (const stem of (formsField.get('stems') ?? '').split('|').filter(Boolean))
					if (
						checkWord(stem, 'stem', fail) &&
						!generated.some((g) => g.text === dediacritize(stem))
					)
						generated.push({
							text: dediacritize(stem),
							features: 'verb',
							tag: 'verb-past',
							flags: FLAG.ALONE | FLAG.ENCLITIC | FLAG.VERB
						});
			} else if (pos === 'noun') {
				const nounForms = inflectNoun({ bare, plurals, feminine, invariable, defective });
				// `def`: only used with the article (الاثنين Monday; bare اثنين is the number two).
				if (formsField.has('def'))
					generated.push(
						...nounForms
							.filter((f) => f.flags & FLAG.ARTICLE)
							.map((f) => ({ ...f, flags: (f.flags & ~FLAG.ENCLITIC) | FLAG.WITH_ARTICLE }))
					);
				else generated.push(...nounForms);
				// امرأة and امرؤ lose their ا after the article: المرأة، المرء.
				if (/^امر[أؤ]ة?$/.test(bare))
					generated.push(
						...inflectNoun({ bare: bare.slice(1), plurals: [], feminine: '', invariable: true })
							.filter((f) => f.flags & FLAG.ARTICLE)
							.map((f) => ({
								...f,
								flags: (f.flags & ~FLAG.ENCLITIC) | FLAG.WITH_ARTICLE,
								standalone: bare
							}))
					);
				// اَللّٰه carries its own article: ل + الله is written لله (the ا and one ل drop).
				if (lemma.startsWith('اَل') && invariable)
					generated.push({
						text: bare.slice(bare[2] === 'ل' ? 2 : 1),
						features: 'noun, singular',
						tag: 'noun',
						flags: FLAG.ALONE | FLAG.AFTER_LAM,
						standalone: bare
					});
				// Case and number forms no rule derives (ذُو: ذي، ذوي، ذوو), each before a noun or a pronoun.
				for (const alt of (formsField.get('alt') ?? '').split('|').filter(Boolean))
					if (checkWord(alt, 'alt', fail))
						generated.push({
							text: dediacritize(alt),
							features: 'noun, other case or number form',
							tag: 'noun',
							flags: FLAG.ALONE | FLAG.PREPOSITION | FLAG.ENCLITIC
						});
			} else if (pos === 'adj') {
				generated.push(...inflectAdjective({ bare, plurals, feminine, invariable, defective }));
			} else if (pos === 'num') {
				const v = formsField.get('value');
				if (v !== undefined) {
					value = Number(v);
					if (!Number.isFinite(value)) fail(`value "${v}" is not a number`);
				}
				if (formsField.has('ord'))
					generated.push(
						...inflectAdjective({ bare, plurals, feminine, invariable, defective }).map((f) => ({
							...f,
							tag: 'num' as const,
							features: f.features.replace('adjective', 'ordinal number')
						}))
					);
				else {
					const nounForms = inflectNoun({ bare, plurals, feminine, invariable, defective }).map(
						(f) => ({
							...f,
							tag: 'num' as const,
							features: f.features.replace('noun', 'number')
						})
					);
					generated.push(...nounForms);
					// ثلاثة/ثلاث and عشرون/عشرين: the other gender and case spellings of cardinals.
					if (bare.endsWith('ة'))
						generated.push(
							...inflectNoun({
								bare: bare.slice(0, -1),
								plurals: [],
								feminine: '',
								invariable: true
							}).map((f) => ({ ...f, tag: 'num' as const, features: 'number' }))
						);
					if (bare.endsWith('ون'))
						generated.push(
							...inflectNoun({
								bare: bare.slice(0, -2) + 'ين',
								plurals: [],
								feminine: '',
								invariable: true
							}).map((f) => ({ ...f, tag: 'num' as const, features: 'number' }))
						);
				}
			} else {
				generated.push(...functionWordForms(pos, bare, formsField, fail));
			}
			// `var=`: other spellings of the same word (أَمِيرْكِيّ for أَمْرِيكِيّ), inflected like it with its sound
			// endings, under this row's lemma and gloss.
			if (pos === 'noun' || pos === 'adj') {
				for (const variant of (formsField.get('var') ?? '').split('|').filter(Boolean)) {
					if (!checkWord(variant, 'var', fail) || !rowOk) continue;
					const input = {
						bare: dediacritize(variant),
						plurals: plurals.filter((x) => x.startsWith('+')),
						feminine: feminine === '+ة' ? feminine : '',
						invariable,
						defective
					};
					const forms = pos === 'noun' ? inflectNoun(input) : inflectAdjective(input);
					generated.push(
						...forms.map((f) => ({ ...f, features: `${f.features}, other spelling` }))
					);
				}
			}
			if (!rowOk) return;
			seen.set(dupKey, where);
			if (pos === 'verb' && formsField.get('impf'))
				verbSources.push({
					source: where,
					verb: {
						lemma,
						imperfect: formsField.get('impf') ?? '',
						root: rootLetters,
						form: pattern,
						passive: formsField.has('pass'),
						glosses,
						verbalNouns: (formsField.get('vn') ?? '')
							.split('|')
							.filter((v) => v && ARABIC_WORD.test(v))
					}
				});
			const entryIndex = entries.length;
			const entry: LexiconEntry = {
				lemma,
				bare,
				pos,
				root: rootLetters.join(' '),
				pattern,
				glosses,
				rank,
				source: where
			};
			if (value !== undefined) entry.value = value;
			if (vowelledPlurals.length && pos !== 'verb') entry.plurals = vowelledPlurals;
			entries.push(entry);
			for (const f of generated) addForm(entryIndex, f);
		});
	}
	addDerivedWords(verbSources, entries, addForm, forms);
	return { entries, features: features.list, forms, errors };
}

/** Forms of a function word: itself, its stem before pronoun suffixes, and ل + ال… merging (للذين). */
function functionWordForms(
	pos: LexiconPos,
	bare: string,
	forms: FormsField,
	fail: (m: string) => void
): GeneratedForm[] {
	const { ALONE, ENCLITIC, PREPOSITION, ARTICLE, AFTER_LAM, CLITIC_WORD, SUFFIX_WORD } = FLAG;
	const features =
		pos === 'adv'
			? 'adverb'
			: pos === 'pron'
				? 'pronoun'
				: pos === 'dem'
					? 'demonstrative'
					: pos === 'rel'
						? 'relative pronoun'
						: pos === 'interrog'
							? 'interrogative'
							: pos === 'prep'
								? 'preposition'
								: pos === 'conj'
									? 'conjunction'
									: 'particle';
	const out: GeneratedForm[] = [];
	const takesSuffix = !forms.has('nosuffix') && pos !== 'pron' && pos !== 'dem' && pos !== 'rel';
	const suffix = forms.get('suffix');
	const proclitic = forms.has('proclitic');
	const baseFlags =
		ALONE |
		(proclitic ? CLITIC_WORD : pos === 'pron' || forms.has('noprep') ? 0 : PREPOSITION) |
		(forms.has('art') ? ARTICLE : 0);
	const spellings = [bare];
	for (const alt of (forms.get('alt') ?? '').split('|').filter(Boolean))
		if (checkWord(alt, 'alt', fail)) spellings.push(dediacritize(alt));
	for (const text of spellings) {
		out.push({
			text,
			features,
			tag: 'function',
			// A pronoun suffix written alone (ه، ي، نا) only occurs as a separated clitic; و/ف never precede it
			// (وي is not "and I").
			flags:
				baseFlags |
				(takesSuffix && !suffix ? ENCLITIC : 0) |
				(pos === 'pron' && text !== bare ? SUFFIX_WORD : 0)
		});
		// ل + الذي is written للذي: the relative's alef drops after the preposition.
		if (text.startsWith('ال') && text.length > 3)
			out.push({
				text: text.slice(1),
				features,
				tag: 'function',
				flags: ALONE | AFTER_LAM,
				standalone: text
			});
	}
	if (suffix) {
		for (const s of suffix.split('|'))
			if (checkWord(s, 'suffix', fail))
				out.push({
					text: dediacritize(s),
					features,
					tag: 'function',
					flags: ENCLITIC | (proclitic ? CLITIC_WORD : PREPOSITION),
					standalone: bare
				});
	}
	return out;
}

/**
 * Add the participles and verbal nouns of verb rows that no noun or adjective row already covers (same letters).
 * Derived entries carry the verb row's source with "(derived)" and no frequency rank.
 * A participle whose letters are only a noun's (مُجْتَمَع "society" for مُجْتَمِع "gathered", مُلْحَق "annex" for
 * "attached") keeps the inflected forms that noun lacks (مجتمعة، مجتمعون، ملحقة), so they are not unknown words;
 * the forms the noun row has stay the noun's alone.
 */
function addDerivedWords(
	verbs: { source: string; verb: VerbSource }[],
	entries: LexiconEntry[],
	addForm: (entry: number, form: GeneratedForm) => void,
	forms: Map<string, FormReading[]>
): void {
	const written = new Map<string, LexiconPos[]>();
	for (const e of entries)
		if (e.pos !== 'verb') {
			const key = normalizeForMatch(e.bare);
			const list = written.get(key);
			if (list) list.push(e.pos);
			else written.set(key, [e.pos]);
		}
	for (const { source, verb } of verbs) {
		for (const word of deriveFromVerb(verb)) {
			const bare = dediacritize(word.lemma);
			const key = normalizeForMatch(bare);
			const taken = written.get(key);
			const onlyNouns =
				taken !== undefined && word.pos === 'adj' && !taken.some((p) => p !== 'noun');
			if (taken && !onlyNouns) continue;
			if (taken) taken.push(word.pos);
			else written.set(key, [word.pos]);
			const entryIndex = entries.length;
			entries.push({
				lemma: word.lemma,
				bare,
				pos: word.pos,
				root: verb.root.join(' '),
				pattern: word.pattern,
				glosses: word.glosses,
				rank: 0,
				source: `${source} (derived)`
			});
			const input = {
				bare,
				plurals: word.pos === 'noun' && verb.form !== 'I' ? ['+ات'] : [],
				feminine: '',
				invariable: false,
				defective: word.defective
			};
			const inflected = word.pos === 'adj' ? inflectAdjective(input) : inflectNoun(input);
			const nounForms = new Set(
				onlyNouns ? inflected.map((f) => normalizeForMatch(f.text)).filter((k) => forms.has(k)) : []
			);
			for (const f of inflected) {
				if (nounForms.has(normalizeForMatch(f.text))) continue;
				addForm(entryIndex, { ...f, features: f.features.replace(/^(adjective|noun)/, word.kind) });
			}
		}
	}
}
