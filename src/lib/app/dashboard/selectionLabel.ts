/** A selection in words, for the passage list ("Passages where Kubernetes and Envoy appear"). */
import type { Selection } from '$lib/state/selection';

interface Names {
	themes: ReadonlyMap<string, string>;
	events: ReadonlyMap<string, string>;
	projects: ReadonlyMap<string, string>;
}

export function selectionLabel(selection: Selection, names: Names): string {
	const theme = (id: string) => names.themes.get(id) ?? id;
	const event = (id: string) => names.events.get(id) ?? id;
	const project = (id: string) => names.projects.get(id) ?? id;
	switch (selection.kind) {
		case 'event':
			return `at ${event(selection.eventId)}`;
		case 'theme-event':
			return `on ${theme(selection.themeId)} at ${event(selection.eventId)}`;
		case 'node':
			return `mentioning ${project(selection.projectId)}`;
		case 'edge':
			return `where ${project(selection.source)} and ${project(selection.target)} both appear`;
		case 'cell':
			return selection.columns === 'event'
				? `on ${theme(selection.themeId)} at ${event(selection.column)}`
				: `on ${theme(selection.themeId)} in ${selection.column}`;
	}
}
