import { describe, expect, it } from 'vitest';
import { markdownInline } from '../../../../src/lib/ingest/parse/markdownInline';
import { allText, headings, mustParse, parseString, passages } from './helpers';

describe('Markdown structure', () => {
	it('ranks ATX levels, marks day headings and drops code, comments and shortcodes', () => {
		const doc = mustParse('hugo-yaml.md');
		expect(headings(doc)).toEqual([
			['Keynotes', 1, 'heading'],
			['Day 2', 2, 'day'],
			['Deep dive', 3, 'heading']
		]);
		expect(doc.sections[0]).toMatchObject({ heading: null, level: 0, kind: 'preamble' });
		const text = allText(doc);
		expect(text).not.toMatch(/apiVersion|kubectl get|comment|tweet|\{\{|hall\.jpg/);
	});

	it('keeps link text, drops URLs and images, strips emphasis', () => {
		const doc = mustParse('hugo-yaml.md');
		expect(passages(doc)[1]!.text).toBe(
			'The keynotes covered the Service Mesh Interface and OpenTelemetry, the merger of OpenTracing and OpenCensus.'
		);
	});

	it('gives one list passage for short items and a quote passage for > lines', () => {
		const doc = mustParse('hugo-yaml.md');
		const day = doc.sections.find((s) => s.kind === 'day')!;
		expect(day.passages).toEqual([
			{
				kind: 'list',
				text: 'Linkerd 2.3 added mTLS by default\nHelm 3 alpha was announced\nKubernetes 1.15 is coming'
			}
		]);
		expect(doc.sections.at(-1)!.passages[0]).toEqual({
			kind: 'quote',
			text: 'Observability is a property of the system, not a tool.'
		});
	});

	it('ends a list at a quote on the margin; keeps an indented one in its item', () => {
		const doc = parseString(
			'# Notes\n\n- First item\n\n> A quote after the list.\n\n- Second item\n  > quoted in it\n',
			'doc.md'
		);
		expect(passages(doc).map((p) => [p.kind, p.text])).toEqual([
			['list', 'First item'],
			['quote', 'A quote after the list.'],
			['list', 'Second item > quoted in it']
		]);
	});

	it('reads setext headings and ######Heading without a space', () => {
		const doc = mustParse('setext.markdown');
		expect(headings(doc)).toEqual([
			['Dockercon 2016', 2, 'heading'],
			['Mon Jun 20 2016', 3, 'day'],
			['General session', 1, 'heading'],
			['Golden Ticket', 2, 'heading']
		]);
		expect(doc.title).toBe('Dockercon 2016');
		expect(allText(doc)).toContain('@dyn__');
	});

	it('decodes WordPress entities, strips HTML and kramdown attributes, never runs script', () => {
		const doc = mustParse('jekyll-wordpress.md');
		const text = allText(doc);
		expect(text).toContain('the Captain’s roundtable & shared our stories');
		expect(text).toContain('Moby Project – the upstream for Docker');
		expect(text).toContain('Café talks were <great> — see you at DockerCon 2018.');
		expect(text).toContain(
			'The Docker team organised Moby Mingle, a program for hallway sessions.'
		);
		expect(text).not.toMatch(/alert|<em>|<img|\{:|&#|&nbsp;/);
	});

	it('makes one table passage per body row, cells labelled by their header', () => {
		const doc = mustParse('talk-table.md');
		const schedule = doc.sections.find((s) => s.heading === 'Schedule')!;
		expect(schedule.passages).toEqual([
			{
				kind: 'table',
				text: 'Time: 09:00 | Talk: Welcome to EnvoyCon | Speaker: Matt Klein, Lyft'
			},
			{
				kind: 'table',
				text: 'Time: 09:30 | Talk: Envoy Mobile in Depth | Speaker: Jose Nino, Lyft'
			}
		]);
	});

	it('drops a header-only table of links and joins a bold label to its list', () => {
		const doc = mustParse('talk-table.md');
		const talk = doc.sections.find((s) => s.heading === 'How Spotify Migrated Ingress to Envoy')!;
		expect(talk.passages[0]).toEqual({
			kind: 'list',
			text: 'Speakers:\nAlex Sundström, Spotify\nErik Lindblad, Spotify'
		});
		expect(allText(doc)).not.toContain('Background');
	});

	it('gives each talk line of a talk list its own passage', () => {
		const doc = mustParse('multi-event.md');
		const helm = doc.sections.find((s) => s.heading?.startsWith('Helm Summit'))!;
		expect(helm.passages.map((p) => p.kind)).toEqual(['talk', 'talk']);
		expect(helm.passages[0]!.text).toBe('"Dancing with Helm" – Medya Ghazizadeh, Google');
	});

	it('keeps headings of events that have no passages of their own', () => {
		const doc = mustParse('multi-event.md');
		expect(headings(doc).map((h) => h[0])).toContain('KubeCon NA 2017 (Austin, Texas)');
	});

	it('marks talk-title headings as talks', () => {
		const doc = parseString(
			'# Recap\n\nIntro.\n\n## How We Run Kubernetes in Kubernetes – Timo Derstappen, Giant Swarm\n\nNotes.\n',
			'a.md'
		);
		expect(doc.sections[1]!.kind).toBe('talk');
	});

	it('keeps long list items as passages of their own', () => {
		const long = 'A very long list item that keeps going '.repeat(8).trim() + '.';
		const doc = parseString(`# T\n\nIntro:\n\n- short one\n- ${long}\n- short two\n`, 'a.md');
		expect(doc.sections[0]!.passages.map((p) => p.kind)).toEqual([
			'paragraph',
			'list',
			'list',
			'list'
		]);
		expect(doc.sections[0]!.passages[2]!.text).toBe(long);
	});
});

describe('HTML tables in Markdown', () => {
	it('gives one table passage per row, with the <th> row as the header', () => {
		const doc = parseString(
			[
				'# Talks',
				'',
				'Our favourite talks:',
				'',
				'<table>',
				'  <thead><tr><th>Talk</th><th>Speaker</th></tr></thead>',
				'  <tbody>',
				'    <tr><td>Scaling <em>Prometheus</em></td><td>Alice Smith, Acme &amp; Co</td></tr>',
				'    <tr><td>Linkerd in Production</td>',
				'        <td>Bob Jones</td></tr>',
				'  </tbody>',
				'</table>',
				'',
				'After the table.'
			].join('\n'),
			'a.md'
		);
		expect(passages(doc)).toEqual([
			{ kind: 'paragraph', text: 'Our favourite talks:' },
			{ kind: 'table', text: 'Talk: Scaling Prometheus | Speaker: Alice Smith, Acme & Co' },
			{ kind: 'table', text: 'Talk: Linkerd in Production | Speaker: Bob Jones' },
			{ kind: 'paragraph', text: 'After the table.' }
		]);
	});

	it('a table without a header row and on one line: bare cells', () => {
		const doc = parseString(
			'# T\n\n<table><tr><td>A talk</td><td>Jane Doe</td></tr></table>\n\nEnd.\n',
			'a.md'
		);
		expect(passages(doc).map((p) => p.text)).toEqual(['A talk | Jane Doe', 'End.']);
	});
});

describe('line breaks inside table cells', () => {
	it('a <br> between a cell’s lines keeps them apart, in pipe and HTML tables', () => {
		const pipe = parseString(
			[
				'| Session | Speakers |',
				'|---|---|',
				'| SIG Network Intro | Tim Hockin, Google<br>Bowei Du, Google<br/> |'
			].join('\n'),
			'a.md'
		);
		const html = parseString(
			'# Talks\n\n<table><tr><td>SIG Network Intro</td><td>Tim Hockin, Google<BR />Bowei Du, Google</td></tr></table>\n',
			'b.md'
		);
		expect(passages(pipe).map((p) => p.text)).toEqual([
			'Session: SIG Network Intro | Speakers: Tim Hockin, Google; Bowei Du, Google'
		]);
		expect(passages(html).map((p) => p.text)).toEqual([
			'SIG Network Intro | Tim Hockin, Google; Bowei Du, Google'
		]);
	});
});

describe('Jekyll and MDX habits', () => {
	it('drops {% highlight %} blocks and the kramdown "* TOC {:toc}" placeholder', () => {
		const doc = parseString(
			[
				'# DockerCon EU 2017',
				'',
				'* TOC',
				'{:toc}',
				'',
				'Kubernetes support in Docker was announced.',
				'',
				'{% highlight bash %}',
				'docker stack deploy --orchestrator=kubernetes',
				'{% endhighlight %}',
				'',
				'- a real list item'
			].join('\n'),
			'a.md'
		);
		expect(passages(doc).map((p) => p.text)).toEqual([
			'Kubernetes support in Docker was announced.',
			'a real list item'
		]);
	});

	it('drops MDX imports, exports and {/* comments */}, keeps the prose', () => {
		const doc = parseString(
			[
				'---',
				'title: KubeCon EU 2021',
				'---',
				"import { Tweet } from '../components/Tweet';",
				"import Image from 'next/image';",
				'',
				"export const meta = { author: 'Jane' };",
				'',
				'KubeCon EU 2021 was virtual again.',
				'',
				'{/* a comment */}',
				'',
				'Important: export controls were discussed. {/* note */} Crossplane too.'
			].join('\n'),
			'a.mdx'
		);
		expect(passages(doc).map((p) => p.text)).toEqual([
			'KubeCon EU 2021 was virtual again.',
			'Important: export controls were discussed. Crossplane too.'
		]);
	});
});

describe('markdownInline', () => {
	it.each([
		['**bold** and *em* and _em_ and ~~gone~~', 'bold and em and em and gone'],
		['[text](https://a.io "t") and ![img](x.png)', 'text and'],
		// An autolink in a sentence is its URL written out; leading a line, a bare link.
		['see <https://thanos.io> and <mailto:a@b.org>.', 'see https://thanos.io and a@b.org.'],
		['<https://youtu.be/x_y> (28:30)', '(28:30)'],
		['`a_b*c` stays literal', 'a_b*c stays literal'],
		['snake_case_name and 2 * 3', 'snake_case_name and 2 * 3'],
		['<span class="x">kept</span><br>next', 'kept next'],
		['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
		['standing---the companies', 'standing—the companies'],
		['\\*not emphasis\\*', '*not emphasis*'],
		['{{< youtube abc >}} video {: .center}', 'video'],
		['[![badge](b.svg)](https://ci)', '']
	])('%j → %j', (raw, plain) => {
		expect(markdownInline(raw)).toBe(plain);
	});
});

describe('a schedule written as one paragraph', () => {
	it('keeps one entry a line when every line opens with a time of day', () => {
		const doc = parseString(
			[
				'# Day 2',
				'',
				'**10:55** Kubernetes Failure Stories - Henning Jacobs, Zalando',
				'**11:50** Linkerd 2.3 Deep Dive - Oliver Gould, Buoyant',
				'',
				'10:30 was coffee time,',
				'and the hallway was full.'
			].join('\n'),
			'a.md'
		);
		expect(passages(doc).map((p) => p.text)).toEqual([
			'10:55 Kubernetes Failure Stories - Henning Jacobs, Zalando',
			'11:50 Linkerd 2.3 Deep Dive - Oliver Gould, Buoyant',
			'10:30 was coffee time, and the hallway was full.'
		]);
	});
});

describe('admonitions (MkDocs, Docusaurus)', () => {
	it('keeps their text, without the markers and labels; an indented body is prose, not code', () => {
		const doc = parseString(
			[
				'# KubeCon NA 2019 notes',
				'',
				'!!! note "Envoy"',
				'    EnvoyCon was the day before.',
				'',
				'    It was full.',
				'',
				':::tip Linkerd',
				'Linkerd 2.6 shipped.',
				':::',
				'',
				'!!! Great talks this year',
				'',
				'```',
				'!!! note',
				'    code stays code',
				'```',
				'',
				'Body text about Prometheus.'
			].join('\n'),
			'a.md'
		);
		expect(passages(doc).map((p) => p.text)).toEqual([
			'EnvoyCon was the day before.',
			'It was full.',
			'Linkerd 2.6 shipped.',
			'!!! Great talks this year',
			'Body text about Prometheus.'
		]);
	});
});

describe("a blog's labels under the post", () => {
	it('"Tags: …" and "Filed under: …" closing the post are no passages; a sentence stays', () => {
		const doc = parseString(
			'# KubeCon EU 2019\n\nWe saw Linkerd.\n\nTags: kubernetes, istio, #envoy\n\nFiled under: Events\n',
			'a.md'
		);
		expect(passages(doc).map((p) => p.text)).toEqual(['We saw Linkerd.']);
		const kept = parseString(
			'# KubeCon EU 2019\n\nWe saw Linkerd.\n\nTagged in the photo are the Linkerd maintainers and our team.\n',
			'a.md'
		);
		expect(passages(kept).map((p) => p.text)).toEqual([
			'We saw Linkerd.',
			'Tagged in the photo are the Linkerd maintainers and our team.'
		]);
	});
});

describe('a Korean or Japanese date opening a line', () => {
	it('"2019. 5. 28." is a date, not an ordered list item losing its year; alone, the dateline', () => {
		const doc = parseString(
			'# 후기\n\n2019. 5. 28. 쿠버콘 첫날 키노트를 들었다.\n\n2019. 5. 29.\n\n둘째 날은 Linkerd 세션.\n\n1. 첫 번째 항목\n2. 두 번째 항목\n',
			'a.md'
		);
		expect(passages(doc).map((p) => p.text)).toEqual([
			'2019. 5. 28. 쿠버콘 첫날 키노트를 들었다.',
			'둘째 날은 Linkerd 세션.',
			'첫 번째 항목\n두 번째 항목'
		]);
		expect(doc.published).toBe('2019-05-29');
	});
});

describe('footnotes', () => {
	it("a definition's text is a passage without its marker; references go from the text", () => {
		const doc = parseString(
			'# Recap\n\nThe keynote announced Linkerd 2.6[^1] and more.\n\n[^1]: Released the week before the conference.\n',
			'a.md'
		);
		expect(passages(doc).map((p) => p.text)).toEqual([
			'The keynote announced Linkerd 2.6 and more.',
			'Released the week before the conference.'
		]);
	});
});

describe('<details> blocks', () => {
	it("the <summary> label is no passage; the block's content is kept", () => {
		const doc = parseString(
			'# Recap\n\nWe tried Linkerd.\n\n<details><summary>Show config</summary>\n\nThe proxy injected itself into every pod.\n\n</details>\n\n<details>\n<summary>Click to expand</summary>\n\nMore notes here.\n</details>\n',
			'a.md'
		);
		expect(passages(doc).map((p) => p.text)).toEqual([
			'We tried Linkerd.',
			'The proxy injected itself into every pod.',
			'More notes here.'
		]);
	});
});

describe('unfenced shell lines', () => {
	it('"$ kubectl …" lines and a "# kubectl …" command are no prose; "$5 million" is', () => {
		const doc = parseString(
			'# Recap\n\nTry it yourself:\n\n$ kubectl get pods\n$ helm install my-release ./chart\n\n# kubectl apply -f mesh.yaml\n\n$5 million was raised for the new foundation fund.\n',
			'a.md'
		);
		expect(passages(doc).map((p) => p.text)).toEqual([
			'Try it yourself:',
			'$5 million was raised for the new foundation fund.'
		]);
		expect(headings(doc).map((h) => h[0])).toEqual(['Recap']);
	});
});

describe('<details> blocks, the label on lines of its own', () => {
	it('"<summary>" over the label over "</summary>": no passage', () => {
		const doc = parseString(
			'# Recap\n\nWe tried Linkerd.\n\n<details>\n<summary>\nShow config\n</summary>\n\nThe proxy injected itself into every pod.\n\n</details>\n',
			'a.md'
		);
		expect(passages(doc).map((p) => p.text)).toEqual([
			'We tried Linkerd.',
			'The proxy injected itself into every pod.'
		]);
	});
});
