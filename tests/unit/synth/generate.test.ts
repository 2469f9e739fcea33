import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../../../src/lib/ingest/types';
import { generateCorpus } from '../../../src/lib/synth/generate';
import { taxonomy as base } from '../../fixtures/db/handmade';

const taxonomy: Taxonomy = {
	...base,
	events: [
		{
			id: 'kubecon-eu-2018',
			name: 'KubeCon + CloudNativeCon Europe 2018',
			series: 'kubecon',
			region: 'europe',
			start_date: '2018-05-02',
			end_date: '2018-05-04',
			city: 'Copenhagen',
			country: 'Denmark',
			format: 'in-person',
			aliases: ['KubeCon Copenhagen']
		},
		{
			id: 'dockercon-2020',
			name: 'DockerCon LIVE 2020',
			series: 'dockercon',
			region: 'online',
			start_date: '2020-05-28',
			end_date: '2020-05-28',
			city: null,
			country: null,
			format: 'virtual'
		}
	],
	themes: base.themes.map((t) => ({ ...t, lexicon: { [`${t.id} term`]: 1 } }))
};

describe('generateCorpus', () => {
	it('is deterministic for a seed, and document i does not depend on the corpus size', () => {
		const a = generateCorpus(taxonomy, 40, 7);
		expect(generateCorpus(taxonomy, 40, 7)).toEqual(a);
		expect(generateCorpus(taxonomy, 10, 7)).toEqual(a.slice(0, 10));
		expect(generateCorpus(taxonomy, 10, 8)).not.toEqual(a.slice(0, 10));
	});

	it('mixes formats and folders, and names taxonomy events, projects and theme terms', () => {
		const files = generateCorpus(taxonomy, 200, 1);
		expect(new Set(files.map((f) => f.path)).size).toBe(200);
		const extensions = new Set(files.map((f) => f.path.split('.').pop()));
		expect([...extensions].sort()).toEqual(['adoc', 'md', 'rst', 'txt']);
		expect(files.some((f) => f.text.startsWith('---\ntitle:'))).toBe(true);
		expect(files.some((f) => f.text.startsWith('+++\ntitle ='))).toBe(true);
		expect(files.some((f) => f.path.endsWith('.txt') && /^=+\n.+\n=+\n/.test(f.text))).toBe(true);
		const all = files.map((f) => f.text).join('\n');
		for (const word of [
			'Copenhagen',
			'DockerCon LIVE 2020',
			'Prometheus',
			'Kubernetes',
			'security term'
		]) {
			expect(all).toContain(word);
		}
		expect(files.every((f) => /^20(18|20)\//.test(f.path))).toBe(true);
	});
});
