export { filterCaption, sourceLine, yearsText, type FilterNames } from './caption';
export { toCsv, type CsvColumn } from './csv';
export { downloadBlob, downloadText } from './download';
export {
	exportChart,
	exportFile,
	type ChartExport,
	type ExportKind,
	type TableData
} from './exportChart';
export { exportFileName, type ChartId } from './filename';
export { toGexf } from './gexf';
export { legendSvg, type LegendItem, type LegendSpec, type GradientLegend } from './legend';
export { svgToPng } from './png';
export { buildExportSvg, type ExportSvgOptions } from './svg';
export { currentTheme, type ThemeName } from './theme';
