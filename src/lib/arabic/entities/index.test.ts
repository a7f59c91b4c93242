import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokenize';
import type { AnalyzedToken } from '../types';
import { compileGazetteer, findEntities } from './index';

const HEADER = 'arabic\ttype\tkind\tenglish\tvariants\trole\tlink\n';
const gazetteer = compileGazetteer([
	{
		path: 'fixture.tsv',
		text:
			HEADER +
			[
				'الأمم المتحدة\tORG\tun\tUnited Nations\t-\t-\t-',
				'بنغازي\tLOC\tcity\tBenghazi\t-\t-\tليبيا',
				'عبد المجيد تبون\tPER\thead-of-state\tAbdelmadjid Tebboune\t-\tPresident of Algeria\tالجزائر',
				'الجزائر\tLOC\tcountry\tAlgeria\t-\t-\t-'
			].join('\n')
	}
]);

function entitiesOf(text: string) {
	const tokens: AnalyzedToken[] = tokenize(text).tokens.map((token) => ({ ...token, analyses: [] }));
	return findEntities(text, tokens, gazetteer).map(({ type, text: span, english }) => [type, span, english]);
}

describe('findEntities with the gazetteer', () => {
	it.each([
		['وصل الوفد إلى بنغازي', [['LOC', 'بنغازي', 'Benghazi']]],
		['زار وبنغازي', [['LOC', 'بنغازي', 'Benghazi']]],
		['قال عبدالمجيد تبون', [['PER', 'عبدالمجيد تبون', 'Abdelmadjid Tebboune']]],
		['قال عبد المجيد تبون', [['PER', 'عبد المجيد تبون', 'Abdelmadjid Tebboune']]],
		['دعا الامم المتحدة', [['ORG', 'الامم المتحدة', 'United Nations']]],
		['رسالة للأمم المتحدة', [['ORG', 'لأمم المتحدة', 'United Nations']]],
		['رئيس الجزائر', [['LOC', 'الجزائر', 'Algeria']]],
		['لا شيء هنا', []]
	])('%s', (text, expected) => {
		expect(entitiesOf(text)).toEqual(expected);
	});
});
