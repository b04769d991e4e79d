// The HTTP API: request validation with zod, an OpenAPI document at /openapi.json, JSON
// errors, and the pre-built web UI. Handlers only parse, call the services and format.

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isCalendarDate } from '../services/dates.js';
import { BadRequestError, NotFoundError, type Services } from '../services/services.js';
import { StoreRequestError } from '../store/errors.js';
import * as schemas from './schemas.js';
import { serveWebUi } from './web-ui.js';

const ErrorBody = z.object({ error: z.string() }).openapi('Error');

const limit = z.coerce.number().int().min(1).max(200).optional().openapi({ description: 'page size (default 20, at most 200)' });
const offset = z.coerce.number().int().min(0).optional().openapi({ description: 'rows to skip' });
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isCalendarDate, 'not a calendar date (month 01–12, day within the month)');
const who = z.string().trim().min(1).max(200).default('analyst');
const reason = z.string({ error: 'a reason is required' }).trim().min(1, 'a reason is required').max(2000);
const many = z.union([z.string(), z.array(z.string())]).optional().transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

/** The answer, and the refusals a route can give: 400 for bad input, 404 for an unknown id or name. */
function ok(description: string, schema: z.ZodType, refusals: { 400?: string; 404?: string } = {}) {
  return {
    200: { description, content: { 'application/json': { schema } } },
    ...(refusals[400] ? { 400: errorResponse(refusals[400]) } : {}),
    ...(refusals[404] ? { 404: errorResponse(refusals[404]) } : {}),
  };
}
const BAD_PAGE = 'limit or offset out of range';
const NO_ENTITY = 'no such entity';
function errorResponse(description: string) {
  return { description, content: { 'application/json': { schema: ErrorBody } } };
}
const jsonBody = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

export const routes = {
  documents: createRoute({ method: 'get', path: '/api/documents', tags: ['corpus'], summary: 'Ingested articles, newest first', request: { query: z.object({ limit, offset, outlet: z.string().optional() }) }, responses: ok('a page of articles', schemas.DocumentPage, { 400: BAD_PAGE }) }),
  document: createRoute({ method: 'get', path: '/api/documents/{id}', tags: ['corpus'], summary: 'One article with its text and every annotation', request: { params: z.object({ id: z.string().min(1) }) }, responses: ok('the article', schemas.DocumentView, { 404: 'no such document' }) }),
  search: createRoute({
    method: 'get', path: '/api/search', tags: ['corpus'], summary: 'Full-text search with facets',
    request: { query: z.object({ q: z.string().max(500).default(''), entity: many, type: z.string().optional(), outlet: z.string().optional(), from: isoDate.optional(), to: isoDate.optional(), eventType: z.string().optional(), limit, offset }) },
    responses: ok('hits with snippets and facet counts', schemas.SearchResponse, { 400: 'a bad date or page', 404: NO_ENTITY }),
  }),
  entities: createRoute({ method: 'get', path: '/api/entities', tags: ['entities'], summary: 'Entities, most mentioned first', request: { query: z.object({ q: z.string().optional(), type: z.string().optional(), limit, offset }) }, responses: ok('a page of entities', schemas.EntityPage, { 400: BAD_PAGE }) }),
  entity: createRoute({ method: 'get', path: '/api/entities/{id}', tags: ['entities'], summary: 'Entity profile: aliases, mentions, events, quotes, relations, documents', request: { params: z.object({ id: z.string().min(1) }) }, responses: ok('the profile', schemas.EntityProfile, { 404: NO_ENTITY }) }),
  entityList: createRoute({ method: 'get', path: '/api/entities/{id}/lists/{list}', tags: ['entities'], summary: 'One of an entity profile’s lists in full, newest first, a page at a time', request: { params: z.object({ id: z.string().min(1), list: z.enum(['documents', 'eventsAsActor', 'eventsAsTarget', 'quotesBy', 'quotesAbout', 'relations']) }), query: z.object({ limit, offset }) }, responses: ok('a page of the list', schemas.ProfileListPage, { 400: 'no such list, or a bad page', 404: NO_ENTITY }) }),
  merge: createRoute({ method: 'post', path: '/api/entities/merge', tags: ['entities'], summary: 'Merge one entity into another (reversible, recorded)', request: jsonBody(z.object({ keep: z.string().min(1), remove: z.string().min(1), who, why: reason })), responses: ok('the kept entity', schemas.EntityProfile, { 400: 'no reason, or already one entity', 404: NO_ENTITY }) }),
  split: createRoute({ method: 'post', path: '/api/entities/{id}/split', tags: ['entities'], summary: 'Split names off an entity into a new one (reversible, recorded)', request: { params: z.object({ id: z.string().min(1) }), ...jsonBody(z.object({ names: z.array(z.string().min(1)).min(1), who, why: reason })) }, responses: ok('the new entity', schemas.EntityProfile, { 400: 'no reason, or no mention with those names', 404: NO_ENTITY }) }),
  undo: createRoute({ method: 'post', path: '/api/entities/changes/{id}/undo', tags: ['entities'], summary: 'Undo a merge or split (recorded as a change of its own)', request: { params: z.object({ id: z.coerce.number().int().min(1) }), ...jsonBody(z.object({ who, why: reason })) }, responses: ok('the entity made whole again', schemas.EntityProfile, { 400: 'no reason, or the change cannot be undone', 404: 'no such change' }) }),
  graph: createRoute({ method: 'get', path: '/api/graph', tags: ['analysis'], summary: 'Knowledge graph around entities, with evidence and centrality', request: { query: z.object({ entity: many, depth: z.coerce.number().int().min(1).max(3).default(1) }) }, responses: ok('nodes and edges', schemas.GraphView, { 400: 'no entity given, or depth out of range', 404: NO_ENTITY }) }),
  path: createRoute({ method: 'get', path: '/api/graph/path', tags: ['analysis'], summary: 'Shortest path between two entities', request: { query: z.object({ from: z.string().min(1), to: z.string().min(1) }) }, responses: ok('the path as nodes and edges', schemas.GraphView, { 400: 'from or to missing', 404: 'no such entity, or no path between them' }) }),
  edge: createRoute({ method: 'get', path: '/api/graph/edges/{id}', tags: ['analysis'], summary: 'Every sentence supporting one link, a page at a time', request: { params: z.object({ id: z.string().min(1).openapi({ description: 'the link id of a graph view (source|kind|target)' }) }), query: z.object({ limit, offset }) }, responses: ok('a page of the link’s evidence', schemas.EdgeEvidence, { 400: BAD_PAGE, 404: 'no such link' }) }),
  timeline: createRoute({ method: 'get', path: '/api/timeline', tags: ['analysis'], summary: 'Dated events across articles, merged, with honest precision', request: { query: z.object({ actor: z.string().optional(), type: z.string().optional(), place: z.string().optional() }) }, responses: ok('timeline items', schemas.Timeline, { 404: NO_ENTITY }) }),
  map: createRoute({ method: 'get', path: '/api/map', tags: ['analysis'], summary: 'Places and events as GeoJSON', responses: ok('a GeoJSON FeatureCollection', schemas.MapResponse) }),
  claims: createRoute({ method: 'get', path: '/api/claims', tags: ['grading'], summary: 'Claims and events with Admiralty grades, corroboration and contradictions: most disputed, then most corroborated, first', request: { query: z.object({ show: z.enum(['all', 'contested', 'corroborated']).default('all').openapi({ description: 'contested: with a contradiction; corroborated: two or more independent sources' }), kind: z.enum(['event', 'claim']).optional(), limit, offset }) }, responses: ok('a page of the claims board', schemas.ClaimsBoard, { 400: BAD_PAGE }) }),
  sourceGrades: createRoute({ method: 'get', path: '/api/grades/sources', tags: ['grading'], summary: 'Source reliability per outlet with history', responses: ok('outlet grades', schemas.OutletGrades) }),
  gradeSource: createRoute({ method: 'put', path: '/api/grades/sources/{outlet}', tags: ['grading'], summary: 'Set an outlet’s reliability (A–F) with a reason', request: { params: z.object({ outlet: z.string().min(1) }), ...jsonBody(z.object({ grade: z.enum(['A', 'B', 'C', 'D', 'E', 'F']), who, reason })) }, responses: ok('the outlet’s grade and history', schemas.OutletGrade, { 400: 'no reason, or not a grade A–F' }) }),
  gradeItem: createRoute({ method: 'put', path: '/api/grades/{kind}/{id}', tags: ['grading'], summary: 'Override the credibility (1–6) of an event or claim with a reason', request: { params: z.object({ kind: z.enum(['event', 'quote']), id: z.coerce.number().int().min(1) }), ...jsonBody(z.object({ credibility: z.number().int().min(1).max(6), who, reason })) }, responses: ok('the credibility and its history', schemas.CredibilityRecord, { 400: 'no reason, or not a credibility 1–6', 404: 'no such event or quote' }) }),
  failures: createRoute({ method: 'get', path: '/api/failures', tags: ['corpus'], summary: 'Inputs that could not be ingested, with the reason, oldest first', request: { query: z.object({ limit, offset }) }, responses: ok('a page of failures', schemas.Failures, { 400: BAD_PAGE }) }),
};

export interface AppOptions {
  /** Folder of the built web UI (dist-web); omitted: API only. */
  webRoot?: string | null;
}

export function createApp(services: Services, options: AppOptions = {}): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        return c.json({ error: `invalid request: ${issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'bad input'}` }, 400);
      }
      return undefined;
    },
  });
  // `c.json` needs the exact response type of each route; results are plain JSON objects.
  const send = (c: Context, body: unknown) => c.json(body as Record<string, unknown>, 200);

  app.openapi(routes.documents, async (c) => send(c, await services.listDocuments(c.req.valid('query'))) as never);
  app.openapi(routes.document, async (c) => send(c, await services.document(c.req.valid('param').id)) as never);
  app.openapi(routes.search, async (c) => send(c, await services.search(c.req.valid('query'))) as never);
  app.openapi(routes.entities, async (c) => send(c, await services.listEntities(c.req.valid('query'))) as never);
  app.openapi(routes.entity, async (c) => send(c, await services.entity(c.req.valid('param').id)) as never);
  app.openapi(routes.entityList, async (c) => {
    const { id, list } = c.req.valid('param');
    return send(c, await services.entityList(id, list, c.req.valid('query'))) as never;
  });
  app.openapi(routes.merge, async (c) => {
    const body = c.req.valid('json');
    return send(c, await services.merge(body.keep, body.remove, { who: body.who, why: body.why })) as never;
  });
  app.openapi(routes.split, async (c) => {
    const body = c.req.valid('json');
    return send(c, await services.split(c.req.valid('param').id, body.names, { who: body.who, why: body.why })) as never;
  });
  app.openapi(routes.undo, async (c) => {
    const body = c.req.valid('json');
    return send(c, await services.undo(c.req.valid('param').id, { who: body.who, why: body.why })) as never;
  });
  app.openapi(routes.graph, async (c) => {
    const query = c.req.valid('query');
    if (query.entity.length === 0) throw new BadRequestError('give at least one entity (?entity=ID)');
    return send(c, await services.graph(query.entity, query.depth)) as never;
  });
  app.openapi(routes.path, async (c) => send(c, await services.path(c.req.valid('query').from, c.req.valid('query').to)) as never);
  app.openapi(routes.edge, async (c) => send(c, await services.edgeEvidence(c.req.valid('param').id, c.req.valid('query'))) as never);
  app.openapi(routes.timeline, async (c) => send(c, await services.timeline(c.req.valid('query'))) as never);
  app.openapi(routes.map, async (c) => send(c, await services.map()) as never);
  app.openapi(routes.claims, async (c) => send(c, await services.claims(c.req.valid('query'))) as never);
  app.openapi(routes.sourceGrades, async (c) => send(c, await services.listSourceGrades()) as never);
  app.openapi(routes.gradeSource, async (c) => {
    const body = c.req.valid('json');
    return send(c, await services.gradeSource(c.req.valid('param').outlet, body.grade, { who: body.who, why: body.reason })) as never;
  });
  app.openapi(routes.gradeItem, async (c) => {
    const { kind, id } = c.req.valid('param');
    const body = c.req.valid('json');
    return send(c, await services.gradeItem(kind, id, body.credibility, { who: body.who, why: body.reason })) as never;
  });
  app.openapi(routes.failures, async (c) => send(c, await services.failures(c.req.valid('query'))) as never);

  app.doc('/openapi.json', {
    openapi: '3.0.3',
    info: { title: 'Dossier API', version: '0.1.0', description: 'Entities, events, claims and their sources in a news corpus; every item points back to its sentence.' },
  });
  app.notFound((c) => (c.req.path.startsWith('/api/') ? c.json({ error: `no such endpoint: ${c.req.method} ${c.req.path}` }, 404) : c.text('not found', 404)));
  app.onError((error, c) => {
    if (error instanceof NotFoundError) return c.json({ error: error.message }, 404);
    if (error instanceof BadRequestError || error instanceof StoreRequestError) return c.json({ error: error.message }, 400);
    if (error instanceof SyntaxError) return c.json({ error: `invalid JSON body: ${error.message}` }, 400);
    // Hono's own refusals (a malformed JSON body) carry their status.
    if (error instanceof HTTPException && error.status < 500) return c.json({ error: `invalid request: ${error.message}` }, error.status);
    console.error(`dossier serve: ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`);
    return c.json({ error: 'internal error (see the server log)' }, 500);
  });
  if (options.webRoot) serveWebUi(app, options.webRoot);
  return app;
}
