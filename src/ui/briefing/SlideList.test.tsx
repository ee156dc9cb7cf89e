// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Briefing, BriefingSlide } from '../../state/briefing/briefing';
import { changeBriefing, type BriefingChange } from '../../state/briefing/changeBriefing';
import { nameSlide, SlideList } from './SlideList';

afterEach(cleanup);
// jsdom has no CSS.escape, which every browser the app runs in has: the list uses it to find
// the moved slide again. Keys are `s1`, `s2`, ...; this escapes what a selector cannot hold.
beforeAll(() => {
  vi.stubGlobal('CSS', {
    escape: (value: string) => value.replace(/[^\w-]/g, (c) => `\\${c}`),
  });
});
afterAll(() => {
  vi.unstubAllGlobals();
});

const slides: readonly BriefingSlide[] = [
  { key: 's1', link: '?view=compare&metric=casualties', name: 'Opening' },
  { key: 's2', link: '?view=casualties&to=2025-01' },
  { key: 's3', link: '?view=forces', name: 'Troops' },
];

type Change = (change: BriefingChange, name: string) => void;

/** The list as the briefing panel has it: each change applied to the briefing it draws. */
function Harness({ onChange, open }: { onChange: Change; open: (link: string) => void }) {
  const [briefing, setBriefing] = useState<Briefing>({ title: 'Kursk', slides });
  return (
    <SlideList
      slides={briefing.slides}
      change={(change, name) => {
        onChange(change, name);
        setBriefing((current) => changeBriefing(current, change));
      }}
      open={open}
    />
  );
}

function renderList() {
  const change = vi.fn<Change>();
  const open = vi.fn<(link: string) => void>();
  render(<Harness onChange={change} open={open} />);
  return { change, open };
}

const list = () => screen.getByRole('list', { name: 'Slides' });
const nameField = (n: number) =>
  screen.getByRole<HTMLInputElement>('textbox', {
    name: `Name of slide ${n} (Alt+Up or Alt+Down moves it)`,
  });
/** The slides' names in the order listed. */
const names = () =>
  within(list())
    .getAllByRole<HTMLInputElement>('textbox')
    .map((input) => input.value);
const button = (name: string) => screen.getByRole('button', { name });

/**
 * A browser takes the focus from a control whose slide the list moves (its node is taken out
 * and put back); jsdom keeps it there. Each press starts with the focus elsewhere, so that only
 * the list itself can bring it back to the moved slide.
 */
function press(control: HTMLElement, key: 'ArrowUp' | 'ArrowDown') {
  control.blur();
  fireEvent.keyDown(control, { key, altKey: true });
}

function click(control: HTMLElement) {
  control.blur();
  fireEvent.click(control);
}

describe('nameSlide', () => {
  it('gives the person’s name for the slide', () => {
    expect(nameSlide({ key: 's1', link: '?view=forces', name: 'Troops' })).toBe('Troops');
  });

  it.each([
    ['?view=compare', 'Compare'],
    ['?view=casualties&to=2025-01', 'Casualties by claimant'],
    ['?view=over-time&metric=killed', 'Over time'],
    ['?view=equipment&chart=equipment-shells', 'Equipment and munitions'],
    ['?view=forces&title=Mine', 'Forces deployed'],
    ['?', 'Dashboard'],
    ['?view=nope', 'Dashboard'],
  ])('falls back to the title of the view of %s', (link, title) => {
    expect(nameSlide({ key: 's1', link })).toBe(title);
  });
});

describe('SlideList', () => {
  it('lists the slides in order with their names, the view’s title for one without', () => {
    renderList();
    expect(within(list()).getAllByRole('listitem')).toHaveLength(3);
    expect(names()).toEqual(['Opening', 'Casualties by claimant', 'Troops']);
    for (const action of ['Move up', 'Move down', 'Duplicate', 'Remove', 'Open']) {
      expect(button(`${action}: Casualties by claimant`)).toBeTruthy();
    }
  });

  it('renames a slide when its name field loses focus', () => {
    const { change } = renderList();
    const field = nameField(2);
    field.focus();
    fireEvent.change(field, { target: { value: '  Losses so far ' } });
    fireEvent.blur(field);
    expect(change).toHaveBeenCalledTimes(1);
    expect(change).toHaveBeenCalledWith(
      { kind: 'rename', key: 's2', name: 'Losses so far' },
      'Losses so far',
    );
    expect(names()).toEqual(['Opening', 'Losses so far', 'Troops']);
    expect(button('Open: Losses so far')).toBeTruthy();
  });

  it('renames a slide on Enter', () => {
    const { change } = renderList();
    const field = nameField(1);
    field.focus();
    fireEvent.change(field, { target: { value: 'Start here' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(change).toHaveBeenCalledWith(
      { kind: 'rename', key: 's1', name: 'Start here' },
      'Start here',
    );
    expect(names()).toEqual(['Start here', 'Casualties by claimant', 'Troops']);
  });

  it('renames nothing for an unchanged or empty name', () => {
    const { change } = renderList();
    const field = nameField(3);
    field.focus();
    fireEvent.blur(field);
    fireEvent.change(field, { target: { value: '  Troops ' } });
    fireEvent.blur(field);
    fireEvent.change(field, { target: { value: '   ' } });
    fireEvent.blur(field);
    expect(change).not.toHaveBeenCalled();
  });

  it('moves a slide down and up with its buttons, keeping focus on the button pressed', () => {
    const { change } = renderList();
    click(button('Move down: Opening'));
    expect(change).toHaveBeenLastCalledWith({ kind: 'move', key: 's1', to: 1 }, 'Opening');
    expect(names()).toEqual(['Casualties by claimant', 'Opening', 'Troops']);
    expect(document.activeElement).toBe(button('Move down: Opening'));

    click(button('Move down: Opening'));
    expect(names()).toEqual(['Casualties by claimant', 'Troops', 'Opening']);
    expect(document.activeElement).toBe(button('Move down: Opening'));

    click(button('Move up: Troops'));
    expect(change).toHaveBeenLastCalledWith({ kind: 'move', key: 's3', to: 0 }, 'Troops');
    expect(names()).toEqual(['Troops', 'Casualties by claimant', 'Opening']);
    expect(document.activeElement).toBe(button('Move up: Troops'));
  });

  it('says the first cannot go up nor the last down, and moves neither', () => {
    const { change } = renderList();
    expect(button('Move up: Opening').getAttribute('aria-disabled')).toBe('true');
    expect(button('Move down: Opening').getAttribute('aria-disabled')).toBe('false');
    expect(button('Move down: Troops').getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button('Move up: Opening'));
    fireEvent.click(button('Move down: Troops'));
    expect(change).not.toHaveBeenCalled();
    expect(names()).toEqual(['Opening', 'Casualties by claimant', 'Troops']);
  });

  it('moves a slide with Alt+ArrowDown and Alt+ArrowUp, focus staying on its name', () => {
    const { change } = renderList();
    press(nameField(1), 'ArrowDown');
    expect(change).toHaveBeenLastCalledWith({ kind: 'move', key: 's1', to: 1 }, 'Opening');
    expect(names()).toEqual(['Casualties by claimant', 'Opening', 'Troops']);
    expect(document.activeElement).toBe(nameField(2));
    expect(nameField(2).value).toBe('Opening');

    // Several places in a row: the focus follows the slide.
    press(nameField(2), 'ArrowDown');
    expect(names()).toEqual(['Casualties by claimant', 'Troops', 'Opening']);
    expect(document.activeElement).toBe(nameField(3));

    press(nameField(3), 'ArrowUp');
    expect(document.activeElement).toBe(nameField(2));
    press(nameField(2), 'ArrowUp');
    expect(change).toHaveBeenLastCalledWith({ kind: 'move', key: 's1', to: 0 }, 'Opening');
    expect(names()).toEqual(['Opening', 'Casualties by claimant', 'Troops']);
    expect(document.activeElement).toBe(nameField(1));
    expect(change).toHaveBeenCalledTimes(4);
  });

  it('moves a slide with Alt+arrows from its buttons, focus staying on the same control', () => {
    renderList();
    press(button('Move up: Troops'), 'ArrowUp');
    expect(names()).toEqual(['Opening', 'Troops', 'Casualties by claimant']);
    expect(document.activeElement).toBe(button('Move up: Troops'));

    press(button('Move down: Troops'), 'ArrowDown');
    expect(names()).toEqual(['Opening', 'Casualties by claimant', 'Troops']);
    expect(document.activeElement).toBe(button('Move down: Troops'));

    // Remove carries no control name of its own: the focus goes to the slide's name.
    press(button('Remove: Troops'), 'ArrowUp');
    expect(names()).toEqual(['Opening', 'Troops', 'Casualties by claimant']);
    expect(document.activeElement).toBe(nameField(2));
  });

  it('moves nothing on an arrow without Alt, or past either end', () => {
    const { change } = renderList();
    fireEvent.keyDown(nameField(2), { key: 'ArrowDown' });
    fireEvent.keyDown(nameField(2), { key: 'ArrowUp', ctrlKey: true });
    fireEvent.keyDown(nameField(1), { key: 'ArrowUp', altKey: true });
    fireEvent.keyDown(nameField(3), { key: 'ArrowDown', altKey: true });
    fireEvent.keyDown(nameField(2), { key: 'ArrowLeft', altKey: true });
    expect(change).not.toHaveBeenCalled();
    expect(names()).toEqual(['Opening', 'Casualties by claimant', 'Troops']);
  });

  it('duplicates a slide right after it', () => {
    const { change } = renderList();
    fireEvent.click(button('Duplicate: Opening'));
    expect(change).toHaveBeenCalledWith({ kind: 'duplicate', key: 's1' }, 'Opening');
    expect(names()).toEqual(['Opening', 'Opening', 'Casualties by claimant', 'Troops']);
    expect(screen.getAllByRole('button', { name: 'Open: Opening' })).toHaveLength(2);
  });

  it('removes a slide', () => {
    const { change } = renderList();
    fireEvent.click(button('Remove: Casualties by claimant'));
    expect(change).toHaveBeenCalledWith({ kind: 'remove', key: 's2' }, 'Casualties by claimant');
    expect(names()).toEqual(['Opening', 'Troops']);
    expect(button('Move down: Opening').getAttribute('aria-disabled')).toBe('false');
    expect(button('Move down: Troops').getAttribute('aria-disabled')).toBe('true');
  });

  it('opens a slide’s link', () => {
    const { change, open } = renderList();
    fireEvent.click(button('Open: Casualties by claimant'));
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith('?view=casualties&to=2025-01');
    fireEvent.click(button('Open: Troops'));
    expect(open).toHaveBeenLastCalledWith('?view=forces');
    expect(change).not.toHaveBeenCalled();
  });

  it('names the slides by their numbers after a move', () => {
    renderList();
    fireEvent.click(button('Move up: Troops'));
    expect(nameField(2).value).toBe('Troops');
    expect(nameField(3).value).toBe('Casualties by claimant');
  });
});
