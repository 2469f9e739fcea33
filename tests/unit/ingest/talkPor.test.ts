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
