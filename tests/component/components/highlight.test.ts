import { describe, expect, it } from 'vitest';
import { formatBytes, highlight, queryTerms, safeHref } from '$lib/components/highlight';
import { matchOptions } from '$lib/components/options';

describe('highlight', () => {
	it('splits text into plain, mention and hit segments that join back to the text', () => {
		const text = 'Envoy and Istio: service mesh with envoy sidecars';
		const segs = highlight(
			text,
			[
				{ start: 0, end: 5, projectId: 'envoy' },
				{ start: 10, end: 15, projectId: 'istio' }
			],
			queryTerms('mesh envoy')
		);
		expect(segs.map((s) => s.text).join('')).toBe(text);
		expect(segs.filter((s) => s.kind !== 'text')).toEqual([
			{ text: 'Envoy', kind: 'mention-hit', projectId: 'envoy' },
			{ text: 'Istio', kind: 'mention', projectId: 'istio' },
			{ text: 'mesh', kind: 'hit' },
			{ text: 'envoy', kind: 'hit' }
		]);
	});

	it('highlights word starts only (FTS prefix semantics)', () => {
		const segs = highlight('meshes and enmesh', [], ['mesh']);
		expect(segs).toEqual([
			{ text: 'mesh', kind: 'hit' },
			{ text: 'es and enmesh', kind: 'text' }
		]);
	});

	it('skips out-of-range and overlapping spans instead of trusting them', () => {
		const segs = highlight('abc', [
			{ start: 1, end: 2, projectId: 'x' },
			{ start: 1, end: 3, projectId: 'y' },
			{ start: 5, end: 9, projectId: 'z' },
			{ start: 2, end: 1, projectId: 'w' }
		]);
		expect(segs).toEqual([
			{ text: 'a', kind: 'text' },
			{ text: 'b', kind: 'mention', projectId: 'x' },
			{ text: 'c', kind: 'text' }
		]);
	});

	it('handles empty text', () => {
		expect(highlight('', [], ['x'])).toEqual([]);
	});
});

describe('queryTerms', () => {
	it('drops FTS operators, quotes, stars and one-letter words; longest first', () => {
		expect(queryTerms('"service mesh" OR ebpf* NOT a k8s')).toEqual([
			'service',
			'ebpf',
			'mesh',
			'k8s'
		]);
		expect(queryTerms('(regex.*+?) [brackets]')).toEqual(['brackets', 'regex']);
	});
});

describe('safeHref', () => {
	it.each([
		['https://example.org/a?b=1', 'https://example.org/a?b=1'],
		['http://example.org', 'http://example.org/'],
		['javascript:alert(1)', null],
		['data:text/html,x', null],
		['//evil.example', null],
		['not a url', null],
		[null, null]
	])('%s → %s', (url, expected) => {
		expect(safeHref(url)).toBe(expected);
	});
});

describe('formatBytes', () => {
	it.each([
		[0, '0 B'],
		[999, '999 B'],
		[1_234_567, '1.2 MB'],
		[3_400_000_000, '3.4 GB']
	])('%d → %s', (n, s) => expect(formatBytes(n)).toBe(s));
});

describe('matchOptions', () => {
	const opts = [
		{ id: 'linkerd', label: 'Linkerd' },
		{ id: 'kubecon-eu-2018', label: 'KubeCon + CloudNativeCon Europe 2018', hint: '2018' },
		{ id: 'kubernetes', label: 'Kubernetes' },
		{ id: 'kube-state-metrics', label: 'kube-state-metrics' },
		{ id: 'cloud-custodian', label: 'Cloud Custodian' }
	];
	it('ranks label prefixes first, then word starts, then anywhere', () => {
		expect(matchOptions(opts, 'kube').map((o) => o.id)).toEqual([
			'kubecon-eu-2018',
			'kubernetes',
			'kube-state-metrics'
		]);
		expect(matchOptions(opts, 'cloud').map((o) => o.id)).toEqual([
			'cloud-custodian',
			'kubecon-eu-2018'
		]);
	});
	it('needs every word, searches hints, ignores case and accents', () => {
		expect(matchOptions(opts, 'europe 2018').map((o) => o.id)).toEqual(['kubecon-eu-2018']);
		expect(matchOptions(opts, 'LÍNKERD').map((o) => o.id)).toEqual(['linkerd']);
		expect(matchOptions(opts, '')).toHaveLength(5);
		expect(matchOptions(opts, 'zzz')).toEqual([]);
	});
});
