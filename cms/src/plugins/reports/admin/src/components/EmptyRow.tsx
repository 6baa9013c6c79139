import { Td, Tr, Typography } from '@strapi/design-system';

/** The one row of a table with nothing to list: a sentence that says so for the period, not bare headers. */
export const EmptyRow = ({ colSpan, text }: { colSpan: number; text: string }) => (
  <Tr>
    <Td colSpan={colSpan} style={{ whiteSpace: 'normal' }}>
      <Typography textColor="neutral600">{text}</Typography>
    </Td>
  </Tr>
);
