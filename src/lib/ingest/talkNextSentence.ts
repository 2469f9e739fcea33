/**
 * A talk's speakers named in the sentence after its quoted title: 'the keynote “Title”. Its
 * speaker was Bryan Liles of VMware, who …', 'the panel “Title”. It was moderated by Cheryl Hung
 * (CNCF), with panelists Lena Hall (Microsoft) and Bob Wise (AWS).'
 */
import { namesBeforeProse } from './talkQuoteDash';
import { parseSpeakerList, type SpeakerList } from './speakers';

/**
 * After the quote: at most a few words to the sentence's end, then "It was given / delivered /
 * moderated … by", "The talk was presented by", or "Its speaker was", "The speakers were"; group 1
 * is the rest of that sentence.
 */
const NEXT_SENTENCE =
	/^[^.!?\n“”"]{0,60}[.!]["”]?\s+(?:(?:It|The\s+(?:talk|session|keynote|panel|workshop|tutorial|presentation))\s+was\s+(?:given|delivered|presented|moderated|hosted|led|run|chaired)\s+by|(?:Its|The)\s+(?:speakers?|presenters?|hosts?|moderators?)\s+(?:was|were))\s+([^.!?\n]{3,300}?)(?=[.!?](?:\s|$)|$)/;
/** ", with panelists", "; panelists were": between a panel's moderator and the panel. */
const PANELISTS = /[,;]?\s+(?:with|and)\s+(?:the\s+)?panel(?:ist)?s\s+/;

/**
 * The speakers the sentence after a talk's quoted title names (`rest`: the text after the
 * quote), with the length of text read; null when it names none.
 */
export function nextSentenceSpeakers(rest: string): { names: SpeakerList; end: number } | null {
	// Cheap gate: the verb "was" / "were" within the sentences read.
	if (!rest.includes(' w')) return null;
	const m = NEXT_SENTENCE.exec(rest);
	if (!m) return null;
	const text = m[1]!.includes('panel') ? m[1]!.replace(PANELISTS, ', ') : m[1]!;
	const names = parseSpeakerList(text) ?? namesBeforeProse(text);
	return names ? { names, end: m[0].length } : null;
}
