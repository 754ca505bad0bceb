// Bench harness, loaded as a classic script in the <head> of every bench page (same cost for all).
// __whenPainted(check): resolves with performance.now() of the first animation frame in which
// check() holds (the frame that paints it) and marks it as 'painted'.
// __frame(): the next animation frame's time.
(() => {
  window.__whenPainted = (check, mark = 'painted') =>
    new Promise((resolve) => {
      const tick = () => {
        let ok = false;
        try {
          ok = !!check();
        } catch {
          ok = false;
        }
        if (ok) {
          performance.mark(mark);
          resolve(performance.now());
        } else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  window.__frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  window.__feed = '/feed/';
})();
