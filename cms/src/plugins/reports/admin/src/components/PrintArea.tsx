import * as React from 'react';
import { Box, Button } from '@strapi/design-system';
import { File } from '@strapi/icons';
import { createGlobalStyle } from 'styled-components';
import { useT } from '../hooks/useT';

const PRINT_ID = 'reports-print-area';

// The report prints alone, without the admin's menus: everything else is hidden on paper.
const PrintOnlyReport = createGlobalStyle`
  @media print {
    body * { visibility: hidden; }
    #${PRINT_ID}, #${PRINT_ID} * { visibility: visible; }
    #${PRINT_ID} { position: absolute; left: 0; top: 0; width: 100%; }
    #${PRINT_ID} button { display: none; }
  }
`;

export const PrintButton = () => {
  const t = useT();
  return (
    <Button variant="tertiary" size="S" startIcon={<File />} onClick={() => window.print()}>
      {t('print')}
    </Button>
  );
};

/** Wraps a report that can be printed as it is shown. */
export const PrintArea = ({ children }: { children: React.ReactNode }) => (
  <Box id={PRINT_ID} background="neutral0" padding={6} hasRadius shadow="tableShadow">
    <PrintOnlyReport />
    {children}
  </Box>
);
