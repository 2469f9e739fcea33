/** Markdown paragraphs indented by a tab or four spaces: prose stays text, code stays out. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../src/lib/ingest/parse/index';
import { parseString, passages } from './helpers';

const POST = [
	'# Copenhagen, May 2018',
	'',
	'\tKubeCon Europe 2018 at the Bella Center sold out weeks before,',
	'\twith more than 4,000 people on the first morning.',
	'',
	'    Four spaces too: the Linkerd and Istio panel was the best one.',
	'',
	'## Commands',
	'',
	'    kubectl get pods -n kube-system',
	'    kubectl apply -f mesh.yaml',
	'',
	'\tServer started on port 8080',
	'',
	'That was all from the hallway track.',
	''
].join('\n');

describe('indented paragraphs in Markdown', () => {
	it('read as sentences are passages; commands and log lines are code', () => {
		expect(passages(parseString(POST, 'recap.md')).map((p) => p.text)).toEqual([
			'KubeCon Europe 2018 at the Bella Center sold out weeks before, with more than 4,000 people on the first morning.',
			'Four spaces too: the Linkerd and Istio panel was the best one.',
			'That was all from the hallway track.'
		]);
	});

	it('a post whose every paragraph starts with a tab is not skipped as having no text', () => {
		const text =
			'# Recap\n\n\tKubeCon Europe 2018 in Copenhagen was sold out this year.\n\n\tThe keynotes were about Prometheus and Kubernetes again.\n';
		const { doc } = parseDocument({ path: 'tabs.md', bytes: new TextEncoder().encode(text) });
		expect(doc && passages(doc).length).toBe(2);
	});
});
