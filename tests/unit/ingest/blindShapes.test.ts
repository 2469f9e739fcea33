/**
 * Recap shapes written blind (tests/fixtures/docs, invented text about real editions), read end
 * to end with the real taxonomy as a reader of the atlas would check them: a MediaWiki page, a
 * LinkedIn post, and the shapes that were read right already (a Japanese 参加レポート, a Marp
 * deck, a live blog, an awesome list, an interview).
 */
import { describe, expect, it } from 'vitest';
import { ingestFixture } from './fixtureIngest';

describe('a MediaWiki trip report', () => {
	const { r, source, events, talks } = ingestFixture('mediawiki-trip-report.txt');

	it('its "== Heading ==" are the sections, its "# " lines a list, not headings', () => {
		expect(source.title).toBe('Trip report: KubeCon + CloudNativeCon North America 2018');
		expect(source.format).toBe('mediawiki');
		expect(r.sections.map((s) => s.heading)).toEqual([
			'Trip report: KubeCon + CloudNativeCon North America 2018',
			'Summary',
			'Keynotes',
			'Sessions',
			'Intro: SIG Network',
			'Envoy Internals Deep Dive',
			'Jaeger: Distributed Tracing at Uber Scale',
			'Vitess and Kubernetes',
			'Action items',
			'Links'
		]);
		expect(events).toEqual(['kubecon-na-2018']);
	});

	it('its sessions are talks; no wiki markup is left in the text', () => {
		expect(talks).toEqual([
			['Intro: SIG Network', ['Tim Hockin', 'Dan Williams'], ['Google', 'Red Hat']],
			['Envoy Internals Deep Dive', ['Matt Klein'], ['Lyft']],
			['Jaeger: Distributed Tracing at Uber Scale', ['Yuri Shkuro'], ['Uber']],
			['Vitess and Kubernetes', ['Sugu Sougoumarane'], ['PlanetScale']]
		]);
		expect(r.passages.filter((p) => /'''|\[\[|\[https?:/.test(p.text))).toEqual([]);
		const zipkin = r.mentions.find((m) => m.project_id === 'zipkin');
		expect(r.passages.find((p) => p.id === zipkin?.passage_id)?.text).toMatch(/^Raj: spike/);
	});
});

describe('a LinkedIn post', () => {
	it('"… is a wrap. ✅" is a sentence, not a heading', () => {
		const { r, events } = ingestFixture('linkedin-post.txt');
		expect(events).toEqual(['kubecon-na-2021']);
		expect(r.sections.map((s) => s.heading)).toEqual([null, "A few things I'm taking home 👇"]);
		expect(r.passages[1]!.text).toBe('KubeCon + CloudNativeCon North America 2021 is a wrap. ✅');
	});
});

describe('shapes read right already', () => {
	it('a Japanese 参加レポート: headings over 登壇者 lines are the talks', () => {
		const { events, talks } = ingestFixture('japanese-report.md');
		expect(events).toEqual(['kubecon-eu-2019']);
		expect(talks).toEqual([
			['Kubernetes の本番運用で学んだこと', ['Lucas Käldström'], ['Weaveworks']],
			['Helm 3 の紹介', ['Matt Fisher', 'Matt Butcher'], ['Microsoft']],
			['Envoy と Istio によるサービスメッシュ', ['Lin Sun'], ['IBM']],
			[
				'Prometheus のスケーリング: Thanos vs Cortex',
				['Bartłomiej Płotka', 'Tom Wilkie'],
				['Improbable', 'Grafana Labs']
			]
		]);
	});

	it('a Marp slide deck: "## Talk: Title" slides over a "Speaker:" line', () => {
		const { r, events, talks } = ingestFixture('marp-deck.md');
		expect(events).toEqual(['dockercon-2018']);
		expect(talks).toEqual([
			['Docker Compose in production', ['Bret Fisher'], ['Independent']],
			[
				'Tips and Tricks of the Docker Captains',
				['Adrian Mouat', 'Elton Stoneman'],
				['Container Solutions', 'Docker']
			],
			['Istio and Envoy on Docker EE', ['Lin Sun'], ['IBM']]
		]);
		// The speaker notes in comments are not text of the recap.
		expect(r.passages.some((p) => /Notes:|Mention that/.test(p.text))).toBe(false);
	});

	it('a live blog: "10:55 — "Title" — Name (Org)" and "13:45 — "Title" by Name (Org)"', () => {
		const { events, talks } = ingestFixture('liveblog.md');
		expect(events).toEqual(['kubecon-2015']);
		expect(talks.map((t) => t[0])).toEqual([
			'Keynote by Craig McLuckie',
			'Kubernetes and the Path to Cloud Native',
			// "11:40 — Brendan Burns (Google) on patterns for composite containers: …"
			'Patterns for composite containers',
			'Scaling Kubernetes to 1000 nodes',
			'Helm, a package manager for Kubernetes',
			'Prometheus monitoring for your cluster',
			'Running Kubernetes on OpenStack'
		]);
	});

	it('an awesome list: a table of talks with slides and video columns', () => {
		const { r, events, talks } = ingestFixture('awesome-list.md');
		// "Rook: Cloud-Native Storage Orchestration" names Rook.
		expect(r.mentions.map((m) => m.project_id)).toContain('rook');
		expect(events).toEqual(['kubecon-cn-2019']);
		expect(talks).toHaveLength(11);
		expect(talks).toContainEqual([
			'Intro to Linkerd 2',
			['William Morgan', 'Oliver Gould'],
			['Buoyant']
		]);
	});

	it('an interview: the edition from its dates, the talk the answer names', () => {
		const { events, talks } = ingestFixture('interview-qa.md');
		expect(events).toEqual(['kubecon-eu-2020']);
		expect(talks).toEqual([['Kubernetes Failure Stories', ['Henning Jacobs'], []]]);
	});
});

describe('more shapes read right already', () => {
	it('a GitHub issue: the edition from "(Nov. 18–21, 2019)" in its title, the checklist talks', () => {
		const { events, talks } = ingestFixture('github-issue.md');
		expect(events).toEqual(['kubecon-na-2019']);
		expect(talks.map((t) => t[0])).toEqual([
			// "Keynote: Kubernetes Project Update — Vicki Cheung (Lyft), watched live"
			'Keynote: Kubernetes Project Update',
			'How Spotify Accidentally Deleted All its Kube Clusters with No User Impact',
			'Building a Multi-Cluster Privileged Access Management Platform',
			'Intro to Cortex'
		]);
	});

	it("Hugo shortcodes are no text; the speaker's own talk is the author's", () => {
		const { r, source, events, talks } = ingestFixture('hugo-shortcodes.md');
		expect([source.author, source.published]).toEqual(['Nadia Petrova', '2019-05-08']);
		expect(events).toEqual(['dockercon-2019']);
		expect(r.passages.some((p) => p.text.includes('{{'))).toBe(false);
		expect(talks).toEqual([
			// 'My talk, "Shrinking Your Images: …", was in the Developer track': the author's own.
			['Shrinking Your Images: Multi-Stage Builds in Practice', ['Nadia Petrova'], []],
			['Docker Desktop Enterprise', ['Gareth Rushgrove'], ['Docker']],
			['Containerd: A Deep Dive', ['Phil Estes'], ['IBM']],
			['Kubernetes for the Docker Developer', ['Elton Stoneman'], ['Docker']]
		]);
	});
});

describe('blog-platform shapes read right', () => {
	it('Dev.to: a title with a colon, {% liquid %} tags, heading talks over an italic speaker', () => {
		const { r, source, events, talks } = ingestFixture('devto-colon-title.md');
		expect([source.title, source.published]).toEqual([
			'My first KubeCon: Barcelona 2019',
			'2019-05-27'
		]);
		expect(r.warnings).toEqual([]);
		expect(events).toEqual(['kubecon-eu-2019']);
		expect(r.passages.some((p) => p.text.includes('{%'))).toBe(false);
		expect(talks).toEqual([
			['Kubernetes Failure Stories', ['Henning Jacobs'], ['Zalando']],
			['Building a Kubernetes Operator in Python', ['Sergey Vasilyev'], ['Zalando']]
		]);
	});

	it('photo captions are no talks; the quoted session is', () => {
		const { events, talks } = ingestFixture('photo-captions.md');
		expect(events).toEqual(['dockercon-eu-2015']);
		expect(talks).toEqual([
			['Docker and Mesos: Better Together', ['Jérôme Petazzoni'], ['Docker']]
		]);
	});
});
