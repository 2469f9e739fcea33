/**
 * Recap shapes written blind (invented text about real editions): a Chinese list of 《title》——
 * name（org）：notes, a label before a quoted title, speakers joined by a comma before a sentence,
 * a "Guests" heading over a podcast's guests, Swedish and Danish "by", a title and its speaker
 * after a comma.
 */
import { describe, expect, it } from 'vitest';
import { talksInPassage } from '../../../src/lib/ingest/talks';
import { ingestFixture, talks } from './fixtureIngest';

describe('a Chinese list: 《Title》——Name（Org）：what the talk was about', () => {
	it('the names end at the full-width colon', () => {
		const text =
			'《基于 Kubernetes 的机器学习平台》——王伟（华为）：介绍了批量调度器。\n' +
			'《Harbor 路线图》——陈思（VMware）：镜像仓库的复制策略。';
		expect(talks(text)).toEqual([
			['基于 Kubernetes 的机器学习平台', ['王伟'], ['华为']],
			['Harbor 路线图', ['陈思'], ['VMware']]
		]);
	});
});

describe('a label before a quoted title, then a dash and the names', () => {
	it.each([
		[
			'Talk "Everything About Resource Scheduling" — Derek Carr (Red Hat). Recommended.',
			['Derek Carr'],
			['Red Hat']
		],
		[
			'Nora\'s talk: "Everything About Resource Scheduling" — Nora Lind, Globex',
			['Nora Lind'],
			['Globex']
		]
	])('%s', (text, speakers, organizations) => {
		expect(talks(text)).toEqual([
			['Everything About Resource Scheduling', speakers, organizations]
		]);
	});

	it('a quotation in sentence case stays none', () => {
		expect(talks('I liked "we need more docs" – Jane Doe (Acme): she was right.')).toEqual([]);
	});
});

describe('speakers joined by a comma, then a sentence', () => {
	it('the comma joins two speakers, not the notes', () => {
		const text =
			'Talk "Resource Scheduling" — Derek Carr (Red Hat), Vishnu Kannan (Google). Recommended for all.';
		expect(talks(text)).toEqual([
			['Resource Scheduling', ['Derek Carr', 'Vishnu Kannan'], ['Red Hat', 'Google']]
		]);
	});

	it('notes after the comma stay notes', () => {
		const text = 'Scaling Things Up — Brandon Philips (CoreOS), comparing etcd and Consul. Good.';
		expect(talks(text)).toEqual([['Scaling Things Up', ['Brandon Philips'], ['CoreOS']]]);
	});
});

describe("a podcast's Guests heading", () => {
	it('names people, not a session', () => {
		const { events, talks } = ingestFixture('podcast-guests.md');
		expect(events).toEqual(['kubecon-eu-2021']);
		expect(talks).toEqual([['Tracing Everything in One Place', ['Nora Lind'], ['Globex']]]);
	});
});

describe('"by" in Swedish, Norwegian and Danish', () => {
	it('"Title" av Name (Org) och "Title" av Name (Org)', () => {
		const text =
			'Jag gillade "Kubernetes on AWS at Zalando" av Henning Jacobs (Zalando) och "Helm: The Package Manager" av Matt Butcher (Deis).';
		expect(talks(text)).toEqual([
			['Kubernetes on AWS at Zalando', ['Henning Jacobs'], ['Zalando']],
			['Helm: The Package Manager', ['Matt Butcher'], ['Deis']]
		]);
	});

	it('et foredrag af Name (Org)', () => {
		expect(talks('Et godt foredrag af Mette Hansen (Trifork) om Prometheus.')).toEqual([
			['Talk by Mette Hansen', ['Mette Hansen'], ['Trifork']]
		]);
	});
});

describe('a list item: Title, Name (Org)', () => {
	const items = (text: string) =>
		talksInPassage(text, 'list').map((t) => [t.title, t.speakers, t.organizations]);

	it('a title-cased title, a comma, a person, the organisation', () => {
		expect(
			items(
				'Scaling KubeEdge to 10,000 Edge Nodes, Kevin Wang (Huawei)\nBuilding Apps with Dapr, Mark Fussell (Microsoft)'
			)
		).toEqual([
			['Scaling KubeEdge to 10,000 Edge Nodes', ['Kevin Wang'], ['Huawei']],
			['Building Apps with Dapr', ['Mark Fussell'], ['Microsoft']]
		]);
	});

	it.each([
		'We met many friends, Kevin Wang (Huawei)',
		'Kubernetes, Prometheus and Envoy, Kevin Wang (Huawei)'
	])('not a sentence nor a list of names: %s', (text) => {
		expect(items(text)).toEqual([]);
	});
});

describe('a quoted title that holds "!" or "?"', () => {
	it.each([
		["Don't Have a Meltdown! Practical Container Security"],
		['Why Is This Slow? Debugging Kubernetes Networking']
	])('%s', (title) => {
		const text = `The talk "${title}" by Liz Rice (Aqua Security) was my favourite.`;
		expect(talks(text)).toEqual([[title, ['Liz Rice'], ['Aqua Security']]]);
	});

	it('a period inside still makes it a sentence', () => {
		expect(talks('The talk "It works. Ship it now" by Liz Rice (Aqua Security) was fun.')).toEqual(
			[]
		);
	});
});

describe('"Title" talk by Name: the kind of session between the quote and "by"', () => {
	it.each([
		['I loved the "Kubernetes Federation" talk by Quinton Hoole (Huawei).', ['Huawei']],
		[
			'The best part was the "Kubernetes Federation" deep dive by Quinton Hoole (Huawei).',
			['Huawei']
		],
		['I loved the "Kubernetes Federation" keynote by Quinton Hoole.', []]
	])('%s', (text, organizations) => {
		expect(talks(text)).toEqual([['Kubernetes Federation', ['Quinton Hoole'], organizations]]);
	});
});

describe("a video's chapters: time, title, a bar, the names", () => {
	it('the bar separates title and names as a dash does', () => {
		const text =
			'Timestamps:\n0:00 Welcome and intro\n31:05 Build and Test Your Images with GitHub Actions | Chad Metcalf (Docker)\n47:52 Docker Desktop and WSL 2 — Simon Ferquel (Docker)';
		expect(talks(text)).toEqual([
			['Build and Test Your Images with GitHub Actions', ['Chad Metcalf'], ['Docker']],
			['Docker Desktop and WSL 2', ['Simon Ferquel'], ['Docker']]
		]);
	});
});

describe('"Keynote:" and a name opening a line', () => {
	it.each([
		['Keynote: Scott Johnston (Docker)', ['Docker']],
		['2:15 Keynote: Scott Johnston (Docker) on the developer focus', ['Docker']],
		['Closing keynote: Scott Johnston', []]
	])('%s', (text, organizations) => {
		expect(talks(text)).toEqual([['Keynote by Scott Johnston', ['Scott Johnston'], organizations]]);
	});

	it('a title after "Keynote:" names no speaker', () => {
		expect(talks('Keynote: Kubernetes Is Boring')).toEqual([]);
	});
});

describe('a quoted title, a comma, then the speaker who presented it', () => {
	it('In "Title", Name (Org) showed …', () => {
		const text =
			'In "Scaling Prometheus to Millions of Series", Jane Doe (Acme) showed how they shard.';
		expect(talks(text)).toEqual([
			['Scaling Prometheus to Millions of Series', ['Jane Doe'], ['Acme']]
		]);
	});

	it.each([
		['I read "Scaling Prometheus to Millions of Series", Jane Doe (Acme) wrote it.'],
		['"Kubernetes is boring", Jane Doe (Acme) said.']
	])('not a quotation nor something written: %s', (text) => {
		expect(talks(text)).toEqual([]);
	});
});
