/** A dateline alone under the title, in other languages: the publication date, not a passage. */
import { describe, expect, it } from 'vitest';
import { parseString, passages } from './helpers';

const BODY = 'Prometheus and Istio filled every room of the conference.';

describe('datelines in other languages', () => {
	it.each([
		['Опубликовано 3 июня 2019 года', '2019-06-03'],
		['Опубликовано: 03.06.2019', '2019-06-03'],
		['Wpis z 3 czerwca 2019', '2019-06-03'],
		['opublikowano 3 czerwca 2019 r.', '2019-06-03'],
		['Diposting pada 3 Juni 2019', '2019-06-03'],
		['Geplaatst op 3 juni 2019', '2019-06-03'],
		['Yayınlandı: 3 Haziran 2019', '2019-06-03']
	])('reads "%s"', (line, published) => {
		const doc = parseString(`# KubeCon recap\n\n${line}\n\n${BODY}\n`, 'a.md');
		expect(doc.published).toBe(published);
		expect(passages(doc).map((p) => p.text)).toEqual([BODY]);
	});

	it('leaves the days of an edition alone', () => {
		const doc = parseString(`# KubeCon recap\n\n21–23 мая 2019 года\n\n${BODY}\n`, 'a.md');
		expect(doc.published).toBeNull();
	});
});
