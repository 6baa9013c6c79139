import * as React from 'react';
import { useHref } from 'react-router-dom';
import { useFetchClient, useForm, useNotification } from '@strapi/strapi/admin';
import { ARTICLE_UID, editViewPath, INPUT_FIELDS } from '../constants';
import type { ActionInput, AvailableAction, WorkflowItem } from '../../../shared/contracts';
import { readActionError, type ActionError } from '../utils/errors';
import { useRefreshWorkflowDocumentMutation } from './useRefreshDocument';
import { useT } from './useT';

type NestedErrors = { [key: string]: string | NestedErrors };

/** {"source.name": "…"} → {source: {name: "…"}}, the shape the edit view's form marks fields with. */
const nest = (fields: Record<string, string>): NestedErrors => {
  const result: NestedErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const keys = path.split('.');
    let node = result;
    keys.slice(0, -1).forEach((key) => {
      if (typeof node[key] !== 'object') node[key] = {};
      node = node[key] as NestedErrors;
    });
    node[keys[keys.length - 1]] = message;
  }
  return result;
};

interface Options {
  item: WorkflowItem;
  linkCityCopy: boolean;
  onDone: (item: WorkflowItem) => void;
  /** A refusal that is not about the input usually means someone else moved the item meanwhile. */
  onRefused: () => void;
}

/** Presses a workflow button: posts the action, then refreshes the panel and the content manager. */
export const useRunAction = ({ item, linkCityCopy, onDone, onRefused }: Options) => {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [refreshDocument] = useRefreshWorkflowDocumentMutation();
  // Optional: the panel sits inside the edit view's form, but nothing breaks without it.
  const setFormErrors = useForm('WorkflowPanel', (form) => form.setErrors, false);
  const adminRoot = useHref('/');
  const t = useT();
  const [pending, setPending] = React.useState(false);
  const [error, setError] = React.useState<ActionError | null>(null);

  const run = React.useCallback(
    async (action: AvailableAction, input: ActionInput): Promise<void> => {
      setPending(true);
      setError(null);
      try {
        const url = `/workflow/items/${item.uid}/${item.documentId}/actions/${action.action}`;
        const { data } = await post<{ data: WorkflowItem; meta?: { proposedDocumentId?: string | null } }>(url, input);
        onDone(data.data);
        await refreshDocument({ model: item.uid, documentId: item.documentId });
        const proposed = data.meta?.proposedDocumentId;
        toggleNotification({
          type: 'success',
          message: proposed ? t('notify.proposed') : t('notify.done', { action: action.label }),
          link:
            proposed && linkCityCopy
              ? { url: `${adminRoot.replace(/\/$/, '')}${editViewPath(ARTICLE_UID, proposed)}`, label: t('proposal.openCopy') }
              : undefined,
        });
      } catch (caught) {
        const problem = readActionError(caught);
        setError(problem);
        const documentFields = Object.fromEntries(Object.entries(problem.fields).filter(([path]) => !INPUT_FIELDS.includes(path)));
        if (setFormErrors && Object.keys(documentFields).length > 0) setFormErrors(nest(documentFields));
        toggleNotification({ type: 'danger', message: problem.message ?? t('notify.failed') });
        if (Object.keys(problem.fields).length === 0) onRefused();
      } finally {
        setPending(false);
      }
    },
    [adminRoot, item.documentId, item.uid, linkCityCopy, onDone, onRefused, post, refreshDocument, setFormErrors, t, toggleNotification]
  );

  return { run, pending, error };
};
