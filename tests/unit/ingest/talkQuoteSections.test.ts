/** A section of quotes lists what people said in a talk list's shape: '"Words" – Name'. */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const rows = (text: string) =>
	ingestText('recap.md', text).talks.map((t) => [t.title, t.speakers, t.organizations]);

describe('a section of quotes', () => {
	it('names no talks; the sessions above it still do', () => {
		expect(
			rows(
				[
					'# DockerCon EU 2018 recap',
					'',
					'## Sessions',
					'',
					'- "Images Without Dockerfiles" – Ruth Baker (Initech)',
					'- "Debugging Distroless" – Omar Said (Globex)',
					'',
					'## Best quotes',
					'',
					'- "Everything is a process" – Lin Wu (Acme)',
					'- "Ship the Boring Parts First" – Maria Ortiz'
				].join('\n')
			)
		).toEqual([
			['Images Without Dockerfiles', ['Ruth Baker'], ['Initech']],
			['Debugging Distroless', ['Omar Said'], ['Globex']]
		]);
	});

	it('"Quotes we heard", "Quotes I liked" as well', () => {
		for (const heading of ['Quotes we heard', 'Quotes I liked'])
			expect(
				rows(
					`# DockerCon EU 2018 recap\n\n## ${heading}\n\n- "Ship the Boring Parts First" – Maria Ortiz (Acme)`
				)
			).toEqual([]);
	});

	it('a heading about quotas is no such section', () => {
		expect(
			rows(
				'# DockerCon EU 2018 recap\n\n## Resource quotas\n\n- "Quotas at Scale" – Ruth Baker (Initech)'
			)
		).toEqual([['Quotas at Scale', ['Ruth Baker'], ['Initech']]]);
	});
});
