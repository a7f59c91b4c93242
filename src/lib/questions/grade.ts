/**
 * Grading of answers, chosen or typed. A typed Arabic answer counts when it names the same thing as the key,
 * whatever the learner did with diacritics, hamza seats, ة/ه, ى/ي, a leading و ب ل ال, spaces or the title
 * before a name (البرهان for الفريق أول عبد الفتاح البرهان). A different name never counts: only the whole name, the name
 * without titles, or its family-name end is accepted.
 */
import type { Question } from './types';
import { answerWords, sameWord } from './text-utils';
import { isTitleWord, NAME_CONNECTIVES } from './titles';

/** The result of grading one response. */
export interface GradeResult {
	correct: boolean;
	/** The key, to show after answering. */
	expected: string;
}

/** Levantine month names (normalised), which follow the Gregorian ones after a slash: يناير/كانون الثاني. */
const LEVANTINE_MONTHS = [
	'كانون الثاني',
	'شباط',
	'اذار',
	'نيسان',
	'ايار',
	'حزيران',
	'تموز',
	'اب',
	'ايلول',
	'تشرين الاول',
	'تشرين الثاني',
	'كانون الاول'
];

/** Number words a learner may type as digits (and the reverse); normalised spelling. */
const NUMBER_WORDS: Record<string, string> = {
	واحد: '1',
	اثنان: '2',
	اثنين: '2',
	ثلاث: '3',
	ثلاثه: '3',
	اربع: '4',
	اربعه: '4',
	خمس: '5',
	خمسه: '5',
	ست: '6',
	سته: '6',
	سبع: '7',
	سبعه: '7',
	ثماني: '8',
	ثمانيه: '8',
	تسع: '9',
	تسعه: '9',
	عشر: '10',
	عشره: '10',
	مئه: '100',
	مائه: '100',
	الف: '1000',
	الفي: '2000',
	مليون: '1000000',
	مليوني: '2000000'
};

/** Words a learner may put before the answer to a where/when/whom question. */
const LEADING_PARTICLES = new Set(['في', 'الي', 'منذ', 'مع', 'من', 'يوم', 'عام', 'سنه', 'مدينه']);

function sameAnswerWord(a: string, b: string): boolean {
	if (sameWord(a, b)) return true;
	const na = NUMBER_WORDS[a];
	const nb = NUMBER_WORDS[b];
	return (na !== undefined && na === b) || (nb !== undefined && nb === a);
}

function sameWords(a: string[], b: string[]): boolean {
	return a.length === b.length && a.every((w, i) => sameAnswerWord(w, b[i]));
}

/** Both readings of a paired month (يناير/كانون الثاني → يناير …, كانون الثاني …), plus the pair itself. */
function monthVariants(words: string[]): string[][] {
	const slash = words.findIndex((w) => w.includes('/'));
	if (slash < 0) return [words];
	const [before, after] = words[slash].split('/');
	const head = words.slice(0, slash);
	const rest = [after, ...words.slice(slash + 1)];
	const restText = rest.join(' ');
	const levantine = LEVANTINE_MONTHS.find((m) => restText === m || restText.startsWith(m + ' '));
	const tail = levantine
		? restText.slice(levantine.length).trim().split(' ').filter(Boolean)
		: rest.slice(1);
	const levantineWords = levantine ? levantine.split(' ') : [after];
	return [
		words,
		[...head, before, ...tail],
		[...head, ...levantineWords, ...tail],
		[...head, before, ...levantineWords, ...tail]
	];
}

/**
 * The word sequences a typed answer may take for one key: the key, the key without leading titles, and for names
 * every family-name ending of it (never a part that starts inside بن/ولد/أبو …).
 */
function acceptedSequences(key: string): string[][] {
	const out: string[][] = [];
	for (const words of monthVariants(answerWords(key))) {
		out.push(words);
		let start = 0;
		while (start < words.length - 1 && isTitleWord(words[start])) start++;
		for (let i = start; i < words.length; i++) {
			if (i > start && NAME_CONNECTIVES.has(words[i - 1])) continue;
			if (NAME_CONNECTIVES.has(words[i]) && i === words.length - 1) continue;
			// A bare unit is not the answer to a quantity; a name's ending is.
			if (i > start && (/^\d/.test(words[start]) || NUMBER_WORDS[words[start]] !== undefined))
				break;
			out.push(words.slice(i));
		}
	}
	return out;
}

/**
 * True when a typed response names the same thing as the key.
 * @example answerMatches('الفريق أول عبد الفتاح البرهان', 'البرهان') // true
 * @example answerMatches('الفريق أول عبد الفتاح البرهان', 'حمدوك') // false
 * @example answerMatches('12 يناير/كانون الثاني', '١٢ يناير') // true
 */
export function answerMatches(key: string, response: string): boolean {
	let words = answerWords(response);
	while (words.length > 1 && LEADING_PARTICLES.has(words[0])) words = words.slice(1);
	if (words.length === 0) return false;
	return acceptedSequences(key).some((seq) => sameWords(seq, words));
}

/**
 * Grade a response: a choice index, a choice's text, or a typed answer.
 * @example grade(question, 'البرهان') // { correct: true, expected: 'الفريق أول عبد الفتاح البرهان' } when that is the key
 * @example grade(question, 2) // correct when choices[2] is the key
 */
export function grade(question: Question, response: string | number): GradeResult {
	const expected = question.answer;
	if (typeof response === 'number') {
		const choice = question.choices[response];
		return { correct: choice !== undefined && choice === expected, expected };
	}
	if (response.trim() === '') return { correct: false, expected };
	const keys = [expected, ...question.accept];
	// A response that is exactly another choice is wrong even if it shares a family name with the key.
	const otherChoice = question.choices.some((c) => c !== expected && c === response.trim());
	if (otherChoice) return { correct: false, expected };
	return { correct: keys.some((k) => answerMatches(k, response)), expected };
}
