/** Slugs (tags, file names) read as words for the event finder (eventTags.ts). */
import { describe, expect, it } from 'vitest';
import { slugWords } from '../../../src/lib/ingest/eventTags';

describe('slugWords', () => {
	it.each([
		['kubecon-eu-2019/day-1', 'Kubecon EU 2019 Day 1'],
		['kubecon_china_2019', 'Kubecon China 2019'],
		[
			'2019/00025-what-i-learned-at-kubecon-cn-2019',
			'2019 00025 What I Learned At Kubecon China 2019'
		],
		['kubecon+cloudnativecon.na.2018', 'Kubecon+Cloudnativecon.NA.2018'],
		['dockercon-2019-2019abc-constructor-toString', 'Dockercon 2019 2019abc Constructor ToString'],
		['kubecon-zürich-über-2019', 'Kubecon Zürich Über 2019'],
		['notes-eu-2019', 'notes EU 2019']
	])('%s → %s', (slug, words) => {
		expect(slugWords(slug)).toBe(words);
	});
});
