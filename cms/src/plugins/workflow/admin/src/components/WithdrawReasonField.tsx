import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import { useWorkflowMe } from '../hooks/useWorkflowMe';

interface Props {
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/** The reasons and their labels come from the server, the one place that defines them. */
export const WithdrawReasonField = ({ value, error, onChange }: Props) => {
  const t = useT();
  const me = useWorkflowMe();
  const reasons = Object.entries(me?.labels.withdrawReasons ?? {});
  return (
    <Field.Root name="withdrawReason" error={error} required>
      <Field.Label>{t('field.withdrawReason')}</Field.Label>
      <SingleSelect
        value={value || null}
        placeholder={t('field.withdrawReason.placeholder')}
        loading={me === null}
        onChange={(next) => onChange(String(next))}
      >
        {reasons.map(([key, label]) => (
          <SingleSelectOption key={key} value={key}>
            {label}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Error />
    </Field.Root>
  );
};
