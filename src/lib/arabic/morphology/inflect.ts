/**
 * Generation of inflected forms from lemma rows: verb conjugation (perfect, imperfect in three moods, imperative,
 * passive) with weak classes derived from the root, and noun/adjective inflection (dual, sound and broken plurals,
 * feminine, construct and pre-enclitic stems). Works on undiacritised spellings with hamza seats kept.
 */
import { FLAG } from './lexicon';

/** One generated form, before it is entered into the lexicon's form table. @example { text: 'زيارت', features: 'noun, singular', tag: 'noun', flags: ENCLITIC, standalone: 'زيارة' } */
export interface GeneratedForm {
	text: string;
	features: string;
	tag: 'noun' | 'adj' | 'num' | 'verb-past' | 'verb-present' | 'verb-imperative' | 'function';
	flags: number;
	/** The form as written alone, when it differs (pre-enclitic ت of ة). */
	standalone?: string;
}

const {
	ARTICLE,
	ENCLITIC,
	ALONE,
	PREPOSITION,
	FUTURE,
	VERB,
	INDICATIVE,
	SUBJUNCTIVE,
	JUSSIVE,
	PASSIVE,
	RARE
} = FLAG;
const ALL_MOODS = INDICATIVE | SUBJUNCTIVE | JUSSIVE;

/** @example PERSONS[1] // '3fs' (قالتْ) */
export const PERSONS = [
	'3ms',
	'3fs',
	'3md',
	'3fd',
	'3mp',
	'3fp',
	'2ms',
	'2fs',
	'2d',
	'2mp',
	'2fp',
	'1s',
	'1p'
] as const;
/** @example '1p' (قلنا) */
export type Person = (typeof PERSONS)[number];

/** Plain-English subject of each person. @example PERSON_LABEL['3fs'] // 'she/it' (قالت) */
export const PERSON_LABEL: Record<Person, string> = {
	'3ms': 'he/it',
	'3fs': 'she/it',
	'3md': 'they two (masculine)',
	'3fd': 'they two (feminine)',
	'3mp': 'they (masculine)',
	'3fp': 'they (feminine)',
	'2ms': 'you (masculine)',
	'2fs': 'you (feminine)',
	'2d': 'you two',
	'2mp': 'you (masculine plural)',
	'2fp': 'you (feminine plural)',
	'1s': 'I',
	'1p': 'we'
};

const IMPERFECT_PREFIX: Record<Person, string> = {
	'3ms': 'ي',
	'3fs': 'ت',
	'3md': 'ي',
	'3fd': 'ت',
	'3mp': 'ي',
	'3fp': 'ي',
	'2ms': 'ت',
	'2fs': 'ت',
	'2d': 'ت',
	'2mp': 'ت',
	'2fp': 'ت',
	'1s': 'أ',
	'1p': 'ن'
};

const WEAK = new Set(['و', 'ي']);
/** Verb forms in which a weak middle radical makes the verb hollow (قال، أقام، انقاد، اختار، استقال). */
const HOLLOW_FORMS = new Set(['I', 'IV', 'VII', 'VIII', 'X']);

/**
 * Attach an ending, writing a doubled ن or ت once (كان + نا → كنّا، ثبت + ت → ثبتّ), as Arabic spelling does.
 * @example join('كن', 'نا') // 'كنا'
 */
export function join(stem: string, ending: string): string {
	const last = stem[stem.length - 1];
	return (last === 'ن' || last === 'ت') && ending[0] === last
		? stem + ending.slice(1)
		: stem + ending;
}

/** Weak-verb class of a verb, derived from its root, form and spellings. */
export type VerbClass = 'sound' | 'hollow' | 'defective' | 'doubled';

/**
 * Classify a verb from its undiacritised perfect and imperfect and its root letters.
 * @example classifyVerb('قال', 'يقول', ['ق', 'و', 'ل'], 'I') // 'hollow'
 * @example classifyVerb('ردّ'.replace('ّ', ''), 'يرد', ['ر', 'د', 'د'], 'I') // 'doubled'
 */
export function classifyVerb(
	perfect: string,
	imperfect: string,
	root: string[],
	form: string
): VerbClass {
	const last = perfect[perfect.length - 1];
	if (last === 'ا' || last === 'ى') return 'defective';
	if (last === 'ي' && root.length === 3 && WEAK.has(root[2])) return 'defective';
	if (
		root.length === 3 &&
		HOLLOW_FORMS.has(form) &&
		WEAK.has(root[1]) &&
		perfect[perfect.length - 2] === 'ا'
	)
		return 'hollow';
	// Forms IX (احمرّ) and QIV (اطمأنّ) double their last radical: احمررت، اطمأننت، يطمئنّ/يطمئنن.
	if ((form === 'IX' || form === 'QIV') && perfect.endsWith(root[root.length - 1]))
		return 'doubled';
	if (
		root.length === 3 &&
		root[1] === root[2] &&
		!perfect.endsWith(root[1] + root[2]) &&
		perfect.endsWith(root[2])
	)
		return 'doubled';
	void imperfect;
	return 'sound';
}

interface VerbInput {
	/** Undiacritised 3ms perfect (قال). */
	perfect: string;
	/** Undiacritised 3ms imperfect (يقول). */
	imperfect: string;
	root: string[];
	form: string;
	passive: boolean;
	/** The perfect stem before consonant endings when no rule derives it (لَيْسَ → لسـ of لستُ، لسنا). */
	consonantStem?: string;
}

/**
 * All conjugated forms of a verb: perfect (13 persons), imperfect indicative/subjunctive/jussive, imperative,
 * and the passive when asked, plus the stems that take object enclitics (كتبوا → كتبو+ه، رمى → رما+ه).
 * @example conjugateVerb({ perfect: 'قال', imperfect: 'يقول', root: ['ق','و','ل'], form: 'I', passive: true }).map((f) => f.text).includes('قلت') // true
 */
export function conjugateVerb(input: VerbInput): GeneratedForm[] {
	const { perfect: P, imperfect: I, root, form, passive } = input;
	const cls = classifyVerb(P, I, root, form);
	const out: GeneratedForm[] = [];
	const add = (
		text: string,
		tense: 'past' | 'present' | 'imperative',
		person: Person,
		flags: number,
		voice = ''
	) => {
		if (!text) return;
		const tag =
			tense === 'past' ? 'verb-past' : tense === 'present' ? 'verb-present' : 'verb-imperative';
		const tenseText =
			tense === 'past' ? 'past tense' : tense === 'present' ? 'present tense' : 'imperative';
		const features = `verb, ${tenseText}${voice ? ', ' + voice : ''}, ${PERSON_LABEL[person]}`;
		out.push({ text, features, tag, flags: flags | VERB | (voice ? PASSIVE : 0) });
		if (voice) return;
		// Stems before object enclitics.
		if (text.endsWith('وا'))
			out.push({
				text: text.slice(0, -1),
				features,
				tag,
				flags: (flags & ~ALONE) | VERB | ENCLITIC,
				standalone: text
			});
		else if (text.endsWith('ى'))
			out.push({
				text: text.slice(0, -1) + 'ا',
				features,
				tag,
				flags: (flags & ~ALONE) | VERB | ENCLITIC,
				standalone: text
			});
		else if (text.endsWith('تم'))
			out.push({
				text: text + 'و',
				features,
				tag,
				flags: (flags & ~ALONE) | VERB | ENCLITIC,
				standalone: text
			});
	};
	const ENC_ALONE = ENCLITIC | ALONE;

	// Perfect.
	const base = P.slice(0, -1);
	let Pc = P; // before consonant-initial endings (ت، نا، ن)
	let P3fs = P + 'ت';
	let P3md = P + 'ا';
	let P3fd = P + 'تا';
	let P3mp = P + 'وا';
	if (cls === 'hollow') {
		Pc = P.slice(0, -2) + P.slice(-1);
		// The hamza left when the long vowel drops takes a seat: after the short vowel of Form I (شاء → شئت،
		// ساء → سؤت), on alef after a vowelless letter elsewhere (استاء → استأت، أضاء → أضأت).
		if (Pc.endsWith('ء'))
			Pc = Pc.slice(0, -1) + (form === 'I' ? (root[1] === 'و' ? 'ؤ' : 'ئ') : 'أ');
	} else if (cls === 'doubled') Pc = P + root[root.length - 1];
	else if (cls === 'defective') {
		const last = P[P.length - 1];
		if (last === 'ي') {
			Pc = P;
			P3mp = base + 'وا';
		} else {
			Pc = base + (last === 'ا' && form === 'I' ? 'و' : 'ي');
			P3fs = base + 'ت';
			P3fd = base + 'تا';
			P3md = Pc + 'ا';
			P3mp = base + 'وا';
		}
	}
	if (input.consonantStem) Pc = input.consonantStem;
	const perfectForms: [Person, string][] = [
		['3ms', P],
		['3fs', P3fs],
		['3md', P3md],
		['3fd', P3fd],
		['3mp', P3mp],
		['3fp', join(Pc, 'ن')],
		['2ms', join(Pc, 'ت')],
		['2fs', join(Pc, 'ت')],
		['2d', join(Pc, 'تما')],
		['2mp', join(Pc, 'تم')],
		['2fp', join(Pc, 'تن')],
		['1s', join(Pc, 'ت')],
		['1p', join(Pc, 'نا')]
	];
	for (const [person, text] of perfectForms) add(text, 'past', person, ENC_ALONE);

	// Verbs with no imperfect (ليس) stop after the perfect.
	if (!I) return out;

	// Imperfect stems.
	const S = I.slice(1);
	let short = S; // jussive singular / before ن of the feminine plural
	let vowelBase = S; // before vowel-initial endings (ين، ون، ي، وا)
	const lastI = S[S.length - 1];
	const defectiveI =
		cls === 'defective' ||
		(root.length === 3 && WEAK.has(root[2]) && (lastI === 'و' || lastI === 'ي' || lastI === 'ى'));
	if (cls === 'hollow' && 'اوي'.includes(S[S.length - 2])) {
		short = S.slice(0, -2) + S.slice(-1);
		// يشاء → يشأ، يجيء → يجئ: the hamza takes the seat of the vowel before it.
		if (short.endsWith('ء'))
			short =
				short.slice(0, -1) +
				({ ا: 'أ', و: 'ؤ', ي: 'ئ' } as Record<string, string>)[S[S.length - 2]];
	}
	if (defectiveI && 'ويى'.includes(lastI)) {
		short = S.slice(0, -1);
		vowelBase = S.slice(0, -1);
	}
	const dualBase = defectiveI && lastI === 'ى' ? S.slice(0, -1) + 'ي' : S;
	const fpStem =
		cls === 'hollow'
			? short
			: cls === 'doubled'
				? S + root[root.length - 1]
				: defectiveI && lastI === 'ى'
					? S.slice(0, -1) + 'ي'
					: S;
	const jussiveSingular = cls === 'doubled' ? [S, S + root[root.length - 1]] : [short];
	const prefixed = (person: Person, stem: string) => {
		const p = IMPERFECT_PREFIX[person];
		if (p === 'أ' && (stem[0] === 'أ' || stem[0] === 'ا')) return 'آ' + stem.slice(1);
		return p + stem;
	};
	const singles: Person[] = ['3ms', '3fs', '2ms', '1s', '1p'];
	const sameJussive = jussiveSingular.length === 1 && jussiveSingular[0] === S;
	for (const person of singles) {
		add(
			prefixed(person, S),
			'present',
			person,
			ENC_ALONE | (sameJussive ? ALL_MOODS : INDICATIVE | SUBJUNCTIVE) | PREPOSITION | FUTURE
		);
		if (!sameJussive)
			for (const j of jussiveSingular)
				add(prefixed(person, j), 'present', person, ENC_ALONE | JUSSIVE | PREPOSITION);
	}
	add(prefixed('2fs', vowelBase + 'ين'), 'present', '2fs', ENC_ALONE | INDICATIVE | FUTURE);
	add(
		prefixed('2fs', vowelBase + 'ي'),
		'present',
		'2fs',
		ENC_ALONE | SUBJUNCTIVE | JUSSIVE | PREPOSITION
	);
	for (const person of ['3md', '3fd', '2d'] as Person[]) {
		add(prefixed(person, dualBase + 'ان'), 'present', person, ENC_ALONE | INDICATIVE | FUTURE);
		add(
			prefixed(person, dualBase + 'ا'),
			'present',
			person,
			ENC_ALONE | SUBJUNCTIVE | JUSSIVE | PREPOSITION
		);
	}
	for (const person of ['3mp', '2mp'] as Person[]) {
		add(prefixed(person, vowelBase + 'ون'), 'present', person, ENC_ALONE | INDICATIVE | FUTURE);
		add(
			prefixed(person, vowelBase + 'وا'),
			'present',
			person,
			ENC_ALONE | SUBJUNCTIVE | JUSSIVE | PREPOSITION
		);
	}
	for (const person of ['3fp', '2fp'] as Person[])
		add(
			prefixed(person, join(fpStem, 'ن')),
			'present',
			person,
			ENC_ALONE | ALL_MOODS | FUTURE | PREPOSITION
		);

	// Imperative (2nd person): the jussive without its prefix, with a helping alef where the stem starts with a
	// vowelless consonant (Form I sound/defective, VII–X) and أ in Form IV.
	let helper = '';
	if (form === 'I')
		helper = cls === 'hollow' || cls === 'doubled' || S[0] === 'ا' || S[0] === 'أ' ? '' : 'ا';
	else if (form === 'IV') helper = 'أ';
	else if (['VII', 'VIII', 'IX', 'X', 'QIV'].includes(form)) helper = 'ا';
	const imperativeStem = (stem: string) => (form === 'IV' ? stem.replace(/^[اأ]/, '') : stem);
	const impSingular = cls === 'doubled' ? S : short;
	add(helper + imperativeStem(impSingular), 'imperative', '2ms', ENC_ALONE | RARE);
	add(helper + imperativeStem(vowelBase + 'ي'), 'imperative', '2fs', ENC_ALONE | RARE);
	add(helper + imperativeStem(dualBase + 'ا'), 'imperative', '2d', ENC_ALONE | RARE);
	add(helper + imperativeStem(vowelBase + 'وا'), 'imperative', '2mp', ENC_ALONE | RARE);

	if (passive) {
		const voice = 'passive';
		let pp = P;
		let pp3fs = P + 'ت';
		let pp3mp = P + 'وا';
		if ((form === 'III' && P[1] === 'ا') || (form === 'VI' && P[2] === 'ا')) {
			// فاعل → فوعل in the passive (لاحظ → لوحظ، تناول → تنوول).
			const i = form === 'III' ? 1 : 2;
			pp = P.slice(0, i) + 'و' + P.slice(i + 1);
			pp3fs = pp + 'ت';
			pp3mp = pp + 'وا';
		} else if (cls === 'hollow') {
			pp = P.slice(0, -2) + 'ي' + P.slice(-1);
			pp3fs = pp + 'ت';
			pp3mp = pp + 'وا';
		} else if (cls === 'defective') {
			pp = base + 'ي';
			pp3fs = base + 'يت';
			pp3mp = base + 'وا';
		}
		add(pp, 'past', '3ms', ALONE, voice);
		add(pp3fs, 'past', '3fs', ALONE, voice);
		add(pp3mp, 'past', '3mp', ALONE, voice);
		let ps = S;
		if (cls === 'hollow' && 'اوي'.includes(S[S.length - 2]))
			ps = S.slice(0, -2) + 'ا' + S.slice(-1);
		else if (defectiveI) ps = S.slice(0, -1) + 'ى';
		// Assimilated verbs get their و back in the passive: يجد → يُوجَد، يضع → يُوضَع.
		if (form === 'I' && root[0] === 'و' && S[0] !== 'و') ps = 'و' + ps;
		for (const person of ['3ms', '3fs'] as Person[])
			add(
				prefixed(person, ps),
				'present',
				person,
				ALONE | INDICATIVE | SUBJUNCTIVE | FUTURE | PREPOSITION,
				voice
			);
		add(prefixed('3mp', vowelBase + 'ون'), 'present', '3mp', ALONE | INDICATIVE | FUTURE, voice);
	}
	// A final-radical hamza before و or ي is also written on that letter's seat (بدأوا/بدؤوا، يبدأون/يبدؤون).
	for (const f of [...out]) {
		const m = /^(.{2,})أ([وي].{0,2})$/.exec(f.text);
		if (m) out.push({ ...f, text: m[1] + (m[2][0] === 'و' ? 'ؤ' : 'ئ') + m[2] });
	}
	return out;
}

/** Feminine stem before endings: ة → ت (زيارة → زيارت), ى → ي? is not changed here. */
function tStem(word: string): string {
	return word.endsWith('ة') ? word.slice(0, -1) + 'ت' : word;
}

/** Variants of a nominal form used before a pronoun enclitic. */
function encliticStems(text: string): { text: string; standalone: string }[] {
	if (text.endsWith('ة')) return [{ text: text.slice(0, -1) + 'ت', standalone: text }];
	if (text.endsWith('ى')) return [{ text: text.slice(0, -1) + 'ا', standalone: text }];
	if (text.endsWith('اء'))
		return [
			{ text, standalone: '' },
			{ text: text.slice(0, -1) + 'ؤ', standalone: text },
			{ text: text.slice(0, -1) + 'ئ', standalone: text }
		];
	return [{ text, standalone: '' }];
}

/**
 * Add a nominal form with its article/enclitic/tanwin variants.
 * - the form itself (with article, alone);
 * - its pre-enclitic stem(s) (ة → ت, ى → ا, اء → اؤ/ائ);
 * - the accusative tanwin alef (كتاباً) as a rarer reading.
 */
function addNominal(
	out: GeneratedForm[],
	text: string,
	features: string,
	tag: GeneratedForm['tag'],
	extra = 0
): void {
	out.push({ text, features, tag, flags: ARTICLE | ALONE | PREPOSITION | extra });
	for (const stem of encliticStems(text)) {
		out.push({
			text: stem.text,
			features,
			tag,
			flags: ENCLITIC | PREPOSITION | extra,
			standalone: stem.standalone || undefined
		});
	}
	const last = text[text.length - 1];
	// Tanwin alef after hamza: شيء → شيئا، جزء → جزءا/جزئا; none after ا (ماء، أعضاء).
	if (last === 'ء' && text[text.length - 2] !== 'ا') {
		const stem = text.slice(0, -1);
		for (const seat of text[text.length - 2] === 'ي' ? ['ئ'] : ['ء', 'ئ'])
			out.push({
				text: stem + seat + 'ا',
				features: features + ', indefinite accusative',
				tag,
				flags: ALONE | PREPOSITION | RARE | extra,
				standalone: text
			});
	}
	// No tanwin alef after ة، ا، ى، ء or on a sound feminine plural (duals and sound masculine plurals never
	// come through here); singulars in ين/ان/ون do take it (أميناً، مكاناً، قانوناً).
	if (!'ةاىء'.includes(last) && !text.endsWith('ات')) {
		out.push({
			text: text + 'ا',
			features: features + ', indefinite accusative',
			tag,
			flags: ALONE | PREPOSITION | RARE | extra,
			standalone: text
		});
	}
}

/** Add the dual (ان / ين, construct ا / ي) of a stem. */
function addDual(
	out: GeneratedForm[],
	singular: string,
	features: string,
	tag: GeneratedForm['tag']
): void {
	const stem = singular.endsWith('ى') ? singular.slice(0, -1) + 'ي' : tStem(singular);
	for (const ending of ['ان', 'ين'])
		out.push({ text: stem + ending, features, tag, flags: ARTICLE | ALONE | PREPOSITION });
	for (const ending of ['ا', 'ي'])
		out.push({
			text: stem + ending,
			features,
			tag,
			flags: ENCLITIC | ALONE | PREPOSITION,
			standalone: stem + ending + 'ن'
		});
}

/** Add the sound masculine plural (ون / ين, construct و / ي). */
function addMasculinePlural(
	out: GeneratedForm[],
	singular: string,
	features: string,
	tag: GeneratedForm['tag'],
	defective = false
): void {
	const stem = defective ? singular.slice(0, -1) : singular;
	for (const ending of ['ون', 'ين'])
		out.push({ text: stem + ending, features, tag, flags: ARTICLE | ALONE | PREPOSITION });
	for (const ending of ['و', 'ي'])
		out.push({
			text: stem + ending,
			features,
			tag,
			flags: ENCLITIC | ALONE | PREPOSITION,
			standalone: stem + ending + 'ن'
		});
}

/** The "five nouns" (الأسماء الخمسة) that lengthen their last vowel in construct. */
const FIVE_NOUNS = new Set(['أب', 'أخ', 'حم']);

/** The indefinite nominative/genitive of a defective word: محامٍ written محام (no article, no pronoun). */
function addDefectiveIndefinite(
	out: GeneratedForm[],
	bare: string,
	features: string,
	tag: GeneratedForm['tag']
): void {
	out.push({
		text: bare.slice(0, -1),
		features: features + ', indefinite',
		tag,
		flags: ALONE | PREPOSITION,
		standalone: bare
	});
}

/** The sound feminine plural of a stem: ة → ات، ى → يات، otherwise + ات. */
export function feminineSoundPlural(singular: string): string {
	if (singular.endsWith('ة')) return singular.slice(0, -1) + 'ات';
	if (singular.endsWith('ى')) return singular.slice(0, -1) + 'يات';
	return singular + 'ات';
}

interface NominalInput {
	bare: string;
	plurals: string[]; // '+ات', '+ون' or undiacritised broken plurals
	feminine: string; // '' or '+ة' or an undiacritised irregular feminine
	invariable: boolean;
	/** A defective (منقوص) word ending in ي after kasra (محامي، باقي): محامٍ is written محام, plural محامون. */
	defective?: boolean;
}

/**
 * All inflected forms of a noun: singular, dual, plurals, feminine counterpart, with their pre-enclitic stems.
 * @example inflectNoun({ bare: 'زيارة', plurals: ['+ات'], feminine: '', invariable: false }).map((f) => f.text).includes('زيارت') // true
 */
export function inflectNoun(input: NominalInput): GeneratedForm[] {
	const out: GeneratedForm[] = [];
	const { bare } = input;
	addNominal(out, bare, 'noun, singular', 'noun');
	if (input.defective) addDefectiveIndefinite(out, bare, 'noun, singular', 'noun');
	if (FIVE_NOUNS.has(bare))
		// أب، أخ، حم show their case with a long vowel in construct: أبو بكر، أخاه، أخيه.
		for (const vowel of ['و', 'ا', 'ي'])
			out.push({
				text: bare + vowel,
				features: 'noun, singular, construct',
				tag: 'noun',
				flags: ENCLITIC | ALONE | PREPOSITION,
				standalone: bare
			});
	if (input.invariable) return out;
	addDual(out, bare, 'noun, dual', 'noun');
	for (const plural of input.plurals) {
		if (plural === '+ات') addNominal(out, feminineSoundPlural(bare), 'noun, plural', 'noun');
		else if (plural === '+ون')
			addMasculinePlural(out, bare, 'noun, plural', 'noun', input.defective);
		else addNominal(out, plural, 'noun, plural', 'noun');
	}
	if (input.feminine) {
		const fem = input.feminine === '+ة' ? bare + 'ة' : input.feminine;
		addNominal(out, fem, 'noun, feminine singular', 'noun');
		addDual(out, fem, 'noun, feminine dual', 'noun');
		addNominal(out, feminineSoundPlural(fem), 'noun, feminine plural', 'noun');
	}
	return out;
}

/**
 * All inflected forms of an adjective: masculine/feminine singular, dual and plural (sound or broken).
 * Nisba adjectives follow the same rules (جزائري → جزائرية، جزائريون، جزائريات).
 * @example inflectAdjective({ bare: 'جزائري', plurals: [], feminine: '', invariable: false }).map((f) => f.text).includes('جزائريون') // true
 */
export function inflectAdjective(input: NominalInput): GeneratedForm[] {
	const out: GeneratedForm[] = [];
	const { bare } = input;
	addNominal(out, bare, 'adjective, masculine singular', 'adj');
	if (input.defective) addDefectiveIndefinite(out, bare, 'adjective, masculine singular', 'adj');
	if (input.invariable) return out;
	if (bare.endsWith('ى') && !input.feminine) {
		// مُعْطًى → مُعْطَاة: an adjective in ى makes its feminine in اة.
		const fem = bare.slice(0, -1) + 'اة';
		addNominal(out, fem, 'adjective, feminine singular', 'adj');
		addNominal(out, feminineSoundPlural(fem), 'adjective, feminine plural', 'adj');
		return out;
	}
	addDual(out, bare, 'adjective, masculine dual', 'adj');
	const plurals = input.plurals.length ? input.plurals : ['+ون'];
	for (const plural of plurals) {
		if (plural === '+ون')
			addMasculinePlural(out, bare, 'adjective, masculine plural', 'adj', input.defective);
		else if (plural === '+ات')
			addNominal(out, feminineSoundPlural(bare), 'adjective, feminine plural', 'adj');
		else addNominal(out, plural, 'adjective, plural', 'adj');
	}
	const fem = input.feminine && input.feminine !== '+ة' ? input.feminine : bare + 'ة';
	addNominal(out, fem, 'adjective, feminine singular', 'adj');
	addDual(out, fem, 'adjective, feminine dual', 'adj');
	addNominal(out, feminineSoundPlural(fem), 'adjective, feminine plural', 'adj');
	return out;
}
