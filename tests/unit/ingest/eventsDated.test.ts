import { describe, expect, it } from 'vitest';
import { datedRowEvent } from '../../../src/lib/ingest/eventDated';
import type { CatalogEvent } from '../../../src/lib/ingest/types';
import { CATALOG } from './extractionFixtures';

const row = (date: string) => `Date: ${date} | Time: 10:30 | Title: Scaling Prometheus`;

describe('the edition a schedule row is dated in', () => {
	it('is the one held on its day, first or last day included', () => {
		expect(datedRowEvent(CATALOG, row('2019-11-18'))).toBe('kubecon-na-2019');
		expect(datedRowEvent(CATALOG, row('2019-11-21'))).toBe('kubecon-na-2019');
		expect(datedRowEvent(CATALOG, row('2019-11-22'))).toBeNull();
	});

	it('is none when two editions ran that day', () => {
		const twin: CatalogEvent = { ...CATALOG.find((e) => e.id === 'kubecon-na-2019')!, id: 'twin' };
		expect(datedRowEvent([...CATALOG, twin], row('2019-11-19'))).toBeNull();
	});
});
