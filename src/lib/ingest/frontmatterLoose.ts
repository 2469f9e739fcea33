/**
 * Front matter that YAML refuses, read line by line: blog editors let writers type values YAML
 * cannot take unquoted ("title: [KubeCon EU 2019] notes", "title: @kubecon recap",
 * 'title: "KubeCon" is over', "title: `kubectl` tips"), and one such line would lose the title,
 * the date and the author together. Each top-level `key: value` line gives its value as written
 * (a whole quoted value unquoted); a key without a value takes the `- item` lines or the
 * `name: value` lines indented under it, or a folded `>`/`|` block. A value that opens a quote or
 * a bracket it never closes is broken, not text: it is left out.
 */

const KEY_LINE = /^([A-Za-z_][\w-]*(?: [\w-]+)?)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;
const ITEM = /^[ \t]+-[ \t]+(.*?)[ \t]*$/;
const NESTED = /^[ \t]+([A-Za-z_][\w-]*)[ \t]*:[ \t]+(.*?)[ \t]*$/;
const BLOCK_SCALAR = /^[|>][+-]?$/;

function scalar(raw: string): string | undefined {
	const q = raw[0];
	if (q === '"' || q === "'") {
		const inner = raw.slice(1, -1);
		// Quoted whole: no lone quote inside ('' and \" are a quote in the text).
		const bare = q === "'" ? inner.replace(/''/g, '') : inner.replace(/\\./g, '');
		if (raw.length > 1 && raw.endsWith(q) && !bare.includes(q))
			return q === "'" ? inner.replace(/''/g, "'") : inner.replace(/\\(["\\])/g, '$1');
		// '"KubeCon" is over': a quoted word and more, as typed; '"Unclosed': broken.
		return raw.indexOf(q, 1) > 0 ? raw : undefined;
	}
	if (q === '[' && !raw.includes(']')) return undefined;
	if (q === '{' && !raw.includes('}')) return undefined;
	return raw;
}

/** The record the lines give, or null when no line gives a value. */
export function looseYaml(src: string): Record<string, unknown> | null {
	const out: Record<string, unknown> = {};
	const lines = src.split('\n');
	let found = false;
	for (let i = 0; i < lines.length; i++) {
		const m = KEY_LINE.exec(lines[i]!);
		if (!m) continue;
		const key = m[1]!;
		if (Object.hasOwn(out, key) || key === '__proto__') continue;
		const raw = m[2] ?? '';
		if (raw && !BLOCK_SCALAR.test(raw)) {
			const v = scalar(raw);
			if (v !== undefined) {
				out[key] = v;
				found = true;
			}
			continue;
		}
		// The indented lines under the key.
		let j = i + 1;
		while (j < lines.length && (/^[ \t]/.test(lines[j]!) || !lines[j]!.trim())) j++;
		const under = lines.slice(i + 1, j).filter((l) => l.trim());
		i = j - 1;
		let value: unknown;
		if (raw) value = under.map((l) => l.trim()).join(raw[0] === '|' ? '\n' : ' ');
		else if (under.length && under.every((l) => ITEM.test(l)))
			value = under.map((l) => scalar(ITEM.exec(l)![1]!)).filter((v) => v !== undefined);
		else if (under.length && under.every((l) => NESTED.test(l)))
			value = Object.fromEntries(
				under.map((l) => {
					const n = NESTED.exec(l)!;
					return [n[1]!, scalar(n[2]!)];
				})
			);
		if (value !== undefined && value !== '') {
			out[key] = value;
			found = true;
		}
	}
	return found ? out : null;
}
