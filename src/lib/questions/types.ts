/**
 * Types of the question generator. A Question is what the CLI prints and what the server stores; its field names
 * follow the JSON shape agreed in issue 5 (snake_case prompt fields), so no mapping layer is needed.
 */
import type { Entity, EntityType, Span } from '../arabic/types';

/** The kinds of question the generator writes. */
export type QuestionType =
	'who' | 'whom' | 'where' | 'when' | 'what' | 'how_many' | 'vocab' | 'root' | 'cloze';

/** The factual kinds: their answer is an exact span of the article. */
export const FACTUAL_TYPES: readonly QuestionType[] = [
	'who',
	'whom',
	'where',
	'when',
	'what',
	'how_many'
];

/** One generated comprehension question. */
export interface Question {
	/** Stable: the same article text and the same question give the same id. */
	id: string;
	type: QuestionType;
	prompt_ar: string;
	prompt_en: string;
	/** Four choices (the answer among them), shuffled with the seeded random passed in. */
	choices: string[];
	/** The key. For factual questions an exact span of the article text. */
	answer: string;
	/** Further typed answers that count as right (the name without its title, the other month name …). */
	accept: string[];
	/** The sentence that supports the key. */
	evidence: Span;
	/** 1 easy, 2 medium, 3 hard. */
	difficulty: 1 | 2 | 3;
}

/** A word a vocabulary question may use as a distractor gloss. */
export interface PoolWord {
	lemma: string;
	pos: string;
	gloss: string;
	root?: string;
	/** Frequency rank in news (1 = commonest), when the lexicon gives one: distractors come from near the key's. */
	rank?: number;
}

/** Things outside the article that distractors may be drawn from (usually from the gazetteer and the lexicon). */
export interface DistractorPool {
	/** Person names (Arabic). */
	people?: string[];
	/** Place names (Arabic). */
	places?: string[];
	/** Organisation names (Arabic). */
	organisations?: string[];
	/** Lexicon words with their part of speech and gloss, for vocab and root questions. */
	words?: PoolWord[];
	/** The gazetteer kind of places by normalised name (country, capital, city, region …). */
	placeKinds?: Record<string, string>;
	/** The gazetteer kind of people by normalised name (minister, official, footballer, historical …). */
	personKinds?: Record<string, string>;
	/** The gazetteer kind of organisations by normalised name (government, international, company, sport …). */
	organisationKinds?: Record<string, string>;
}

/** Options of generateQuestions. */
export interface GenerateOptions {
	/** A seeded random number generator returning values in [0, 1). */
	random: () => number;
	distractorPool?: DistractorPool;
	/** The original article text; when absent it is rebuilt from the token offsets (gaps become spaces). */
	text?: string;
	/** Most questions to return (default 20). */
	maxQuestions?: number;
}

/** The families of events the extractor recognises. */
export type EventFamily =
	| 'meeting'
	| 'session'
	| 'visit'
	| 'hosting'
	| 'agreement'
	| 'ceasefire'
	| 'election'
	| 'appointment'
	| 'statement'
	| 'announcement'
	| 'fighting'
	| 'quantity'
	| 'action'
	| 'result'
	| 'attack'
	| 'clause';

/** One argument of an event: a span of the text, usually an entity. */
export interface EventArgument extends Span {
	text: string;
	/** The entity type, or 'SPAN' for a phrase that is not an entity (an object such as اتفاقا للتعاون). */
	type: EntityType | 'SPAN';
	/** The entity this argument is, when it is one (after resolving الرجلين، الوزير الجزائري …). */
	entity?: Entity;
	/** True when the argument was resolved from a reference (الوزير الجزائري) rather than named here. */
	resolved?: boolean;
	/** The same thing said shorter, also right when typed: a figure without its describing words (17 جنديا). */
	short?: string;
}

/** An event found in one sentence, with the arguments the text gives it. */
export interface NewsEvent {
	family: EventFamily;
	/** The trigger word(s). */
	trigger: Span & { text: string };
	/** The trigger verb as it may open a question (proclitic و/ف removed), '' for noun triggers. */
	verb: string;
	sentence: Span;
	agent?: EventArgument;
	partner?: EventArgument;
	place?: EventArgument;
	time?: EventArgument;
	/** True when the time is a starting point (منذ أبريل 2019). */
	timeSince?: boolean;
	object?: EventArgument;
	quantity?: EventArgument;
	/** Elections and appointments: whom the person succeeds (خلفا لـ). */
	predecessor?: EventArgument;
	/** Elections and appointments: the office (رئيسا للمجلس). */
	office?: EventArgument;
	/** Statements: the quoted or reported words. */
	content?: EventArgument;
	/** Quantities: what is measured (طول الحدود، حجم المبادلات). */
	measure?: string;
	/** Words between trigger and arguments kept for question wording (محادثات in أجرى … محادثات مع). */
	complement?: string;
	/** The event said in the passive, for questions without a named agent (وُقِّع، تمّ التوصل إلى). */
	passive?: string;
	/** Verb triggers whose object is a person who received the action (استقبل، التقى). */
	transitive?: boolean;
	/**
	 * Clauses read without a known verb (families/clause.ts): the clause's words after the verb as written, without
	 * its date (`when`), and without its subject too (`who`).
	 */
	wording?: { when: string; who?: string };
}
