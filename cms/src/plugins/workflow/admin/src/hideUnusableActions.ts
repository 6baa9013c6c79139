import type { DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { useAuth } from '@strapi/strapi/admin';

/**
 * The edit view's "More actions" entries that need a permission ward staff do not hold: they led
 * only to "Bạn không có quyền…". Collection and single types have their own configure action.
 */
const NEEDS: Record<string, (collectionType: string) => string> = {
  'edit-the-model': () => 'plugin::content-type-builder.read',
  'configure-the-view': (collectionType) =>
    collectionType === 'single-types'
      ? 'plugin::content-manager.single-types.configure-view'
      : 'plugin::content-manager.collection-types.configure-view',
};

/** Hides those entries from users without the permission; the original still runs, for React's hook order. */
export const withoutUnusableActions = (actions: DocumentActionComponent[]): DocumentActionComponent[] =>
  actions.map((action) => {
    const needs = action.type ? NEEDS[action.type] : undefined;
    if (!needs) return action;
    const PermittedAction: DocumentActionComponent = (props) => {
      const description = action(props);
      const permissions = useAuth('WorkflowDocumentActions', (state) => state.permissions);
      const required = needs(props.collectionType);
      return permissions.some((permission) => permission.action === required) ? description : null;
    };
    PermittedAction.type = action.type;
    PermittedAction.position = action.position;
    PermittedAction.displayName = `WorkflowPermitted(${action.displayName ?? action.name ?? 'Action'})`;
    return PermittedAction;
  });
