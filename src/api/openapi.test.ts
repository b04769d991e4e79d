// The OpenAPI document at /openapi.json is valid OpenAPI 3.0, and every route's documented
// 200 schema accepts what the route really answers over the seed corpus.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { z } from '@hono/zod-openapi';
import { createApp, routes } from './app.js';
import type { EntityProfile, GraphView } from './dto.js';
import { useSeedApp } from './testing/seed-app.js';

let app: ReturnType<typeof createApp>;

const send = async (method: string, path: string, body?: unknown): Promise<Response> =>
  app.request(path, body === undefined ? { method } : { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

/**
 * One real call per route, in this order (merge, split and undo change the store). Typed by
 * the route table, so a route added without a call here does not compile.
 */
const calls: Record<keyof typeof routes, () => Promise<Response>> = {
  documents: () => send('GET', '/api/documents?limit=2'),
  document: async () => {
    const page = (await (await send('GET', '/api/documents?limit=1')).json()) as { items: { id: string }[] };
    return send('GET', `/api/documents/${page.items[0]!.id}`);
  },
  search: () => send('GET', '/api/search?q=Putin&from=2015'),
  entities: () => send('GET', '/api/entities?type=PERSON&limit=5'),
  entity: () => send('GET', '/api/entities/Putin'),
  entityList: () => send('GET', '/api/entities/vladimir-putin/lists/quotesBy?limit=2'),
  merge: () => send('POST', '/api/entities/merge', { keep: 'ISIS', remove: 'ISIS-K', why: 'schema test' }),
  split: () => send('POST', '/api/entities/islamic-state/split', { names: ['ISIS-K'], why: 'schema test' }),
  undo: async () => {
    const profile = (await (await send('GET', '/api/entities/islamic-state')).json()) as EntityProfile;
    return send('POST', `/api/entities/changes/${profile.changes.find((c) => c.kind === 'split')!.id}/undo`, { why: 'schema test' });
  },
  graph: () => send('GET', '/api/graph?entity=vladimir-putin&entity=raqqa'),
  edge: async () => {
    const view = (await (await send('GET', '/api/graph?entity=vladimir-putin')).json()) as GraphView;
    return send('GET', `/api/graph/edges/${encodeURIComponent(view.edges[0]!.id)}`);
  },
  path: () => send('GET', '/api/graph/path?from=Putin&to=Raqqa'),
  timeline: () => send('GET', '/api/timeline'),
  map: () => send('GET', '/api/map'),
  claims: () => send('GET', '/api/claims'),
  sourceGrades: () => send('GET', '/api/grades/sources'),
  gradeSource: () => send('PUT', '/api/grades/sources/Daily%20Beast', { grade: 'C', reason: 'schema test' }),
  gradeItem: () => send('PUT', '/api/grades/event/1', { credibility: 3, reason: 'schema test' }),
  failures: () => send('GET', '/api/failures'),
};

describe('openapi.test: the OpenAPI document', () => {
  useSeedApp((seeds) => {
    app = seeds.app;
  });

  test('/openapi.json is a valid OpenAPI 3.0 document listing every route with a named response schema', async () => {
    const response = await app.request('/openapi.json');
    assert.equal(response.status, 200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }> }>> };
    const validator = new Validator();
    const result = await validator.validate(document);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
    assert.equal(validator.version, '3.0');
    const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    assert.deepEqual(operations.sort(), Object.values(routes).map((r) => `${r.method.toUpperCase()} ${r.path}`).sort());
    for (const route of Object.values(routes)) {
      const operation = document.paths[route.path]![route.method]!;
      const schema = operation.responses['200']?.content?.['application/json']?.schema;
      assert.ok(schema && (schema['$ref'] || schema['type'] === 'array'), `openapi.test: ${route.path} documents its answer`);
      // A route that takes input documents how it refuses bad input; one that takes none, nothing.
      const takesInput = 'request' in route && route.request !== undefined;
      assert.equal(Boolean(operation.responses['400'] || operation.responses['404']), takesInput, `openapi.test: ${route.method} ${route.path} refusals`);
    }
  });

  test('every route answers 200 with a body its documented schema accepts', async () => {
    for (const [name, call] of Object.entries(calls) as [keyof typeof routes, () => Promise<Response>][]) {
      const response = await call();
      const body: unknown = await response.json();
      assert.equal(response.status, 200, `openapi.test: ${name}: ${JSON.stringify(body)}`);
      const schema = (routes[name].responses[200].content['application/json'].schema as z.ZodType);
      const parsed = schema.safeParse(body);
      assert.ok(parsed.success, `openapi.test: ${name}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))}`);
    }
  });
});
