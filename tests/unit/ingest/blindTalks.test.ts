/**
 * Talks in recap shapes written blind (tests/fixtures/docs, invented text about real editions):
 * a talk label between a title and its names ("– Vortrag von …"), a sentence-case quoted title
 * before "Name (Org): notes", a heading over "Talk by Name (Org). Notes…".
 */
import { describe, expect, it } from 'vitest';
import { parseSpeakerList } from '../../../src/lib/ingest/speakers';
import { ingestFixture, ingestText, talks } from './fixtureIngest';

describe('a talk label between the title and the names', () => {
	it.each([
		['Kubernetes Operators in Production – Talk by Josh Wood (Red Hat)'],
		['"Kubernetes Operators in Production" – Keynote by Josh Wood (Red Hat)'],
		['Kubernetes Operators in Production — Talk by Josh Wood (Red Hat). Great demo of it all.'],
		['„Kubernetes Operators in Production“ – Vortrag von Josh Wood (Red Hat)']
	])('%s', (text) => {
		expect(talks(text)).toEqual([
			['Kubernetes Operators in Production', ['Josh Wood'], ['Red Hat']]
		]);
	});

	it('in Portuguese and French ("Palestra de", "Présentation de")', () => {
		expect(talks('"Observabilidade na prática" – Palestra de Ana Souza (Nubank)')).toEqual([
			['Observabilidade na prática', ['Ana Souza'], ['Nubank']]
		]);
		expect(talks('« Kubernetes en production » – Présentation de Julien Dupont (OVH)')).toEqual([
			['Kubernetes en production', ['Julien Dupont'], ['OVH']]
		]);
	});

	it('a German recap\'s items: „Title" – Vortrag von Name (Org)', () => {
		const { events, talks } = ingestFixture('german-days.md');
		expect(events).toEqual(['kubecon-na-2019']);
		expect(talks).toEqual([
			['Kubernetes Operators auf Produktionsniveau', ['Josh Wood'], ['Red Hat']],
			['Open Policy Agent in der Praxis', ['Torin Sandall'], ['Styra']],
			['Zero-Trust mit SPIFFE und SPIRE', ['Andrew Jessup'], ['Scytale']],
			['Talk by Frederic Branczyk', ['Frederic Branczyk'], ['Red Hat']]
		]);
	});
});

describe('a quoted title in sentence case, a dash, names (Org) and a colon', () => {
	it('a Portuguese list: "Docker para desenvolvedores Java" – Arun Gupta (AWS): como usar …', () => {
		const { source, events, talks } = ingestFixture('portuguese-recap.md');
		expect([source.author, source.published]).toEqual(['Camila Rocha', '2017-04-24']);
		expect(events).toEqual(['dockercon-2017']);
		expect(talks).toEqual([
			['Docker para desenvolvedores Java', ['Arun Gupta'], ['AWS']],
			['Orquestração com Swarm em produção', ['Laura Frank'], ['Codeship']],
			['Segurança de imagens', ['Diogo Mónica'], ['Docker']],
			['Monitorando containers com Prometheus', ['Julius Volz'], ['Prometheus']]
		]);
	});

	it('only for a quote that opens its line (a list item), not one quoted in a sentence', () => {
		expect(talks('I liked "we need more docs" – Jane Doe (Acme): she was right.')).toEqual([]);
	});
});

describe('a heading over "Talk by Name (Org). Notes…"', () => {
	it('German: "### Title" over "Vortrag von Michelle Noorali (Deis). Sie zeigte …"', () => {
		const { source, events, talks } = ingestFixture('german-rueckblick.md');
		expect([source.author, source.published]).toEqual(['Jonas Becker', '2017-04-03']);
		expect(events).toEqual(['kubecon-eu-2017']);
		expect(talks).toEqual([
			['Keynote by Kelsey Hightower', ['Kelsey Hightower'], []],
			['Kubernetes-Cluster mit Helm verwalten', ['Michelle Noorali'], ['Deis']],
			['Prometheus in großen Umgebungen', ['Fabian Reinartz'], ['CoreOS']],
			['Service-Mesh mit Linkerd', ['Oliver Gould'], ['Buoyant']],
			['Fluentd als Log-Schicht', ['Eduardo Silva'], ['Treasure Data']]
		]);
	});

	it('English: "Talk by", "Presented by", "By"; a heading over several sessions is none', () => {
		const r = ingestText(
			'notes.md',
			[
				'# KubeCon Europe 2017 notes',
				'## Managing Clusters with Helm',
				'Talk by Michelle Noorali (Deis). She showed how to version charts.',
				'## Scaling etcd',
				'By Xiang Li (CoreOS). Lots of graphs.',
				'## Keynotes',
				'Keynote by Kelsey Hightower (Google). He built a cluster live.'
			].join('\n\n')
		);
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations])).toEqual([
			['Managing Clusters with Helm', ['Michelle Noorali'], ['Deis']],
			['Scaling etcd', ['Xiang Li'], ['CoreOS']],
			['Keynote by Kelsey Hightower', ['Kelsey Hightower'], ['Google']]
		]);
	});

	it('a "Speakers" list of names with a surname particle ("Otto van der Schaaf, We-Amp")', () => {
		const r = ingestText(
			'envoycon.md',
			[
				'# EnvoyCon 2019 notes',
				'## From Microbenchmarks to HTTP2 Load-testing',
				'**Speakers**\n* Joshua Marantz, Google\n* Otto van der Schaaf, We-Amp',
				'Information-packed presentation.'
			].join('\n\n')
		);
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations])).toEqual([
			[
				'From Microbenchmarks to HTTP2 Load-testing',
				['Joshua Marantz', 'Otto van der Schaaf'],
				['Google', 'We-Amp']
			]
		]);
	});
});

describe('names joined by "and" in the recap\'s language', () => {
	it('"Name (Org) e / y / i / et Name (Org)", "Name und Name (Org)"', () => {
		expect(parseSpeakerList('Bridget Kromhout (Microsoft) e Matt Fisher (Microsoft)')).toEqual({
			speakers: ['Bridget Kromhout', 'Matt Fisher'],
			organizations: ['Microsoft']
		});
		expect(parseSpeakerList('Tom Wilkie (Grafana Labs) i Frederic Branczyk (CoreOS)')).toEqual({
			speakers: ['Tom Wilkie', 'Frederic Branczyk'],
			organizations: ['Grafana Labs', 'CoreOS']
		});
		expect(parseSpeakerList('Tom Wilkie und Frederic Branczyk (CoreOS)')?.speakers).toEqual([
			'Tom Wilkie',
			'Frederic Branczyk'
		]);
		// Not inside a name ("Ortega y Gasset" is one person).
		expect(parseSpeakerList('José Ortega y Gasset')).toBeNull();
	});

	it('an Italian list: "Title" di Name (Org) e Name (Org)', () => {
		const { events, talks } = ingestFixture('italian-recap.md');
		expect(events).toEqual(['kubecon-eu-2019']);
		expect(talks).toEqual([
			['Intro to Linkerd', ['William Morgan'], ['Buoyant']],
			['Helm 3: Navigating to Distant Shores', ['Bridget Kromhout', 'Matt Fisher'], ['Microsoft']],
			['Kubernetes Failure Stories', ['Henning Jacobs'], ['Zalando']],
			['Deep Dive: Harbor', ['Steven Zou'], ['VMware']]
		]);
	});

	it('English too: "Title" by Name (Org) and Name (Org)', () => {
		expect(
			talks(
				'"Scaling Prometheus" by Tom Wilkie (Grafana Labs) and Frederic Branczyk (CoreOS) was great.'
			)
		).toEqual([
			['Scaling Prometheus', ['Tom Wilkie', 'Frederic Branczyk'], ['Grafana Labs', 'CoreOS']]
		]);
	});
});

describe('a speaker label after the dash, in lower case or another language', () => {
	it('a Polish recap: „Title" – prelegent: Name (Org). Notes…', () => {
		const { events, talks } = ingestFixture('polish-recap.md');
		expect(events).toEqual(['kubecon-eu-2018']);
		expect(talks).toEqual([
			['Kubernetes Project Update', ['Aparna Sinha'], ['Google']],
			['Anatomy of a Production Kubernetes Outage', ['Oliver Beattie'], ['Monzo']],
			['Scaling Prometheus', ['Tom Wilkie', 'Frederic Branczyk'], ['Grafana Labs', 'CoreOS']]
		]);
	});

	it('"Title" – speaker: Name (Org)', () => {
		expect(
			talks('"Kubernetes Project Update" – speaker: Aparna Sinha (Google). Overview.')
		).toEqual([['Kubernetes Project Update', ['Aparna Sinha'], ['Google']]]);
	});
});

describe('a notes template: "Session:", "Presenter(s):", "Track:" lines', () => {
	it('each session is a talk; the next label ends the names', () => {
		const { events, talks } = ingestFixture('session-template.md');
		expect(events).toEqual(['dockercon-eu-2017']);
		expect(talks).toEqual([
			['Docker and Kubernetes: Better Together', ['Solomon Hykes'], ['Docker']],
			['Modernizing Java Apps with Docker', ['Sandra Tan', 'Arun Gupta'], ['MetLife', 'AWS']],
			['Container Networking Deep Dive', ['Madhu Venugopal'], ['Docker']]
		]);
	});
});

it('a heading over "Speaker(s): Name (Org), Name (Org)"', () => {
	const r = ingestText(
		'notes.md',
		'# DockerCon 2019 notes\n\n## Containerd Deep Dive\n\nSpeaker(s): Phil Estes (IBM), Derek McGowan (Docker)\n\nGreat talk.\n'
	);
	expect(r.talks.map((t) => [t.title, t.speakers])).toEqual([
		['Containerd Deep Dive', ['Phil Estes', 'Derek McGowan']]
	]);
});

describe("the writer's own talk", () => {
	it('"my talk", "I gave a talk titled": the title, its speaker the author when a person', () => {
		expect(talks('I gave a talk titled "Kubernetes for Humans" at the meetup.')).toEqual([
			['Kubernetes for Humans', [], []]
		]);
		const r = ingestText(
			'post.md',
			'---\nauthor: Nadia Petrova\n---\n\nAt DockerCon 2019, my talk, "Shrinking Your Images", was on Tuesday.\n'
		);
		expect(r.talks.map((t) => [t.title, t.speakers, t.event_id])).toEqual([
			['Shrinking Your Images', ['Nadia Petrova'], 'dockercon-2019']
		]);
	});

	it('"Jane Doe and I presented a session "Title"": the co-speaker, then the author', () => {
		const r = ingestText(
			'post.md',
			'---\nauthor: Daniel Bryant\n---\n\nAt KubeCon NA 2020, Thomas Rampelberg and I presented a session “Multi-Cluster is Easier Than You Think”, which was fun.\n'
		);
		expect(r.talks.map((t) => [t.title, t.speakers])).toEqual([
			['Multi-Cluster is Easier Than You Think', ['Thomas Rampelberg', 'Daniel Bryant']]
		]);
	});

	it('not someone else\'s: "my favourite talk, "Title""', () => {
		expect(talks('My favourite talk, "Kubernetes Failure Stories", was great.')).toEqual([]);
	});
});

describe('a notes template in Spanish: "Ponente:" and "Charla:" lines', () => {
	it('each pair is a talk; the heading over them ("Charlas destacadas") is none', () => {
		const { events, talks } = ingestFixture('spanish-template.md');
		expect(events).toEqual(['kubecon-na-2019']);
		expect(talks).toEqual([
			// A closing keynote, titled by its kind only: named after its speaker ("Closing keynote by …").
			['Keynote de cierre by Kelsey Hightower', ['Kelsey Hightower'], ['Google']],
			[
				'Kubernetes en producción: lecciones de Mercado Libre',
				['Juan Pérez', 'Ana Gómez'],
				['Mercado Libre']
			],
			['GitOps a escala con Argo CD', ['Alexander Matyushentsev'], ['Intuit']]
		]);
	});
});

describe('"Title – Name (Org): notes" and "Title – Name (Org), notes" list items', () => {
	it('a WordPress post in HTML: <li><strong>Title</strong> – Name (Org): …</li>', () => {
		const { events, talks } = ingestFixture('wordpress-html-body.md');
		expect(events).toEqual(['dockercon-2016']);
		expect(talks).toEqual([
			['Docker for Ops', ['Nishant Totla'], ['Docker']],
			['Container Security: Notary and Image Signing', ['Diogo Mónica'], ['Docker']],
			['Kubernetes on Docker', ['Brandon Philips'], ['CoreOS']]
		]);
	});

	it('not a quotation\'s author: "It\'s simple – Jane Doe (Acme), our CTO, said it best."', () => {
		expect(talks("It's simple – Jane Doe (Acme), our CTO, said it best.")).toEqual([]);
	});
});

describe('a heading that says it is one session: "## Talk 1: Title"', () => {
	it('is the talk, its speaker the name that opens its notes', () => {
		const { events, talks } = ingestFixture('meetup-numbered-talks.md');
		expect(events).toEqual(['docker-berlin-meetup-2016']);
		expect(talks).toEqual([
			// "Our first speaker, Markus Weber from SoundCloud, showed how …"
			['Swarm Mode in Production', ['Markus Weber'], ['SoundCloud']],
			// "Sarah Klein (Zalando) walked us through …"
			['Docker Compose for Local Development', ['Sarah Klein'], ['Zalando']],
			['Dockerizing a legacy PHP monolith', ['Tom Becker'], []],
			['Using Traefik as a reverse proxy', ['Julia Schmidt'], ['Contentful']]
		]);
	});
});

describe('"with" a speaker and their organisation, as live blogs write it', () => {
	it.each([
		'Next up was Jane Doe (Acme) with “Scaling Prometheus”.',
		'“Scaling Prometheus” with Jane Doe (Acme) was the highlight.'
	])('%s', (text) => {
		expect(talks(text)).toEqual([['Scaling Prometheus', ['Jane Doe'], ['Acme']]]);
	});

	it('not without the organisation, nor "with" anything but a person', () => {
		expect(talks('We played with "Kubernetes the Hard Way" with Kelsey in mind.')).toEqual([]);
		expect(talks('We compared "Kubernetes the Hard Way" with Minikube (Google) here.')).toEqual([]);
	});

	it('a Slack channel exported as text', () => {
		const { events, talks } = ingestFixture('slack-export.txt');
		expect(events).toEqual(['kubecon-eu-2018']);
		expect(talks).toEqual([
			['Anatomy of a Production Kubernetes Outage', ['Oliver Beattie'], ['Monzo']],
			['Prometheus 2.0 Storage Engine', ['Goutham Veeramachaneni'], ['Grafana Labs']],
			// "Kelsey Hightower's closing keynote on serverless": its subject is its title.
			['Serverless', ['Kelsey Hightower'], []]
		]);
	});
});
