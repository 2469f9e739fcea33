import { describe, expect, it } from 'vitest';
import { compileAutomaton } from '../../../src/lib/ingest/automaton';
import { mulberry32 } from '../../fixtures/db/randomResult';

const isAsciiWord = (c: number) =>
	(c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** What scanWords must report: every hit of scan that cuts no ASCII word at either edge. */
function wordHits(patterns: string[], text: string): string[] {
	const out: string[] = [];
	compileAutomaton(patterns).scan(text, (p, start, end) => {
		const pattern = patterns[p]!;
		if (isAsciiWord(pattern.charCodeAt(0)) && start > 0 && isAsciiWord(text.charCodeAt(start - 1)))
			return;
		const last = pattern.charCodeAt(pattern.length - 1);
		if (isAsciiWord(last) && end < text.length && isAsciiWord(text.charCodeAt(end))) return;
		out.push(`${pattern}@${start}`);
	});
	return out;
}

function scanWords(patterns: string[], text: string): string[] {
	const out: string[] = [];
	compileAutomaton(patterns).scanWords(text, (p, start) => out.push(`${patterns[p]}@${start}`));
	return out;
}

describe('automaton', () => {
	it('finds every occurrence, overlapping ones included, case-insensitively', () => {
		const hits = compileAutomaton(['he', 'she', 'hers']).findAll('SHE said: hers');
		expect(hits.map((h) => [h.pattern, h.start, h.end])).toEqual([
			[1, 0, 3],
			[0, 1, 3],
			[0, 10, 12],
			[2, 10, 14]
		]);
	});

	it('reports word hits only where no ASCII word is cut', () => {
		const patterns = ['ai', 'helm', 'helm chart', 'k8s', 'service mesh'];
		const text =
			'Maintain Helm charts; Thai overhelm, a helm chart, AI/ML, k8s_x and a service mesh.';
		expect(scanWords(patterns, text)).toEqual([
			'helm@9',
			'helm@39',
			'helm chart@39',
			'ai@51',
			'service mesh@70'
		]);
	});

	it('treats letters outside ASCII as word edges, and the Kelvin sign as no "k"', () => {
		expect(scanWords(['kubernetes'], 'Über-kubernetes, éKubernetes')).toEqual([
			'kubernetes@5',
			'kubernetes@18'
		]);
		expect(scanWords(['k8s'], '\u212a8s')).toEqual([]);
	});

	it('word scans agree with filtered full scans on random texts (anchored and not)', () => {
		// Seeded, so a failure can be replayed.
		const rnd = mulberry32(7);
		const alphabet = 'aabbcd ee-_.1ÉéXY';
		const word = (min: number) =>
			Array.from(
				{ length: min + Math.floor(rnd() * 4) },
				() => alphabet[Math.floor(rnd() * alphabet.length)]
			).join('');
		for (let round = 0; round < 200; round++) {
			// Patterns that start with an ASCII word character only, or mixed with others.
			const mixed = round % 2 === 1;
			const patterns = Array.from({ length: 1 + Math.floor(rnd() * 8) }, () => {
				let p = word(1);
				if (!mixed) p = 'abcdXY1_'[Math.floor(rnd() * 8)] + p;
				return p.trim() || 'a';
			});
			const text = word(20) + word(20) + word(20);
			expect(scanWords(patterns, text), `${JSON.stringify(patterns)} in ${text}`).toEqual(
				wordHits(patterns, text)
			);
		}
	});
});
