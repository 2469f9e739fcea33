/** Markdown emphasis in a document read as plain text: markers go, the byline they wrap is read. */
import { describe, expect, it } from 'vitest';
import { withoutEmphasis } from '../../../../src/lib/ingest/parse/textEmphasis';
import { parseString, passages } from './helpers';

describe('emphasis markers in plain text', () => {
	it('leave the passages, and the byline they wrapped is the author and date', () => {
		const doc = parseString(
			'Notes from KubeCon EU 2019\n\nPosted by **Jane Park** on 24 May 2019\n\nKubeCon Europe 2019 in Barcelona was huge. The __best__ talk was on _Linkerd_, said *everyone*.\n\nThe keynotes covered Kubernetes.\n',
			'notes.txt'
		);
		expect(doc).toMatchObject({ format: 'text', author: 'Jane Park', published: '2019-05-24' });
		expect(passages(doc).map((p) => p.text)).toEqual([
			'KubeCon Europe 2019 in Barcelona was huge. The best talk was on Linkerd, said everyone.',
			'The keynotes covered Kubernetes.'
		]);
	});

	it('keeps a lone star, a bullet, snake_case and arithmetic', () => {
		const text =
			'* first item\nKubernetes* is a trademark\nset max_pods_per_node and _private\n2 * 3 * 4 = 24\n';
		expect(withoutEmphasis(text)).toBe(text);
	});
});
