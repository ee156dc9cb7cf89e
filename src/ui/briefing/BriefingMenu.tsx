import { lazy } from 'react';
import type { ViewState } from '../../state/viewState';
import { Disclosure } from '../panels/Disclosure';
import { useBriefing } from './BriefingProvider';

const loadPanel = () => import('./BriefingPanel');
const BriefingPanel = lazy(() => loadPanel().then((m) => ({ default: m.BriefingPanel })));

interface BriefingMenuProps {
  readonly state: ViewState;
  readonly navigate: (state: ViewState) => void;
}

/**
 * The briefing's button, with its count of slides, which opens the Briefing panel. Opening it
 * also fetches what Present and the decks draw with, so that they work once the panel is up,
 * network or not.
 */
export function BriefingMenu({ state, navigate }: BriefingMenuProps) {
  const api = useBriefing();
  if (!api) return null;
  const count = api.briefing.slides.length;
  const slides = `${count} slide${count === 1 ? '' : 's'}`;
  return (
    <div className="briefing-menu">
      <Disclosure
        label={`Briefing (${slides})`}
        name={`Briefing: ${slides}`}
        opening="Opening the briefing"
        onOpen={() => {
          void import('./PresentMode');
          void import('../../export/deck/writeBriefingDeck');
        }}
      >
        {(panelId) => <BriefingPanel id={panelId} state={state} navigate={navigate} />}
      </Disclosure>
      <p className="toolbar-status" role="status">
        {api.status}
      </p>
    </div>
  );
}
