import { Box, Flex, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';
import { useT } from '../hooks/useT';
import type { HistoryEntry } from '../../../shared/contracts';
import { formatDateTime } from '../utils/dates';

/** A timeline rule down the left, in the theme's border colour. */
const Step = styled(Box)`
  border-left: 2px solid ${({ theme }) => theme.colors.neutral200};
`;

const Detail = ({ label, text }: { label: string; text: string }) => (
  <Typography variant="pi" textColor="neutral700">
    <Typography variant="pi" fontWeight="bold">
      {label}:
    </Typography>{' '}
    {text}
  </Typography>
);

/** One step: what was done, by whom and when, the states it moved between and why. */
export const HistoryEntryView = ({ entry }: { entry: HistoryEntry }) => {
  const t = useT();
  const moved = entry.fromState !== entry.toState;
  return (
    <Step tag="li" paddingLeft={3}>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography variant="omega" fontWeight="semiBold">
          {entry.actionLabel}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {entry.actorName} · {formatDateTime(entry.at)}
        </Typography>
        {moved && (
          // One run of text, so long state names wrap like a sentence instead of squeezing columns.
          <Typography variant="pi" textColor="neutral600">
            {entry.fromLabel} →{' '}
            <Typography variant="pi" textColor="neutral800">
              {entry.toLabel}
            </Typography>
          </Typography>
        )}
        {entry.reason && <Detail label={t('history.reason')} text={entry.reason} />}
        {entry.withdrawReasonLabel && <Detail label={t('history.withdrawReason')} text={entry.withdrawReasonLabel} />}
        {entry.note && <Detail label={t('history.note')} text={entry.note} />}
        {entry.publishAt && <Detail label={t('history.publishAt')} text={formatDateTime(entry.publishAt)} />}
      </Flex>
    </Step>
  );
};
