import * as React from 'react';
import { Button, Dialog, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ArrowsCounterClockwise } from '@strapi/icons';
import { useT } from '../translations';
import type { SiteState } from '../../../shared/contracts';
import { releaseTime } from '../utils/format';

interface Props {
  site: SiteState;
  pending: boolean;
  onClose: () => void;
  onConfirm: (release: string) => Promise<void>;
}

/** Picks the release to switch back to: the one before the live one unless the operator chooses another. */
export const RollbackDialog = ({ site, pending, onClose, onConfirm }: Props) => {
  const t = useT();
  // site.releases is newest first.
  const others = site.releases.filter((id) => id !== site.live);
  const liveIndex = site.live ? site.releases.indexOf(site.live) : -1;
  const previous = site.releases[liveIndex + 1] ?? others[0] ?? '';
  const [release, setRelease] = React.useState(previous);

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Content>
        <Dialog.Header>{t('rollback.title', { site: site.name })}</Dialog.Header>
        <Dialog.Body icon={<ArrowsCounterClockwise width="24px" height="24px" fill="warning600" />}>
          <Flex direction="column" alignItems="stretch" gap={4} width="100%">
            <Typography textAlign="center">{others.length > 0 ? t('rollback.text') : t('rollback.noEarlier')}</Typography>
            {others.length > 0 && (
              <Field.Root name="release" required>
                <Field.Label>{t('rollback.release')}</Field.Label>
                <SingleSelect value={release} onChange={(next) => setRelease(String(next))}>
                  {others.map((id) => (
                    <SingleSelectOption key={id} value={id}>
                      {`${releaseTime(id)} — ${id}`}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            )}
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary">
              {t('action.cancel')}
            </Button>
          </Dialog.Cancel>
          <Button fullWidth variant="danger-light" disabled={!release} loading={pending} onClick={() => void onConfirm(release)}>
            {t('action.rollback')}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
