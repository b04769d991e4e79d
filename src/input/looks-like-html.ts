// HTML is told from text by content, never by file name.

/** A document that opens like HTML: doctype, <html>, <head>, <body> or another element first. */
const OPENS_AS_HTML =
  /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|main|section|header|footer|nav|div|p|span|a|b|i|em|strong|br|hr|h[1-6]|meta|link|title|script|style|noscript|template|iframe|svg|img|figure|blockquote|form|table|ul|ol)(?=[\s>/])/i;

/** Markup tags that plain prose does not contain by the dozen. */
const TAG = /<\/?(?:html|head|body|p|div|span|a|br|h[1-6]|article|section|main|header|footer|nav|ul|ol|li|table|tr|td|img|meta|link|script|style|figure|figcaption|blockquote|strong|em|b|i)(?=[\s>/])[^<>]{0,2000}>/gi;

const HEAD_CHARS = 64 * 1024;
const MIN_TAGS = 12;

/**
 * True for HTML. Checks the start of the text first; otherwise counts markup tags in the
 * first 64 kB, so that an article mentioning "<b>" or "<html>" stays text.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, HEAD_CHARS).trimStart();
  if (OPENS_AS_HTML.test(head)) return true;
  const tags = head.match(TAG) ?? [];
  const closing = tags.filter((t) => t.startsWith('</')).length;
  return tags.length >= MIN_TAGS && closing >= MIN_TAGS / 3;
}
