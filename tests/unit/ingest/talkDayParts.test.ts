import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const titles = (text: string) => ingestText('day.md', text).talks.map((t) => t.title);

describe('a part of a day heads its talks, it is not one', () => {
	it.each([
		'Afternoon',
		'Day 2 Morning',
		'Wednesday afternoon',
		'Late Evening',
		'Tuesday, Morning'
	])('## %s', (heading) => {
		const text =
			'# DevOpsDays Oslo 2019\n\nNotes from both days in Oslo.\n\n' +
			`## ${heading}\n\n"Tracing at Scale" by Kari Nordmann (Acme) was the talk of the day. ` +
			'She walked through the pipeline.\n';
		expect(titles(text)).toEqual(['Tracing at Scale']);
	});

	it('a talk heading over notes on the talk stays', () => {
		const text =
			'# DevOpsDays Oslo 2019\n\nNotes from both days in Oslo.\n\n' +
			'## Tracing Everything at Scale\n\nThe talk showed how the pipeline grew.\n';
		expect(titles(text)).toEqual(['Tracing Everything at Scale']);
	});
});
