import { Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { DirectionView, NextMonthDirections } from '../../../shared/contracts';
import { useT } from '../hooks/useT';

/** `2027-01-10` → `10/01/2027`. */
const day = (iso: string | null): string => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

const OneDirection = ({ direction }: { direction: DirectionView }) => {
  const t = useT();
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography fontWeight="bold">{direction.title}</Typography>
      {direction.summary && <Typography style={{ whiteSpace: 'pre-line' }}>{direction.summary}</Typography>}
      {direction.topics.length > 0 && (
        <Table colCount={3} rowCount={direction.topics.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">{t('direction.topic')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('direction.details')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('direction.dueOn')}</Typography>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {direction.topics.map((topic, index) => (
              <Tr key={index}>
                <Td style={{ whiteSpace: 'normal' }}>
                  <Typography>{topic.title}</Typography>
                </Td>
                <Td style={{ whiteSpace: 'normal' }}>
                  <Typography>{topic.details ?? ''}</Typography>
                </Td>
                <Td>
                  <Typography>{day(topic.dueOn)}</Typography>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      {direction.events.length > 0 && (
        <Flex direction="column" alignItems="stretch" gap={1}>
          <Typography variant="omega" fontWeight="bold">
            {t('direction.events')}
          </Typography>
          {direction.events.map((event, index) => (
            <Typography key={index}>
              {day(event.on)}: {event.title}
              {event.details ? ` — ${event.details}` : ''}
            </Typography>
          ))}
        </Flex>
      )}
    </Flex>
  );
};

/** The report's last section: next month's direction of each site, or a sentence that it is not written yet. */
export const DirectionSection = ({ next }: { next: NextMonthDirections }) => {
  const t = useT();
  const many = next.sites.length > 1;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="delta" tag="h3">
        {t('direction.title', { month: next.label })}
      </Typography>
      {next.sites.map(({ site, direction }) => (
        <Flex key={site} direction="column" alignItems="stretch" gap={1}>
          {many && <Typography textColor="neutral600">{site}</Typography>}
          {direction ? <OneDirection direction={direction} /> : <Typography textColor="danger600">{next.missing}</Typography>}
        </Flex>
      ))}
    </Flex>
  );
};
