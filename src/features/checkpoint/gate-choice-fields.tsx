import { useTranslation } from 'react-i18next';
import type { LocalRecord } from '../../data';
import { SelectField } from '../../shared/ui/select-field';
import { checkpointOptions } from './checkpoint-options';
import { GateRadios } from './gate-radios';
import type { Direction } from './gate-choice-store';

export interface GateChoiceFieldsProps {
  checkpoints: readonly LocalRecord<'checkpoint'>[];
  checkpointId: string;
  direction: Direction;
  onCheckpoint: (checkpointId: string) => void;
  onDirection: (direction: Direction) => void;
}

/** Which gate and which way: chosen once, kept until changed. */
export function GateChoiceFields({ checkpoints, checkpointId, direction, onCheckpoint, onDirection }: GateChoiceFieldsProps) {
  const { t } = useTranslation('checkpoint');
  const options = checkpointOptions(checkpoints);
  const directions = [
    { value: 'in' as const, label: t('checkpoint:entering') },
    { value: 'out' as const, label: t('checkpoint:leaving') },
  ];
  return (
    <div className="gw-gate-choice">
      <SelectField
        label={t('checkpoint:checkpoint')}
        name="checkpointId"
        options={options}
        placeholder={t('checkpoint:chooseCheckpoint')}
        value={checkpointId}
        onChange={(event) => onCheckpoint(event.target.value)}
      />
      <GateRadios<Direction> legend={t('checkpoint:direction')} choices={directions} value={direction} onChange={onDirection} className="gw-gate-radios--direction" />
    </div>
  );
}
