import { describe, expect, it } from 'vitest';
import { talksInPassage } from '../../../src/lib/ingest/talks';
import { isPersonName } from '../../../src/lib/ingest/speakers';

const talks = (text: string) =>
	talksInPassage(text, 'list').map((t) => [t.title, t.speakers, t.organizations]);

describe('a title-cased remark after a dash names no speaker', () => {
	it.each([
		'Kubernetes & Prometheus – Better Together',
		'Service Mesh – Still Confusing',
		'Paella – Very Good Indeed',
		'Ann Lee & Bob Chan – Our Awesome Hosts',
		'Jane Doe, Acme – Our Hosts',
		'Jane Doe and John Roe – Event Organizers'
	])('%s', (line) => {
		expect(talks(line)).toEqual([]);
	});

	it.each(['Better Together', 'Still Confusing', 'Our Awesome Hosts', 'Very Good'])(
		'%s is no person',
		(name) => {
			expect(isPersonName(name)).toBe(false);
		}
	);

	it('a talk with its speaker still is one', () => {
		expect(talks('Prometheus and Thanos – Jane Still')).toEqual([
			['Prometheus and Thanos', ['Jane Still'], []]
		]);
	});
});
