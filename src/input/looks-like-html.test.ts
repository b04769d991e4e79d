import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeHtml } from './looks-like-html.js';

const html = [
  '<!DOCTYPE html><html><body><p>Hi</p></body></html>',
  '  \n<!doctype html>\n<title>x</title>',
  '<html lang="en"><head></head></html>',
  '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"></html>',
  '<!-- saved from url -->\n<html><body></body></html>',
  '<head><meta charset="utf-8"></head>',
  '<body>text</body>',
  '<p>A fragment of a page.</p>',
  '<div class="article">text</div>',
  '<article><h1>Title</h1></article>',
  'Saved page\n' + '<div><p>para</p><p>para</p><span>x</span></div>\n'.repeat(5),
];

const text = [
  'Raqqa raid suggests Russian intelligence has sources inside ISIS\n\nRussian President Putin received a report.',
  'Web developers wrap bold text in <b> tags, and pages start with <html>.',
  'Headline\n\nThe tag <p> starts a paragraph and </p> ends it; <div> groups them.',
  'a < b and c > d in 3 < 4 comparisons',
  '<<< BREAKING >>> Explosion in Moscow',
  '<3 from Moscow',
];

for (const input of html) {
  test(`looks-like-html.test: HTML ${JSON.stringify(input.slice(0, 40))}`, () => {
    assert.equal(looksLikeHtml(input), true, `looks-like-html.test: ${input}`);
  });
}
for (const input of text) {
  test(`looks-like-html.test: text ${JSON.stringify(input.slice(0, 40))}`, () => {
    assert.equal(looksLikeHtml(input), false, `looks-like-html.test: ${input}`);
  });
}
