/**
 * Words derived from verb rows: active and passive participles and verbal nouns (masdars). News is full of them
 * (مُشِيد، مَنْقُول، ضَامِن، تَأْكِيد); when a writer has not given one its own row, the compiler derives it from the
 * verb's root, form and vowelled imperfect, with an English gloss made from the verb's gloss (confirm → confirming,
 * confirmed). A row written by hand always wins: a derived word is added only when no noun or adjective with the same
 * letters exists.
 */
import { dediacritize } from '../normalize';

const FATHA = '\u064E';
const DAMMA = '\u064F';
const KASRA = '\u0650';
const SUKUN = '\u0652';
const SHADDA = '\u0651';
const MARKS = /[\u064B-\u0652\u0670]/;

/** A verb row as the deriver needs it. */
export interface VerbSource {
	/** Vowelled 3ms perfect (أَكَّدَ). */
	lemma: string;
	/** Vowelled 3ms imperfect (يُؤَكِّدُ). */
	imperfect: string;
	root: string[];
	form: string;
	passive: boolean;
	glosses: string[];
	/** Vowelled verbal nouns from `vn=`. */
	verbalNouns: string[];
}

/** A derived lemma, ready to become a lexicon row. */
export interface DerivedWord {
	/** Vowelled lemma; ends in ي for a defective participle (مُجْرِي). */
	lemma: string;
	pos: 'adj' | 'noun';
	pattern: string;
	glosses: string[];
	kind: 'active participle' | 'passive participle' | 'verbal noun';
	/** True for participles ending in a weak ي (قاضٍ، مُجْرٍ): inflected as defective words. */
	defective: boolean;
}

const PATTERN: Record<string, [string, string]> = {
	I: ['فاعل', 'مفعول'],
	II: ['مفعل', 'مفعل'],
	III: ['مفاعل', 'مفاعل'],
	IV: ['مفعل', 'مفعل'],
	V: ['متفعل', 'متفعل'],
	VI: ['متفاعل', 'متفاعل'],
	VII: ['منفعل', 'منفعل'],
	VIII: ['مفتعل', 'مفتعل'],
	X: ['مستفعل', 'مستفعل'],
	QI: ['مفعلل', 'مفعلل'],
	QII: ['متفعلل', 'متفعلل'],
	QIV: ['مفعلل', 'مفعلل']
};

const WEAK = new Set(['و', 'ي']);

/** Form I participles from the root letters (فاعل، مفعول with the weak-root and hamza rules). */
function formIParticiples(
	root: string[],
	middleVowelOfImperfect: string
): { active: string; passive: string; activeDefective: boolean } | null {
	if (root.length !== 3) return null;
	const [r1, r2, r3] = root;
	const hollow = WEAK.has(r2) && !WEAK.has(r3);
	const defective = WEAK.has(r3);
	const doubled = r2 === r3;
	const first = r1 === 'ء' ? 'آ' : r1 + FATHA + 'ا';
	let active: string;
	let activeDefective = false;
	if (hollow) active = first + 'ئ' + KASRA + r3;
	else if (defective) {
		active = first + r2 + KASRA + 'ي';
		activeDefective = true;
	} else if (doubled) active = first + r2 + SHADDA;
	else active = first + (r2 === 'ء' ? 'ئ' : r2) + KASRA + (r3 === 'ء' ? 'ئ' : r3);
	const m1 = r1 === 'ء' ? 'أ' : r1;
	let passive: string;
	if (hollow)
		passive =
			'مَ' + m1 + (r2 === 'و' || middleVowelOfImperfect === DAMMA ? DAMMA + 'و' : KASRA + 'ي') + r3;
	else if (defective)
		passive = 'مَ' + m1 + SUKUN + r2 + (r3 === 'و' ? DAMMA + 'و' + SHADDA : KASRA + 'ي' + SHADDA);
	else if (doubled) passive = 'مَ' + m1 + SUKUN + r2 + DAMMA + 'و' + r3;
	else passive = 'مَ' + m1 + SUKUN + (r2 === 'ء' ? 'ؤ' : r2) + DAMMA + 'و' + r3;
	return { active, passive, activeDefective };
}

/** Split a vowelled word into letters, each with the marks that follow it. */
function syllables(word: string): { letter: string; marks: string }[] {
	const out: { letter: string; marks: string }[] = [];
	for (const ch of word) {
		if (MARKS.test(ch) && out.length) out[out.length - 1].marks += ch;
		else out.push({ letter: ch, marks: '' });
	}
	return out;
}

function withVowel(marks: string, vowel: string): string {
	const shadda = marks.includes(SHADDA) ? SHADDA : '';
	return shadda + vowel;
}

/**
 * Participles of a derived-form verb from its vowelled imperfect: يُؤَكِّدُ → مُؤَكِّد / مُؤَكَّد,
 * يَسْتَقِيلُ → مُسْتَقِيل / مُسْتَقَال, يُجْرِي → مُجْرِي (defective) / مُجْرَى.
 */
function derivedParticiples(
	imperfect: string
): { active: string; passive: string; activeDefective: boolean } | null {
	const parts = syllables(imperfect.normalize('NFC'));
	if (parts.length < 3 || parts[0].letter !== 'ي') return null;
	parts[0] = { letter: 'م', marks: DAMMA };
	const last = parts[parts.length - 1];
	last.marks = '';
	const before = parts[parts.length - 2];
	const build = (ps: { letter: string; marks: string }[]) =>
		ps.map((p) => p.letter + p.marks).join('');
	if (last.letter === 'ي' || last.letter === 'ى') {
		// Defective: active ends in a weak ي (مُجْرٍ), passive in ى (مُجْرًى).
		const active = [
			...parts.slice(0, -2),
			{ ...before, marks: withVowel(before.marks, KASRA) },
			{ letter: 'ي', marks: '' }
		];
		const passive = [
			...parts.slice(0, -2),
			{ ...before, marks: withVowel(before.marks, FATHA) },
			{ letter: 'ى', marks: '' }
		];
		return { active: build(active), passive: build(passive), activeDefective: true };
	}
	if (last.letter === 'و') return null;
	if (
		(before.letter === 'ي' || before.letter === 'ا' || before.letter === 'و') &&
		before.marks === ''
	) {
		// Hollow: the long vowel is ي in the active (مُسْتَقِيل) and ا in the passive (مُسْتَقَال).
		const prev = parts[parts.length - 3];
		const active = [
			...parts.slice(0, -3),
			{ ...prev, marks: withVowel(prev.marks, KASRA) },
			{ letter: 'ي', marks: '' },
			last
		];
		const passive = [
			...parts.slice(0, -3),
			{ ...prev, marks: withVowel(prev.marks, FATHA) },
			{ letter: 'ا', marks: '' },
			last
		];
		return { active: build(active), passive: build(passive), activeDefective: false };
	}
	const active = [
		...parts.slice(0, -2),
		{ ...before, marks: withVowel(before.marks, KASRA) },
		last
	];
	const passive = [
		...parts.slice(0, -2),
		{ ...before, marks: withVowel(before.marks, FATHA) },
		last
	];
	return { active: build(active), passive: build(passive), activeDefective: false };
}

const IRREGULAR_PAST_PARTICIPLE: Record<string, string> = {
	arise: 'arisen',
	blow: 'blown',
	sweep: 'swept',
	weep: 'wept',
	flee: 'fled',
	bleed: 'bled',
	breed: 'bred',
	light: 'lit',
	slide: 'slid',
	spin: 'spun',
	swing: 'swung',
	wake: 'woken',
	shine: 'shone',
	mislead: 'misled',
	oversee: 'overseen',
	override: 'overridden',
	rebuild: 'rebuilt',
	withhold: 'withheld',
	uphold: 'upheld',
	foresee: 'foreseen',
	undo: 'undone',
	rewrite: 'rewritten',
	upset: 'upset',
	shed: 'shed',
	burst: 'burst',
	sting: 'stung',
	slay: 'slain',
	seize: 'seized',
	be: 'been',
	bear: 'borne',
	beat: 'beaten',
	become: 'become',
	begin: 'begun',
	bind: 'bound',
	bite: 'bitten',
	break: 'broken',
	bring: 'brought',
	broadcast: 'broadcast',
	build: 'built',
	buy: 'bought',
	catch: 'caught',
	choose: 'chosen',
	come: 'come',
	cost: 'cost',
	cut: 'cut',
	deal: 'dealt',
	dig: 'dug',
	do: 'done',
	draw: 'drawn',
	drink: 'drunk',
	drive: 'driven',
	eat: 'eaten',
	fall: 'fallen',
	feed: 'fed',
	feel: 'felt',
	fight: 'fought',
	find: 'found',
	fly: 'flown',
	forbid: 'forbidden',
	forget: 'forgotten',
	forgive: 'forgiven',
	freeze: 'frozen',
	get: 'got',
	give: 'given',
	go: 'gone',
	grow: 'grown',
	hang: 'hung',
	have: 'had',
	hear: 'heard',
	hide: 'hidden',
	hit: 'hit',
	hold: 'held',
	hurt: 'hurt',
	keep: 'kept',
	know: 'known',
	lay: 'laid',
	lead: 'led',
	leave: 'left',
	lend: 'lent',
	let: 'let',
	lie: 'lain',
	lose: 'lost',
	make: 'made',
	mean: 'meant',
	meet: 'met',
	overcome: 'overcome',
	pay: 'paid',
	put: 'put',
	quit: 'quit',
	read: 'read',
	ride: 'ridden',
	ring: 'rung',
	rise: 'risen',
	run: 'run',
	say: 'said',
	see: 'seen',
	seek: 'sought',
	sell: 'sold',
	send: 'sent',
	set: 'set',
	shake: 'shaken',
	shoot: 'shot',
	show: 'shown',
	shut: 'shut',
	sing: 'sung',
	sink: 'sunk',
	sit: 'sat',
	sleep: 'slept',
	speak: 'spoken',
	spend: 'spent',
	split: 'split',
	spread: 'spread',
	stand: 'stood',
	steal: 'stolen',
	stick: 'stuck',
	strike: 'struck',
	swear: 'sworn',
	take: 'taken',
	teach: 'taught',
	tear: 'torn',
	tell: 'told',
	think: 'thought',
	throw: 'thrown',
	undergo: 'undergone',
	understand: 'understood',
	undertake: 'undertaken',
	wear: 'worn',
	win: 'won',
	withdraw: 'withdrawn',
	write: 'written'
};

const VOWEL = /[aeiouy]/;

function ing(verb: string): string {
	if (verb === 'be') return 'being';
	if (verb.endsWith('ie')) return verb.slice(0, -2) + 'ying';
	if (verb.endsWith('e') && !/(ee|ye|oe)$/.test(verb)) return verb.slice(0, -1) + 'ing';
	if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb)) return verb + verb[verb.length - 1] + 'ing';
	return verb + 'ing';
}

function pastParticiple(verb: string): string {
	if (IRREGULAR_PAST_PARTICIPLE[verb]) return IRREGULAR_PAST_PARTICIPLE[verb];
	if (verb.endsWith('e')) return verb + 'd';
	if (/[^aeiou]y$/.test(verb)) return verb.slice(0, -1) + 'ied';
	if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb)) return verb + verb[verb.length - 1] + 'ed';
	return verb + 'ed';
}

/**
 * English participle of a verb gloss sense: "stress (على)" → "stressing (على)" / "stressed (على)".
 * @example englishParticiple('take part (in)', 'active') // 'taking part (in)'
 * @example englishParticiple('write', 'passive') // 'written'
 */
export function englishParticiple(sense: string, kind: 'active' | 'passive'): string {
	const m = /^([a-z]+)(.*)$/.exec(sense.trim());
	if (!m || !VOWEL.test(m[1])) return sense;
	return (kind === 'active' ? ing(m[1]) : pastParticiple(m[1])) + m[2];
}

function glossesFor(glosses: string[], kind: 'active' | 'passive'): string[] {
	return glosses.slice(0, 3).map((g) => englishParticiple(g, kind));
}

/**
 * The participles (and verbal nouns from `vn=`) of one verb row.
 * @example deriveFromVerb({ lemma: 'أَكَّدَ', imperfect: 'يُؤَكِّدُ', root: ['ء','ك','د'], form: 'II', passive: true, glosses: ['confirm'], verbalNouns: ['تَأْكِيد'] }).map((d) => d.lemma) // ['مُؤَكِّد', 'مُؤَكَّد', 'تَأْكِيد']
 */
export function deriveFromVerb(verb: VerbSource): DerivedWord[] {
	const out: DerivedWord[] = [];
	let participles: { active: string; passive: string; activeDefective: boolean } | null = null;
	if (verb.form === 'I') {
		const impf = syllables(verb.imperfect.normalize('NFC'));
		const middle =
			impf.length >= 3 ? (impf[impf.length - 2].marks.match(/[\u064E-\u0650]/)?.[0] ?? '') : '';
		participles = formIParticiples(verb.root, middle);
	} else participles = derivedParticiples(verb.imperfect);
	const patterns = PATTERN[verb.form] ?? ['', ''];
	if (participles) {
		out.push({
			lemma: participles.active,
			pos: 'adj',
			pattern: patterns[0],
			glosses: glossesFor(verb.glosses, 'active'),
			kind: 'active participle',
			defective: participles.activeDefective
		});
		// Passive participles only where the passive is in use: Form I and the mostly intransitive V, VI, VII need the
		// row's `pass` flag; a "be …" gloss has no passive.
		const usuallyTransitive = ['II', 'III', 'IV', 'VIII', 'X', 'QI'].includes(verb.form);
		if ((usuallyTransitive || verb.passive) && !/^be /.test(verb.glosses[0] ?? ''))
			out.push({
				lemma: participles.passive,
				pos: 'adj',
				pattern: patterns[1],
				glosses: glossesFor(verb.glosses, 'passive'),
				kind: 'passive participle',
				defective: false
			});
	}
	for (const vn of verb.verbalNouns)
		out.push({
			lemma: vn,
			pos: 'noun',
			pattern: '',
			glosses: glossesFor(verb.glosses, 'active'),
			kind: 'verbal noun',
			defective: false
		});
	return out
		.map((d) => ({ ...d, lemma: d.lemma.normalize('NFC') }))
		.filter((d) => dediacritize(d.lemma).length >= 3);
}
