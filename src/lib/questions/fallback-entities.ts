/**
 * A safety net for dates, quantities and titled names. The entity recogniser of the core (src/lib/arabic/entities) is the source
 * of truth; while it lacks a date or number grammar, or misses a span, these small rules add DATE and NUM spans that
 * overlap nothing it found, so the generator can still ask when and how many. Nothing here overrides the core.
 */
import { normalizeForMatch } from '../arabic/normalize';
import type { AnalyzedText, AnalyzedToken, Entity, EntityType } from '../arabic/types';
import { isTitleWord, NAME_CONNECTIVES, PERSON_TITLES, TITLE_WORDS } from './titles';

const WEEKDAYS = new Set(['السبت', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه']);
const MONTHS = new Set([
	'يناير',
	'فبراير',
	'مارس',
	'ابريل',
	'مايو',
	'يونيو',
	'يوليو',
	'اغسطس',
	'سبتمبر',
	'اكتوبر',
	'نوفمبر',
	'ديسمبر',
	'شباط',
	'اذار',
	'نيسان',
	'ايار',
	'حزيران',
	'تموز',
	'اب',
	'ايلول',
	'كانون',
	'تشرين'
]);
const MONTH_ORDINALS = new Set(['الثاني', 'الاول']);
const RELATIVE = new Set(['الماضي', 'المقبل', 'القادم', 'الجاري', 'الماضيه', 'المقبله']);
const YEAR_WORDS = new Set(['عام', 'سنه', 'العام']);
const NUMBER_WORDS = new Set([
	'واحد',
	'اثنان',
	'اثنين',
	'ثلاث',
	'ثلاثه',
	'اربع',
	'اربعه',
	'خمس',
	'خمسه',
	'ست',
	'سته',
	'سبع',
	'سبعه',
	'ثماني',
	'ثمانيه',
	'تسع',
	'تسعه',
	'عشر',
	'عشره',
	'مئه',
	'مائه',
	'الف',
	'الفي',
	'مليون',
	'مليوني',
	'مليار',
	'عشرين',
	'ثلاثين',
	'اربعين',
	'خمسين',
	'مئتي'
]);
const MULTIPLIERS = new Set(['الف', 'الاف', 'مليون', 'ملايين', 'مليار', 'مليارات', 'عشر', 'عشره']);
/** Words after a number that are not its unit. */
const NOT_UNITS = new Set([
	'في',
	'من',
	'الي',
	'علي',
	'عن',
	'مع',
	'و',
	'او',
	'بين',
	'الف',
	'ان',
	'التي',
	'الذي'
]);

interface Word {
	key: string;
	start: number;
	end: number;
	kind: string;
	text: string;
}

function entity(text: string, type: EntityType, start: number, end: number): Entity {
	const span = text.slice(start, end);
	return { type, start, end, text: span, canonical: span, english: '', role: '' };
}

/** Strip a single leading clitic (و ف ب ل) from a key when the rest is a known word of the set. */
function known(key: string, set: Set<string>): boolean {
	if (set.has(key)) return true;
	return /^[وفبل]/.test(key) && set.has(key.slice(1));
}

/**
 * Dates and quantities the core did not mark, as extra entities.
 * @example supplementEntities(analyzed, text) // adds {type: 'DATE', text: 'الخميس الماضي'} when the core had none there
 */
export function supplementEntities(analyzed: AnalyzedText, text: string): Entity[] {
	const found = findDatesAndQuantities(analyzed, text);
	const existing = analyzed.entities;
	const kept = found.filter((f) => !existing.some((e) => e.start < f.end && f.start < e.end));
	const people = titledNames(analyzed, text, [...existing, ...kept]);
	return [...kept, ...people];
}

/**
 * Dates and quantities of the core that these rules read longer (the core's «150 ألف» is «150 ألف مهاجر» with its
 * unit; «الخميس» is «الخميس الماضي»): the core's span is replaced by the longer one. Other entities are unchanged.
 * @example extendDatesAndQuantities(analyzed, text) // NUM «ستة آلاف كيلومتر» → NUM «ستة آلاف كيلومتر مربع»
 */
export function extendDatesAndQuantities(analyzed: AnalyzedText, text: string): Entity[] {
	const found = findDatesAndQuantities(analyzed, text);
	const replaced = new Set<Entity>();
	const added: Entity[] = [];
	for (const f of found) {
		const overlapping = analyzed.entities.filter((e) => e.start < f.end && f.start < e.end);
		if (overlapping.length === 0) continue;
		const contained = overlapping.every(
			(e) =>
				e.type === f.type &&
				f.start <= e.start &&
				e.end <= f.end &&
				e.end - e.start < f.end - f.start
		);
		if (!contained) continue;
		for (const e of overlapping) replaced.add(e);
		added.push({ ...f, value: overlapping[0].value, english: overlapping[0].english });
	}
	return [...analyzed.entities.filter((e) => !replaced.has(e)), ...added].sort(
		(a, b) => a.start - b.start
	);
}

/** Dates and quantities by the rules above, whether or not the core found them too. */
function findDatesAndQuantities(analyzed: AnalyzedText, text: string): Entity[] {
	const words: Word[] = analyzed.tokens.map((t) => ({
		key: normalizeForMatch(t.text),
		start: t.start,
		end: t.end,
		kind: t.kind,
		text: t.text
	}));
	const found: Entity[] = [];
	for (let i = 0; i < words.length; i++) {
		const w = words[i];
		// Weekday (+ الماضي/المقبل).
		if (WEEKDAYS.has(w.key) || (w.key.startsWith('و') && WEEKDAYS.has(w.key.slice(1)))) {
			let end = i;
			if (words[i + 1] && RELATIVE.has(words[i + 1].key)) end = i + 1;
			const start = w.key.startsWith('و') && !WEEKDAYS.has(w.key) ? w.start + 1 : w.start;
			found.push(entity(text, 'DATE', start, words[end].end));
			i = end;
			continue;
		}
		// [day] month[/month [ordinal]] [year] | month relative.
		const isDay = w.kind === 'number' && words[i + 1] && known(words[i + 1].key, MONTHS);
		if (isDay || known(w.key, MONTHS)) {
			let j = isDay ? i + 1 : i;
			if (MONTH_ORDINALS.has(words[j + 1]?.key ?? '')) j++;
			if (words[j + 1]?.text === '/' && words[j + 2] && MONTHS.has(words[j + 2].key)) {
				j += 2;
				if (MONTH_ORDINALS.has(words[j + 1]?.key ?? '')) j++;
			}
			let hasYear = false;
			if (words[j + 1]?.kind === 'number' && String(words[j + 1].key).length === 4) {
				j++;
				hasYear = true;
			} else if (RELATIVE.has(words[j + 1]?.key ?? '')) j++;
			if (isDay || hasYear || j > i) {
				const start = !isDay && /^[وفبل]/.test(w.key) && !MONTHS.has(w.key) ? w.start + 1 : w.start;
				found.push(entity(text, 'DATE', start, words[j].end));
				i = j;
				continue;
			}
		}
		// عام 2014.
		if (
			known(w.key, YEAR_WORDS) &&
			words[i + 1]?.kind === 'number' &&
			/^\d{4}$/.test(words[i + 1].key)
		) {
			const start = /^[وفبل]/.test(w.key) && !YEAR_WORDS.has(w.key) ? w.start + 1 : w.start;
			found.push(entity(text, 'DATE', start, words[i + 1].end));
			i++;
			continue;
		}
		// Quantities: number (+ multiplier) + unit.
		const isNumber = w.kind === 'number' || NUMBER_WORDS.has(w.key);
		// A four-digit number is a year after عام/سنة/منذ/في or a month; otherwise it may count something (1500 شاحنة).
		const yearLike =
			w.kind === 'number' &&
			/^\d{4}$/.test(w.key) &&
			(i === 0 ||
				YEAR_WORDS.has(words[i - 1].key) ||
				known(words[i - 1].key, MONTHS) ||
				['منذ', 'في', 'بحلول', '/'].includes(words[i - 1].key));
		// «الخمسة عشر»: the second word of a compound number is not a number by itself.
		const compound = i > 0 && NUMBER_WORDS.has(words[i - 1].key.replace(/^ال/, ''));
		// «القرار 1701»، «رقم 5»: a number that names something counts nothing.
		const label =
			i > 0 &&
			/^(ال)?(قرار|رقم|المرسوم|مرسوم|المادة|ماده|الماده|البند|بند)$/.test(words[i - 1].key);
		if (isNumber && !yearLike && !compound && !label) {
			let j = i;
			while (words[j + 1] && MULTIPLIERS.has(words[j + 1].key) && j - i < 2) j++;
			const unit = words[j + 1];
			const unitPos = analyzed.tokens[j + 1]?.analyses?.[0];
			const unitIsNoun =
				!unitPos ||
				unitPos.guess ||
				!['adjective', 'preposition', 'particle', 'conjunction', 'pronoun'].includes(unitPos.pos);
			if (
				unit &&
				unit.kind === 'word' &&
				unitIsNoun &&
				!NOT_UNITS.has(unit.key) &&
				!known(unit.key, MONTHS)
			) {
				j++;
				if (words[j + 1]?.key === 'مربع') j++;
			} else if (unit?.key === 'في' && words[j + 2]?.key.endsWith('المئه')) {
				j += 2;
			} else if (w.kind === 'number' && /[%٪]$/.test(w.text)) {
				// 60% is a quantity by itself.
			} else continue;
			found.push(entity(text, 'NUM', w.start, words[j].end));
			i = j;
		}
	}
	return found;
}

/** Times of day and other words that follow a name in a sentence but never belong to it. */
const TIME_WORDS = new Set([
	'صباح',
	'مساء',
	'ظهر',
	'اليوم',
	'امس',
	'غدا',
	'ليل',
	'فجر',
	'بعد',
	'قبل',
	'خلال'
]);

/**
 * Join person spans that touch (only spaces between): a title-read given name and the core's family name.
 * @example mergeAdjacentPeople([PER «حيدر», PER «الكاظمي»], text) // [PER «حيدر الكاظمي»]
 */
export function mergeAdjacentPeople(entities: Entity[], text: string): Entity[] {
	const sorted = [...entities].sort((a, b) => a.start - b.start);
	const out: Entity[] = [];
	for (const e of sorted) {
		const last = out[out.length - 1];
		if (
			last &&
			last.type === 'PER' &&
			e.type === 'PER' &&
			e.start >= last.end &&
			/^\s+$/.test(text.slice(last.end, e.start))
		) {
			const merged = text.slice(last.start, e.end);
			out[out.length - 1] = {
				...last,
				end: e.end,
				text: merged,
				canonical: merged,
				english: last.english || e.english,
				role: last.role || e.role
			};
		} else out.push(e);
	}
	return out;
}

/** Common particles, prepositions and pronouns (normalised), never part of a name even without an analysis. */
const FUNCTION_WORDS = new Set([
	'في',
	'من',
	'الي',
	'علي',
	'عن',
	'مع',
	'قد',
	'لقد',
	'لم',
	'لن',
	'ان',
	'انه',
	'انها',
	'التي',
	'الذي',
	'ما',
	'لا',
	'ثم',
	'او',
	'بين',
	'حول',
	'خلال',
	'بعد',
	'قبل',
	'عند',
	'منذ',
	'حيث',
	'كما',
	'هذا',
	'هذه',
	'ذلك',
	'تلك',
	'هو',
	'هي',
	'وهو',
	'وهي',
	'الذين',
	'كل',
	'غير',
	'مساء',
	'صباح'
]);

/** A known common noun followed by a known ال-noun that is not nisba-like: a construct phrase (وفد المعارضة). */
function isConstructNoun(token: AnalyzedToken, next: AnalyzedToken, nextKey: string): boolean {
	const a = token.analyses?.[0];
	const b = next.analyses?.[0];
	if (!a || !b || a.guess || b.guess || a.pos !== 'noun' || b.pos !== 'noun') return false;
	return /^ال/.test(nextKey) && !/ي$/.test(nextKey);
}

/** Parts of speech that never belong to a name. */
const NOT_NAME_POS = new Set([
	'preposition',
	'conjunction',
	'particle',
	'pronoun',
	'demonstrative',
	'relative pronoun',
	'interrogative',
	'number',
	'punctuation'
]);
/** Accusative office words that follow a name (انتخب … رئيسا) and end it. */
const OFFICE_WORDS = new Set([
	'رئيسا',
	'محافظا',
	'وزيرا',
	'امينا',
	'سفيرا',
	'نائبا',
	'قائدا',
	'مديرا',
	'مبعوثا',
	'مستشارا'
]);

function bareTitle(key: string): string {
	return key.startsWith('و') && key.length > 3 ? key.slice(1) : key;
}

/** A title-chain word: a title, a nisba, or a genitive complement of a title (للبرنامج، لشؤون). */
function isChainWord(key: string): boolean {
	return [key, bareTitle(key)].some(
		(k) => isTitleWord(k) || /^لل\S{2,}/.test(k) || (k.startsWith('ل') && isTitleWord(k.slice(1)))
	);
}

function isPersonTitle(key: string): boolean {
	const m = key.match(/^و?(لل|بال|ل|ب)(.+)$/);
	const forms = [key, bareTitle(key)];
	if (m) forms.push(m[1] === 'لل' || m[1] === 'بال' ? 'ال' + m[2] : m[2]);
	return forms.some((k) => PERSON_TITLES.has(k));
}

function isNameWord(
	token: AnalyzedToken,
	key: string,
	count: number,
	previousKey: string
): boolean {
	if (token.kind !== 'word') return false;
	const best = token.analyses?.[0];
	if (count > 0 && NAME_CONNECTIVES.has(previousKey)) return true; // عبد الواحد، ولد أحمد
	// آن (a name) and أن (that) share a key: the madda tells them apart.
	const functionWord = FUNCTION_WORDS.has(key) && !token.text.startsWith('آ');
	if (functionWord || (best && NOT_NAME_POS.has(best.pos) && !token.text.startsWith('آ')))
		return false;
	if (OFFICE_WORDS.has(key) || TITLE_WORDS.has(key) || TITLE_WORDS.has(bareTitle(key)))
		return count > 0 && NAME_CONNECTIVES.has(previousKey);
	if (count === 0) {
		if (/^(ال|لل|بال|وال|ل)/.test(key) || isTitleWord(key)) return false;
		// Verbs and adverbs are not names; adjectives often are (كريم، نبيل، سعيد), except accusative ones (هاتفيا).
		if (
			best &&
			!best.guess &&
			(best.pos === 'verb' || best.pos === 'adverb' || (best.pos === 'adjective' && /ا$/.test(key)))
		)
			return false;
		// A known word carrying a clitic (بتشكيل) is not a name.
		if (best && !best.guess && best.segments[0]?.role === 'proclitic') return false;
		return true;
	}
	// A nisba-like word after a given name is a family name (كريم العلوي), unless it is a known adjective of a place.
	if (/^ال\S+ي$/.test(key)) return !best || best.guess || best.pos !== 'adjective' || count === 1;
	if (NAME_CONNECTIVES.has(previousKey) || NAME_CONNECTIVES.has(key)) return true;
	if (count >= 2)
		return (
			!best ||
			best.guess ||
			best.pos === 'proper noun' ||
			(/^ال\S+ي$/.test(key) && best.pos !== 'noun')
		);
	return (
		!(best && best.pos === 'verb' && !best.guess) &&
		!WEEKDAYS.has(key) &&
		!/^(بال|وال|لل)/.test(key)
	);
}

/**
 * Names after a title chain (وزير الخارجية المغربي كريم العلوي، الدبلوماسي الكيني جيمس أوتينو) that the core did not
 * mark, and the later mentions of their family name (العلوي).
 */
function titledNames(analyzed: AnalyzedText, text: string, existing: Entity[]): Entity[] {
	const tokens = analyzed.tokens;
	const keys = tokens.map((t) => normalizeForMatch(t.text));
	const covered = (i: number) =>
		existing.some((e) => e.start < tokens[i].end && tokens[i].start < e.end);
	const found: Entity[] = [];
	for (let i = 0; i < tokens.length; i++) {
		if (
			keys[i] === 'خلفا' &&
			i + 1 < tokens.length &&
			/^ل[^ل]/.test(keys[i + 1]) &&
			!covered(i + 1) &&
			!isPersonTitle(keys[i + 1])
		) {
			// «خلفا لعادل حميد الكبيسي»: the ل is outside the name.
			let count = 0;
			while (i + 1 + count < tokens.length && count < 4 && !covered(i + 1 + count)) {
				const k = i + 1 + count;
				const key = count === 0 ? keys[k].slice(1) : keys[k];
				// Right after «خلفا لـ» a name is all but certain: its first word may also be an adjective (عادل).
				const first =
					count === 0 && tokens[k].kind === 'word' && !/^ال/.test(key) && !isTitleWord(key);
				if (!first && !isNameWord(tokens[k], key, count, count > 0 ? keys[k - 1] : '')) break;
				count++;
			}
			while (count > 0 && NAME_CONNECTIVES.has(keys[i + count])) count--;
			if (count > 0) {
				const start = tokens[i + 1].start + 1;
				const end = tokens[i + count].end;
				found.push({
					type: 'PER',
					start,
					end,
					text: text.slice(start, end),
					canonical: text.slice(start, end),
					english: '',
					role: ''
				});
				i += count;
				continue;
			}
		}
		if (!isChainWord(keys[i]) || covered(i)) continue;
		let j = i;
		let titled = isPersonTitle(keys[i]);
		// The chain: titles, nisbas, genitives, and «إلى + place» (المبعوث الخاص إلى اليمن).
		while (j + 1 < tokens.length) {
			if (isChainWord(keys[j + 1]) && !covered(j + 1)) {
				j++;
				titled ||= isPersonTitle(keys[j]);
			} else if (
				keys[j + 1] === 'الي' &&
				j + 2 < tokens.length &&
				existing.some((e) => e.type === 'LOC' && e.start === tokens[j + 2].start)
			)
				j += 2;
			else if (
				existing.some(
					(e) =>
						e.start >= tokens[j + 1].start &&
						e.start < tokens[j + 1].end &&
						(e.type === 'ORG' || e.type === 'LOC')
				)
			) {
				// An organisation or place inside the title (رئيس مجلس النواب المغربي، الممثل الخاص للأمم المتحدة).
				const e = existing.find(
					(x) => x.start >= tokens[j + 1].start && x.start < tokens[j + 1].end
				)!;
				let k = j + 1;
				while (k + 1 < tokens.length && tokens[k + 1].start < e.end) k++;
				j = k;
			} else break;
		}
		if (!titled) {
			i = j;
			continue;
		}
		if (j + 1 < tokens.length && tokens[j + 1].text === '،') j++;
		let count = 0;
		let k = j + 1;
		// «رئيس وفد المعارضة أحمد طعمة»: a known noun followed by a known common noun with ال is part of the title.
		while (k + 1 < tokens.length && isConstructNoun(tokens[k], tokens[k + 1], keys[k + 1])) k += 2;
		j = k - 1;
		while (k < tokens.length && count < 4 && !covered(k)) {
			const ok = isNameWord(tokens[k], keys[k], count, count > 0 ? keys[k - 1] : '');
			// A family name the lexicon also reads as a verb (رضا خان): accepted when the name clearly ends after it.
			const next = tokens[k + 1];
			const endsAfter =
				!next || next.kind !== 'word' || FUNCTION_WORDS.has(normalizeForMatch(next.text));
			if (
				!ok &&
				!(
					count === 1 &&
					tokens[k].kind === 'word' &&
					!/^(ال|و)/.test(keys[k]) &&
					endsAfter &&
					!FUNCTION_WORDS.has(keys[k])
				)
			)
				break;
			count++;
			k++;
		}
		// A given name the lexicon also reads as a verb (سامر) right before a family name the core found.
		if (
			count === 0 &&
			j + 2 < tokens.length &&
			!covered(j + 1) &&
			tokens[j + 1].kind === 'word' &&
			!/^(ال|لل|بال)/.test(keys[j + 1]) &&
			existing.some((e) => e.type === 'PER' && e.start === tokens[j + 2].start)
		)
			count = 1;
		// A name ends on a name, never on a connective.
		while (count > 0 && NAME_CONNECTIVES.has(keys[j + count])) count--;
		if (count === 0) {
			i = j;
			continue;
		}
		const start = tokens[j + 1].start;
		const end = tokens[j + count].end;
		found.push({
			type: 'PER',
			start,
			end,
			text: text.slice(start, end),
			canonical: text.slice(start, end),
			english: '',
			role: ''
		});
		i = j + count;
	}
	// Later mentions by family name: the last word (with its connective: ولد أحمد، بن صالح), clitics outside the span.
	const mentions: Entity[] = [];
	for (const person of found) {
		const words = person.text.split(/\s+/);
		if (words.length < 2) continue;
		const family = words
			.slice(NAME_CONNECTIVES.has(normalizeForMatch(words[words.length - 2])) ? -2 : -1)
			.map(normalizeForMatch);
		for (let i = 0; i < tokens.length; i++) {
			if (tokens[i].start >= person.start && tokens[i].start < person.end) continue;
			const first = keys[i];
			const clitic =
				family[0] === first
					? ''
					: first.endsWith(family[0]) &&
						  /^(و|ب|ل|ف|وب|ول)$/.test(first.slice(0, first.length - family[0].length))
						? first.slice(0, first.length - family[0].length)
						: null;
			if (clitic === null) continue;
			if (family.length === 2 && keys[i + 1] !== family[1]) continue;
			const start = tokens[i].start + clitic.length;
			const end = tokens[i + family.length - 1].end;
			if ([...existing, ...found, ...mentions].some((e) => e.start < end && start < e.end))
				continue;
			mentions.push({
				type: 'PER',
				start,
				end,
				text: text.slice(start, end),
				canonical: person.text,
				english: '',
				role: ''
			});
		}
	}
	return [...found, ...mentions];
}

/**
 * Complete the core's person names where it marked only part of one: a given name followed by a family name it did
 * not claim (كريم → كريم العلوي), or two adjacent person spans (حيدر + الكاظمي → حيدر الكاظمي). Other entities are
 * returned unchanged.
 * @example repairPeople(analyzed, text) // PER «كريم» followed by «العلوي» becomes PER «كريم العلوي»
 */
export function repairPeople(analyzed: AnalyzedText, text: string): Entity[] {
	const tokens = analyzed.tokens;
	const keys = tokens.map((t) => normalizeForMatch(t.text));
	const tokenAfter = (offset: number) => tokens.findIndex((t) => t.start >= offset);
	const entities = trimOrganisations(analyzed, text).sort((a, b) => a.start - b.start);
	const out: Entity[] = [];
	for (let n = 0; n < entities.length; n++) {
		const e = entities[n];
		if (e.type !== 'PER') {
			out.push(e);
			continue;
		}
		let end = e.end;
		let words = e.text.split(/\s+/).length;
		let k = tokenAfter(end);
		for (;;) {
			if (k < 0 || k >= tokens.length || words >= 5) break;
			const next = entities[n + 1];
			if (next && next.type === 'PER' && next.start === tokens[k].start) {
				// Two person spans side by side are one name.
				end = next.end;
				words += next.text.split(/\s+/).length;
				n++;
				k = tokenAfter(end);
				continue;
			}
			if (next && next.start < tokens[k].end) break;
			if (!isNameWord(tokens[k], keys[k], words, keys[k - 1])) break;
			// A family name the core left out is a word it does not know, or a nisba-like name (العلوي), or سلامة-like
			// nouns right after a one-word given name.
			const best = tokens[k].analyses?.[0];
			// Without an analysis nothing is known about the word: only a connective (بن، ولد) extends a name then.
			if (!best && !NAME_CONNECTIVES.has(keys[k - 1]) && !NAME_CONNECTIVES.has(keys[k])) break;
			const unknown = !best || best.guess || best.pos === 'proper noun';
			// After a one-word name, a known noun is its family name only when the name clearly ends there (نبيل سلامة في).
			const after = tokens[k + 1];
			const afterBest = after?.analyses?.[0];
			const endsThere =
				!after ||
				after.kind !== 'word' ||
				(afterBest && ['preposition', 'conjunction', 'particle', 'verb'].includes(afterBest.pos));
			const familyNoun =
				words === 1 && !/^ال/.test(keys[k]) && !TIME_WORDS.has(keys[k]) && endsThere;
			if (!(
				unknown ||
				/^ال\S+ي$/.test(keys[k]) ||
				familyNoun ||
				NAME_CONNECTIVES.has(keys[k - 1]) ||
				NAME_CONNECTIVES.has(keys[k])
			))
				break;
			end = tokens[k].end;
			words++;
			k++;
		}
		while (
			words > 1 &&
			NAME_CONNECTIVES.has(normalizeForMatch(text.slice(e.start, end).split(/\s+/).pop() ?? ''))
		) {
			end = text.lastIndexOf(' ', end - 1);
			words--;
		}
		// Never end a name on an office, a time word or a weekday (سامر نوري محافظا، دوبون صباح).
		for (;;) {
			const words = text.slice(e.start, end).split(/\s+/);
			const lastKey = normalizeForMatch(words[words.length - 1]);
			if (
				words.length < 2 ||
				!(OFFICE_WORDS.has(lastKey) || TIME_WORDS.has(lastKey) || WEEKDAYS.has(lastKey))
			)
				break;
			end = e.start + text.slice(e.start, end).lastIndexOf(words[words.length - 1]);
			end = e.start + text.slice(e.start, end).trimEnd().length;
		}
		out.push(
			end === e.end
				? e
				: {
						...e,
						end,
						text: text.slice(e.start, end),
						canonical: end < e.end ? text.slice(e.start, end) : text.slice(e.start, end)
					}
		);
	}
	return out;
}

/**
 * An organisation span never runs into a weekday or a person's title (مجلس النواب العراقي الثلاثاء النائب …): cut it
 * before such a word, so the date and the titled name can be read.
 */
function trimOrganisations(analyzed: AnalyzedText, text: string): Entity[] {
	return analyzed.entities.map((e) => {
		if (e.type !== 'ORG') return e;
		const inside = analyzed.tokens.filter((t) => t.start > e.start && t.end <= e.end);
		const cut = inside.find((t) => {
			const key = normalizeForMatch(t.text);
			return WEEKDAYS.has(key) || PERSON_TITLES.has(key);
		});
		if (!cut) return e;
		const end = text.slice(e.start, cut.start).trimEnd().length + e.start;
		return { ...e, end, text: text.slice(e.start, end), canonical: text.slice(e.start, end) };
	});
}

/**
 * Later mentions of a person by family name (العلوي after كريم العلوي; ولد أحمد after سيدي محمد ولد أحمد), as PER
 * entities with the full name as canonical. Clitics stay outside the span; existing entities are never overlapped.
 * @example propagateFamilyNames(analyzed, entities, text) // adds PER «العلوي» (canonical «كريم العلوي»)
 */
export function propagateFamilyNames(
	analyzed: AnalyzedText,
	entities: Entity[],
	text: string
): Entity[] {
	const tokens = analyzed.tokens;
	const keys = tokens.map((t) => normalizeForMatch(t.text));
	const added: Entity[] = [];
	const taken = (start: number, end: number) =>
		[...entities, ...added].some((e) => e.start < end && start < e.end);
	for (const person of entities.filter((e) => e.type === 'PER')) {
		const words = person.text.split(/\s+/);
		if (words.length < 2) continue;
		const family = words
			.slice(NAME_CONNECTIVES.has(normalizeForMatch(words[words.length - 2])) ? -2 : -1)
			.map(normalizeForMatch);
		if (family[0].length < 2) continue;
		for (let i = 0; i < tokens.length; i++) {
			const first = keys[i];
			const prefix = first.slice(0, first.length - family[0].length);
			if (!first.endsWith(family[0]) || !/^(|و|ب|ل|ف|وب|ول)$/.test(prefix)) continue;
			if (family.length === 2 && keys[i + 1] !== family[1]) continue;
			const start = tokens[i].start + prefix.length;
			const end = tokens[i + family.length - 1].end;
			if (taken(start, end)) continue;
			added.push({
				type: 'PER',
				start,
				end,
				text: text.slice(start, end),
				canonical: person.canonical || person.text,
				english: person.english,
				role: person.role
			});
		}
	}
	return [...entities, ...added].sort((a, b) => a.start - b.start);
}

/**
 * True for a span of time rather than a point in time (عشرة أيام، خمس سنوات): an ISO duration value (P10D) or a
 * number followed by a unit of time.
 * @example isDuration({type: 'DATE', text: 'عشرة أيام', value: 'P10D', …}) // true
 */
export function isDuration(entity: Entity): boolean {
	if (typeof entity.value === 'string' && /^P/.test(entity.value)) return true;
	return (
		/^(\S+\s+)?(\S+\s+)?(أيام|يوما|يومين|أسابيع|أسبوعا|أشهر|شهرا|شهرين|سنوات|سنة|عاما|أعوام|ساعة|ساعات|دقيقة|دقائق)$/.test(
			entity.text
		) && !/^(عام|سنة)/.test(entity.text)
	);
}
