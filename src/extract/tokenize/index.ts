export { tokenize } from './tokens.js';
export { splitSentences } from './sentences.js';
