/**
 * The single entry point the UI calls: one chart, one format, one download. Every chart goes
 * through the same SVG path, so PNG and SVG carry the same title, legend, caption and source.
 */
import type { Filters, NetworkEdge, NetworkNode } from '$lib/db/types';
import { toCsv, type CsvColumn } from './csv';
import { downloadBlob } from './download';
import { exportFileName, type ChartId } from './filename';
import { toGexf } from './gexf';
import type { LegendSpec } from './legend';
import { svgToPng, svgStringSize } from './png';
import { buildExportSvg, canvasToSvg } from './svg';
import { currentTheme, type ThemeName } from './theme';

export type ExportKind = 'png' | 'svg' | 'csv' | 'gexf';

export interface TableData<Row extends object = Record<string, unknown>> {
	columns: CsvColumn<Row>[];
	rows: Row[];
}

export interface ChartExport {
	chart: ChartId;
	title: string;
	caption: string;
	source: string;
	filters: Filters;
	/** The drawn chart (`<svg data-export-root>`, or a `<canvas>`); needed for PNG and SVG. */
	svg?: SVGSVGElement | HTMLCanvasElement | null;
	legend?: SVGElement | string | LegendSpec;
	/** Exactly the rows behind the chart; the CSV. */
	table?: TableData;
	/** The network, for GEXF. */
	network?: {
		nodes: NetworkNode[];
		edges: NetworkEdge[];
		color?: (n: NetworkNode) => string | undefined;
	};
	/** The database build date, so GEXF files are reproducible. */
	builtAt?: string;
	theme?: ThemeName;
}

/** The file for one export, without downloading it (tests and the page's own flows). */
export async function exportFile(
	kind: ExportKind,
	src: ChartExport
): Promise<{ blob: Blob; filename: string }> {
	const filename = exportFileName(src.chart, src.filters, kind);
	if (kind === 'csv') {
		if (!src.table) throw new Error(`The ${src.chart} has no table to export.`);
		const csv = toCsv(src.table.rows, src.table.columns, { bom: true });
		return { blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }), filename };
	}
	if (kind === 'gexf') {
		if (!src.network) throw new Error(`The ${src.chart} is not a network.`);
		const gexf = toGexf(src.network.nodes, src.network.edges, {
			description: `${src.title}. ${src.caption}. ${src.source}`,
			lastModified: src.builtAt,
			color: src.network.color
		});
		return { blob: new Blob([gexf], { type: 'application/gexf+xml' }), filename };
	}
	if (!src.svg)
		throw new Error(`The ${src.chart} is not drawn yet, so there is nothing to export.`);
	const svg = buildExportSvg({
		chartSvg: src.svg instanceof HTMLCanvasElement ? canvasToSvg(src.svg) : src.svg,
		title: src.title,
		legend: src.legend,
		caption: src.caption,
		source: src.source,
		theme: src.theme ?? currentTheme()
	});
	if (kind === 'svg')
		return { blob: new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), filename };
	const { width, height } = svgStringSize(svg);
	return { blob: await svgToPng(svg, width, height, 2), filename };
}

export async function exportChart(kind: ExportKind, src: ChartExport): Promise<string> {
	const { blob, filename } = await exportFile(kind, src);
	downloadBlob(blob, filename);
	return filename;
}
