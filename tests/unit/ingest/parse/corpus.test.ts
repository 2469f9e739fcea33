import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../src/lib/ingest/parse/index';
import type { ParsedDocument } from '../../../../src/lib/ingest/types';
import { CORPUS, headings } from './helpers';

function parse(name: string): ParsedDocument {
	const { doc, warnings } = parseDocument({
		path: name,
		bytes: new Uint8Array(readFileSync(CORPUS + name))
	});
	expect(warnings).toEqual([]);
	return doc!;
}

const names = [
	'000_69954d7bdab4379b.txt',
	'001_0a10030ab7818b39.txt',
	'002_b9ef247de2ee7a41.txt',
	'003_80732edc8b2f7a07.txt',
	'004_7fe01dbfe31ce9b6.txt'
];

describe('the sample corpus', () => {
	const docs = Object.fromEntries(names.map((n) => [n.slice(0, 3), parse(n)]));

	it('detects each format and title', () => {
		expect(Object.values(docs).map((d) => [d.format, d.title])).toEqual([
			['text', 'KubeCon NA 2020 Key Takeaways: Platforms, Safety, and End Users'],
			['text', 'KubeCon 2019 insights'],
			['text', 'Kubecon NA (and virtual) 2021: notes'],
			['rst', 'The 2018 KubeCon and CloudNativeCon in Copenhagen, Denmark'],
			['text', 'Kubecon San Diego Takeaways']
		]);
		expect(docs['003']!.published).toBe('2018-05-11');
	});

	it('finds the section headings of a plain-text post', () => {
		expect(headings(docs['004']!).map((h) => h[0])).toEqual([
			'Kubecon San Diego Takeaways',
			'Cilium is positioning itself to grab CNI market share',
			'Gitops is seeing real-world success',
			'Kubernetes adoption is often contingent on how well you abstract Kubernetes',
			'Hearing from end users is the best part of Kubecon'
		]);
	});

	it('keeps the DockerCon 2014 and 2015 meetup talks in their own section', () => {
		const whale = docs['001']!.sections.find(
			(s) => s.heading === 'Whale riding Docker in a sea of Microservices'
		)!;
		expect(whale.passages.some((p) => p.text.includes('DockerCon Europe 2014 keynote'))).toBe(true);
		expect(whale.passages.some((p) => p.text.includes('March-2015 DevOps-Chicago meetup'))).toBe(
			true
		);
	});

	it('marks talk headings in the 2021 notes, not their "Talk page" lines', () => {
		const d = docs['002']!;
		const talks = d.sections.filter((s) => s.kind === 'talk').map((s) => s.heading);
		expect(talks).toContain('Jaeger: Intro and Deep Dive – Jonah Kowall, Logz.io');
		expect(talks).toContain('Microservices Made Easy! – Donovan Brown & Jessica Deen, Microsoft');
		expect(talks.length).toBeGreaterThanOrEqual(10);
		expect(d.sections.some((s) => s.heading === 'Talk page and slides')).toBe(false);
	});

	it('gives the rST post its day markers and talk sections, with directives gone', () => {
		const d = docs['003']!;
		expect(d.sections.filter((s) => s.kind === 'day').map((s) => s.heading)).toEqual([
			'Tuesday',
			'Wednesday',
			'Thursday',
			'Friday'
		]);
		const text = d.sections.flatMap((s) => s.passages.map((p) => p.text)).join('\n');
		expect(text).not.toMatch(/\.\. |:alt:|:widths:|IMG_2018|\*\*|``/);
		expect(d.sections.find((s) => s.heading === 'Day 1 Keynotes')!.passages.length).toBeGreaterThan(
			1
		);
	});

	it('groups the five takeaways of the 2020 post into one list passage', () => {
		const list = docs['000']!.sections[0]!.passages.find((p) => p.kind === 'list')!;
		expect(list.text.split('\n')).toHaveLength(6);
		expect(list.text).toMatch(
			/^Here are our top five takeaways from the event:\nPlatforms as product/
		);
	});

	it('counts words plausibly and keeps every passage readable', () => {
		for (const d of Object.values(docs)) {
			expect(d.words).toBeGreaterThan(1000);
			expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
			for (const p of d.sections.flatMap((s) => s.passages)) {
				expect(p.text.length).toBeLessThanOrEqual(2000);
				expect(p.text).toBe(p.text.trim());
			}
		}
	});
});
