// Interview layouts: after a "Q:" paragraph, the paragraphs up to the next question are the
// interviewee's answers (direct speech without quotation marks). The interviewee is the
// source of the last attribution before the first question ("X tells Syria Direct …").

import type { Span } from '../types.js';
import type { Attribution } from './attribute.js';
import type { DocumentTokens } from './document-tokens.js';

const QUESTION = /^(?:q|question)$/;
const ANSWER = /^(?:a|answer)$/;

export function interviewAnswers(doc: DocumentTokens, attributions: Attribution[]): Attribution[] {
  const { tokens, lower, paragraph } = doc;
  const answers: Attribution[] = [];
  let interviewee: Attribution | null = null;
  let inInterview = false;
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (j + 1 < tokens.length && paragraph[j + 1] === paragraph[i]) j++;
    const marked = tokens[i + 1]?.text === ':' && i + 1 <= j;
    if (marked && QUESTION.test(lower[i]!)) {
      if (!inInterview) {
        const firstQuestion = tokens[i]!.start;
        interviewee = [...attributions].reverse().find((a) => a.source && a.content.end <= firstQuestion) ?? null;
      }
      inInterview = true;
    } else if (inInterview && interviewee) {
      const first = marked && ANSWER.test(lower[i]!) ? i + 2 : i;
      if (first <= j) {
        const content: Span = { start: tokens[first]!.start, end: tokens[j]!.end };
        answers.push({ source: interviewee.source, head: interviewee.head, cue: interviewee.cue, content, direct: true, negated: false });
      }
    }
    i = j + 1;
  }
  return answers;
}
