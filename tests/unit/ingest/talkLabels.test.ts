import { describe, expect, it } from 'vitest';
import { talksInPassage } from '../../../src/lib/ingest/talks';
import { talkFromHeading } from '../../../src/lib/ingest/talkHeadings';
import { parseSpeakerList } from '../../../src/lib/ingest/speakers';
import { talkFromTableRow } from '../../../src/lib/ingest/talkLists';

const talks = (text: string) =>
	talksInPassage(text).map((t) => [t.title, t.speakers, t.organizations]);

describe("a title without a label, then the speakers' label", () => {
	it.each([
		[
			'Scaling Prometheus with Thanos\nSpeaker: Bartłomiej Płotka, Improbable',
			[['Scaling Prometheus with Thanos', ['Bartłomiej Płotka'], ['Improbable']]]
		],
		[
			'Kubernetes Operators in Production Speakers: Jane Doe (Acme), John Roe (Globex)',
			[['Kubernetes Operators in Production', ['Jane Doe', 'John Roe'], ['Acme', 'Globex']]]
		],
		[
			'KubeCon Europe 2020 Virtual — "Scaling Prometheus with Thanos" (slide export)\nSpeaker: Bartłomiej Płotka, Red Hat',
			[['Scaling Prometheus with Thanos', ['Bartłomiej Płotka'], ['Red Hat']]]
		],
		[
			'"Zero downtime upgrades with Cluster API" Presenter: Priya Raman, Acme Cloud',
			[['Zero downtime upgrades with Cluster API', ['Priya Raman'], ['Acme Cloud']]]
		]
	])('%s', (text, expected) => {
		expect(talks(text)).toEqual(expected);
	});

	it('not a sentence before the label', () => {
		expect(talks('We loved every minute of it. Speaker: Jane Doe (Acme)')).toEqual([]);
		expect(talks('we loved every minute of it\nSpeaker: Jane Doe (Acme)')).toEqual([]);
		expect(talks('Rating: 5/5\nSpeaker: Jane Doe (Acme)')).toEqual([]);
	});
});

describe('a speaker label first, then a dash and the title', () => {
	it.each([
		[
			'Speaker: Jane Doe (Acme) — "Kubernetes Networking Demystified"',
			[['Kubernetes Networking Demystified', ['Jane Doe'], ['Acme']]]
		],
		[
			'Speakers: Jane Doe, John Roe (Acme) - Why We Left Kubernetes',
			[['Why We Left Kubernetes', ['Jane Doe', 'John Roe'], ['Acme']]]
		],
		['Speaker: Jane Doe — “eBPF for everyone”', [['eBPF for everyone', ['Jane Doe'], []]]]
	])('%s', (text, expected) => {
		expect(talks(text)).toEqual(expected);
	});

	it('not a remark after the name', () => {
		expect(talks('Speaker: Jane Doe — she was great')).toEqual([]);
		expect(talks('Speaker: Jane Doe (Acme) -- we loved it.')).toEqual([]);
	});
});

describe('a title label, then a dash before the speaker label', () => {
	it('the dash is not part of the title', () => {
		expect(
			talks('Session: Docker Compose on Kubernetes — Speaker: Mathieu Champlon (Docker)')
		).toEqual([['Docker Compose on Kubernetes', ['Mathieu Champlon'], ['Docker']]]);
	});
});

describe('speakers known by a handle', () => {
	it('"(@lizrice, Isovalent)": the organisation after the handle is read', () => {
		expect(parseSpeakerList('Liz Rice (@lizrice, Isovalent)')).toEqual({
			speakers: ['Liz Rice'],
			organizations: ['Isovalent']
		});
		expect(parseSpeakerList('Jane Doe (Acme, @jd)')).toEqual({
			speakers: ['Jane Doe'],
			organizations: ['Acme']
		});
		expect(talks('"eBPF for Everyone" by Liz Rice (@lizrice, Isovalent)')).toEqual([
			['eBPF for Everyone', ['Liz Rice'], ['Isovalent']]
		]);
	});

	it('"Presented by @gouthamve and Tom Wilkie, Grafana Labs" under a talk heading', () => {
		const under = (text: string) => [{ text, kind: 'paragraph' as const }];
		expect(
			talkFromHeading(
				'Cortex: horizontally scalable Prometheus',
				false,
				under('Presented by @gouthamve and Tom Wilkie, Grafana Labs')
			)
		).toEqual({
			title: 'Cortex: horizontally scalable Prometheus',
			speakers: ['@gouthamve', 'Tom Wilkie'],
			organizations: ['Grafana Labs']
		});
		expect(talkFromHeading('Notes', false, under('@gouthamve and Tom Wilkie, Grafana Labs'))).toBe(
			null
		);
	});
});

describe('talk tables with headers in other words and languages', () => {
	it.each([
		[
			'Who: Liz Rice, Aqua Security | What: Container Security Deep Dive | Slides: pdf',
			'Container Security Deep Dive',
			['Liz Rice'],
			['Aqua Security']
		],
		[
			'Vortrag: Kubernetes ohne Schmerzen | Sprecher: Anna Schmidt | Firma: SAP',
			'Kubernetes ohne Schmerzen',
			['Anna Schmidt'],
			['SAP']
		],
		[
			'Charla: Kubernetes en producción | Ponente: Lucía García | Empresa: BBVA',
			'Kubernetes en producción',
			['Lucía García'],
			['BBVA']
		],
		[
			'タイトル: 大規模クラスタの運用 | 登壇者: 山田太郎 | 所属: ヤフー株式会社',
			'大規模クラスタの運用',
			['山田太郎'],
			['ヤフー株式会社']
		],
		[
			'演讲: 云原生应用交付 | 演讲者: 张三 | 公司: 阿里巴巴',
			'云原生应用交付',
			['张三'],
			['阿里巴巴']
		]
	])('%s', (row, title, speakers, organizations) => {
		expect(talkFromTableRow(row)).toMatchObject({ title, speakers, organizations });
	});

	it('not a row without a speaker column', () => {
		expect(talkFromTableRow('Topic: Kubernetes | Organization: CNCF')).toBeNull();
	});
});

describe('a speaker label over a title label', () => {
	it('"Speaker: …" then "Talk: …", in English and in Chinese', () => {
		expect(talks('Speaker: Jane Doe (Acme)\nTalk: Scaling Prometheus')).toEqual([
			['Scaling Prometheus', ['Jane Doe'], ['Acme']]
		]);
		expect(talks('分享嘉宾：王五（华为）\n演讲主题：《Service Mesh 实践》')).toEqual([
			['Service Mesh 实践', ['王五'], ['华为']]
		]);
	});

	it('the two lines joined, as a Markdown paragraph joins them', () => {
		expect(talks('Speaker: Jane Doe (Acme) Talk: Scaling Prometheus')).toEqual([
			['Scaling Prometheus', ['Jane Doe'], ['Acme']]
		]);
		expect(talks('Speaker: John Roe, Globex Title: Linkerd Deep Dive')).toEqual([
			['Linkerd Deep Dive', ['John Roe'], ['Globex']]
		]);
		expect(talks('登壇者：山田花子（ヤフー株式会社） タイトル：Istio を本番で運用して')).toEqual([
			['Istio を本番で運用して', ['山田花子'], ['ヤフー株式会社']]
		]);
		expect(talks('分享嘉宾：王五（华为） 演讲主题：《Service Mesh 实践》')).toEqual([
			['Service Mesh 实践', ['王五'], ['华为']]
		]);
	});

	it('pairs each speaker with its own title, whichever comes first', () => {
		expect(
			talks(
				'Talk: Scaling Prometheus\nSpeaker: Jane Doe\nTalk: Linkerd Deep Dive\nSpeaker: John Roe'
			)
		).toEqual([
			['Scaling Prometheus', ['Jane Doe'], []],
			['Linkerd Deep Dive', ['John Roe'], []]
		]);
		expect(
			talks(
				'Speaker: Jane Doe\nTalk: Scaling Prometheus\nSpeaker: John Roe\nTalk: Linkerd Deep Dive'
			)
		).toEqual([
			['Scaling Prometheus', ['Jane Doe'], []],
			['Linkerd Deep Dive', ['John Roe'], []]
		]);
	});
});
