import { Link as RouterLink } from 'react-router-dom';
import { Box, Link, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import type { ReportReminder } from '../../../shared/contracts';
import { useT } from '../hooks/useT';
import { useWorkflowHome } from './useWorkflowHome';

/** The Báo cáo page's monthly tab for the report's site and month. */
const reportLink = (reminder: ReportReminder): string =>
  `/plugins/reports?${new URLSearchParams({ tab: 'monthly', site: reminder.siteDocumentId, month: reminder.month }).toString()}`;

const Line = ({ reminder }: { reminder: ReportReminder }) => {
  const t = useT();
  const left = reminder.daysLeft === 0 ? t('home.report.today') : t('home.report.daysLeft', { count: reminder.daysLeft });
  return (
    <Box tag="li" paddingBottom={3}>
      <Link tag={RouterLink} to={reportLink(reminder)}>
        {t('home.report.line', { date: reminder.dateLabel, left })}
      </Link>
      <Typography tag="p" variant="pi" textColor="neutral600">
        {reminder.site} · {t('home.report.period', { period: reminder.periodLabel })}
      </Typography>
      <Typography tag="p" variant="pi" textColor={reminder.directionWritten ? 'success600' : 'danger600'}>
        {t(reminder.directionWritten ? 'home.report.directionWritten' : 'home.report.directionMissing', {
          month: reminder.nextMonthLabel,
        })}
      </Typography>
    </Box>
  );
};

/** "Báo cáo ngày 24/12/2026 (còn 3 ngày)": one line per site whose report day is at most five days away. */
export const ReportReminderWidget = () => {
  const t = useT();
  const { home, failed } = useWorkflowHome();
  if (failed) return <Widget.Error>{t('home.failed')}</Widget.Error>;
  if (!home) return <Widget.Loading>{t('home.loading')}</Widget.Loading>;
  if (home.reportReminders.length === 0) return <Widget.NoData>{t('home.empty.report')}</Widget.NoData>;
  return (
    <Box tag="ul">
      {home.reportReminders.map((reminder) => (
        <Line key={`${reminder.siteDocumentId}/${reminder.month}`} reminder={reminder} />
      ))}
    </Box>
  );
};
