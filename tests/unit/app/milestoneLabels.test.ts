import { describe, expect, it } from 'vitest';
import { placeMilestoneLabels } from '../../../src/lib/app/project/milestoneLabels';

describe('placeMilestoneLabels', () => {
	it('keeps far-apart labels in the first row, right of their rules', () => {
		const placed = placeMilestoneLabels(
			[
				{ x: 50, label: 'Accepted' },
				{ x: 300, label: 'Graduated' }
			],
			640
		);
		expect(placed).toEqual([
			{ anchor: 'start', row: 0 },
			{ anchor: 'start', row: 0 }
		]);
	});

	it('moves a label that would overlap to the next row, and back up when there is room', () => {
		// A 360 px chart: accepted and incubating on the same day, graduated a little later.
		const placed = placeMilestoneLabels(
			[
				{ x: 120, label: 'Accepted' },
				{ x: 120, label: 'Incubating' },
				{ x: 150, label: 'Graduated' }
			],
			360
		);
		expect(placed.map((p) => p.row)).toEqual([0, 1, 2]);
		const later = placeMilestoneLabels(
			[
				{ x: 120, label: 'Accepted' },
				{ x: 130, label: 'Incubating' },
				{ x: 200, label: 'Graduated' }
			],
			360
		);
		expect(later.map((p) => p.row)).toEqual([0, 1, 0]);
	});

	it('writes a label left of its rule at the right edge', () => {
		const [placed] = placeMilestoneLabels([{ x: 340, label: 'Graduated' }], 360);
		expect(placed).toEqual({ anchor: 'end', row: 0 });
	});

	it('answers in the order it was given, whatever the x order', () => {
		const placed = placeMilestoneLabels(
			[
				{ x: 200, label: 'Graduated' },
				{ x: 100, label: 'Accepted' }
			],
			640
		);
		expect(placed).toHaveLength(2);
		expect(placed.every((p) => p.row === 0)).toBe(true);
	});
});
