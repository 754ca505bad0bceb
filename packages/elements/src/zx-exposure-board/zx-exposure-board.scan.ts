// The code to scan on signage (`qr-href`): a person in front of the big screen takes the court's
// lookup page or its tip-off line to their phone. The QR encoder is loaded only when a board asks
// for a code, so boards without one (and every other element) never download it.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** What the code holds, and the address written beside it for those who cannot scan. */
export interface ScanTarget {
  /** The absolute address encoded (`https://…`, `tel:…`). */
  readonly href: string;
  /** The address as a person types or dials it: no scheme for web pages, the number for `tel:`. */
  readonly text: string;
  readonly kind: 'web' | 'tel';
}

/** A drawn code: its modules as one SVG path, `size` modules square (without the quiet zone). */
export interface ScanCode {
  readonly href: string;
  readonly size: number;
  readonly path: string;
}

/** Longer addresses need denser codes than a screen three metres away can carry (and nobody types them). */
export const MAX_SCAN_HREF = 256;
/** White modules around the code: the four the QR standard asks for. */
export const QUIET_ZONE = 4;

/**
 * The address a `qr-href` attribute names, or undefined when it must not be shown: only web pages
 * (http, https; relative to the page is fine) and phone numbers (`tel:`). Anything else — `javascript:`,
 * `data:`, a typo — shows no code rather than a code that sends a phone somewhere unintended.
 */
export function scanTarget(value: string | null | undefined, base: string = globalThis.location?.href ?? 'http://localhost/'): ScanTarget | undefined {
  const raw = (value ?? '').trim();
  if (!raw) return undefined;
  if (/^tel:/i.test(raw)) {
    let number: string;
    try {
      number = decodeURIComponent(raw.slice(4)).trim();
    } catch {
      return undefined;
    }
    // Digits with the usual separators and an optional leading +, as phones dial them.
    if (!/^\+?[\d\s()-]{3,32}$/.test(number) || !/\d{3}/.test(number.replace(/\D/g, ''))) return undefined;
    const href = `tel:${number.replace(/[\s()]/g, '')}`;
    return { href, text: number, kind: 'tel' };
  }
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password) return undefined;
  const href = url.href;
  if (href.length > MAX_SCAN_HREF) return undefined;
  const text = href.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return { href, text, kind: 'web' };
}

/** Encodes `href` and draws it (the encoder is loaded on first use). */
async function drawScanCode(href: string): Promise<ScanCode> {
  const { qrModules } = await import('./zx-exposure-board.qr.js');
  return { href, ...qrModules(href) };
}

/** The code drawn for the address shown; drawn once per address, the host re-rendering when it is ready. */
export class ScanDrawing {
  /** null: the encoder could not be loaded (the address still shows). */
  code: ScanCode | null | undefined;
  private drawing: string | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** After each update: draws the code for `target` unless it is drawn or being drawn. */
  draw(target: ScanTarget | undefined): void {
    if (!target || this.drawing === target.href || (this.code && this.code.href === target.href)) return;
    this.drawing = target.href;
    drawScanCode(target.href).then(
      (code) => {
        if (this.drawing === code.href) this.show(code);
      },
      () => {
        if (this.drawing === target.href) this.show(null);
      },
    );
  }

  private show(code: ScanCode | null): void {
    if (code === this.code) return;
    this.code = code;
    this.host.requestUpdate();
  }
}

/**
 * The panel beside the cards: the code, what scanning it does, and the address written out. `code`
 * null: the encoder could not be loaded, so only the address shows (still useful, never blank).
 */
export function renderScanPanel(target: ScanTarget | undefined, code: ScanCode | null | undefined, caption: string): TemplateResult | typeof nothing {
  if (!target) return nothing;
  const drawn = code && code.href === target.href ? code : undefined;
  const side = drawn ? drawn.size + 2 * QUIET_ZONE : 0;
  return html`<aside class="scan" part="scan">
    ${drawn
      ? html`<svg class="scan-code" part="scan-code" viewBox="${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}" shape-rendering="crispEdges" aria-hidden="true" focusable="false" data-modules=${drawn.size}>
          <rect x=${-QUIET_ZONE} y=${-QUIET_ZONE} width=${side} height=${side} fill="#fff"></rect>
          <path d=${drawn.path} fill="#000"></path>
        </svg>`
      : code === null
        ? nothing
        : html`<div class="scan-code pending" aria-hidden="true"></div>`}
    <p class="scan-caption" part="scan-caption">${caption}</p>
    <p class="scan-address" part="scan-address" translate="no">${target.text}</p>
  </aside>`;
}
