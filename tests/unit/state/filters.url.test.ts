import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '$lib/db/types';
import {
	MAX_QUERY_LENGTH,
	parseFilters,
	serializeFilters,
	toSearchString,
	type KnownValues
} from '$lib/state/filters.url';

const known: KnownValues = {
	themes: new Set(['observability', 'security', 'service-mesh']),
	events: new Set(['kubecon-eu-2018', 'kubecon-na-2019']),
	projects: new Set(['kubernetes', 'prometheus', 'envoy']),
	years: [2014, 2021]
};

const parse = (search: string, k: KnownValues | null = known) =>
	parseFilters(new URLSearchParams(search), k ?? undefined);

describe('serializeFilters', () => {
	it('writes nothing for the defaults', () => {
		expect(serializeFilters(EMPTY_FILTERS).toString()).toBe('');
	});

	it('writes short params in a fixed order with sorted, de-duplicated ids', () => {
		const filters: Filters = {
			q: 'ebpf',
			projects: ['prometheus', 'envoy', 'prometheus'],
			events: ['kubecon-na-2019'],
			themes: ['security', 'observability'],
			to: 2020,
			from: 2018
		};
		expect(toSearchString(serializeFilters(filters))).toBe(
			'from=2018&to=2020&theme=observability,security&event=kubecon-na-2019&project=envoy,prometheus&q=ebpf'
		);
	});

	it('gives the same URL for the same view whatever the click order', () => {
		const a = serializeFilters({ ...EMPTY_FILTERS, themes: ['security', 'observability'] });
		const b = serializeFilters({ ...EMPTY_FILTERS, themes: ['observability', 'security'] });
		expect(a.toString()).toBe(b.toString());
	});

	it('leaves out a blank search', () => {
		expect(serializeFilters({ ...EMPTY_FILTERS, q: '   ' }).has('q')).toBe(false);
	});
});

describe('parseFilters round trip', () => {
	const cases: Filters[] = [
		EMPTY_FILTERS,
		{ ...EMPTY_FILTERS, from: 2018 },
		{ ...EMPTY_FILTERS, to: 2016 },
		{ ...EMPTY_FILTERS, from: 2018, to: 2018 },
		{ ...EMPTY_FILTERS, themes: ['observability', 'security'] },
		{ ...EMPTY_FILTERS, events: ['kubecon-eu-2018'], projects: ['envoy', 'kubernetes'] },
		{ ...EMPTY_FILTERS, q: 'service mesh & "sidecars", 100%' },
		{
			from: 2015,
			to: 2021,
			themes: ['service-mesh'],
			events: ['kubecon-eu-2018', 'kubecon-na-2019'],
			projects: ['prometheus'],
			q: 'ünïcode “quotes” ✓'
		}
	];
	it.each(cases.map((c) => [JSON.stringify(c), c] as const))('%s', (_, filters) => {
		const search = toSearchString(serializeFilters(filters));
		const back = parse(search);
		expect(back.notices).toEqual([]);
		expect(back.filters).toEqual(filters);
	});

	it('accepts repeated params as well as comma lists', () => {
		expect(parse('theme=security&theme=observability,security').filters.themes).toEqual([
			'observability',
			'security'
		]);
	});

	it('accepts ids by shape alone before the data is known', () => {
		const { filters, notices } = parse('theme=anything&project=foo-bar', null);
		expect(filters.themes).toEqual(['anything']);
		expect(filters.projects).toEqual(['foo-bar']);
		expect(notices).toEqual([]);
	});
});

describe('parseFilters with malformed input', () => {
	it.each([
		['from=abc', 'Ignored the year “abc”'],
		['to=20201', 'Ignored the year “20201”'],
		['from=1999', 'the data covers 2014–2021'],
		['to=2030', 'the data covers 2014–2021'],
		['from=2020&to=2018', 'ends before it starts'],
		['theme=nonsense', 'Ignored unknown theme “nonsense” in the link'],
		['event=kubecon-mars-2099', 'Ignored unknown event “kubecon-mars-2099”'],
		['project=<script>', 'Ignored unknown project “<script>”'],
		[`q=${'x'.repeat(MAX_QUERY_LENGTH + 1)}`, 'longer than 200 characters']
	])('%s is dropped with a notice', (search, notice) => {
		const { filters, notices } = parse(search);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toContain(notice);
		expect(filters).toEqual(EMPTY_FILTERS);
	});

	it('keeps the good values next to the bad ones', () => {
		const { filters, notices } = parse('from=2018&to=oops&theme=security,foo&project=envoy');
		expect(filters).toEqual({
			...EMPTY_FILTERS,
			from: 2018,
			themes: ['security'],
			projects: ['envoy']
		});
		expect(notices).toHaveLength(2);
	});

	it('ignores empty values and stray commas silently', () => {
		const { filters, notices } = parse('from=&theme=,,security,&q=');
		expect(filters).toEqual({ ...EMPTY_FILTERS, themes: ['security'] });
		expect(notices).toEqual([]);
	});

	it('never throws on hostile input', () => {
		for (const search of ['%E0%A4%A', 'theme=%00', 'from=-1&to=1e9', 'event=' + ','.repeat(5000)]) {
			expect(() => parse(search)).not.toThrow();
		}
	});

	it('shortens very long values in notices', () => {
		const { notices } = parse(`theme=${'a'.repeat(300)}`);
		expect(notices[0]!.length).toBeLessThan(120);
	});
});
