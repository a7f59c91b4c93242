/**
 * Elections and appointments: انتخب (active, passive, or the noun انتخاب), فوز, عيّن/تعيين; the office after the
 * person (رئيسا للمجلس، محافظا للبنك المركزي) and the predecessor after خلفا لـ.
 */
import type { NewsEvent } from '../types';
import type { ArticleView, SentenceView } from '../view';
import {
	findTime,
	findWord,
	fromEntity,
	fromTokens,
	isTrigger,
	keySet,
	trigger,
	verbOf,
	type EventFamilySpec
} from './common';

const ELECT = trigger(['انتخب'], ['انتخبت', 'انتخبوا', 'ينتخب', 'تنتخب', 'انتخاب']);
const WIN = trigger(['فوز'], []);
const APPOINT = trigger(['عيّن'], ['عين', 'عينت', 'يعين', 'تعين', 'تعيين']);
const SUCCEEDING = keySet(['خلفا']);
const HELD = keySet(['جرت', 'أجريت', 'تجري', 'ستجري', 'نظمت']);
/** Office words in the accusative (انتُخب رئيسًا) that follow the person. */
const OFFICES = keySet([
	'ممثلا',
	'ممثلة',
	'وزيرة',
	'سفيرة',
	'مديرة',
	'مستشارة',
	'مبعوثة',
	'رئيسا',
	'رئيسة',
	'محافظا',
	'وزيرا',
	'أمينا',
	'سفيرا',
	'نائبا',
	'قائدا',
	'مديرا',
	'رئيسًا',
	'مستشارا',
	'مبعوثا',
	'ناطقا'
]);

function office(view: ArticleView, sentence: SentenceView, from: number) {
	for (let i = from; i <= Math.min(sentence.lastToken, from + 12); i++) {
		if (view.words[i].key === 'خلفا') break;
		if (OFFICES.has(view.words[i].key)) {
			let last = i;
			// رئيسا للمجلس، محافظا للبنك المركزي، رئيسا للبلاد: the office and its genitive complement.
			if (
				i + 1 <= sentence.lastToken &&
				/^(لل|ل)/.test(view.words[i + 1].key) &&
				view.words[i + 1].token.kind === 'word'
			) {
				last = i + 1;
				const next = view.words[i + 2];
				// «للبنك المركزي» (a nisba follows) or «لمجلس الوزراء» (an indefinite head takes its genitive).
				const indefinite = !/^لل/.test(view.words[i + 1].key);
				if (
					next &&
					next.token.kind === 'word' &&
					(/^ال\S+(ي|يه)$/.test(next.key) || (indefinite && /^ال/.test(next.key)))
				)
					last = i + 2;
			}
			// An adjective of the office (ممثلة خاصة) belongs to it.
			const adjective = view.words[last + 1];
			if (last === i && adjective && adjective.pos === 'adjective' && !/^ال/.test(adjective.key))
				last++;
			return fromTokens(view, i, last);
		}
	}
	return undefined;
}

/** The elections/appointments family. */
export const election: EventFamilySpec = {
	family: 'election',
	extract(view, sentence, index) {
		const word = view.words[index];
		const elect = isTrigger(word, ELECT) || isTrigger(word, WIN);
		const appoint = !elect && isTrigger(word, APPOINT);
		if (!elect && !appoint) return [];
		// The electing/appointing body: an organisation right after the verb (انتخب مجلس النواب …).
		const body = sentence.entities.find(
			(e) => e.first > index && e.first - index <= 2 && e.entity.type === 'ORG'
		);
		// The person chosen: the person after the verb; when two stand before the office (عيّن الأمير فلان الخميس
		// فلانا رئيسا …), the first is the one who chose and the second the one chosen.
		const people = sentence.entities.filter(
			(e) =>
				e.first > index &&
				e.first - index <= 14 &&
				e.entity.type === 'PER' &&
				e.marker !== 'ل' &&
				e.marker !== 'خلفا'
		);
		const officeAt = view.words.findIndex(
			(w, i) => i > index && i <= sentence.lastToken && (OFFICES.has(w.key) || w.key === 'خلفا')
		);
		const beforeOffice =
			officeAt > 0 ? people.filter((p) => p.last < officeAt) : people.slice(0, 1);
		const person = beforeOffice.length >= 2 ? beforeOffice[beforeOffice.length - 1] : people[0];
		const chooser = beforeOffice.length >= 2 ? beforeOffice[0] : undefined;
		if (!person) return [];
		const succeeding = findWord(view, sentence, index, SUCCEEDING, 26);
		const predecessor =
			succeeding >= 0
				? sentence.entities.find(
						(e) => e.first > succeeding && e.first - succeeding <= 6 && e.entity.type === 'PER'
					)
				: undefined;
		const { time, since } = findTime(view, sentence, index);
		// «فوز … بالانتخابات الرئاسية التي جرت في 24 مارس/آذار»: the contest and the date of the vote.
		let contest;
		let voteTime;
		if (isTrigger(word, WIN)) {
			const after = person.last + 1;
			const w = view.words[after];
			if (w && w.token.kind === 'word' && /^بال/.test(w.key)) {
				let last = after;
				if (
					view.words[after + 1]?.token.kind === 'word' &&
					/^ال\S+(ي|يه)$/.test(view.words[after + 1].key)
				)
					last = after + 1;
				contest = fromTokens(view, after, last);
				contest = { ...contest, start: contest.start + 1, text: contest.text.slice(1) };
				const held = findWord(view, sentence, last, HELD, 4);
				const date =
					held >= 0
						? sentence.entities.find(
								(e) => e.entity.type === 'DATE' && e.first > held && e.first - held <= 3
							)
						: undefined;
				if (date) voteTime = fromEntity(date);
			}
		}
		const event: NewsEvent = {
			family: appoint ? 'appointment' : 'election',
			trigger: { start: word.token.start, end: word.token.end, text: word.token.text },
			verb: verbOf(view, word),
			sentence: { start: sentence.start, end: sentence.end },
			agent: body ? fromEntity(body) : chooser ? fromEntity(chooser) : undefined,
			object: fromEntity(person),
			office: office(view, sentence, person.last + 1),
			predecessor:
				predecessor && predecessor.entity.start !== person.entity.start
					? fromEntity(predecessor)
					: undefined,
			time: voteTime ?? (since ? undefined : time),
			content: contest,
			complement: isTrigger(word, WIN) ? 'win' : ''
		};
		return [event];
	}
};
