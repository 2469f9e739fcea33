import { describe, expect, it } from 'vitest';
import { talksInPassage } from '../../../src/lib/ingest/talks';
import { nominativeName } from '../../../src/lib/ingest/speakersRu';
import { ingest } from '../../../src/lib/ingest/pipeline';
import { TAXONOMY, encode } from './extractionFixtures';

const talks = (text: string, kind?: 'list' | 'table') =>
	talksInPassage(text, kind).map((t) => [t.title, t.speakers, t.organizations]);

describe('Russian: the talk word, then the speaker in the genitive', () => {
	it.each([
		[
			'Доклад Брендана Бернса (Microsoft) о будущем Kubernetes.',
			[['О будущем Kubernetes', ['Брендан Бернс'], ['Microsoft']]]
		],
		[
			'Выступление Келси Хайтауэра (Google) про serverless было самым зрелищным.',
			[['Про serverless', ['Келси Хайтауэр'], ['Google']]]
		],
		[
			'Доклад Анны Ивановой из Яндекса о будущем Kubernetes был самым интересным.',
			[['О будущем Kubernetes', ['Анна Иванова'], ['Яндекс']]]
		],
		[
			'В докладе Джо Беды и Брендана Бернса (VMware) на тему мультикластерности, который все ждали.',
			[['Мультикластерности', ['Джо Беда', 'Брендан Бернс'], ['VMware']]]
		],
		[
			'Доклад Брендана Бернса (Microsoft) «Будущее Kubernetes» собрал полный зал.',
			[['Будущее Kubernetes', ['Брендан Бернс'], ['Microsoft']]]
		],
		[
			'Доклад Лиз Райс (Isovalent): Введение в eBPF.',
			[['Введение в eBPF', ['Лиз Райс'], ['Isovalent']]]
		],
		['Кейноут Шерил Хун (CNCF) был коротким.', [['Keynote by Шерил Хун', ['Шерил Хун'], ['CNCF']]]]
	])('%s', (text, expected) => {
		// Before, none of these gave a talk.
		expect(talks(text)).toEqual(expected);
	});
});

describe('Russian: the quoted title first, the speaker after "от" or a comma', () => {
	it.each([
		[
			'Потом был доклад «Kubernetes в продакшене» от Андрея Смирнова (Яндекс).',
			[['Kubernetes в продакшене', ['Андрей Смирнов'], ['Яндекс']]]
		],
		[
			'«Kubernetes в продакшене» от Андрея Смирнова (Яндекс)\n«Безопасность цепочки поставок», Лиз Райс (Aqua Security)\nДжо Беда (VMware) — «Десять лет контейнеров»',
			[
				['Kubernetes в продакшене', ['Андрей Смирнов'], ['Яндекс']],
				['Безопасность цепочки поставок', ['Лиз Райс'], ['Aqua Security']],
				['Десять лет контейнеров', ['Джо Беда'], ['VMware']]
			]
		]
	])('%s', (text, expected) => {
		expect(talks(text, 'list')).toEqual(expected);
	});
});

describe('Russian: the speaker, then a verb of presenting', () => {
	it.each([
		[
			'Андрей Смирнов (Яндекс) выступил с докладом «Kubernetes в продакшене».',
			[['Kubernetes в продакшене', ['Андрей Смирнов'], ['Яндекс']]]
		],
		[
			'Андрей Смирнов (Яндекс) выступил с докладом о том, как мы запускаем Kubernetes. Было круто.',
			[['О том, как мы запускаем Kubernetes', ['Андрей Смирнов'], ['Яндекс']]]
		]
	])('%s', (text, expected) => {
		expect(talks(text)).toEqual(expected);
	});
});

describe('Russian labels and table headers', () => {
	it('"Доклад:" over "Докладчик:"', () => {
		expect(talks('Доклад: Будущее сервисных мешей\nДокладчик: Уильям Морган (Buoyant)')).toEqual([
			['Будущее сервисных мешей', ['Уильям Морган'], ['Buoyant']]
		]);
	});

	it('a table row under "Доклад | Докладчик | Компания"', () => {
		expect(
			talks(
				'Доклад: Будущее сервисных мешей | Докладчик: Уильям Морган | Компания: Buoyant',
				'table'
			)
		).toEqual([['Будущее сервисных мешей', ['Уильям Морган'], ['Buoyant']]]);
	});
});

describe('Russian: no talk', () => {
	it.each([
		'Доклад о будущем Kubernetes был интересным.',
		'Мы пошли на доклад, потом на обед.',
		// A product's name in Latin letters reads as a name: only with an organisation.
		'Доклад Microsoft Azure о будущем облаков.',
		'Выступление Kubernetes Community было скучным.'
	])('%s', (text) => {
		expect(talks(text)).toEqual([]);
	});
});

describe('the nominative of a name in the genitive', () => {
	it.each([
		['Брендана Бернса', 'Брендан Бернс'],
		['Келси Хайтауэра', 'Келси Хайтауэр'],
		['Анны Ивановой', 'Анна Иванова'],
		['Дмитрия Столярова', 'Дмитрий Столяров'],
		['Игоря Цупко', 'Игорь Цупко'],
		['Андрея Петровского', 'Андрей Петровский'],
		['Ольги Ким', 'Ольга Ким'],
		['Павла Селиванова', 'Павел Селиванов'],
		// Foreign women's names do not decline; names in Latin letters stay.
		['Лиз Райс', 'Лиз Райс'],
		['Kelsey Hightower', 'Kelsey Hightower']
	])('%s → %s', (genitive, nominative) => {
		expect(nominativeName(genitive)).toBe(nominative);
	});
});

describe('a Russian recap, end to end', () => {
	it('gives its talks with speaker and organisation, under a heading as well', () => {
		const md = [
			'# KubeCon Europe 2019 в Барселоне',
			'',
			'## Доклад Брендана Бернса (Microsoft) о будущем Kubernetes',
			'',
			'Брендан рассказал, куда движется проект.',
			'',
			'## Лучшие доклады',
			'',
			'- «Kubernetes в продакшене» от Андрея Смирнова (Яндекс)',
			'- Джо Беда (VMware) — «Десять лет контейнеров»',
			''
		].join('\n');
		const r = ingest([{ path: 'ru.md', bytes: encode(md) }], TAXONOMY);
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations, t.event_id])).toEqual([
			['О будущем Kubernetes', ['Брендан Бернс'], ['Microsoft'], 'kubecon-eu-2019'],
			['Kubernetes в продакшене', ['Андрей Смирнов'], ['Яндекс'], 'kubecon-eu-2019'],
			['Десять лет контейнеров', ['Джо Беда'], ['VMware'], 'kubecon-eu-2019']
		]);
	});
});
