/**
 * Session-2 rules of the entity recogniser, each shown on sentences we wrote: a small lexicon and gazetteer of our
 * own (the morphology fixture plus the words below) keep the results exact whatever the real data grows into.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../index';
import { FIXTURE_SOURCES } from '../morphology/fixture';
import { compileLexicon } from '../morphology/compile';
import { compileGazetteer } from './gazetteer';

const row = (...cols: string[]) => cols.join('\t');
const LEXICON_HEADER = 'lemma\tpos\troot\tpattern\tforms\tgloss\trank';
const ENTRY_HEADER = 'arabic\ttype\tkind\tenglish\tvariants\trole\tlink';

const LEXICON = compileLexicon([
	...FIXTURE_SOURCES,
	{
		path: 'rules-words.tsv',
		text: [
			LEXICON_HEADER,
			row('رَئِيس', 'noun', 'ر ء س', 'فعيل', 'pl=رُؤَسَاء;f=+ة', 'president; head', '20'),
			row('مُبَارَك', 'adj', 'ب ر ك', 'مفاعل', '-', 'blessed', '900'),
			row('خَالِد', 'adj', 'خ ل د', 'فاعل', '-', 'eternal', '900'),
			row('صِيَام', 'noun', 'ص و م', 'فعال', '-', 'fasting', '900'),
			row('حِوَار', 'noun', 'ح و ر', 'فعال', '-', 'dialogue', '300'),
			row('فَرِيق', 'noun', 'ف ر ق', 'فعيل', 'pl=فِرَق', 'team', '200'),
			row('جَاهِز', 'adj', 'ج ه ز', 'فاعل', '-', 'ready', '600'),
			row('اِنْضَمَّ', 'verb', 'ض م م', 'VII', 'impf=يَنْضَمُّ', 'join', '300'),
			row('نَادِي', 'noun', 'ن د و', 'فاعل', '-', 'club', '300'),
			row('وَضْع', 'noun', 'و ض ع', 'فعل', '-', 'situation', '200'),
			row('صَعْب', 'adj', 'ص ع ب', 'فعل', '-', 'difficult', '400'),
			row('صَرَّحَ', 'verb', 'ص ر ح', 'II', 'impf=يُصَرِّحُ', 'declare', '300'),
			row('بَرَازِيلِيّ', 'adj', '-', '-', '-', 'Brazilian', '900')
		].join('\n')
	}
]);

const GAZETTEER = compileGazetteer([
	{
		path: 'places.tsv',
		text: [ENTRY_HEADER, row('مصر', 'LOC', 'country', 'Egypt', '-', '-', '-')].join('\n')
	},
	{
		path: 'nisba.tsv',
		text: ['nisba\tplace\tenglish\tvariants', 'برازيلي\tالبرازيل\tBrazilian\t-'].join('\n')
	},
	{
		path: 'given-names.tsv',
		text: [
			'name\tgender\tenglish\tvariants\tcommon',
			'سامي\tm\tSami\t-\thigh',
			'مبارك\tm\tMubarak\t-\tblessed',
			'خالد\tm\tKhaled\t-\teternal',
			'سعيد\tm\tSaid\t-\thappy',
			'علي\tm\tAli\t-\ton'
		].join('\n')
	}
]);

/** [type, text] pairs of the people, places and organisations of a sentence. */
function names(text: string): [string, string][] {
	return analyzeText(text, LEXICON, GAZETTEER)
		.entities.filter((e) => e.type === 'PER' || e.type === 'LOC' || e.type === 'ORG')
		.map((e) => [e.type, e.text]);
}

describe('people', () => {
	it.each([
		// A strong title before a given name that is also a word, when the name clearly ends there.
		[
			'وقال الرئيس مبارك إن مصر تدعم الحوار',
			[
				['PER', 'مبارك'],
				['LOC', 'مصر']
			]
		],
		// …but not before a noun that may be the family name, nor علي (also على written with ي).
		['وقال الرئيس سعيد صيام', []],
		['وقال الرئيس علي الحوار', []],
		// The abbreviation د. (Dr): its full stop ends no sentence.
		['وصرح د. زهير القطان بأن الوضع صعب', [['PER', 'زهير القطان']]],
		// A given name that is also a word, between a verb of saying and what was said.
		['وأكد خالد أن الفريق جاهز', [['PER', 'خالد']]],
		['وأكد خالد الفريق', []],
		// A hamza on the alef is no article: أليكس is a name, not ال + يكس.
		['وقال أليكس دوغان إن الوضع صعب', [['PER', 'أليكس دوغان']]],
		// After a gentilic, an unknown word ending in ون is a name (not a plural).
		['وانضم البرازيلي جيلسون إلى النادي', [['PER', 'جيلسون']]]
	] as [string, [string, string][]][])('%s', (text, expected) => {
		expect(names(text)).toEqual(expected);
	});
});
