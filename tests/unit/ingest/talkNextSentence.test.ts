/**
 * A talk's speakers in the sentence after its quoted title (a blind test, talks2): "the keynote
 * “Title”. Its speaker was Name of Org", "the panel “Title”. It was moderated by Name (Org), with
 * panelists …"; a heading whose title says "Introduction to" over "Presented by …".
 */
import { describe, expect, it } from 'vitest';
import { ingestText, talks } from './fixtureIngest';

describe('the speakers named in the next sentence', () => {
	it.each([
		[
			'The day opened with the keynote "Kubernetes Enters the Boring Phase". Its speaker was Bryan Liles of VMware, who argued that stability is the goal.',
			['Kubernetes Enters the Boring Phase', ['Bryan Liles'], ['VMware']]
		],
		[
			'Later, the closing keynote "Reperforming a Nobel Prize Discovery on Kubernetes" followed. It was delivered by Ricardo Rocha and Lukas Heinrich of CERN.',
			[
				'Reperforming a Nobel Prize Discovery on Kubernetes',
				['Ricardo Rocha', 'Lukas Heinrich'],
				['CERN']
			]
		],
		[
			'The best session was the panel "Running Kubernetes in Regulated Industries". It was moderated by Cheryl Hung (CNCF), with panelists Lena Hall (Microsoft), Bob Wise (AWS) and Katie Gamanji (Condé Nast).',
			[
				'Running Kubernetes in Regulated Industries',
				['Cheryl Hung', 'Lena Hall', 'Bob Wise', 'Katie Gamanji'],
				['CNCF', 'Microsoft', 'AWS', 'Condé Nast']
			]
		]
	])('%s', (text, row) => {
		expect(talks(text)).toEqual([row]);
	});

	it('a next sentence that names nobody gives no speaker', () => {
		expect(
			talks(
				'I loved the keynote "Kubernetes Enters the Boring Phase". The speaker was nervous at first.'
			)
		).toEqual([]);
	});
});

describe('a heading with "Introduction to" in its title is one session', () => {
	const doc = (heading: string) =>
		`# Tutorials at KubeCon NA 2019\n\n## ${heading}\n\nPresented by Lin Sun (IBM) and Christian Posta (Solo.io). Bring a laptop with kind installed.\n`;
	it('"Hands-On Introduction to Istio" over "Presented by …" and a sentence', () => {
		const r = ingestText('tutorials.md', doc('Hands-On Introduction to Istio'));
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations])).toEqual([
			['Hands-On Introduction to Istio', ['Lin Sun', 'Christian Posta'], ['IBM', 'Solo.io']]
		]);
	});

	it('"Introduction" alone still heads the post, not a session', () => {
		expect(ingestText('tutorials.md', doc('Introduction')).talks).toEqual([]);
	});
});
