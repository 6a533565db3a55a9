import { useTranslation } from 'react-i18next';
import { HEALTH_CODES } from '../../domain/entities/checkpoint-entry';
import { Button } from '../../shared/ui/button';
import { classNames } from '../../shared/ui/class-names';
import { TemperatureField } from '../../shared/ui/temperature-field';
import { GateRadios } from './gate-radios';
import type { HealthCode } from './gate-entry';

/** The usual readings at a gate, one tap each. */
const GATE_QUICK_TEMPERATURES = [36.0, 36.3, 36.5, 36.8, 37.0, 37.2] as const;

/** The temperature input's name: the one field where Enter (the keypad's Go) saves the entry. */
export const TEMPERATURE_INPUT_NAME = 'temperature';

function CheckToggle({ label, pressed, onPress }: { label: string; pressed: boolean; onPress: () => void }) {
  return (
    <Button variant="secondary" className={classNames('gw-gate-check', pressed && 'gw-gate-check--done')} aria-pressed={pressed} onClick={onPress}>
      <span className="gw-gate-check__mark" aria-hidden="true">
        {pressed ? '✓' : ''}
      </span>
      {label}
    </Button>
  );
}

export interface FourChecksProps {
  idChecked: boolean;
  infoRecorded: boolean;
  maskWorn: boolean;
  temperature: string;
  healthCode: HealthCode;
  temperatureError: string | null;
  /** Shown under "Details recorded" for a visitor until it is pressed. */
  detailsHint: string | null;
  onIdChecked: () => void;
  onInfoRecorded: () => void;
  onMaskWorn: () => void;
  onTemperature: (text: string) => void;
  onHealthCode: (code: HealthCode) => void;
}

/** 四必: identity asked, details recorded, temperature, mask; plus the health code colour. */
export function FourChecks(props: FourChecksProps) {
  const { t } = useTranslation('checkpoint');
  const codes = HEALTH_CODES.map((value) => ({ value, label: t(`checkpoint:checks.${value}`) }));
  return (
    <section className="gw-gate-checks" aria-label={t('checkpoint:checks.heading')}>
      <div className="gw-gate-checks__toggles">
        <CheckToggle label={t('checkpoint:checks.identity')} pressed={props.idChecked} onPress={props.onIdChecked} />
        <CheckToggle label={t('checkpoint:checks.details')} pressed={props.infoRecorded} onPress={props.onInfoRecorded} />
        <CheckToggle label={t('checkpoint:checks.mask')} pressed={props.maskWorn} onPress={props.onMaskWorn} />
      </div>
      {props.detailsHint ? <p className="gw-hint">{props.detailsHint}</p> : null}
      <TemperatureField
        label={t('checkpoint:checks.temperature')}
        hint={t('checkpoint:checks.temperatureHint')}
        name={TEMPERATURE_INPUT_NAME}
        enterKeyHint="go"
        value={props.temperature}
        onChange={props.onTemperature}
        error={props.temperatureError}
        quickValues={GATE_QUICK_TEMPERATURES}
        quickLabel={(value) => t('checkpoint:checks.quick', { value })}
      />
      <GateRadios<HealthCode>
        legend={t('checkpoint:checks.healthCode')}
        choices={codes}
        value={props.healthCode}
        onChange={props.onHealthCode}
        className="gw-gate-radios--codes"
      />
    </section>
  );
}
