import type { DatasetModel } from '../../domain/claims/prepareDataset';
import type { Mode, ViewState } from '../../state/viewState';

export interface ViewProps {
  /** The dataset with the filters applied. */
  readonly model: DatasetModel;
  readonly state: ViewState;
  readonly navigate: (state: ViewState) => void;
  /** Each claimant's latest figures, or every dated figure (the view's default or the URL's). */
  readonly mode: Mode;
}
