import { describe, expect, it } from 'vitest';
import { isOrgBody } from '../../../../src/lib/ingest/parse/org';
import { headings, mustParse, parseString, passages } from './helpers';

describe('Org mode', () => {
	const doc = mustParse('org-notes.org');

	it('reads #+TITLE:, #+AUTHOR: and #+DATE: as the document’s title, author and date', () => {
		expect([doc.title, doc.author, doc.published, doc.format]).toEqual([
			'KubeCon EU 2018 notes',
			'Org User',
			'2018-05-05',
			'org'
		]);
	});

	it('makes * headings sections, without stars, TODO keywords or tags', () => {
		expect(headings(doc)).toEqual([
			['Day 1', 1, 'day'],
			['Talks', 1, 'heading'],
			['Prometheus 2.0 storage deep dive – Fabian Reinartz, CoreOS', 2, 'talk'],
			['Watch the recordings', 2, 'heading']
		]);
	});

	it('keeps the text of links and emphasis, drops drawers, code and keywords', () => {
		expect(passages(doc).map((p) => [p.kind, p.text])).toEqual([
			[
				'paragraph',
				'Keynotes by Liz Rice and Kelsey Hightower. Copenhagen was cold. See the schedule.'
			],
			['paragraph', 'Great talk about the new TSDB and compaction. Use promtool to check.'],
			['talk', '"Helm 3 preview" by Matt Fisher (Microsoft)'],
			['talk', '"Istio in production" – Jane Roe, Acme'],
			['table', 'Talk: Envoy internals | Speaker: Matt Klein, Lyft'],
			['quote', 'Kubernetes is a platform for building platforms.']
		]);
	});

	it('is not a Markdown list of "* " items, nor text with one "[[" in it', () => {
		expect(isOrgBody('* one\n* two\n* three\n* four\n* five\n')).toBe(false);
		expect(isOrgBody('Use [[ -f x ]] in bash.\n* a\n')).toBe(false);
		const md = parseString(
			'# Notes\n\n* KubeCon was great\n* Envoy too\n* Istio\n* Linkerd\n',
			'a.md'
		);
		expect(passages(md)).toEqual([
			{ kind: 'list', text: 'KubeCon was great\nEnvoy too\nIstio\nLinkerd' }
		]);
	});
});

describe('Org blocks', () => {
	it('drops a source block inside a paragraph, and one left open to the end', () => {
		const doc = parseString(
			'#+TITLE: Notes\n#+AUTHOR: A B\n\nIntro text here\n#+BEGIN_SRC sh\nkubectl get pods\n#+END_SRC\nMore text after.\n#+BEGIN_EXAMPLE\nunclosed\n',
			'notes.org'
		);
		expect(passages(doc).map((p) => p.text)).toEqual(['Intro text here', 'More text after.']);
	});
});

describe('Org keywords', () => {
	it('keeps the last word of #+TITLE: and #+AUTHOR:, and drops only the date’s weekday', () => {
		const doc = parseString(
			'#+TITLE: Notes from KubeCon EU\n#+AUTHOR: Sam Lee\n#+DATE: [2018-05-05 Sa.]\n\n* Day 1\nText.\n',
			'notes.org'
		);
		expect([doc.title, doc.author, doc.published]).toEqual([
			'Notes from KubeCon EU',
			'Sam Lee',
			'2018-05-05'
		]);
	});
});

describe('Org lists and property drawers', () => {
	it('reads "- Term :: text" as "Term: text", ends a list at a line no deeper, keeps :SPEAKER:', () => {
		const doc = parseString(
			[
				'#+TITLE: KubeCon NA 2019 notes',
				'',
				'* Scaling Prometheus with Cortex',
				'- Speaker :: Tom Wilkie (Grafana Labs)',
				'- Rating :: 5/5',
				'Great deep dive into the [[https://cortexmetrics.io][Cortex]] architecture.',
				'* Linkerd deep dive',
				':PROPERTIES:',
				':SPEAKER: William Morgan',
				':CUSTOM_ID: linkerd',
				':END:',
				'Service mesh notes.'
			].join('\n'),
			'notes.org'
		);
		expect(passages(doc).map((p) => [p.kind, p.text])).toEqual([
			['list', 'Speaker: Tom Wilkie (Grafana Labs)\nRating: 5/5'],
			['paragraph', 'Great deep dive into the Cortex architecture.'],
			['paragraph', 'Speaker: William Morgan'],
			['paragraph', 'Service mesh notes.']
		]);
	});
});

describe('Org bodies indented under their headings', () => {
	it('reads the indented text as prose (not code), nested lists keeping their depth', () => {
		const doc = parseString(
			[
				'#+TITLE: KubeCon EU 2018 notes',
				'',
				'* Keynotes',
				'** Anatomy of a Production Kubernetes Outage',
				'   Oliver Beattie, Monzo.',
				'   - etcd and a bad config',
				'     - then the outage',
				'** Vitess and Kubernetes',
				'    Sugu Sougoumarane, YouTube. Vitess runs MySQL at scale.',
				'',
				'    The demo worked.'
			].join('\n'),
			'notes.org'
		);
		expect(passages(doc).map((p) => [p.kind, p.text])).toEqual([
			['paragraph', 'Oliver Beattie, Monzo.'],
			['list', 'etcd and a bad config\nthen the outage'],
			['paragraph', 'Sugu Sougoumarane, YouTube. Vitess runs MySQL at scale.'],
			['paragraph', 'The demo worked.']
		]);
	});
});
