/**
 * A bold title alone on its line, then "Name, Org" and a line of links in the same Markdown
 * paragraph (a slides-and-videos post): the talk, its speakers and their organisation.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const recap = (body: string) =>
	ingestText('slides.md', `# KubeCon EU 2019: slides and videos\n\n${body}\n`);
const rows = (body: string) => recap(body).talks.map((t) => [t.title, t.speakers, t.organizations]);

describe('a bold title over its speakers, in a paragraph', () => {
	it('reads the talk, the links after it are a passage of their own', () => {
		const r = recap(
			'**Operators Without Tears: A Field Guide**\nRuth Baker and Omar Said, Initech\n[Slides](https://example.com/s) · [Video](https://example.com/v)\n\n**Tracing the Untraceable**\nLin Wu (Globex)'
		);
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations])).toEqual([
			['Operators Without Tears: A Field Guide', ['Ruth Baker', 'Omar Said'], ['Initech']],
			['Tracing the Untraceable', ['Lin Wu'], ['Globex']]
		]);
		expect(r.passages.map((p) => p.text)).toContain('Slides · Video');
	});

	it('not a bold line over a sentence, nor over a name without an organisation', () => {
		expect(rows('**What I Took Home**\nMostly that I should buy a better chair.')).toEqual([]);
		expect(rows('**Lunch Was Great**\nReally Good Tacos')).toEqual([]);
	});
});
