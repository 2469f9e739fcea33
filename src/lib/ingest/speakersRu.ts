/**
 * Russian names a talk's speaker in the genitive ("доклад Брендана Бернса", "выступление Анны
 * Ивановой"): the nominative the atlas lists speakers by ("Брендан Бернс", "Анна Иванова"). Only
 * the regular endings are undone, word by word; a word without one is left as written (foreign
 * women's names and surnames in -о do not decline: "доклад Лиз Райс", "доклад Игоря Цупко"), and
 * so are names in Latin letters.
 */

// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
const CYRILLIC_WORD = /^[\u0400-\u04FF'’-]+$/;

/** Genitive endings and their nominative, longest first (tried in order on a word's end). */
const ENDINGS: [RegExp, string][] = [
	// Adjectival surnames: Петровского → Петровский, Петровской → Петровская.
	[/([сц])кого$/, '$1кий'],
	[/([сц])кой$/, '$1кая'],
	// Women's surnames: Ивановой → Иванова, Пушкиной → Пушкина.
	[/(ов|ев|ёв|ин|ын)ой$/, '$1а'],
	// Мария: Марии; Наталья: Натальи; Ольга: Ольги (г, к, х and the hissing letters take и).
	[/ии$/, 'ия'],
	[/ьи$/, 'ья'],
	[/([гкхжшчщ])и$/, '$1а'],
	[/([бвдзлмнпрстфц])ы$/, '$1а'],
	// Андрей: Андрея; Дмитрий: Дмитрия; Игорь: Игоря.
	[/([еи])я$/, '$1й'],
	[/([бвгджзклмнпрстфхцчшщ])я$/, '$1ь'],
	// Брендан: Брендана; Иванов: Иванова; Бернс: Бернса.
	[/([бвгджзклмнпрстфхцчшщ])а$/, '$1']
];

/** First names that lose a vowel in the genitive (Павел: Павла). */
const FLEETING: Record<string, string> = { Павла: 'Павел', Льва: 'Лев', Петра: 'Пётр' };

function nominativeWord(word: string): string {
	if (!CYRILLIC_WORD.test(word)) return word;
	const fleeting = FLEETING[word];
	if (fleeting) return fleeting;
	// "Ким-Ли": each part of a double name declines.
	if (word.includes('-')) return word.split('-').map(nominativeWord).join('-');
	for (const [ending, nominative] of ENDINGS) {
		if (ending.test(word)) return word.replace(ending, nominative);
	}
	return word;
}

/** The nominative of a name written in the genitive: each word that ends as the genitive does. */
export function nominativeName(genitive: string): string {
	return genitive.trim().split(/\s+/).map(nominativeWord).join(' ');
}
