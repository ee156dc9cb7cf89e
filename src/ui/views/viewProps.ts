import type { DatasetModel } from '../../domain/prepareDataset';
import type { ViewState } from '../../state/viewState';

export interface ViewProps {
  readonly model: DatasetModel;
  readonly state: ViewState;
  readonly navigate: (state: ViewState) => void;
}
