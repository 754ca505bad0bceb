// The dial's one-time fill on first data: 0 → the figure over 900 ms, eased out; none where the
// visitor asked for reduced motion. A controller, so the element only says when to start.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { motion } from '../internal/motion.js';

const ANIMATION_MS = 900;

export class FillAnimation implements ReactiveController {
  /** 0–1: how far the fill has run (1 when not running). */
  progress = 1;
  private frame: number | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts the fill, unless the visitor prefers reduced motion. */
  start(): void {
    if (motion.prefersReducedMotion()) return;
    this.stop();
    this.progress = 0;
    let start: number | undefined;
    const step = (time: number) => {
      start ??= time;
      const t = Math.min(1, (time - start) / ANIMATION_MS);
      this.progress = 1 - (1 - t) ** 3; // ease-out
      this.frame = t < 1 ? motion.requestFrame(step) : undefined;
      this.host.requestUpdate();
    };
    this.frame = motion.requestFrame(step);
    this.host.requestUpdate();
  }

  stop(): void {
    if (this.frame !== undefined) motion.cancelFrame(this.frame);
    this.frame = undefined;
    if (this.progress !== 1) this.host.requestUpdate();
    this.progress = 1;
  }

  hostDisconnected(): void {
    this.stop();
  }
}
