import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { isWorkflowUid } from '../constants';
import { useBlockPublishShortcut } from '../hooks/useBlockPublishShortcut';
import { useT } from '../hooks/useT';
import { PanelContent } from './PanelContent';

/**
 * The edit view's side panel. Strapi renders it like a component (hooks allowed) and expects a
 * description back; it only applies to saved articles and legal documents.
 */
export const WorkflowPanel: PanelComponent = ({ model, documentId }) => {
  const t = useT();
  const workflowType = isWorkflowUid(model);
  // Here rather than in the panel's content, so it covers the create screen too.
  useBlockPublishShortcut(workflowType);
  if (!workflowType || !documentId) return null;
  // Keyed, so moving to another document starts from a clean panel rather than the last one's data.
  return { title: t('panel.title'), content: <PanelContent key={documentId} uid={model} documentId={documentId} /> };
};
