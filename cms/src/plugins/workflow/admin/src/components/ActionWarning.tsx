import { Box, Typography } from '@strapi/design-system';

/** What the server warns of before an action (a unit's cap of items a month reached): read, not blocking. */
export const ActionWarning = ({ text }: { text: string | null | undefined }) =>
  text ? (
    <Box padding={3} hasRadius background="warning100" borderColor="warning200" role="alert">
      <Typography textColor="warning700">{text}</Typography>
    </Box>
  ) : null;
