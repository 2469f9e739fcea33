import { describe, expect, it } from 'vitest';
import { allText, headings, mustParse, parseString, passages } from './helpers';

describe('AsciiDoc', () => {
	it('reads YAML front matter on top, drops image macros, keeps link text (and notes it)', () => {
		const doc = mustParse('asciidoc.adoc');
		expect(doc.title).toBe('KubeCon + CloudNativeCon North America 2018 is Here!');
		expect(doc.author).toBe('jdoe');
		const list = doc.sections.find((s) => s.heading === 'Jenkins talks')!.passages[0]!;
		expect(list).toEqual({
			kind: 'list',
			text:
				'On Wednesday at 3:40pm, Carlos Sanchez will be presenting Jenkins X: Continuous Delivery for Kubernetes in Tahoma 3/4 @ TCC.\n' +
				'Visit the Jenkins site for more.',
			links: [
				'Jenkins X: Continuous Delivery for Kubernetes',
				'Tahoma 3/4 @ TCC',
				'the Jenkins site'
			]
		});
		expect(allText(doc)).not.toMatch(/logo|svg|https?:|kind: Pipeline|\[source/);
	});

	it('turns admonitions into text and |=== tables into rows', () => {
		const section = mustParse('asciidoc.adoc').sections.find((s) => s.heading === 'Listing')!;
		expect(section.passages).toEqual([
			{ kind: 'paragraph', text: 'Bring your laptop.' },
			{ kind: 'table', text: 'Talk: Jenkins X on Kubernetes | Room: 606' },
			{ kind: 'paragraph', text: 'I look forward to seeing you there!' }
		]);
	});

	it('reads the document header: title, author line, revision date, attributes', () => {
		const doc = mustParse('asciidoc-header.adoc');
		expect(headings(doc)).toEqual([
			['Cloud Native Day Recap', 1, 'heading'],
			['Morning sessions', 2, 'heading']
		]);
		expect(doc.author).toBe('Jane Author');
		expect(doc.published).toBe('2019-03-14');
		expect(doc.frontMatter.event).toBe('KubeCon EU 2019');
		expect(doc.frontMatter.tags).toEqual(['kubernetes', 'recap']);
		expect(doc.sections[0]!.passages[0]!.text).toBe(
			'Opening paragraph with bold and emphasis and code.'
		);
	});

	it.each([
		['2019-11-26', '2019-11-26'],
		['November 26, 2019', '2019-11-26'],
		['26 November 2019: final', '2019-11-26']
	])('a revision line that is a date alone (%s) is the publication date, not text', (rev, date) => {
		const doc = parseString(
			`= KubeCon NA 2019 talks\nJane Doe <jane@example.com>\n${rev}\n\nWe went to San Diego.\n`,
			'talks.adoc'
		);
		expect(doc.author).toBe('Jane Doe');
		expect(doc.published).toBe(date);
		expect(passages(doc).map((p) => p.text)).toEqual(['We went to San Diego.']);
	});

	it('an author line naming several authors gives them all, joined as an author list is', () => {
		const doc = parseString(
			'= KubeCon NA 2018 notes\nAna Lopez <ana@example.com>; Bo Li <bo@example.com>\nv1.0, 2018-12-14: draft\n\nSeattle was rainy.\n',
			'notes.adoc'
		);
		expect(doc).toMatchObject({ author: 'Ana Lopez, Bo Li', published: '2018-12-14' });
	});

	it('a sentence under the author line stays text', () => {
		const doc = parseString('= Recap\nJane Doe\nGreat conference.\n\nMore.\n', 'r.adoc');
		expect(doc.published).toBeNull();
		expect(allText(doc)).toContain('Great conference.');
	});

	it('a table keeps its block attributes: [options="header"] and cols="2*"', () => {
		const doc = parseString(
			[
				'= KubeCon EU 2019 talks',
				'',
				'.Keynotes',
				'[options="header"]',
				'|===',
				'|Title|Speakers',
				'|Opening Keynote|Priyanka Sharma, Dan Kohn',
				'|===',
				'',
				'[cols="2*"]',
				'|===',
				'|GitOps in Practice',
				'|Alexis Richardson',
				'|Service Mesh Wars',
				'|William Morgan',
				'|==='
			].join('\n'),
			'a.adoc'
		);
		expect(passages(doc).map((p) => p.text)).toEqual([
			'Title: Opening Keynote | Speakers: Priyanka Sharma, Dan Kohn',
			'GitOps in Practice | Alexis Richardson',
			'Service Mesh Wars | William Morgan'
		]);
	});

	it('ends a list at a block title or block attributes after it', () => {
		const doc = parseString(
			[
				'= KubeCon EU 2017 Berlin',
				'',
				'== Talks',
				'',
				'* *Kubernetes Federation* by Christian Bell, Google',
				'* *Prometheus for Kubernetes* by Fabian Reinartz (CoreOS)',
				'',
				'.Keynote',
				'Kelsey Hightower did a live demo.',
				'',
				'* One more item',
				'',
				'[NOTE]',
				'Slides are online.'
			].join('\n'),
			'a.adoc'
		);
		expect(passages(doc).map((p) => [p.kind, p.text])).toEqual([
			['talk', 'Kubernetes Federation by Christian Bell, Google'],
			['talk', 'Prometheus for Kubernetes by Fabian Reinartz (CoreOS)'],
			['paragraph', 'Kelsey Hightower did a live demo.'],
			['list', 'One more item'],
			['paragraph', 'Slides are online.']
		]);
	});

	it('drops include::, toc:: and ifdef:: directive lines; a one-line ifdef keeps its text', () => {
		const doc = parseString(
			[
				'= KubeCon NA 2018 recap',
				'',
				'include::partials/header.adoc[]',
				'toc::[]',
				'',
				'ifdef::env-github[]',
				'We saw Envoy.',
				'endif::[]',
				'',
				'ifdef::backend-html5[Linkerd too.]',
				'video::abc123[youtube]'
			].join('\n'),
			'a.adoc'
		);
		expect(passages(doc).map((p) => p.text)).toEqual(['We saw Envoy.', 'Linkerd too.']);
	});
});

describe('AsciiDoc labeled lists and CSV tables', () => {
	it('reads "Term:: text" entries as "Term: text", the text on the next line too', () => {
		const doc = parseString(
			'= Recap\n\n== Projects\n\nVitess:: Sharded MySQL on Kubernetes.\nContour::\n  An ingress built on Envoy.\nWhy Detroit?;; Cheaper hotels.\n\nimage::stage.png[Stage]\n',
			'a.adoc'
		);
		expect(passages(doc).map((p) => p.text)).toEqual([
			'Vitess: Sharded MySQL on Kubernetes.\nContour: An ingress built on Envoy.\nWhy Detroit? Cheaper hotels.'
		]);
	});

	it('reads ,=== and :=== tables one row a line, the header named by %header', () => {
		const doc = parseString(
			'= Recap\n\n[%header,format=csv]\n,===\nTalk,Speaker\nSigstore in practice,Ana Ruiz\n,===\n\n:===\nEtcd tuning:Hall A\n:===\n',
			'a.adoc'
		);
		expect(passages(doc).map((p) => p.text)).toEqual([
			'Talk: Sigstore in practice | Speaker: Ana Ruiz',
			'Etcd tuning | Hall A'
		]);
	});
});
