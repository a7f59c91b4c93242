/**
 * A tiny lexicon and gazetteer for the entity tests, in the real TSV formats (content/lexicon/README.md,
 * content/gazetteer/README.md), so the tests stay exact whatever the real data grows into. Every name here is
 * written by us for the tests.
 */
import { analyzeText } from '../index';
import { FIXTURE_SOURCES } from '../morphology/fixture';
import { compileLexicon } from '../morphology/compile';
import type { Entity } from '../types';
import { compileGazetteer } from './gazetteer';

const LEXICON_HEADER = 'lemma\tpos\troot\tpattern\tforms\tgloss\trank';
const row = (...cols: string[]) => cols.join('\t');

/** Words the test sentences use besides the morphology fixture's. */
const EXTRA_LEXICON = [
	{
		path: 'verbs-entities.tsv',
		text: [
			LEXICON_HEADER,
			row('اِلْتَقَى', 'verb', 'ل ق ي', 'VIII', 'impf=يَلْتَقِي', 'meet', '100'),
			row('أَعْلَنَ', 'verb', 'ع ل ن', 'IV', 'impf=يُعْلِنُ;pass', 'announce', '50'),
			row('وَقَّعَ', 'verb', 'و ق ع', 'II', 'impf=يُوَقِّعُ;pass', 'sign', '300'),
			row('سَجَّلَ', 'verb', 'س ج ل', 'II', 'impf=يُسَجِّلُ;pass', 'score; record', '400'),
			row('اِسْتَقْبَلَ', 'verb', 'ق ب ل', 'X', 'impf=يَسْتَقْبِلُ', 'receive', '300'),
			row('دَخَلَ', 'verb', 'د خ ل', 'I', 'impf=يَدْخُلُ', 'enter', '200'),
			row('بَلَغَ', 'verb', 'ب ل غ', 'I', 'impf=يَبْلُغُ', 'reach; amount to', '300')
		].join('\n')
	},
	{
		path: 'nouns-entities.tsv',
		text: [
			LEXICON_HEADER,
			row('رَئِيس', 'noun', 'ر ء س', 'فعيل', 'pl=رُؤَسَاء;f=+ة', 'president; head', '20'),
			row('حُكُومَة', 'noun', 'ح ك م', 'فعولة', 'pl=+ات', 'government', '40'),
			row('خَارِجِيَّة', 'noun', 'خ ر ج', 'فاعلية', '-', 'foreign affairs', '60'),
			row('طَبِيب', 'noun', 'ط ب ب', 'فعيل', 'pl=أَطِبَّاء;f=+ة', 'doctor', '600'),
			row('مَدِينَة', 'noun', 'م د ن', 'فعيلة', 'pl=مُدُن', 'city', '90'),
			row('بَلْدَة', 'noun', 'ب ل د', 'فعلة', 'pl=+ات', 'town', '400'),
			row('حِزْب', 'noun', 'ح ز ب', 'فعل', 'pl=أَحْزَاب', 'party', '150'),
			row('شَرِكَة', 'noun', 'ش ر ك', 'فعلة', 'pl=+ات', 'company', '120'),
			row('مُبَارَاة', 'noun', 'ب ر ي', 'مفاعلة', 'pl=مُبَارَيَات', 'match', '300'),
			row('هَدَف', 'noun', 'ه د ف', 'فعل', 'pl=أَهْدَاف', 'goal; aim', '200'),
			row('فَرِيق', 'noun', 'ف ر ق', 'فعيل', 'pl=فِرَق', 'team', '200'),
			row('حُدُود', 'noun', 'ح د د', 'فعول', '-', 'border; borders', '150'),
			row('طُول', 'noun', 'ط و ل', 'فعل', '-', 'length', '500'),
			row('مَعْرَكَة', 'noun', 'ع ر ك', 'مفعلة', 'pl=مَعَارِك', 'battle', '300'),
			row('أَمَل', 'noun', 'ء م ل', 'فعل', 'pl=آمَال', 'hope', '300'),
			row('سَلَام', 'noun', 'س ل م', 'فعال', '-', 'peace', '100'),
			row('نَصْر', 'noun', 'ن ص ر', 'فعل', '-', 'victory', '400'),
			row('اِتِّفَاق', 'noun', 'و ف ق', 'افتعال', 'pl=+ات', 'agreement', '50'),
			row('عَاصِمَة', 'noun', 'ع ص م', 'فاعلة', 'pl=عَوَاصِم', 'capital', '150'),
			row('شَمَال', 'noun', 'ش م ل', 'فعال', '-', 'north', '200'),
			row('جَنُوب', 'noun', 'ج ن ب', 'فعول', '-', 'south', '200'),
			row('تَنْفِيذ', 'noun', 'ن ف ذ', 'تفعيل', '-', 'implementation', '300'),
			row('حَيِّز', 'noun', 'ح و ز', 'فيعل', '-', 'space; effect', '900'),
			row('إِطْلَاق', 'noun', 'ط ل ق', 'إفعال', '-', 'release; firing', '200'),
			row('نَار', 'noun', 'ن و ر', 'فعل', 'pl=نِيرَان', 'fire', '300'),
			row('اِجْتِمَاع', 'noun', 'ج م ع', 'افتعال', 'pl=+ات', 'meeting', '80'),
			row('شَعْب', 'noun', 'ش ع ب', 'فعل', 'pl=شُعُوب', 'people', '200'),
			row('وَفْد', 'noun', 'و ف د', 'فعل', 'pl=وُفُود', 'delegation', '200'),
			row('مَجْلِس', 'noun', 'ج ل س', 'مفعل', 'pl=مَجَالِس', 'council', '80'),
			row('شُورَى', 'noun', 'ش و ر', 'فعلى', '-', 'consultation', '900'),
			row('سَائِق', 'noun', 'س و ق', 'فاعل', 'pl=+ون', 'driver', '900'),
			row('سِبَاق', 'noun', 'س ب ق', 'فعال', 'pl=+ات', 'race', '900'),
			row('نِهَايَة', 'noun', 'ن ه ي', 'فعالة', 'pl=+ات', 'end', '200')
		].join('\n')
	},
	{
		path: 'adjectives-entities.tsv',
		text: [
			LEXICON_HEADER,
			row('عَادِل', 'adj', 'ع د ل', 'فاعل', '-', 'just; fair', '900'),
			row('كَرِيم', 'adj', 'ك ر م', 'فعيل', '-', 'generous', '900'),
			row('جَمِيل', 'adj', 'ج م ل', 'فعيل', '-', 'beautiful', '900'),
			row('جَيِّد', 'adj', 'ج و د', 'فيعل', '-', 'good', '300'),
			row('سَابِق', 'adj', 'س ب ق', 'فاعل', '-', 'former; previous', '150'),
			row('مَاضٍ', 'adj', 'م ض ي', 'فاعل', 'f=مَاضِيَة', 'past; last', '100'),
			row('مُقْبِل', 'adj', 'ق ب ل', 'مفعل', '-', 'next; coming', '150'),
			row('دِيمُقْرَاطِيّ', 'adj', '-', '-', '-', 'democratic', '300'),
			row('وَطَنِيّ', 'adj', 'و ط ن', 'فعلي', '-', 'national', '100')
		].join('\n')
	}
];

/** The test lexicon: the morphology fixture plus the words above. */
export const ENTITY_LEXICON = compileLexicon([...FIXTURE_SOURCES, ...EXTRA_LEXICON]);

const ENTRY_HEADER = 'arabic\ttype\tkind\tenglish\tvariants\trole\tlink';

/** The test gazetteer. */
export const ENTITY_GAZETTEER = compileGazetteer([
	{
		path: 'places.tsv',
		text: [
			ENTRY_HEADER,
			row('الجزائر', 'LOC', 'country', 'Algeria', '-', '-', '-'),
			row('ليبيا', 'LOC', 'country', 'Libya', '-', '-', '-'),
			row('مصر', 'LOC', 'country', 'Egypt', '-', '-', '-'),
			row('طرابلس', 'LOC', 'capital', 'Tripoli', '-', 'Capital of Libya', 'ليبيا'),
			row('بنغازي', 'LOC', 'city', 'Benghazi', '-', '-', 'ليبيا'),
			row('أفريقيا', 'LOC', 'continent', 'Africa', 'إفريقيا', '-', '-'),
			row(
				'الولايات المتحدة',
				'LOC',
				'country',
				'United States',
				'الولايات المتحدة الأمريكية',
				'-',
				'-'
			),
			row('ليون', 'LOC', 'city', 'Lyon', '-', '-', 'فرنسا')
		].join('\n')
	},
	{
		path: 'people.tsv',
		text: [
			ENTRY_HEADER,
			row(
				'خليفة حفتر',
				'PER',
				'military',
				'Khalifa Haftar',
				'حفتر',
				'Commander of the Libyan National Army',
				'ليبيا'
			),
			row(
				'عبد المجيد تبون',
				'PER',
				'head-of-state',
				'Abdelmadjid Tebboune',
				'تبون',
				'President of Algeria',
				'الجزائر'
			)
		].join('\n')
	},
	{
		path: 'organisations.tsv',
		text: [
			ENTRY_HEADER,
			row('الأمم المتحدة', 'ORG', 'international', 'United Nations', '-', '-', '-'),
			row('الاتحاد الأفريقي', 'ORG', 'regional', 'African Union', 'الاتحاد الإفريقي', '-', '-'),
			row('جامعة الدول العربية', 'ORG', 'regional', 'Arab League', 'الجامعة العربية', '-', '-'),
			row('فيراري', 'ORG', 'company', 'Ferrari', '-', '-', '-')
		].join('\n')
	},
	{
		path: 'nisba.tsv',
		text: [
			'nisba\tplace\tenglish\tvariants',
			'جزائري\tالجزائر\tAlgerian\t-',
			'ليبي\tليبيا\tLibyan\t-',
			'مصري\tمصر\tEgyptian\t-',
			'فرنسي\tفرنسا\tFrench\t-'
		].join('\n')
	},
	{
		path: 'given-names.tsv',
		text: [
			'name\tgender\tenglish\tvariants\tcommon',
			'محمد\tm\tMuhammad\t-\t-',
			'أحمد\tm\tAhmad\t-\t-',
			'يوسف\tm\tYoussef\t-\t-',
			'سمير\tm\tSamir\t-\t-',
			'عبد الله\tm\tAbdullah\t-\t-',
			'أمل\tf\tAmal\t-\thope',
			'سلام\tf\tSalam\t-\tpeace',
			'نصر\tm\tNasr\t-\tvictory',
			'عادل\tm\tAdel\t-\tjust',
			'كريم\tm\tKarim\t-\tgenerous',
			'جميل\tm\tJamil\t-\tbeautiful',
			'ماركو\tm\tMarco\t-\t-'
		].join('\n')
	}
]);

/**
 * Entities of a sentence through the whole pipeline, as [type, text] pairs (and more fields when asked).
 * @example entitiesOf('قال حفتر')[0].english === 'Khalifa Haftar'
 */
export function entitiesOf(text: string): Entity[] {
	return analyzeText(text, ENTITY_LEXICON, ENTITY_GAZETTEER).entities;
}

/**
 * [type, text] pairs of the entities of a sentence, optionally of one type only.
 * @example spansOf('زار وبنغازي') // [['LOC', 'بنغازي']]
 */
export function spansOf(text: string, type?: string): [string, string][] {
	return entitiesOf(text)
		.filter((entity) => !type || entity.type === type)
		.map((entity) => [entity.type, entity.text]);
}
