import { lazy, memo } from 'react';
import { Dashboard } from './Dashboard';
import type { ViewProps } from './viewProps';

// The dashboard is what opens; the other layouts load when a view of theirs is first visited.
// Memoised: while a change is drawn in the background, the urgent render that answers the click
// passes the view the same props, and must not redraw every chart to do it.
const PanelsLayout = memo(Dashboard);
const ChartsLayout = memo(
  lazy(() => import('./ChartsView').then((m) => ({ default: m.ChartsView }))),
);
const TableLayout = memo(lazy(() => import('./TableView').then((m) => ({ default: m.TableView }))));

/** A view drawn in its layout: the one place a view's layout is told apart. */
export function ViewBody(props: ViewProps) {
  const { view } = props;
  switch (view.layout) {
    case 'panels':
      return <PanelsLayout {...props} view={view} />;
    case 'charts':
      return <ChartsLayout {...props} view={view} />;
    case 'table':
      return <TableLayout {...props} view={view} />;
  }
}
