import { useId, useState } from 'react';
import { EstimatesTable } from '../EstimatesTable';
import type { ViewProps } from './viewProps';

/** Every estimate in the dataset, every field, sortable; derived totals can be shown alongside. */
export function EstimatesView({ model }: ViewProps) {
  const checkboxId = useId();
  const [withDerived, setWithDerived] = useState(true);
  const claims = withDerived ? model.claims : model.claims.filter((c) => !c.derivedFrom);
  return (
    <>
      <div className="view-controls">
        <input
          id={checkboxId}
          type="checkbox"
          checked={withDerived}
          onChange={(e) => setWithDerived(e.target.checked)}
        />
        <label htmlFor={checkboxId}>Include totals derived from their parts</label>
      </div>
      <EstimatesTable claims={claims} />
    </>
  );
}
