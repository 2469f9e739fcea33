/** Public surface of the ingest core (isomorphic: Node scripts and the browser both use it). */
export { ingest, addDocuments, compileTaxonomy, type IngestOptions } from './pipeline';
export { compileMatcher, type ProjectMatch, type ProjectMatcher } from './matcher';
export { compileLexicon, type Lexicon, type PassageAnalysis } from './lexicon';
export {
	compileThemeScorer,
	DEFAULT_THEME_THRESHOLD,
	type ThemeScore,
	type ThemeScorer
} from './themes';
export { compileEventIndex, type EventIndex, type EventRef } from './eventRefs';
export { attributeEvents, type AttributedDocument } from './events';
export { talksInPassage, type TalkCandidate } from './talks';
export { talkFromLine } from './talkLines';
export { talkFromTableRow } from './talkLists';
export { talkFromHeading } from './talkHeadings';
export { parseSpeakerList } from './speakers';
export { findDates } from './dates';
export type * from './types';
