/** Small numeric helpers for the benchmark's tables. */

/** Nearest-rank percentile (p in 0–100) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	if (!sorted.length) return NaN;
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[Math.min(rank, sorted.length) - 1]!;
}

export function median(values: readonly number[]): number {
	return percentile(values, 50);
}

export const ms = (v: number | null | undefined) =>
	v === null || v === undefined || Number.isNaN(v) ? '—' : `${Math.round(v)} ms`;

export const kb = (bytes: number | undefined) =>
	bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} KB`;

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A fixed-width text table: the first row is the header. */
export function table(rows: string[][]): string {
	const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
	const line = (r: string[]) =>
		r
			.map((c, i) => (c ?? '').padEnd(widths[i]!))
			.join('  ')
			.trimEnd();
	return [
		line(rows[0]!),
		widths.map((w) => '─'.repeat(w)).join('  '),
		...rows.slice(1).map(line)
	].join('\n');
}
