/**
 * A letter's greeting and sign-off ("Hi all,", "Hello everyone!" opening the text; "Cheers,
 * Ravi", "Best regards, Yuki", "Thanks!" closing it): trip reports are mailed to a team and
 * saved as they were sent. They are the letter's, not text of the recap: no passage.
 */
import type { Block } from './blocks';

/**
 * "Hi all,", "Hello everyone!", "Dear Anna,": the word (first letter lowered), then up to two
 * words of address, ending in , ! or : ("Hello from Barcelona!" is text of the recap).
 */
const GREETING =
	/^(?:hi|hello|hey|dear|hallo|hola|bonjour|good (?:morning|afternoon|evening))(?:[ \t]+(?:all|everyone|everybody|folks|team|guys|y'all|colleagues|friends|there|people|\p{Lu}[\p{L}'’-]*)){0,2}[ \t]*[,!:]$/u;
/** "Cheers,", "Best Regards,", "Thanks!": the phrase, in any case. */
const SIGN_OFF =
	/^(?:cheers|thanks|thank you|many thanks|thx|best regards|best wishes|best|kind regards|warm regards|regards|all the best|sincerely|yours|ciao|saludos|(?:viele |liebe |beste )?grü(?:ß|ss)e|cordialement)[,!.]?/i;
/** Then at most a name: "Yuki", "Ravi Kumar" (capitalised: "Best talk was Linkerd" is text). */
const NAME = /^(?:[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2})?$/u;

function isSignOff(text: string): boolean {
	const m = SIGN_OFF.exec(text);
	return m !== null && NAME.test(text.slice(m[0].length));
}

const MAX_CHARS = 60;

/** The blocks without a greeting first (after a title heading) and a sign-off last. */
export function withoutSalutations(blocks: Block[]): Block[] {
	if (blocks.length < 3) return blocks;
	const first = blocks[0]!.type === 'heading' ? 1 : 0;
	const open = blocks[first];
	const greeting =
		open?.type === 'paragraph' &&
		open.text.length <= MAX_CHARS &&
		GREETING.test(open.text.charAt(0).toLowerCase() + open.text.slice(1));
	const last = blocks.at(-1)!;
	const signOff =
		last.type === 'paragraph' && last.text.length <= MAX_CHARS && isSignOff(last.text);
	if (!greeting && !signOff) return blocks;
	return blocks.filter((b, i) => !(greeting && i === first) && !(signOff && b === last));
}
