/**
 * Shapes real recaps take beyond the sample corpus (tests/fixtures/docs, invented text), read
 * end to end with the real taxonomy: what a reader of the atlas would see of each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest/pipeline';
import { projectTaxonomy as taxonomy, readProjectFile as read, root } from './projectTaxonomy';

/** `text` ingested as a document named `path` (its format told from its content). */
const ingestText = (path: string, text: string) =>
	ingest([{ path, bytes: new TextEncoder().encode(text) }], taxonomy);

function ingestFixture(name: string) {
	const bytes = new Uint8Array(readFileSync(join(root, 'tests/fixtures/docs', name)));
	const r = ingest([{ path: name, bytes }], taxonomy);
	const source = r.sources[0]!;
	const events = [...new Set(r.passages.map((p) => p.event_id))];
	const event = (id: string | null) => r.events.find((e) => e.id === id);
	return { r, source, events, event };
}

describe('blog-platform front matter', () => {
	it('Dev.to: `published: true` is a flag, `published_at` the date (no warning)', () => {
		const { r, source } = ingestFixture('devto-front.md');
		expect(source.published).toBe('2019-05-27');
		expect(source.url).toBe('https://blog.example.org/2019/05/kubecon-barcelona-notes');
		expect(r.warnings).toEqual([]);
	});

	it('Hashnode: `datePublished` dates the post, and so places "KubeCon" last week', () => {
		const { source, events, event } = ingestFixture('hashnode-front.md');
		expect(source.published).toBe('2021-10-18');
		expect(events).toEqual(['kubecon-na-2021']);
		expect(event('kubecon-na-2021')?.city).toBe('Los Angeles');
	});
});

describe('a name that fits several editions, said again and again', () => {
	it('Medium export: "KubeCon China" in November 2018 is KubeCon China 2018 (Shanghai)', () => {
		const { r, events, event } = ingestFixture('medium-export.html');
		expect(events).toEqual(['kubecon-cn-2018']);
		expect(event('kubecon-cn-2018')?.city).toBe('Shanghai');
		expect(r.talks.map((t) => [t.title, t.event_id])).toContainEqual([
			'Scaling Kubernetes at Alibaba',
			'kubecon-cn-2018'
		]);
	});

	it('Medium export: the author of its footer byline, and its title once', () => {
		const { r, source } = ingestFixture('medium-export.html');
		expect([source.author, source.published]).toEqual(['Wen Zhou', '2018-11-20']);
		expect(r.sections.map((s) => s.heading)).toEqual([
			'My KubeCon Shanghai experience',
			'Projects everyone talked about'
		]);
	});
});

describe("a video's or a podcast's chapter list", () => {
	it('YouTube description: "00:12:34 Title — Speaker (Org)" lines are talks; "Intro" is not', () => {
		const { r, events } = ingestFixture('video-chapters.txt');
		expect(events).toEqual(['kubecon-eu-2019']);
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations])).toEqual([
			['Securing the Supply Chain with Notary v2', ['Jane Porter'], ['Acme Cloud']],
			['Scaling Prometheus with Thanos', ['Mateo Rinaldi'], ['Improbable']],
			['Zero-downtime Upgrades at Scale', ['Marta Klein', 'Priya Raman'], ['Globex']]
		]);
		// One chapter a passage: Thanos is named in its own talk's passage.
		const thanos = r.mentions.find((m) => m.project_id === 'thanos')!;
		expect(r.passages.find((p) => p.id === thanos.passage_id)!.text).toBe(
			'00:31:02 Scaling Prometheus with Thanos — Mateo Rinaldi (Improbable)'
		);
	});

	it('podcast show notes in Markdown: "[14:55] Title — Speaker (Org)"', () => {
		const { r, events } = ingestFixture('podcast-notes.md');
		expect(events).toEqual(['dockercon-2019']);
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations])).toEqual([
			['Cloud Native Buildpacks Explained', ['Ana Ferreira'], ['Heroku']],
			['Running Containers on Arm with Docker Buildx', ['Owen Hale'], ['Arm']]
		]);
	});
});

describe('reStructuredText substitutions', () => {
	it('"|event|" defined by `replace::` is the event it names, in the title and the text', () => {
		const { r, source, events, event } = ingestFixture('rst-substitutions.rst');
		expect(source.title).toBe('Notes from KubeCon + CloudNativeCon Europe 2017');
		expect(events).toEqual(['kubecon-eu-2017']);
		expect(event('kubecon-eu-2017')?.city).toBe('Berlin');
		expect(r.passages[0]!.text).toBe(
			'We spent three days in Berlin at KubeCon + CloudNativeCon Europe 2017.'
		);
		expect(r.talks.map((t) => [t.title, t.speakers, t.event_id])).toContainEqual([
			'Prometheus 2.0 Storage',
			['Fabio Reinhart'],
			'kubecon-eu-2017'
		]);
	});
});

describe('text extracted from a PDF', () => {
	it('drops running headers, footers and page numbers; joins broken words and pages', () => {
		const { r, source, events } = ingestFixture('pdf-dump.txt');
		expect(source.title).toBe('Cloud Native Trends Report');
		expect(events).toEqual(['kubecon-na-2019']);
		const texts = r.passages.map((p) => p.text);
		expect(texts.filter((t) => /Confidential|Page \d|November 2019$/.test(t))).toEqual([]);
		expect(r.sections.map((s) => s.heading)).not.toContainEqual(
			expect.stringContaining('Confidential')
		);
		// "Prome-" / "theus" at a line's end is Prometheus; "migra-" / "tions" one word.
		expect(r.mentions.map((m) => m.project_id)).toContain('prometheus');
		expect(texts.some((t) => t.includes('described migrations from hand-rolled'))).toBe(true);
		// A paragraph that runs on over a page break stays one passage.
		expect(
			texts.some((t) => t.endsWith('the common thread of the observability talks as well.'))
		).toBe(true);
	});
});

describe('a plain text file wrapped at its hyphens', () => {
	it('keeps a compound broken at its own hyphen (only PDF text has typesetter hyphens)', () => {
		const text = [
			'KubeCon Barcelona 2019 notes',
			'',
			'The talks on cloud-',
			'native storage were packed, and the self-',
			'hosted runners demo too.'
		].join('\n');
		const r = ingestText('wrapped.txt', text);
		const body = r.passages.map((p) => p.text).join(' ');
		expect(body).toContain('cloud-');
		expect(body).not.toContain('cloudnative');
		expect(body).not.toContain('selfhosted');
	});
});

describe('an organisation of two capitalised words beside a speaker', () => {
	it('French recap: "par Jean Dupont (Société Générale)" names where he works', () => {
		const { r, events, event } = ingestFixture('french-recap.md');
		expect(events).toEqual(['kubecon-eu-2018']);
		expect(event('kubecon-eu-2018')?.city).toBe('Copenhagen');
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations])).toEqual([
			['Kubernetes en production chez nous', ['Jean Dupont'], ['Société Générale']],
			['Keynote by Claire Fontaine', ['Claire Fontaine'], ['Deutsche Telekom']]
		]);
	});
});

describe("a Notion page's property block", () => {
	it('"Created:", "Tags:", "Event:", "Author:" under the title are metadata, not a passage', () => {
		const { r, source, events, event } = ingestFixture('notion-export.md');
		expect([source.title, source.author, source.published]).toEqual([
			'Observability notes',
			'Julie Martin',
			'2018-05-09'
		]);
		// The text names no edition: "Event: KubeCon EU 2018" does.
		expect(events).toEqual(['kubecon-eu-2018']);
		expect(event('kubecon-eu-2018')?.city).toBe('Copenhagen');
		const texts = r.passages.map((p) => p.text);
		expect(texts.filter((t) => /Created:|Tags:|Location:/.test(t))).toEqual([]);
		expect(r.warnings).toEqual([]);
	});

	it('Notion HTML export: its properties table is metadata, not passages or a talk', () => {
		const { r, source, events } = ingestFixture('notion-export.html');
		expect([source.title, source.author, source.published]).toEqual([
			'Platform team notes',
			'Julie Martin',
			'2018-05-09'
		]);
		expect(events).toEqual(['kubecon-eu-2018']);
		expect(r.passages.map((p) => p.text).filter((t) => /Created|Author|Location/.test(t))).toEqual(
			[]
		);
		expect(r.talks).toEqual([]);
	});

	it('Notion HTML export without an Event row: its Location row stays text', () => {
		const html = read('tests/fixtures/docs/notion-export.html').replace(
			/<tr class="property-row property-row-select">.*?<\/tr>/,
			''
		);
		expect(html).not.toContain('>Event<');
		const r = ingestText('n.html', html);
		expect(r.sources[0]!.author).toBe('Julie Martin');
		expect(r.passages.map((p) => p.text)).toContain('Location: Copenhagen');
		expect(r.passages.map((p) => p.text).filter((t) => /Created|Author/.test(t))).toEqual([]);
	});

	it('a task list loses its "[ ]" and "[x]" checkboxes (Markdown and plain text)', () => {
		const { r } = ingestFixture('notion-export.md');
		expect(r.passages.map((p) => p.text)).toContain(
			[
				'Watch the recording of the OpenTracing keynote',
				'Try the Jaeger operator on the staging cluster',
				'Ask the platform team about Thanos for long-term metrics'
			].join('\n')
		);
		const boxes = '[x] Watch the keynote again\n[ ] Try Thanos at home\n';
		for (const [path, text] of [
			['todo.txt', `Notes\n\n${boxes}`],
			['todo.md', `# Notes\n\n## Follow-ups\n\n${boxes}`]
		] as const) {
			const t = ingestText(path, text);
			expect(t.sources[0]!.format).toBe(path.endsWith('md') ? 'markdown' : 'text');
			expect(t.passages.map((p) => p.text)).toEqual([
				'Watch the keynote again\nTry Thanos at home'
			]);
		}
	});

	it('relations exported as links: "Event: [KubeCon EU 2018](….md)", "Author: [Name](….md)"', () => {
		const text = [
			'# Hallway notes',
			'',
			'Created: May 9, 2018 4:12 PM',
			'Event: [KubeCon EU 2018](../Events/KubeCon%20EU%202018%20a1b2c3.md)',
			'Author: [Julie Martin](../People/Julie%20Martin%20d4e5f6.md)',
			'',
			'Three days of talks, and tracing was everywhere.'
		].join('\n');
		const r = ingestText('h.md', text);
		expect(r.sources[0]!.author).toBe('Julie Martin');
		expect(r.passages.map((p) => [p.text, p.event_id])).toEqual([
			['Three days of talks, and tracing was everywhere.', 'kubecon-eu-2018']
		]);
		expect(r.warnings).toEqual([]);
	});

	it('without an "Event:", where and when stay text, to tell the event by', () => {
		const text = [
			'# Hallway notes',
			'',
			'Created: June 1, 2018 9:30 AM',
			'Author: Julie Martin',
			'Tags: kubecon, tracing',
			'Date: May 2-4, 2018',
			'Location: Copenhagen',
			'',
			'Three days of talks, and tracing was everywhere.'
		].join('\n');
		const r = ingestText('h.md', text);
		expect([r.sources[0]!.author, r.sources[0]!.published]).toEqual(['Julie Martin', '2018-06-01']);
		expect(r.passages.map((p) => [p.text, p.event_id])).toEqual([
			['Date: May 2-4, 2018 Location: Copenhagen', 'kubecon-eu-2018'],
			['Three days of talks, and tracing was everywhere.', 'kubecon-eu-2018']
		]);
		expect(r.warnings).toEqual([]);
	});

	it('keeps a session card ("Title:", "Speaker:", "Date:", "Location:") for its talk', () => {
		const text = [
			'# Talk notes',
			'',
			'Title: Scaling Prometheus to a Billion Series',
			'Speaker: Jane Doe, Acme Cloud',
			'Date: May 21, 2019',
			'Location: Room 6A',
			'',
			'Jane opened with the storage engine of Prometheus 2.0 at KubeCon Barcelona.'
		].join('\n');
		const r = ingestText('card.md', text);
		expect([r.sources[0]!.title, r.sources[0]!.published]).toEqual(['Talk notes', null]);
		expect(r.passages[0]!.text).toMatch(/^Title: Scaling Prometheus .* Location: Room 6A$/);
		expect(r.talks.map((t) => [t.title, t.speakers])).toEqual([
			['Scaling Prometheus to a Billion Series', ['Jane Doe']]
		]);
	});

	it('keeps facts about the event in "Key: value" lines ("Where:", "When:")', () => {
		const text = [
			'KubeCon notes',
			'',
			'Where: Copenhagen',
			'When: May 2-4, 2018',
			'',
			'Three days of talks, and tracing was everywhere.'
		].join('\n');
		const r = ingestText('facts.txt', text);
		expect(r.passages[0]!.text).toBe('Where: Copenhagen When: May 2-4, 2018');
		expect(r.passages.map((p) => p.event_id)).toContain('kubecon-eu-2018');
	});
});

describe('a thread pasted as text', () => {
	it('counters written "🧵 1/n", "2/n -", "3/n:" are counters too', () => {
		const thread = [
			'🧵 1/n My #KubeCon Barcelona notes, a thread',
			'',
			'2/n - Keynotes: the CNCF now hosts more than forty projects.',
			'',
			'3/n: Lunch with the Linkerd folks 👀'
		].join('\n');
		const r = ingestText('t.txt', thread);
		expect(r.passages.map((p) => p.text)).toEqual([
			'My #KubeCon Barcelona notes, a thread',
			'Keynotes: the CNCF now hosts more than forty projects.',
			'Lunch with the Linkerd folks 👀'
		]);
	});

	it('the counters may close the posts instead ("… 🎉 1/4"), a post on two paragraphs', () => {
		const thread = [
			'My KubeCon San Diego thread',
			'',
			'Just landed in San Diego for #KubeCon 🎉 1/4',
			'',
			'Day one keynotes were packed.',
			'',
			'The contributor numbers for Kubernetes were wild. 2/4',
			'First breakout on Cluster API, people on the floor 🙌 (3/4)',
			'',
			'Tomorrow: Envoy and eBPF 🚀 4/4',
			'',
			'Thanks for reading!'
		].join('\n');
		const r = ingestText('t.txt', thread);
		expect(r.passages.map((p) => p.text)).toEqual([
			'Just landed in San Diego for #KubeCon 🎉',
			'Day one keynotes were packed. The contributor numbers for Kubernetes were wild.',
			'First breakout on Cluster API, people on the floor 🙌',
			'Tomorrow: Envoy and eBPF 🚀',
			'Thanks for reading!'
		]);
		expect(r.sections.map((s) => s.heading)).toEqual(['My KubeCon San Diego thread']);
	});

	it('one passage a post, without its "2/8" counter, and no post read as a heading', () => {
		const { r, source, events } = ingestFixture('tweet-thread.txt');
		expect(events).toEqual(['kubecon-na-2019']);
		expect(source.title).toBe(
			'Just landed in San Diego for #KubeCon + #CloudNativeCon North America 🎉'
		);
		expect(r.sections.map((s) => s.heading)).toEqual([null]);
		const texts = r.passages.map((p) => p.text);
		expect(texts).toHaveLength(8);
		expect(texts.filter((t) => /\d\/8/.test(t))).toEqual([]);
		// Two posts on consecutive lines are two passages; an emoji-ended post is no heading.
		expect(texts[5]).toBe(
			'Hallway track > talks, as always. Met three people from my timezone who run Kubernetes on bare metal 🤘'
		);
		expect(texts[6]).toBe('Evening: the booth crawl. Way too many stickers 🐙');
	});

	it('a post’s second paragraph stays in it; "1/2 of the talks" is no thread', () => {
		const thread = [
			'1/ Back from KubeCon Barcelona, a few notes 🧵',
			'',
			'2/ The keynotes were short and to the point.',
			'',
			'Even the sponsored ones!',
			'',
			'3/ Everyone talked about Prometheus and Thanos.'
		].join('\n');
		const r = ingestText('t.txt', thread);
		expect(r.passages.map((p) => p.text)).toEqual([
			'Back from KubeCon Barcelona, a few notes 🧵',
			'The keynotes were short and to the point. Even the sponsored ones!',
			'Everyone talked about Prometheus and Thanos.'
		]);
		const two =
			'KubeCon notes\n\n1/2 of the talks were about Kubernetes.\n\n2/2 of us went home early.\n';
		const t = ingestText('u.txt', two);
		expect(t.passages.map((p) => p.text)).toEqual([
			'1/2 of the talks were about Kubernetes.',
			'2/2 of us went home early.'
		]);
	});
});

describe('numbered headings in plain text', () => {
	it('"1. Service mesh adoption" alone on a line over a paragraph is a heading', () => {
		const { r, events } = ingestFixture('numbered-takeaways.txt');
		expect(events).toEqual(['kubecon-eu-2019']);
		expect(r.sections.map((s) => s.heading)).toEqual([
			'Five takeaways from KubeCon Barcelona',
			'1. Service mesh adoption',
			'2. Observability beyond metrics',
			'3. Security moves left',
			'4. Operators everywhere',
			'5. The community keeps growing'
		]);
		// Istio is named under its heading; the list of sentences at the end stays a list.
		const istio = r.mentions.find((m) => m.project_id === 'istio')!;
		const passage = r.passages.find((p) => p.id === istio.passage_id)!;
		expect(r.sections.find((s) => s.id === passage.section_id)!.heading).toBe(
			'1. Service mesh adoption'
		);
		expect(r.passages.at(-1)!.text).toBe(
			[
				'What we will try first:',
				'Roll out Linkerd on the staging cluster.',
				'Replace our tracing agent with the OpenTelemetry collector.',
				'Write a Gatekeeper policy for image registries.'
			].join('\n')
		);
	});

	it.each([
		[
			'numbered sentences',
			'1. We rolled out Linkerd.\n\nIt took a day.\n\n2. We tried Thanos.\n\nIt took a week.'
		],
		['items one after another', '1. Linkerd\n2. Thanos\n\nBoth were easy to try at home.'],
		['items each on its own', '1. Linkerd\n\n2. Thanos\n\n3. Falco\n\nAll three were easy.'],
		['one numbered line', '1. Linkerd\n\nIt was easy to try at home, and it took a day.']
	])('keeps %s a list or text, not headings', (_name, body) => {
		const text = `KubeCon notes\n\n${body}\n`;
		const r = ingestText('n.txt', text);
		expect(r.sections.map((s) => s.heading)).toEqual(['KubeCon notes']);
	});
});

describe('a quoted title, a dash, then the speaker and what they did', () => {
	it('"Title" – Speaker (Org) walked through Notary. is a talk; "…" – Speaker said is a quote', () => {
		const { r, events } = ingestFixture('dash-quoted-talks.md');
		expect(events).toEqual(['kubecon-na-2020']);
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations, t.event_id])).toEqual([
			[
				'Securing the Supply Chain with Notary v2',
				['Jane Porter'],
				['Acme Cloud'],
				'kubecon-na-2020'
			],
			['SBOMs in Practice', ['Tomás Herrera'], ['Initech'], 'kubecon-na-2020']
		]);
	});
});

describe('a meetup recap dated only by the end of its file name', () => {
	it('"meetup-2019-03-14.md": the meetup is an event of 2019', () => {
		const r = ingestText(
			'notes/meetup-2019-03-14.md',
			'# Kubernetes Berlin Meetup recap\n\nThanks to everyone who came to our March meetup! Talks on Flux and Strimzi.\n'
		);
		expect(r.sources[0]!.published).toBe('2019-03-14');
		expect([...new Set(r.passages.map((p) => p.event_id))]).toEqual([
			'kubernetes-berlin-meetup-2019'
		]);
	});
});

describe('a year of conferences: a bare series name after its edition was named', () => {
	const text = [
		'---',
		'title: A year of conferences',
		'date: 2018-12-20',
		'---',
		'',
		'This year we went to DockerCon 2018 in San Francisco and KubeCon + CloudNativeCon North America 2018 in Seattle.',
		'',
		'At DockerCon, Docker Desktop with Kubernetes was the big story.',
		'',
		'In Seattle, it was all about Envoy graduating and etcd joining the CNCF.',
		'',
		'Unlike KubeCon, DockerCon felt like a product launch.',
		'',
		'Both events were great, but the hallway track at KubeCon was better.',
		''
	].join('\n');

	it('"At DockerCon, …" is about DockerCon 2018, not the KubeCon the post ends on', () => {
		const r = ingestText('year.md', text);
		expect(r.passages.map((p) => [p.text.slice(0, 20), p.event_id])).toEqual([
			['This year we went to', 'kubecon-na-2018'],
			['At DockerCon, Docker', 'dockercon-2018'],
			['In Seattle, it was a', 'kubecon-na-2018'],
			['Unlike KubeCon, Dock', 'kubecon-na-2018'],
			['Both events were gre', 'kubecon-na-2018']
		]);
	});
});

describe('a notes template under each talk heading', () => {
	it('"- Speaker: Name (Org)" over "- Rating: 5/5" or "- Slides: …": the heading is the talk', () => {
		const r = ingestText(
			'notes.md',
			[
				'# KubeCon NA 2019 notes',
				'',
				'## Scaling Prometheus with Cortex',
				'',
				'- Speaker: Tom Wilkie (Grafana Labs)',
				'- Rating: 5/5',
				'',
				'Great deep dive.',
				'',
				'## Linkerd deep dive',
				'',
				'- Speaker: William Morgan (Buoyant)',
				'- Slides: https://example.com/x',
				''
			].join('\n')
		);
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations])).toEqual([
			['Scaling Prometheus with Cortex', ['Tom Wilkie'], ['Grafana Labs']],
			['Linkerd deep dive', ['William Morgan'], ['Buoyant']]
		]);
	});
});

describe('an e-mail saved as text', () => {
	it('reads its Subject, From and Date headers as title, author and date, not as a passage', () => {
		const { r, source, events } = ingestFixture('mail-digest.txt');
		expect(source.title).toBe('Trip report: KubeCon Copenhagen 2018');
		expect(source.author).toBe('Ines Duarte');
		expect(source.published).toBe('2018-05-08');
		expect(events).toEqual(['kubecon-eu-2018']);
		expect(r.passages.some((p) => /Subject:|From:|example\.net/.test(p.text))).toBe(false);
		expect(r.warnings).toEqual([]);
	});

	it('a reply: quoted lines lose their markers and stand apart; the signature is dropped', () => {
		const mail = (separator: string, signature: string[]) =>
			[
				'Subject: Re: KubeCon Copenhagen 2018',
				'From: Ines Duarte <ines@example.net>',
				'',
				'Back from KubeCon + CloudNativeCon Europe 2018 at the Bella Center.',
				'> Was the Prometheus 2.0 storage talk worth it? I could not go',
				'> > because of the Helm workshop.',
				'Yes: the best talk of the week.',
				'',
				separator,
				...signature
			].join('\n');
		for (const [separator, signature] of [
			['-- ', ['Ines Duarte', 'SRE, Example Corp']],
			['--', ['Ines Duarte | SRE, Example Corp', 'Sent from my phone']]
		] as const) {
			const r = ingestText('reply.txt', mail(separator, [...signature]));
			expect(r.passages.map((p) => p.text)).toEqual([
				'Back from KubeCon + CloudNativeCon Europe 2018 at the Bella Center.',
				'Was the Prometheus 2.0 storage talk worth it? I could not go because of the Helm workshop.',
				'Yes: the best talk of the week.'
			]);
			expect(r.mentions.map((m) => m.project_id).sort()).toEqual(['helm', 'prometheus']);
		}
	});

	it('a "--" line before a closing note that is no signature keeps the note', () => {
		const r = ingestText(
			'notes.txt',
			[
				'KubeCon + CloudNativeCon Europe 2018 notes',
				'',
				'Envoy and Istio sessions were packed all week long in Copenhagen.',
				'',
				'--',
				'Next up: KubeCon Shanghai 2018'
			].join('\n')
		);
		expect(r.passages.map((p) => p.text)).toContain('Next up: KubeCon Shanghai 2018');
	});

	it('Outlook order (From, Sent, To, Subject), a bare address naming nobody', () => {
		const r = ingestText(
			'fwd.txt',
			[
				'From: d.volkov@example.org',
				'Sent: Monday, December 17, 2018 8:41 AM',
				'To: platform@example.org',
				'Subject: FW: KubeCon Seattle 2018 notes',
				'',
				'About 8,000 people came to KubeCon + CloudNativeCon North America 2018 in Seattle.'
			].join('\n')
		);
		const source = r.sources[0]!;
		expect([source.title, source.author, source.published]).toEqual([
			'KubeCon Seattle 2018 notes',
			null,
			'2018-12-17'
		]);
		expect(r.passages.map((p) => p.text)).toEqual([
			'About 8,000 people came to KubeCon + CloudNativeCon North America 2018 in Seattle.'
		]);
	});
});

describe('a social media post saved as text', () => {
	it('its closing line of hashtags is labels: no passage, and the line above it no heading', () => {
		const { r, events } = ingestFixture('social-post.txt');
		expect(events).toEqual(['kubecon-na-2021']);
		const texts = r.passages.map((p) => p.text);
		expect(texts.at(-1)).toBe('Huge thanks to the whole CNCF team and every volunteer 🙏');
		expect(r.sections.map((s) => s.heading)).toEqual([null]);
		expect(texts.some((t) => t.includes('#GitOps'))).toBe(false);
	});

	it('the same in Markdown', () => {
		const r = ingestText(
			'post.md',
			'Cilium and eBPF at KubeCon + CloudNativeCon North America 2021 were great.\n\n#Kubernetes #eBPF\n'
		);
		expect(r.passages.map((p) => p.text)).toEqual([
			'Cilium and eBPF at KubeCon + CloudNativeCon North America 2021 were great.'
		]);
	});
});

describe('a bold title line over a speaker label', () => {
	it('is one passage, and a talk', () => {
		const r = ingestText(
			'notes.md',
			[
				'# KubeCon + CloudNativeCon Europe 2019 notes',
				'',
				'**Scaling Prometheus with Thanos**',
				'Speaker: Bartłomiej Płotka, Improbable',
				'',
				'Long-term storage in object stores.',
				'',
				'**Tuesday**',
				'',
				'Keynotes all morning.'
			].join('\n')
		);
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations])).toEqual([
			['Scaling Prometheus with Thanos', ['Bartłomiej Płotka'], ['Improbable']]
		]);
		expect(r.passages.map((p) => p.text)).toEqual([
			'Scaling Prometheus with Thanos\nSpeaker: Bartłomiej Płotka, Improbable',
			'Long-term storage in object stores.',
			'Keynotes all morning.'
		]);
	});
});

describe('a talk heading over a "By …" line', () => {
	const recap = (credit: (name: string, org: string) => string) =>
		[
			'# KubeCon + CloudNativeCon Europe 2019 recap',
			'',
			'## Talks I liked',
			'',
			'### Scaling Prometheus with Thanos',
			'',
			credit('Alice Smith', 'Acme'),
			'',
			'Long-term storage for metrics, with Thanos sidecars and object storage.',
			'',
			'### Securing the Supply Chain',
			'',
			credit('Bob Jones', 'Chainguard'),
			'',
			'Signing images with Notary and in-toto attestations.'
		].join('\n');

	it.each([
		['By Name, Org', (n: string, o: string) => `By ${n}, ${o}`],
		['by Name (Org)', (n: string, o: string) => `by ${n} (${o})`]
	])('%s: the talk’s speaker and organisation, not the page’s author', (_, credit) => {
		const r = ingestText('recap.md', recap(credit));
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations])).toEqual([
			['Scaling Prometheus with Thanos', ['Alice Smith'], ['Acme']],
			['Securing the Supply Chain', ['Bob Jones'], ['Chainguard']]
		]);
		expect(r.sources[0]!.author).toBeNull();
	});
});

describe('a newsletter’s furniture', () => {
	it('drops the subscription prompts, the share buttons and the copyright footer, keeps the recap', () => {
		const r = ingestText(
			'weekly-42.md',
			[
				'# Cloud Native Weekly #42: KubeCon LA edition',
				'',
				'This issue comes straight from KubeCon + CloudNativeCon North America 2021 in Los Angeles.',
				'',
				'Thanks for reading Cloud Native Weekly! Subscribe for free to receive new posts.',
				'',
				'Crossplane moved to incubation, and the Flux maintainers ran a packed GitOps workshop.',
				'',
				'Share this post',
				'',
				'Thanks for reading, and see you in Valencia!',
				'',
				'© 2021 Rita Kowalski. Unsubscribe'
			].join('\n')
		);
		expect(r.passages.map((p) => p.text)).toEqual([
			'This issue comes straight from KubeCon + CloudNativeCon North America 2021 in Los Angeles.',
			'Crossplane moved to incubation, and the Flux maintainers ran a packed GitOps workshop.',
			'Thanks for reading, and see you in Valencia!'
		]);
	});
});
