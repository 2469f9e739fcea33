/**
 * Synthetic documents → text in the formats recaps come in: Markdown with YAML or TOML front
 * matter, reStructuredText, AsciiDoc and plain text with bare heading lines.
 */

export type SynthFormat = 'md-yaml' | 'md-toml' | 'rst' | 'adoc' | 'text';

export interface SynthSection {
	/** null: paragraphs before the first heading (intro) or after the last (closing). */
	heading: string | null;
	blocks: ({ type: 'p'; text: string } | { type: 'list'; items: string[] })[];
}

export interface SynthDoc {
	format: SynthFormat;
	title: string;
	author: string;
	publisher: string | null;
	date: string;
	tags: string[];
	/** Front-matter event override (a catalog id), Markdown only. */
	event: string | null;
	sections: SynthSection[];
	/** A reStructuredText post saved as .txt, as in the sample corpus. */
	rstInTxt: boolean;
}

const quote = (s: string) => JSON.stringify(s);

function frontMatter(doc: SynthDoc): string {
	if (doc.format === 'md-yaml') {
		const lines = [
			'---',
			`title: ${quote(doc.title)}`,
			`date: ${doc.date}`,
			`author: ${quote(doc.author)}`,
			`tags: [${doc.tags.join(', ')}]`
		];
		if (doc.event) lines.push(`event: ${doc.event}`);
		return `${lines.join('\n')}\n---\n\n`;
	}
	const lines = [
		'+++',
		`title = ${quote(doc.title)}`,
		`date = ${doc.date}`,
		`author = ${quote(doc.author)}`,
		`tags = [${doc.tags.map(quote).join(', ')}]`
	];
	if (doc.event) lines.push(`event = ${quote(doc.event)}`);
	return `${lines.join('\n')}\n+++\n\n`;
}

function underline(text: string, char: string): string {
	return char.repeat(Math.max(text.length, 3));
}

function blocks(section: SynthSection, bullet: string, wrapList = false): string[] {
	return section.blocks.map((b) =>
		b.type === 'p'
			? b.text
			: b.items.map((item, i) => `${wrapList ? `  ${i + 1}.` : bullet} ${item}`).join('\n')
	);
}

export function renderDocument(doc: SynthDoc): string {
	const out: string[] = [];
	switch (doc.format) {
		case 'md-yaml':
		case 'md-toml':
			out.push(frontMatter(doc).trimEnd());
			for (const s of doc.sections) {
				if (s.heading) out.push(`## ${s.heading}`);
				out.push(...blocks(s, '-'));
			}
			break;
		case 'rst':
			out.push(`${underline(doc.title, '=')}\n${doc.title}\n${underline(doc.title, '=')}`);
			out.push(`:author: ${doc.author}\n:date: ${doc.date}`);
			for (const s of doc.sections) {
				if (s.heading) out.push(`${s.heading}\n${underline(s.heading, '-')}`);
				out.push(...blocks(s, '*'));
			}
			break;
		case 'adoc':
			out.push(`= ${doc.title}\n${doc.author}\n:revdate: ${doc.date}`);
			for (const s of doc.sections) {
				if (s.heading) out.push(`== ${s.heading}`);
				out.push(...blocks(s, '*'));
			}
			break;
		default:
			out.push(
				doc.title,
				`By ${doc.author}${doc.publisher ? ` (${doc.publisher})` : ''}, ${doc.date}`
			);
			for (const s of doc.sections) {
				if (s.heading) out.push(s.heading);
				out.push(...blocks(s, '-', true));
			}
	}
	return `${out.join('\n\n')}\n`;
}
