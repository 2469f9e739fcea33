/** "Panel: Title — moderated by Name (Org), with A (B) and C (D)": the moderator is no part of the title. */
import { describe, expect, it } from 'vitest';
import { talks } from './fixtureIngest';

describe('a panel with its moderator before "with"', () => {
	it('the moderator is one of its people, the title ends before', () => {
		expect(
			talks(
				'Panel: The Future of Edge Clusters — moderated by Ruth Baker (Initech), with Omar Said (Globex) and Lin Wu (Acme)'
			)
		).toEqual([
			[
				'Panel: The Future of Edge Clusters',
				['Ruth Baker', 'Omar Said', 'Lin Wu'],
				['Initech', 'Globex', 'Acme']
			]
		]);
	});

	it('a title that says "by" otherwise keeps it', () => {
		expect(
			talks('Panel: Led by Users, Not Vendors, with Omar Said (Globex) and Lin Wu (Acme)')
		).toEqual([['Panel: Led by Users, Not Vendors', ['Omar Said', 'Lin Wu'], ['Globex', 'Acme']]]);
	});
});
