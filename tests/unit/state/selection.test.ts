import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '$lib/db/types';
import { sameSelection, selectionQuery } from '$lib/state/selection';

const f = { ...EMPTY_FILTERS, from: 2018 };

describe('selectionQuery', () => {
	it.each([
		[null, {}],
		[{ kind: 'event', eventId: 'e1' } as const, { eventId: 'e1' }],
		[
			{ kind: 'theme-event', themeId: 't', eventId: 'e1' } as const,
			{ themeId: 't', eventId: 'e1' }
		],
		[{ kind: 'node', projectId: 'envoy' } as const, { withProjects: ['envoy'] }],
		[
			{ kind: 'edge', source: 'envoy', target: 'istio' } as const,
			{ withProjects: ['envoy', 'istio'] }
		],
		[
			{ kind: 'cell', themeId: 't', column: 'e1', columns: 'event' } as const,
			{ themeId: 't', eventId: 'e1' }
		],
		[
			{ kind: 'cell', themeId: 't', column: '2019', columns: 'year' } as const,
			{ themeId: 't', year: 2019 }
		]
	])('%j narrows the passages', (selection, extra) => {
		expect(selectionQuery(f, selection, { limit: 20 })).toEqual({
			filters: f,
			limit: 20,
			...extra
		});
	});

	it('compares selections by value', () => {
		expect(sameSelection({ kind: 'node', projectId: 'a' }, { kind: 'node', projectId: 'a' })).toBe(
			true
		);
		expect(sameSelection({ kind: 'node', projectId: 'a' }, null)).toBe(false);
	});
});
