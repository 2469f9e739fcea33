/** A schedule whose times, titles and speakers are set apart by middle dots ("10:30 · Title · Name"). */
import { describe, expect, it } from 'vitest';
import { talks } from './fixtureIngest';

describe('a schedule line with middle dots', () => {
	it('reads the title and the speakers after the time', () => {
		expect(talks('09:40–10:15 · Tuning etcd: Notes from the Field · Ruth Baker (Initech)')).toEqual(
			[['Tuning etcd: Notes from the Field', ['Ruth Baker'], ['Initech']]]
		);
		expect(
			talks('14:05 · Network Policy in Practice · Omar Said (Acme) & Lin Wu (Globex)')
		).toEqual([['Network Policy in Practice', ['Omar Said', 'Lin Wu'], ['Acme', 'Globex']]]);
	});

	it('not a break or a line without a person', () => {
		expect(talks('12:30–14:00 · Lunch · Hall B')).toEqual([]);
		expect(talks('18:00 · Booth crawl · Expo Hall (sponsors)')).toEqual([]);
	});
});
