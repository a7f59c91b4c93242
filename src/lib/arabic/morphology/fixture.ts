/**
 * A tiny lexicon for unit tests: a few rows of each kind, in the real TSV format (content/lexicon/README.md).
 * Tests build from it so they stay exact whatever the real lexicon grows into.
 */
import { compileLexicon } from './compile';
import type { Lexicon } from './lexicon';

const HEADER = 'lemma\tpos\troot\tpattern\tforms\tgloss\trank';
const row = (...cols: string[]) => cols.join('\t');

/** The fixture rows per file. */
export const FIXTURE_SOURCES = [
	{
		path: 'verbs.tsv',
		text: [
			HEADER,
			row('قَالَ', 'verb', 'ق و ل', 'I', 'impf=يَقُولُ;pass', 'say; tell', '18'),
			row('كَتَبَ', 'verb', 'ك ت ب', 'I', 'impf=يَكْتُبُ;pass', 'write', '300'),
			row('دَعَا', 'verb', 'د ع و', 'I', 'impf=يَدْعُو;pass', 'call; invite', '120'),
			row('رَمَى', 'verb', 'ر م ي', 'I', 'impf=يَرْمِي', 'throw', '900'),
			row('بَقِيَ', 'verb', 'ب ق ي', 'I', 'impf=يَبْقَى', 'remain; stay', '400'),
			row('رَدَّ', 'verb', 'ر د د', 'I', 'impf=يَرُدُّ', 'reply; return', '500'),
			row('وَصَلَ', 'verb', 'و ص ل', 'I', 'impf=يَصِلُ', 'arrive; reach', '200'),
			row('أَكَّدَ', 'verb', 'ء ك د', 'II', 'impf=يُؤَكِّدُ', 'confirm; stress', '60'),
			row('أَجْرَى', 'verb', 'ج ر ي', 'IV', 'impf=يُجْرِي;pass', 'conduct; hold', '150'),
			row('اِسْتَقَالَ', 'verb', 'ق و ل', 'X', 'impf=يَسْتَقِيلُ', 'resign', '2000'),
			row('سَأَلَ', 'verb', 'س ء ل', 'I', 'impf=يَسْأَلُ', 'ask', '700'),
			row('زَارَ', 'verb', 'ز و ر', 'I', 'impf=يَزُورُ', 'visit', '250'),
			row('لَاحَظَ', 'verb', 'ل ح ظ', 'III', 'impf=يُلَاحِظُ;pass', 'notice; observe', '900'),
			row('شَاءَ', 'verb', 'ش ي ء', 'I', 'impf=يَشَاءُ', 'want; wish', '1500'),
			row('كَانَ', 'verb', 'ك و ن', 'I', 'impf=يَكُونُ', 'be', '12'),
			row('بَدَأَ', 'verb', 'ب د ء', 'I', 'impf=يَبْدَأُ', 'begin; start', '233'),
			row('اِسْتَاءَ', 'verb', 'س و ء', 'X', 'impf=يَسْتَاءُ', 'be displeased', '3000'),
			row('فَضَّلَ', 'verb', 'ف ض ل', 'II', 'impf=يُفَضِّلُ', 'prefer', '1581'),
			row('هَدَفَ', 'verb', 'ه د ف', 'I', 'impf=يَهْدِفُ', 'aim', '721'),
			row('طَالَبَ', 'verb', 'ط ل ب', 'III', 'impf=يُطَالِبُ', 'demand; call for', '225'),
			row('زَالَ', 'verb', 'ز و ل', 'I', 'impf=يَزَالُ', 'still (ما زال); cease', '248'),
			row('أَمْكَنَ', 'verb', 'م ك ن', 'IV', 'impf=يُمْكِنُ', 'be possible; can', '184'),
			row('قَلَّ', 'verb', 'ق ل ل', 'I', 'impf=يَقِلُّ', 'be less (than) (عن)', '1171'),
			row('عَادَ', 'verb', 'ع و د', 'I', 'impf=يَعُودُ', 'return; (لم يعد) no longer', '286'),
			row('عَدَّ', 'verb', 'ع د د', 'I', 'impf=يَعُدُّ;pass', 'count; consider', '817'),
			row('وَقَّعَ', 'verb', 'و ق ع', 'II', 'impf=يُوَقِّعُ', 'sign', '100'),
			row('تَوَقَّعَ', 'verb', 'و ق ع', 'V', 'impf=يَتَوَقَّعُ', 'expect; predict', '400'),
			row('أَثْبَتَ', 'verb', 'ث ب ت', 'IV', 'impf=يُثْبِتُ', 'prove', '500'),
			row('قَدَّمَ', 'verb', 'ق د م', 'II', 'impf=يُقَدِّمُ', 'present; submit', '200'),
			row('تَقَدَّمَ', 'verb', 'ق د م', 'V', 'impf=يَتَقَدَّمُ', 'advance; progress', '300'),
			row('رَفَضَ', 'verb', 'ر ف ض', 'I', 'impf=يَرْفُضُ', 'refuse; reject', '300'),
			row('نَمَا', 'verb', 'ن م و', 'I', 'impf=يَنْمُو', 'grow', '900')
		].join('\n')
	},
	{
		path: 'nouns.tsv',
		text: [
			HEADER,
			row('زِيَارَة', 'noun', 'ز و ر', 'فعالة', 'pl=+ات', 'visit', '90'),
			row('وَزِير', 'noun', 'و ز ر', 'فعيل', 'pl=وُزَرَاء;f=+ة', 'minister', '26'),
			row('كِتَاب', 'noun', 'ك ت ب', 'فعال', 'pl=كُتُب', 'book', '400'),
			row('مُحَادَثَة', 'noun', 'ح د ث', 'مفاعلة', 'pl=+ات', 'talks; conversation', '150'),
			row('مُسْتَشْفَى', 'noun', 'ش ف ي', 'مستفعل', 'pl=+ات', 'hospital', '800'),
			row('مَسْؤُول', 'noun', 'س ء ل', 'مفعول', 'pl=+ون', 'official', '70'),
			row('شَيْء', 'noun', 'ش ي ء', 'فعل', 'pl=أَشْيَاء', 'thing', '300'),
			row('تَعَاوُن', 'noun', 'ع و ن', 'تفاعل', '-', 'cooperation', '200'),
			row('رَفْض', 'noun', 'ر ف ض', 'فعل', '-', 'refusal; rejection', '150'),
			row('نُمُوّ', 'noun', 'ن م و', 'فعول', '-', 'growth', '950'),
			row('قَطْع', 'noun', 'ق ط ع', 'فعل', '-', 'cutting', '400'),
			row('قِطْعَة', 'noun', 'ق ط ع', 'فعلة', 'pl=قِطَع', 'piece', '900'),
			row('رِسَالَة', 'noun', 'ر س ل', 'فعالة', 'pl=رَسَائِل', 'message; letter', '500'),
			row('وَقْف', 'noun', 'و ق ف', 'فعل', '-', 'halt; stopping', '900'),
			row('بَلَد', 'noun', 'ب ل د', 'فعل', 'pl=بِلَاد|بُلْدَان', 'country', '100'),
			row('أَخ', 'noun', 'ء خ و', 'فع', 'pl=إِخْوَة|إِخْوَان', 'brother', '600'),
			row('مُحَامِي', 'noun', 'ح م ي', 'مفاعل', 'pl=+ون', 'lawyer', '900'),
			row('عَام', 'noun', 'ع و م', 'فعل', 'pl=أَعْوَام', 'year', '143'),
			row('مَسْؤُولِيَّة', 'noun', 'س ء ل', 'مفعولية', 'pl=+ات', 'responsibility', '400'),
			row('شَأْن', 'noun', 'ش ء ن', 'فعل', 'pl=شُؤُون', 'matter; affair', '500'),
			row('مِينَاء', 'noun', 'و ن ي', 'مفعال', 'pl=مَوَانِئ', 'port', '900'),
			row('قَارِئ', 'noun', 'ق ر ء', 'فاعل', 'pl=قُرَّاء', 'reader', '1500'),
			row('طَوَارِئ', 'noun', 'ط ر ء', 'فواعل', '-', 'emergency', '1200'),
			row('فَضْل', 'noun', 'ف ض ل', 'فعل', '-', 'merit; grace', '1031'),
			row('هَدَف', 'noun', 'ه د ف', 'فعل', 'pl=أَهْدَاف', 'goal; aim', '222'),
			row('طَالِب', 'noun', 'ط ل ب', 'فاعل', 'pl=طُلَّاب;f=+ة', 'student', '175'),
			row('اَللّٰه', 'noun', 'ء ل ه', '-', 'inv', 'God (Allah)', '300'),
			row('اِمْرَأَة', 'noun', 'م ر ء', '-', 'pl=نِسَاء', 'woman', '1509'),
			row('اِثْنَيْن', 'noun', 'ث ن ي', '-', 'def', 'Monday', '715'),
			row('يَوْم', 'noun', 'ي و م', 'فعل', 'pl=أَيَّام', 'day', '40'),
			row('تَثَبُّت', 'noun', 'ث ب ت', 'تفعل', 'inv', 'verification', '900'),
			row('آب', 'noun', '-', '-', '-', 'August', '900'),
			row('خَبِير', 'noun', 'خ ب ر', 'فعيل', 'pl=خُبَرَاء', 'expert', '300'),
			row('حُكُومَة', 'noun', 'ح ك م', 'فعولة', 'pl=+ات', 'government', '30'),
			row('وَكَالَة', 'noun', 'و ك ل', 'فعالة', 'pl=+ات', 'agency', '300'),
			row('نَبَأ', 'noun', 'ن ب ء', 'فعل', 'pl=أَنْبَاء', 'news; report', '400')
		].join('\n')
	},
	{
		path: 'adjectives.tsv',
		text: [
			HEADER,
			row('جَزَائِرِيّ', 'adj', 'ج ز ر', 'فعائلي', '-', 'Algerian', '60'),
			row('أَلْمَانِيّ', 'adj', '-', '-', '-', 'German', '400'),
			row('كَبِير', 'adj', 'ك ب ر', 'فعيل', 'pl=كِبَار', 'big; senior', '80'),
			row('عَامّ', 'adj', 'ع م م', 'فاعل', '-', 'general; public', '143'),
			row('أَكْبَر', 'adj', 'ك ب ر', 'أفعل', 'f=كُبْرَى', 'bigger; biggest', '300'),
			row('جَدِيد', 'adj', 'ج د د', 'فعيل', 'pl=جُدُد|+ون', 'new', '75')
		].join('\n')
	},
	{
		path: 'numbers.tsv',
		text: [
			HEADER,
			row('ثَلَاثَة', 'num', 'ث ل ث', '-', 'value=3', 'three', '200'),
			row('عِشْرُون', 'num', 'ع ش ر', '-', 'value=20', 'twenty', '500'),
			row('اِثْنَان', 'num', 'ث ن ي', '-', 'value=2;pl=اِثْنَيْن', 'two', '1000'),
			row('ثَانٍ', 'num', 'ث ن ي', 'فاعل', 'value=2;ord', 'second', '300')
		].join('\n')
	},
	{
		path: 'function-words.tsv',
		text: [
			HEADER,
			row('وَ', 'conj', '-', '-', 'proclitic;nosuffix', 'and', '1'),
			row('فَ', 'conj', '-', '-', 'proclitic;nosuffix', 'so; then', '70'),
			row('بِ', 'prep', '-', '-', 'proclitic;suffix=بِ', 'with; by', '6'),
			row('لِ', 'prep', '-', '-', 'proclitic;suffix=لَ', 'for; to; in order to', '4'),
			row('فِي', 'prep', '-', '-', '-', 'in', '3'),
			row('مِنْ', 'prep', '-', '-', '-', 'from; of', '5'),
			row('عَنْ', 'prep', '-', '-', '-', 'about; from', '13'),
			row('بَيْنَ', 'prep', 'ب ي ن', '-', '-', 'between', '23'),
			row('حَتَّى', 'prep', '-', '-', 'nosuffix', 'until; even; so that', '66'),
			row('لَا', 'part', '-', '-', 'nosuffix', 'no; not', '25'),
			row('إِلَّا', 'part', '-', '-', 'nosuffix', 'except; but', '152'),
			row('أَلَّا', 'part', '-', '-', 'nosuffix;noprep', 'that not (أن + لا)', '700'),
			row('سِيَّمَا', 'adv', '-', '-', 'nosuffix', 'especially (لا سيما)', '3398'),
			row('حِينَمَا', 'conj', 'ح ي ن', '-', 'nosuffix', 'when; while', ''),
			row('ذَا', 'dem', '-', '-', '-', 'having (ذا + noun); this', '3000'),
			row('عَلَى', 'prep', 'ع ل و', '-', 'suffix=عَلَيْ', 'on', '8'),
			row('إِلَى', 'prep', '-', '-', 'suffix=إِلَيْ', 'to', '9'),
			row('أَنَّ', 'part', '-', '-', '-', 'that', '7'),
			row('إِنَّ', 'part', '-', '-', '-', 'indeed; that (after قال)', '14'),
			row('إِنْ', 'part', '-', '-', 'nosuffix', 'if', '60'),
			row('بَلْ', 'conj', '-', '-', 'nosuffix;noprep', 'but rather; even', '200'),
			row('أَنْ', 'part', '-', '-', 'nosuffix', 'to (before a verb)', '7'),
			row('لَنْ', 'part', '-', '-', 'nosuffix', 'will not', '40'),
			row('لَمْ', 'part', '-', '-', 'nosuffix', 'did not', '29'),
			row('هَلْ', 'interrog', '-', '-', 'nosuffix', '(question marker); whether', '219'),
			row('قَدْ', 'part', '-', '-', 'nosuffix;noprep', 'has; may', '30'),
			row('لَقَدْ', 'part', '-', '-', 'nosuffix;noprep', 'has indeed', '308'),
			row('مَا', 'part', '-', '-', 'nosuffix', 'what; not', '19'),
			row('مَنْ', 'rel', '-', '-', 'nosuffix', 'who; whoever', '300'),
			row('هُوَ', 'pron', '-', '-', 'alt=ه', 'he; it', '2'),
			row('أَنْتُمْ', 'pron', '-', '-', 'alt=كم', 'you (plural)', '900'),
			row('كَمْ', 'interrog', '-', '-', 'nosuffix', 'how many; how much', '300'),
			row('هٰذَا', 'dem', '-', '-', 'alt=هذه|هؤلاء', 'this; these', '11'),
			row('ذٰلِكَ', 'dem', '-', '-', 'alt=تلك', 'that; those', '42'),
			row('كَذٰلِكَ', 'adv', '-', '-', 'nosuffix', 'also; likewise', '620'),
			row('اَلَّذِي', 'rel', '-', '-', 'alt=التي|الذين', 'who; which', '10'),
			row('أَمْسِ', 'adv', '-', '-', 'nosuffix;art', 'yesterday', '46')
		].join('\n')
	}
];

/** The fixture lexicon, compiled once. */
export const FIXTURE_LEXICON: Lexicon = compileLexicon(FIXTURE_SOURCES);
