import { Box, Flex, Typography } from '@strapi/design-system';
import { INPUT_FIELDS } from '../constants';
import { useT } from '../hooks/useT';
import type { FieldErrors } from '../../../shared/contracts';

/**
 * Problems with the document itself (approval needs a source, an author…): they are marked on the
 * form's fields too, but the form is behind the dialog, so they are listed here as well.
 */
export const ProblemList = ({ fields }: { fields: FieldErrors }) => {
  const t = useT();
  const problems = Object.entries(fields).filter(([path]) => !INPUT_FIELDS.includes(path));
  if (problems.length === 0) return null;
  return (
    <Box background="danger100" borderColor="danger200" hasRadius padding={3} width="100%">
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography variant="omega" fontWeight="bold" textColor="danger700">
          {t('panel.fixFirst')}
        </Typography>
        {problems.map(([path, message]) => (
          <Typography key={path} variant="omega" textColor="danger700">
            • {message}
          </Typography>
        ))}
      </Flex>
    </Box>
  );
};
