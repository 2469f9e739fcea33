/**
 * Flat copies of the ingest's strings, for binding. The ingest's ids, headings and surfaces are
 * mostly slices of whole documents, often two-byte ones (a document with one character beyond
 * Latin-1 is two-byte throughout), and sql.js converts each bound string to UTF-8 character by
 * character: on those slices the inserts took twice as long. Every bound string must be flat:
 * binding one column of raw slices (the section headings) made every later insert of the build
 * slower again (rows, aggregates and co-mentions 0.3–0.4 s more on the synthetic corpus). A JSON
 * round trip gives a flat string, one-byte when it can be, with the same code units (lone
 * surrogates too).
 */
export class FlatStrings {
	private readonly copies = new Map<string, string>();

	/** A flat copy of `s`, made once per distinct value: for the columns whose values repeat. */
	get<T extends string | null>(s: T): T {
		if (s === null) return s;
		let copy = this.copies.get(s);
		if (copy === undefined) {
			copy = flatCopy(s);
			this.copies.set(s, copy);
		}
		return copy as T;
	}
}

/** A flat copy of `s`: for values seen once (a heading, a title). */
export function flatCopy<T extends string | null>(s: T): T {
	return s === null ? s : (JSON.parse(JSON.stringify(s)) as T);
}
