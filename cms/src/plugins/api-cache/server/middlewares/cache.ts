import type { Core } from '@strapi/strapi';
import { Stream } from 'node:stream';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { responseModels, UnknownShapeError, type AttributeShape, type SchemaLookup } from '../services/dependencies';
import { PUBLIC_QUERY_ACCEPTED } from '../../../../public-api';
import { cacheSettings, createStore, type CachedResponse } from '../services/store';
import { versionReader, versionTag } from '../services/versions';

// Anonymous GETs of the core read routes (/api/<plural> and /api/<plural>/:id, /api/<single>) are
// answered from memory while no model their response is made of has been written since. Requests
// with credentials always go through: what they may see is not what the public may see.
// Only what the public query guard (middlewares/public-query.ts) accepted is stored, so a hit is
// always for an address the guard let through: the guard's answer depends on the address alone
// for a caller without credentials, and a refusal (a 400) is never stored.

const NAME = 'strapi-api';
const gzip = promisify(gzipCallback);

/** Answers with the cached bytes, gzipped when the client takes it (Node's fetch, so the site builds, do). */
const send = (ctx: Parameters<Core.MiddlewareHandler>[0], entry: CachedResponse): void => {
  ctx.vary('Accept-Encoding');
  ctx.type = 'application/json';
  if (ctx.acceptsEncodings('gzip', 'identity') === 'gzip') {
    ctx.set('Content-Encoding', 'gzip');
    ctx.body = entry.gzipped;
  } else {
    ctx.body = entry.body;
  }
};

/** First path segment under the REST prefix → the content type whose core routes it serves. */
const coreRoutes = (strapi: Core.Strapi): Map<string, string> => {
  const routes = new Map<string, string>();
  for (const [uid, contentType] of Object.entries(strapi.contentTypes)) {
    if (!uid.startsWith('api::')) continue;
    const { kind, info } = contentType as unknown as { kind: string; info: { singularName: string; pluralName: string } };
    routes.set(kind === 'singleType' ? info.singularName : info.pluralName, uid);
  }
  return routes;
};

type Schemas = Record<string, { attributes?: Record<string, AttributeShape> } | undefined>;

const schemaLookup = (strapi: Core.Strapi): SchemaLookup => {
  const contentTypes = strapi.contentTypes as unknown as Schemas;
  const components = strapi.components as unknown as Schemas;
  return (uid) => (contentTypes[uid] ?? components[uid])?.attributes;
};

/** A body Strapi's JSON responses carry: a plain object, not a file, stream or buffer. */
const isJsonBody = (body: unknown): body is object =>
  typeof body === 'object' && body !== null && !Buffer.isBuffer(body) && !(body instanceof Stream);

const cache: Core.MiddlewareFactory = (_config, { strapi }) => {
  const settings = cacheSettings();
  const store = createStore(settings);
  const prefix = `${strapi.config.get('api.rest.prefix', '/api')}/`;
  const lookup = schemaLookup(strapi);
  const readVersions = versionReader(strapi);
  let routes: Map<string, string> | undefined;

  const modelOf = (path: string): string | undefined => {
    if (!path.startsWith(prefix)) return undefined;
    const segments = path.slice(prefix.length).split('/');
    if (segments.length > 2 || !segments[0]) return undefined;
    routes ??= coreRoutes(strapi);
    const uid = routes.get(segments[0]);
    if (
      uid &&
      segments.length === 2 &&
      (strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as { kind: string }).kind === 'singleType'
    )
      return undefined;
    return uid;
  };

  return async (ctx, next) => {
    if (!settings.enabled || ctx.method !== 'GET' || ctx.get('authorization')) return next();
    const uid = modelOf(ctx.path);
    if (!uid) return next();
    const key = ctx.url;
    const cached = store.get(key);
    // The same address always asks for the same shape: a hit reuses the models its entry was made
    // from and never parses the query string (a build's list query is long; parsing it was a sixth
    // of a hit's CPU).
    let models: string[];
    try {
      models = cached?.models ?? responseModels(lookup, uid, ctx.query as Record<string, unknown>);
    } catch (error) {
      // Strapi rejects such a query with its own 400; nothing to cache.
      if (error instanceof UnknownShapeError) return next();
      throw error;
    }

    // Read before the response is made: a write committed meanwhile leaves this entry already stale.
    const tag = versionTag(await readVersions(), models);
    if (cached && cached.tag === tag) {
      ctx.status = 200;
      send(ctx, cached);
      ctx.set('Cache-Status', `${NAME}; hit`);
      return;
    }

    await next();
    const forward = cached ? 'stale' : 'uri-miss';
    if (ctx.status === 200 && ctx.state[PUBLIC_QUERY_ACCEPTED] === true && isJsonBody(ctx.body) && !ctx.response.get('Set-Cookie')) {
      const body = Buffer.from(JSON.stringify(ctx.body));
      // Compressed once, on the thread pool: a page of 100 articles is ~350 KB of JSON, ~53 KB gzipped.
      const entry = { body, gzipped: await gzip(body, { level: 6 }), models, tag };
      store.set(key, entry);
      send(ctx, entry);
      ctx.set('Cache-Status', `${NAME}; fwd=${forward}; stored`);
    } else {
      if (cached) store.delete(key);
      ctx.set('Cache-Status', `${NAME}; fwd=${forward}`);
    }
  };
};

export default cache;
