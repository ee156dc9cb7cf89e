import { keepLatestPerClaimant } from '../../domain/claims/applyFilters';
import type { DatasetModel } from '../../domain/claims/prepareDataset';
import type { Mode } from '../../state/viewState';

/** The model with only each claimant's latest figure per metric, in "latest" mode. */
export function withMode(model: DatasetModel, mode: Mode): DatasetModel {
  return mode === 'latest' ? { ...model, claims: keepLatestPerClaimant(model.claims) } : model;
}
