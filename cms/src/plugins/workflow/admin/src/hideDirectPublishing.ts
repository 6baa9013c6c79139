import type { BulkActionComponent, DescriptionComponent, DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { isWorkflowUid } from './constants';

interface Statics {
  type?: string;
  position?: unknown;
}

/**
 * Wraps one of Strapi's actions so it disappears on the workflow's content types only. The model
 * is known only at render time, hence a wrapper rather than a filter of the list. The original
 * always runs: it calls hooks, and the same slot may show another content type next (the list
 * view stays mounted when switching types), so skipping it would break React's hook order.
 */
const hiddenOnWorkflowTypes = <Props extends { model: string }, Description>(
  original: DescriptionComponent<Props, Description> & Statics,
  hides: (description: Description | null) => boolean
) => {
  const wrapped: DescriptionComponent<Props, Description> & Statics = (props) => {
    const description = original(props);
    return isWorkflowUid(props.model) && hides(description) ? null : description;
  };
  // The content manager reads these statics to place and identify actions.
  wrapped.type = original.type;
  wrapped.position = original.position;
  wrapped.displayName = `Workflow(${original.displayName ?? original.name ?? 'Action'})`;
  return wrapped;
};

const DIRECT = new Set(['publish', 'unpublish']);

/** Publish and Unpublish in the edit view: the workflow's Approve and Withdraw replace them. */
export const withoutDirectPublishing = (actions: DocumentActionComponent[]): DocumentActionComponent[] =>
  actions.map((action) =>
    action.type && DIRECT.has(action.type) ? (hiddenOnWorkflowTypes(action, () => true) as DocumentActionComponent) : action
  );

/**
 * The list view's bulk Publish and Unpublish, which the server refuses for these types anyway.
 * Strapi marks bulk Unpublish with a static `type` but bulk Publish only in its description
 * (`actionType`), so the description is checked too.
 */
export const withoutBulkPublishing = (actions: BulkActionComponent[]): BulkActionComponent[] =>
  actions.map(
    (action) =>
      hiddenOnWorkflowTypes(action, (description) => {
        const actionType = (description as { actionType?: string } | null)?.actionType;
        return DIRECT.has(action.type ?? '') || DIRECT.has(actionType ?? '');
      }) as BulkActionComponent
  );
