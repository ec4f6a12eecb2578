import { afterEach, describe, expect, it, vi } from 'vitest';
import { paceFrames } from '../../src/app/frame-pacing';
import type { KgSigma } from '../../src/app/graph-view';

describe('frame pacing', () => {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  const runFrame = (): void => {
    for (const cb of frames.splice(0)) cb(0);
  };
  afterEach(() => void frames.splice(0));

  it('draws at once while the GPU is free, holds renders while it is busy and then draws only once', () => {
    let drawn = 0;
    const sigma = { render: () => (drawn++, sigma) };
    let busy = false;
    const restore = paceFrames(sigma as unknown as KgSigma, () => busy);
    sigma.render();
    expect(drawn).toBe(1);
    busy = true;
    for (let i = 0; i < 6; i++) sigma.render();
    runFrame();
    expect(drawn).toBe(1);
    busy = false;
    runFrame();
    expect(drawn).toBe(2);
    runFrame();
    expect(drawn).toBe(2);
    restore();
    busy = true;
    sigma.render();
    expect(drawn).toBe(3);
  });
});
