import type { ReactNode } from 'react';
import { classNames } from './class-names';

export type BannerTone = 'info' | 'success' | 'warning' | 'error';

export interface BannerProps {
  tone?: BannerTone;
  title?: string;
  children?: ReactNode;
  /** Buttons or links shown under the message. */
  actions?: ReactNode;
  /** Announce to screen readers when it appears (errors as alerts, the rest politely). Defaults to true for errors. */
  announce?: boolean;
  className?: string;
}

/** A block message: errors, warnings, confirmations. Colour is never the only signal (text says it all). */
export function Banner({ tone = 'info', title, children, actions, announce = tone === 'error', className }: BannerProps) {
  return (
    <div className={classNames('gw-banner', `gw-banner--${tone}`, className)} role={announce ? (tone === 'error' ? 'alert' : 'status') : undefined}>
      {title ? <p className="gw-banner__title">{title}</p> : null}
      {children ? <div className="gw-banner__body">{children}</div> : null}
      {actions ? <div className="gw-banner__actions">{actions}</div> : null}
    </div>
  );
}
