import { describe, expect, it } from 'vitest';
import { allText, parseString, passages } from './helpers';

const BODY = [
	'The keynotes opened with a look back at the year, and the hallway track was busy all week.',
	'Day two had a panel on service meshes, and the sponsor hall was as loud as ever.',
	'The hallway track was busy; many people asked about the removal of Tiller in Helm 3.',
	'Day three closed with a talk on logging pipelines and a long queue for the coffee.',
	'The last evening was quiet, with a few of us walking back along the harbour.'
].join('\n\n');
const recap = (end: string, path = 'doc.txt') =>
	parseString(`KubeCon Field Notes\n\n${BODY}\n\n${end}\n`, path);

describe('a byline closing the document', () => {
	it.each([
		['Written by Ana Gomez, May 2019.', 'doc.txt', '2019-05'],
		['— Ana Gomez, 2019', 'doc.md', '2019'],
		['— Ana Gomez, 12 May 2019', 'doc.md', '2019-05-12'],
		['-- Ana Gomez, 12 May 2019', 'doc.txt', '2019-05-12'],
		['By Ana Gomez on May 12, 2019', 'doc.md', '2019-05-12'],
		['Written by Ana Gomez', 'doc.txt', null]
	])('%j: the author (and the date, as precise as written), not a passage', (end, path, date) => {
		const doc = recap(end, path);
		expect([doc.author, doc.published]).toEqual(['Ana Gomez', date]);
		expect(allText(doc)).not.toContain('Gomez');
		expect(passages(doc)).toHaveLength(5);
	});

	it('an author named at the top wins; the closing line stays', () => {
		const doc = parseString(`KubeCon Field Notes\n\nBy Luc Bernard\n\n${BODY}\n\n— Ana Gomez\n`);
		expect(doc.author).toBe('Luc Bernard');
		expect(allText(doc)).toContain('Ana Gomez');
	});

	it.each([
		['a quotation and its speaker', `"Kubernetes should be boring."\n\n— Kelsey Hightower`],
		['a talk title and its speaker', 'Scaling Prometheus\n\n— Jane Doe'],
		['an undated bare "By" (a credit)', 'By Jane Doe'],
		['no name', 'Written by the platform team, May 2019.'],
		['a sentence', 'By the end of the week, everyone was tired.']
	])('%s stays text', (_, end) => {
		const doc = recap(end);
		expect(doc.author).toBeNull();
		expect(allText(doc)).toContain(end.split('\n\n').at(-1)!);
	});
});
