import { describe, expect, it } from 'vitest';
import {
	compileGazetteer,
	GazetteerError,
	lookupPhrase,
	nisbaForms,
	spellingVariants
} from './gazetteer';

const HEADER = 'arabic\ttype\tkind\tenglish\tvariants\trole\tlink\n';

describe('compileGazetteer', () => {
	it('rejects a bad header with the file and line', () => {
		expect(() => compileGazetteer([{ path: 'bad.tsv', text: 'name\ttype\n' }])).toThrow(
			/bad\.tsv:1/
		);
	});
	it('rejects an unknown type', () => {
		expect(() =>
			compileGazetteer([{ path: 'x.tsv', text: HEADER + 'مصر\tPLACE\tcountry\tEgypt\t-\t-\t-' }])
		).toThrow(GazetteerError);
	});
	it('finds variants, normalised spellings and joined عبد', () => {
		const gazetteer = compileGazetteer([
			{
				path: 'x.tsv',
				text:
					HEADER +
					'إفريقيا\tLOC\tcontinent\tAfrica\tأفريقيا\t-\t-\nعبد المجيد تبون\tPER\t-\tAbdelmadjid Tebboune\t-\t-\t-'
			}
		]);
		expect(lookupPhrase(gazetteer, 'افريقيا')?.english).toBe('Africa');
		expect(lookupPhrase(gazetteer, 'عبدالمجيد تبون')?.english).toBe('Abdelmadjid Tebboune');
		expect(lookupPhrase(gazetteer, 'عبد المجيد')).toBeUndefined();
	});
	it('generates nisba forms', () => {
		expect(nisbaForms('جزائري')).toEqual(
			expect.arrayContaining(['الجزائري', 'الجزائرية', 'الجزائريون', 'الجزائريين', 'جزائريات'])
		);
	});
	it('writes عبد/أبو joined and apart', () => {
		expect(spellingVariants('عبد الله')).toEqual(expect.arrayContaining(['عبد الله', 'عبدالله']));
		expect(spellingVariants('عبدالله')).toEqual(expect.arrayContaining(['عبد الله']));
	});
});
