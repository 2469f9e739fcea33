import { describe, expect, it } from 'vitest';
import { talksInPassage } from '../../../src/lib/ingest/talks';
import { talkFromHeading } from '../../../src/lib/ingest/talkHeadings';
import { ingest } from '../../../src/lib/ingest/pipeline';
import { TAXONOMY, encode } from './extractionFixtures';

const TITLE = 'Kubernetes at Scale: Lessons from Five Years';
const talks = (text: string, kind: 'list' | 'paragraph' | 'table' = 'list') =>
	talksInPassage(text, kind).map((t) => [t.title, t.speakers, t.organizations]);
const docTalks = (path: string, body: string) =>
	ingest([{ path, bytes: encode(body) }], TAXONOMY).talks.map((t) => [
		t.title,
		t.speakers,
		t.organizations
	]);

describe('a talk title with a colon in it', () => {
	it.each([
		[`${TITLE} – Jane Doe, Google`, 'paragraph'],
		[`${TITLE} - Jane Doe (Google)`, 'list'],
		[`${TITLE} (Jane Doe, Google)`, 'list'],
		[`"${TITLE}" by Jane Doe (Google)`, 'paragraph'],
		[`Jane Doe (Google): ${TITLE}`, 'list'],
		[`Talk: ${TITLE} | Speaker: Jane Doe | Company: Google`, 'table'],
		// Before, the colon took the title for a table header's label ("Kubernetes at Scale: …").
		[`${TITLE} | Jane Doe | Google`, 'table'],
		[`${TITLE} | Jane Doe, Google`, 'table'],
		// Before, only a title without a colon could stand before "Name (Org)".
		[`${TITLE}: Jane Doe (Google)`, 'paragraph']
	] as const)('%s (%s)', (line, kind) => {
		expect(talks(line, kind)).toEqual([[TITLE, ['Jane Doe'], ['Google']]]);
	});

	it('in a heading, whole', () => {
		for (const heading of [
			`${TITLE} – Jane Doe, Google`,
			`"Securing the Supply Chain: A Practical Guide" by Jane Doe (Google)`
		]) {
			expect(talkFromHeading(heading, false, [])).toMatchObject({
				title: heading.startsWith('"') ? 'Securing the Supply Chain: A Practical Guide' : TITLE,
				speakers: ['Jane Doe'],
				organizations: ['Google']
			});
		}
	});

	it('in a talk table without a header row, in Markdown and HTML', () => {
		const expected = [[TITLE, ['Jane Doe'], ['Google']]];
		const md = `# KubeCon NA 2019 recap\n\nGreat week.\n\n|  |  |\n| --- | --- |\n| ${TITLE} | Jane Doe, Google |\n`;
		expect(docTalks('a.md', md)).toEqual(expected);
		const html = `<html><head><title>KubeCon NA 2019 recap</title></head><body><p>Great week.</p><table><tr><td>${TITLE}</td><td>Jane Doe, Google</td></tr></table></body></html>`;
		expect(docTalks('a.html', html)).toEqual(expected);
	});

	it('labels keep their shapes: "Speaker: Name", "Keynote: Title", "Speakers: Name (Org)"', () => {
		expect(talks(`Talk: ${TITLE}\nSpeaker: Jane Doe (Google)`, 'paragraph')).toEqual([
			[TITLE, ['Jane Doe'], ['Google']]
		]);
		expect(talks('Keynote: Welcome Back – Jane Doe, Google', 'paragraph')).toEqual([
			['Keynote: Welcome Back', ['Jane Doe'], ['Google']]
		]);
		expect(talks('Speakers: Jane Doe (Google) and John Roe (Acme)', 'paragraph')).toEqual([]);
		expect(talks('Panel: Jane Doe (Google) and John Roe (Acme)', 'paragraph')).toEqual([]);
		expect(talks('Speakers: Kubernetes Team: Jane Doe (Google)', 'paragraph')).toEqual([]);
		// A remark with colons is no title: "Note: thanks to: …" is not title-cased.
		expect(talks('Note: thanks to the organisers: Jane Doe (Google)', 'paragraph')).toEqual([]);
		// Cells labelled by the header row stay labels.
		expect(talks('Time: 10:30 | Talk: Service Mesh Wars | Speaker: Jane Doe', 'table')).toEqual([
			['Service Mesh Wars', ['Jane Doe'], []]
		]);
	});
});
