import { Button, Flex } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useDownload } from '../hooks/useDownload';
import { useT } from '../hooks/useT';

interface Props {
  report: string;
  params: Record<string, string | undefined>;
  csv?: boolean;
  /** The year-end report also exports to Word. */
  docx?: boolean;
  label?: string;
}

export const ExportButtons = ({ report, params, csv = false, docx = false, label }: Props) => {
  const t = useT();
  const { download, busy } = useDownload();
  return (
    <Flex gap={2}>
      <Button
        variant="secondary"
        size="S"
        startIcon={<Download />}
        loading={busy === `${report}.xlsx`}
        onClick={() => void download(report, 'xlsx', params)}
      >
        {label ? `${label} — ` : ''}
        {t('export.xlsx')}
      </Button>
      {csv && (
        <Button
          variant="tertiary"
          size="S"
          startIcon={<Download />}
          loading={busy === `${report}.csv`}
          onClick={() => void download(report, 'csv', params)}
        >
          {t('export.csv')}
        </Button>
      )}
      {docx && (
        <Button
          variant="secondary"
          size="S"
          startIcon={<Download />}
          loading={busy === `${report}.docx`}
          onClick={() => void download(report, 'docx', params)}
        >
          {t('export.docx')}
        </Button>
      )}
    </Flex>
  );
};
