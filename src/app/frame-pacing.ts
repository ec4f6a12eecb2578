// Renders at the pace the GPU draws. Sigma draws on every camera step and every change; on a software
// renderer (SwiftShader: CI, machines without a GPU) a frame of 10k nodes / 50k edges takes ~0.8 s to draw
// and one of 50k / 100k several seconds, so frames asked for faster than that queue up: six filter clicks
// left the 50k / 100k picture catching up for 13 s, and a drag replayed every intermediate camera. Here a
// render asked for while the last frame is still being drawn is held, and only the latest is drawn once the
// GPU is free. On a real GPU the last frame is done by the next one and nothing is held.
import type { KgSigma } from './graph-view';

/** Sigma's render method, private in its types. */
interface Renderable {
  render(): KgSigma;
}

export function paceFrames(renderer: KgSigma, gpuBusy: () => boolean): () => void {
  const sigma = renderer as unknown as Renderable;
  const render = sigma.render.bind(renderer);
  let waiting = false;

  function drawWhenFree(): void {
    if (gpuBusy()) {
      requestAnimationFrame(drawWhenFree);
      return;
    }
    waiting = false;
    render();
  }

  sigma.render = (): KgSigma => {
    if (!gpuBusy()) return render();
    if (!waiting) {
      waiting = true;
      requestAnimationFrame(drawWhenFree);
    }
    return renderer;
  };
  return () => {
    sigma.render = render;
  };
}
