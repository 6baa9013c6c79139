import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { MenuItem, SimpleMenu } from '@strapi/design-system';
import { Filter } from '@strapi/icons';
import { useQueryParams } from '@strapi/strapi/admin';
import { isWorkflowUid } from '../constants';
import { useT } from '../hooks/useT';
import { useWorkflowMe } from '../hooks/useWorkflowMe';
import type { WaitingEntry } from '../../../shared/contracts';
import { isWaitingFilterActive, searchWithWaitingFilter } from '../utils/listFilter';

/**
 * "Waiting for me" in the list view of articles and legal documents: one entry per role the user
 * holds (to edit, to approve, returned to me), each a URL filter the content manager applies.
 */
export const WaitingFilter = () => {
  const t = useT();
  const { slug } = useParams<{ slug: string }>();
  const applies = isWorkflowUid(slug);
  const me = useWorkflowMe(applies);
  const [{ query }] = useQueryParams<{ filters?: unknown }>();
  const { search } = useLocation();
  const navigate = useNavigate();

  if (!applies || !me || me.waiting.length === 0) return null;
  const active = me.waiting.find((entry) => isWaitingFilterActive(query.filters, entry, me.userId));
  const apply = (entry: WaitingEntry | null) => navigate({ search: searchWithWaitingFilter(search, entry, me.userId) });

  return (
    <SimpleMenu
      label={active ? t('waiting.active', { label: active.label }) : t('waiting.label')}
      variant={active ? 'secondary' : 'tertiary'}
      startIcon={<Filter />}
    >
      {me.waiting.map((entry) => (
        <MenuItem key={entry.role} onSelect={() => apply(entry)}>
          {entry.label}
        </MenuItem>
      ))}
      {active && <MenuItem onSelect={() => apply(null)}>{t('waiting.clear')}</MenuItem>}
    </SimpleMenu>
  );
};
