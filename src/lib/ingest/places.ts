/**
 * Cities and countries named in text: the catalog's own cities plus common conference and
 * meetup cities, so that events outside the catalog ("the DevOps-Chicago meetup") get a city.
 * Names in the city's own language ("München", "København", "上海"), and in Chinese, Japanese and
 * Korean ("巴塞罗那", "バルセロナ", "바르셀로나"), map to the English one.
 */
import type { CatalogEvent } from './types';
import { atWordBoundary, compileAutomaton, selectLongest } from './automaton';
import { LOCAL_CITIES } from './placesLocal';

// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
const PROPER_START = /^[\p{Lu}\p{Lo}]/u;
const OTHER_LETTER = /\p{Lo}/u;

export interface PlaceHit {
	start: number;
	end: number;
	kind: 'city' | 'country';
	/** Canonical English name. */
	name: string;
	country: string | null;
}

export interface PlaceFinder {
	find(text: string): PlaceHit[];
	/** Places lying within [from, to) of `text` (offsets into the whole text). */
	findIn(text: string, from: number, to: number): PlaceHit[];
}

// city|country pairs; the country also becomes a place of its own.
const CITIES = `San Francisco|United States;San Diego|United States;Seattle|United States;Austin|United States;
Boston|United States;Los Angeles|United States;Chicago|United States;New York|United States;
Detroit|United States;Portland|United States;Denver|United States;Atlanta|United States;
Dallas|United States;Houston|United States;Raleigh|United States;Salt Lake City|United States;
Las Vegas|United States;Minneapolis|United States;Philadelphia|United States;Pittsburgh|United States;
Washington DC|United States;Toronto|Canada;Vancouver|Canada;Montreal|Canada;Mexico City|Mexico;
Sao Paulo|Brazil;São Paulo|Brazil;Buenos Aires|Argentina;Berlin|Germany;Munich|Germany;
Hamburg|Germany;Frankfurt|Germany;Copenhagen|Denmark;Barcelona|Spain;Madrid|Spain;Valencia|Spain;
Amsterdam|Netherlands;Rotterdam|Netherlands;Utrecht|Netherlands;London|United Kingdom;
Manchester|United Kingdom;Edinburgh|United Kingdom;Dublin|Ireland;Paris|France;Lyon|France;
Brussels|Belgium;Ghent|Belgium;Antwerp|Belgium;Zurich|Switzerland;Geneva|Switzerland;
Vienna|Austria;Prague|Czech Republic;Warsaw|Poland;Krakow|Poland;Kraków|Poland;Budapest|Hungary;
Milan|Italy;Rome|Italy;Lisbon|Portugal;Stockholm|Sweden;Oslo|Norway;Helsinki|Finland;
Tallinn|Estonia;Kyiv|Ukraine;Istanbul|Turkey;Tel Aviv|Israel;Shanghai|China;Beijing|China;
Shenzhen|China;Hangzhou|China;Hong Kong|China;Taipei|Taiwan;Tokyo|Japan;Osaka|Japan;
Seoul|South Korea;Singapore|Singapore;Bangalore|India;Bengaluru|India;Mumbai|India;Pune|India;
Hyderabad|India;Chennai|India;Delhi|India;Sydney|Australia;Melbourne|Australia;
Auckland|New Zealand;Cape Town|South Africa;Nairobi|Kenya;Lagos|Nigeria;上海|China|Shanghai;
北京|China|Beijing;深圳|China|Shenzhen;杭州|China|Hangzhou;哥本哈根|Denmark|Copenhagen;
巴塞罗那|Spain|Barcelona;圣地亚哥|United States|San Diego;西雅图|United States|Seattle;
阿姆斯特丹|Netherlands|Amsterdam;波士顿|United States|Boston;洛杉矶|United States|Los Angeles;
瓦伦西亚|Spain|Valencia;柏林|Germany|Berlin;伦敦|United Kingdom|London;奥斯汀|United States|Austin;
旧金山|United States|San Francisco;芝加哥|United States|Chicago;底特律|United States|Detroit;
サンディエゴ|United States|San Diego;バルセロナ|Spain|Barcelona;コペンハーゲン|Denmark|Copenhagen;
シアトル|United States|Seattle;アムステルダム|Netherlands|Amsterdam;ボストン|United States|Boston;
ロサンゼルス|United States|Los Angeles;バレンシア|Spain|Valencia;ベルリン|Germany|Berlin;
ロンドン|United Kingdom|London;オースティン|United States|Austin;
サンフランシスコ|United States|San Francisco;シカゴ|United States|Chicago;
デトロイト|United States|Detroit;샌디에이고|United States|San Diego;바르셀로나|Spain|Barcelona;
코펜하겐|Denmark|Copenhagen;시애틀|United States|Seattle;상하이|China|Shanghai;
암스테르담|Netherlands|Amsterdam;보스턴|United States|Boston;로스앤젤레스|United States|Los Angeles;
발렌시아|Spain|Valencia;베를린|Germany|Berlin;런던|United Kingdom|London;오스틴|United States|Austin;
샌프란시스코|United States|San Francisco;시카고|United States|Chicago;디트로이트|United States|Detroit;
München|Germany|Munich;Köln|Germany|Cologne;Cologne|Germany;Stuttgart|Germany;Wien|Austria|Vienna;
Zürich|Switzerland|Zurich;Genève|Switzerland|Geneva;Bruxelles|Belgium|Brussels;
København|Denmark|Copenhagen;Kopenhagen|Denmark|Copenhagen;Praha|Czech Republic|Prague;
Warszawa|Poland|Warsaw;Lisboa|Portugal|Lisbon;Milano|Italy|Milan;Roma|Italy|Rome;
Barcelone|Spain|Barcelona;Copenhague|Denmark|Copenhagen;Copenaghen|Denmark|Copenhagen;
Ámsterdam|Netherlands|Amsterdam;Amesterdão|Netherlands|Amsterdam;Londres|United Kingdom|London;
Londra|United Kingdom|London;Berlim|Germany|Berlin;Xangai|China|Shanghai;Shanghái|China|Shanghai;
Schanghai|China|Shanghai;Pékin|China|Beijing;Pequim|China|Beijing;Pekín|China|Beijing;
Nueva York|United States|New York;Nova Iorque|United States|New York;
Los Ángeles|United States|Los Angeles;Múnich|Germany|Munich;Munique|Germany|Munich;
Bruselas|Belgium|Brussels;Brüssel|Belgium|Brussels;Ginebra|Switzerland|Geneva;Genf|Switzerland|Geneva;
Viena|Austria|Vienna;Praga|Czech Republic|Prague;Varsovie|Poland|Warsaw;Lisbonne|Portugal|Lisbon;
Mailand|Italy|Milan;Tokio|Japan|Tokyo;Singapur|Singapore|Singapore;Seúl|South Korea|Seoul;
Барселона|Spain|Barcelona;Барселоне|Spain|Barcelona;Барселону|Spain|Barcelona;
Барселоны|Spain|Barcelona;Копенгаген|Denmark|Copenhagen;Копенгагене|Denmark|Copenhagen;
Копенгагена|Denmark|Copenhagen;Сан-Диего|United States|San Diego;Сиэтл|United States|Seattle;
Сиэтле|United States|Seattle;Сиэтла|United States|Seattle;Шанхай|China|Shanghai;
Шанхае|China|Shanghai;Шанхая|China|Shanghai;Берлин|Germany|Berlin;Берлине|Germany|Berlin;
Берлина|Germany|Berlin;Амстердам|Netherlands|Amsterdam;Амстердаме|Netherlands|Amsterdam;
Амстердама|Netherlands|Amsterdam;Лондон|United Kingdom|London;Лондоне|United Kingdom|London;
Лондона|United Kingdom|London;Остин|United States|Austin;Остине|United States|Austin;
Остина|United States|Austin;Бостон|United States|Boston;Бостоне|United States|Boston;
Бостона|United States|Boston;Лос-Анджелес|United States|Los Angeles;
Лос-Анджелесе|United States|Los Angeles;Лос-Анджелеса|United States|Los Angeles;
Сан-Франциско|United States|San Francisco;Валенсия|Spain|Valencia;Валенсии|Spain|Valencia;
Валенсию|Spain|Valencia;Чикаго|United States|Chicago;Детройт|United States|Detroit;
Детройте|United States|Detroit;Детройта|United States|Detroit;Москва|Russia|Moscow;
Москве|Russia|Moscow;Москву|Russia|Moscow;Москвы|Russia|Moscow;
Санкт-Петербург|Russia|Saint Petersburg;Санкт-Петербурге|Russia|Saint Petersburg;
Санкт-Петербурга|Russia|Saint Petersburg;${LOCAL_CITIES}`;

/** Short forms recaps use for cities ("DockerCon SF"). Matched in capitals only. */
const CITY_ALIASES: Record<string, [string, string]> = {
	SF: ['San Francisco', 'United States'],
	NYC: ['New York', 'United States'],
	LA: ['Los Angeles', 'United States']
};

const COUNTRY_ALIASES: Record<string, string> = {
	USA: 'United States',
	'U.S.': 'United States',
	UK: 'United Kingdom',
	'The Netherlands': 'Netherlands',
	Holland: 'Netherlands',
	Nederland: 'Netherlands',
	Deutschland: 'Germany',
	Österreich: 'Austria',
	Schweiz: 'Switzerland',
	España: 'Spain',
	Italia: 'Italy',
	Danmark: 'Denmark',
	中国: 'China'
};

export function compilePlaces(events: CatalogEvent[] = []): PlaceFinder {
	const entries = new Map<string, Omit<PlaceHit, 'start' | 'end'>>();
	const add = (surface: string, place: Omit<PlaceHit, 'start' | 'end'>) => {
		if (surface && !entries.has(surface.toLowerCase())) entries.set(surface.toLowerCase(), place);
	};
	for (const e of events) {
		if (e.city) add(e.city, { kind: 'city', name: e.city, country: e.country });
	}
	for (const line of CITIES.split(';')) {
		const [city = '', country = null, english] = line.trim().split('|');
		add(city, { kind: 'city', name: english ?? city, country });
	}
	for (const [alias, [city, country]] of Object.entries(CITY_ALIASES)) {
		add(alias, { kind: 'city', name: city, country });
	}
	for (const e of events) if (e.country) add(e.country, countryPlace(e.country));
	for (const line of CITIES.split(';')) {
		const country = line.trim().split('|')[1] ?? '';
		add(country, countryPlace(country));
	}
	for (const [alias, country] of Object.entries(COUNTRY_ALIASES)) add(alias, countryPlace(country));

	const keys = [...entries.keys()];
	const automaton = compileAutomaton(keys);
	return {
		find(text) {
			const hits: PlaceHit[] = [];
			automaton.scanWords(text, (pattern, start, end) => {
				// Proper nouns only: "nice" or "reading" in lower case are not places.
				if (!PROPER_START.test(text[start]!)) return;
				// All-capital short forms ("SF", "LA") must be written in capitals.
				if (end - start <= 3 && text.slice(start, end) !== text.slice(start, end).toUpperCase())
					return;
				if (!atWordBoundary(text, start, end) && !OTHER_LETTER.test(text[start]!)) return;
				hits.push({ start, end, ...entries.get(keys[pattern]!)! });
			});
			return selectLongest(hits);
		},
		findIn(text, from, to) {
			// One character of margin keeps the word-boundary test right at the window edges.
			const lo = Math.max(0, from - 1);
			const window = text.slice(lo, Math.min(text.length, to + 1));
			return this.find(window)
				.map((h) => ({ ...h, start: h.start + lo, end: h.end + lo }))
				.filter((h) => h.start >= from && h.end <= to);
		}
	};
}

function countryPlace(country: string): Omit<PlaceHit, 'start' | 'end'> {
	return { kind: 'country', name: country, country };
}

let defaultPlaces: PlaceFinder | null = null;

/** Whether `s` opens with a place's name ("New York City", "San Diego Convention Center"). */
export function opensWithPlace(s: string): boolean {
	defaultPlaces ??= compilePlaces();
	return defaultPlaces.find(s).some((p) => p.start === 0);
}

/** "San Diego" (in "San Diego, California", which reads as a name and an organisation): a place. */
export function isPlaceName(s: string): boolean {
	defaultPlaces ??= compilePlaces();
	const finder = defaultPlaces;
	return finder.find(s).some((p) => p.start === 0 && p.end === s.length);
}

let multiWord: Set<string> | null = null;

/**
 * "San Francisco", "New York", "United Kingdom": a place in two words or more (in lower case
 * they make one set; isPersonName asks this of every name it accepts, so no scan of the text).
 */
export function isMultiWordPlace(s: string): boolean {
	if (!multiWord) {
		multiWord = new Set();
		for (const line of CITIES.split(';')) {
			for (const p of line.trim().split('|')) if (p.includes(' ')) multiWord.add(p.toLowerCase());
		}
		for (const k of [
			...Object.values(CITY_ALIASES).map((c) => c[0]),
			...Object.keys(COUNTRY_ALIASES)
		])
			if (k.includes(' ')) multiWord.add(k.toLowerCase());
	}
	return multiWord.has(s.toLowerCase());
}

/** Cities and countries that are given names too ("Austin Bennett", "Paris Martineau"). */
const GIVEN_NAMES = new Set(
	'austin sydney dallas houston denver paris london milan geneva vienna valencia israel india raleigh'.split(
		' '
	)
);
let oneWord: Set<string> | null = null;

/**
 * "copenhagen", "berlin" (a word in lower case): a city or a country in one word that no given
 * name is, so a name that opens with it is a place's ("Copenhagen Marriott", "Berlin Congress").
 */
export function isOneWordPlace(lower: string): boolean {
	if (!oneWord) {
		oneWord = new Set();
		for (const line of CITIES.split(';')) {
			for (const p of line.trim().split('|')) {
				const w = p.toLowerCase();
				if (w && !w.includes(' ') && !GIVEN_NAMES.has(w)) oneWord.add(w);
			}
		}
	}
	return oneWord.has(lower);
}
