/**
 * A look back on a year whose headings name a series alone and the days of its edition:
 * "## DockerCon (April 29 – May 2)", "## 20.–23. Mai: KubeCon". Before, such a heading named no
 * edition (the section stayed at the document's default, or at none).
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const sections = (...lines: string[]) =>
	ingestText('year.md', lines.join('\n')).passages.map((p) => p.event_id);

describe('a heading with a series and the days of one of its editions', () => {
	it('in English, one crossing into May', () => {
		expect(
			sections(
				'---',
				'title: "My 2019 in conferences"',
				'date: 2019-12-30',
				'---',
				'',
				'This year I went to three big conferences. A short look back at each.',
				'',
				'## DockerCon (April 29 – May 2)',
				'',
				'The keynotes announced Docker Enterprise 3.0.',
				'',
				'## KubeCon Europe (May 20–23)',
				'',
				'Barcelona was sunny and huge.',
				'',
				'## KubeCon North America (November 18–21)',
				'',
				'San Diego had twelve thousand people.'
			).slice(1)
		).toEqual(['dockercon-2019', 'kubecon-eu-2019', 'kubecon-na-2019']);
	});

	it('in German, the days before the name', () => {
		expect(
			sections(
				'---',
				'title: "Konferenzjahr 2019"',
				'date: 2019-12-30',
				'---',
				'',
				'Ein kurzer Rückblick auf meine Konferenzen in diesem Jahr.',
				'',
				'## 29. April – 2. Mai: DockerCon',
				'',
				'Docker Enterprise 3.0 und viel Kubernetes.',
				'',
				'## 20.–23. Mai: KubeCon',
				'',
				'Barcelona war riesig, überall OpenTelemetry.'
			).slice(1)
		).toEqual(['dockercon-2019', 'kubecon-eu-2019']);
	});

	it('not days that fit no edition of the series that year', () => {
		expect(
			sections(
				'---',
				'title: "My 2019 in conferences"',
				'date: 2019-12-30',
				'---',
				'',
				'## KubeCon (February 3–4)',
				'',
				'A small KubeCon watch party at the office.'
			)
		).toEqual([null]);
	});
});
