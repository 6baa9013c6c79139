import type { Core } from '@strapi/strapi';
import { COMPONENT_LABELS, CONTENT_TYPE_LABELS, HIDDEN_FIELDS, LIST_COLUMNS, READ_ONLY_FIELDS, type FieldLabel } from '../admin-labels/vi';

interface ViewConfiguration {
  metadatas?: Record<string, { edit?: Record<string, unknown>; list?: Record<string, unknown> }>;
  layouts?: { list?: string[]; [key: string]: unknown };
  [key: string]: unknown;
}

interface ConfigurationService {
  findConfiguration(model: unknown): Promise<ViewConfiguration>;
  updateConfiguration(model: unknown, configuration: ViewConfiguration): Promise<unknown>;
}

const withLabels = (
  configuration: ViewConfiguration,
  labels: Record<string, FieldLabel>,
  readOnly: string[] = [],
  hidden: string[] = []
): ViewConfiguration => {
  const metadatas = { ...(configuration.metadatas ?? {}) };
  for (const [attribute, value] of Object.entries(labels)) {
    const current = metadatas[attribute];
    if (!current) continue;
    const [label, description] = typeof value === 'string' ? [value, undefined] : value;
    metadatas[attribute] = {
      ...current,
      edit: {
        ...current.edit,
        label,
        ...(description ? { description } : {}),
        ...(readOnly.includes(attribute) ? { editable: false } : {}),
        ...(hidden.includes(attribute) ? { visible: false, editable: false } : {}),
      },
      list: { ...current.list, label },
    };
  }
  return { ...configuration, metadatas };
};

const apply = async (service: ConfigurationService, models: object, table: Record<string, Record<string, FieldLabel>>) => {
  for (const [uid, labels] of Object.entries(table)) {
    const model = (models as Record<string, unknown>)[uid];
    if (!model) throw new Error(`Admin labels name ${uid}, which is not a model of this app`);
    const current = await service.findConfiguration(model);
    const labelled = withLabels(current, labels, READ_ONLY_FIELDS[uid], HIDDEN_FIELDS[uid]);
    const columns = LIST_COLUMNS[uid];
    const next = columns ? { ...labelled, layouts: { ...labelled.layouts, list: columns } } : labelled;
    if (JSON.stringify(next) !== JSON.stringify(current)) await service.updateConfiguration(model, next);
  }
};

/**
 * Writes the Vietnamese field labels into the content manager's view configuration on every
 * start, so editors read "Tiêu đề", not "title". Labels are code: an edit made in
 * "Configure the view" is replaced at the next start.
 */
export const applyAdminLabels = async (strapi: Core.Strapi): Promise<void> => {
  const contentManager = strapi.plugin('content-manager');
  await apply(contentManager.service('content-types') as ConfigurationService, strapi.contentTypes, CONTENT_TYPE_LABELS);
  await apply(contentManager.service('components') as ConfigurationService, strapi.components, COMPONENT_LABELS);
};
