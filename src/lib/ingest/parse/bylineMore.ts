/**
 * Byline shapes beside a person's name (byline.ts): a team or guild writing as one ("By the
 * Northwind Labs Team", "Posted by the DevOps guild on June 25, 2015"), a writer for a publisher
 * ("Written by Maria Lopez for Acme Cloud"), and the line that gives where a post first appeared
 * ("Originally published at https://medium.com/…"), at its head or its foot.
 */
import type { Block } from './blocks';
import { findDates } from '../dates';
import { isOrgName, isRole } from '../speakers';
import { teamAuthorIntl } from './bylineTeamsIntl';

/** Cheap test before TEAM: the words a team signs with. */
const TEAM_GATE = /(?:team|guild|crew|squad|staff|editors)$/i;
/**
 * "the Northwind Labs Team", "the DevOps guild", "The Acme engineering team", "Acme Editors": a
 * capitalised name of one to four words, then the team word. Group 1: the name without "the".
 */
const TEAM =
	/^(?:[Tt]he\s+)?([\p{Lu}\d][\p{L}\d&.'’+-]*(?:\s+[\p{L}\d&.'’+-]+){0,3}\s+(?:[Tt]eam|TEAM|[Gg]uild|[Cc]rew|[Ss]quad|[Ss]taff|[Ee]ditors))$/u;

/**
 * The team a byline names ("the DevOps guild" → "DevOps guild", "l'équipe Kubernetes" →
 * "équipe Kubernetes"), or null.
 */
export function teamAuthor(text: string): string | null {
	const t = text.trim();
	if (t.length > 60) return null;
	return (TEAM_GATE.test(t) ? TEAM.exec(t)?.[1] : null) ?? teamAuthorIntl(t);
}

/** "Maria Lopez for Acme Cloud", "Felix Wagner für Acme GmbH": the name, and the publisher it wrote for. */
const FOR_ORG = /^(.{3,60}?)\s+(?:for|für|pour|para)\s+(\p{Lu}.{1,50})$/u;
const FOR_GATE = / (?:for|für|pour|para) /;

/** The writer and publisher of "<name> for <Org>", or null when the rest is no organisation. */
export function writerFor(text: string): { name: string; org: string } | null {
	if (!FOR_GATE.test(text)) return null;
	const m = FOR_ORG.exec(text.trim());
	const org = m?.[2]!.replace(/[.]$/, '');
	return m && org && isOrgName(org) ? { name: m[1]!, org } : null;
}

/**
 * Where the post first appeared: "Originally published at <url> [on <date>]", "This post first
 * appeared on the Acme blog: <url>", "Canonical URL: <url>", "Cross-posted from <url>". Group 1:
 * what follows the opening words.
 */
const ORIGIN =
	/^(?:(?:this\s+(?:post|article|story)\s+(?:was\s+)?)?(?:originally|first)\s+(?:published|posted|appeared)|canonical\s+(?:url|link)\s*:|(?:本文链接|原文链接|原文地址|本文地址)\s*[:：]|cross-?posted\s+from|also\s+published\s+(?:at|on))\s*(.*)$/iu;
/** Beside the url, only a few words may name the place ("on my blog at", "on the Acme blog:"). */
const REST_CHARS = 90;
const URL = /https?:\/\/[^\s<>)\]"']+/;
/** A Markdown link's target, as the raw body has it: "[blog.jd.dev](https://…)". */
const RAW_ORIGIN =
	/(?:originally|first)\s+(?:published|posted|appeared)[^\n]{0,80}?\]\((https?:\/\/[^\s)]+)\)/i;
/** How many blocks at each end of the document are looked at for it. */
const ENDS = 4;

/**
 * The "Originally published at …" line among the first or last blocks: its url (from the raw
 * `body` when the format kept only a link's text) and the date it gives, and the block's index so
 * the caller can drop it.
 */
export function originLine(
	blocks: Block[],
	body: string
): { url: string | null; date: string | null; index: number } | null {
	const n = blocks.length;
	for (let i = 0; i < n; i++) {
		if (i === ENDS && n - ENDS > i) i = n - ENDS;
		const b = blocks[i]!;
		if (b.type !== 'paragraph' || b.text.length > 200 || b.text.includes('\n')) continue;
		const m = ORIGIN.exec(b.text.trim());
		if (!m) continue;
		const url = URL.exec(m[1]!)?.[0].replace(/[.,;:*_]+$/, '');
		const rest = url ? m[1]!.replace(URL, ' ') : m[1]!;
		if (rest.length > REST_CHARS || (!url && !/\]\(/.test(body))) continue;
		const linked = url ? null : RAW_ORIGIN.exec(body)?.[1];
		if (!url && !linked) continue;
		const on = /\s(?:on|le|am|el)\s+(.{6,30}?)[.)*_]*$/.exec(rest);
		const when = on ? findDates(on[1]!)[0] : undefined;
		const pad = (x: number) => String(x).padStart(2, '0');
		const date =
			when && when.start === 0 && when.year !== null && when.month !== null && when.day !== null
				? `${when.year}-${pad(when.month)}-${pad(when.day)}`
				: null;
		return { url: url ?? linked!, date, index: i };
	}
	return null;
}

/**
 * A blog's user name after "Posted by" or a date's "by" ("Posted on 28/06/2019 by jchen"): the
 * author as the platform printed it ("@jchen", Reddit's "u/jchen" without its mark). Only there:
 * a bare lowercase word is no name elsewhere. Accounts every blog has ("admin") name nobody.
 */
const HANDLE = /^(?:@|u\/)?([a-z][a-z0-9_.-]{2,24})$/;
const NOBODY = new Set(['admin', 'administrator', 'root', 'editor', 'guest', 'user', 'webmaster']);

export function handleAuthor(text: string): string | null {
	const m = HANDLE.exec(text.trim());
	return m && !NOBODY.has(m[1]!) ? m[1]! : null;
}

/** "| 3 comments", "· No Comments", "— Leave a comment": a blog's comment count after a byline. */
export const COMMENTS_TAIL =
	/\s*[|·•—–-]\s*(?:\d+\s+(?:comments?|responses?|kommentare?|commentaires?|comentarios?)|no\s+comments|leave\s+a\s+(?:comment|reply))\s*$/i;

/** "Director of Platform Engineering at Globex" (or only the role): the organisation, if named. */
const ROLE_AT = /^(.{2,60}?)(?:\s+(?:at|@|bei|chez)\s+|,\s+)(\p{Lu}.{0,40})$/u;

/**
 * A line under an author's name giving their role: the organisation it names (or null when it
 * names none), or undefined when the line is no role.
 */
export function roleLineOrg(line: string): string | null | undefined {
	const m = ROLE_AT.exec(line.trim());
	if (m && isRole(m[1]!) && isOrgName(m[2]!) && !isRole(m[2]!)) return m[2]!;
	return isRole(line.trim()) ? null : undefined;
}
