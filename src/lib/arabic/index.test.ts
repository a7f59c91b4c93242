import { describe, expect, it } from 'vitest';
import { analyzeText } from './index';
import { FIXTURE_LEXICON as lexicon } from './morphology/fixture';
import { compileGazetteer } from './entities/index';

const gazetteer = compileGazetteer([
	{
		path: 'countries.tsv',
		text: 'arabic\ttype\tkind\tenglish\tvariants\trole\tlink\nالجزائر\tLOC\tcountry\tAlgeria\t-\t-\t-\nسوريا\tLOC\tcountry\tSyria\tسورية\t-\t-\nألمانيا\tLOC\tcountry\tGermany\t-\t-\t-'
	},
	{
		path: 'people.tsv',
		text: 'arabic\ttype\tkind\tenglish\tvariants\trole\tlink\nكتابي بلدان\tPER\tminister\tKitabi Buldan\t-\tMinister\t-'
	},
	{
		path: 'organisations.tsv',
		text: 'arabic\ttype\tkind\tenglish\tvariants\trole\tlink\nوكالة الأنباء الجزائرية\tORG\tagency\tAlgerian Press Service\t-\t-\t-\nدار الزيارة والكتاب\tORG\tpublisher\tHouse of Visits and Books\t-\t-\t-\nكتاب بلا وزير\tORG\tclub\tBooks Without Ministers\t-\t-\t-'
	}
]);

const bestOf = (text: string) => analyzeText(text, lexicon, null).tokens.map((t) => t.analyses[0]);

describe('analyzeText', () => {
	it('handles empty and non-Arabic input', () => {
		expect(analyzeText('', lexicon, null)).toEqual({ tokens: [], sentences: [], entities: [] });
		const { tokens } = analyzeText('Hello 2024!', lexicon, null);
		expect(tokens.map((t) => [t.kind, t.analyses[0].pos])).toEqual([
			['latin', 'foreign'],
			['number', 'number'],
			['punct', 'punctuation']
		]);
		expect(tokens[1].analyses[0].gloss).toBe('2024');
	});

	it('gives every token at least one analysis whose segments spell it', () => {
		const text = 'وقال الوزير إن زيارته للجزائر كانت ناجحة، وسيكتبون ٣ رسائل.';
		for (const t of analyzeText(text, lexicon, null).tokens) {
			expect(t.analyses.length).toBeGreaterThan(0);
			expect(t.analyses[0].segments.map((s) => s.text).join('')).toBe(t.text);
			expect(text.slice(t.start, t.end)).toBe(t.text);
		}
	});

	it.each([
		['فضلا في الكتاب', 'فَضْل'],
		['كتب هدفا', 'هَدَف'],
		['قال طالبا بالكتاب', 'طَالِب']
	])('reads the -ا of %s as the indefinite accusative, not a dual verb', (text, lemma) => {
		const a = bestOf(text).find((x) => x.lemma === lemma || x.features.includes('two'));
		expect(a).toMatchObject({ lemma, pos: 'noun' });
		expect(a?.features).toContain('indefinite accusative');
	});

	it('reads an adjective before a noun as the accusative, never a dual in construct (جديدا الكتاب)', () => {
		// A noun dual in construct stays one (وزيرا الكتاب); an adjective is not annexed.
		const adjective = bestOf('كان جديدا الكتاب')[1];
		expect(adjective).toMatchObject({ lemma: 'جَدِيد', pos: 'adjective' });
		expect(adjective.features).toContain('indefinite accusative');
	});

	it('keeps a dual in construct before the noun it is annexed to (وزيرا الخارجية)', () => {
		expect(bestOf('قال وزيرا الكتاب')[1]).toMatchObject({ lemma: 'وَزِير' });
		expect(bestOf('قال وزيرا الكتاب')[1].features).toContain('dual');
	});

	it.each([
		['قال الوزير العام', 2, 'adjective'],
		['في العام', 1, 'noun']
	])('reads العام in %s as a definite adjective only after a definite noun', (text, i, pos) => {
		expect(bestOf(text)[i as number].pos).toBe(pos);
	});

	it('still reads a clear dual verb as one (قالا)', () => {
		expect(bestOf('وقالا إن')[0]).toMatchObject({ lemma: 'قَالَ', pos: 'verb' });
	});

	it('reads the subjunctive after لن and أن, the jussive after لم', () => {
		expect(bestOf('لن يقول')[1].features).toMatch(/present tense/);
		expect(bestOf('لم يقل')[1].features).toMatch(/jussive/);
		expect(bestOf('لم يدع')[1].lemma).toBe('دَعَا');
	});

	it.each([
		['لا يقل عن ثلاثة', 1, 'قَلَّ'],
		['لم يقل شيئا', 1, 'قَالَ'],
		['لم يعد', 1, 'عَادَ'],
		['ولم تعد', 1, 'عَادَ'],
		['فلم يعد', 1, 'عَادَ'],
		['يعد الوزير', 0, 'عَدَّ'],
		['قال إنه لا يقل', 3, 'قَلَّ'],
		['ما يقل عن ثلاثة', 1, 'قَلَّ']
	])(
		'reads the indicative after لا (يقل of قلّ), a jussive-only form after (و/ف +) لم (يقل of قال، يعد of عاد): %s',
		(text, i, lemma) => {
			expect(bestOf(text)[i as number].lemma).toBe(lemma);
		}
	);

	it.each([
		['ألا يكتبوا', 'أَلَّا', /subjunctive/],
		['إلا الوزير', 'إِلَّا', /noun/],
		['الا الوزير', 'إِلَّا', /noun/]
	])('reads ألا (أن + لا, then the subjunctive) apart from إلا: %s', (text, lemma, next) => {
		const [first, second] = bestOf(text);
		expect(first.lemma).toBe(lemma);
		expect(second.features).toMatch(next);
	});

	it('reads أنْ before a verb and أنّ before a noun', () => {
		expect(bestOf('أن يكتب')[0].lemma).toBe('أَنْ');
		expect(bestOf('أن الوزير')[0].lemma).toBe('أَنَّ');
	});

	it('reads مَنْ (who) before a verb', () => {
		expect(bestOf('من يكتب')[0].pos).toBe('relative pronoun');
		expect(bestOf('من الوزير')[0].pos).toBe('preposition');
	});

	it('reads the counted noun after a number', () => {
		expect(bestOf('منذ 20 عاما')[2]).toMatchObject({ pos: 'noun', gloss: 'year' });
	});

	it('prefers a verb after قد', () => {
		// كتب: the verb "wrote" or the plural "books"; قد announces the verb.
		expect(bestOf('قد كتب')[1].pos).toBe('verb');
		expect(bestOf('في كتب')[1].pos).toBe('noun');
	});

	it.each([
		['الكتاب الذي رفض', 2, 'verb'],
		['و رفض الوزير', 1, 'verb'],
		['الكتاب رفض', 1, 'noun'],
		['الكتاب و رفض', 2, 'noun'],
		['في رفض', 1, 'noun']
	])(
		'reads the perfect after a relative or a clause-opening و (%s), the verbal noun elsewhere',
		(text, i, pos) => {
			// رفض: the verb "refused" or the commoner verbal noun "refusal".
			expect(bestOf(text)[i].pos).toBe(pos);
		}
	);

	it('reads the imperfect after a separate future س, the present "she" after a feminine subject', () => {
		// تقدم: the perfect تَقَدَّمَ "advanced" or the present تُقَدِّمُ "she presents".
		expect(bestOf('س تقدم')[1]).toMatchObject({ lemma: 'قَدَّمَ' });
		expect(bestOf('الحكومة تقدم')[1]).toMatchObject({ lemma: 'قَدَّمَ' });
		expect(bestOf('التي تقدم')[1]).toMatchObject({ lemma: 'قَدَّمَ' });
		expect(bestOf('الذي تقدم')[1]).toMatchObject({ lemma: 'تَقَدَّمَ' });
	});

	it('reads a noun before an indefinite accusative adjective as accusative too (نموا كبيرا)', () => {
		// Alone, نموا is the perfect "they grew"; before كبيرا it is نموًّا "growth" agreeing with its adjective.
		expect(bestOf('نموا')[0]).toMatchObject({ lemma: 'نَمَا', pos: 'verb' });
		expect(bestOf('نموا كبيرا')[0]).toMatchObject({ lemma: 'نُمُوّ', pos: 'noun' });
		expect(bestOf('نموا كبيرا')[0].features).toContain('indefinite accusative');
	});

	it('reads a pronoun suffix written apart as the suffix of the word before it (ل كم)', () => {
		expect(bestOf('كم')[0].lemma).toBe('كَمْ');
		expect(bestOf('ل كم')[1]).toMatchObject({ lemma: 'أَنْتُمْ', pos: 'pronoun' });
		expect(bestOf('زيارة كم')[1]).toMatchObject({ lemma: 'أَنْتُمْ', pos: 'pronoun' });
	});

	it.each([
		['زار القطع الجديدة', 'قِطْعَة'],
		['زار القطع الجديد', 'قَطْع'],
		['زار القطع', 'قَطْع']
	])(
		'reads a noun before a feminine singular adjective as a plural, not a masculine singular: %s',
		(text, lemma) => {
			// القطع: قَطْع "cutting" or the plural of قِطْعَة "pieces", which takes a feminine singular adjective.
			expect(bestOf(text)[1].lemma).toBe(lemma);
		}
	);

	it('reads an adjective after a noun it agrees with, a noun elsewhere', () => {
		expect(bestOf('الوزير العام')[1].gloss).toBe('general');
		expect(bestOf('هذا العام')[1].gloss).toBe('year');
		expect(bestOf('في عام')[1].gloss).toBe('year');
	});

	it('returns sentences', () => {
		const text = 'قال الوزير. ثم زار الجزائر';
		expect(
			analyzeText(text, lexicon, null).sentences.map((s) => text.slice(s.start, s.end))
		).toEqual(['قال الوزير.', 'ثم زار الجزائر']);
	});

	it('never crashes and keeps its invariants on arbitrary input', () => {
		// A fixed linear congruential generator keeps the test exact.
		let seed = 12345;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		const alphabet = [
			...'وفبلكسالتيةهىءأإآؤئنمعرد',
			'\u064E',
			'\u0651',
			'\u0640',
			'\u200C',
			'\u200F',
			...'٠١٢3.,،؛؟!«»"()-/…%٪ \nabcﻻ',
			'😀'
		];
		for (let n = 0; n < 300; n++) {
			let text = '';
			const length = Math.floor(random() * 25);
			for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
			const result = analyzeText(text, lexicon, null);
			for (const t of result.tokens) {
				expect(text.slice(t.start, t.end)).toBe(t.text);
				expect(t.analyses.length).toBeGreaterThan(0);
				expect(t.analyses[0].segments.map((s) => s.text).join('')).toBe(t.text);
			}
			for (const s of result.sentences) expect(s.end).toBeGreaterThan(s.start);
		}
	});

	it('marks names found by the entity layer as proper nouns with their English name', () => {
		const { tokens, entities } = analyzeText('زار الوزير الجزائر وسوريا', lexicon, gazetteer);
		expect(entities.map((e) => e.text)).toEqual(['الجزائر', 'سوريا']);
		const algeria = tokens[2].analyses[0];
		expect(algeria).toMatchObject({ pos: 'proper noun', gloss: 'Algeria', guess: false });
		expect(algeria.segments.map((s) => s.text)).toEqual(['ال', 'جزائر']);
		const syria = tokens[3].analyses[0];
		expect(syria.segments.map((s) => [s.text, s.role])).toEqual([
			['و', 'proclitic'],
			['سوريا', 'stem']
		]);
		expect(syria.lemma).toBe('سوريا');
		// The lexical reading stays available as the second choice.
		expect(tokens[2].analyses.length).toBeGreaterThan(1);
	});

	it.each([
		['إن الكتاب جديد', 0, 'indeed'],
		['قال الوزير إن الكتاب جديد', 2, 'that (after قال)'],
		['وقال الوزير للكتاب: إن الزيارة كبيرة', 4, 'that (after قال)'],
		['كتب الوزير رسالة، بل إن الرسالة كبيرة', 5, 'indeed'],
		['وقال الوزير إنها كبيرة', 2, 'that (after قال)'],
		['وقال الوزير إن "الزيارة كبيرة"', 2, 'that (after قال)'],
		['إن يكتب الوزير رسالة يكتب الخبير', 0, 'if'],
		['زار الوزير الجزائر ل يكتب رسالة', 3, 'in order to'],
		['سأل الوزير هل يكتب رسالة', 2, 'whether'],
		['هل يكتب الوزير رسالة؟', 0, '(question marker)'],
		['وقال الوزير: هل يكتب رسالة؟', 3, '(question marker)'],
		['كتب رسالة ل الوزير', 2, 'for']
	])('chooses the sense of a particle from its neighbours: %s', (text, i, gloss) => {
		const a = bestOf(text)[i as number];
		expect(a.gloss).toBe(gloss);
		expect(a.glosses[0]).toBe(gloss);
	});

	it.each([
		['توقع الخبير زيارة', 0, 'تَوَقَّعَ'],
		['وتوقع الخبير زيارة', 0, 'تَوَقَّعَ'],
		['توقع الوزيرة الرسالة', 0, 'وَقَّعَ'],
		['قال إنها توقع الرسالة', 2, 'وَقَّعَ'],
		['تقدم الحكومة رسالة', 0, 'قَدَّمَ'],
		['تقدم الخبير', 0, 'تَقَدَّمَ']
	])('reads a verb in ت by the subject after it: %s', (text, i, lemma) => {
		expect(bestOf(text)[i as number]).toMatchObject({ pos: 'verb', lemma });
	});

	it.each([
		['لا يعود الوزير حتى تثبت الرسالة', 4, 'verb'],
		['لا يعود الوزير ل تثبت الرسالة', 4, 'verb'],
		['قال الوزير إنها س تثبت الرسالة', 4, 'verb'],
		['كتب الوزير عن تثبت الخبير', 3, 'noun']
	])('reads a subjunctive after حتى/ل, and a verb after a separate س: %s', (text, i, pos) => {
		expect(bestOf(text)[i as number].pos).toBe(pos);
	});

	it.each([
		['زار بي جيز الجزائر', 1, ['بي'], true],
		['كتب الوزير على لاب توب', 3, ['لاب'], true],
		['قال لي الوزير', 1, ['ل', 'ي'], false],
		['كتب الوزير لآب', 2, ['ل', 'آب'], false]
	])(
		'reads a short word next to an unknown one whole, not as a chance split: %s',
		(text, i, segments, guess) => {
			const a = bestOf(text)[i as number];
			expect(a.segments.map((s) => s.text)).toEqual(segments);
			expect(a.guess).toBe(guess);
		}
	);

	it.each([
		['زار يومي 21', 'before a number'],
		['زار كتابي وزير', 'before an indefinite noun']
	])('reads a noun with ي as a dual in construct %s, not "my" (%s)', (text) => {
		expect(bestOf(text)[1].features).toBe('noun, dual');
		// Alone, or before a word it cannot be annexed to, ي stays "my".
		expect(bestOf('يومي')[0].features).toContain('pronoun suffix ي');
	});

	it('reads a noun with ي before a definite noun as a construct, not "my" (برنامجي التحكم)', () => {
		const a = bestOf('قال وزيري الوكالة')[1];
		expect(a).toMatchObject({ lemma: 'وَزِير' });
		expect(a.segments.map((s) => s.text)).toEqual(['وزيري']);
		expect(bestOf('قال وزيري')[1].segments.map((s) => s.text)).toEqual(['وزير', 'ي']);
	});

	it('keeps the own sense first for a known word inside a longer name, the name English after it', () => {
		const { tokens, entities } = analyzeText('قالت وكالة الأنباء الجزائرية', lexicon, gazetteer);
		expect(entities[0]).toMatchObject({ type: 'ORG', english: 'Algerian Press Service' });
		const agency = tokens[1].analyses[0];
		expect(agency).toMatchObject({ pos: 'proper noun', lemma: 'وَكَالَة', gloss: 'agency' });
		expect(agency.glosses).toEqual(['agency', 'Algerian Press Service']);
		expect(tokens[2].analyses[0]).toMatchObject({ lemma: 'نَبَأ', gloss: 'news' });
		// A one-word name is its own gloss (الجزائر is Algeria).
		expect(analyzeText('زار الجزائر', lexicon, gazetteer).tokens[1].analyses[0].gloss).toBe(
			'Algeria'
		);
	});

	it('keeps the conjunction and article of a later word of a name (دار الزيارة والكتاب)', () => {
		const { tokens, entities } = analyzeText('زار دار الزيارة والكتاب', lexicon, gazetteer);
		expect(entities[0]).toMatchObject({ type: 'ORG', english: 'House of Visits and Books' });
		const book = tokens[3].analyses[0];
		expect(book).toMatchObject({ pos: 'proper noun', lemma: 'كِتَاب' });
		expect(book.segments.map((s) => s.form)).toEqual(['و', 'ال', 'كتاب']);
	});

	it('keeps ب + لا "without" inside a name (كتاب بلا وزير)', () => {
		const { tokens, entities } = analyzeText('زار كتاب بلا وزير', lexicon, gazetteer);
		expect(entities[0]).toMatchObject({ type: 'ORG', english: 'Books Without Ministers' });
		const without = tokens[2].analyses[0];
		expect(without).toMatchObject({ pos: 'proper noun', lemma: 'لَا' });
		expect(without.segments.map((s) => s.form)).toEqual(['ب', 'لا']);
	});

	it.each([
		['زار الوزير ألمانيا', 2, 'ألمانيا'],
		['زار الوزير وألمانيا', 2, 'ألمانيا'],
		['زار الوزير الجزائر', 2, 'جزائر']
	])(
		'gives a one-word name its own lemma, even one that opens with ال letters: %s',
		(text, i, lemma) => {
			const a = analyzeText(text, lexicon, gazetteer).tokens[i as number].analyses[0];
			expect(a).toMatchObject({ pos: 'proper noun', lemma });
		}
	);

	it('does not inflect a person name: كتابي is not كتاب + ي inside a name', () => {
		const { tokens } = analyzeText('قال كتابي بلدان', lexicon, gazetteer);
		expect(tokens[1].analyses[0]).toMatchObject({ pos: 'proper noun', lemma: 'كتابي', root: '' });
		expect(tokens[1].analyses[0].segments.map((s) => s.text)).toEqual(['كتابي']);
		expect(tokens[2].analyses[0].lemma).toBe('بلدان');
	});
});
