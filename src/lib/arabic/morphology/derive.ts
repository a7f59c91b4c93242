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
	overthrow: 'overthrown',
	weave: 'woven',
	cast: 'cast',
	bend: 'bent',
	sew: 'sewn',
	shrink: 'shrunk',
	strive: 'striven',
	swell: 'swollen',
	tread: 'trodden',
	cling: 'clung',
	creep: 'crept',
	dwell: 'dwelt',
	fling: 'flung',
	grind: 'ground',
	kneel: 'knelt',
	sow: 'sown',
	spring: 'sprung',
	string: 'strung',
	wind: 'wound',
	wring: 'wrung',
	forsake: 'forsaken',
	befall: 'befallen',
	behold: 'beheld',
	mistake: 'mistaken',
	misunderstand: 'misunderstood',
	overtake: 'overtaken',
	overhear: 'overheard',
	withstand: 'withstood',
	hew: 'hewn',
	shear: 'shorn',
	thrust: 'thrust',
	outbid: 'outbid',
	retell: 'retold',
	resell: 'resold',
	mow: 'mown',
	forecast: 'forecast',
	rid: 'rid',
	bid: 'bid',
	bet: 'bet',
	spit: 'spat',
	swim: 'swum',
	slit: 'slit',
	overrun: 'overrun',
	outrun: 'outrun',
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

/**
 * Verbs of more than one syllable that double their final consonant before -ing/-ed: stressed on the last syllable
 * (begin, commit, refer) or doubled by convention (program, kidnap, worship, BrE). Verbs ending in a single vowel + l
 * double by the British rule (travel → travelling) and need no entry.
 */
const DOUBLES_FINAL = new Set(
	(
		'abet acquit admit allot annul befit begin commit compel concur confer control debar defer deter dispel emit ' +
		'enrol equip excel expel extol forbid forget fulfil handicap incur infer instil kidnap occur omit outwit ' +
		'patrol permit prefer program propel rebel rebut recap recur refer regret remit repel submit transfer ' +
		'transmit upset worship format diagram embed unplug beget outstrip underpin'
	).split(' ')
);
/** Compounds whose last part is a one-syllable verb: over|lap, eaves|drop, wire|tap. */
const COMPOUND_HEAD = /^(over|under|out|up|with|fore|eaves|wire|by)(?=[^aeiou]+[aeiou][^aeiou]+$)/;
/** Final -l after one vowel that does not double (stress and spelling both against it). */
/** Verbs ending in vowel + l whose -l doubles though two vowel letters precede it (BrE). */
const DOUBLES_L = new Set(['fuel', 'duel', 'refuel']);
const SINGLE_L = new Set(['parallel', 'appeal', 'reveal', 'conceal', 'heal', 'kneel', 'peel']);

/** Syllable count by vowel groups, with qu- and a leading y- read as consonants. */
function syllableCount(word: string): number {
	return (
		word
			.replace(/qu/g, 'q')
			.replace(/^y/, '')
			.match(/[aeiouy]+/g) ?? []
	).length;
}

/** Whether the final consonant doubles before a vowel suffix: stop → stopped, begin → beginning, visit → visited. */
function doublesFinal(verb: string): boolean {
	if (DOUBLES_L.has(verb)) return true;
	const v = verb.replace(/qu/g, 'q');
	if (!/(^|[^aeiou])[aeiou][bdfgklmnprstvz]$/.test(v)) return false;
	if (syllableCount(verb) === 1) return true;
	if (DOUBLES_FINAL.has(verb)) return true;
	if (verb.endsWith('l') && !SINGLE_L.has(verb)) return true;
	const head = COMPOUND_HEAD.exec(verb);
	return head !== null && syllableCount(verb.slice(head[0].length)) === 1;
}

function ing(verb: string): string {
	if (verb === 'be') return 'being';
	if (verb.endsWith('ie')) return verb.slice(0, -2) + 'ying';
	if (verb.endsWith('e') && !/(ee|ye|oe)$/.test(verb) && verb.length > 2)
		return verb.slice(0, -1) + 'ing';
	if (/[^aeiou][aeiou]c$/.test(verb)) return verb + 'king';
	if (doublesFinal(verb)) return verb + verb[verb.length - 1] + 'ing';
	return verb + 'ing';
}

function pastParticiple(verb: string): string {
	if (IRREGULAR_PAST_PARTICIPLE[verb]) return IRREGULAR_PAST_PARTICIPLE[verb];
	if (verb.endsWith('e')) return verb + 'd';
	if (/[^aeiou]y$/.test(verb)) return verb.slice(0, -1) + 'ied';
	if (/[^aeiou][aeiou]c$/.test(verb)) return verb + 'ked';
	if (doublesFinal(verb)) return verb + verb[verb.length - 1] + 'ed';
	return verb + 'ed';
}

/** Heads with no participle of their own: the modal "can" and the past "was". */
const MODAL_HEAD: Record<string, { active: string; passive: string | null }> = {
	can: { active: 'being able to', passive: null },
	was: { active: 'being', passive: null }
};

/** One alternative of a sense: "take part (in)", "not know", "booby-trap". Null when it has no passive form. */
function inflectAlternative(alt: string, kind: 'active' | 'passive'): string | null {
	const m = /^(not |)([a-z]+-)?([a-z]+)(.*)$/.exec(alt);
	if (!m || !VOWEL.test(m[3])) return alt;
	const [, not, compound = '', head, rest] = m;
	const modal = MODAL_HEAD[head];
	if (modal) {
		const word = kind === 'active' ? modal.active : modal.passive;
		return word === null ? null : not + word + rest;
	}
	const verb = compound + head;
	const done =
		compound && doublesFinal(head) && !IRREGULAR_PAST_PARTICIPLE[verb]
			? compound + (kind === 'active' ? ing(head) : pastParticiple(head))
			: kind === 'active'
				? ing(verb)
				: pastParticiple(verb);
	return not + done + rest;
}

/** Split a sense at its top-level commas: "favour, favor (of)" → ["favour", "favor (of)"]; commas in brackets stay. */
function alternatives(sense: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let current = '';
	for (const ch of sense) {
		if (ch === '(') depth++;
		else if (ch === ')') depth = Math.max(0, depth - 1);
		if (ch === ',' && depth === 0) {
			out.push(current.trim());
			current = '';
		} else current += ch;
	}
	out.push(current.trim());
	return out.filter((a) => a !== '');
}

/**
 * English participle of a verb gloss sense, each comma-separated alternative inflected:
 * "stress (على)" → "stressing (على)" / "stressed (على)"; "favour, favor" → "favouring, favoring".
 * Returns '' when no alternative has the form asked for (the passive of "can").
 * @example englishParticiple('take part (in)', 'active') // 'taking part (in)'
 * @example englishParticiple('write', 'passive') // 'written'
 * @example englishParticiple('favour, favor', 'active') // 'favouring, favoring'
 */
export function englishParticiple(sense: string, kind: 'active' | 'passive'): string {
	const alts = alternatives(sense.trim());
	// "be fertilised, fertilized" and "not recognise, recognize": the spelling variant shares the leading word.
	const shared = /^(be|not) /.exec(alts[0] ?? '')?.[0] ?? '';
	const done = alts
		.map((a, i) => (i > 0 && shared && !a.includes(' ') ? shared + a : a))
		.map((a) => inflectAlternative(a, kind))
		.filter((a): a is string => a !== null);
	return [...new Set(done)].join(', ');
}

function glossesFor(glosses: string[], kind: 'active' | 'passive'): string[] {
	// An intransitive "be …" sense has no passive (محزوم: "packed; tied up", not "been resolute").
	const senses =
		kind === 'passive' ? glosses.filter((g, i) => i === 0 || !/^be /.test(g)) : glosses;
	const out = senses
		.slice(0, 3)
		.map((g) => englishParticiple(g, kind))
		.filter((g) => g !== '');
	return out.length > 0 ? [...new Set(out)] : glosses.slice(0, 1);
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
