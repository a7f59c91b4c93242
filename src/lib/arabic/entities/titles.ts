/**
 * Titles and roles that stand before a person's name (الرئيس، وزير الخارجية، المشير، الشيخ …). A title either stands
 * alone before the name (الفريق أول عبد الفتاح البرهان) or governs a complement that says of what (رئيس الوزراء العراقي،
 * الأمين العام للأمم المتحدة) before the name follows.
 */
import { matchKey } from './match-key';

/** One title. */
export interface Title {
	arabic: string;
	english: string;
	/** True when the title usually governs a complement (وزير الخارجية، رئيس الحكومة، مدير المستشفى). */
	governs: boolean;
	/** True when the title alone is strong evidence of a person (الرئيس، المشير), false for weak ones (المدير). */
	strong: boolean;
}

/** [arabic, english, governs, strong] */
const TITLE_ROWS: [string, string, boolean, boolean][] = [
	// Heads of state and government
	['الرئيس', 'President', false, true],
	['رئيس', 'President', true, true],
	['رئيس الجمهورية', 'President of the Republic', false, true],
	['رئيس الوزراء', 'Prime Minister', false, true],
	['رئيس وزراء', 'Prime Minister', true, true],
	['رئيس الحكومة', 'Head of Government', false, true],
	['رئيس حكومة', 'Head of Government', true, true],
	['رئيس الدولة', 'Head of State', false, true],
	['رئيس البرلمان', 'Speaker of Parliament', false, true],
	['رئيس مجلس النواب', 'Speaker of the House of Representatives', false, true],
	['رئيس مجلس الوزراء', 'Prime Minister', false, true],
	['رئيس المجلس الرئاسي', 'Head of the Presidential Council', false, true],
	['رئيس الأركان', 'Chief of Staff', false, true],
	['رئيس أركان', 'Chief of Staff', true, true],
	['نائب الرئيس', 'Vice President', false, true],
	['نائب رئيس', 'Deputy Head', true, true],
	['الملك', 'King', false, true],
	['الملكة', 'Queen', false, true],
	['العاهل', 'Monarch', false, true],
	['الأمير', 'Prince', false, true],
	['الأميرة', 'Princess', false, true],
	['أمير', 'Emir', true, true],
	['ولي العهد', 'Crown Prince', false, true],
	['السلطان', 'Sultan', false, true],
	['الشيخ', 'Sheikh', false, true],
	['الشيخة', 'Sheikha', false, true],
	['خادم الحرمين الشريفين', 'Custodian of the Two Holy Mosques', false, true],
	['الزعيم', 'Leader', false, true],
	['زعيم', 'Leader', true, true],
	['قائد', 'Commander', true, true],
	['القائد', 'Commander', false, true],
	// Ministers and officials
	['الوزير', 'Minister', false, true],
	['الوزيرة', 'Minister', false, true],
	['وزير', 'Minister', true, true],
	['وزيرة', 'Minister', true, true],
	['وزير الدولة', 'Minister of State', true, true],
	['الأمين العام', 'Secretary-General', true, true],
	['أمين عام', 'Secretary-General', true, true],
	['المتحدث باسم', 'Spokesman for', true, true],
	['المتحدثة باسم', 'Spokeswoman for', true, true],
	['الناطق باسم', 'Spokesman for', true, true],
	['الناطقة باسم', 'Spokeswoman for', true, true],
	['الناطق الرسمي باسم', 'Official spokesman for', true, true],
	['المتحدث الرسمي باسم', 'Official spokesman for', true, true],
	['المتحدث', 'Spokesman', true, true],
	['الناطق', 'Spokesman', true, true],
	['السفير', 'Ambassador', true, true],
	['السفيرة', 'Ambassador', true, true],
	['سفير', 'Ambassador', true, true],
	['المبعوث', 'Envoy', true, true],
	['المبعوثة', 'Envoy', true, true],
	['مبعوث', 'Envoy', true, true],
	['الممثل الخاص', 'Special Representative', true, true],
	['المندوب', 'Representative', true, true],
	['مندوب', 'Representative', true, true],
	['ممثل', 'Representative', true, false],
	['المستشار', 'Adviser', true, true],
	['مستشار', 'Adviser', true, true],
	['المفوض', 'Commissioner', true, true],
	['المفوض السامي', 'High Commissioner', true, true],
	['مساعد', 'Assistant', true, false],
	['نائب', 'Deputy', true, false],
	['النائب', 'MP', true, true],
	['النائبة', 'MP', true, true],
	['السيناتور', 'Senator', true, true],
	['عضو', 'Member', true, false],
	['محافظ', 'Governor', true, true],
	['المحافظ', 'Governor', true, true],
	['حاكم', 'Governor', true, true],
	['الحاكم', 'Governor', true, true],
	['والي', 'Governor', true, true],
	['عمدة', 'Mayor', true, true],
	['رئيس بلدية', 'Mayor', true, true],
	['المدعي العام', 'Prosecutor', true, true],
	['المدعية العامة', 'Prosecutor', true, true],
	['القاضي', 'Judge', true, true],
	['القاضية', 'Judge', true, true],
	['مدير', 'Director', true, false],
	['مديرة', 'Director', true, false],
	['المدير', 'Director', true, false],
	['المدير العام', 'Director-General', true, true],
	['المدير التنفيذي', 'Executive Director', true, true],
	['الرئيس التنفيذي', 'Chief Executive', true, true],
	['رئيسة', 'President', true, true],
	['الرئيسة', 'President', false, true],
	// Military and police ranks
	['المشير', 'Field Marshal', false, true],
	['الفريق أول', 'General', false, true],
	['الفريق الركن', 'Lieutenant General', false, true],
	['الفريق', 'Lieutenant General', false, false],
	['اللواء', 'Major General', false, false],
	['اللواء الركن', 'Major General', false, true],
	['العميد', 'Brigadier', false, false],
	['العميد الركن', 'Brigadier', false, true],
	['العقيد', 'Colonel', false, true],
	['المقدم', 'Lieutenant Colonel', false, false],
	['الرائد', 'Major', false, false],
	['النقيب', 'Captain', false, false],
	['الملازم', 'Lieutenant', false, true],
	['الملازم أول', 'First Lieutenant', false, true],
	['الرقيب', 'Sergeant', false, true],
	['الجنرال', 'General', false, true],
	['الأدميرال', 'Admiral', false, true],
	['الأميرال', 'Admiral', false, true],
	['الجندي', 'Soldier', false, false],
	// Courtesy, academic, religious
	['السيد', 'Mr', false, true],
	// Honorifics of address (معالي الوزير، سمو الشيخ، فخامة الرئيس)
	['معالي', 'His Excellency', false, true],
	['سعادة', 'His Excellency', false, true],
	['فخامة', 'His Excellency', false, true],
	['سمو', 'His Highness', false, true],
	['جلالة', 'His Majesty', false, true],
	['سماحة', 'His Eminence', false, true],
	['صاحب السمو', 'His Highness', false, true],
	['صاحب الجلالة', 'His Majesty', false, true],
	['صاحب السمو الملكي', 'His Royal Highness', false, true],
	['السيدة', 'Mrs', false, true],
	['الآنسة', 'Miss', false, true],
	['الدكتور', 'Dr', false, true],
	['الدكتورة', 'Dr', false, true],
	['د.', 'Dr', false, true],
	['الأستاذ', 'Professor', false, true],
	['الأستاذة', 'Professor', false, true],
	['البروفيسور', 'Professor', false, true],
	['المهندس', 'Engineer', false, false],
	['المحامي', 'Lawyer', false, false],
	['المحامية', 'Lawyer', false, false],
	['الحاج', 'Hajj', false, true],
	['الإمام', 'Imam', false, true],
	['المفتي', 'Mufti', true, true],
	['مفتي', 'Mufti', true, true],
	['آية الله', 'Ayatollah', false, true],
	['آية الله العظمى', 'Grand Ayatollah', false, true],
	['حجة الإسلام', 'Hojatoleslam', false, true],
	['البابا', 'Pope', false, true],
	['البطريرك', 'Patriarch', false, true],
	['المطران', 'Archbishop', false, true],
	['الأب', 'Father', false, false],
	['القس', 'Reverend', false, true],
	['الحاخام', 'Rabbi', false, true],
	// Professions and people in the news
	['الطبيب', 'Doctor', false, false],
	['الطبيبة', 'Doctor', false, false],
	['الصحفي', 'Journalist', false, false],
	['الصحفية', 'Journalist', false, false],
	['الصحافي', 'Journalist', false, false],
	['المراسل', 'Correspondent', false, false],
	['الكاتب', 'Writer', false, false],
	['الكاتبة', 'Writer', false, false],
	['الروائي', 'Novelist', false, false],
	['الشاعر', 'Poet', false, false],
	['الشاعرة', 'Poet', false, false],
	['الفنان', 'Artist', false, false],
	['الفنانة', 'Artist', false, false],
	['المطرب', 'Singer', false, false],
	['المطربة', 'Singer', false, false],
	['المغني', 'Singer', false, false],
	['المغنية', 'Singer', false, false],
	['الممثل', 'Actor', false, false],
	['الممثلة', 'Actress', false, false],
	['المخرج', 'Film director', false, false],
	['المخرجة', 'Film director', false, false],
	['الملحن', 'Composer', false, false],
	['المؤرخ', 'Historian', false, false],
	['الباحث', 'Researcher', false, false],
	['الباحثة', 'Researcher', false, false],
	['الخبير', 'Expert', false, false],
	['المحلل', 'Analyst', false, false],
	['الناشط', 'Activist', false, false],
	['الناشطة', 'Activist', false, false],
	['المعارض', 'Opposition figure', false, false],
	['المرشح', 'Candidate', false, false],
	['المرشحة', 'Candidate', false, false],
	['رجل الأعمال', 'Businessman', false, false],
	['سيدة الأعمال', 'Businesswoman', false, false],
	['اللاعب', 'Player', false, false],
	['اللاعبة', 'Player', false, false],
	['المدرب', 'Coach', false, false],
	['المدير الفني', 'Coach', false, false],
	['مدرب', 'Coach', true, false],
	['المهاجم', 'Striker', false, false],
	['المدافع', 'Defender', false, false],
	['الحارس', 'Goalkeeper', false, false],
	['حارس المرمى', 'Goalkeeper', false, false],
	['لاعب الوسط', 'Midfielder', false, false],
	['النجم', 'Star', false, false],
	['النجمة', 'Star', false, false],
	// A compatriot or counterpart named after the person of the sentence (نظيره الموريتاني، لمواطنتها)
	['نظيره', 'Counterpart', false, false],
	['نظيرته', 'Counterpart', false, false],
	['نظيرها', 'Counterpart', false, false],
	['مواطنه', 'Compatriot', false, false],
	['مواطنته', 'Compatriot', false, false],
	['مواطنتها', 'Compatriot', false, false],
	['الدولي', 'International player', false, false],
	['البطل', 'Champion', false, false],
	['البطلة', 'Champion', false, false],
	['العداء', 'Runner', false, false],
	['العداءة', 'Runner', false, false],
	['الملاكم', 'Boxer', false, false],
	['الشهيد', 'Martyr', false, false],
	['الشهيدة', 'Martyr', false, false],
	['الأسير', 'Prisoner', false, false],
	['الأسيرة', 'Prisoner', false, false],
	['المعتقل', 'Detainee', false, false],
	['المواطن', 'Citizen', false, false],
	['المواطنة', 'Citizen', false, false],
	['الشاب', 'Young man', false, false],
	['الشابة', 'Young woman', false, false],
	['الطفل', 'Child', false, false],
	['الطفلة', 'Child', false, false],
	['الفتى', 'Boy', false, false],
	['الفتاة', 'Girl', false, false],
	['الراحل', 'The late', false, true],
	['الراحلة', 'The late', false, true],
	['المرحوم', 'The late', false, true],
	['المتهم', 'Defendant', false, false],
	['الضحية', 'Victim', false, false]
];

/** Words that may follow a title as its complement without being part of the name (السابق "former" …). */
const TITLE_MODIFIERS: [string, string][] = [
	['السابق', 'former'],
	['السابقة', 'former'],
	['الأسبق', 'former'],
	['الحالي', 'current'],
	['الحالية', 'current'],
	['المنتهية ولايته', 'outgoing'],
	['المنتخب', 'elect'],
	['المنتخبة', 'elect'],
	['المكلف', 'designate'],
	['المكلفة', 'designate'],
	['الجديد', 'new'],
	['الجديدة', 'new'],
	['الانتقالي', 'interim'],
	['المؤقت', 'interim'],
	['الراحل', 'late'],
	['العام', 'general'],
	['الخاص', 'special'],
	['الأعلى', 'supreme'],
	['الأول', 'first'],
	['الركن', ''],
	['المتقاعد', 'retired'],
	['الفخري', 'honorary']
];

/** Compiled titles: by the key of their first word, longest first. */
export interface TitleTable {
	byFirstWord: Map<string, { words: string[]; title: Title }[]>;
	modifiers: Map<string, string>;
}

function compileTitles(): TitleTable {
	const byFirstWord = new Map<string, { words: string[]; title: Title }[]>();
	for (const [arabic, english, governs, strong] of TITLE_ROWS) {
		const words = matchKey(arabic).split(' ');
		const list = byFirstWord.get(words[0]) ?? [];
		list.push({ words, title: { arabic, english, governs, strong } });
		list.sort((a, b) => b.words.length - a.words.length);
		byFirstWord.set(words[0], list);
	}
	return { byFirstWord, modifiers: new Map(TITLE_MODIFIERS.map(([ar, en]) => [matchKey(ar), en])) };
}

/** The title table, compiled once. */
export const TITLES: TitleTable = compileTitles();

/**
 * The longest title whose words are `keys[index…]` (the first word may carry a proclitic: وقال الرئيس، للرئيس).
 * @example matchTitleWords(['وزير', 'الخارجية', 'الجزائري'], [['وزير']], 0) → {title: وزير الخارجية?, …}
 */
export function matchTitleWords(
	firstForms: string[],
	keys: string[],
	index: number
): { title: Title; last: number } | undefined {
	for (const first of firstForms) {
		const candidates = TITLES.byFirstWord.get(first);
		if (!candidates) continue;
		for (const { words, title } of candidates) {
			let ok = true;
			for (let k = 1; k < words.length; k++) {
				if (keys[index + k] !== words[k]) {
					ok = false;
					break;
				}
			}
			if (ok) return { title, last: index + words.length - 1 };
		}
	}
	return undefined;
}
