/**
 * Shapes a blind test on unseen recaps left misread: a dateline before a byline or a venue read as
 * a talk's title; a Google Docs export (bold lines for headings) read as plain text, its
 * asterisks kept; "**Title** (Speaker, Org)" alone on a line; a Notion card's "Speaker:" and
 * "Company:" lines under a talk's heading; a chat message's long lead-in before a quoted title;
 * "and" in Spanish, Portuguese, Italian or Polish between two names; "presented" in those
 * languages before a quoted title; "with" and several names after one; "starts" in a live blog;
 * a title heading over "Name (Org) <verb in any language> …"; an ambiguous name opening a
 * Japanese or Chinese passage, with its context; a holiday ("Singles' Day") taken for a gathering;
 * Medium's author line over "May 6, 2019 · 5 min read" (under a subtitle heading); bylines in
 * Italian and Polish, and "Name — date" lines; Polish month names; a meetup's "When:" date and
 * year, and the reason given when a gathering has no year.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { parseSpeakerList } from '../../../src/lib/ingest/speakers';
import { projectTaxonomy } from './projectTaxonomy';
import { ingestText, talks } from './fixtureIngest';

describe('a dateline is no talk title', () => {
	it.each([
		'San Diego, November 2019 — by Owen Price',
		'November 20, 2018 | by Wei Chen, Platform Team',
		'*Seattle, June 19-21, 2016 — Washington State Convention Center*',
		'12 September 2019 – Jane Doe (Acme)'
	])('%s', (line) => {
		expect(talks(line)).toEqual([]);
	});

	it('under a title, the post still has its talks', () => {
		const r = ingestText(
			'post.md',
			'# Five things I learned at KubeCon NA 2019\n\nSan Diego, November 2019 — by Owen Price\n\n- "Service Mesh Interface in Practice" by Michelle Noorali (Microsoft)\n'
		);
		expect(r.talks.map((t) => [t.title, t.speakers])).toEqual([
			['Service Mesh Interface in Practice', ['Michelle Noorali']]
		]);
	});

	it('a title that only ends on a year stays one', () => {
		expect(talks('Kubernetes in 2019 – Jane Doe (Acme)')).toEqual([
			['Kubernetes in 2019', ['Jane Doe'], ['Acme']]
		]);
		expect(talks('The State of March 2020 – Jane Doe (Acme)')).toEqual([
			['The State of March 2020', ['Jane Doe'], ['Acme']]
		]);
	});
});

describe('bold lines for headings (a Google Docs export)', () => {
	const doc = [
		'**KubeCon + CloudNativeCon North America 2017 — Notes**',
		'',
		'**Austin, TX — December 6-8, 2017**',
		'',
		'**Keynotes**',
		'',
		'Kelsey Hightower did a *live demo* of a serverless workflow.',
		'',
		'**Breakout sessions**',
		'',
		'*Istio: Sailing to a Secure Services Mesh* – Spike Curtis (Tigera)',
		''
	].join('\n');

	it('is Markdown: its first bold line is the title, no asterisks stay in the text', () => {
		const r = ingestText('notes.md', doc);
		expect([r.sources[0]!.format, r.sources[0]!.title]).toEqual([
			'markdown',
			'KubeCon + CloudNativeCon North America 2017 — Notes'
		]);
		expect(r.passages.filter((p) => p.text.includes('*'))).toEqual([]);
		expect(r.talks.map((t) => [t.title, t.speakers])).toEqual([
			['Istio: Sailing to a Secure Services Mesh', ['Spike Curtis']]
		]);
	});
});

describe('"**Title** (Speaker, Org)" alone on a line', () => {
	it('is a talk, in any language around it', () => {
		const r = ingestText(
			'memo.md',
			[
				'# KubeCon NA 2018 (シアトル) 行ってきました',
				'',
				'**Developing Kubernetes Services at Airbnb Scale** (Melanie Cebula, Airbnb)',
				'- 開発者体験を改善するための話',
				'',
				'**Envoy の最新動向** (Matt Klein, Lyft)',
				'- xDS API の話',
				''
			].join('\n')
		);
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations])).toEqual([
			['Developing Kubernetes Services at Airbnb Scale', ['Melanie Cebula'], ['Airbnb']],
			['Envoy の最新動向', ['Matt Klein'], ['Lyft']]
		]);
	});

	it('a bold word and a bracket in a sentence stays text', () => {
		const r = ingestText(
			'memo.md',
			'# KubeCon NA 2018\n\n**Note** (from the organisers)\n\nWe met **Kelsey** at lunch (with Jane Doe, Acme).\n'
		);
		expect(r.talks).toEqual([]);
	});
});

describe('a Notion card under a talk heading: "Speaker:", "Company:", "Notes:" lines', () => {
	it.each([
		[
			'one paragraph',
			'Speaker: Henning Jacobs\nCompany: Zalando\nNotes: DNS is always the problem.'
		],
		[
			'a list',
			'- Speaker: Henning Jacobs\n- Company: Zalando\n- Notes: DNS is always the problem.'
		],
		[
			'after an org already given',
			'Speaker: Henning Jacobs (Zalando)\nCompany: Zalando\nNotes: DNS.'
		]
	])('%s', (_shape, card) => {
		const r = ingestText(
			'notes.md',
			`# KubeCon EU 2019 team notes\n\n## Kubernetes Failure Stories and How to Crash Your Clusters\n\n${card}\n`
		);
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations])).toEqual([
			['Kubernetes Failure Stories and How to Crash Your Clusters', ['Henning Jacobs'], ['Zalando']]
		]);
	});
});

describe('a long lead-in, then a quoted title, a dash and its speaker', () => {
	it.each([
		'@alice [Tue 11:16 AM] :+1: yes, and after that "Securing Your Containers with Falco" — Kris Nova (Sysdig)',
		'Then, right after lunch and a very long coffee queue, "Securing Your Containers with Falco" — Kris Nova (Sysdig)'
	])('%s', (text) => {
		expect(talks(text)).toEqual([
			['Securing Your Containers with Falco', ['Kris Nova'], ['Sysdig']]
		]);
	});
});

describe('"and" in Spanish, Portuguese, Italian or Polish in a speaker list', () => {
	it.each(['y', 'e', 'i'])('"Ricardo Rocha %s Lukas Heinrich (CERN)"', (and) => {
		expect(parseSpeakerList(`Ricardo Rocha ${and} Lukas Heinrich (CERN)`)).toEqual({
			speakers: ['Ricardo Rocha', 'Lukas Heinrich'],
			organizations: ['CERN']
		});
	});

	it('the last organisation after "e" stays, two capitalised words as it is', () => {
		expect(
			parseSpeakerList(
				'Brad Geesaman (Darkbit), Rory McCune (NCC Group) e Jimmy Mesta (Signal Sciences)'
			)
		).toEqual({
			speakers: ['Brad Geesaman', 'Rory McCune', 'Jimmy Mesta'],
			organizations: ['Darkbit', 'NCC Group', 'Signal Sciences']
		});
	});

	it('"y" inside a name with one word after it stays part of the name', () => {
		expect(parseSpeakerList('José Ortega y Gasset (Acme)')?.speakers ?? []).not.toContain('Gasset');
	});
});

describe('a speaker, "presented" in another language, then a quoted title', () => {
	it.each([
		'Saad Ali (Google) presentó "Debunking the Myth: Kubernetes Storage is Hard", explicando CSI.',
		'Saad Ali (Google) ha presentato "Debunking the Myth: Kubernetes Storage is Hard", con una demo.',
		'Saad Ali (Google) apresentou a palestra "Debunking the Myth: Kubernetes Storage is Hard".',
		'Saad Ali (Google) a présenté "Debunking the Myth: Kubernetes Storage is Hard".',
		'Saad Ali (Google) przedstawił "Debunking the Myth: Kubernetes Storage is Hard".',
		'09:41 — Saad Ali (Google) starts "Debunking the Myth: Kubernetes Storage is Hard". Packed room.'
	])('%s', (text) => {
		expect(talks(text)).toEqual([
			['Debunking the Myth: Kubernetes Storage is Hard', ['Saad Ali'], ['Google']]
		]);
	});

	it('a quotation after such a verb, or "starts" without an organisation, is none', () => {
		expect(talks('Saad Ali presentó "una idea nueva" al final.')).toEqual([]);
		expect(talks('09:41 — Saad Ali starts "Debunking the Myth". Packed room.')).toEqual([]);
	});
});

describe('"the talk “Title” da Name (Org)", "“Title”, com Name (Org), Name (Org) e Name (Org)"', () => {
	it('Portuguese "da" after a talk word', () => {
		expect(
			talks('A palestra "Kubernetes Project Update" da Vicki Cheung (Lyft) trouxe novidades.')
		).toEqual([['Kubernetes Project Update', ['Vicki Cheung'], ['Lyft']]]);
	});

	it.each(['with', 'com', 'con'])('"%s" and several names with their organisations', (w) => {
		expect(
			talks(
				`"Attacking and Defending Kubernetes Clusters", ${w} Brad Geesaman (Darkbit), Ian Coldwater (Heroku) e Jimmy Mesta (Signal Sciences).`
			)
		).toEqual([
			[
				'Attacking and Defending Kubernetes Clusters',
				['Brad Geesaman', 'Ian Coldwater', 'Jimmy Mesta'],
				['Darkbit', 'Heroku', 'Signal Sciences']
			]
		]);
	});
});

describe('a title heading over "Name (Org)" and a verb in any language', () => {
	const doc = (heading: string, body: string) =>
		ingestText('notes.md', `# KubeCon EU 2019\n\n### ${heading}\n\n${body}\n`).talks.map((t) => [
			t.title,
			t.speakers,
			t.organizations
		]);

	it.each([
		'Henning Jacobs (Zalando) repasó decenas de post-mortems públicos.',
		'Henning Jacobs (Zalando) hat dutzende Post-Mortems gezeigt.',
		'Henning Jacobs (Zalando) on the public post-mortems.'
	])('%s', (body) => {
		expect(doc('Kubernetes Failure Stories and How to Crash Your Clusters', body)).toEqual([
			['Kubernetes Failure Stories and How to Crash Your Clusters', ['Henning Jacobs'], ['Zalando']]
		]);
	});

	it('in Japanese: "Name (Org) による … の紹介"', () => {
		expect(
			doc(
				'「TiKV: A Distributed Transactional Key-Value Database」',
				'Liu Tang (PingCAP) による TiKV の紹介。Raft の実装が面白かった。'
			)
		).toEqual([
			['TiKV: A Distributed Transactional Key-Value Database', ['Liu Tang'], ['PingCAP']]
		]);
	});

	it('under a heading that says it is one talk, "Name (Org) on …"', () => {
		expect(
			doc(
				'Talk 2: "Running Kafka on Kubernetes with Strimzi"',
				'Jakub Scholz (Red Hat) on the Strimzi operator.'
			)
		).toEqual([['Running Kafka on Kubernetes with Strimzi', ['Jakub Scholz'], ['Red Hat']]]);
	});

	it("not under a short heading, a product's, or one about the writer's week", () => {
		expect(doc('Booth News', 'Jane Doe (Acme) gave us stickers.')).toEqual([]);
		expect(
			doc('Docker Enterprise 3.0', 'Steve Singh (Docker) opened the general session.')
		).toEqual([]);
		expect(doc('Our Favourite Part of the Week', 'Jane Doe (Acme) gave us stickers.')).toEqual([]);
	});
});

describe('an ambiguous name opening a Japanese or Chinese passage', () => {
	const matcher = compileMatcher(projectTaxonomy.projects);
	const found = (text: string) => matcher.match(text).map((m) => m.projectId);

	it.each([
		'Envoy の最新動向 (Matt Klein, Lyft)',
		'Envoy は CNCF を卒業（graduated）\nxDS API の話',
		'Envoy 的 xDS API 已经很成熟了。'
	])('counts with its context words: %s', (text) => {
		expect(found(text)).toEqual(['envoy']);
	});

	it('not without them', () => {
		expect(found('Envoy の話は面白かった。')).toEqual([]);
		expect(found('一共采访了四位中国的 Ambassador。')).toEqual([]);
	});
});

describe('a holiday is no gathering', () => {
	it.each(["Singles' Day", "Mother's Day", 'Labor Day', 'Thanksgiving Day'])('%s', (day) => {
		const r = ingestText(
			'shanghai.md',
			`# KubeCon + CloudNativeCon China 2018\n\nThe first KubeCon in China took place November 13-15, 2018, in Shanghai.\n\nKeynotes included Janet Kuo (Google), and a talk by Xiang Li (Alibaba) about running large Kubernetes clusters for ${day}.\n`
		);
		expect([...new Set(r.passages.map((p) => p.event_id))]).toEqual(['kubecon-cn-2018']);
	});
});

describe("Medium's author over its date and read time", () => {
	const medium = [
		'# What I Learned at DockerCon 2019',
		'',
		'## Four days in San Francisco, three big announcements, and one long line',
		'',
		'[![Nadia Petrova](https://miro.medium.com/fit/c/96/96/1.jpeg)](https://medium.com/@npetrova)',
		'',
		'[Nadia Petrova](https://medium.com/@npetrova)',
		'',
		'May 6, 2019 · 5 min read',
		'',
		'DockerCon 2019 took place from April 29 to May 2 at Moscone Center in San Francisco.',
		''
	].join('\n');

	it('is the author, not a passage, and the subtitle over it no talk', () => {
		const r = ingestText('medium.md', medium);
		expect([r.sources[0]!.author, r.sources[0]!.published]).toEqual([
			'Nadia Petrova',
			'2019-05-06'
		]);
		expect(r.passages.map((p) => p.text)).toEqual([
			'DockerCon 2019 took place from April 29 to May 2 at Moscone Center in San Francisco.'
		]);
		expect(r.talks).toEqual([]);
	});

	it('a date without a read time leaves the line above it alone', () => {
		const r = ingestText('post.md', medium.replace(' · 5 min read', ''));
		expect(r.sources[0]!.author).toBe(null);
	});
});

describe('bylines and datelines in other languages', () => {
	const head = (line: string) => {
		const r = ingestText(
			'post.md',
			`# Notes from KubeCon EU 2019\n\n${line}\n\nKubeCon EU 2019 in Barcelona was big, with many talks, many people and long queues for coffee every day.\n`
		);
		return [r.sources[0]!.author, r.sources[0]!.published, r.passages.length];
	};

	it.each([
		['*di Luca Bianchi — 10 maggio 2018*', 'Luca Bianchi', '2018-05-10'],
		['Autor: Piotr Nowak, 24 sierpnia 2020', 'Piotr Nowak', '2020-08-24'],
		['Katarzyna Lewandowska, 27 maja 2019', 'Katarzyna Lewandowska', '2019-05-27'],
		['*Ana Lima — 10 de maio de 2021*', 'Ana Lima', '2021-05-10'],
		['Pubblicato il 24 aprile 2017', null, '2017-04-24']
	])('%s', (line, author, date) => {
		expect(head(line)).toEqual([author, date, 1]);
	});

	it('a place before the date is a dateline, not an author', () => {
		expect(head('New York City, May 21, 2019')).toEqual([null, '2019-05-21', 1]);
		expect(head('San Diego, November 19, 2019')).toEqual([null, '2019-11-19', 1]);
	});
});

describe('a meetup recap\'s "When:" line dates the meetup', () => {
	it('"When: Thursday, 12 September 2019, 18:30"', () => {
		const r = ingestText(
			'meetup.md',
			[
				'# Cloud Native Warsaw Meetup #14 — recap',
				'',
				'**When:** Thursday, 12 September 2019, 18:30',
				'**Where:** Google for Startups Campus, Warsaw',
				'',
				'About 80 people came. Pizza, beer, and two talks.',
				''
			].join('\n')
		);
		const own = r.events.filter((e) => e.in_catalog === 0);
		expect(own.map((e) => [e.name, e.start_date, e.city])).toEqual([
			['Cloud Native Warsaw Meetup (September 2019)', '2019-09-12', 'Warsaw']
		]);
	});
});

describe('a meetup named without a year', () => {
	it('the passages say so, instead of "no event"', () => {
		const r = ingestText(
			'meetup.md',
			'# Cloud Native Warsaw Meetup #14 — recap\n\nAbout 80 people came. Pizza, beer, and two talks.\n'
		);
		expect(r.passages.map((p) => p.unattributed_reason)).toEqual([
			'the document names a gathering (Cloud Native Warsaw Meetup) but not its year'
		]);
	});
});
