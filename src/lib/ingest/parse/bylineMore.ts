/**
 * Byline shapes beside a person's name (byline.ts): a team or guild writing as one ("By the
 * Northwind Labs Team", "Posted by the DevOps guild on June 25, 2015"), a writer for a publisher
 * ("Written by Maria Lopez for Acme Cloud"), and the line that gives where a post first appeared
 * ("Originally published at https://medium.com/…"), at its head or its foot.
 */
import type { Block } from './blocks';
import { findDates } from '../dates';
import { isOrgName } from '../speakers';

/** Cheap test before TEAM: the words a team signs with. */
const TEAM_GATE = /(?:team|guild|crew|squad|staff|editors)$/i;
/**
 * "the Northwind Labs Team", "the DevOps guild", "The Acme engineering team", "Acme Editors": a
 * capitalised name of one to four words, then the team word. Group 1: the name without "the".
 */
const TEAM =
	/^(?:[Tt]he\s+)?([\p{Lu}\d][\p{L}\d&.'’+-]*(?:\s+[\p{L}\d&.'’+-]+){0,3}\s+(?:[Tt]eam|TEAM|[Gg]uild|[Cc]rew|[Ss]quad|[Ss]taff|[Ee]ditors))$/u;

/** The team a byline names ("the DevOps guild" → "DevOps guild"), or null. */
export function teamAuthor(text: string): string | null {
	const t = text.trim();
	if (t.length > 60 || !TEAM_GATE.test(t)) return null;
	return TEAM.exec(t)?.[1] ?? null;
}

/** "Maria Lopez for Acme Cloud": the name, and the publisher it wrote for. */
const FOR_ORG = /^(.{3,60}?)\s+for\s+(\p{Lu}.{1,50})$/u;

/** The writer and publisher of "<name> for <Org>", or null when the rest is no organisation. */
export function writerFor(text: string): { name: string; org: string } | null {
	if (!text.includes(' for ')) return null;
	const m = FOR_ORG.exec(text.trim());
	const org = m?.[2]!.replace(/[.]$/, '');
	return m && org && isOrgName(org) ? { name: m[1]!, org } : null;
}

/** Where the post first appeared: "Originally published at <url> [on <date>]", in a few words. */
const ORIGIN =
	/^(?:this\s+(?:post|article|story)\s+(?:was\s+)?)?(?:originally|first)\s+(?:published|posted|appeared)\s*(?:on|at|in)?\s*:?\s*(?:the\s+)?(?:[\p{L}\d' ]{1,40}?\s+(?:at|on)\s+)?<?(https?:\/\/[^\s<>)\]]+?)>?[.,]?(?:\s+on\s+(.{6,30}?))?[.]?$/iu;
/** How many blocks at each end of the document are looked at for it. */
const ENDS = 4;

/**
 * The "Originally published at …" line among the first or last blocks: its url (and the date it
 * gives, as the dates module reads it), and the block's index so the caller can drop it.
 */
export function originLine(
	blocks: Block[]
): { url: string; date: string | null; index: number } | null {
	const n = blocks.length;
	for (let i = 0; i < n; i++) {
		if (i === ENDS && n - ENDS > i) i = n - ENDS;
		const b = blocks[i]!;
		if (b.type !== 'paragraph' || b.text.length > 200 || !b.text.includes('://')) continue;
		const m = ORIGIN.exec(b.text.trim());
		if (!m) continue;
		const when = m[2] ? findDates(m[2])[0] : undefined;
		const pad = (x: number) => String(x).padStart(2, '0');
		const date =
			when && when.start === 0 && when.year !== null && when.month !== null && when.day !== null
				? `${when.year}-${pad(when.month)}-${pad(when.day)}`
				: null;
		return { url: m[1]!.replace(/[.,]$/, ''), date, index: i };
	}
	return null;
}
