/** The review queue's filters: grid, worker (the records' author), kind and day. */
import { useTranslation } from 'react-i18next';
import type { ReviewedEntity } from '../../domain/entities/review';
import { localDateOf } from '../../shared/local-date';
import { Button } from '../../shared/ui/button';
import { DayField } from '../../shared/ui/day-field';
import { SelectField, type SelectOption } from '../../shared/ui/select-field';
import { isReviewedEntity, REVIEW_KINDS } from './review-subject';

export interface ReviewFilterValues {
  gridId: string;
  authorId: string;
  kind: ReviewedEntity | '';
  /** YYYY-MM-DD, or null: the last days the queue holds. */
  day: string | null;
}

export interface ReviewFiltersProps {
  value: ReviewFilterValues;
  grids: readonly SelectOption[];
  workers: readonly SelectOption[];
  onChange: (next: ReviewFilterValues) => void;
}

export function ReviewFilters({ value, grids, workers, onChange }: ReviewFiltersProps) {
  const { t } = useTranslation('review');
  return (
    <div className="gw-review-filters" role="group" aria-label={t('review:filters.label')}>
      <SelectField
        label={t('review:filters.grid')}
        placeholder={t('review:filters.allGrids')}
        options={grids}
        value={value.gridId}
        onChange={(event) => onChange({ ...value, gridId: event.target.value })}
      />
      <SelectField
        label={t('review:filters.worker')}
        placeholder={t('review:filters.allWorkers')}
        options={workers}
        value={value.authorId}
        onChange={(event) => onChange({ ...value, authorId: event.target.value })}
      />
      <SelectField
        label={t('review:filters.kind')}
        placeholder={t('review:filters.allKinds')}
        options={REVIEW_KINDS.map((kind) => ({ value: kind, label: t(`review:kind.${kind}`) }))}
        value={value.kind}
        onChange={(event) => {
          const kind = event.target.value;
          onChange({ ...value, kind: isReviewedEntity(kind) ? kind : '' });
        }}
      />
      <DayField label={t('review:filters.day')} value={value.day ?? ''} max={localDateOf()} onChange={(day) => onChange({ ...value, day })} />
      {value.day ? (
        <Button variant="quiet" onClick={() => onChange({ ...value, day: null })}>
          {t('review:filters.allDays')}
        </Button>
      ) : (
        <p className="gw-field__hint">{t('review:filters.lastDays')}</p>
      )}
    </div>
  );
}
