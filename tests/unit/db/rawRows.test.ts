import { describe, expect, it } from 'vitest';
import { inOrder } from '../../../src/lib/db/rawRows';
import { mulberry32 } from '../../fixtures/db/randomResult';

const byNumber = (a: number, b: number) => a - b;

describe('inOrder', () => {
	it('keeps rows already in order, and the input untouched', () => {
		const rows = [1, 2, 2, 5, 9];
		expect(inOrder(rows, byNumber)).toEqual([1, 2, 2, 5, 9]);
		const nearly = [1, 3, 2, 4, 6, 5];
		expect(inOrder(nearly, byNumber)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(nearly).toEqual([1, 3, 2, 4, 6, 5]);
	});

	it('sorts rows far from their order (past the insertion sort budget)', () => {
		const rnd = mulberry32(7);
		const rows = Array.from({ length: 2000 }, () => Math.floor(rnd() * 500));
		expect(inOrder(rows, byNumber)).toEqual([...rows].sort(byNumber));
		const reversed = Array.from({ length: 1000 }, (_, i) => 1000 - i);
		expect(inOrder(reversed, byNumber)).toEqual([...reversed].sort(byNumber));
	});
});
