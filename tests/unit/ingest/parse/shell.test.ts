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

describe('prose right under a shell command', () => {
	const session = (prose: string) =>
		[
			'# Recap',
			'',
			'We tried it out.',
			'',
			'$ kubectl get pods',
			'NAME      READY   STATUS    RESTARTS   AGE',
			'web-1     1/1     Running   0          2m',
			prose,
			'',
			'That was all.',
			''
		].join('\n');
	const prose = 'This shows every pod in the namespace, which is handy when a rollout hangs.';

	it('is text again, in Markdown and in plain text', () => {
		const kept = ['We tried it out.', prose, 'That was all.'];
		expect(texts(session(prose), 'a.md')).toEqual(kept);
		expect(texts(session(prose).replace('# ', ''), 'a.txt')).toEqual(kept);
		// Right under the command, no output between.
		const bare = `# Recap\n\nWe tried it out.\n\n$ kubectl get pods\n${prose}\n\nThat was all.\n`;
		expect(texts(bare, 'a.md')).toEqual(kept);
	});

	it('a sentence wrapped over lines is text from its first line', () => {
		const wrapped = 'This shows every pod in the namespace,\nwhich is handy when a rollout hangs.';
		const kept = ['We tried it out.', wrapped.replace('\n', ' '), 'That was all.'];
		expect(texts(session(wrapped), 'a.md')).toEqual(kept);
		expect(texts(session(wrapped).replace('# ', ''), 'a.txt')).toEqual(kept);
	});

	// Each shaped as a sentence (a capital first, a full stop last, eight words) but for one mark.
	it.each([
		['key: value lines', 'Name:         web-1\nEvents: none were recorded for this pod today.'],
		['columns', 'NAME     READY   STATUS\nTotal    3 pods    2 running    1 pending right now.'],
		['paths', '/usr/local/bin/kubectl\nHelm was installed into /usr/local/bin for you, as asked.'],
		['resource names', 'Created deployment.apps/web in the default namespace just now.'],
		['short lower-case lines', 'deployment.apps/web configured\npod "web-1" deleted'],
		['more prompts', '$ helm upgrade web ./chart'],
		['quoted names', 'Release "web" does not exist. Installing it now, please wait.'],
		['a short sentence', 'No resources found in default namespace.'],
		[
			'a host and port',
			'The connection to the server localhost:8080 was refused - did you specify the right host?'
		],
		['no sentence end', 'Forwarding from 127.0.0.1 to port 80 on the pod web and back']
	])('output stays dropped: %s', (_, output) => {
		const kept = ['We tried it out.', 'That was all.'];
		expect(texts(session(output), 'a.md')).toEqual(kept);
		expect(texts(session(output).replace('# ', ''), 'a.txt')).toEqual(kept);
	});
});
