import { describe, expect, it } from 'vitest';
import { talksInPassage } from '../../../src/lib/ingest/talks';
import { isPersonName } from '../../../src/lib/ingest/speakers';
import { cleanTitle } from '../../../src/lib/ingest/talkTitle';

const talks = (text: string) =>
	talksInPassage(text, 'list').map((t) => [t.title, t.speakers, t.organizations]);

describe('a title-cased remark after a dash names no speaker', () => {
	it.each([
		'Kubernetes & Prometheus – Better Together',
		'Service Mesh – Still Confusing',
		'Paella – Very Good Indeed',
		'Ann Lee & Bob Chan – Our Awesome Hosts',
		'Jane Doe, Acme – Our Hosts',
		'Jane Doe and John Roe – Event Organizers',
		'Jane Doe & John Roe – Best Talk of the Week'
	])('%s', (line) => {
		expect(talks(line)).toEqual([]);
	});

	it.each(['Better Together', 'Still Confusing', 'Our Awesome Hosts', 'Very Good'])(
		'%s is no person',
		(name) => {
			expect(isPersonName(name)).toBe(false);
		}
	);

	it('a talk with its speaker still is one', () => {
		expect(talks('Prometheus and Thanos – Jane Still')).toEqual([
			['Prometheus and Thanos', ['Jane Still'], []]
		]);
	});
});

describe('a slash or a bar before the next label is none of the title', () => {
	it.each([
		['Talk: Scaling Envoy / Speaker: John Roe (Globex)', 'Scaling Envoy'],
		['Scaling Envoy |', 'Scaling Envoy']
	])('%s', (raw, title) => {
		expect(raw.includes('Speaker') ? talks(raw).map((t) => t[0]) : [cleanTitle(raw)]).toEqual([
			title
		]);
	});
});

describe("a video title's level tag is none of the title", () => {
	it.each([
		['Kubernetes Failure Stories [I] - Jane Doe, Acme', 'Kubernetes Failure Stories'],
		['Intro to Helm [B] – Jane Doe, Acme', 'Intro to Helm'],
		['Life of a Packet [A] | Jane Doe, Acme | KubeCon EU 2017', 'Life of a Packet']
	])('%s', (line, title) => {
		expect(talks(line)).toEqual([[title, ['Jane Doe'], ['Acme']]]);
	});
});

describe("a schedule's place or a person's part after the names is no talk", () => {
	it.each([
		'Sponsor Showcase – Exhibit Hall',
		'Jane Doe, Acme: Volunteer Coordinator',
		'Jane Doe (Acme) – Program Committee Coordinator'
	])('%s', (line) => {
		expect(talks(line)).toEqual([]);
	});
});
