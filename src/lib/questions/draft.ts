/**
 * A question before its choices are drawn: what every kind writer returns. index.ts turns drafts into Questions
 * (distractors, shuffling, ids), merges duplicates and keeps the best.
 */
import { normalizeForMatch } from '../arabic/normalize';
import type { Span } from '../arabic/types';
import type { EventArgument, NewsEvent, QuestionType } from './types';
import type { ArticleView } from './view';

/** Where distractors for a draft come from. */
export type DistractorKind = 'PER' | 'LOC' | 'ORG' | 'DATE' | 'NUM' | 'SPAN' | 'given';

/** A question before its choices. */
export interface Draft {
	type: QuestionType;
	prompt_ar: string;
	prompt_en: string;
	answer: string;
	/** Other answers that are also right (the co-signatory, the other participant): never used as distractors. */
	alsoCorrect: string[];
	accept: string[];
	evidence: Span;
	difficulty: 1 | 2 | 3;
	distractorKind: DistractorKind;
	/** Distractors chosen by the kind itself (vocab, root, cloze). */
	distractors?: string[];
	/** Higher first. */
	score: number;
}

/** What a kind writer sees. */
export interface KindContext {
	view: ArticleView;
	events: NewsEvent[];
	random: () => number;
}

/** Index of the sentence containing an offset. */
export function sentenceIndexOf(view: ArticleView, offset: number): number {
	return view.sentences.findIndex((s) => s.start <= offset && offset < s.end);
}

/** English rendering of an argument: the entity's English name, else its Arabic text. */
export function english(arg: EventArgument | undefined): string {
	if (!arg) return '';
	return arg.entity?.english || arg.text;
}

/** Accepted typed variants of an argument (its canonical gazetteer form when it differs). */
export function acceptOf(arg: EventArgument): string[] {
	const canonical = arg.entity?.canonical;
	const out = canonical && canonical !== arg.text ? [canonical] : [];
	return arg.short && arg.short !== arg.text ? [...out, arg.short] : out;
}

/** Difficulty from the position of the evidence: the first sentences are easiest. */
export function positionDifficulty(view: ArticleView, event: NewsEvent): 1 | 2 {
	return bodyIndex(view, event) <= 2 ? 1 : 2;
}

/** The sentence's position counted from the article body (the dateline sentence is 0; headlines come before it). */
function bodyIndex(view: ArticleView, event: NewsEvent): number {
	return Math.max(0, sentenceIndexOf(view, event.sentence.start) - (view.dateline?.sentence ?? 0));
}

/** A score bonus for early sentences (the lead of a news article carries its main facts). */
export function positionScore(view: ArticleView, event: NewsEvent): number {
	return -0.25 * bodyIndex(view, event);
}

/** Join prompt parts with single spaces, dropping empty ones, and end with the Arabic question mark. */
export function arabicQuestion(...parts: (string | undefined)[]): string {
	return (
		parts
			.filter((p) => p && p.trim() !== '')
			.join(' ')
			.replace(/\s+/g, ' ')
			.replace(/["«»“”]/g, '')
			.trim() + '؟'
	);
}

/** Join English parts and end with a question mark. */
export function englishQuestion(...parts: (string | undefined)[]): string {
	const s = parts
		.filter((p) => p && p.trim() !== '')
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim();
	return s.charAt(0).toUpperCase() + s.slice(1) + '?';
}

/** At most n words of a phrase (quotes removed), with … when cut. */
export function shorten(text: string, n: number): string {
	const words = text
		.replace(/["«»“”]/g, '')
		.split(/\s+/)
		.filter(Boolean);
	return words.length <= n ? words.join(' ') : words.slice(0, n).join(' ') + '…';
}

/**
 * A verb with an object pronoun «him/it» attached, for «مَن الذي استقبله X؟»: ى → اه، ت → ته, otherwise + ه.
 * @example withObjectPronoun('التقى') // 'التقاه'
 */
export function withObjectPronoun(verb: string): string {
	if (verb.endsWith('ى')) return verb.slice(0, -1) + 'اه';
	return verb + 'ه';
}

/** English verb phrases by normalised trigger stem, for the translations. */
const VERB_ENGLISH: [RegExp, string][] = [
	[/^(التق|يلتق|تلتق|سيلتق)/, 'meet'],
	[/^(استقبل|يستقبل|تستقبل)/, 'receive'],
	[/^(اجتمع|يجتمع|تجتمع)/, 'meet with'],
	[/^(هاتف|اتصل|يتصل|تتصل)/, 'phone'],
	[/^(بحث|يبحث|تبحث|تباحث)/, 'hold discussions with'],
	[/^(اجر|يجر|تجر)/, 'hold talks with'],
	[/^(عقد|يعقد|تعقد)/, 'hold a meeting with'],
	[/^(زار|يزور|تزور|سيزور)/, 'visit'],
	[/^(تفقد|يتفقد)/, 'inspect'],
	[/^(وصل|يصل|تصل|سيصل)/, 'arrive in'],
	[/^(توجه|يتوجه|تتوجه)/, 'head to'],
	[/^(وقع|يوقع|توقع)/, 'sign'],
	[/^(اتفق|يتفق|تتفق)/, 'agree on'],
	[/^(توصل|يتوصل|تتوصل)/, 'reach'],
	[/^(قال|يقول|تقول)/, 'say'],
	[/^(اكد|يوكد|توكد)/, 'stress'],
	[/^(اعلن|يعلن|تعلن)/, 'announce'],
	[/^(اوضح)/, 'explain'],
	[/^(حذر|يحذر)/, 'warn'],
	[/^(اشاد)/, 'praise'],
	[/^(دعا|دعت|يدعو|تدعو)/, 'call for'],
	[/^(رحب)/, 'welcome'],
	[/^(استضاف|يستضيف|تستضيف)/, 'host'],
	[/^(عرض|يعرض|تعرض)/, 'offer']
];

/**
 * The English verb for a trigger (normalised), base form.
 * @example englishVerb('استقبلت') // 'receive'
 */
export function englishVerb(normalisedVerb: string): string {
	for (const [pattern, verb] of VERB_ENGLISH) if (pattern.test(normalisedVerb)) return verb;
	return 'do';
}

/** Simple past of the English verbs above. */
export function pastTense(verb: string): string {
	const irregular: Record<string, string> = {
		meet: 'met',
		'meet with': 'met with',
		'hold talks with': 'held talks with',
		'hold discussions with': 'held discussions with',
		'hold a meeting with': 'held a meeting with',
		say: 'said',
		'head to': 'headed to',
		'call for': 'called for',
		'arrive in': 'arrived in'
	};
	if (irregular[verb]) return irregular[verb];
	if (verb.endsWith('e')) return verb + 'd';
	return verb + 'ed';
}

/**
 * An indefinite accusative noun phrase as the subject of a passive verb: the tanween alef of the first word goes
 * (اتفاقا لوقف إطلاق النار → اتفاق لوقف إطلاق النار).
 * @example nominative('اتفاقا لوقف إطلاق النار') // 'اتفاق لوقف إطلاق النار'
 */
export function nominative(phrase: string): string {
	const [first, ...rest] = phrase.split(' ');
	const bare = /[^اء]ا$/.test(first) && first.length > 3 ? first.slice(0, -1) : first;
	return [bare, ...rest].join(' ');
}

/**
 * The when/where prompt pair for an agreement: co-signatories named together (وقع فلان ونظيره فلان), a partner
 * with no name after مع, or the passive when the text names no signer. Undefined without an object.
 * @example agreementPrompts(event, 'متى', 'when') // ['متى وقع الوزيران اتفاقا للتعاون…؟', 'When did … sign …?']
 */
export function agreementPrompts(
	event: NewsEvent,
	interrogative: string,
	englishInterrogative: string
): [string, string] | undefined {
	const { agent, object } = event;
	if (!object) return undefined;
	const named = event.partner && event.partner.type !== 'SPAN';
	const who = agent
		? named
			? `${agent.text} و${event.partner!.text}`
			: agent.text
		: event.complement;
	const withPartner = event.partner && !named ? `مع ${event.partner.text}` : '';
	if (!who)
		return [
			arabicQuestion(
				interrogative,
				event.passive ?? 'وُقِّع',
				shorten(event.passive && event.passive !== 'وُقِّع' ? object.text : nominative(object.text), 7)
			),
			englishQuestion(`${englishInterrogative} was`, shorten(object.text, 7), 'signed or reached')
		];
	const en = englishVerb(normalizeForMatch(event.verb));
	return [
		arabicQuestion(interrogative, event.verb, who, shorten(object.text, 7), withPartner),
		englishQuestion(
			`${englishInterrogative} did ${agent ? english(agent) : who}`,
			en,
			shorten(object.text, 7)
		)
	];
}
