import type { MouseEvent, ReactNode } from 'react';
import { getViewHref } from '../../state/useViewState';
import type { ViewState } from '../../state/viewState';

interface ViewLinkProps {
  readonly to: ViewState;
  readonly navigate: (state: ViewState) => void;
  readonly children: ReactNode;
  readonly className?: string;
  readonly current?: boolean;
  /** An accessible name, where the visible text alone is ambiguous. */
  readonly label?: string;
}

/** A real link (it opens in a new tab and can be copied) that changes view in place on a click. */
export function ViewLink({ to, navigate, children, className, current, label }: ViewLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    navigate(to);
    window.scrollTo({ top: 0 });
  };
  return (
    <a
      href={getViewHref(to)}
      onClick={onClick}
      className={className}
      aria-current={current ? 'page' : undefined}
      aria-label={label}
    >
      {children}
    </a>
  );
}
