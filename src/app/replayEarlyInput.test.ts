// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { replayEarlyInput, stopKeepingPresses } from './replayEarlyInput';

/** A button counting the presses the app would answer, i.e. those made while `answering()`. */
function addButton(label: string, answering: () => boolean) {
  const button = document.createElement('button');
  button.textContent = label;
  const pressed: string[] = [];
  button.addEventListener('click', () => {
    if (answering()) pressed.push(label);
  });
  document.body.append(button);
  return { button, pressed };
}

// A plain script, not a module: named by a variable so that TypeScript does not look for exports.
const bootScript = '../../scripts/bakedBoot.js';

describe('replayEarlyInput', () => {
  let takenOver = false;
  beforeEach(async () => {
    takenOver = false;
    // The boot script as the built pages run it, before the app's module: run afresh each time.
    vi.resetModules();
    await import(/* @vite-ignore */ bootScript);
  });
  afterEach(() => {
    document.body.replaceChildren();
    replayEarlyInput();
  });

  it('presses, once the app has taken over, the buttons pressed before', () => {
    const { button, pressed } = addButton('Export', () => takenOver);
    button.click();
    button.click();
    expect(pressed).toEqual([]);
    takenOver = true;
    replayEarlyInput();
    expect(pressed).toEqual(['Export', 'Export']);
  });

  it('keeps nothing once replayed, and replays nothing twice', () => {
    const { button, pressed } = addButton('Export', () => takenOver);
    button.click();
    takenOver = true;
    replayEarlyInput();
    button.click();
    replayEarlyInput();
    expect(pressed).toEqual(['Export', 'Export']);
    expect(window.crosscheckEarlyInput).toBeUndefined();
  });

  it('leaves presses made once React has the page to React, and replays those made before', () => {
    const { button, pressed } = addButton('Export', () => takenOver);
    button.click();
    stopKeepingPresses();
    takenOver = true;
    // React answers this one itself.
    button.click();
    replayEarlyInput();
    expect(pressed).toEqual(['Export', 'Export']);
  });

  it('lets go of a press on a button the takeover removed, and of disabled buttons', () => {
    const gone = addButton('Gone', () => takenOver);
    const disabled = addButton('Datasets', () => takenOver);
    disabled.button.disabled = true;
    gone.button.click();
    disabled.button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    gone.button.remove();
    disabled.button.disabled = false;
    takenOver = true;
    replayEarlyInput();
    expect([...gone.pressed, ...disabled.pressed]).toEqual([]);
  });

  it('keeps presses on what a button holds, and ignores presses outside buttons', () => {
    const { button, pressed } = addButton('', () => takenOver);
    const icon = document.createElement('span');
    button.append(icon);
    icon.click();
    document.body.click();
    takenOver = true;
    replayEarlyInput();
    expect(pressed).toEqual(['']);
  });
});
