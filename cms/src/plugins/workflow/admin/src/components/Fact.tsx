import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';

interface Props {
  label: string;
  children: React.ReactNode;
}

/** One labelled line of the panel, styled like the content manager's own "Information" block. */
export const Fact = ({ label, children }: Props) => (
  <Flex direction="column" alignItems="flex-start" gap={1}>
    <Typography variant="sigma" textColor="neutral600">
      {label}
    </Typography>
    {typeof children === 'string' ? <Typography variant="omega">{children}</Typography> : children}
  </Flex>
);
