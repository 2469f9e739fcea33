/**
 * Ambiguous project names in German: German capitalises every noun, so "Der Chef des Teams",
 * "Ein Operator im Rechenzentrum" or "im Vault" are capitalised words, not names. A German
 * determiner right before the name makes it a noun unless other words make it the tool; German
 * also names the tool in its own compounds and verbs ("Helm-Charts", "Flux synchronisiert").
 */

/**
 * German determiners and preposition–article contractions that head a noun phrase. None of them
 * is an English word that stands before a product's name ("die" and "den" at most, rarely).
 */
const GERMAN_DETERMINER =
	/(?:^|[^\p{L}\p{N}])(?:[Dd](?:er|ie|as|em|en|es|ieser|iese|ieses|iesem|iesen)|[Ee]in(?:e|em|en|er|es)?|[Kk]ein(?:e|em|en|er|es)?|[Uu]nser(?:e|em|en|er|es)?|(?:[Mm]|[Dd]|[Ss])ein(?:e|em|en|er|es)?|[Ii]hr(?:e|em|en|er|es)?|[Ee]u(?:er|re|rem|ren|rer|res)|[Jj]ede[mnrs]?|[Ii]m|[Aa]m|[Vv]om|[Zz]um|[Zz]ur|[Bb]eim|[Ii]ns)[ \t]+$/u;

/** Whether a German determiner stands right before `start` ("Der Chef", "im Vault"). */
export function germanDeterminerBefore(text: string, start: number): boolean {
	// Cheap gate: the word before ends in a letter these words end in, then a space.
	const space = text.charCodeAt(start - 1);
	if (space !== 32 && space !== 9) return false;
	const last = text.charCodeAt(start - 2);
	// r s m n e (der, das, dem, den, eine) — and "ins", "des" end in s.
	if (last !== 114 && last !== 115 && last !== 109 && last !== 110 && last !== 101) return false;
	return GERMAN_DETERMINER.test(text.slice(Math.max(0, start - 9), start));
}

/**
 * A hyphen compound that names the tool: "Helm-Charts", "Compose-Datei", "Flux-Controller",
 * "Vault-Integration" (a German noun compound of plain words is written as one word).
 */
export const TOOL_COMPOUND =
	/^-(?:charts?|releases?|plugins?|operators?|controller|datei(?:en)?|konfiguration|installation|repository|repo|projekts?|project|community|maintainer|version|integration|unterstützung|support|befehl|cli|client|server|agent|cluster|plattform|platform|tool|tools|framework|instanz|instance)\b/i;

/**
 * What a product does in German, its verb right after its name ("Flux synchronisiert den
 * Cluster", "Vault verwaltet Secrets"), or in the passive ("Helm wird von vielen Teams
 * eingesetzt").
 */
export const GERMAN_PRODUCT_VERB =
	/^[ \t]+(?:(?:unterstützt|synchronisiert|integriert|installiert|verwaltet|ermöglicht|rendert|deployt|orchestriert|automatisiert)\b|(?:wird|wurde)[ \t]+(?:[\p{Ll}\p{Lu}]+[ \t]+){0,4}?(?:verwendet|eingesetzt|genutzt|benutzt|installiert|unterstützt|integriert|deployt|gepflegt)\b)/u;
