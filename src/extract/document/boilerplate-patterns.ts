// Single lines that are page furniture, recognised by their wording alone.
// Each rule is anchored and bounds the line's length, so that an article sentence which
// happens to start the same way ("Share prices fell…", "Read more about…") is never caught.

import { endsSentence, hasAtMostWords } from './lines.js';

export interface LineRule {
  reason: string;
  test(line: string): boolean;
}

/** News agencies and photo libraries that appear as credits ("Vladimir Putin / AP"). */
const AGENCIES = [
  'AP', 'AFP', 'Reuters', 'Getty', 'Getty Images', 'EPA', 'EPA-EFE', 'Sputnik', 'TASS',
  'RIA Novosti', 'Anadolu', 'Anadolu Agency', 'Bloomberg', 'Shutterstock', 'Alamy', 'PA',
  'PA Images', 'PA Wire', 'Xinhua', 'UPI', 'Pool', 'WireImage', 'ZUMA', 'Zuma Press', 'Corbis',
  'iStock', 'SIPA', 'SOPA Images', 'NurPhoto', 'Wikimedia Commons', 'Associated Press',
  'Kremlin Press Service', 'Handout',
].map((a) => a.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|');

const CREDIT_AT_END = new RegExp(
  `(?:^|\\s)[/|]\\s*(?:${AGENCIES}|[A-Z][\\w.'&-]*(?: [A-Z][\\w.'&-]*){0,3} (?:Images|Photos?|Pictures|Press|Agency)|.{1,60} via (?:${AGENCIES}))$`,
);
const LIBRARY_NAME = /\b(?:Getty Images|Shutterstock|Alamy|iStock(?:photo)?|via Getty)\b/;

const short = hasAtMostWords;

// Each test runs the anchored pattern first and counts words only on a match: this runs on
// every line of inputs up to the size limit.
export const LINE_RULES: LineRule[] = [
  {
    reason: 'reading time',
    test: (l) =>
      /^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]*min(?:ute)?s?\.?(?:\s+(?:read|reading|listen|watch))$/i.test(l) ||
      /^(?:estimated\s+)?(?:reading|read|listening)\s+time\s*:?\s*(?:\d+|less than|about|under)\b.{0,20}$/i.test(l),
  },
  {
    reason: 'link to another story',
    test: (l) =>
      (/^(?:read more|read also|also read|more|related(?: articles?| stories| coverage| content)?|see also|don['’]t miss|must read|watch|watch now|listen|recommended(?: for you)?|trending(?: now)?|most read|top stories|more from [^:]{1,30}|more on this story)\s*(?:[:–—|>»]|\.\.\.|…|$)/i.test(l) && short(l, 25)) ||
      /^(?:continue reading|read the full (?:story|article)|click here to .{1,60}|read more)\W{0,3}$/i.test(l),
  },
  {
    reason: 'share or comment prompt',
    test: (l) =>
      l.length <= 80 &&
      /^(?:share|share (?:this|the) (?:article|story|post|page|video)|share on (?:facebook|twitter|x|whatsapp|linkedin|telegram)|tweet|email|print|copy link|comments?|\d+ comments?|show comments|view comments|leave a (?:reply|comment)|post a comment|add a comment|join the (?:conversation|discussion)|cancel reply|follow us(?: on .{1,40})?|your email address will not be published|required fields are marked ?\*?|you must be logged in to post a comment|advertisement|advertising|sponsored(?: content)?|scroll to continue(?: with content)?|skip to (?:main )?content)\s*[!.:*]?$/i.test(l),
  },
  {
    reason: 'tag line',
    test: (l) => /^(?:published under|filed under|posted (?:in|under)|tags?|tagged(?: with| in)?|topics?|categor(?:y|ies)|keywords)\s*:/i.test(l) && short(l, 40),
  },
  {
    reason: 'photo credit or caption',
    test: (l) =>
      (/^(?:photo(?:graph)?|image|picture|illustration|photo illustration|video|graphic|credit|photo credit|top photo|main image)s?\s*(?::|by\b|courtesy\b|via\b)/i.test(l) && short(l, 15)) ||
      (/\((?:photo|image|picture|credit|pictured)s?\s*(?::|by\b|courtesy\b|via\b)[^)]*\)\W*$/i.test(l) && short(l, 60)) ||
      (!endsSentence(l) && short(l, 20) && (CREDIT_AT_END.test(l) || LIBRARY_NAME.test(l))),
  },
  {
    reason: 'copyright notice',
    test: (l) => /^(?:©|\(c\)\s|copyright\s+(?:©\s*)?(?:\d{4}|the\b))|all rights reserved\.?$/i.test(l) && short(l, 15),
  },
];

/** The first rule a line breaks, or null. */
export function matchLineRule(line: string): string | null {
  for (const rule of LINE_RULES) if (rule.test(line)) return rule.reason;
  return null;
}
