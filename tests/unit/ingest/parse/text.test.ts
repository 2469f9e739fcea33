import { describe, expect, it } from 'vitest';
import { headings, mustParse, parseString, passages } from './helpers';

describe('plain text', () => {
	const doc = mustParse('plain-recap.txt');

	it('takes the first line as title, skipping navigation crumbs', () => {
		expect(doc.title).toBe('KubeCon 2019 insights');
	});

	it('finds title-like lines as headings and talk lines as talks', () => {
		expect(headings(doc)).toEqual([
			['KubeCon 2019 insights', 1, 'heading'],
			['Key Takeaways', 2, 'heading'],
			['Favorite talks', 2, 'heading'],
			['No-Nonsense Observability Improvement – Cory Watson, SignalFx', 2, 'talk'],
			['Whale riding Docker in a sea of Microservices', 2, 'heading']
		]);
	});

	it('does not promote sentences, URLs or lines right under a heading', () => {
		const texts = doc.sections.flatMap((s) => s.passages.map((p) => p.text));
		expect(texts).toContain('Linux is 30 years old!');
		expect(texts).toContain('Talk page and slides');
		expect(texts).toContain('make development more consistent and deployment more reliable');
		expect(texts).toContain('You can follow progress on https://opentelemetry.io/status/');
	});

	it('reads numbered and bulleted items; long ones stand alone', () => {
		const takeaways = doc.sections.find((s) => s.heading === 'Key Takeaways')!;
		expect(takeaways.passages.map((p) => p.kind)).toEqual(['list', 'list']);
		expect(takeaways.passages[1]!.text).toBe('Platform as a Product leads to a reliable platform');
		const talk = doc.sections.find((s) => s.kind === 'talk')!;
		expect(talk.passages[1]).toEqual({
			kind: 'list',
			text: '“The Normal Zone” includes monitoring for anticipated behaviors\nObservability will be one of your most expensive projects'
		});
	});

	it('joins the lines of a paragraph', () => {
		const d = parseString('Title\n\nFirst line of a paragraph\ncontinues here.\n');
		expect(d.sections[0]!.passages[0]!.text).toBe('First line of a paragraph continues here.');
	});

	it('drops the formatting tags of a post exported as text, and keeps its title line', () => {
		const d = parseString(
			[
				'My KubeCon Barcelona recap',
				'',
				'We went to <a href="https://x.io">KubeCon</a> and it was <strong>great</strong> &amp; fun.',
				'',
				'<ul><li>Linkerd</li><li>Istio</li></ul>',
				'',
				'Run kubectl get <resource> when x < 3.'
			].join('\n')
		);
		expect(d.title).toBe('My KubeCon Barcelona recap');
		expect(passages(d)).toEqual([
			{ kind: 'paragraph', text: 'We went to KubeCon and it was great & fun.' },
			{ kind: 'list', text: 'Linkerd\nIstio' },
			{ kind: 'paragraph', text: 'Run kubectl get <resource> when x < 3.' }
		]);
	});

	it('drops the script elements and comments of a post exported as text, with their content', () => {
		const d = parseString(
			[
				'My DockerCon EU 2017 recap',
				'',
				'<p>Docker announced <strong>Kubernetes support</strong>.</p>',
				'<!--more-->',
				'<script>var tags = ["Istio"];</script>',
				'<style>.linkerd { color: red }</style>',
				'',
				'Someone asked what "<script>" tags do to Envoy.'
			].join('\n')
		);
		expect(passages(d).map((p) => p.text)).toEqual([
			'Docker announced Kubernetes support.',
			'Someone asked what "<script>" tags do to Envoy.'
		]);
	});

	it('drops the buttons and comment headers of a forum thread copied as text', () => {
		const reddit = parseString(
			[
				'r/kubernetes • Posted by u/cloudguy 2 years ago',
				'',
				'KubeCon NA 2019 - what were your favourite talks?',
				'',
				'level 1',
				'u/devops_jane · 2 yr. ago',
				'',
				'The Linkerd deep dive was fun.',
				'',
				'12',
				'Reply',
				'Share',
				'',
				'The Cortex talk, for me.'
			].join('\n')
		);
		expect(reddit.title).toBe('KubeCon NA 2019 - what were your favourite talks?');
		expect(passages(reddit).map((p) => p.text)).toEqual([
			'The Linkerd deep dive was fun.',
			'The Cortex talk, for me.'
		]);
		const hn = parseString(
			[
				'Ask HN: Was KubeCon Barcelona worth it?',
				'',
				'throwaway123 on May 25, 2019 | parent | next [–]',
				'',
				'The talks on Istio were mostly marketing.',
				'',
				'reply',
				'',
				'kubeuser 5 days ago [–]',
				'',
				'Agreed.'
			].join('\n')
		);
		expect(passages(hn).map((p) => p.text)).toEqual([
			'The talks on Istio were mostly marketing.',
			'Agreed.'
		]);
	});

	it('keeps each line of a schedule apart (each opens with a time of day)', () => {
		const d = parseString(
			[
				'KubeCon Europe 2019 - Day 2',
				'',
				'09:00 - 10:30  Keynotes',
				'10:55 - 11:30  Kubernetes Failure Stories - Henning Jacobs, Zalando',
				'14h00 Operating Vault on Kubernetes - Seth Vargo, Google',
				'',
				'12:30 was lunch, and it was good.',
				'Then more talks.'
			].join('\n')
		);
		expect(passages(d).map((p) => p.text)).toEqual([
			'09:00 - 10:30 Keynotes',
			'10:55 - 11:30 Kubernetes Failure Stories - Henning Jacobs, Zalando',
			'14h00 Operating Vault on Kubernetes - Seth Vargo, Google',
			'12:30 was lunch, and it was good. Then more talks.'
		]);
	});

	it('keeps markup-looking text as literal text', () => {
		const d = parseString('Notes\n\nWe saw <script>alert(1)</script> in a demo & laughed.\n');
		expect(d.sections[0]!.passages[0]!.text).toBe(
			'We saw <script>alert(1)</script> in a demo & laughed.'
		);
	});
});

describe('shell lines in plain text', () => {
	it('"$ kubectl …" lines and their output are no prose; "$5 million" is', () => {
		const doc = parseString(
			'KubeCon notes\n\nTry it yourself:\n\n$ kubectl get pods\nNAME READY STATUS\n$ helm install my-release ./chart\n\nThen we went to the Linkerd booth.\n$5 million was raised for the fund.\n',
			'notes.txt'
		);
		expect(passages(doc).map((p) => p.text)).toEqual([
			'Try it yourself:',
			'Then we went to the Linkerd booth. $5 million was raised for the fund.'
		]);
	});
});

describe('a talk’s title over its speaker line, without a blank line', () => {
	it('makes the title a heading and the speaker line its first paragraph', () => {
		const doc = parseString(
			'KubeCon EU 2019 notes\n\nWhat we saw in Barcelona.\n\nScaling Prometheus with Thanos\nAlice Smith, Acme\nLong-term storage for metrics, with sidecars and object storage.\n\nThe venue\nMoscone Center, San Francisco\nWas big.\n\nGetting There\nSan Francisco, CA\nWe flew in.\n'
		);
		expect(doc.sections.map((s) => s.heading)).toEqual([
			'KubeCon EU 2019 notes',
			'Scaling Prometheus with Thanos'
		]);
		expect(doc.sections[1]!.passages.map((p) => p.text)).toEqual([
			'Alice Smith, Acme',
			'Long-term storage for metrics, with sidecars and object storage.',
			'The venue Moscone Center, San Francisco Was big.',
			'Getting There San Francisco, CA We flew in.'
		]);
	});
});
