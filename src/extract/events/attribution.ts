// Attribution without the quotes stage: which triggers of a sentence are told through a
// source ("…, officials said", "according to X", "X claimed that …", "reportedly"), and the
// answer paragraphs of an interview (after "Q:"), which are the interviewee's words.

import type { Span } from '../types.js';
import type { SentenceView } from './sentence-view.js';

const CUES = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling', 'claimed', 'claims', 'claim', 'claiming', 'stated',
  'states', 'announced', 'announces', 'reported', 'reports', 'according', 'added', 'adds', 'insisted', 'insists',
  'confirmed', 'confirms', 'explained', 'noted', 'quoted', 'cited', 'reportedly', 'testified', 'wrote', 'writes', 'report',
]);
// A cue in these senses is not an attribution ("the report of the meeting", "says nothing").
const NOT_CUE_AFTER = new Set(['of', 'card', 'cards']);
const CONTENT_OPENERS = new Set(['that', ':', 'about']);
const OPEN_QUOTES = new Set(['“', '"', '‘']);
const CLOSE_QUOTES = new Set(['”', '"', '’']);

/**
 * For each token: true when it is inside what a source says. A cue followed by "that" or ":"
 * governs what follows it; a cue after a comma or closing quote ("…, he said") what precedes
 * it; "according to" and "reportedly" the whole sentence; other cues what follows.
 */
export function attributedTokens(view: SentenceView): Uint8Array {
  const { words } = view;
  const out = new Uint8Array(words.length);
  const quoted = quotedTokens(view);
  let anyCue = false;
  for (let c = 0; c < words.length; c++) {
    const w = words[c]!;
    if (!CUES.has(w) || NOT_CUE_AFTER.has(words[c + 1] ?? '')) continue;
    if ((w === 'report' || w === 'reports') && !CONTENT_OPENERS.has(words[c + 1] ?? '')) continue;
    anyCue = true;
    if (w === 'according' || w === 'reportedly') {
      out.fill(1);
      break;
    }
    const opensContent = CONTENT_OPENERS.has(words[c + 1] ?? '');
    if (!opensContent && inverted(words, c)) out.fill(1, 0, c);
    else out.fill(1, c + 1);
  }
  if (anyCue) for (let k = 0; k < words.length; k++) if (quoted[k]) out[k] = 1;
  return out;
}

/** A cue after a comma or a closing quote, possibly with its speaker between ("…,” the minister said). */
function inverted(words: string[], cue: number): boolean {
  for (let k = cue - 1; k >= 0 && cue - k <= 12; k--) {
    if (words[k] === ',' || CLOSE_QUOTES.has(words[k]!)) return true;
    if (words[k] === 'that' || words[k] === '.') return false;
  }
  return false;
}

function quotedTokens(view: SentenceView): Uint8Array {
  const out = new Uint8Array(view.words.length);
  let inside = false;
  for (let k = 0; k < view.words.length; k++) {
    const t = view.tokens[k]!.text;
    if (!inside && OPEN_QUOTES.has(t)) inside = true;
    else if (inside && CLOSE_QUOTES.has(t)) inside = false;
    else if (inside) out[k] = 1;
  }
  return out;
}

const QUESTION_LINE = /^\s*(?:Q|Question)\s*[:.-]/;
const ANSWER_LINE = /^\s*(?:A|Answer)\s*[:.-]/;

/**
 * The answer paragraphs of an interview: every paragraph after a question paragraph
 * ("Q: …") up to the next question, and paragraphs marked "A:". Empty without questions.
 */
export function interviewAnswers(text: string): Span[] {
  const paragraphs: { start: number; end: number; body: string }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length, body: m[0] });
  if (!paragraphs.some((p) => QUESTION_LINE.test(p.body))) return [];
  const answers: Span[] = [];
  let afterQuestion = false;
  for (const p of paragraphs) {
    if (QUESTION_LINE.test(p.body)) afterQuestion = true;
    else if (afterQuestion || ANSWER_LINE.test(p.body)) answers.push({ start: p.start, end: p.end });
  }
  return answers;
}
