import { describe, expect, it } from 'vitest';
import { analyzeText } from '../index';
import { analyzeWord } from './analyze';
import { compileLexicon } from './compile';
import { FIXTURE_SOURCES } from './fixture';

const HEADER = 'lemma\tpos\troot\tpattern\tforms\tgloss\trank';
/** Rows whose letters meet: a common noun and a rarer verb (or the reverse), so only the vowels can tell them. */
const lexicon = compileLexicon([
	...FIXTURE_SOURCES,
	{
		path: 'vowels.tsv',
		text: [
			HEADER,
			'أَجَّلَ\tverb\tء ج ل\tII\timpf=يُؤَجِّلُ;pass\tpostpone\t2000',
			'أَجَل\tnoun\tء ج ل\tفعل\tpl=آجَال\tterm; deadline\t500',
			'كَرَّمَ\tverb\tك ر م\tII\timpf=يُكَرِّمُ;pass\thonour, honor\t3000',
			'كَرْم\tnoun\tك ر م\tفعل\tpl=كُرُوم\tvineyard\t2500',
			'فَقَدَ\tverb\tف ق د\tI\timpf=يَفْقِدُ;pass\tlose\t600',
			'قَبِلَ\tverb\tق ب ل\tI\timpf=يَقْبَلُ;pass\taccept\t700',
			'قَبْلَ\tprep\tق ب ل\t-\t-\tbefore\t40',
			'أَلَّفَ\tverb\tء ل ف\tII\timpf=يُؤَلِّفُ;pass\twrite (a book); compose\t3000',
			'أَلْف\tnum\tء ل ف\t-\tvalue=1000\tthousand\t300',
			'بَاعَ\tverb\tب ي ع\tI\timpf=يَبِيعُ;pass\tsell\t900',
			'تِبَاع\tnoun\tت ب ع\tفعال\t-\tin succession\t800',
			'فِرْقَة\tnoun\tف ر ق\tفعلة\tpl=فِرَق\tteam; troupe\t900',
			'فَرْق\tnoun\tف ر ق\tفعل\tpl=فُرُوق\tdifference\t800',
			'اِجْتِمَاع\tnoun\tج م ع\tافتعال\tpl=+ات\tmeeting\t100',
			'شَاعِر\tnoun\tش ع ر\tفاعل\tpl=شُعَرَاء\tpoet\t900',
			'سُوق\tnoun\tس و ق\tفعل\tpl=أَسْوَاق\tmarket\t400',
			'مَسْرَح\tnoun\tس ر ح\tمفعل\tpl=مَسَارِح\ttheatre\t900'
		].join('\n')
	}
]);

const best = (word: string) => {
	const a = analyzeWord(word, lexicon)[0];
	return `${a.lemma} ${a.pos}${a.features.includes('passive') ? ' passive' : ''}`;
};

describe('written vowels decide between readings with the same letters', () => {
	it.each([
		// [vowelled word, its reading, the same letters unvowelled, their reading]
		['أُجِّلَ', 'أَجَّلَ verb passive', 'اجل', 'أَجَل noun'],
		['كُرِّمَ', 'كَرَّمَ verb passive', 'كرم', 'كَرْم noun'],
		['فُقِدَ', 'فَقَدَ verb passive', 'فقد', 'قَدْ particle'],
		['قُبِلَ', 'قَبِلَ verb passive', 'قبل', 'قَبْلَ preposition'],
		['أُلِّفَ', 'أَلَّفَ verb passive', 'ألف', 'أَلْف number'],
		['تُبَاعُ', 'بَاعَ verb passive', 'تباع', 'تِبَاع noun'],
		['فِرَقُ', 'فِرْقَة noun', 'فرق', 'فَرْق noun'],
		['كُتِبَ', 'كَتَبَ verb passive', 'كتب', 'كَتَبَ verb'],
		['يُكْتَبُ', 'كَتَبَ verb passive', 'يكتب', 'كَتَبَ verb']
	])('%s → %s (unvowelled %s → %s)', (vowelled, reading, bare, bareReading) => {
		expect(best(vowelled)).toBe(reading);
		expect(best(bare)).toBe(bareReading);
	});

	it.each([
		// one mark is enough
		['أُجل', 'أَجَّلَ verb passive'],
		['كرّم', 'كَرَّمَ verb'],
		['قَبِل', 'قَبِلَ verb'],
		['قُبل', 'قَبِلَ verb passive']
	])('partly vowelled %s → %s', (word, reading) => {
		expect(best(word)).toBe(reading);
	});

	it.each([
		// marks that agree with the usual reading change nothing
		['أَجَلٌ', 'أَجَل noun'],
		['اَلشَّاعِرُ', 'شَاعِر noun'],
		['وَالسُّوقِ', 'سُوق noun'],
		['بِالْمَسْرَحِ', 'مَسْرَح noun'],
		['كَتَبْتُ', 'كَتَبَ verb'],
		['اُكْتُبْ', 'كَتَبَ verb'],
		['فِرْقَتَانِ', 'فِرْقَة noun'],
		['أَلْفُ', 'أَلْف number'],
		['كُتُبٌ', 'كِتَاب noun'],
		['فِرَقٌ', 'فِرْقَة noun']
	])('compatible marks: %s → %s', (word, reading) => {
		expect(best(word)).toBe(reading);
	});

	it('ranks a reading against a written proclitic vowel below the others', () => {
		// فُ is not the conjunction فَ: فُقِدَ is not ف + قد.
		const readings = analyzeWord('فُقِدَ', lexicon).map((a) => a.segments.length);
		expect(readings[0]).toBe(1);
	});

	it.each([
		['أُجِّلَ الاجتماعُ إلى يوم الاثنين.', 'أُجِّلَ', 'أَجَّلَ'],
		['كُرِّمَ الشاعرُ في المسرح.', 'كُرِّمَ', 'كَرَّمَ'],
		['قُبِلَ الطالبُ في الجامعة.', 'قُبِلَ', 'قَبِلَ'],
		['تُبَاعُ الكتب في السوق.', 'تُبَاعُ', 'بَاعَ']
	])('in a sentence: %s', (sentence, word, lemma) => {
		const token = analyzeText(sentence, lexicon, null).tokens.find((t) => t.text === word);
		expect(token?.analyses[0].lemma).toBe(lemma);
		expect(token?.analyses[0].features).toContain('passive');
	});
});
