import { describe, expect, it } from 'vitest';
import { talkFromHeading } from '../../../src/lib/ingest/talkHeadings';
import { talksInPassage } from '../../../src/lib/ingest/talks';
import { isOrgName, isPersonName } from '../../../src/lib/ingest/speakers';

describe('a heading or line whose part after the dash is a subtitle, not a speaker', () => {
	it.each([
		'KubeCon + CloudNativeCon China 2019 - Trip Report',
		'KubeCon EU 2019 – Day One Recap',
		'DockerCon 2017 - Day Two Notes',
		'KubeCon Barcelona - Final Thoughts',
		'Kubernetes Contributor Summit – Morning Sessions',
		'Keynote - Opening Remarks',
		'Day 1 - Morning Keynotes',
		'Part 2 - Service Mesh Wars',
		'KubeCon 2019 — Vendor Booth Tour'
	])('%s', (heading) => {
		expect(talkFromHeading(heading, false, [])).toBeNull();
		expect(talksInPassage(heading, 'list')).toEqual([]);
	});

	it('still reads a speaker after the dash', () => {
		expect(talkFromHeading('Keynote – Kelsey Hightower', false, [])).toMatchObject({
			title: 'Keynote',
			speakers: ['Kelsey Hightower']
		});
		expect(talksInPassage('Multi Cluster Networking - Jane Roe, Acme', 'list')).toMatchObject([
			{ title: 'Multi Cluster Networking', speakers: ['Jane Roe'], organizations: ['Acme'] }
		]);
	});

	it('words of a heading are no person’s name', () => {
		expect(isPersonName('Trip Report')).toBe(false);
		expect(isPersonName('Day One Recap')).toBe(false);
		expect(isPersonName('Opening Remarks')).toBe(false);
		expect(isPersonName('Doris Day')).toBe(true);
	});
});

describe('a heading over a list of talks', () => {
	it('is no talk whose speakers are the first item’s title ("Talks we gave")', () => {
		const passages = [
			{ text: 'Scaling Envoy at Lyft -- Matt Klein (Lyft)', kind: 'list' as const },
			{ text: 'OPA in production -- Tim Hinrichs (Styra)', kind: 'list' as const }
		];
		expect(talkFromHeading('Talks we gave', false, passages)).toBeNull();
		expect(talksInPassage(passages[0]!.text, 'list')).toMatchObject([
			{ title: 'Scaling Envoy at Lyft', speakers: ['Matt Klein'], organizations: ['Lyft'] }
		]);
	});

	it('an organisation has no dash between spaces in it', () => {
		expect(isOrgName('Lyft -- Matt Klein')).toBe(false);
		expect(isOrgName('Hewlett-Packard Enterprise')).toBe(true);
	});
});

describe('a talk’s number in a programme', () => {
	const under = [{ text: 'Speaker: Henning Jacobs (Zalando)', kind: 'paragraph' as const }];
	it.each([
		['Talk 1: Kubernetes Failure Stories', 'Kubernetes Failure Stories'],
		['Session 3 - Scaling Prometheus', 'Scaling Prometheus'],
		['#2: Linkerd Deep Dive', 'Linkerd Deep Dive'],
		['议题一：《基于 Kubernetes 的 Serverless 实践》', '基于 Kubernetes 的 Serverless 实践'],
		['议题二：Service Mesh 在蚂蚁金服的演进', 'Service Mesh 在蚂蚁金服的演进']
	])('%s is not part of the title', (heading, title) => {
		const cjk = /[\u4e00-\u9fff]/.test(heading);
		const passages = cjk ? [{ text: '嘉宾：张三（阿里巴巴）', kind: 'paragraph' as const }] : under;
		expect(talkFromHeading(heading, false, passages)?.title).toBe(title);
	});

	it('nor a speaker ("Session 3 - Scaling Prometheus" is no talk by "Scaling Prometheus")', () => {
		expect(talkFromHeading('Session 3 - Scaling Prometheus', false, [])).toBeNull();
	});
});
