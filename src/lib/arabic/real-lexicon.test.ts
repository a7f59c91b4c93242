/**
 * The analyzer over the real lexicon (content/lexicon), on sentences we wrote: the rows of function-words.tsv and
 * the reading of words the lexicographer reported. Exact expectations on the real data, so a data or ranking change
 * that breaks one of these readings shows here.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, compileLexicon } from './index';

const lexicon = compileLexicon(
	Object.entries(
		import.meta.glob('/content/lexicon/*.tsv', {
			query: '?raw',
			import: 'default',
			eager: true
		}) as Record<string, string>
	).map(([path, text]) => ({ path: path.replace(/^\//, ''), text }))
);

/** The best reading of the word at `index` in `sentence`: "lemma pos". */
function readingAt(sentence: string, word: string): string {
	const tokens = analyzeText(sentence, lexicon, null).tokens;
	const token = tokens.find((t) => t.text === word);
	if (!token) throw new Error(`${word} is not a token of ${sentence}`);
	const best = token.analyses[0];
	return `${best.lemma} ${best.pos}`;
}

describe('function words and adverbs of time in a sentence', () => {
	it.each([
		['كانت القرية يومئذ صغيرة وهادئة.', 'يومئذ', 'يَوْمَئِذٍ adverb'],
		['لم يكن في الساحة حينذاك أحد.', 'حينذاك', 'حِينَذَاكَ adverb'],
		['وصل الوفد وقتئذ إلى المطار.', 'وقتئذ', 'وَقْتَئِذٍ adverb'],
		['كانت الأسعار آنئذ منخفضة.', 'آنئذ', 'آنَئِذٍ adverb'],
		['شعر ساعتئذ بالخوف.', 'ساعتئذ', 'سَاعَتَئِذٍ adverb'],
		['ازدهرت التجارة إبان حكمه.', 'إبان', 'إِبَّانَ preposition'],
		['عاد الجنود حينئذ إلى ثكناتهم.', 'حينئذ', 'حِينَئِذٍ adverb'],
		['لا يملك ثمن الخبز ناهيك عن الدواء.', 'ناهيك', 'نَاهِيكَ adverb'],
		['لن ننسى هذا اليوم أبدا.', 'أبدا', 'أَبَدًا adverb'],
		['لا نعرف هذا الرجل إطلاقا.', 'إطلاقا', 'إِطْلَاقًا adverb'],
		['اشترينا الخبز والحليب والجبن إلخ.', 'إلخ', 'إِلَخْ adverb'],
		['أغلقت النافذة كيلا يدخل البرد.', 'كيلا', 'كَيْلَا conjunction'],
		['وفي الأثناء وصل الضيوف.', 'الأثناء', 'أَثْنَاءَ preposition'],
		['رجعت السيارة إلى الوراء ببطء.', 'الوراء', 'وَرَاءَ preposition']
	])('%s: %s → %s', (sentence, word, expected) => {
		expect(readingAt(sentence, word)).toBe(expected);
	});

	it('reads a verb, not a noun, after a preposition that has the article', () => {
		expect(readingAt('وفي الأثناء عاد الوفد إلى بلاده.', 'عاد')).toBe('عَادَ verb');
	});
});

describe('written vowels over the real lexicon', () => {
	it.each([
		['أُجِّلَ الاجتماعُ إلى الأسبوع المقبل.', 'أُجِّلَ', 'أَجَّلَ verb'],
		['كُرِّمَ المعلمون في حفل كبير.', 'كُرِّمَ', 'كَرَّمَ verb'],
		['فُقِدَ الاتصال بالطائرة مساء أمس.', 'فُقِدَ', 'فَقَدَ verb'],
		['أُلِّفَ الكتاب قبل مئة عام.', 'أُلِّفَ', 'أَلَّفَ verb'],
		['تُبَاعُ الخضار في سوق المدينة.', 'تُبَاعُ', 'بَاعَ verb'],
		['قُبِلَ طلبه بعد شهر.', 'قُبِلَ', 'قَبِلَ verb'],
		['تنافست فِرَقُ المدارس في المسابقة.', 'فِرَقُ', 'فِرْقَة noun']
	])('%s: %s → %s', (sentence, word, expected) => {
		expect(readingAt(sentence, word)).toBe(expected);
	});
});
