import { describe, expect, it } from 'vitest';
import { ingest } from '../../../../src/lib/ingest/pipeline';
import { TAXONOMY, encode } from '../extractionFixtures';
import { parseString, passages } from './helpers';

const texts = (text: string, path: string) => passages(parseString(text, path)).map((p) => p.text);

describe('list items that are shell commands', () => {
	const list =
		'# Recap\n\nTo install it:\n\n- $ kubectl apply -f deploy.yaml\n* $ helm install my-release ./chart\n  NAME: my-release\n- $ linkerd check --proxy\n- Then open the Linkerd dashboard.\n- It costs $5 a month.\n- $HOME is where the kubeconfig lives.\n';

	it('are no passage text, with their output; items that merely hold a "$" stay', () => {
		// (A line ending in a colon and the list under it are one passage.)
		expect(texts(list, 'a.md')).toEqual([
			'To install it:\nThen open the Linkerd dashboard.\nIt costs $5 a month.\n$HOME is where the kubeconfig lives.'
		]);
	});

	it('in AsciiDoc, reStructuredText and plain text as in Markdown', () => {
		const body =
			'Notes\n\nTo install it:\n\n* $ helm install my-release ./chart\n* Then open the Helm dashboard.\n';
		const kept = ['To install it:\nThen open the Helm dashboard.'];
		expect(texts(body.replace('Notes', '= Notes'), 'a.adoc')).toEqual(kept);
		expect(texts(body.replace('Notes', 'Notes\n====='), 'a.rst')).toEqual(kept);
		expect(texts(body, 'a.txt')).toEqual(kept);
	});

	it('name no project: the commands’ Helm and Linkerd are no mentions', () => {
		const r = ingest([{ path: 'a.md', bytes: encode(list) }], TAXONOMY);
		expect(r.mentions.map((m) => m.surface)).toEqual(['Linkerd']);
	});
});
