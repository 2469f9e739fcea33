import { describe, expect, it } from 'vitest';
import { rstInline } from '../../../../src/lib/ingest/parse/rst-inline';
import { allText, headings, mustParse, parseString, passages } from './helpers';

describe('reStructuredText', () => {
	it('reads the field list under the title as docinfo (author, date), later fields as text', () => {
		const doc = parseString(
			[
				'KubeCon NA 2017 in Austin',
				'=========================',
				'',
				':date: 2017-12-10',
				':author: Sam Lee',
				'',
				'We were at the Austin Convention Center for KubeCon.',
				'',
				':Venue: Austin Convention Center',
				''
			].join('\n'),
			'na.rst'
		);
		expect(doc.author).toBe('Sam Lee');
		expect(doc.published).toBe('2017-12-10');
		expect(allText(doc)).not.toContain('Sam Lee');
		expect(allText(doc)).toContain('Venue: Austin Convention Center');
	});

	it('reads .. post:: fields as front matter', () => {
		const doc = mustParse('rst-post.txt');
		expect(doc.title).toBe('KubeCon Copenhagen recap');
		expect(doc.published).toBe('2018-05-11');
		expect(doc.frontMatter.tags).toEqual(['kubecon', 'kubernetes', 'conferences']);
	});

	it('levels sections by first appearance of each adornment style; bold lines mark days', () => {
		expect(headings(mustParse('rst-post.txt'))).toEqual([
			['KubeCon Copenhagen recap', 1, 'heading'],
			['Tuesday', 1, 'day'],
			['Lightning talks', 2, 'heading'],
			['Security', 3, 'heading'],
			['Stories from the Playbook', 2, 'heading']
		]);
	});

	it('drops directives that are not prose, keeps notes, reads list-tables', () => {
		const doc = mustParse('rst-post.txt');
		const text = allText(doc);
		expect(text).not.toMatch(/spelling|contents|keynote\.jpg|The room|kubectl get pods|footnote/);
		expect(text).toContain('Prometheus 2 is out.');
		expect(doc.sections[0]!.passages[1]).toEqual({
			kind: 'table',
			text: 'Date: 2018-05-11 | Change: First release'
		});
	});

	it('keeps the text an admonition starts on its directive line; a topic’s title is no text', () => {
		const doc = parseString(
			[
				'KubeCon EU 2018',
				'===============',
				'',
				'.. note:: The slides for the Linkerd',
				'   talk are online.',
				'',
				'.. warning:: Bring a jacket.',
				'',
				'   Copenhagen is cold.',
				'',
				'.. topic:: Links',
				'',
				'   See the schedule.'
			].join('\n'),
			'a.rst'
		);
		expect(passages(doc).map((p) => p.text)).toEqual([
			'The slides for the Linkerd talk are online.',
			'Bring a jacket.',
			'Copenhagen is cold.',
			'See the schedule.'
		]);
	});

	it('turns "text::" into "text:" and drops the literal block', () => {
		const doc = mustParse('rst-post.txt');
		const talks = doc.sections.find((s) => s.heading === 'Lightning talks')!;
		expect(talks.passages.map((p) => p.text)).toEqual([
			'Short talks, each about five minutes. Use kubectl and helm daily:',
			'After the literal block.'
		]);
	});

	it('treats an underline only when it follows a lone line', () => {
		const doc = parseString('Intro line one\nline two\n\nTitle\n*****\n\nBody.\n', 'a.txt');
		expect(headings(doc)).toEqual([['Title', 1, 'heading']]);
	});

	it('reads grid tables one row per passage', () => {
		const doc = parseString(
			'Talks\n=====\n\n+--------+---------+\n| Title  | Speaker |\n+========+=========+\n| Envoy  | Matt    |\n| deep   | Klein   |\n+--------+---------+\n',
			'a.rst'
		);
		expect(doc.sections[0]!.passages).toEqual([
			{ kind: 'table', text: 'Title: Envoy deep | Speaker: Matt Klein' }
		]);
	});

	it('a definition list: a short definition reads with its term, a long one on its own', () => {
		const doc = parseString(
			[
				'KubeCon EU 2019 notes',
				'=====================',
				'',
				':author: Jane Doe',
				'',
				'Notes from `Barcelona <https://x.io>`_.',
				'',
				'Helm 3 deep dive',
				'   Matt Fisher, Microsoft',
				'',
				'Prometheus at scale',
				'   Long notes on the talk.',
				'',
				'   A second paragraph of notes.',
				'',
				'A plain paragraph',
				'over two lines.'
			].join('\n'),
			'a.rst'
		);
		expect(doc.format).toBe('rst');
		expect(passages(doc).map((p) => p.text)).toEqual([
			'Notes from Barcelona.',
			'Helm 3 deep dive – Matt Fisher, Microsoft',
			'Prometheus at scale',
			'Long notes on the talk. A second paragraph of notes.',
			'A plain paragraph over two lines.'
		]);
	});

	it.each([
		['`Crossing the River`: watch it', 'Crossing the River: watch it'],
		['see `the schedule <https://x.io>`_ now', 'see the schedule now'],
		[':ref:`Operators <ops>` and :code:`helm`', 'Operators and helm'],
		['``*literal*`` and *em* and **strong**', '*literal* and em and strong'],
		['Kubernetes_ and docs__ [1]_', 'Kubernetes and docs']
	])('inline %j → %j', (raw, plain) => {
		expect(rstInline(raw)).toBe(plain);
	});
});

describe('reStructuredText line blocks', () => {
	it('reads "| line" lines as their text, without the bars', () => {
		const doc = parseString(
			'Notes\n=====\n\n.. note:: A note.\n\n| The keynote started late,\n| but the Kubeflow demo made up for it.\n|\n',
			'a.txt'
		);
		expect(passages(doc).map((p) => p.text)).toEqual([
			'A note.',
			'The keynote started late, but the Kubeflow demo made up for it.'
		]);
	});
});
