import { describe, expect, it } from 'vitest';
import { talksInPassage } from '../../../src/lib/ingest/talks';
import { parseSpeakerList } from '../../../src/lib/ingest/speakers';
import { ingest } from '../../../src/lib/ingest/pipeline';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const talks = (text: string, kind: 'list' | 'paragraph' = 'list') =>
	talksInPassage(text, kind).map((t) => [t.title, t.speakers, t.organizations]);

describe('more ways a list names a talk', () => {
	it.each([
		['"Scaling Prometheus" by Jane Doe of Acme', 'Scaling Prometheus', ['Jane Doe'], ['Acme']],
		['Jane Doe, Acme — Scaling Prometheus', 'Scaling Prometheus', ['Jane Doe'], ['Acme']],
		[
			'Jane Doe & John Roe (Acme): Scaling Prometheus',
			'Scaling Prometheus',
			['Jane Doe', 'John Roe'],
			['Acme']
		],
		['[Slides] Scaling Prometheus - Jane Doe, Acme', 'Scaling Prometheus', ['Jane Doe'], ['Acme']],
		[
			'Scaling Prometheus (slides, video) - Jane Doe, Acme',
			'Scaling Prometheus',
			['Jane Doe'],
			['Acme']
		],
		['Scaling Prometheus | Jane Doe | Acme', 'Scaling Prometheus', ['Jane Doe'], ['Acme']]
	])('%s', (line, title, speakers, organizations) => {
		expect(talks(line)).toEqual([[title, speakers, organizations]]);
	});

	it('the usual order stands when the names after the dash have their organisation', () => {
		expect(talks('Kubernetes Failure Stories – Henning Jacobs, Zalando')).toEqual([
			['Kubernetes Failure Stories', ['Henning Jacobs'], ['Zalando']]
		]);
		expect(talks('Multi Cluster Networking - Jane Roe')).toEqual([
			['Multi Cluster Networking', ['Jane Roe'], []]
		]);
	});
});

describe('"of" before an organisation', () => {
	it('after a person’s name only: a role with "of" in it still reads as a role', () => {
		expect(parseSpeakerList('Jane Doe, VP of Product at Acme')).toEqual({
			speakers: ['Jane Doe'],
			organizations: ['Acme']
		});
		expect(parseSpeakerList('Jane Doe of Bank of America')).toEqual({
			speakers: ['Jane Doe'],
			organizations: ['Bank of America']
		});
	});
});

describe('a video list’s talk lines', () => {
	it.each([
		'[KubeCon EU 2019] Kubernetes Failure Stories – Henning Jacobs, Zalando',
		'KubeCon EU 2019: Kubernetes Failure Stories – Henning Jacobs, Zalando',
		'Kubernetes Failure Stories (Henning Jacobs, Zalando) [video] [slides]',
		'Kubernetes Failure Stories - Henning Jacobs, Zalando (KubeCon EU 2019)'
	])('%s: the edition and the links’ labels are neither title nor organisation', (line) => {
		expect(talks(line)).toEqual([['Kubernetes Failure Stories', ['Henning Jacobs'], ['Zalando']]]);
	});
});

describe('a speaker, then a verb of presenting, then the quoted title', () => {
	it.each([
		['Jane Doe (Acme) presented "Scaling Prometheus to a Billion Series".', ['Jane Doe'], ['Acme']],
		['Jane Doe gave a talk titled "Scaling Prometheus to a Billion Series".', ['Jane Doe'], []],
		[
			'Jane Doe from Acme gave a great talk, "Scaling Prometheus to a Billion Series".',
			['Jane Doe'],
			['Acme']
		],
		[
			'Presented by Jane Doe, Acme: "Scaling Prometheus to a Billion Series".',
			['Jane Doe'],
			['Acme']
		]
	])('%s', (text, speakers, organizations) => {
		expect(talks(text, 'paragraph')).toEqual([
			['Scaling Prometheus to a Billion Series', speakers, organizations]
		]);
	});

	it.each([
		'Jane Doe gave a warning: "Do Not Run This In Production".',
		'Docker Inc presented "Docker Desktop Enterprise" to the press.',
		'Jane Doe presented "a new way of thinking" about ops.',
		'I presented "Scaling Prometheus to a Billion Series" with my colleague.'
	])('not: %s', (text) => {
		expect(talks(text, 'paragraph')).toEqual([]);
	});
});

describe('a "Talk:" or "Session:" label before the title', () => {
	it.each([
		['Session: "Helm 3 preview" – Matt Fisher (Microsoft)', 'Helm 3 preview'],
		['Presentation: Operators at scale – Jo Bloggs (Initech)', 'Operators at scale']
	])('%s', (line, title) => {
		expect(talks(line).map((t) => t[0])).toEqual([title]);
	});

	it('is no part of a heading’s title; "Keynote:" is (the schedule titles keynotes so)', () => {
		const r = ingest(
			[
				{
					path: 'n.md',
					bytes: new TextEncoder().encode(
						'# KubeCon EU 2018 notes\n\n## Talk: "Autoscaling with Prometheus metrics" - Jane Doe (Acme)\n\nNotes on the adapter.\n\n## Keynote: Kubernetes Project Update - Vicki Cheung (Lyft)\n\nNotes.\n'
					)
				}
			],
			taxonomy
		);
		expect(r.talks.map((t) => [t.title, t.speakers])).toEqual([
			['Autoscaling with Prometheus metrics', ['Jane Doe']],
			['Keynote: Kubernetes Project Update', ['Vicki Cheung']]
		]);
	});
});

describe('a "top talks" list naming its speakers by handle', () => {
	it('"**Title** by [@handle](…) — video link": the handles are the speakers', () => {
		const text = [
			'# Top talks from KubeCon EU 2020 Virtual',
			'',
			'1. **Kubernetes Gone Wild** by [@jdoe](https://twitter.com/jdoe) — https://www.youtube.com/watch?v=aaa',
			'2. **Helm 3: A Year in Review** by @mattfarina and @bacongobbler',
			'3. [Introduction to Linkerd](https://www.youtube.com/watch?v=ccc) – William Morgan (@wm), Buoyant',
			''
		].join('\n');
		const r = ingest([{ path: 'top.md', bytes: new TextEncoder().encode(text) }], taxonomy);
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations])).toEqual([
			['Kubernetes Gone Wild', ['@jdoe'], []],
			['Helm 3: A Year in Review', ['@mattfarina', '@bacongobbler'], []],
			['Introduction to Linkerd', ['William Morgan'], ['Buoyant']]
		]);
	});
});

describe('list lines that only look like "Title – Speaker (Org)" or "Title by Speaker"', () => {
	it.each([
		'Photos by Jane Doe (Acme)',
		'Sketchnotes by Jane Doe',
		'Kubernetes 1.13 – Released Monday',
		'Top Tip: Bring A Jacket – Seattle Weather (December)',
		'Envoy Graduation – Big News (Monday)',
		'DockerCon 2018 — San Francisco',
		'Day Three – Los Angeles'
	])('%s: no talk', (line) => {
		expect(talks(line)).toEqual([]);
	});

	it('a speaker named June or April still is one', () => {
		expect(talks('Scaling Prometheus – April Edwards (Acme)')).toEqual([
			['Scaling Prometheus', ['April Edwards'], ['Acme']]
		]);
	});
});

describe('the edition a video list writes after a title', () => {
	it.each([
		['Scaling Prometheus | Jane Doe, Acme | KubeCon EU 2019', ['Acme']],
		['Scaling Prometheus | Jane Doe | KubeCon EU 2019', []],
		['Scaling Prometheus - KubeCon EU 2019 - Jane Doe, Acme', ['Acme']]
	])('%s: neither the title nor an organisation', (line, organizations) => {
		expect(talks(line)).toEqual([['Scaling Prometheus', ['Jane Doe'], organizations]]);
	});

	it('a title that names the conference keeps it', () => {
		expect(talks('Lessons from DockerCon - Jane Doe, Acme')).toEqual([
			['Lessons from DockerCon', ['Jane Doe'], ['Acme']]
		]);
	});
});

describe('a programme entry tagged 【…】, as Japanese recaps write them', () => {
	it.each([
		[
			'【Keynote】Kubernetes Project Update / Janet Kuo (Google)',
			'Kubernetes Project Update',
			['Janet Kuo'],
			['Google']
		],
		[
			'【Session】Scaling Prometheus with Thanos – Bartek Płotka (Improbable)',
			'Scaling Prometheus with Thanos',
			['Bartek Płotka'],
			['Improbable']
		],
		[
			'【セッション】Istio を本番で運用して / 山田花子（ヤフー株式会社）',
			'Istio を本番で運用して',
			['山田花子'],
			['ヤフー株式会社']
		]
	])('%s', (line, title, speakers, organizations) => {
		expect(talks(line, 'paragraph')).toEqual([[title, speakers, organizations]]);
	});

	it('a tagged headline is no talk', () => {
		expect(talks('【速報】KubeCon が始まりました / 会場の様子', 'paragraph')).toEqual([]);
	});
});

describe('"Title: Speaker (Org) and Speaker (Org)"', () => {
	it.each([
		[
			'Scaling Prometheus: Jane Doe (Acme) and John Roe (Globex)',
			'Scaling Prometheus',
			['Jane Doe', 'John Roe'],
			['Acme', 'Globex']
		],
		['Scaling Prometheus: Jane Doe (Acme)', 'Scaling Prometheus', ['Jane Doe'], ['Acme']],
		[
			'Multi-Cluster Service Mesh: Jane Doe (Acme), John Roe (Globex) & Ann Lee (Initech)',
			'Multi-Cluster Service Mesh',
			['Jane Doe', 'John Roe', 'Ann Lee'],
			['Acme', 'Globex', 'Initech']
		]
	])('%s', (line, title, speakers, organizations) => {
		expect(talks(line)).toEqual([[title, speakers, organizations]]);
		expect(talks(line, 'paragraph')).toEqual([[title, speakers, organizations]]);
	});

	it('a label, an edition or a sentence before the colon is no title', () => {
		expect(talks('Speakers: Jane Doe (Acme) and John Roe (Globex)').map((t) => t[0])).not.toContain(
			'Speakers'
		);
		expect(talks('KubeCon EU 2019: Jane Doe (Acme)')).toEqual([]);
		expect(
			talks('We met two people there: Jane Doe (Acme) and John Roe (Globex)', 'paragraph')
		).toEqual([]);
		// The label is no title; the subject after "on" is (talkTopic.ts).
		expect(talks('Best talk: Jane Doe (Acme) on tracing at scale', 'paragraph')).toEqual([
			['Tracing at scale', ['Jane Doe'], ['Acme']]
		]);
	});
});

describe('a title, a dash and its speaker, then notes on the talk', () => {
	it.each([
		[
			'Docker Compose for production? — Michael Irwin (Virginia Tech). Great tips on multi-stage builds.',
			'Docker Compose for production?',
			['Michael Irwin'],
			['Virginia Tech']
		],
		[
			'Zero Trust Networking — Jane D. Smith (Acme). She showed mTLS everywhere.',
			'Zero Trust Networking',
			['Jane D. Smith'],
			['Acme']
		],
		[
			`Scaling Prometheus — Jane Doe, Acme. ${'Notes on federation and remote storage. '.repeat(10)}`,
			'Scaling Prometheus',
			['Jane Doe'],
			['Acme']
		]
	])('%s', (line, title, speakers, organizations) => {
		expect(talks(line, 'paragraph')).toEqual([[title, speakers, organizations]]);
	});

	it.each([
		// The speaker's words, not a title.
		'We need more docs — Jane Doe, Acme. Great point.',
		// Names without their organisation before the sentence: not enough.
		'Service meshes everywhere — Jane Doe. Great point.'
	])('not a talk: %s', (line) => {
		expect(talks(line, 'paragraph')).toEqual([]);
	});
});

describe('a speaker, a dash, then the title', () => {
	it.each([
		[
			'Jane Doe, Google — Securing the Software Supply Chain',
			'Securing the Software Supply Chain',
			['Jane Doe'],
			['Google']
		],
		[
			'Jane Doe – "Securing the Software Supply Chain"',
			'Securing the Software Supply Chain',
			['Jane Doe'],
			[]
		],
		[
			'Jane Doe, Google — Securing the Software Supply Chain — great demo',
			'Securing the Software Supply Chain',
			['Jane Doe'],
			['Google']
		]
	])('%s', (line, title, speakers, organizations) => {
		expect(talks(line)).toEqual([[title, speakers, organizations]]);
		expect(talks(line, 'paragraph')).toEqual([[title, speakers, organizations]]);
	});

	it.each([
		'Kubernetes, Prometheus — two projects that everyone uses',
		'Kubernetes, Prometheus — Two Projects Everyone Uses',
		'Day 2, Tuesday — Keynotes',
		'Monday, November 18 — Opening Keynotes',
		'San Diego, California — Day One Highlights',
		'Docker Inc – "Build, Ship, Run"',
		'Jane Doe – "we need more docs, not more features"'
	])('not a talk: %s', (line) => {
		expect(talks(line)).toEqual([]);
	});
});

describe('plain text: a title line right over a speaker line', () => {
	it('names a talk, with or without notes under it', () => {
		const text =
			'KubeCon EU 2019 notes\n\nWhat we saw in Barcelona.\n\nScaling Prometheus with Thanos\nAlice Smith, Acme\nLong-term storage for metrics, with sidecars and object storage.\n\nZero Trust Networking\nThomas Graf, Isovalent\n\nMy Recap\nJane Doe, Acme Corp\n';
		const r = ingest([{ path: 'n.txt', bytes: new TextEncoder().encode(text) }], taxonomy);
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations])).toEqual([
			['Scaling Prometheus with Thanos', ['Alice Smith'], ['Acme']],
			['Zero Trust Networking', ['Thomas Graf'], ['Isovalent']]
		]);
	});
});

describe('an organisation ending on an abbreviation keeps its dot', () => {
	it.each([
		['Jane Doe, We-Amp B.V.', ['We-Amp B.V.']],
		['Jane Doe, Acme Inc.', ['Acme Inc.']],
		['Jane Doe, Acme, Inc.', ['Acme, Inc.']],
		['Jane Doe, Acme S.A. and John Roe, Foo Ltd.', ['Acme S.A.', 'Foo Ltd.']],
		['Jane Doe, Acme GmbH.', ['Acme GmbH']],
		['Jane Doe, IBM.', ['IBM']]
	])('%s', (line, organizations) => {
		expect(parseSpeakerList(line)?.organizations).toEqual(organizations);
		expect(talks(`Scaling Prometheus - ${line}`)[0]?.[2]).toEqual(organizations);
	});
});
