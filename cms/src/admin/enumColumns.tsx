import type { ReactNode } from 'react';
import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

/** The content manager's hook for changing the list view's columns (the workflow plugin's too). */
export const INJECT_COLUMN_IN_TABLE = 'Admin/CM/pages/ListView/inject-column-in-table';

interface Header {
  name: string;
  attribute?: { type?: string };
  cellFormatter?: (row: Record<string, unknown>) => ReactNode;
}

interface Columns {
  displayedHeaders: Header[];
  layout: unknown;
}

/** A stored value by its translation (the enumeration's label); an empty cell as the others show it. */
const EnumCell = ({ value }: { value: unknown }) => {
  const { formatMessage } = useIntl();
  // Typography as the content manager's own cells (CellContent) write their text.
  return (
    <Typography textColor="neutral800">
      {typeof value === 'string' && value !== '' ? formatMessage({ id: value, defaultMessage: value }) : '-'}
    </Typography>
  );
};

/**
 * The list view prints an enumeration's stored value as is (CellValue.mjs), while the edit view
 * and the filters translate it: this gives the list cells the same Vietnamese label. Columns a
 * plugin already formats (the workflow's state) keep their formatter.
 */
export const withEnumLabels = ({ displayedHeaders, layout }: Columns): Columns => ({
  layout,
  displayedHeaders: displayedHeaders.map((header) =>
    header.attribute?.type === 'enumeration' && !header.cellFormatter
      ? { ...header, cellFormatter: (row) => <EnumCell value={row[header.name]} /> }
      : header
  ),
});
