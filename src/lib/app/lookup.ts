/** Read-only indexes over reference rows (built once per load, never mutated). */
export function byId<T extends { id: string }>(rows: readonly T[]): ReadonlyMap<string, T> {
	return new Map(rows.map((row) => [row.id, row]));
}

export function idSet(rows: readonly { id: string }[]): Set<string> {
	return new Set(rows.map((row) => row.id));
}

export function nameMap(
	rows: readonly { id: string; name: string }[]
): ReadonlyMap<string, string> {
	return new Map(rows.map((row) => [row.id, row.name]));
}
