import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '$lib/db/types';
import { filterCaption, sourceLine } from '$lib/export/caption';

const names = {
	themes: new Map([['observability', 'Observability']]),
	events: new Map([['kubecon-eu-2018', 'KubeCon EU 2018']])
};

describe('filterCaption', () => {
	it('names every active filter', () => {
		expect(
			filterCaption(
				{
					...EMPTY_FILTERS,
					from: 2018,
					to: 2020,
					themes: ['observability'],
					events: ['kubecon-eu-2018'],
					q: ' ebpf '
				},
				names
			)
		).toBe('2018–2020 · Themes: Observability · Events: KubeCon EU 2018 · Search: “ebpf”');
	});

	it('says "All events" with the data range when nothing is filtered', () => {
		expect(filterCaption(EMPTY_FILTERS, {}, [2014, 2021])).toBe('All events, 2014–2021');
		expect(filterCaption(EMPTY_FILTERS)).toBe('All events');
	});

	it('falls back to ids, fills open year ends, shortens long lists', () => {
		expect(
			filterCaption(
				{ ...EMPTY_FILTERS, from: 2017, projects: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] },
				{},
				[2014, 2021]
			)
		).toBe('2017–2021 · Projects: a, b, c, d, e +2 more');
		expect(filterCaption({ ...EMPTY_FILTERS, to: 2016 })).toBe('Until 2016');
	});
});

describe('sourceLine', () => {
	it('names the database build and the number of recaps', () => {
		expect(sourceLine({ builtAt: '2026-01-05T10:00:00Z', counts: { sources: 42 } })).toBe(
			'Source: KubeCon Atlas — atlas.sqlite built 2026-01-05, 42 recaps'
		);
		expect(sourceLine({ builtAt: '2026-01-05', counts: {} })).toBe(
			'Source: KubeCon Atlas — atlas.sqlite built 2026-01-05'
		);
	});
});
