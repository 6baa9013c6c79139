import type { ReactNode } from 'react';
import type { WorkflowState } from '../../shared/contracts';
import { StateCell } from './components/StateCell';

/** The content manager's hook for changing the list view's columns (used by i18n the same way). */
export const INJECT_COLUMN_IN_TABLE = 'Admin/CM/pages/ListView/inject-column-in-table';

interface Header {
  name: string;
  cellFormatter?: (row: Record<string, unknown>) => ReactNode;
}

interface Columns {
  displayedHeaders: Header[];
  layout: unknown;
}

/** Shows workflowState with its label and colour; only the workflow's types have that column. */
export const withStateLabels = ({ displayedHeaders, layout }: Columns): Columns => ({
  layout,
  displayedHeaders: displayedHeaders.map((header) =>
    header.name === 'workflowState'
      ? { ...header, cellFormatter: (row) => <StateCell state={row.workflowState as WorkflowState | null | undefined} /> }
      : header
  ),
});
