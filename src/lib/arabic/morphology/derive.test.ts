import { describe, expect, it } from 'vitest';
import { deriveFromVerb, englishParticiple, type VerbSource } from './derive';
import { compileLexicon, LEXICON_HEADER } from './compile';
import { analyzeWord } from './analyze';
import { dediacritize } from '../normalize';

const verb = (
	lemma: string,
	imperfect: string,
	root: string,
	form: string,
	passive = true,
	vn: string[] = []
): VerbSource => ({
	lemma,
	imperfect,
	root: root.split(' '),
	form,
	passive,
	glosses: ['confirm'],
	verbalNouns: vn
});

describe('deriveFromVerb: participles of every form and weak class', () => {
	const rows: [string, VerbSource, string[]][] = [
		['Form I sound', verb('كَتَبَ', 'يَكْتُبُ', 'ك ت ب', 'I'), ['كاتب', 'مكتوب']],
		['Form I hollow (و)', verb('قَالَ', 'يَقُولُ', 'ق و ل', 'I'), ['قائل', 'مقول']],
		['Form I hollow (ي)', verb('بَاعَ', 'يَبِيعُ', 'ب ي ع', 'I'), ['بائع', 'مبيع']],
		['Form I defective', verb('دَعَا', 'يَدْعُو', 'د ع و', 'I'), ['داعي', 'مدعو']],
		['Form I doubled', verb('رَدَّ', 'يَرُدُّ', 'ر د د', 'I'), ['راد', 'مردود']],
		['Form I hamza first', verb('أَخَذَ', 'يَأْخُذُ', 'ء خ ذ', 'I'), ['آخذ', 'مأخوذ']],
		['Form I hamza middle', verb('سَأَلَ', 'يَسْأَلُ', 'س ء ل', 'I'), ['سائل', 'مسؤول']],
		[
			'Form I without pass: no passive participle',
			verb('ذَهَبَ', 'يَذْهَبُ', 'ذ ه ب', 'I', false),
			['ذاهب']
		],
		['Form II', verb('أَكَّدَ', 'يُؤَكِّدُ', 'ء ك د', 'II', false, ['تَأْكِيد']), ['مؤكد', 'مؤكد', 'تأكيد']],
		['Form III', verb('حَاوَلَ', 'يُحَاوِلُ', 'ح و ل', 'III'), ['محاول', 'محاول']],
		['Form IV hollow', verb('أَشَارَ', 'يُشِيرُ', 'ش و ر', 'IV'), ['مشير', 'مشار']],
		['Form IV defective', verb('أَجْرَى', 'يُجْرِي', 'ج ر ي', 'IV'), ['مجري', 'مجرى']],
		['Form V (no passive unless flagged)', verb('تَحَدَّثَ', 'يَتَحَدَّثُ', 'ح د ث', 'V', false), ['متحدث']],
		['Form VIII', verb('اِنْتَخَبَ', 'يَنْتَخِبُ', 'ن خ ب', 'VIII'), ['منتخب', 'منتخب']],
		['Form VIII defective', verb('اِلْتَقَى', 'يَلْتَقِي', 'ل ق ي', 'VIII'), ['ملتقي', 'ملتقى']],
		['Form X', verb('اِسْتَخْدَمَ', 'يَسْتَخْدِمُ', 'خ د م', 'X'), ['مستخدم', 'مستخدم']],
		['Form X hollow', verb('اِسْتَقَالَ', 'يَسْتَقِيلُ', 'ق و ل', 'X'), ['مستقيل', 'مستقال']]
	];
	it.each(rows)('%s', (_name, source, expected) => {
		expect(deriveFromVerb(source).map((d) => dediacritize(d.lemma))).toEqual(expected);
	});

	it('vowels the derived lemmas', () => {
		expect(deriveFromVerb(verb('أَكَّدَ', 'يُؤَكِّدُ', 'ء ك د', 'II')).map((d) => d.lemma)).toEqual([
			'مُؤَكِّد'.normalize('NFC'),
			'مُؤَكَّد'.normalize('NFC')
		]);
	});
});

describe('englishParticiple', () => {
	it.each([
		['confirm', 'active', 'confirming'],
		['confirm', 'passive', 'confirmed'],
		['write', 'active', 'writing'],
		['write', 'passive', 'written'],
		['stop', 'active', 'stopping'],
		['try', 'passive', 'tried'],
		['die', 'active', 'dying'],
		['take part (in)', 'active', 'taking part (in)'],
		['stress (على)', 'passive', 'stressed (على)']
	] as const)('%s (%s) → %s', (sense, kind, expected) => {
		expect(englishParticiple(sense, kind)).toBe(expected);
	});
});

describe('englishParticiple: English spelling of -ing and -ed', () => {
	// [verb, -ing, -ed]
	const table: [string, string, string][] = [
		['begin', 'beginning', 'begun'],
		['commit', 'committing', 'committed'],
		['permit', 'permitting', 'permitted'],
		['admit', 'admitting', 'admitted'],
		['submit', 'submitting', 'submitted'],
		['refer', 'referring', 'referred'],
		['prefer', 'preferring', 'preferred'],
		['occur', 'occurring', 'occurred'],
		['regret', 'regretting', 'regretted'],
		['forbid', 'forbidding', 'forbidden'],
		['forget', 'forgetting', 'forgotten'],
		['excel', 'excelling', 'excelled'],
		['control', 'controlling', 'controlled'],
		['expel', 'expelling', 'expelled'],
		['program', 'programming', 'programmed'],
		['kidnap', 'kidnapping', 'kidnapped'],
		['overlap', 'overlapping', 'overlapped'],
		['eavesdrop', 'eavesdropping', 'eavesdropped'],
		['booby-trap', 'booby-trapping', 'booby-trapped'],
		['travel', 'travelling', 'travelled'],
		['fuel', 'fuelling', 'fuelled'],
		['stop', 'stopping', 'stopped'],
		['plan', 'planning', 'planned'],
		['quit', 'quitting', 'quit'],
		['stir', 'stirring', 'stirred'],
		['visit', 'visiting', 'visited'],
		['open', 'opening', 'opened'],
		['offer', 'offering', 'offered'],
		['happen', 'happening', 'happened'],
		['limit', 'limiting', 'limited'],
		['benefit', 'benefiting', 'benefited'],
		['target', 'targeting', 'targeted'],
		['edit', 'editing', 'edited'],
		['wither', 'withering', 'withered'],
		['develop', 'developing', 'developed'],
		['appeal', 'appealing', 'appealed'],
		['reveal', 'revealing', 'revealed'],
		['wait', 'waiting', 'waited'],
		['fix', 'fixing', 'fixed'],
		['show', 'showing', 'shown'],
		['play', 'playing', 'played'],
		['use', 'using', 'used'],
		['argue', 'arguing', 'argued'],
		['agree', 'agreeing', 'agreed'],
		['dye', 'dyeing', 'dyed'],
		['lie', 'lying', 'lain'],
		['tie', 'tying', 'tied'],
		['try', 'trying', 'tried'],
		['carry', 'carrying', 'carried'],
		['panic', 'panicking', 'panicked'],
		['traffic', 'trafficking', 'trafficked'],
		['weave', 'weaving', 'woven'],
		['overthrow', 'overthrowing', 'overthrown'],
		['cast', 'casting', 'cast'],
		['bend', 'bending', 'bent']
	];
	it.each(table)('%s → %s, %s', (verb, ingForm, edForm) => {
		expect(englishParticiple(verb, 'active')).toBe(ingForm);
		expect(englishParticiple(verb, 'passive')).toBe(edForm);
	});

	it.each([
		['favour, favor', 'active', 'favouring, favoring'],
		['favour, favor', 'passive', 'favoured, favored'],
		['criticise, criticize', 'active', 'criticising, criticizing'],
		['centre, center (on)', 'active', 'centring, centering (on)'],
		['enrol, enroll', 'active', 'enrolling'],
		['break out (war, fire)', 'active', 'breaking out (war, fire)'],
		['be fertilised, fertilized', 'active', 'being fertilised, being fertilized'],
		['not recognise, recognize', 'active', 'not recognising, not recognizing'],
		['can (على)', 'active', 'being able to (على)'],
		['can (على)', 'passive', '']
	] as const)('every alternative of "%s" (%s) → %s', (sense, kind, expected) => {
		expect(englishParticiple(sense, kind)).toBe(expected);
	});

	it('gives a passive participle no "been …" sense', () => {
		const [, passive] = deriveFromVerb({
			...verb('حَزَمَ', 'يَحْزِمُ', 'ح ز م', 'I'),
			glosses: ['pack', 'tie up', 'be resolute']
		});
		expect(passive.glosses).toEqual(['packed', 'tied up']);
	});
});

describe('compileLexicon adds derived words only where no row exists', () => {
	const lexicon = compileLexicon([
		{
			path: 'x.tsv',
			text: [
				LEXICON_HEADER,
				'نَقَلَ\tverb\tن ق ل\tI\timpf=يَنْقُلُ;pass;vn=نَقْل\ttransport; move\t300',
				'نَقْل\tnoun\tن ق ل\tفعل\t-\ttransport; transfer\t400'
			].join('\n')
		}
	]);
	it('derives the participles with inflection and glosses', () => {
		const a = analyzeWord('المنقولة', lexicon)[0];
		expect(a.lemma).toBe('مَنْقُول');
		expect(a.features).toMatch(/passive participle, feminine singular/);
		expect(a.gloss).toBe('transported');
		expect(analyzeWord('ناقلون', lexicon)[0].lemma).toBe('نَاقِل');
	});
	it('keeps the hand-written row instead of the derived verbal noun', () => {
		expect(lexicon.entries.filter((e) => e.bare === 'نقل' && e.pos === 'noun')).toHaveLength(1);
		expect(analyzeWord('النقل', lexicon)[0].gloss).toBe('transport');
	});
});
