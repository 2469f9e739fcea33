/**
 * "Jane Doe: [Talk Title](https://…)": a speaker, a colon, then a Markdown link whose text is the
 * title. The parser keeps the links' text on the passage; the talk readers use it.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest/pipeline';
import { talksInPassage } from '../../../src/lib/ingest/talks';
import { TAXONOMY, encode } from './extractionFixtures';
import { parseString, passages } from './parse/helpers';

const talks = (text: string, links: string[], kind: 'list' | 'paragraph' = 'list') =>
	talksInPassage(text, kind, links).map((t) => [t.title, t.speakers, t.organizations]);

describe('the parser keeps the text of Markdown links', () => {
	it('on list and paragraph passages, only where they occur', () => {
		const doc = parseString(
			[
				'# Notes',
				'',
				'- Jane Doe: [How we run many small clusters](https://youtu.be/abc123)',
				'- Lunch was good',
				'',
				'Read the [CNCF **annual** report](https://www.cncf.io/reports/) first.',
				'',
				'No links here.'
			].join('\n'),
			'notes.md'
		);
		expect(passages(doc).map((p) => p.links)).toEqual([
			['How we run many small clusters'],
			['CNCF annual report'],
			undefined
		]);
	});
});

describe('a speaker, a colon, then the linked title', () => {
	it('"Name: [Title](url)", alone in its list and in sentence case', () => {
		expect(
			talks('Jane Doe: How we run many small clusters', ['How we run many small clusters'])
		).toEqual([['How we run many small clusters', ['Jane Doe'], []]]);
	});

	it('"- Name (Org): [Title](url)" among other items, a remark after the link', () => {
		expect(
			talks(
				'Talks I went to:\nOmar Haddad (Globex): eBPF for the rest of us (slides)\nThe hallway track\nPriya Raman, Initech – Zero downtime upgrades with Cluster API',
				['eBPF for the rest of us', 'Zero downtime upgrades with Cluster API']
			)
		).toEqual([
			['eBPF for the rest of us', ['Omar Haddad'], ['Globex']],
			['Zero downtime upgrades with Cluster API', ['Priya Raman'], ['Initech']]
		]);
	});

	it('two speakers before one link', () => {
		expect(
			talks('Ana Lopez & Sam Lee: Securing the supply chain with Sigstore', [
				'Securing the supply chain with Sigstore'
			])
		).toEqual([['Securing the supply chain with Sigstore', ['Ana Lopez', 'Sam Lee'], []]]);
	});

	it.each([
		['Further Reading: The Site Reliability Workbook', 'The Site Reliability Workbook'],
		['Source Code: Example operator for Postgres', 'Example operator for Postgres'],
		['Day One: Keynotes and announcements', 'Keynotes and announcements'],
		['Jane Doe: Slides and video', 'Slides and video'],
		['Jane Doe: @janedoe', '@janedoe'],
		['Jane Doe: Kubernetes', 'Kubernetes'],
		['Website: kubecon.io', 'kubecon.io'],
		['Jane Doe: How we run many small clusters, and more', 'How we run many small clusters'],
		['Read this first: How we run many small clusters', 'How we run many small clusters']
	])('not a talk: %s (linked: %s)', (text, link) => {
		expect(talks(text, [link])).toEqual([]);
	});

	it('the same line without the link is no talk', () => {
		expect(talks('Jane Doe: How we run many small clusters', [])).toEqual([]);
	});
});

describe('from a Markdown recap to talk rows', () => {
	it('records the speaker, the organisation and the linked title', () => {
		const recap = [
			'---',
			'title: KubeCon EU 2018 notes',
			'date: 2018-05-08',
			'---',
			'',
			'# KubeCon EU 2018 in Copenhagen',
			'',
			'The recordings I would watch again:',
			'',
			'- Jane Doe: [How we run many small clusters](https://www.youtube.com/watch?v=abc123)',
			'- Omar Haddad (Globex): [eBPF for the rest of us](https://kccnceu18.sched.com/event/x)',
			'- The Istio booth had the best stickers',
			''
		].join('\n');
		const r = ingest([{ path: 'notes.md', bytes: encode(recap) }], TAXONOMY);
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations, t.event_id])).toEqual([
			['How we run many small clusters', ['Jane Doe'], [], 'kubecon-eu-2018'],
			['eBPF for the rest of us', ['Omar Haddad'], ['Globex'], 'kubecon-eu-2018']
		]);
	});
});
