/**
 * A fast path for the YAML front matter most posts carry: one `key: value` per line, where the
 * value is a quoted string, a plain word or phrase, a date, or a flow list of plain words:
 *
 *     title: "What I learned at KubeCon NA 2019"
 *     date: 2019-12-01
 *     tags: [kubecon, gitops-cd]
 *
 * Reading this with `yaml` costs ~80 µs a document, a third of a Markdown post's whole parse;
 * here it costs a few. Anything else (comments, blank lines, nesting, block lists, numbers,
 * booleans, nulls, escapes, anchors, tags, duplicate keys…) returns null and is read by `yaml`,
 * so the result is always the one `yaml` gives (YAML 1.2 core schema, where a date stays a
 * string); a test compares the two on every shape accepted here.
 */

const LINE = /^([A-Za-z_][\w-]*): (.+)$/;
/** Quoted strings without escapes, tabs, line breaks or characters YAML forbids. */
const QUOTED =
	// eslint-disable-next-line no-control-regex
	/^"([^"\\\x00-\x1f\x7f-\x9f\ufffe\uffff]*)"$|^'([^'\x00-\x1f\x7f-\x9f\ufffe\uffff]*)'$/;
/**
 * Plain scalars that the core schema reads as strings: they start with a letter (numbers,
 * `.inf` and every indicator character are excluded) and hold no `:`, `#`, `,`, brackets or
 * braces; single spaces between words, none at either end.
 */
const PLAIN = /^[A-Za-z][\w./-]*(?: [\w./-]+)*$/;
const DATE = /^\d{4}-\d\d-\d\d$/;
/** Plain words the core schema reads as null or a boolean. */
const RESERVED = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

function plainString(s: string): boolean {
	return PLAIN.test(s) && !RESERVED.test(s);
}

function value(raw: string): unknown {
	const quoted = QUOTED.exec(raw);
	if (quoted) return quoted[1] ?? quoted[2]!;
	if (plainString(raw) || DATE.test(raw)) return raw;
	if (raw === '[]') return [];
	if (raw.length < 3 || raw[0] !== '[' || raw[raw.length - 1] !== ']') return undefined;
	const items = raw
		.slice(1, -1)
		.split(',')
		.map((item) => item.replace(/^ +| +$/g, ''));
	return items.every(plainString) ? items : undefined;
}

/** The front matter as `yaml` would read it, or null when it is not of the simple shape. */
export function simpleYaml(src: string): Record<string, unknown> | null {
	const out: Record<string, unknown> = {};
	for (const line of src.split('\n')) {
		const m = LINE.exec(line);
		if (!m) return null;
		const key = m[1]!;
		if (key === '__proto__' || RESERVED.test(key) || Object.hasOwn(out, key)) return null;
		const v = value(m[2]!);
		if (v === undefined) return null;
		out[key] = v;
	}
	return out;
}
