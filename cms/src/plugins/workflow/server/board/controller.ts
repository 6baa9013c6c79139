import type { Core } from '@strapi/strapi';
import type { BoardHome, StartedArticle } from '../../shared/contracts';
import { adminActor, type AdminUser } from '../services/actor';
import { boardHomeOf } from './home';
import { startArticle } from './start-article';

interface AdminContext {
  state: { user: AdminUser };
  params: Record<string, string>;
  body: unknown;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The home page's "Định hướng tuyên truyền", "Bài được giao cho tôi" and "Giao bài của trang". */
  async home(ctx: AdminContext) {
    const data: BoardHome = await boardHomeOf(strapi, adminActor(ctx.state.user));
    ctx.body = { data };
  },

  /** "Viết bài" on an assignment given to the user. */
  async startArticle(ctx: AdminContext) {
    const data: StartedArticle = await startArticle(strapi, adminActor(ctx.state.user), String(ctx.params.documentId ?? ''));
    ctx.body = { data };
  },
});
