// Plain text from a DOM subtree: one paragraph per block element, whitespace collapsed.

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Never text a reader sees. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math',
  'canvas', 'head', 'title', 'meta', 'link', 'select', 'textarea', 'button', 'input',
]);

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th',
  'tr', 'ul', 'caption', 'body', 'html',
]);

/**
 * The paragraphs under `root`, in document order. Walks iteratively (firstChild /
 * nextSibling / parentNode), so deeply nested hostile markup cannot overflow the stack.
 */
export function blockParagraphs(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = collapse(current);
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  let node: Node | null = root.firstChild;
  while (node) {
    let enter = false;
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
    } else if (node.nodeType === ELEMENT_NODE) {
      const tag = (node as Element).localName.toLowerCase();
      if (tag === 'br') current += '\n';
      else if (!SKIPPED.has(tag)) {
        if (BLOCKS.has(tag)) flush();
        enter = node.firstChild !== null;
      }
    }
    if (enter) {
      node = node.firstChild;
      continue;
    }
    // Next sibling, or climb out of finished elements (ending their paragraphs).
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && isBlock(node)) flush();
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  flush();
  return paragraphs;
}

function isBlock(node: Node): boolean {
  return node.nodeType === ELEMENT_NODE && BLOCKS.has((node as Element).localName.toLowerCase());
}

/** Collapses runs of spaces; keeps <br> line breaks; drops blank lines. */
function collapse(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
