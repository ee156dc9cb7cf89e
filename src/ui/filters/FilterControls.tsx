import type { DatasetModel } from '../../domain/claims/prepareDataset';
import { getSourceLabel } from '../../domain/claims/claim';
import { describeReliability, describeSourceKind } from '../../domain/format/describeGrades';
import { figureModes, type FigureMode } from '../../domain/claims/figureMode';
import type { ViewChanges, ViewState } from '../../state/viewState';
import { Isolated } from '../../charts/Isolated';
import { DateField } from './DateField';

interface FilterControlsProps {
  /** The whole dataset: every claimant and metric can be chosen. */
  readonly model: DatasetModel;
  readonly state: ViewState;
  readonly defaultMode: FigureMode | undefined;
  readonly change: (changes: ViewChanges) => void;
}

/** The filters' controls: claimants, metrics, a date window, latest or every dated figure. */
export function FilterControls({ model, state, defaultMode, change }: FilterControlsProps) {
  const { sources, metrics } = model;
  const toggle = (list: readonly string[] | undefined, all: readonly string[], id: string) => {
    const current = new Set(list ?? all);
    if (current.has(id)) current.delete(id);
    else current.add(id);
    return current.size === all.length ? undefined : [...current].sort();
  };
  // The last one checked cannot be unchecked: an empty choice would read as "all" in a link.
  const isLast = (list: readonly string[] | undefined, id: string) =>
    list?.length === 1 && list[0] === id;
  return (
    <div className="filter-groups">
      <fieldset>
        <legend>Claimants</legend>
        {sources.map((source) => (
          <label key={source.id} className="filter-option">
            <input
              type="checkbox"
              checked={!state.claimants || state.claimants.includes(source.id)}
              disabled={isLast(state.claimants, source.id)}
              onChange={() =>
                change({
                  claimants: toggle(
                    state.claimants,
                    sources.map((s) => s.id),
                    source.id,
                  ),
                })
              }
            />
            <span>
              <Isolated>{getSourceLabel(source)}</Isolated>
              <span className="cell-muted">
                {' '}
                {describeSourceKind(source)}
                {source.reliability
                  ? `, reliability ${describeReliability(source.reliability)}`
                  : ''}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Metrics</legend>
        {metrics.map((metric) => (
          <label key={metric.id} className="filter-option">
            <input
              type="checkbox"
              checked={!state.metrics || state.metrics.includes(metric.id)}
              disabled={isLast(state.metrics, metric.id)}
              onChange={() =>
                change({
                  metrics: toggle(
                    state.metrics,
                    metrics.map((m) => m.id),
                    metric.id,
                  ),
                })
              }
            />
            <span>
              <Isolated>{metric.label}</Isolated>{' '}
              <span className="cell-muted">
                (<Isolated>{metric.unit}</Isolated>)
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Dates and figures</legend>
        <DateField label="From" value={state.from} onChange={(from) => change({ from })} />
        <DateField label="To" value={state.to} onChange={(to) => change({ to })} />
        <div className="filter-mode" role="radiogroup" aria-label="Which figures">
          {figureModes.map((mode) => (
            <label key={mode} className="filter-option">
              <input
                type="radio"
                name="filter-mode"
                checked={(state.mode ?? defaultMode) === mode}
                onChange={() => change({ mode: mode === defaultMode ? undefined : mode })}
              />
              {mode === 'latest' ? 'Latest figure per claimant' : 'Every dated figure'}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
