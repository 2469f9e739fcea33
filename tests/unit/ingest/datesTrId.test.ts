/** Month names in Turkish and Indonesian recaps: "20 Aralık 2018", "2 Desember 2019". */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/ingest/dates';

const read = (s: string) =>
	findDates(s).map((d) => [d.year, d.month, d.day ?? null, s.slice(d.start, d.end)]);

describe('Turkish and Indonesian month names', () => {
	it.each([
		['Yazar: Ayşe Kaya | 14 Kasım 2019', [[2019, 11, 14, '14 Kasım 2019']]],
		['Bir sonraki etkinlik Ağustos 2020’de Amsterdam’da.', [[2020, 8, null, 'Ağustos 2020']]],
		['Diposting pada 9 Agustus 2019 oleh Sari', [[2019, 8, 9, '9 Agustus 2019']]],
		['KubeCon pada bulan Maret 2020 dibatalkan.', [[2020, 3, null, 'Maret 2020']]]
	])('reads %s', (text, expected) => {
		expect(read(text)).toEqual(expected);
	});

	it('does not read a month name without a year', () => {
		expect(read('Mart ayında Kasım gibi soğuk değildi.')).toEqual([]);
	});
});
