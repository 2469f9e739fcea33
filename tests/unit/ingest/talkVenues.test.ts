/**
 * A venue is never a speaker: "Keynote – Moscone West", "Workshop – Hilton Austin Downtown",
 * "Panel – Copenhagen Marriott" name where a session was. A venue after a heading's title is none
 * of the title. A session titled only by its kind ("Keynote – Kelsey Hightower") is named after its
 * speaker, as "keynote by Kelsey Hightower" is: every keynote is not one talk.
 */
import { describe, expect, it } from 'vitest';
import { isPersonName, parseSpeakerList } from '../../../src/lib/ingest/speakers';
import { isEditionTitle } from '../../../src/lib/ingest/talkEditionTitle';
import { ingestText } from './fixtureIngest';

const doc = (body: string) =>
	ingestText(
		'venues.md',
		`# KubeCon Europe 2019 notes\n\nKubeCon Europe 2019 took place in Barcelona in May.\n\n${body}\n`
	).talks.map((t) => [t.title, t.speakers, t.organizations]);

describe('venues and hotels are no speakers', () => {
	it.each([
		'Moscone West',
		'Hilton Austin Downtown',
		'Copenhagen Marriott',
		'Ballroom D',
		'Hall A',
		'Grand Hyatt',
		'Fira Gran Via',
		'Berlin Congress',
		'Westin Bayshore'
	])('%s is no person', (name) => {
		expect(isPersonName(name)).toBe(false);
	});

	it.each(['Austin Bennett', 'Paris Martineau', 'Sydney Roberts', 'Jessica Hall', 'Tom Hilton'])(
		'%s is a person',
		(name) => {
			expect(isPersonName(name)).toBe(true);
		}
	);

	it('a schedule of sessions and their rooms has no talks', () => {
		const items = [
			'Keynote – Moscone West',
			'Workshop – Hilton Austin Downtown',
			'Panel – Copenhagen Marriott',
			'Keynote – Ballroom D',
			'Reception – Westin Bayshore'
		];
		expect(doc(items.map((i) => `- ${i}`).join('\n'))).toEqual([]);
	});

	it('a venue after the title of a heading is none of it', () => {
		expect(
			doc(
				'## Scaling etcd – Hall A, Messe Berlin\n\nJane Doe (Acme) walked us through compaction.\n\n## Life at the Edge – Room for Improvement\n\nJohn Roe (Globex) showed his racks.'
			)
		).toEqual([
			['Scaling etcd', ['Jane Doe'], ['Acme']],
			['Life at the Edge – Room for Improvement', ['John Roe'], ['Globex']]
		]);
	});
});

describe('a venue closing a heading', () => {
	it('after the speakers: the talk, its speakers, no room', () => {
		expect(
			doc(
				'### Building a Multi-Tenant Platform — Anna Berg & Tom Green, Spotify — Room 6C\n\nThey covered quotas and namespaces.'
			)
		).toEqual([['Building a Multi-Tenant Platform', ['Anna Berg', 'Tom Green'], ['Spotify']]]);
	});

	it('after a kind of session: no talk', () => {
		expect(
			doc(
				'### Talk – Austin Convention Center, Ballroom 20\n\nPacked room for the Linkerd deep dive, and the talk was great.'
			)
		).toEqual([]);
	});
});

describe('a session titled by its kind only', () => {
	it('is named after its speakers, one talk each', () => {
		const items = [
			'Keynote – Kelsey Hightower',
			'Keynote – Paris Martineau, Google',
			'Closing keynote – Cheryl Hung, CNCF',
			'Panel – Jane Doe and John Roe'
		];
		expect(doc(items.map((i) => `- ${i}`).join('\n'))).toEqual([
			['Keynote by Kelsey Hightower', ['Kelsey Hightower'], []],
			['Keynote by Paris Martineau', ['Paris Martineau'], ['Google']],
			['Closing keynote by Cheryl Hung', ['Cheryl Hung'], ['CNCF']],
			['Panel by Jane Doe and John Roe', ['Jane Doe', 'John Roe'], []]
		]);
	});
});

describe('other languages and regions', () => {
	it('a room in French or Portuguese after the speakers', () => {
		expect(
			doc(
				[
					'- Cilium et eBPF – Thomas Graf, Isovalent – Salle 242',
					'- Helm na prática – Ana Souza (Nubank) – Sala 3'
				].join('\n')
			)
		).toEqual([
			['Cilium et eBPF', ['Thomas Graf'], ['Isovalent']],
			['Helm na prática', ['Ana Souza'], ['Nubank']]
		]);
	});

	it.each([
		'KubeCon + CloudNativeCon Latin America 2024',
		'KubeCon Latin America 2024 – São Paulo'
	])('%s names an edition, no talk', (t) => {
		expect(isEditionTitle(t)).toBe(true);
	});

	it('"Pedro Alves, Mercado Livre": a company after the name', () => {
		expect(parseSpeakerList('Pedro Alves, Mercado Livre')).toEqual({
			speakers: ['Pedro Alves'],
			organizations: ['Mercado Livre']
		});
	});
});
