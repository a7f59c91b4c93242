import { describe, expect, it } from 'vitest';
import { guessRoot } from './root-guess';

describe('guessRoot', () => {
	it.each([
		// edge cases first: no letters to work with, a foreign word no template fits
		['ب', ''],
		['فيسبوك', 'ف س ب ك'],
		// sound roots in the common templates
		['كاتب', 'ك ت ب'],
		['مكتوب', 'ك ت ب'],
		['تفجير', 'ف ج ر'],
		['مفاوضات', 'ف و ض'],
		['استقلال', 'ق ل ل'],
		['أحزاب', 'ح ز ب'],
		['إعلان', 'ع ل ن'],
		['آثار', 'ء ث ر'],
		// Form VIII with its ت assimilated (اصطدام، ازدحام)
		['اصطدام', 'ص د م'],
		['ازدحام', 'ز ح م'],
		// weak and doubled roots
		['مستشفيات', 'ش ف ي'],
		['مستقل', 'ق ل ل']
	])('%s → %s', (word, root) => {
		expect(guessRoot(word)).toBe(root);
	});

	it.each([
		// Several templates fit (قائم: ق ء م or the hollow ق و م); the root that known words have wins.
		['قائم', 'ق و م'],
		['انتهاء', 'ن ه ي'],
		['مطار', 'ط ي ر']
	])('prefers a known root for %s (%s)', (word, known) => {
		expect(guessRoot(word, new Set([known, 'ك ت ب']))).toBe(known);
	});

	it('falls back to the most specific template when no candidate is a known root', () => {
		expect(guessRoot('مكتوب', new Set(['ق و م']))).toBe('ك ت ب');
	});
});
