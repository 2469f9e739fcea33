import { describe, expect, it } from 'vitest';
import { talksInPassage } from '../../../src/lib/ingest/talks';
import { parseSpeakerList } from '../../../src/lib/ingest/speakers';

const talks = (text: string) =>
	talksInPassage(text).map((t) => [t.title, t.speakers, t.organizations]);

describe('"por" names the speaker in Spanish and Portuguese', () => {
	it.each([
		[
			'"Observabilidade com Prometheus" por João Silva (Nubank)',
			[['Observabilidade com Prometheus', ['João Silva'], ['Nubank']]]
		],
		[
			'La charla "Kubernetes en producción" por Lucía García (BBVA) fue genial.',
			[['Kubernetes en producción', ['Lucía García'], ['BBVA']]]
		],
		['A palestra por Maria Souza foi ótima.', [['Talk by Maria Souza', ['Maria Souza'], []]]]
	])('%s', (text, expected) => {
		expect(talks(text)).toEqual(expected);
	});

	it('not "por" before anything but a name', () => {
		expect(talks('La ponencia de Carlos López por la tarde fue buena.')).toEqual([]);
		expect(talks('Hubo charlas por todas partes.')).toEqual([]);
	});
});

describe('an organisation written with an inner capital', () => {
	it('"Anoop Koloth, eBay", "Maria Souza (iFood)"', () => {
		expect(parseSpeakerList('Anoop Koloth, eBay')).toEqual({
			speakers: ['Anoop Koloth'],
			organizations: ['eBay']
		});
		expect(parseSpeakerList('Maria Souza (iFood)')).toEqual({
			speakers: ['Maria Souza'],
			organizations: ['iFood']
		});
	});

	it('but a lower-case word is still no organisation', () => {
		expect(parseSpeakerList('Maria Souza, engineering lead')).toEqual({
			speakers: ['Maria Souza'],
			organizations: []
		});
		expect(parseSpeakerList('Maria Souza, some words')).toBeNull();
	});
});

describe('"de" / "di" after the quoted title that opens a list item', () => {
	const items = (text: string) =>
		talksInPassage(text, 'list').map((t) => [t.title, t.speakers, t.organizations]);

	it('a name with its organisation in brackets is the speaker', () => {
		expect(
			items(
				'"Intro to Linkerd" di William Morgan (Buoyant): molto chiaro.\n"Helm 3: A Look at the Future" de Matt Fisher (Microsoft).'
			)
		).toEqual([
			['Intro to Linkerd', ['William Morgan'], ['Buoyant']],
			['Helm 3: A Look at the Future', ['Matt Fisher'], ['Microsoft']]
		]);
	});

	it('not without the organisation, nor inside a sentence ("de" is also "of")', () => {
		expect(items('"Il nome della rosa" di Umberto Eco è un classico.')).toEqual([]);
		expect(items('Leggete "Il libro" di Mario Rossi (Einaudi).')).toEqual([]);
		expect(items('"La storia" di Roma (Italia)')).toEqual([]);
	});
});
