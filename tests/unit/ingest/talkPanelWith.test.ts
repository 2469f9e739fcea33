import { describe, expect, it } from 'vitest';
import { talksInPassage } from '../../../src/lib/ingest/talks';

const talks = (text: string, kind: 'list' | 'paragraph' = 'list') =>
	talksInPassage(text, kind).map((t) => [t.title, t.speakers, t.organizations]);

describe('a panel and its people after "with"', () => {
	it.each([
		[
			'Panel: Future of Service Mesh, with Lin Sun (IBM), William Morgan (Buoyant) and Oliver Gould (Buoyant)',
			'Panel: Future of Service Mesh',
			['Lin Sun', 'William Morgan', 'Oliver Gould'],
			['IBM', 'Buoyant']
		],
		[
			'Fireside Chat: Open Source at Scale featuring Jane Doe (Acme) and John Roe',
			'Fireside Chat: Open Source at Scale',
			['Jane Doe', 'John Roe'],
			['Acme']
		],
		[
			'Panel discussion: Diversity in Tech, with Jane Doe, Acme',
			'Panel discussion: Diversity in Tech',
			['Jane Doe'],
			['Acme']
		],
		[
			'Panel: Scaling with Kubernetes, with Jane Doe (Acme) and John Roe (Globex)',
			'Panel: Scaling with Kubernetes',
			['Jane Doe', 'John Roe'],
			['Acme', 'Globex']
		]
	])('%s', (line, title, speakers, orgs) => {
		expect(talks(line)).toEqual([[title, speakers, orgs]]);
		expect(talks(`- ${line}`, 'paragraph')).toEqual([[title, speakers, orgs]]);
	});

	it('reads each line of a programme', () => {
		expect(
			talks(
				'Panel: Future of Service Mesh, with Lin Sun (IBM) and Oliver Gould (Buoyant)\nPanel: Women in Cloud Native, with Jane Doe (Acme) and Ann Lee (Initech)'
			)
		).toEqual([
			['Panel: Future of Service Mesh', ['Lin Sun', 'Oliver Gould'], ['IBM', 'Buoyant']],
			['Panel: Women in Cloud Native', ['Jane Doe', 'Ann Lee'], ['Acme', 'Initech']]
		]);
	});

	it.each([
		'Panel: we talked with Jane Doe (Acme) afterwards',
		'Panel: Future of Service Mesh, with some great questions',
		'Panel: Future of Service Mesh, with Kubernetes and Istio',
		'Lunch: Tacos with Jane Doe (Acme)'
	])('no panel, or no people after "with": %s', (line) => {
		expect(talks(line)).toEqual([]);
		expect(talks(line, 'paragraph')).toEqual([]);
	});
});
