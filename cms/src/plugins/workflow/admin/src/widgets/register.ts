import type { StrapiApp } from '@strapi/strapi/admin';
import { Clock, Calendar, ArrowLeft, Check, ChartPie } from '@strapi/icons';
import { PLUGIN_ID } from '../pluginId';
import { i18n } from '../translations';
import { MESSAGES, type MessageKey } from '../translations/messages';

/**
 * Strapi's own home widgets that mislead ward staff: counters and recent lists over every type
 * (the "n entries" counter), and releases the portal does not use. The profile widget stays.
 */
const HIDDEN = new Set([
  'plugin::admin.key-statistics',
  'plugin::admin.deploy-now',
  'plugin::content-manager.chart-entries',
  'plugin::content-manager.last-edited-entries',
  'plugin::content-manager.last-published-entries',
  'plugin::content-releases.upcoming-releases',
]);

const uidOf = (widget: { id: string; pluginId?: string }) =>
  widget.pluginId ? `plugin::${widget.pluginId}.${widget.id}` : `global::${widget.id}`;

const title = (key: MessageKey) => ({ id: i18n.trad(key), defaultMessage: MESSAGES[key] });

/**
 * Everyone who works on articles reads them in the content manager (rbac.ts): the widgets show to
 * contributors, editors and approvers (and operators); the route lists only their own sites' work.
 */
const permissions = [{ action: 'plugin::content-manager.explorer.read', subject: 'api::article.article' }];

/** Editors and approvers (the only ones who read articles and hold the Hỏi đáp page): a contributor waits on nothing. */
const staffPermissions = [...permissions, { action: 'plugin::workflow.questions' }];

type WidgetsApi = StrapiApp['widgets'];

let widgetsApi: WidgetsApi | null = null;

/** The home page shows each role its work: the workflow's four lists. In the plugin's `register`. */
export const registerHomeWidgets = (app: StrapiApp): void => {
  // Plugins' bootstrap gets no widgets API; kept for hideGenericWidgets.
  widgetsApi = app.widgets;
  app.widgets.register([
    {
      id: 'waiting',
      pluginId: PLUGIN_ID,
      icon: Clock,
      title: title('home.waiting'),
      permissions: staffPermissions,
      component: async () => (await import('./HomeWidgets')).WaitingWidget,
    },
    {
      id: 'returned',
      pluginId: PLUGIN_ID,
      icon: ArrowLeft,
      title: title('home.returned'),
      permissions,
      component: async () => (await import('./HomeWidgets')).ReturnedWidget,
    },
    {
      id: 'scheduled',
      pluginId: PLUGIN_ID,
      icon: Calendar,
      title: title('home.scheduled'),
      permissions,
      component: async () => (await import('./HomeWidgets')).ScheduledWidget,
    },
    {
      id: 'published',
      pluginId: PLUGIN_ID,
      icon: Check,
      title: title('home.published'),
      permissions,
      component: async () => (await import('./HomeWidgets')).PublishedWidget,
    },
    {
      id: 'report-reminder',
      pluginId: PLUGIN_ID,
      icon: ChartPie,
      title: title('home.report'),
      // The Báo cáo page's permission (board and finance); the route lists the board's sites only.
      permissions: [{ action: 'plugin::reports.read' }],
      component: async () => (await import('./ReportReminderWidget')).ReportReminderWidget,
    },
  ]);
};

/**
 * Drops Strapi's generic widgets. In the plugin's `bootstrap`: other plugins register theirs in
 * their own `register`, which may run after this plugin's.
 */
export const hideGenericWidgets = (): void => {
  widgetsApi?.register((widgets) => widgets.filter((widget) => !HIDDEN.has(uidOf(widget))));
};
