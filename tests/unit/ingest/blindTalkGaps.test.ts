/**
 * Talk shapes blind tests left unread: a quoted title, a dash and a person with an organisation in
 * brackets before any verb; two talks in one sentence; a heading about sessions in general;
 * Chinese and Korean titles with their speakers after them; "of the BBC", "from @AcmeCorp".
 */
import { describe, expect, it } from 'vitest';
import { parseSpeakerList } from '../../../src/lib/ingest/speakers';
import { ingestText, talks } from './fixtureIngest';

describe('a quoted title, a dash, a person (Org), then any verb', () => {
	it.each([
		'"Why multi-cluster networking fails" – Maria Olsen (Spotify) was the clearest talk of the day.',
		'"Why multi-cluster networking fails" – Maria Olsen (Spotify) is a great intro.'
	])('%s', (text) => {
		expect(talks(text)).toEqual([
			['Why multi-cluster networking fails', ['Maria Olsen'], ['Spotify']]
		]);
	});

	it.each([
		'"We need more docs" – Maria Olsen (Spotify) was right about that.',
		'"Docs matter more than code" – Maria Olsen (Spotify) insisted, to applause.'
	])('still a quotation: %s', (text) => {
		expect(talks(text)).toEqual([]);
	});
});

describe('two talks in one sentence', () => {
	it('a quoted title with its speaker, then "the talk on <subject> by <Name> (Org)"', () => {
		const text =
			'I also enjoyed "Tracing at Ride-Hailing Scale" – Arjun Patel (Uber) and the talk on eBPF profiling by Laura Chen (Google).';
		expect(talks(text)).toEqual([
			['Tracing at Ride-Hailing Scale', ['Arjun Patel'], ['Uber']],
			['eBPF profiling', ['Laura Chen'], ['Google']]
		]);
	});

	it('a quoted title with its speaker, then another quoted title "by" its speaker', () => {
		const text =
			'I also enjoyed "Tracing at Ride-Hailing Scale" – Arjun Patel (Uber) and "Profiling Everything" by Laura Chen (Google).';
		expect(talks(text)).toEqual([
			['Tracing at Ride-Hailing Scale', ['Arjun Patel'], ['Uber']],
			['Profiling Everything', ['Laura Chen'], ['Google']]
		]);
	});

	it('"the keynote about <subject> by <Name>": the subject capitalised as the title', () => {
		expect(talks('We loved the keynote about platform teams by Cheryl Hung (CNCF).')).toEqual([
			['Platform teams', ['Cheryl Hung'], ['CNCF']]
		]);
		expect(talks('The talk on the future by Jane Doe was fine.')).toEqual([]);
	});
});

describe('a heading about sessions in general', () => {
	it('"Keynotes in Barcelona, then …" over a name line is no talk', () => {
		const r = ingestText(
			'sessions.md',
			'# KubeCon Europe 2019 notes\n\n## Keynotes in Barcelona, then the hallway track\n\nJane Doe (Google)\n\n## Talks and workshops on day two\n\nJohn Roe (Acme)\n'
		);
		expect(r.talks.map((t) => t.title)).toEqual([]);
	});

	it('a heading naming one session over its speaker still is one', () => {
		const r = ingestText(
			'one.md',
			'# KubeCon Europe 2019 notes\n\n## Scaling the Scheduler\n\nJane Doe (Google)\n'
		);
		expect(r.talks.map((t) => [t.title, t.speakers])).toEqual([
			['Scaling the Scheduler', ['Jane Doe']]
		]);
	});
});

describe('Chinese and Korean: the speakers after the title', () => {
	it.each([
		['我最喜欢的是《服务网格的下一步》——张磊（阿里巴巴），讲得很清楚。', '张磊', '阿里巴巴'],
		['今天听了《服务网格的下一步》——张磊（阿里巴巴）和李娜（腾讯）', '张磊', '阿里巴巴'],
		['《服务网格的下一步》，演讲者是 王伟（华为）。', '王伟', '华为'],
		['下午的《服务网格的下一步》，主讲人为王伟（华为），内容很扎实。', '王伟', '华为']
	])('%s', (text, name, org) => {
		const [talk] = talks(text);
		expect(talk?.[0]).toBe('服务网格的下一步');
		expect(talk?.[1]).toContain(name);
		expect(talk?.[2]).toContain(org);
	});

	it('several names joined by 和', () => {
		expect(talks('今天听了《服务网格的下一步》——张磊（阿里巴巴）和李娜（腾讯）')).toEqual([
			['服务网格的下一步', ['张磊', '李娜'], ['阿里巴巴', '腾讯']]
		]);
	});

	it('a dash after a book title without an organisation is no talk', () => {
		expect(talks('我在读《凤凰项目》——一本关于运维的小说。')).toEqual([]);
	});

	it.each([
		['가장 인상 깊었던 "Securing the Build" 발표는 Jane Doe (Google) 였습니다.'],
		['"Securing the Build" 세션은 Jane Doe (Google) 입니다.']
	])('Korean, the copula after the organisation: %s', (text) => {
		expect(talks(text)).toEqual([['Securing the Build', ['Jane Doe'], ['Google']]]);
	});
});

describe('organisations after "of the", and handles', () => {
	it('"of the BBC", "from the Guardian": the article is no part of the name', () => {
		expect(parseSpeakerList('Simon Lee of the BBC')).toEqual({
			speakers: ['Simon Lee'],
			organizations: ['BBC']
		});
		expect(talks('Running Kafka on Kubernetes – Simon Lee from the Guardian')).toEqual([
			['Running Kafka on Kubernetes', ['Simon Lee'], ['Guardian']]
		]);
		expect(talks('Simon Lee of the BBC gave a talk on "Running Kafka Everywhere".')).toEqual([
			['Running Kafka Everywhere', ['Simon Lee'], ['BBC']]
		]);
	});

	it('"@nickysmith from @AcmeCorp": the company handle is the organisation', () => {
		expect(parseSpeakerList('@nickysmith from @AcmeCorp')).toEqual({
			speakers: ['@nickysmith'],
			organizations: ['AcmeCorp']
		});
		expect(
			talks('"Rethinking Multi-Tenancy" by @nickysmith from @AcmeCorp was a highlight.')
		).toEqual([['Rethinking Multi-Tenancy', ['@nickysmith'], ['AcmeCorp']]]);
		expect(talks('The keynote by @nickysmith from @AcmeCorp was great.')).toEqual([
			['Keynote by @nickysmith', ['@nickysmith'], ['AcmeCorp']]
		]);
	});
});
