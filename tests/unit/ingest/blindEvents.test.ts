/**
 * Editions in recap shapes written blind: a newsletter issue whose sections name two
 * conferences and a meetup by their dates ("DOCKERCON EU (Dec. 3–5, 2018)").
 */
import { describe, expect, it } from 'vitest';
import { ingestFixture, ingestText } from './fixtureIngest';

describe('a newsletter issue: two conferences and a meetup, by their dates', () => {
	const { r, talks } = ingestFixture('newsletter-issue.txt');
	const sectionEvent = (heading: string) =>
		r.sections.find((s) => s.heading?.includes(heading))?.event_id;

	it('"KUBECON + CLOUDNATIVECON NORTH AMERICA (Nov. 18–21, 2019)", "DOCKERCON EU (Dec. 3–5, 2018)"', () => {
		expect(sectionEvent('KUBECON')).toBe('kubecon-na-2019');
		expect(sectionEvent('DOCKERCON EU')).toBe('dockercon-eu-2018');
	});

	it('"MEETUP: Cloud Native Lisbon #7 (November 27, 2019)" is a meetup held in Lisbon', () => {
		const id = sectionEvent('MEETUP');
		expect(r.events.find((e) => e.id === id)).toMatchObject({
			name: 'Cloud Native Lisbon meetup (November 2019)',
			city: 'Lisbon',
			start_date: '2019-11-27'
		});
		expect(r.talks.filter((t) => t.event_id === id).map((t) => t.title)).toEqual([
			'GitOps with Flux',
			'Observability on a budget: Loki and Grafana'
		]);
	});

	it('each talk under its own edition; the footer is no passage', () => {
		expect(r.talks.map((t) => t.event_id).slice(0, 5)).toEqual([
			'kubecon-na-2019',
			'kubecon-na-2019',
			'kubecon-na-2019',
			'dockercon-eu-2018',
			'dockercon-eu-2018'
		]);
		expect(talks[3]).toEqual(['Docker Compose on Kubernetes', ['Ian Campbell'], ['Docker']]);
		expect(r.passages.some((p) => /receiving this|unsubscribe/i.test(p.text))).toBe(false);
	});

	it('in mixed case too, a series and region dated after the name', () => {
		const t = ingestText(
			'weekly.txt',
			[
				'Weekly',
				'1. KubeCon + CloudNativeCon Europe (May 20–23, 2019)',
				'The keynotes announced OpenTelemetry.',
				'2. DockerCon (April 29 – May 2, 2019)',
				'Docker announced Docker Enterprise 3.0.'
			].join('\n\n')
		);
		expect(t.passages.map((p) => p.event_id)).toEqual(['kubecon-eu-2019', 'dockercon-2019']);
	});
});

describe('a hope for a later edition is a passing reference', () => {
	it('"I hope DockerCon 2021 keeps a virtual track" closes a DockerCon LIVE 2020 recap', () => {
		const { events, talks } = ingestFixture('dockercon-live.md');
		expect(events).toEqual(['dockercon-2020']);
		expect(talks).toHaveLength(4);
	});

	it('a Chinese recap of the online KubeCon China 2021', () => {
		const { events, talks } = ingestFixture('chinese-online-2021.md');
		expect(events).toEqual(['kubecon-cn-2021']);
		expect(talks).toEqual([
			['基于 eBPF 的云原生可观测性', ['张三'], ['字节跳动']],
			['Dragonfly 在大规模镜像分发中的实践', ['李四'], ['阿里巴巴']],
			['使用 KubeEdge 管理边缘节点', ['王五'], ['华为']]
		]);
	});
});

describe('a speaker whose name reads as a gathering', () => {
	it('"Speaker: Stephen Day, Docker" is no "Stephen Day" event: the talk stays at the edition', () => {
		const { r, events } = ingestFixture('schedule-grid.md');
		expect(events).toEqual(['kubecon-na-2017']);
		expect(r.talks.map((t) => [t.title, t.event_id])).toContainEqual([
			'Containerd: An Overview',
			'kubecon-na-2017'
		]);
		expect(r.talks.every((t) => t.event_id === 'kubecon-na-2017')).toBe(true);
	});
});
