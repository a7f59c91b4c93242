/**
 * «كم …؟» questions about quantities: the measure named by يبلغ/تبلغ when there is one, otherwise the sentence with
 * the figure left out.
 */
import { normalizeForMatch } from '../../arabic/normalize';
import {
	acceptOf,
	arabicQuestion,
	englishQuestion,
	positionScore,
	type Draft,
	type KindContext
} from '../draft';
import type { NewsEvent } from '../types';
import { spanText, type ArticleView } from '../view';

/**
 * Words that make what follows a forecast or a plan, not a fact (يتوقع أن يبلغ، من المتوقع أن، قد يصل): normalised,
 * with or without a leading و.
 */
const FORECAST = new Set(
	[
		'يتوقع',
		'تتوقع',
		'توقع',
		'توقعت',
		'يتوقعون',
		'المتوقع',
		'يرجح',
		'ترجح',
		'المرجح',
		'ينتظر',
		'المنتظر',
		'المقرر',
		'قد'
	].flatMap((k) => [k, 'و' + k])
);

/** Index of a forecast word among the `n` words before `index` in the sentence, or -1. */
function forecastBefore(view: ArticleView, index: number, from: number, n: number): number {
	for (let i = index - 1; i >= Math.max(from, index - n); i--) {
		const w = view.words[i];
		if (w.token.kind === 'punct') return -1;
		if (FORECAST.has(w.key)) return i;
	}
	return -1;
}

/** Object pronouns that a measure noun may carry (طولها، عددهم). */
const PRONOUN = /(ها|هم|ه)$/;

/** The bare stem of a word without proclitics or a pronoun suffix (بحدود → حدود، حدودها → حدود). */
function stemOf(word: ArticleView['words'][number]): string {
	const stem = word.token.analyses?.[0]?.segments
		.filter((seg) => seg.role === 'stem')
		.map((seg) => seg.text)
		.join('');
	return stem || word.token.text.replace(/^(و|ف)?(ب|ل|ك)?(ال)?/, '').replace(/(ها|هم|ه)$/, '');
}

/**
 * «كم يبلغ …؟» from the measure the text names. A measure with a pronoun (يبلغ طولها) names the noun it refers to,
 * found before the verb past a relative التي/الذي and adjectives: «بحدود يبلغ طولها» → «كم يبلغ طول الحدود؟»,
 * «حدودها الجنوبية، التي يبلغ طولها» → «كم يبلغ طول الحدود الجنوبية؟». Undefined when the noun cannot be found.
 */
function measurePrompt(view: ArticleView, event: NewsEvent): string | undefined {
	const measure = (event.measure ?? '').replace(/^[وف](?=[يتب])/, '');
	// «يبلغ من العمر» names no one: the sentence with the figure left out is clearer.
	if (!measure || /من العمر$/.test(measure)) return undefined;
	const words = measure.split(/\s+/);
	// «كم بلغ؟» names nothing, and «كم ووصل وزير … في زيارة تستمر؟» is no question: only «بلغ/يبلغ + a measure» of a
	// few words reads as one; otherwise the figure in its clause is clearer.
	if (words.length < 2 || words.length > 7) return undefined;
	if (!/^(يبلغ|تبلغ|بلغ|بلغت|يتجاوز|تتجاوز|يقدر|تقدر|قدر|قدرت)$/.test(normalizeForMatch(words[0])))
		return undefined;
	// «يتوقع أن يبلغ نمو الاقتصاد 3.2%» is a forecast: asked as one (كم يُتوقَّع أن يبلغ …؟), never as a fact.
	const at0 = view.text.indexOf(measure, event.sentence.start);
	const verbIndex = view.words.findIndex((w) => w.token.start === at0);
	const sentenceFirst =
		view.sentences.find((s) => s.start === event.sentence.start)?.firstToken ?? 0;
	const forecast = verbIndex > 0 ? forecastBefore(view, verbIndex, sentenceFirst, 4) : -1;
	if (forecast >= 0) {
		if (view.words[forecast].key.replace(/^و/, '') === 'قد')
			return arabicQuestion('كم قد', measure);
		return arabicQuestion('كم يُتوقَّع أن', measure);
	}
	const last = words[words.length - 1];
	// «كم يبلغ عدد سكانها؟»: a pronoun whose noun is not found is no question for a learner.
	if (
		words.length !== 2 &&
		PRONOUN.test(normalizeForMatch(last)) &&
		/(ها|هم)$/.test(normalizeForMatch(last))
	)
		return undefined;
	if (words.length !== 2 || !PRONOUN.test(normalizeForMatch(last)))
		return arabicQuestion('كم', measure);
	const at = view.text.indexOf(measure.slice(1), event.sentence.start) - 1;
	const verb = view.words.find((w) => w.token.start <= at + 1 && at + 1 < w.token.end);
	if (!verb) return undefined;
	let i = verb.index - 1;
	// Only «noun يبلغ طولها» or «noun …، التي يبلغ طولها»: after any other word the referent is unclear.
	if (i >= 0 && ['التي', 'الذي'].includes(view.words[i].key)) {
		i--;
		while (i >= 0 && view.words[i].token.kind === 'punct') i--;
	} else if (i < 0 || view.words[i].token.kind !== 'word') return undefined;
	const adjectives: string[] = [];
	while (i >= 0 && /^ال\S+(ي|يه)$/.test(view.words[i].key) && view.words[i].pos !== 'noun') {
		adjectives.unshift(view.words[i].token.text);
		i--;
	}
	const noun = view.words[i];
	if (
		!noun ||
		noun.token.kind !== 'word' ||
		(noun.pos && noun.pos !== 'noun' && noun.pos !== 'proper noun')
	)
		return undefined;
	const stem = stemOf(noun);
	if (stem.length < 3) return undefined;
	const bare = last.replace(/(ها|هم|ه)$/, '').replace(/ت$/, 'ة');
	return arabicQuestion('كم', words[0], bare, `ال${stem.replace(/^ال/, '')}`, ...adjectives);
}

/** A noun as it stands after «كم مدة» / «كم تستمر»: definite, without the accusative alif (إضرابا → الإضراب). */
function definite(word: ArticleView['words'][number]): string | undefined {
	const text = word.token.text;
	if (word.token.kind !== 'word' || (word.pos && word.pos !== 'noun')) return undefined;
	if (/^ال/.test(text)) return text;
	if (/^[وفبلك]ال/.test(word.key)) return undefined;
	return `ال${text.replace(/([^ء])ا$/, '$1').replace(/ً$/, '')}`;
}

/**
 * A duration asked as a teacher would: «زيارة تستمر ثلاثة أيام» → «كم تستمر الزيارة؟», «اشتباكات استمرت سبع ساعات»
 * → «كم استمرت الاشتباكات؟», «إضرابا لمدة ثلاثة أيام» / «الحداد الوطني ثلاثة أيام» → «كم مدة الإضراب؟» /
 * «كم مدة الحداد الوطني؟». Undefined when the words before the figure are not one of these shapes.
 */
function durationPrompt(
	view: ArticleView,
	first: number,
	sentenceFirst: number
): string | undefined {
	const i = first - 1;
	if (i < sentenceFirst) return undefined;
	const w = view.words[i];
	if (/^(تستمر|يستمر|استمرت|استمر|ستستمر|سيستمر)$/.test(w.key)) {
		const noun = view.words[i - 1];
		const d = noun && i - 1 >= sentenceFirst ? definite(noun) : undefined;
		return d ? `كم ${w.token.text} ${d}؟` : undefined;
	}
	if (w.key === 'لمده') {
		// «إضرابا لمدة ثلاثة أيام»: an indefinite object right before لمدة (not «في مجال الصيد البحري لمدة …»,
		// where the time belongs to something named earlier).
		const noun = view.words[i - 1];
		if (!noun || i - 1 < sentenceFirst || /^ال/.test(noun.key) || !/ا$/.test(noun.key))
			return undefined;
		const d = definite(noun);
		return d ? `كم مدة ${d}؟` : undefined;
	}
	// «أعلن الحداد الوطني ثلاثة أيام»: a definite object and its adjectives, right after a verb.
	const words: string[] = [];
	let k = i;
	while (
		k >= sentenceFirst &&
		/^ال\S+(ي|يه)$/.test(view.words[k].key) &&
		view.words[k].pos === 'adjective'
	) {
		words.unshift(view.words[k].token.text);
		k--;
	}
	const head = view.words[k];
	const verb = view.words[k - 1];
	if (
		k - 1 < sentenceFirst ||
		!/^ال/.test(head.key) ||
		head.pos !== 'noun' ||
		verb.pos !== 'verb' ||
		verb.token.analyses?.[0]?.guess
	)
		return undefined;
	return `كم مدة ${[head.token.text, ...words].join(' ')}؟`;
}

/** Casualty verbs before a figure, with the passive the question uses. */
const CASUALTY: Record<string, string> = {
	قتل: 'قُتل',
	اصيب: 'أُصيب',
	جرح: 'جُرح'
};
/** What the casualties fell in, named after في (في هجوم شنه مسلحون …). */
const CASUALTY_CAUSE = /^(ال)?(هجوم|انفجار|تفجير|اشتباكات|غاره|قصف|حادث|انهيار)$/;

/**
 * «قتل 12 شخصا … وأصيب 30 آخرون في هجوم …» → «كم شخصًا قُتل في الهجوم؟», «كم شخصًا أُصيب في الهجوم؟»: the verb
 * before the figure, the counted noun (شخصًا for آخرون), and the event after في in the same sentence.
 */
function casualtyPrompt(
	view: ArticleView,
	first: number,
	quantityText: string,
	sentence: { firstToken: number; lastToken: number }
): string | undefined {
	const verbWord = view.words[first - 1];
	if (!verbWord || first - 1 < sentence.firstToken) return undefined;
	const verb = CASUALTY[verbWord.key.replace(/^و(?=(قتل|اصيب|جرح)$)/, '')];
	if (!verb) return undefined;
	const unit = quantityText.split(/\s+/).pop() ?? '';
	const noun =
		/^(اخرون|اخرين|آخرون|آخرين)$/.test(unit) || !/ا$/.test(unit)
			? 'شخصًا'
			: `${unit.replace(/ا$/, '')}ًا`;
	for (let i = first + 1; i < sentence.lastToken; i++) {
		const w = view.words[i];
		if (w.key === 'في' && CASUALTY_CAUSE.test(view.words[i + 1]?.key ?? '')) {
			const cause = view.words[i + 1].token.text.replace(/^(ال)?/, 'ال');
			return `كم ${noun} ${verb} في ${cause}؟`;
		}
	}
	return undefined;
}

/** Durations: a number and a unit of time. */
const DURATION =
	/(أيام|يوما|يومين|أسابيع|أسبوعا|أشهر|شهرا|شهرين|سنوات|سنة|عاما|أعوام|ساعة|ساعات|دقيقة|دقائق)$/;

/**
 * How-many questions for the quantities of an article.
 * @example howManyQuestions(ctx) // [{prompt_ar: 'كم يبلغ طول الحدود؟', answer: 'ألف كيلومتر', …}]
 */
export function howManyQuestions(ctx: KindContext): Draft[] {
	const out: Draft[] = [];
	const { view } = ctx;
	// A match score (بنتيجة 30 مقابل 22) is asked whole by its result; its figures are not quantities of their own.
	const scores = ctx.events
		.filter((e) => e.family === 'result' && e.quantity)
		.map((e) => e.quantity!);
	for (const event of ctx.events) {
		const quantity = event.quantity;
		if (event.family !== 'quantity' || !quantity) continue;
		if (scores.some((s) => s.start < quantity.end && quantity.start < s.end)) continue;
		let ar = measurePrompt(view, event);
		let en = ar
			? englishQuestion('how much or how many, according to the text', `(${event.measure})`)
			: '';
		if (!ar) {
			// The clause around the figure, with the figure left out.
			const sentence = view.sentences.find((s) => s.start === event.sentence.start);
			if (!sentence) continue;
			const first = view.words.findIndex(
				(w) =>
					w.token.start === quantity.start ||
					(w.token.start <= quantity.start && quantity.start < w.token.end)
			);
			if (first < 0) continue;
			let last = first;
			while (last + 1 <= sentence.lastToken && view.words[last + 1].token.start < quantity.end)
				last++;
			let from = first;
			while (
				from - 1 >= sentence.firstToken &&
				first - from < 8 &&
				!/^[،,.؛:]$/.test(view.words[from - 1].token.text)
			)
				from--;
			// «…، وبلغت دقته ……»: a clause too short to say what is asked takes the words before its comma.
			if (
				first - from < 3 &&
				from - 2 >= sentence.firstToken &&
				/^[،,]$/.test(view.words[from - 1].token.text)
			) {
				const clauseStart = from;
				from -= 1;
				while (
					from - 1 >= sentence.firstToken &&
					clauseStart - from < 7 &&
					!/^[،,.؛:]$/.test(view.words[from - 1].token.text)
				)
					from--;
			}
			// Never open the quotation in the middle of a name or date (…/آذار 2011).
			while (
				from < first &&
				(view.words[from].token.kind === 'punct' ||
					view.entities.some((e) => e.first < from && from <= e.last))
			)
				from++;
			// A forecast keeps its verb in the quotation (يتوقع … أن يسجل الاقتصاد نموا بنسبة ……).
			const forecast = forecastBefore(view, from, sentence.firstToken, 6);
			if (forecast >= 0) from = forecast;
			let to = last;
			while (
				to + 1 <= sentence.lastToken &&
				to - last < 4 &&
				view.words[to + 1].token.kind !== 'punct'
			)
				to++;
			const asked = DURATION.test(quantity.text)
				? durationPrompt(view, first, sentence.firstToken)
				: casualtyPrompt(view, first, quantity.short ?? quantity.text, sentence);
			if (asked) {
				out.push({
					type: 'how_many',
					prompt_ar: asked,
					prompt_en: DURATION.test(quantity.text)
						? 'How long, according to the text?'
						: 'How many people, according to the text?',
					answer: quantity.text,
					alsoCorrect: [],
					accept: acceptOf(quantity),
					evidence: event.sentence,
					difficulty: 2,
					distractorKind: 'NUM',
					score: 8 + positionScore(view, event)
				});
				continue;
			}
			const before = from < first ? spanText(view, from, first - 1) : '';
			// Fewer than three words around the blank («بينهم ……»، «بارتفاع نسبته ……») do not say what is asked.
			if (first - from + (to - last) < 3) continue;
			const prefix = view.text.slice(view.words[first].token.start, quantity.start);
			const after = to > last ? spanText(view, last + 1, to) : '';
			ar = `ما الرقم الصحيح بحسب النص؟ «${[before, `${prefix}……`, after]
				.filter(Boolean)
				.join(' ')
				.replace(/["«»“”]/g, '')}»`;
			en = 'Which figure is right, according to the text?';
		}
		out.push({
			type: 'how_many',
			prompt_ar: ar,
			prompt_en: en,
			answer: quantity.text,
			alsoCorrect: [],
			accept: acceptOf(quantity),
			evidence: event.sentence,
			difficulty: 2,
			distractorKind: 'NUM',
			score: (event.measure ? 8.5 : 7) + positionScore(view, event)
		});
	}
	return out;
}
