import { describe, expect, it } from 'vitest';
import { compileLexicon, LEXICON_HEADER } from './compile';
import { normalizeForMatch } from '../normalize';
import { FLAG } from './lexicon';

const compile = (...rows: string[]) =>
	compileLexicon([{ path: 'x.tsv', text: [LEXICON_HEADER, ...rows].join('\n') }]);

describe('compileLexicon: validation with file:line messages', () => {
	const rows: [string, string, RegExp][] = [
		[
			'wrong column count',
			'قَالَ verb ق و ل I impf=يَقُولُ say 18',
			/^x\.tsv:2: expected 7 TAB-separated columns, found 1 \(spaces instead of TABs\?\)/
		],
		['unknown pos', 'قَالَ\tverbb\tق و ل\tI\timpf=يَقُولُ\tsay\t18', /^x\.tsv:2: unknown pos "verbb"/],
		['verb without impf', 'قَالَ\tverb\tق و ل\tI\t-\tsay\t18', /impf=/],
		['impf not starting with ي', 'قَالَ\tverb\tق و ل\tI\timpf=تَقُولُ\tsay\t18', /must start with ي/],
		['bad verb form', 'قَالَ\tverb\tق و ل\tXI\timpf=يَقُولُ\tsay\t18', /verb pattern "XI"/],
		['bad root', 'قَالَ\tverb\tقول\tI\timpf=يَقُولُ\tsay\t18', /root "قول"/],
		['Latin lemma', 'qala\tverb\tق و ل\tI\timpf=يَقُولُ\tsay\t18', /lemma "qala" must be Arabic/],
		['empty gloss', 'كِتَاب\tnoun\tك ت ب\tفعال\t-\t\t5', /gloss is empty/],
		['bad rank', 'كِتَاب\tnoun\tك ت ب\tفعال\t-\tbook\tfirst', /rank "first"/],
		[
			'key not allowed',
			'كِتَاب\tnoun\tك ت ب\tفعال\timpf=يَكْتُبُ\tbook\t5',
			/forms key "impf" is not allowed for pos noun/
		],
		['bad forms item', 'كِتَاب\tnoun\tك ت ب\tفعال\tpl=\tbook\t5', /bad forms item "pl="/]
	];
	it.each(rows)('%s', (_name, row, message) => {
		const lexicon = compile(row);
		expect(lexicon.errors).toHaveLength(1);
		expect(lexicon.errors[0]).toMatch(message);
		expect(lexicon.entries).toHaveLength(0);
	});

	it('rejects a wrong header', () => {
		const lexicon = compileLexicon([
			{ path: 'y.tsv', text: 'lemma pos\nكِتَاب\tnoun\tك ت ب\tفعال\t-\tbook\t5' }
		]);
		expect(lexicon.errors[0]).toMatch(/^y\.tsv:1: header must be exactly/);
	});

	it('reports duplicates with the first line', () => {
		const lexicon = compile(
			'كِتَاب\tnoun\tك ت ب\tفعال\t-\tbook\t5',
			'# comment',
			'',
			'كِتَاب\tnoun\tك ت ب\tفعال\t-\tbook\t6'
		);
		expect(lexicon.errors).toEqual(['x.tsv:5: duplicate of x.tsv:2 (same lemma and pos)']);
		expect(lexicon.entries).toHaveLength(1);
	});

	it('accepts empty input and comments', () => {
		expect(compileLexicon([]).entries).toEqual([]);
		expect(compile('# only a comment').errors).toEqual([]);
	});

	it('keeps good rows when one row is bad', () => {
		const lexicon = compile('كِتَاب\tnoun\tك ت ب\tفعال\t-\tbook\t5', 'bad');
		expect(lexicon.entries.map((e) => e.bare)).toEqual(['كتاب']);
		expect(lexicon.errors).toHaveLength(1);
	});
});

describe('compileLexicon: entries', () => {
	it('keeps lemma, root, pattern, glosses and rank', () => {
		const [entry] = compile(
			'مُحَادَثَة\tnoun\tح د ث\tمفاعلة\tpl=+ات\ttalks; conversation\t150'
		).entries;
		expect(entry).toMatchObject({
			lemma: 'مُحَادَثَة',
			bare: 'محادثة',
			pos: 'noun',
			root: 'ح د ث',
			pattern: 'مفاعلة',
			glosses: ['talks', 'conversation'],
			rank: 150,
			source: 'x.tsv:2'
		});
	});
	it('stores number values', () => {
		expect(compile('ثَلَاثَة\tnum\tث ل ث\t-\tvalue=3\tthree\t200').entries[0].value).toBe(3);
	});
});

describe('compileLexicon: verbs the rules need help with', () => {
	it('conjugates لَيْسَ from its listed stem (لستُ، لسنا), with its present meaning', () => {
		const lexicon = compile('لَيْسَ\tverb\tل ي س\tI\tstems=لَسْتُ|لَسْنَا|لَسْتُمْ|لَسْنَ\tis not; not\t200');
		expect(lexicon.errors).toEqual([]);
		const persons = (key: string) =>
			(lexicon.forms.get(key) ?? []).map((r) => lexicon.features[r.feature].text);
		expect(persons('ليست')).toEqual(['verb, perfect form with present meaning, she/it']);
		expect(persons('لست')).toContain('verb, perfect form with present meaning, I');
		expect(persons('لسنا')).toEqual(['verb, perfect form with present meaning, we']);
		expect(persons('ليسوا')).toEqual(['verb, perfect form with present meaning, they (masculine)']);
	});

	it('conjugates a quadriliteral Form IV verb (اِطْمَأَنَّ) with its doubled last radical', () => {
		const lexicon = compile('اِطْمَأَنَّ\tverb\tط م ء ن\tQIV\timpf=يَطْمَئِنُّ\tbe reassured\t3000');
		expect(lexicon.errors).toEqual([]);
		for (const form of [
			'اطمأن',
			'اطمأنت',
			'اطمأننت',
			'اطمأنوا',
			'يطمئن',
			'يطمئنون',
			'يطمئنن',
			'مطمئن'
		])
			expect(lexicon.forms.has(normalizeForMatch(form)), form).toBe(true);
	});

	it('adds the listed other forms of a noun (ذُو: ذي، ذوي)', () => {
		const lexicon = compile('ذُو\tnoun\tذ و\t-\tinv;alt=ذِي|ذَوِي|ذَوُو\thaving; possessor of\t3637');
		expect(lexicon.errors).toEqual([]);
		for (const form of ['ذو', 'ذي', 'ذوي', 'ذوو']) expect(lexicon.forms.has(form), form).toBe(true);
	});

	it.each([
		['اِسْتِخْدَام\tnoun\tخ د م\tاستفعال\t-\tuse\t400', 'استخدامات', true],
		['تَيْسِير\tnoun\tي س ر\tتفعيل\t-\tfacilitation\t2649', 'تيسيرات', true],
		['اِجْتِيَاح\tnoun\tج و ح\tافتعال\t-\tinvasion\t1224', 'اجتياحات', true],
		['كِتَاب\tnoun\tك ت ب\tفعال\t-\tbook\t5', 'كتابات', false],
		['تَعَاوُن\tnoun\tع و ن\tتفاعل\tinv\tcooperation\t200', 'تعاونات', false]
	])('gives a derived verbal noun without pl= its plural in ات: %s', (row, plural, expected) => {
		const lexicon = compile(row);
		expect(lexicon.errors).toEqual([]);
		expect(lexicon.forms.has(normalizeForMatch(plural))).toBe(expected);
	});

	it.each([
		['اِثْنَيْن\tnoun\tث ن ي\t-\tdef\tMonday\t715', 'اثنين', 'اثنين', false],
		['اِمْرَأَة\tnoun\tم ر ء\t-\t-\twoman\t1509', 'مرأة', 'امرأة', true]
	])('generates the article-only form of %s', (row, afterArticle, alone, aloneWithoutArticle) => {
		const lexicon = compile(row);
		expect(lexicon.errors).toEqual([]);
		const withArticle = lexicon.forms.get(normalizeForMatch(afterArticle)) ?? [];
		expect(withArticle.some((r) => r.flags & FLAG.WITH_ARTICLE)).toBe(true);
		const bare = (lexicon.forms.get(normalizeForMatch(alone)) ?? []).filter(
			(r) => !(r.flags & FLAG.WITH_ARTICLE)
		);
		expect(bare.length > 0).toBe(aloneWithoutArticle);
	});
});

describe('compileLexicon: words derived from verb rows', () => {
	const verb = 'اِجْتَمَعَ\tverb\tج م ع\tVIII\timpf=يَجْتَمِعُ\tmeet; gather\t300';
	const entryOf = (lexicon: ReturnType<typeof compile>, word: string) =>
		(lexicon.forms.get(normalizeForMatch(word)) ?? []).map((r) => lexicon.entries[r.entry]);

	it('derives the active participle of a verb with no noun of the same letters', () => {
		const lexicon = compile(verb);
		expect(lexicon.errors).toEqual([]);
		expect(entryOf(lexicon, 'مجتمع').map((e) => e.lemma)).toEqual(['مُجْتَمِع']);
		expect(entryOf(lexicon, 'مجتمعة').map((e) => e.lemma)).toEqual(['مُجْتَمِع']);
	});

	it('keeps a noun row of the same letters, and adds only the participle forms it lacks', () => {
		// مُجْتَمَع "society" has the letters of مُجْتَمِع "gathered": مجتمع and مجتمعات stay the noun's, while
		// مجتمعة and مجتمعون (which the noun does not make) are the participle's, not unknown words.
		const lexicon = compile(verb, 'مُجْتَمَع\tnoun\tج م ع\tمفتعل\tpl=+ات\tsociety\t200');
		expect(lexicon.errors).toEqual([]);
		expect(entryOf(lexicon, 'مجتمع').map((e) => e.lemma)).toEqual(['مُجْتَمَع']);
		expect(entryOf(lexicon, 'مجتمعات').map((e) => e.lemma)).toEqual(['مُجْتَمَع']);
		// (مجتمعين is also the noun's dual, so it stays the noun's.)
		for (const word of ['مجتمعة', 'مجتمعون', 'مجتمعات'])
			expect(entryOf(lexicon, word).length, word).toBeGreaterThan(0);
		expect(entryOf(lexicon, 'مجتمعة').map((e) => e.lemma)).toEqual(['مُجْتَمِع']);
		expect(entryOf(lexicon, 'مجتمعون').map((e) => e.lemma)).toEqual(['مُجْتَمِع']);
		expect(entryOf(lexicon, 'مجتمعين').map((e) => e.lemma)).toEqual(['مُجْتَمَع']);
	});

	it('adds nothing under an adjective row of the same letters', () => {
		const lexicon = compile(verb, 'مُجْتَمِع\tadj\tج م ع\tمفتعل\t-\tgathered; together\t500');
		expect(entryOf(lexicon, 'مجتمعة').map((e) => e.source)).toEqual(['x.tsv:3']);
	});
});

describe('compileLexicon: var= spellings', () => {
	it('inflects another spelling under the same lemma (أميركي is أمريكي)', () => {
		const lexicon = compile('أَمْرِيكِيّ\tadj\t-\t-\tvar=أَمِيرْكِيّ\tAmerican\t90');
		expect(lexicon.errors).toEqual([]);
		expect(lexicon.entries).toHaveLength(1);
		for (const word of ['أميركي', 'أميركية', 'أميركيون', 'أمريكية']) {
			const readings = lexicon.forms.get(normalizeForMatch(word));
			expect(readings?.length, word).toBeGreaterThan(0);
			expect(lexicon.entries[readings![0].entry].lemma).toBe('أَمْرِيكِيّ');
		}
	});

	it('rejects a non-Arabic var= spelling', () => {
		expect(compile('أَمْرِيكِيّ\tadj\t-\t-\tvar=amiriki\tAmerican\t90').errors[0]).toMatch(/var/);
	});
});
