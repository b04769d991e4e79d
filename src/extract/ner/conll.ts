// Reads CoNLL-2003 text (TOKEN POS CHUNK NER per line, blank lines between sentences,
// -DOCSTART- between documents). Pure: takes the file's text, not its path.

export interface ConllDocument {
  sentences: { tokens: string[]; tags: string[] }[];
}

export function parseConll(text: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let document: ConllDocument = { sentences: [] };
  let tokens: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (tokens.length) document.sentences.push({ tokens, tags });
    tokens = [];
    tags = [];
  };
  const endDocument = () => {
    endSentence();
    if (document.sentences.length) documents.push(document);
    document = { sentences: [] };
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) { endSentence(); continue; }
    const columns = line.split(/\s+/);
    if (columns[0] === '-DOCSTART-') { endDocument(); continue; }
    tokens.push(columns[0]!);
    tags.push(columns[columns.length - 1]!);
  }
  endDocument();
  return documents;
}
