import type { Page } from '../store.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;

export interface Window {
  limit: number;
  offset: number;
}

/** A page request made safe: whole numbers, at least one row, at most MAX_PAGE_SIZE. */
export function pageWindow(page: Page): Window {
  const limit = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(page.limit ?? DEFAULT_PAGE_SIZE)));
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  return { limit, offset };
}
