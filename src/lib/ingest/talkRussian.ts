/**
 * Talks as Russian recaps name them: the talk word, then the speaker in the genitive and the
 * organisation ("Доклад Брендана Бернса (Microsoft) о будущем Kubernetes", "выступление Анны
 * Ивановой из Яндекса: Title", "доклад Джо Беды (VMware) «Title»"); the quoted title first and the
 * speaker after "от" ("доклад «Title» от Андрея Смирнова (Яндекс)"); or the speaker, then a verb
 * of presenting ("Андрей Смирнов (Яндекс) выступил с докладом «Title»"). The title is the quoted
 * one, else what follows a colon, else the topic ("О будущем Kubernetes"); without any, the talk
 * is a title-less one ("Talk by Брендан Бернс").
 */
import type { TalkCandidate } from './talks';
import { cleanTitle, looksLikeTitle } from './talkTitle';
import { isOrgBesideName, isPersonName } from './speakers';
import { nominativeName } from './speakersRu';

// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
/** The talk words, in the cases they take after a preposition ("в докладе", "на выступлении"). */
const KIND =
	'([Дд]оклад(?:а|е|ом|у)?|[Вв]ыступлени(?:е|я|и|ем|ю)|[Кк]ейноут(?:а|е|ом|у)?|[Пп]резентаци(?:я|и|ю|ей)|[Вв]оркшоп(?:а|е|ом|у)?|[Мм]астер-класс(?:а|е|ом|у)?)';
/** A name: two or three capitalised words, in Cyrillic or Latin letters. */
const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}";
/** One or two names, joined by "и" or a comma. */
const NAMES = `${NAME}(?:\\s*(?:,|\\s+и)\\s+${NAME})?`;
/** "(Microsoft)", " из Яндекса", " из Google": the organisation after the names. */
const ORG = "(?:\\s*\\(([^()\\n]{2,60})\\)|\\s+из\\s+(\\p{Lu}[\\p{L}\\d.&'’-]+))?";
const QUOTED = '[«"“„]([^«»"“”„\\n]{3,160})[»"”“]';

const KIND_THEN_NAMES = new RegExp(`(?<![\\p{L}])${KIND}\\s+(${NAMES})${ORG}`, 'gu');
const KIND_QUOTE_FROM = new RegExp(
	`(?<![\\p{L}])${KIND}\\s+${QUOTED}\\s*,?\\s+от\\s+(${NAMES})${ORG}`,
	'gu'
);
/** "- «Title», Андрей Смирнов (Яндекс)": a list item's quoted title, a comma, the speaker. */
const ITEM_QUOTE_COMMA = new RegExp(
	`(?:^|\\n)[\\s•*\\-–]*${QUOTED}\\s*,\\s+(${NAMES})\\s*\\(([^()\\n]{2,60})\\)[\\s.]*(?=$|\\n)`,
	'gu'
);
/** "- «Title» от Андрея Смирнова (Яндекс)": a list item's quoted title, "от" and the speaker. */
const ITEM_QUOTE_FROM = new RegExp(
	`(?:^|\\n)[\\s•*\\-–]*${QUOTED}\\s*,?\\s+от\\s+(${NAMES})${ORG}`,
	'gu'
);
const PRESENTED = new RegExp(
	`(${NAMES})${ORG}\\s+(?:выступил[аи]?\\s+с\\s+(?:докладом|кейноутом|презентацией|воркшопом|мастер-классом)|представил[аи]?|показал[аи]?|рассказал[аи]?)(?:\\s+(?:на\\s+тему|под\\s+названием))?\\s*:?\\s*${QUOTED}`,
	'gu'
);
/** "выступил с докладом о …" without a quote: the topic. */
const PRESENTED_TOPIC = new RegExp(
	`(${NAMES})${ORG}\\s+выступил[аи]?\\s+с\\s+(?:докладом|кейноутом|презентацией)(?=\\s+(?:о|об|обо|про|на\\s+тему)\\s)`,
	'gu'
);

const QUOTE_AFTER = new RegExp(
	`^\\s*(?:[:,—–-]\\s*)?(?:(?:на\\s+тему|под\\s+названием|с\\s+названием)\\s*:?\\s*)?${QUOTED}`,
	'u'
);
const TOPIC_AFTER = /^\s+(о|об|обо|про|на\s+тему)\s+([^.!?;:\n«»"“”()]{2,160})/u;
const COLON_AFTER = /^\s*:\s+(\p{Lu}[^\n]{3,160}?)\s*(?=$|[.!?](?:\s|$)|\n)/u;
/** Where a topic ends: a clause after a comma, or the verb the sentence goes on with. */
const TOPIC_END =
	/,\s+(?:котор\p{L}*|где|что|чем|когда|как|но|а|хотя|поэтому|причём|причем)(?![\p{L}])|\s+(?:был|была|было|были|стал|стала|стало|оказался|оказалась|оказалось|собрал|собрала|запомнился|запомнилась|понравился|понравилась|вызвал|вызвала|получился|получилась|прошёл|прошел|прошла|является|—|–)(?![\p{L}])/u;

const THAT_CLAUSE = /^(?:том|тем),\s+(?:как|что|чтобы|почему|зачем)\s/u;
/** A name in Latin letters only (a product's name reads as one too: "Microsoft Azure"). */
const LATIN_ONLY = /^[\p{Script=Latin}\s'’.-]+$/u;

const CYRILLIC = /[\u0400-\u04FF]/;

/** Cheap test: a quote and a comma (the list item's), or a talk word or a verb of presenting. */
export function mayBeRussianTalk(text: string): boolean {
	if (text.includes('»,')) return true;
	return (
		CYRILLIC.test(text) &&
		(text.includes('оклад') ||
			text.includes('ыступлени') ||
			text.includes('ейноут') ||
			text.includes('резентаци') ||
			text.includes('оркшоп') ||
			text.includes('астер-класс') ||
			text.includes('представил') ||
			text.includes('рассказал') ||
			text.includes('показал') ||
			text.includes(' от '))
	);
}

/** The talks of a Russian passage, in the order found (talks.ts orders and dedupes them). */
export function russianTalks(text: string): TalkCandidate[] {
	const found: TalkCandidate[] = [];
	for (const m of text.matchAll(KIND_QUOTE_FROM)) {
		const names = speakersOf(m[3]!, true, m[4], m[5]);
		if (names) push(found, m[2]!, names, m.index, m.index + m[0].length);
	}
	for (const m of text.matchAll(ITEM_QUOTE_FROM)) {
		const names = speakersOf(m[2]!, true, m[3], m[4]);
		if (names && names.organizations.length > 0)
			push(found, m[1]!, names, m.index, m.index + m[0].length);
	}
	if (text.includes('»,')) {
		for (const m of text.matchAll(ITEM_QUOTE_COMMA)) {
			const names = speakersOf(m[2]!, false, m[3], undefined);
			if (names && names.organizations.length > 0)
				push(found, m[1]!, names, m.index, m.index + m[0].length);
		}
	}
	for (const m of text.matchAll(PRESENTED)) {
		const names = speakersOf(m[1]!, false, m[2], m[3]);
		if (names) push(found, m[4]!, names, m.index, m.index + m[0].length);
	}
	for (const m of text.matchAll(PRESENTED_TOPIC)) {
		const names = speakersOf(m[1]!, false, m[2], m[3]);
		const end = m.index + m[0].length;
		const topic = names ? topicAt(text, end) : null;
		if (topic) push(found, topic.title, names!, m.index, topic.end);
	}
	for (const m of text.matchAll(KIND_THEN_NAMES)) {
		const names = speakersOf(m[2]!, true, m[3], m[4]);
		if (!names) continue;
		const end = m.index + m[0].length;
		const rest = text.slice(end, end + 240);
		const quoted = QUOTE_AFTER.exec(rest);
		const colon = quoted ? null : COLON_AFTER.exec(rest);
		const topic = quoted || colon ? null : topicAt(text, end);
		if (quoted && push(found, quoted[1]!, names, m.index, end + quoted[0].length)) continue;
		if (colon && push(found, colon[1]!, names, m.index, end + colon[0].length)) continue;
		if (topic && push(found, topic.title, names, m.index, topic.end)) continue;
		const title = `${kindLabel(m[1]!)} by ${names.speakers[0]!}`;
		found.push({ title, ...names, start: m.index, end, generic: true });
	}
	return found;
}

/** "о будущем Kubernetes" after `at`: "О будущем Kubernetes" ("на тему X": X), and its end. */
function topicAt(text: string, at: number): { title: string; end: number } | null {
	const m = TOPIC_AFTER.exec(text.slice(at, at + 200));
	if (!m) return null;
	// "о том, как мы запускаем Kubernetes": the clause is the topic.
	const clause = THAT_CLAUSE.exec(m[2]!);
	const body = clause ? m[2]!.slice(clause[0].length) : m[2]!;
	const cut = TOPIC_END.exec(body);
	const topic = ((clause?.[0] ?? '') + (cut ? body.slice(0, cut.index) : body))
		.trim()
		.replace(/[\s,]+$/, '');
	if (topic.length < 2 || topic.split(/\s+/).length > 12) return null;
	const lead = m[1]!.replace(/\s+/g, ' ');
	const title =
		lead === 'на тему'
			? topic.charAt(0).toUpperCase() + topic.slice(1)
			: `${lead.charAt(0).toUpperCase()}${lead.slice(1)} ${topic}`;
	const end = at + m[0].indexOf(m[2]!) + topic.length;
	return { title, end };
}

/**
 * The speakers (in the nominative when `genitive`) and their organisation, "(Microsoft)" or "из
 * Яндекса" (one word, in the genitive: "Яндекс"), or null.
 */
function speakersOf(
	raw: string,
	genitive: boolean,
	paren: string | undefined,
	from: string | undefined
): { speakers: string[]; organizations: string[] } | null {
	const speakers: string[] = [];
	for (const part of raw.split(/\s*(?:,|\s+и)\s+/)) {
		const name = genitive ? nominativeName(part) : part.trim();
		if (!isPersonName(name)) return null;
		speakers.push(name);
	}
	const organizations: string[] = [];
	// "доклад Kelsey Hightower (Google)": in Latin letters, only with an organisation.
	if (!paren && !from && LATIN_ONLY.test(raw)) return null;
	const org = (paren ?? (from ? nominativeName(from) : '')).trim();
	if (org && isOrgBesideName(org)) organizations.push(org);
	return { speakers, organizations };
}

function push(
	found: TalkCandidate[],
	raw: string,
	names: { speakers: string[]; organizations: string[] },
	start: number,
	end: number
): boolean {
	const title = cleanTitle(raw);
	if (!looksLikeTitle(title, true)) return false;
	found.push({ title, ...names, start, end, generic: false });
	return true;
}

/** The English word for a talk word, for a title-less talk ("Talk by Брендан Бернс"). */
function kindLabel(kind: string): string {
	const k = kind.toLowerCase();
	if (k.startsWith('кейноут')) return 'Keynote';
	if (k.startsWith('презентаци')) return 'Presentation';
	if (k.startsWith('воркшоп') || k.startsWith('мастер-класс')) return 'Workshop';
	return 'Talk';
}
