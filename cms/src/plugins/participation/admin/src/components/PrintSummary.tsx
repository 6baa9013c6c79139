import { Box, Button, Flex, Loader, Typography } from '@strapi/design-system';
import { File } from '@strapi/icons';
import { createGlobalStyle, styled } from 'styled-components';
import { formatDateTime } from '../../../../../admin/shared/date-time';
import { useSummary } from '../hooks/useModeration';
import { useT } from '../translations';

const PRINT_ID = 'participation-print-area';

// The table prints alone, without the admin's menus, as the reports page prints (plugins/reports PrintArea).
const PrintOnlySummary = createGlobalStyle`
  @media print {
    @page { size: A4 landscape; margin: 12mm; }
    body * { visibility: hidden; }
    #${PRINT_ID}, #${PRINT_ID} * { visibility: visible; }
    #${PRINT_ID} { position: absolute; left: 0; top: 0; width: 100%; box-shadow: none; padding: 0; }
    #${PRINT_ID} button { display: none; }
  }
`;

const SummaryTable = styled.table`
  width: 100%;
  border-collapse: collapse;
  font-size: 1.3rem;
  th,
  td {
    border: 1px solid #666;
    padding: 4px 6px;
    vertical-align: top;
    text-align: left;
    white-space: pre-wrap;
  }
  th {
    background: #eee;
    text-align: center;
  }
  thead {
    display: table-header-group;
  }
  tr {
    break-inside: avoid;
  }
  @media print {
    font-size: 10.5pt;
    color: #000;
  }
`;

interface Props {
  documentId: string;
  onClose: () => void;
}

/** "Bản in": the Bảng tổng hợp ý kiến góp ý of a draft, as the drafting agency files it; printed with the browser. */
export const PrintSummary = ({ documentId, onClose }: Props) => {
  const t = useT();
  const { data, error } = useSummary(documentId);
  if (!data) return error ? <Typography textColor="danger600">{t('page.loadFailed')}</Typography> : <Loader>{t('print.loading')}</Loader>;
  const { draft } = data;
  return (
    <Box id={PRINT_ID} background="neutral0" padding={6} hasRadius shadow="tableShadow">
      <PrintOnlySummary />
      <Flex justifyContent="flex-end" gap={2} paddingBottom={4}>
        <Button variant="tertiary" size="S" onClick={onClose}>
          {t('action.closePrint')}
        </Button>
        <Button size="S" startIcon={<File />} onClick={() => window.print()}>
          {t('action.printNow')}
        </Button>
      </Flex>
      <Flex direction="column" gap={1} paddingBottom={4}>
        <Typography variant="beta" tag="h2">
          {t('print.title')}
        </Typography>
        <Typography fontWeight="bold">{t('print.draft', { number: draft.number, summary: draft.summary })}</Typography>
        <Typography variant="pi">
          {t('print.window', { opensAt: formatDateTime(draft.opensAt), closesAt: formatDateTime(draft.closesAt), site: draft.site.name })}
        </Typography>
      </Flex>
      <SummaryTable>
        <thead>
          <tr>
            <th style={{ width: '4%' }}>{t('print.no')}</th>
            <th style={{ width: '14%' }}>{t('print.author')}</th>
            <th style={{ width: '14%' }}>{t('print.organisation')}</th>
            <th style={{ width: '30%' }}>{t('print.body')}</th>
            <th style={{ width: '10%' }}>{t('print.section')}</th>
            <th style={{ width: '28%' }}>{t('print.answer')}</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.length === 0 ? (
            <tr>
              <td colSpan={6}>{t('print.empty')}</td>
            </tr>
          ) : (
            data.rows.map((row) => (
              <tr key={row.id}>
                <td style={{ textAlign: 'center' }}>{row.no}</td>
                <td>{row.authorName}</td>
                <td>{row.organisation ?? ''}</td>
                <td>{row.body}</td>
                <td>{row.section ?? ''}</td>
                <td>{row.answer ?? ''}</td>
              </tr>
            ))
          )}
        </tbody>
      </SummaryTable>
      <Box paddingTop={3}>
        <Typography variant="pi" textColor="neutral600">
          {t('print.generated', { at: formatDateTime(data.generatedAt) })}
        </Typography>
      </Box>
    </Box>
  );
};
