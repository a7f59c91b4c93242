import { describe, expect, it } from 'vitest';
import { readTextSize, stepTextSize, textSizeRem } from './text-size';

describe('text size', () => {
	it.each([
		[undefined, 'medium'],
		['', 'medium'],
		['huge', 'medium'],
		['large', 'large'],
		['small', 'small']
	])('reads cookie value %j as %s', (value, expected) => {
		expect(readTextSize(value)).toBe(expected);
	});

	it.each([
		['medium', 1, 'large'],
		['medium', -1, 'small'],
		['small', -1, 'small'],
		['xx-large', 1, 'xx-large']
	] as const)('steps %s by %i to %s', (from, direction, expected) => {
		expect(stepTextSize(from, direction)).toBe(expected);
	});

	it('gives larger steps larger sizes', () => {
		expect(textSizeRem('large')).toBeGreaterThan(textSizeRem('medium'));
	});
});
