/**
 * An MDX post's module lines: `import X from './x'` and `export …` statements, an exported
 * object over several lines among them. Blogs built on Next.js write their front matter as
 * such an object:
 *
 *     export const meta = {
 *       title: 'What we learned at KubeCon NA 2019',
 *       author: 'Ada Lee',
 *       date: '2019-11-22',
 *     }
 *
 * The statements are code, not text; the object's string values are the post's metadata.
 */

/** A line that opens a module statement (tested on lines that start with "import"/"export"). */
const STATEMENT =
	/^(?:import\s+(?:[\w*{}\s,]+\s+from\s+)?['"]|import\s*\{|export\s+(?:const|let|var|default|function|async)\b)/;
const META_OBJECT = /^export\s+const\s+(?:meta|metadata|frontmatter|frontMatter)\s*=\s*\{/;
const STRING_PROP = /^\s*([A-Za-z_]\w*)\s*:\s*(?:\n\s*)?(['"`])((?:\\.|(?!\2)[^\\\n])*)\2/gm;
const MAX_LINES = 200;

/** Whether the body may hold module lines (a line opening with "import " or "export "): cheap. */
export function mayBeMdx(body: string): boolean {
	return (
		body.startsWith('import ') ||
		body.startsWith('export ') ||
		body.includes('\nimport ') ||
		body.includes('\nexport ')
	);
}

/** Brackets opened minus closed, outside quotes (enough for a statement's end). */
function depth(line: string, start: number): number {
	let d = start;
	let quote = '';
	for (let k = 0; k < line.length; k++) {
		const c = line[k]!;
		if (quote) {
			if (c === '\\') k++;
			else if (c === quote) quote = '';
		} else if (c === '"' || c === "'" || c === '`') quote = c;
		else if (c === '{' || c === '(' || c === '[') d++;
		else if (c === '}' || c === ')' || c === ']') d--;
	}
	return d;
}

export interface MdxModule {
	body: string;
	meta: Record<string, string> | null;
	/** Whether any module statement was found (the body is MDX, so Markdown). */
	found: boolean;
}

/** The body without its module statements, and the exported metadata object's strings. */
export function splitMdxModule(body: string): MdxModule {
	const lines = body.split('\n');
	const kept: string[] = [];
	let meta: Record<string, string> | null = null;
	let found = false;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		if (!(line.startsWith('import') || line.startsWith('export')) || !STATEMENT.test(line)) {
			kept.push(line);
			continue;
		}
		found = true;
		let end = i;
		let d = depth(line, 0);
		while (d > 0 && end + 1 < lines.length && end - i < MAX_LINES) d = depth(lines[++end]!, d);
		if (META_OBJECT.test(line)) {
			const src = lines.slice(i, end + 1).join('\n');
			meta = {};
			for (const m of src.matchAll(STRING_PROP)) meta[m[1]!] ??= m[3]!.replace(/\\(.)/g, '$1');
		}
		i = end;
	}
	return { body: found ? kept.join('\n') : body, meta, found };
}
