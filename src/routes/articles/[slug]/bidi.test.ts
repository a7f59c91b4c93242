import { describe, expect, it } from 'vitest';
import { splitLtrRuns } from './bidi';

describe('left-to-right runs inside Arabic', () => {
	it.each([
		['', []],
		['قال الوزير', [['قال الوزير', false]]],
		[
			'عام 2019.',
			[
				['عام ', false],
				['2019', true],
				['.', false]
			]
		],
		[
			'بين 2019-2020 و',
			[
				['بين ', false],
				['2019-2020', true],
				[' و', false]
			]
		],
		[
			'فيروس COVID-19 المستجد',
			[
				['فيروس ', false],
				['COVID-19', true],
				[' المستجد', false]
			]
		],
		[
			'صحيفة New York Times الأمريكية',
			[
				['صحيفة ', false],
				['New York Times', true],
				[' الأمريكية', false]
			]
		],
		[
			'الساعة 10:30 صباحا بنسبة 3.5%',
			[
				['الساعة ', false],
				['10:30', true],
				[' صباحا بنسبة ', false],
				['3.5%', true]
			]
		],
		['عام ٢٠١٩ الماضي', [['عام ٢٠١٩ الماضي', false]]]
	])('%s', (text, expected) => {
		const runs = splitLtrRuns(text);
		expect(runs.map((run) => [run.text, run.ltr])).toEqual(expected);
		expect(runs.map((run) => run.text).join('')).toBe(text);
	});
});
