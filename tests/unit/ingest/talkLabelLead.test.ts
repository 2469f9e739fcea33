import { describe, expect, it } from 'vitest';
import { talksInPassage } from '../../../src/lib/ingest/talks';

const talks = (text: string, kind: 'list' | 'paragraph' = 'list') =>
	talksInPassage(text, kind).map((t) => [t.title, t.speakers, t.organizations]);

describe("a session's kind, its speaker, then its title", () => {
	it.each([
		['Keynote — Jane Doe (Acme): State of the Union', 'State of the Union'],
		['Keynote: Jane Doe (Acme) – State of the Union', 'State of the Union'],
		['Keynote: Jane Doe, Acme – State of the Union', 'State of the Union'],
		['Opening Keynote – Jane Doe, Acme – Scaling etcd in production', 'Scaling etcd in production'],
		[
			'Eröffnungskeynote: Jane Doe (Acme) – Die Zukunft von Kubernetes',
			'Die Zukunft von Kubernetes'
		]
	])('%s', (line, title) => {
		expect(talks(line)).toEqual([[title, ['Jane Doe'], ['Acme']]]);
		expect(talks(line, 'paragraph')).toEqual([[title, ['Jane Doe'], ['Acme']]]);
	});

	it('the kind says a person follows, with no organisation', () => {
		expect(talks('Keynote: Jane Doe – Kubernetes at the Edge')).toEqual([
			['Kubernetes at the Edge', ['Jane Doe'], []]
		]);
	});

	it.each([
		['Keynote: Welcome Back – Jane Doe, Acme', [['Keynote: Welcome Back', ['Jane Doe'], ['Acme']]]],
		['Keynote: Jane Doe – great talk', []],
		['Session: Kubernetes Basics – Room 6A', []]
	])('a title first, a remark or a room is not read so: %s', (line, expected) => {
		expect(talks(line)).toEqual(expected);
	});
});
