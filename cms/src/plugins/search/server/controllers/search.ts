import type { Core } from '@strapi/strapi';
import { INDEX_KEYS, indexUid, type IndexKey } from '../../../../search/index-names';
import { SearchBusyError, SearchRequestError } from '../engines/errors';
import { parseMultiSearch, parseSearchRequest } from '../engines/request';
import { isSuperAdmin, type AdminUser } from '../../../workflow/server/services/actor';
import { searchEngine } from '../services/engine';
import { outboxStatus } from '../services/outbox';

interface Ctx {
  params: Record<string, string>;
  request: { body?: unknown };
  set: (name: string, value: string) => void;
  state: { user?: AdminUser };
  status: number;
  body: unknown;
}

/** Errors in Meilisearch's shape, so a browser client reads both engines the same way. */
const fail = (ctx: Ctx, status: number, message: string, code: string) => {
  ctx.status = status;
  ctx.body = { message, code, type: status >= 500 ? 'internal' : 'invalid_request', link: null };
};

const keyOf = (uid: string): IndexKey | null => INDEX_KEYS.find((key) => indexUid(key, '') === uid) ?? null;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const engine = () => searchEngine(strapi);

  /** The embedded engine answers here; with Meilisearch the browser talks to Meilisearch itself. */
  const guardEmbedded = (ctx: Ctx): boolean => {
    if (engine().name === 'embedded') return true;
    fail(ctx, 404, 'Tìm kiếm do Meilisearch phục vụ: xem /api/search/config để biết địa chỉ.', 'not_found');
    return false;
  };

  const run = async (ctx: Ctx, work: () => Promise<unknown>) => {
    try {
      ctx.body = await work();
    } catch (error) {
      if (error instanceof SearchRequestError) return fail(ctx, 400, error.message, error.code);
      if (error instanceof SearchBusyError) {
        ctx.set('Retry-After', '1');
        return fail(ctx, 503, error.message, error.code);
      }
      // The engine itself is down (Meilisearch unreachable, the index file unreadable): say so plainly.
      strapi.log.error(`Search: ${error instanceof Error ? error.message : String(error)}`);
      fail(ctx, 503, 'Công cụ tìm kiếm tạm thời không trả lời. Xin thử lại sau ít phút.', 'search_unavailable');
    }
  };

  return {
    /** Where and how the public sites search: engine, host, search-only key, index names. */
    async config(ctx: Ctx) {
      await run(ctx, () => engine().publicConfig());
    },

    /** POST /api/search/indexes/:uid/search, as Meilisearch's route of the same name. */
    async search(ctx: Ctx) {
      if (!guardEmbedded(ctx)) return;
      const key = keyOf(ctx.params.uid);
      if (!key) return fail(ctx, 404, `Không có chỉ mục "${ctx.params.uid.slice(0, 80)}".`, 'index_not_found');
      await run(ctx, () => engine().search(key, parseSearchRequest(ctx.request.body)));
    },

    /** POST /api/search/multi-search: { queries: [{ indexUid, ...search }] } → { results }. */
    async multiSearch(ctx: Ctx) {
      if (!guardEmbedded(ctx)) return;
      await run(ctx, async () => {
        // Every query is checked before any runs; then one at a time, so one request holds one thread.
        const queries = parseMultiSearch(ctx.request.body).map(({ indexUid, request }, i) => {
          const key = keyOf(indexUid);
          if (!key) throw new SearchRequestError(`queries[${i}]: không có chỉ mục "${indexUid.slice(0, 80)}".`, 'index_not_found');
          return { key, request };
        });
        const results = [];
        for (const [i, { key, request }] of queries.entries()) {
          try {
            results.push(await engine().search(key, request));
          } catch (error) {
            // What the engine refuses (a filter too big, say) names the query, as the checks above do.
            if (error instanceof SearchRequestError) throw new SearchRequestError(`queries[${i}]: ${error.message}`, error.code);
            throw error;
          }
        }
        return { results };
      });
    },

    /** For operators: which engine, and how far the outbox is behind. */
    async status(ctx: Ctx) {
      if (!ctx.state.user || !isSuperAdmin(ctx.state.user)) {
        ctx.status = 403;
        ctx.body = { error: { status: 403, name: 'PolicyError', message: 'Chỉ quản trị hệ thống xem được trạng thái tìm kiếm.' } };
        return;
      }
      ctx.body = { data: { engine: engine().name, outbox: await outboxStatus(strapi) } };
    },
  };
};
