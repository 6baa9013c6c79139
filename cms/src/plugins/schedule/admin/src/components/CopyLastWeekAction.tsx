import { useNavigate } from 'react-router-dom';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import type { DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { readApiError } from '../../../../../admin/shared/api-error';
import { WORK_SCHEDULE_UID, type CopyLastWeekResult } from '../../../shared/contracts';
import { dmy } from '../dates';
import { useT } from '../translations';

/** "Sao chép tuần trước" in a schedule's edit view: the site's next week as a draft, then opens it. */
export const CopyLastWeekAction: DocumentActionComponent = ({ model, documentId }) => {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const navigate = useNavigate();
  const t = useT();
  if (model !== WORK_SCHEDULE_UID || !documentId) return null;
  return {
    label: t('copy.label'),
    position: 'panel',
    dialog: {
      type: 'dialog',
      title: t('copy.title'),
      content: t('copy.body'),
      confirmLabel: t('copy.confirm'),
      onConfirm: async () => {
        try {
          const { data } = await post<CopyLastWeekResult>(`/schedule/work-schedules/${documentId}/copy-last-week`, {});
          toggleNotification({ type: 'success', message: t('copy.done', { week: dmy(data.data.weekStart), count: data.data.entries }) });
          navigate(`/content-manager/collection-types/${WORK_SCHEDULE_UID}/${data.data.documentId}`);
        } catch (error) {
          toggleNotification({ type: 'danger', message: readApiError(error).message ?? t('notify.failed') });
        }
      },
    },
  };
};
CopyLastWeekAction.displayName = 'CopyLastWeekAction';
