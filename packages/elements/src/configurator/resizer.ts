// zhixing-resizer.min.js: a tiny classic script a host page includes once (in its template) to give
// Zhixing iframes (frame.html) the height of their content. It listens for the frames'
// `{ zhixing: 'resize', height }` messages and sets the height of the `<iframe>` that sent one: the
// iframe whose window is the message's source, whose address is a Zhixing frame.html with a
// `#zhixing=` fragment, from that address's origin. Heights are clamped; nothing else is touched.
//
// Editors that sandbox iframes: TinyMCE 7+ adds `sandbox=""` to every iframe not on its
// `sandbox_iframes_exclusions` host list, and a sandboxed frame runs no script (it shows a note
// instead of the widget). Either add the host name of frame.html to that list (exact host names;
// the option replaces TinyMCE's default list, so keep the defaults you need) or set
// `sandbox_iframes: false`. Where a CMS writes its own sandbox attribute, the frame needs
// `allow-scripts allow-same-origin`: scripts for the widget, and its own origin so it may load its
// module files and read the feed. Together these two flags let a frame from the SAME origin as the
// host page lift its own sandbox, so the sandbox then protects nothing; that is acceptable only for
// frame.html from your own release folder (fixed files, checked against SHA384SUMS), never for
// frames of other sites.
const MIN_HEIGHT = 48;
const MAX_HEIGHT = 4000;

type Holder = typeof globalThis & { zhixingResizer?: boolean };

/** Whether `src` is a Zhixing frame: `…/frame.html#zhixing=…`, and its origin. */
function frameOrigin(src: string): string | null {
  try {
    const url = new URL(src, location.href);
    return /\/frame\.html$/i.test(url.pathname) && /^#(?:.*&)?zhixing(?:=|%3d)/i.test(url.hash) ? url.origin : null;
  } catch {
    return null;
  }
}

function onMessage(event: MessageEvent): void {
  const data: unknown = event.data;
  if (!data || typeof data !== 'object') return;
  const { zhixing, height } = data as { zhixing?: unknown; height?: unknown };
  if (zhixing !== 'resize' || typeof height !== 'number' || !isFinite(height)) return;
  const frames = document.getElementsByTagName('iframe');
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i]!;
    if (frame.contentWindow !== event.source) continue;
    if (frameOrigin(frame.src) !== event.origin) return;
    frame.style.setProperty('height', `${Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)))}px`);
    return;
  }
}

// Included twice (two templates, a widget block): listen once.
const holder = globalThis as Holder;
if (!holder.zhixingResizer) {
  holder.zhixingResizer = true;
  addEventListener('message', onMessage);
}
