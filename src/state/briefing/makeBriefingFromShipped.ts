import type { ShippedBriefing } from '../../data/schema/shippedBriefingSchema';
import { assignSlideKeys } from './assignSlideKeys';
import type { Briefing } from './briefing';

/**
 * A briefing a dataset ships, as the app holds a briefing: its slides keyed. Its links were
 * checked only as text when the dataset was read; checkBriefingDataset reads them fully.
 */
export function makeBriefingFromShipped(shipped: ShippedBriefing): Briefing {
  return { id: shipped.id, title: shipped.title, slides: assignSlideKeys(shipped.slides) };
}
