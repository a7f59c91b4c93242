/**
 * Distractors: wrong choices of the same kind as the key. People, places and organisations come from the article
 * first, then from the pool (the gazetteer); dates and quantities from the article when they have the same shape,
 * otherwise variants of the key (another weekday, another month, the figure doubled). A distractor never matches the
 * key or another right answer, and no two choices are the same after normalisation.
 */
import type { Draft } from './draft';
import { answerMatches } from './grade';
import { answerWords, normalizeAnswer } from './text-utils';
import type { DistractorPool } from './types';
import type { ArticleView } from './view';

const WEEKDAYS = ['السبت', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة'];
const MONTH_PAIRS = [
	['يناير', 'كانون الثاني'],
	['فبراير', 'شباط'],
	['مارس', 'آذار'],
	['أبريل', 'نيسان'],
	['مايو', 'أيار'],
	['يونيو', 'حزيران'],
	['يوليو', 'تموز'],
	['أغسطس', 'آب'],
	['سبتمبر', 'أيلول'],
	['أكتوبر', 'تشرين الأول'],
	['نوفمبر', 'تشرين الثاني'],
	['ديسمبر', 'كانون الأول']
];
const NUMBER_WORD_SERIES = [
	['ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة'],
	['ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع', 'عشر'],
	['ألف', 'ألفي', 'ثلاثة آلاف', 'خمسمئة', 'خمسة آلاف'],
	['مليون', 'مليوني', 'ثلاثة ملايين', 'خمسة ملايين'],
	['مليوني', 'مليون', 'ثلاثة ملايين', 'خمسة ملايين'],
	['ألفي', 'ألف', 'ثلاثة آلاف', 'خمسة آلاف'],
	['ستة آلاف', 'ثلاثة آلاف', 'عشرة آلاف', 'ألفي']
];
/** Plausible things signed, for «what» questions whose article offers too few. */
const GENERIC_AGREEMENTS = [
	'اتفاقا للتعاون العسكري',
	'مذكرة تفاهم في مجال التعليم',
	'اتفاقا لتبادل الأسرى',
	'معاهدة لترسيم الحدود',
	'اتفاقا للتبادل التجاري الحر',
	'اتفاقا لتسهيل منح التأشيرات',
	'مذكرة تفاهم في مجال الصحة',
	'اتفاقا لحماية الاستثمارات'
];
/** Plausible gatherings hosted or offered, likewise. */
const GENERIC_GATHERINGS = [
	'مؤتمرا دوليا للمانحين',
	'قمة إقليمية للطاقة',
	'منتدى للاستثمار والتنمية',
	'اجتماعا لوزراء الخارجية العرب',
	'مؤتمرا للسلام',
	'قمة للمناخ',
	'اجتماعا للجنة العسكرية المشتركة'
];
/** First words of agreement phrases (normalised). */
const AGREEMENT_HEAD = /^(اتفاق|اتفاقا|اتفاقيه|مذكره|معاهده|صفقه|بروتوكول|اعلان)/;
/** First words of gathering phrases (normalised). */
const GATHERING_HEAD = /^(ال)?(اجتماع|قمه|منتدي|مؤتمر|موتمر|لقاء|حوار|جوله|دوره|مباحثات|محادثات)/;

/**
 * Which list a «what» answer draws distractors from: agreements, gatherings, or none (then the question is dropped:
 * a phrase of another kind would make the key stand out).
 * @example objectKind('منتدى للمصالحة الوطنية') // 'gathering'
 */
export function objectKind(text: string): 'agreement' | 'gathering' | '' {
	const head = normalizeAnswer(text).split(' ')[0] ?? '';
	if (AGREEMENT_HEAD.test(head)) return 'agreement';
	if (GATHERING_HEAD.test(head)) return 'gathering';
	return '';
}

/** The shape of a date: which parts it has (weekday, day number, month, year, relative word). */
function dateShape(text: string): string {
	const n = normalizeAnswer(text);
	const weekday = WEEKDAYS.some((w) => n.includes(normalizeAnswer(w)));
	const month =
		MONTH_PAIRS.some(([a]) => n.includes(normalizeAnswer(a))) ||
		/(شباط|اذار|نيسان|ايار|حزيران|تموز|ايلول|كانون|تشرين)/.test(n);
	return [
		weekday ? 'W' : '',
		/^\d{1,2} /.test(n) ? 'D' : '',
		month ? 'M' : '',
		/\d{4}/.test(n) ? 'Y' : '',
		// A time before now and one after it are told apart by the verb's tense: never one for the other.
		/(الماضي|المنصرم)/.test(n) ? 'R' : '',
		/(المقبل|القادم)/.test(n) ? 'F' : '',
		/^عام/.test(n) ? 'A' : ''
	].join('');
}

/** Variants of a date with the same shape. */
function dateVariants(text: string, random: () => number): string[] {
	const out: string[] = [];
	for (const day of WEEKDAYS) {
		if (text.includes(day))
			for (const other of WEEKDAYS) if (other !== day) out.push(text.replace(day, other));
	}
	const dayMatch = text.match(/^(\d{1,2})(\s)/);
	if (dayMatch) {
		const day = Number(dayMatch[1]);
		for (const delta of [3, -5, 9, -2, 14]) {
			const d = ((day + delta + 27) % 28) + 1;
			if (d !== day) out.push(text.replace(/^\d{1,2}/, String(d)));
		}
	}
	for (const [gregorian, levantine] of MONTH_PAIRS) {
		if (!text.includes(gregorian)) continue;
		for (const [g2, l2] of MONTH_PAIRS) {
			if (g2 === gregorian) continue;
			out.push(text.replace(gregorian, g2).replace(levantine, l2));
		}
	}
	// «الشهر المقبل»: other times counted from now the same way (a past one would not fit «ستبدأ»).
	const relative = text.match(/^(الأسبوع|الشهر|العام|السنة) (المقبل|القادم|الماضي|المنصرم)$/);
	if (relative) {
		const way = /^(المقبل|القادم)$/.test(relative[2]) ? 'المقبل' : 'الماضي';
		for (const other of ['الأسبوع', 'الشهر', 'العام', 'مطلع العام', 'نهاية العام'])
			if (other !== relative[1]) out.push(`${other} ${way}`);
	}
	const year = text.match(/\d{4}/);
	if (year)
		for (const delta of [1, -1, 2, -3])
			out.push(text.replace(year[0], String(Number(year[0]) + delta)));
	// Shuffle so that weekdays are not always the neighbours in the week.
	return shuffled(out, random);
}

/** Other lengths for a dual of a unit of time (يومين → ثلاثة أيام …), which has no number to change. */
const DUAL_LENGTHS: Record<string, string[]> = {
	يومين: ['ثلاثة أيام', 'أربعة أيام', 'خمسة أيام', 'أسبوع'],
	ساعتين: ['ثلاث ساعات', 'أربع ساعات', 'ست ساعات', 'نصف ساعة'],
	دقيقتين: ['خمس دقائق', 'عشر دقائق', 'ثلاث دقائق', 'نصف دقيقة'],
	أسبوعين: ['ثلاثة أسابيع', 'أربعة أسابيع', 'أسبوع', 'شهر'],
	شهرين: ['ثلاثة أشهر', 'ستة أشهر', 'أربعة أشهر', 'عام'],
	عامين: ['ثلاثة أعوام', 'خمسة أعوام', 'أربعة أعوام', 'عشرة أعوام'],
	سنتين: ['ثلاث سنوات', 'خمس سنوات', 'أربع سنوات', 'عشر سنوات']
};

/** Variants of a quantity: the figure changed, the unit kept. */
function numberVariants(text: string): string[] {
	const dual = DUAL_LENGTHS[text.trim()];
	if (dual) return [...dual];
	const out: string[] = [];
	const digits = text.match(/\d+(?:[.,]\d+)?/);
	if (digits) {
		const value = Number(digits[0].replace(',', '.'));
		// The key's own precision and decimal sign (2.75 → 5.50, not 5.5 or 124.80000000000001).
		const decimals = digits[0].split(/[.,]/)[1]?.length ?? 0;
		const sign = digits[0].includes(',') ? ',' : '.';
		const percent = /في المئة|في المائة|بالمئة|بالمائة|%/.test(text);
		const unitWord =
			text
				.slice(digits.index! + digits[0].length)
				.trim()
				.split(/\s+/)[0] ?? '';
		const accusative = value >= 11 && /[^ى]ا$/.test(unitWord);
		const round = (x: number) => Number(x.toFixed(decimals));
		const candidates = [
			round(value * 2),
			round(value / 2),
			round(value * 1.5),
			round(value * 3),
			round(value * 0.75),
			round(value * 0.6),
			// A share stays under 100: nearer figures when doubling would pass it.
			...(percent ? [round(value - 10), round(value - 20), round(value * 1.1)] : [])
		];
		for (const c of [...new Set(candidates)])
			// «17 جنديا»: a counted noun in the singular accusative reads only after 11 and more (not «9 جنديا»).
			if (c > 0 && c !== value && !(percent && c > 100) && !(accusative && c < 11))
				out.push(text.replace(digits[0], c.toFixed(decimals).replace('.', sign)));
		return out;
	}
	for (const series of NUMBER_WORD_SERIES) {
		const first = series.find((w) => text.startsWith(w + ' ') || text === w);
		if (!first || (first !== series[0] && !series.includes(first))) continue;
		for (const other of series) if (other !== first) out.push(other + text.slice(first.length));
		if (out.length > 0) break;
	}
	// «عشرة عشر» is not a number: compound teens take 3–9 only.
	return out.filter((v) => !/(^|\s)(عشرة|عشر) عشر/.test(v));
}

/** Fisher–Yates with the seeded random. */
export function shuffled<T>(items: T[], random: () => number): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j], copy[i]];
	}
	return copy;
}

/** True when a candidate could be mistaken for (or is) one of the right answers. */
function clashes(candidate: string, rights: string[], person = false): boolean {
	const words = answerWords(candidate);
	if (words.length === 0) return true;
	return rights.some((right) => {
		if (answerMatches(right, candidate) || answerMatches(candidate, right)) return true;
		const r = answerWords(right);
		// Same family name: two mentions of one person (عبد الفتاح البرهان / الفريق البرهان).
		return person && r.length > 0 && r[r.length - 1] === words[words.length - 1];
	});
}

/** Fields of people as distractors: who a learner would take for one another. */
type PersonField = 'public' | 'sport' | 'culture' | 'past';

/** The field of a gazetteer person kind; '' (not in the gazetteer) counts as public life. */
function fieldOfPersonKind(kind: string): PersonField {
	if (['footballer', 'athlete', 'coach'].includes(kind)) return 'sport';
	if (['artist', 'writer'].includes(kind)) return 'culture';
	if (['historical', 'scholar'].includes(kind)) return 'past';
	return 'public';
}

/** Words of a sports report (normalised): a person asked about in one is a player or a coach. */
const SPORT_WORDS =
	/^(و|ف|ب|ل|بال|وال|لل|ال)?(مباراه|مباريات|هدف|هدفي|هدفين|اهداف|لاعب|لاعبه|لاعبي|منتخب|مدرب|بطوله|الشوط|شوط|ملعب|نهائي|النهائي|التنس|كره|الدوري|دوري|كاس)$/;

/**
 * The field of the person a question asks about: the gazetteer's when it knows the key, else sport when the
 * question's sentence is about a match, else public life (the news of ministers, officials and spokespeople).
 * @example personField(draft, view, pool) // 'sport' for «مَن سجل هدفي المغرب؟»
 */
function personField(draft: Draft, view: ArticleView, pool: DistractorPool): PersonField {
	const known = pool.personKinds?.[normalizeAnswer(draft.answer)];
	if (known) {
		const field = fieldOfPersonKind(known);
		if (field !== 'past') return field;
	}
	const sporty = view.words.some(
		(w) =>
			w.token.start >= draft.evidence.start &&
			w.token.end <= draft.evidence.end &&
			SPORT_WORDS.test(w.key)
	);
	return sporty ? 'sport' : 'public';
}

/** Heads of organisation names by field (normalised first word). */
const COMPANY_HEAD = /^(شركه|مجموعه)$/;
const SPORT_HEAD = /^(نادي|فريق|منتخب)$/;
const MEDIA_HEAD = /^(صحيفه|جريده|قناه|اذاعه|مجله|تلفزيون)$/;

/**
 * The field of an organisation: the gazetteer's kind when it knows it (company, sport, media, armed group and university
 * apart,
 * every other kind is a public body), else its first word (شركة، نادي، صحيفة …), else a public body (وزارة، هيئة، لجنة …).
 * @example organisationField('إدارة الكوارث والطوارئ التركية', {}) // 'public'
 */
export function organisationField(
	name: string,
	kinds: Record<string, string>
): 'public' | 'company' | 'sport' | 'media' | 'armed' | 'academic' {
	const key = normalizeAnswer(name);
	const kind = kinds[key];
	if (kind === 'company') return 'company';
	if (kind === 'sport') return 'sport';
	if (kind === 'media') return 'media';
	if (kind === 'armed group') return 'armed';
	if (kind === 'university') return 'academic';
	if (kind) return 'public';
	const head = key.split(' ')[0];
	if (COMPANY_HEAD.test(head.replace(/^ال/, ''))) return 'company';
	if (SPORT_HEAD.test(head.replace(/^ال/, ''))) return 'sport';
	if (MEDIA_HEAD.test(head.replace(/^ال/, ''))) return 'media';
	if (head.replace(/^ال/, '') === 'جامعه') return 'academic';
	return 'public';
}

/**
 * Three distractors for a draft, or fewer when the article and the pool cannot supply them.
 * @example chooseDistractors(draft, view, pool, random) // ['الخرطوم', 'القاهرة', 'أديس أبابا'] for the key بورتسودان
 */
export function chooseDistractors(
	draft: Draft,
	view: ArticleView,
	pool: DistractorPool,
	random: () => number
): string[] {
	const rights = [draft.answer, ...draft.alsoCorrect, ...draft.accept];
	const chosen: string[] = [];
	const kind = draft.distractorKind;
	const consider = (candidates: string[]) => {
		for (const c of candidates) {
			if (chosen.length >= 3) return;
			const text = c.trim();
			if (!text || clashes(text, rights, kind === 'PER')) continue;
			if (
				chosen.some(
					(x) => normalizeAnswer(x) === normalizeAnswer(text) || clashes(text, [x], kind === 'PER')
				)
			)
				continue;
			chosen.push(text);
		}
	};
	if (kind === 'given') {
		consider(draft.distractors ?? []);
		return chosen;
	}
	const fromArticle = (type: string) =>
		view.entities.filter((e) => e.entity.type === type).map((e) => e.entity.text);
	switch (kind) {
		case 'PER':
			// Full names only (a one-word span may be a family-name mention or a misread word), no dates inside.
			consider(
				shuffled(
					unique(fromArticle('PER')).filter(
						(p, _i, all) =>
							p.split(/\s+/).length > 1 &&
							// «بن عمار» is «ليلى بن عمار» mentioned again, not another person.
							!all.some((q) => q !== p && normalizeAnswer(q).endsWith(' ' + normalizeAnswer(p))) &&
							!/(السبت|الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة)/.test(p)
					),
					random
				)
			);
			// From the gazetteer, people of the key's field only: a governor's distractors are officials, not a
			// footballer, a singer or a medieval scholar, which a learner would rule out without reading.
			{
				const field = personField(draft, view, pool);
				const kinds = pool.personKinds ?? {};
				const people = (pool.people ?? []).filter(
					(p) => fieldOfPersonKind(kinds[normalizeAnswer(p)] ?? '') === field
				);
				consider(shuffled(people, random));
				if (field !== 'sport') consider(shuffled(pool.people ?? [], random));
			}
			break;
		case 'LOC': {
			// A place written next to the key (مقديشو (الصومال)، في بلدة الناقورة جنوب لبنان) may contain it, and
			// would be a right answer too.
			const key = normalizeAnswer(draft.answer);
			const mentions = view.entities.filter(
				(e) => e.entity.type === 'LOC' && normalizeAnswer(e.entity.text) === key
			);
			const near = new Set(
				view.entities
					.filter(
						(e) =>
							e.entity.type === 'LOC' &&
							mentions.some((m) => e.first - m.last <= 4 && m.first - e.last <= 4)
					)
					.map((e) => normalizeAnswer(e.entity.text))
			);
			near.delete(key);
			// Places of the key's own kind only: a country may contain the city asked about (مسقط / سلطنة عمان),
			// a region the country. A place the gazetteer does not know is taken for a town.
			const kinds = pool.placeKinds ?? {};
			const TOWN = ['city', 'capital', ''];
			// The article says what some places are: «إقليم خيبر بختونخوا», «منطقة الساحل» are regions.
			const regions = new Set(
				view.entities
					.filter(
						(e) =>
							e.entity.type === 'LOC' &&
							(REGION_HEAD.test(normalizeAnswer(e.entity.text).split(' ')[0]) ||
								(e.first > 0 && REGION_HEAD.test(view.words[e.first - 1].key)))
					)
					.map((e) => normalizeAnswer(e.entity.text))
			);
			const kindOf = (p: string) =>
				kinds[normalizeAnswer(p)] ?? (regions.has(normalizeAnswer(p)) ? 'region' : '');
			const keyKind = kindOf(draft.answer);
			const sameKind = (p: string) =>
				TOWN.includes(keyKind) ? TOWN.includes(kindOf(p)) : kindOf(p) === keyKind;
			const notNear = (p: string) => !near.has(normalizeAnswer(p)) && sameKind(p);
			consider(shuffled(unique(fromArticle('LOC')).filter(notNear), random));
			consider(shuffled((pool.places ?? []).filter(notNear), random));
			break;
		}
		case 'ORG': {
			// Bodies of the key's own field: a ministry or a statistics office among public bodies, never among
			// car makers and football clubs.
			const kinds = pool.organisationKinds ?? {};
			const field = organisationField(draft.answer, kinds);
			const sameField = (o: string) => organisationField(o, kinds) === field;
			consider(shuffled(unique(fromArticle('ORG')).filter(sameField), random));
			consider(shuffled((pool.organisations ?? []).filter(sameField), random));
			break;
		}
		case 'DATE': {
			const shape = dateShape(draft.answer);
			consider(
				shuffled(
					unique(fromArticle('DATE')).filter((d) => dateShape(d) === shape),
					random
				)
			);
			consider(dateVariants(draft.answer, random));
			break;
		}
		case 'NUM': {
			const unit = answerWords(draft.answer).slice(-1)[0];
			consider(
				shuffled(
					unique(fromArticle('NUM')).filter((n) => answerWords(n).slice(-1)[0] === unit),
					random
				)
			);
			consider(shuffled(numberVariants(draft.answer), random));
			break;
		}
		case 'SPAN': {
			const kindOfKey = objectKind(draft.answer);
			if (!kindOfKey) break;
			consider(
				shuffled(
					GENERIC_AGREEMENTS.concat(GENERIC_GATHERINGS).filter((g) => objectKind(g) === kindOfKey),
					random
				)
			);
			break;
		}
	}
	return chosen;
}

/** Words naming a region before (or as the head of) a place name, with a clitic ب/في ال. */
const REGION_HEAD = /^(و|ب|ل)?(ال)?(اقليم|ولايه|محافظه|منطقه|مقاطعه|بحيره|جزيره)$/;

function unique(items: string[]): string[] {
	const seen = new Set<string>();
	return items.filter((x) => {
		const k = normalizeAnswer(x);
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}
