/**
 * Confluence wiki markup, as far as a recap needs it: its tables and headings read as the
 * Markdown they map to (the rest of its markup is close enough to Markdown's or plain text).
 */
/** A Confluence wiki table's header row: "||Session||Speaker||". */
const CONFLUENCE_HEADER = /^[ \t]*\|\|(?:[^|\n]+\|\|)+[ \t]*\r?$/;
/** One of its body rows: "|cell|cell|" (a second header row would start "||"). */
const CONFLUENCE_ROW = /^[ \t]*\|(?!\|)/;
/** A Confluence link inside a cell, "[label|https://…]", whose pipe is no cell's edge. */
const CONFLUENCE_LINK = /\[([^\]|\n]+)\|((?:https?:\/\/|mailto:)[^\]\s]+)\]/g;

/** A Confluence heading line: "h1. Trip report". */
const CONFLUENCE_HEADING = /^h([1-6])\.[ \t]+(?=\S)/gm;

/**
 * Confluence wiki tables (a company wiki's trip report) as the Markdown pipe tables they are
 * laid out like: the "||Session||Speaker||" header row gains the separator row a pipe table
 * has, and a cell's "[label|url]" link becomes "[label](url)". In a page with such a table,
 * "h1. " lines are its headings.
 */
export function confluenceTables(body: string): string {
	const lines = body.split('\n');
	let changed = false;
	for (let i = 0; i + 1 < lines.length; i++) {
		const line = lines[i]!;
		if (!line.includes('||') || !CONFLUENCE_HEADER.test(line)) continue;
		if (!CONFLUENCE_ROW.test(lines[i + 1]!)) continue;
		const cells = line.trim().slice(2, -2).split('||');
		lines[i] = `| ${cells.map((c) => c.trim()).join(' | ')} |\n|${' --- |'.repeat(cells.length)}`;
		for (let j = i + 1; j < lines.length && CONFLUENCE_ROW.test(lines[j]!); j++)
			lines[j] = lines[j]!.replace(CONFLUENCE_LINK, '[$1]($2)');
		changed = true;
	}
	if (!changed) return body;
	return lines
		.join('\n')
		.replace(CONFLUENCE_HEADING, (_, level: string) => '#'.repeat(+level) + ' ');
}
