// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChartModel } from '../../domain/charts/chartModel';
import { describeFigure } from '../../domain/format/describeClaim';
import { stripIsolates } from '../../domain/format/isolate';
import { buildCasualtiesView } from '../../domain/views/buildCasualtiesView';
import type { ChartEdits } from '../../state/chartEdits';
import { parseViewState, serializeViewState, type ViewState } from '../../state/viewState';
import { loadDefaultModel } from '../../testing/loadJson';
import { EditPanel } from './EditPanel';

afterEach(cleanup);

const model = loadDefaultModel();
const chart: ChartModel = (() => {
  const first = buildCasualtiesView(model, { mode: 'latest' }).charts[0];
  if (!first) throw new Error('no casualties chart');
  return first;
})();
const ukFigure = 'uk-di-casualties-2025-06-15';
const view: ViewState = { view: 'casualties', to: '2025-06', mode: 'all' };

function renderPanel(edits?: ChartEdits, state: ViewState = view) {
  const navigate = vi.fn<(state: ViewState) => void>();
  const onDone = vi.fn<() => void>();
  render(
    <EditPanel
      id="edit-panel"
      chart={chart}
      edits={edits}
      view={state}
      navigate={navigate}
      onDone={onDone}
    />,
  );
  return { navigate, onDone };
}

/** The state the panel navigated to, once. */
function navigatedTo(navigate: ReturnType<typeof vi.fn<(state: ViewState) => void>>): ViewState {
  expect(navigate).toHaveBeenCalledTimes(1);
  const [state] = navigate.mock.calls[0] ?? [];
  if (!state) throw new Error('navigate was not called with a state');
  return state;
}

const field = (name: string) => screen.getByRole('textbox', { name });
const pinSelect = () => screen.getByLabelText<HTMLSelectElement>(/^Callout points at/);
const type = (element: HTMLElement, value: string) =>
  fireEvent.change(element, { target: { value } });
const apply = () => fireEvent.click(screen.getByRole('button', { name: 'Apply edits' }));

/** Chooses the figure the callout points at by the words a person reads in the list. */
function chooseFigure(claimId: string) {
  const claim = chart.claims.find((c) => c.id === claimId);
  if (!claim) throw new Error(`no claim ${claimId}`);
  const option = within(pinSelect()).getByRole<HTMLOptionElement>('option', {
    name: stripIsolates(describeFigure(claim)),
  });
  fireEvent.change(pinSelect(), { target: { value: option.value } });
}

describe('EditPanel', () => {
  it('is a form named for the chart, with a field for each text', () => {
    renderPanel();
    expect(
      screen.getByRole('form', { name: 'Edit: Casualties (killed and wounded) by claimant' }),
    ).toBeTruthy();
    for (const name of ['Title', 'Subtitle', 'Note', 'Callout']) {
      expect(field(name)).toHaveProperty('value', '');
    }
    expect(field('Note').tagName).toBe('TEXTAREA');
    expect(pinSelect().value).toBe('');
    expect(screen.getAllByRole('checkbox').every((box) => !(box as HTMLInputElement).checked)).toBe(
      true,
    );
  });

  it('offers every figure drawn to point at, and every claimant drawn to highlight', () => {
    renderPanel();
    const options = within(pinSelect()).getAllByRole<HTMLOptionElement>('option');
    expect(options.map((o) => o.value)).toEqual(['', ...chart.claims.map((c) => c.id)]);
    expect(options[0]?.textContent).toBe('No figure (no callout)');
    const group = screen.getByRole('group', { name: 'Highlight claimants (the others are muted)' });
    const names = within(group)
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')?.textContent);
    expect(names).toEqual([
      'UK Defence Intelligence',
      'South Korea NIS',
      'Zelensky',
      'Ukraine HUR (Budanov)',
      'South Korea JCS',
      'US intelligence',
      'US Pentagon',
      'White House NSC (Kirby)',
      'Western officials (BBC)',
    ]);
  });

  it('starts from the edits the link carries', () => {
    renderPanel({
      chart: 'casualties-by-claimant',
      title: 'Estimates diverge',
      subtitle: 'In people',
      note: 'Watch the gap',
      pin: ukFigure,
      callout: 'Highest',
      highlight: ['kr-nis', 'ua-president'],
    });
    expect(field('Title')).toHaveProperty('value', 'Estimates diverge');
    expect(field('Subtitle')).toHaveProperty('value', 'In people');
    expect(field('Note')).toHaveProperty('value', 'Watch the gap');
    expect(field('Callout')).toHaveProperty('value', 'Highest');
    expect(pinSelect().value).toBe(ukFigure);
    expect(screen.getByRole('checkbox', { name: 'South Korea NIS' })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByRole('checkbox', { name: 'Zelensky' })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: 'US intelligence' })).toHaveProperty(
      'checked',
      false,
    );
    expect(screen.getByText('17 of 100 characters')).toBeTruthy();
  });

  it('applies a title: the link keeps the view and its filters and names the chart', () => {
    const { navigate, onDone } = renderPanel();
    type(field('Title'), '  Estimates   diverge, 5x & more ');
    apply();
    const state = navigatedTo(navigate);
    expect(state).toEqual({
      ...view,
      chart: 'casualties-by-claimant',
      title: 'Estimates diverge, 5x & more',
    });
    expect(serializeViewState(state)).toBe(
      '?view=casualties&to=2025-06&mode=all&chart=casualties-by-claimant&title=Estimates+diverge,+5x+%26+more',
    );
    expect(parseViewState(serializeViewState(state))).toEqual({ state, notices: [] });
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('applies every text, as one line each', () => {
    const { navigate } = renderPanel();
    type(field('Title'), 'T');
    type(field('Subtitle'), 'S');
    type(field('Note'), 'First line\nsecond line');
    apply();
    expect(navigatedTo(navigate)).toEqual({
      ...view,
      chart: 'casualties-by-claimant',
      title: 'T',
      subtitle: 'S',
      note: 'First line second line',
    });
  });

  it('counts the characters as a reader does, and says how many are allowed', () => {
    renderPanel();
    type(field('Callout'), '\u{1F468}\u200D\u{1F469}\u200D\u{1F467} e\u0301');
    expect(screen.getByText('3 of 80 characters')).toBeTruthy();
    expect(screen.getByText('0 of 100 characters')).toBeTruthy();
    expect(screen.getByText('0 of 160 characters')).toBeTruthy();
    expect(screen.getByText('0 of 280 characters')).toBeTruthy();
  });

  it('refuses a title past its limit: says so, marks the field, focuses it, goes nowhere', () => {
    const { navigate, onDone } = renderPanel();
    const title = field('Title');
    type(title, 'x'.repeat(101));
    const message = 'The title is 101 characters long; a title may have at most 100.';
    // Said with the field while typing, not as an alert that would interrupt each key.
    expect(screen.getByText(message)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('101 of 100 characters')).toBeTruthy();
    // The message is part of the field's description, for a screen reader.
    const described = (title.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain(message);
    // Nothing is cut while typing: a paste keeps every word.
    expect(title).toHaveProperty('value', 'x'.repeat(101));

    field('Subtitle').focus();
    apply();
    expect(navigate).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(title);
    expect(screen.getByRole('alert').textContent).toBe(message);
  });

  it('focuses the first field past its limit', () => {
    const { navigate } = renderPanel();
    type(field('Note'), 'n'.repeat(281));
    type(field('Subtitle'), 's'.repeat(161));
    apply();
    expect(navigate).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(field('Subtitle'));
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      'The subtitle is 161 characters long; a subtitle may have at most 160.',
      'The note is 281 characters long; a note may have at most 280.',
    ]);
  });

  it('takes a title again once it is back within the limit', () => {
    const { navigate } = renderPanel();
    type(field('Title'), 'x'.repeat(101));
    apply();
    type(field('Title'), 'x'.repeat(100));
    expect(field('Title').getAttribute('aria-invalid')).toBe('false');
    expect(screen.queryByRole('alert')).toBeNull();
    apply();
    expect(navigatedTo(navigate).title).toBe('x'.repeat(100));
  });

  it('refuses a callout past its limit with a figure chosen', () => {
    const { navigate } = renderPanel();
    type(field('Callout'), 'c'.repeat(81));
    chooseFigure(ukFigure);
    apply();
    expect(navigate).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(field('Callout'));
    expect(screen.getByRole('alert').textContent).toBe(
      'The callout is 81 characters long; a callout may have at most 80.',
    );
  });

  it('refuses a callout without a figure to point at, with a message', () => {
    const { navigate, onDone } = renderPanel();
    type(field('Callout'), 'Highest');
    expect(screen.queryByRole('alert')).toBeNull();
    apply();
    expect(navigate).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe(
      'Choose the figure the callout points at, or leave the callout empty.',
    );
    expect(pinSelect().getAttribute('aria-invalid')).toBe('true');
  });

  // BUG (EditPanel.tsx, apply): the focus is moved to `[aria-invalid="true"]` in the same
  // handler that calls setTried(true), before React draws the select as aria-invalid (it is
  // only invalid once `tried`): on the first Apply of a callout without a figure, nothing is
  // focused, unlike a text past its limit. A second Apply does focus it.
  it('focuses the choice of figure when a callout has none, on the first Apply', () => {
    renderPanel();
    type(field('Callout'), 'Highest');
    field('Callout').focus();
    apply();
    expect(document.activeElement).toBe(pinSelect());
  });

  it('applies a callout with the figure chosen for it', () => {
    const { navigate } = renderPanel();
    type(field('Callout'), ' Highest,  by far ');
    chooseFigure(ukFigure);
    apply();
    const state = navigatedTo(navigate);
    expect(state).toEqual({
      ...view,
      chart: 'casualties-by-claimant',
      pin: ukFigure,
      callout: 'Highest, by far',
    });
    expect(serializeViewState(state)).toBe(
      '?view=casualties&to=2025-06&mode=all&chart=casualties-by-claimant' +
        `&callout=Highest,+by+far&pin=${ukFigure}`,
    );
    expect(parseViewState(serializeViewState(state))).toEqual({ state, notices: [] });
  });

  it('applies a callout on a derived total that the link keeps', () => {
    const { navigate } = renderPanel();
    type(field('Callout'), 'Derived from its parts');
    chooseFigure('derived:casualties:kr-nis:kr-nis@2025-04-30');
    apply();
    const state = navigatedTo(navigate);
    expect(state.pin).toBe('derived:casualties:kr-nis:kr-nis@2025-04-30');
    expect(parseViewState(serializeViewState(state))).toEqual({ state, notices: [] });
  });

  it('leaves the figure out of the link when there is no callout', () => {
    const { navigate } = renderPanel();
    chooseFigure(ukFigure);
    type(field('Callout'), '   ');
    apply();
    expect(navigatedTo(navigate)).toEqual({ ...view, chart: 'casualties-by-claimant' });
  });

  it('highlights the claimants ticked, sorted, and not those unticked again', () => {
    const { navigate } = renderPanel();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Zelensky' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'US Pentagon' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'South Korea NIS' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'US Pentagon' }));
    expect(screen.getByRole('checkbox', { name: 'US Pentagon' })).toHaveProperty('checked', false);
    apply();
    const state = navigatedTo(navigate);
    expect(state.highlight).toEqual(['kr-nis', 'ua-president']);
    expect(serializeViewState(state)).toContain('&highlight=kr-nis,ua-president');
  });

  it('unticks a claimant the link highlighted', () => {
    const { navigate } = renderPanel({ highlight: ['kr-nis', 'ua-president'] });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Zelensky' }));
    apply();
    expect(navigatedTo(navigate).highlight).toEqual(['kr-nis']);
  });

  it('replaces the edits the link had: a text emptied or a highlight unticked is gone', () => {
    const edits: ChartEdits = {
      title: 'Old title',
      note: 'Old note',
      pin: ukFigure,
      callout: 'Old',
      highlight: ['kr-nis'],
    };
    const { navigate } = renderPanel(edits, { ...view, ...edits });
    type(field('Title'), '');
    type(field('Note'), 'New note');
    type(field('Callout'), '');
    fireEvent.click(screen.getByRole('checkbox', { name: 'South Korea NIS' }));
    apply();
    expect(navigatedTo(navigate)).toEqual({
      ...view,
      chart: 'casualties-by-claimant',
      note: 'New note',
    });
  });

  it('removes every edit, keeping the view and its filters', () => {
    const edits: ChartEdits = {
      chart: 'casualties-by-claimant',
      title: 'T',
      subtitle: 'S',
      note: 'N',
      pin: ukFigure,
      callout: 'C',
      highlight: ['kr-nis'],
    };
    const { navigate, onDone } = renderPanel(edits, { ...view, ...edits });
    fireEvent.click(screen.getByRole('button', { name: 'Remove all edits' }));
    const state = navigatedTo(navigate);
    expect(state).toEqual(view);
    expect(serializeViewState(state)).toBe('?view=casualties&to=2025-06&mode=all');
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('applies nothing but the chart’s id when nothing was written', () => {
    const { navigate } = renderPanel();
    apply();
    expect(navigatedTo(navigate)).toEqual({ ...view, chart: 'casualties-by-claimant' });
  });
});
