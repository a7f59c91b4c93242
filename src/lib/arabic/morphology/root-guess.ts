/**
 * Root guessing for words the lexicon lacks: the word is matched against the common derivation templates of Arabic
 * (فاعل، مفعول، تفعيل، افتعال، استفعال …, with the ف ع ل slots standing for the root letters), including the
 * shapes weak and doubled roots take (hollow مُسْتَقِيل، defective مُنْتَهٍ، doubled مُسْتَقِلّ) and the ت of Form VIII
 * after ص ض ط ظ ز د ذ (اصطدام، ازدحام). Among the candidate roots, one that some known word has (a lexicon root)
 * wins; otherwise the most specific template's. This is the Khoja/ISRI stemmer's idea (strip affixes, match
 * patterns, check against a root list), written small.
 */

/** Derivation templates, most specific first; ف ع ل are the root slots. */
const TEMPLATES = [
	'استفعال',
	'استفعل',
	'مستفعل',
	'يستفعل',
	'تستفعل',
	// Before Form VIII: مكتوب is مفعول of ك ت ب far more often than مفتعل of ك و ب.
	'مفعول',
	'انفعال',
	'انفعل',
	'منفعل',
	'افتعال',
	'افتعل',
	'مفتعل',
	'يفتعل',
	'تفاعيل',
	'تفاعل',
	'متفاعل',
	'مفاعيل',
	'تفعيل',
	'مفاعلة',
	'مفاعل',
	'متفعل',
	'تفعلة',
	'تفعل',
	'افاعيل',
	'فعاليل',
	'مفعال',
	'مفعلة',
	'مفعل',
	'افعال',
	'افعلة',
	'فواعل',
	'فعائل',
	'فعلاء',
	'فعلان',
	'فاعول',
	'فاعل',
	'فعيل',
	'فعول',
	'فعال',
	'فعلة',
	'افعل',
	'فعلى',
	'فعل'
];

/** Suffixes stripped before matching: plural, dual, feminine and nisba endings. */
const SUFFIXES = ['يات', 'يين', 'يون', 'ية', 'ات', 'ون', 'ين', 'ان', 'تان', 'تين', 'ة', 'ي', 'ه'];

const HAMZA_SEATS = /[أإآؤئ]/g;
const LONG_VOWELS = new Set(['ا', 'و', 'ي', 'ى']);

/** One way a template can be realised: its letters with the slots, and how each slot maps to a root position. */
interface Shape {
	letters: string;
	/** The root letter a weak or doubled slot stands for when the slot is not written: '' when it is written. */
	fill: [string, string, string];
	specificity: number;
}

/** The written shapes of one template: sound, hollow (ع as ا/ي/و or dropped), defective (ل dropped), doubled. */
function shapesOf(template: string): Shape[] {
	const fixed = [...template].filter((c) => c !== 'ف' && c !== 'ع' && c !== 'ل').length;
	const shapes: Shape[] = [{ letters: template, fill: ['', '', ''], specificity: fixed * 2 + 1 }];
	if (template.includes('ع')) {
		// The middle letter drops only before an ا (إقامة، استقالة: إفعال، استفعال), never in a participle (مستقل).
		for (const vowel of template.includes('عا') ? ['ا', 'ي', 'و', ''] : ['ا', 'ي', 'و'])
			shapes.push({
				letters: template.replace('ع', vowel),
				fill: ['', 'W', ''],
				specificity: fixed * 2
			});
	}
	if (template.includes('اع')) {
		// A hollow root's middle letter is a hamza after the ا of فاعل (قائم، نائم، فائدة).
		shapes.push({
			letters: template.replace('اع', 'اء'),
			fill: ['', 'W', ''],
			specificity: fixed * 2
		});
	}
	if (template.endsWith('ل')) {
		// A dropped last letter (منتهٍ written منته) is the rarest shape, below a doubled root (مستقل).
		for (const end of ['ي', 'ى', 'ا', 'ء', ''])
			shapes.push({
				letters: template.slice(0, -1) + end,
				fill: ['', '', 'Y'],
				specificity: fixed * 2 - (end === '' ? 1 : 0)
			});
	} else if (template.includes('ل')) {
		shapes.push({
			letters: template.replace('ل', 'ي'),
			fill: ['', '', 'Y'],
			specificity: fixed * 2
		});
	}
	if (template.includes('عل')) {
		// A doubled root writes its last two letters once (مستقل، مضاد).
		shapes.push({
			letters: template.replace('عل', 'ع'),
			fill: ['', '', 'D'],
			specificity: fixed * 2
		});
	}
	if (template.includes('فت')) {
		// Form VIII: the ت becomes ط after ص ض ط ظ and د after ز د ذ (اصطدام، ازدحام).
		shapes.push({
			letters: template.replace('فت', 'فط'),
			fill: ['', '', ''],
			specificity: fixed * 2
		});
		shapes.push({
			letters: template.replace('فت', 'فد'),
			fill: ['', '', ''],
			specificity: fixed * 2
		});
	}
	return shapes;
}

/** The shapes by their length, with their rank in the template order (a word only fits shapes of its length). */
const SHAPES_BY_LENGTH = new Map<number, { shape: Shape; order: number }[]>();
TEMPLATES.flatMap(shapesOf).forEach((shape, order) => {
	const list = SHAPES_BY_LENGTH.get(shape.letters.length);
	if (list) list.push({ shape, order });
	else SHAPES_BY_LENGTH.set(shape.letters.length, [{ shape, order }]);
});

/** Match a word against a shape: the three root letters with weak/doubled slots filled, or null. */
function matchShape(word: string, shape: Shape): string[][] | null {
	// The template's own letters first: most shapes fail on them, before anything is allocated.
	const letters = shape.letters;
	for (let i = 0; i < word.length; i++) {
		const t = letters[i];
		if (t !== 'ف' && t !== 'ع' && t !== 'ل' && word[i] !== t) return null;
	}
	const root: string[] = ['', '', ''];
	for (let i = 0; i < word.length; i++) {
		const t = letters[i];
		if (t === 'ف') root[0] = word[i];
		else if (t === 'ع') root[1] = word[i];
		else if (t === 'ل') root[2] = word[i];
	}
	// A root letter that is a long vowel only where a weak letter can stand (أ/و/ي first, و/ي middle and last).
	if (root[0] === 'ا') root[0] = 'ء';
	if (root[1] === 'ا' || root[2] === 'ا') return null;
	const options: string[][] = [[], [], []];
	for (let k = 0; k < 3; k++) {
		const fill = shape.fill[k];
		if (fill === 'W' || fill === 'Y') options[k] = fill === 'W' ? ['و', 'ي'] : ['ي', 'و'];
		else if (fill === 'D') options[k] = [root[1]];
		else if (root[k] === 'ى') options[k] = ['ي'];
		else options[k] = [root[k]];
	}
	return options;
}

/** The hamza seats unified (ؤ ئ and a medial أ → ء), final ى as ي, the feminine ة dropped, for matching. */
function lettersOf(stem: string): string {
	// A word-initial hamza is written on an alef (أحزاب، إعلان، آثار = ءاثار), which the templates spell ا.
	return stem
		.replace(/^آ/, 'اا')
		.replace(/^[أإ]/, 'ا')
		.replace(HAMZA_SEATS, 'ء')
		.replace(/ى$/, 'ي')
		.replace(/ة$/, '');
}

/**
 * A best-effort root of an unknown stem. `knownRoots` (space-separated roots, as in the lexicon) lets a candidate
 * root that the lexicon has win over one it lacks.
 * @example guessRoot('مستشفيات') // 'ش ف ي'
 * @example guessRoot('اصطدام') // 'ص د م'
 */
export function guessRoot(stem: string, knownRoots?: ReadonlySet<string>): string {
	const word = lettersOf(stem);
	// One pass keeps the best candidate overall and the best known one: most specific template first, then the
	// earlier template. (Scalars, not candidate objects: this runs for every unknown word.)
	let best = '';
	let bestRank = -Infinity;
	let known = '';
	let knownRank = -Infinity;
	for (let k = -1; k < SUFFIXES.length; k++) {
		let base = word;
		if (k >= 0) {
			const suffix = SUFFIXES[k];
			if (!word.endsWith(suffix) || word.length - suffix.length < 2) continue;
			base = word.slice(0, -suffix.length);
		}
		const shapes = SHAPES_BY_LENGTH.get(base.length);
		if (!shapes) continue;
		const penalty = k < 0 ? 0 : 1;
		for (const { shape, order } of shapes) {
			// Higher specificity wins, then the earlier template: one number orders both.
			const rank = (shape.specificity - penalty) * 10000 - order;
			if (rank <= bestRank && (!knownRoots || rank <= knownRank)) continue;
			const options = matchShape(base, shape);
			if (!options) continue;
			for (const a of options[0]) {
				if (LONG_VOWELS.has(a) && a !== 'و') continue;
				for (const b of options[1])
					for (const c of options[2]) {
						const root = `${a} ${b} ${c}`;
						if (rank > bestRank) {
							best = root;
							bestRank = rank;
						}
						if (rank > knownRank && knownRoots?.has(root)) {
							known = root;
							knownRank = rank;
						}
					}
			}
		}
	}
	return known || best || lightStemRoot(stem);
}

/** Letters that pattern affixes add, removed by the fallback (the Khoja/ISRI light-stemming idea). */
const PATTERN_LETTERS = new Set(['ا', 'و', 'ي', 'ى', 'ة', 'ء', 'أ', 'إ', 'آ']);

/** The fallback for stems no template fits (long foreign words): drop affixes and long vowels, keep four letters. */
function lightStemRoot(stem: string): string {
	let s = stem.replace(/(ات|ون|ين|ية|ة)$/, '');
	s = s.replace(/^(است|مست|مت|تم|ت|م|ا)(?=...)/, '');
	const letters = [...s].filter((c) => !PATTERN_LETTERS.has(c));
	if (letters.length < 2) return '';
	return letters.slice(0, 4).join(' ');
}
