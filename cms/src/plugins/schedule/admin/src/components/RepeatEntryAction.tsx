import { useForm } from '@strapi/strapi/admin';
import type { DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { WORK_SCHEDULE_UID } from '../../../shared/contracts';
import { useT } from '../translations';
import { RepeatEntryForm, type SavedEntry } from './RepeatEntryForm';

/** "Lặp lại một buổi": one saved entry copied onto other days of the same week. */
export const RepeatEntryAction: DocumentActionComponent = ({ model, documentId, document }) => {
  const modified = useForm('RepeatEntryAction', (form) => form.modified);
  const t = useT();
  if (model !== WORK_SCHEDULE_UID || !documentId || !document) return null;
  const weekStart = typeof document.weekStart === 'string' ? document.weekStart : null;
  const entries = (Array.isArray(document.entries) ? document.entries : []) as SavedEntry[];
  return {
    label: modified ? `${t('repeat.label')} (${t('repeat.saveFirst')})` : t('repeat.label'),
    position: 'panel',
    disabled: modified || !weekStart || entries.length === 0,
    dialog: {
      type: 'modal',
      title: t('repeat.title'),
      content: ({ onClose }: { onClose: () => void }) => (
        <RepeatEntryForm documentId={documentId} weekStart={weekStart ?? ''} entries={entries} onClose={onClose} />
      ),
    },
  };
};
RepeatEntryAction.displayName = 'RepeatEntryAction';
