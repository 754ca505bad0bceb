// Motion every element shares: whether the visitor asked for reduced motion, and animation frames.
// One overridable object, so tests can force reduced motion or step frames by hand (media features
// cannot be set from inside a test page).
export interface Motion {
  /** True when animations must not run (`prefers-reduced-motion: reduce`). */
  prefersReducedMotion(): boolean;
  requestFrame(callback: (time: number) => void): number;
  cancelFrame(handle: number): void;
}

const defaultMotion: Motion = {
  prefersReducedMotion: () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches,
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
};

/** Replace parts of it in tests; `resetMotion()` restores the browser's. */
export const motion: Motion = { ...defaultMotion };

export function resetMotion(): void {
  Object.assign(motion, defaultMotion);
}
