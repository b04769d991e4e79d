import { findBoilerplate } from '../document/boilerplate.js';
import { findPublished } from '../document/published.js';
import { findTitle } from '../document/title.js';
import type { Stage } from './stage.js';

/** Boilerplate lines, the headline and the article's own date. */
export const documentStage: Stage = {
  id: 'document.metadata',
  requires: [],
  run({ text, article, result }) {
    result.boilerplate = findBoilerplate(text);
    result.titleSpan = findTitle(text, result.boilerplate);
    result.title = article.meta?.title?.trim() || result.titleSpan?.text || null;
    result.published = findPublished(text, result.boilerplate, article.meta) ?? null;
  },
};
