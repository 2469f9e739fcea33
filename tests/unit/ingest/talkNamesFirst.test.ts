import { describe, expect, it } from 'vitest';
import { talksInPassage } from '../../../src/lib/ingest/talks';

const talks = (text: string) =>
	talksInPassage(text, 'list').map((t) => [t.title, t.speakers, t.organizations]);

describe('which side of the dash names the speakers', () => {
	it.each([
		['Jane Doe (Acme) – Scaling Prometheus at Home', 'Scaling Prometheus at Home'],
		['Jane Doe, Acme – Scaling Prometheus at Home', 'Scaling Prometheus at Home'],
		['Jane Doe (Acme) - Kubernetes at Scale', 'Kubernetes at Scale']
	])('a bracketed or comma organisation outweighs "at": %s', (line, title) => {
		expect(talks(line)).toEqual([[title, ['Jane Doe'], ['Acme']]]);
	});

	it.each([
		['Scaling Kubernetes (Part 2) – Jane Doe from Acme', 'Scaling Kubernetes (Part 2)'],
		['Scaling Prometheus, Part 2 – Jane Doe from Acme', 'Scaling Prometheus, Part 2'],
		['Scaling Prometheus at Home – Jane Doe (Acme)', 'Scaling Prometheus at Home']
	])('a numbered part is no organisation: %s', (line, title) => {
		expect(talks(line)).toEqual([[title, ['Jane Doe'], ['Acme']]]);
	});
});
