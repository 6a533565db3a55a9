import { useId, type ReactNode } from 'react';
import { classNames } from './class-names';

export interface PageLayoutProps {
  title: string;
  children?: ReactNode;
  className?: string;
}

/** One screen's content: a single h1 and a readable, phone-width column. */
export function PageLayout({ title, children, className }: PageLayoutProps) {
  const titleId = useId();
  return (
    <section className={classNames('gw-page', className)} aria-labelledby={titleId}>
      <h1 id={titleId} className="gw-page__title">
        {title}
      </h1>
      {children}
    </section>
  );
}
