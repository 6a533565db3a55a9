import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VISITOR_PURPOSES, type VisitorPurpose } from '../../domain/entities/checkpoint-entry';
import { isMobile } from '../../domain/phone';
import { search } from '../../domain/search/search';
import { validationKeys } from '../../shared/i18n/message-keys';
import type { ResidentSearch } from '../../data';
import { Button } from '../../shared/ui/button';
import { IdNumberField } from '../../shared/ui/id-number-field';
import { PhoneField } from '../../shared/ui/phone-field';
import { TextField } from '../../shared/ui/text-field';
import { idNumberError, type VisitorInput } from './gate-entry';
import { GateRadios } from './gate-radios';
import { householdAddress } from './person-label';

type VisitorField = 'name' | 'phone' | 'idNumber' | 'purpose';

/** The validation key of each visitor field that is not right yet. */
function visitorErrors(visitor: VisitorInput): Partial<Record<VisitorField, string>> {
  const errors: Partial<Record<VisitorField, string>> = {};
  if (visitor.name.trim() === '') errors.name = 'name_required';
  if (visitor.phone.trim() === '') errors.phone = 'phone_required';
  else if (!isMobile(visitor.phone)) errors.phone = 'phone_invalid';
  const idError = idNumberError(visitor.idNumber);
  if (idError) errors.idNumber = idError;
  if (visitor.purpose === null) errors.purpose = 'purpose_required';
  return errors;
}

export interface VisitorFieldsProps {
  visitor: VisitorInput;
  onChange: (visitor: VisitorInput) => void;
  gate: ResidentSearch;
  /** Show every missing field at once (the worker tried to mark the details recorded). */
  showAll: boolean;
  /** Errors from a failed save, by field, as translation keys. */
  saveErrors: Readonly<Record<string, string[]>>;
}

/** Name, phone, optional ID number, purpose and the household visited of someone who does not live here. */
export function VisitorFields({ visitor, onChange, gate, showAll, saveErrors }: VisitorFieldsProps) {
  const { t } = useTranslation('checkpoint');
  const [touched, setTouched] = useState<Partial<Record<VisitorField, boolean>>>({});
  const [householdQuery, setHouseholdQuery] = useState('');
  const errors = visitorErrors(visitor);
  const touch = (field: VisitorField) => () => setTouched((was) => ({ ...was, [field]: true }));
  // An ID number is checked as it is typed, once it has its 18 characters.
  const idTyped = visitor.idNumber.trim().length >= 18;
  const message = (field: VisitorField): string | null => {
    const shown = showAll || touched[field] === true || (field === 'idNumber' && idTyped);
    const key = errors[field];
    if (shown && key) return t(validationKeys(key));
    const saved = saveErrors[field];
    return saved ? t(saved) : null;
  };
  const { records } = gate;
  const index = gate.prepared?.index ?? null;
  const households = useMemo(() => {
    if (!index || householdQuery.trim() === '') return [];
    return search(index, householdQuery, 20)
      .filter((hit) => hit.entry.kind === 'household')
      .slice(0, 5)
      .map((hit) => records.households.get(hit.entry.id))
      .filter((household) => household !== undefined);
  }, [index, records, householdQuery]);
  const chosen = visitor.householdId ? gate.records.households.get(visitor.householdId) : undefined;
  const purposes = VISITOR_PURPOSES.map((value) => ({ value, label: t(`checkpoint:visitor.purposes.${value}`) }));

  return (
    <div className="gw-gate-visitor">
      <TextField
        label={t('checkpoint:visitor.name')}
        autoComplete="off"
        value={visitor.name}
        onChange={(event) => onChange({ ...visitor, name: event.target.value })}
        onBlur={touch('name')}
        error={message('name')}
      />
      <PhoneField
        label={t('checkpoint:visitor.phone')}
        value={visitor.phone}
        onChange={(event) => onChange({ ...visitor, phone: event.target.value })}
        onBlur={touch('phone')}
        error={message('phone')}
      />
      <IdNumberField
        label={t('checkpoint:visitor.idNumber')}
        value={visitor.idNumber}
        onChange={(event) => onChange({ ...visitor, idNumber: event.target.value })}
        onBlur={touch('idNumber')}
        error={message('idNumber')}
      />
      <GateRadios<VisitorPurpose>
        legend={t('checkpoint:visitor.purpose')}
        choices={purposes}
        value={visitor.purpose}
        onChange={(purpose) => onChange({ ...visitor, purpose })}
        error={message('purpose')}
        className="gw-gate-radios--wrap"
      />
      {chosen ? (
        <p className="gw-gate-visited">
          <span>
            {t('checkpoint:visitor.household')}: {householdAddress(t, chosen, gate.records)}
          </span>
          <Button variant="quiet" onClick={() => onChange({ ...visitor, householdId: null })}>
            {t('checkpoint:visitor.clearHousehold')}
          </Button>
        </p>
      ) : (
        <>
          <TextField
            label={t('checkpoint:visitor.household')}
            hint={t('checkpoint:visitor.householdHint')}
            type="search"
            autoComplete="off"
            value={householdQuery}
            onChange={(event) => setHouseholdQuery(event.target.value)}
          />
          {householdQuery.trim() !== '' && index && households.length === 0 ? <p className="gw-empty">{t('checkpoint:visitor.householdNone')}</p> : null}
          <ul className="gw-gate-picks">
            {households.map((household) => (
              <li key={household.id}>
                <Button variant="secondary" block className="gw-gate-pick" onClick={() => onChange({ ...visitor, householdId: household.id })}>
                  {householdAddress(t, household, gate.records)}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
