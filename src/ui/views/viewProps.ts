import type { DatasetModel } from '../../domain/claims/prepareDataset';
import type { ViewOptions } from '../../domain/views/viewContent';
import type { ViewEntry } from '../../domain/views/viewRegistry';
import type { ViewState } from '../../state/viewState';

/** What every view's layout is drawn from. */
export interface ViewProps<Entry extends ViewEntry = ViewEntry> {
  readonly view: Entry;
  /** The dataset with the filters applied. */
  readonly model: DatasetModel;
  readonly state: ViewState;
  readonly navigate: (state: ViewState) => void;
  /** How the view is asked for: which figures, as of when, which metric, in what order. */
  readonly options: ViewOptions;
}
