import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAfterNextPaint } from './runAfterNextPaint';

describe('runAfterNextPaint', () => {
  let frames: FrameRequestCallback[];
  beforeEach(() => {
    frames = [];
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
    vi.stubGlobal('cancelAnimationFrame', (id: number) => {
      frames[id - 1] = () => undefined;
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs the task in a task of its own after the next frame, not before', () => {
    const task = vi.fn();
    runAfterNextPaint(task);
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled();
    frames.forEach((frame) => frame(0));
    expect(task).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled before the frame and after it', () => {
    const early = vi.fn();
    runAfterNextPaint(early)();
    frames.forEach((frame) => frame(0));
    vi.runAllTimers();
    expect(early).not.toHaveBeenCalled();

    const late = vi.fn();
    const cancel = runAfterNextPaint(late);
    frames.forEach((frame) => frame(0));
    cancel();
    vi.runAllTimers();
    expect(late).not.toHaveBeenCalled();
  });
});
