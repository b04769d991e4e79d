// Newsletter sign-up blocks: a few short lines between sign-up wording
// ("Get … In Your Inbox!", "Subscribe", "By clicking …, you agree to …", "You are now subscribed").

import { endsSentence, hasAtMostWords, type Line } from './lines.js';

/** Wording that only a sign-up form uses, whatever the line's length. */
const SIGN_UP_PHRASE =
  /\b(?:by clicking|you agree to (?:our|the)|you(?:'|’| a)re now subscribed|you(?:'|’| a)re subscribed|thanks? (?:you )?for (?:signing up|subscribing)|(?:we|we'll|we’ll) (?:will )?(?:not|never) share your email|enter your email|delivered to your inbox|in your inbox|sign up (?:for|to) (?:our|the)\b.{0,40}\bnewsletters?|start (?:and finish )?your day with)\b/i;

/** Sign-up vocabulary, enough on a short line that is not a sentence. */
const SIGN_UP_WORD = /\b(?:newsletters?|inbox|sign(?:ing)? up|subscribe|subscription|unsubscribe|digest|email address)\b/i;

/** Lines between two sign-up lines are part of the block if the gap is small and the lines short. */
const MAX_GAP_LINES = 3;
const MAX_GAP_WORDS = 30;

/**
 * The sign-up wording must lead the line (or the line be short): an embedded post that merely
 * carries "SIGN UP FOR OUR NEWSLETTER" deep inside is quoted content, not a form.
 */
const PHRASE_WITHIN_CHARS = 60;

function isSignUpLine(line: Line): boolean {
  const phrase = SIGN_UP_PHRASE.exec(line.text);
  if (phrase && (phrase.index <= PHRASE_WITHIN_CHARS || hasAtMostWords(line.text, 15))) return true;
  const sentence = endsSentence(line.text) && !line.text.endsWith('!');
  return hasAtMostWords(line.text, 12) && !sentence && SIGN_UP_WORD.test(line.text);
}

/** Indexes (into `lines`) of the lines of newsletter blocks. */
export function findNewsletterLines(lines: Line[]): Set<number> {
  const found = new Set<number>();
  let previous = -1; // the last sign-up line seen
  for (let i = 0; i < lines.length; i++) {
    if (!isSignUpLine(lines[i]!)) continue;
    found.add(i);
    const gap = lines.slice(previous + 1, i);
    if (previous >= 0 && gap.length <= MAX_GAP_LINES && gap.every((l) => hasAtMostWords(l.text, MAX_GAP_WORDS))) {
      for (let k = previous + 1; k < i; k++) found.add(k);
    }
    previous = i;
  }
  return found;
}
