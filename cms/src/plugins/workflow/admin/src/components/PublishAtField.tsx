import * as React from 'react';
import { DateTimePicker, Field } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import { toVietnamWallClock } from '../utils/dates';

interface Props {
  /** Vietnam's wall-clock time (see utils/dates). */
  value: Date | null;
  error?: string;
  onChange: (value: Date | null) => void;
}

export const PublishAtField = ({ value, error, onChange }: Props) => {
  const t = useT();
  // Stable, so the picker does not re-derive its calendar on every keystroke.
  const today = React.useMemo(() => toVietnamWallClock(new Date()), []);
  return (
    <Field.Root name="publishAt" hint={t('field.publishAt.hint')} error={error} required>
      <Field.Label>{t('field.publishAt')}</Field.Label>
      <DateTimePicker
        locale="vi-VN"
        dateLabel={t('field.publishAt.date')}
        timeLabel={t('field.publishAt.time')}
        clearLabel={t('field.clear')}
        minDate={today}
        step={15}
        value={value}
        onChange={(date) => onChange(date ?? null)}
        onClear={() => onChange(null)}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};
