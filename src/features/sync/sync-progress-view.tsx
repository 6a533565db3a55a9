import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncProgress } from '../../data';
import { classNames } from '../../shared/ui/class-names';
import { timeLeft } from './time-left';
import './sync-progress.css';

export interface SyncProgressViewProps {
  progress: SyncProgress;
  /** Compact fits the header; card is the home screen's. */
  variant: 'compact' | 'card';
}

/** A large pull or push: a labelled progress bar, done of total and the time left at the current rate. */
export function SyncProgressView({ progress, variant }: SyncProgressViewProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const number = (n: number) => n.toLocaleString(i18n.language);
  const count = t('sync.progress.count', { done: number(progress.done), total: number(progress.total) });
  const left = timeLeft(progress.secondsLeft);
  const figures = left ? `${count} · ${t(`sync.progress.${left.unit}`, { n: left.n })}` : count;
  return (
    <div className={classNames('gw-sync-progress', `gw-sync-progress--${variant}`)}>
      <label htmlFor={id} className="gw-sync-progress__label">
        {t(`sync.progress.${progress.direction}`)}
      </label>
      <progress id={id} value={progress.done} max={Math.max(progress.total, 1)} aria-valuetext={figures} />
      <p className="gw-sync-progress__figures">{figures}</p>
    </div>
  );
}
