/**
 * Talk shapes a blind test (talks2) read wrongly or not at all: a label before a quoted title
 * ('Vortrag: „Title" von Name (Org)'), a numbered list whose item puts the speaker on the line
 * under the title, set off by emphasis.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const rows = (path: string, text: string) =>
	ingestText(path, text).talks.map((t) => [t.title, t.speakers, t.organizations]);

describe('a label, a colon, then the title in quotes', () => {
	it.each([
		[
			'- Vortrag: „Kubernetes sicher betreiben" von Jan Müller (SysEleven)',
			'Kubernetes sicher betreiben'
		],
		[
			'- Charla: "Service Mesh en producción" por Alejandro Saucedo (Seldon)',
			'Service Mesh en producción'
		],
		[
			'- Best talk: “Scaling Prometheus Remote Write” by Jan Müller (SysEleven)',
			'Scaling Prometheus Remote Write'
		]
	])('%s', (line, title) => {
		const found = rows('r.md', `# KubeCon EU 2019\n\nOur picks:\n\n${line}\n`);
		expect(found.map((t) => t[0])).toEqual([title]);
	});

	it('a title that only holds a colon keeps it', () => {
		const found = rows(
			'r.md',
			'# KubeCon EU 2019\n\n- Deep Dive: Envoy Internals par Matt Klein (Lyft)\n'
		);
		expect(found).toEqual([['Deep Dive: Envoy Internals', ['Matt Klein'], ['Lyft']]]);
	});
});
