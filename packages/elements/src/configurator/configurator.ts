// The configurator page for web editors (dist/embed/configurator.html, also in each release folder):
// pick a widget, the court's data address and options; see the real widget live; copy the link (the
// form every CMS editor keeps), the template include, the tag or the iframe code. Runs from any plain
// static server, beside the embed loader (`zhixing.min.js`, included by the page), which defines the
// previewed element when it appears. Rendered with lit-html templates; no innerHTML, no inline styles.
// This module is what the page does (events, the check, copying, the preview); the state and what the
// form produces are configurator.state.ts, the page's templates configurator.views.ts.
import { render } from 'lit/html.js';
import { isProblem, parseEmbedLink } from '../internal/embed-link.js';
import { widgetFor } from '../internal/link-embeds.js';
import { checkFeed } from './check.js';
import { outputs, state, t, type Outputs } from './configurator.state.js';
import { view, type Actions } from './configurator.views.js';
import { feedAddress, type Widget } from './options.js';

// ---- events ----------------------------------------------------------------------------------------

function onInput(event: Event): void {
  const target = event.target as HTMLInputElement | HTMLSelectElement | null;
  if (!target?.name) return;
  const value = target instanceof HTMLInputElement && target.type === 'checkbox' ? (target.checked ? '1' : '') : target.value;
  const scope = target.dataset.scope;
  if (target.name === 'widget') {
    if (!(target as HTMLInputElement).checked) return;
    state.widget = value as Widget;
  } else if (target.name === 'feed') {
    if (event.type === 'change') state.previewFeed = value;
    else if (state.feed === value) return;
    if (state.feed !== value) state.check = { state: 'idle' };
    state.feed = value;
  } else if (target.name === 'page') {
    state.page = value;
  } else if (scope === 'common') {
    if (target.name === 'source-kind' && state.common[target.name] !== value) state.check = { state: 'idle' };
    state.common[target.name] = value;
  } else if (scope === 'option') {
    state.values[state.widget][target.name] = value;
  }
  update();
}

let checks = 0;
async function runCheck(): Promise<void> {
  const api = state.common['source-kind'] === 'api';
  const feed = feedAddress(state.feed, location.href, api);
  if (!('url' in feed)) {
    state.check = { state: 'input', key: `check.${feed.problem}`, text: feed.text };
    update();
    return;
  }
  const run = ++checks;
  state.previewFeed = state.feed;
  state.check = { state: 'checking', url: feed.url };
  update();
  const result = await checkFeed(feed.url, api);
  // A newer check (or a changed address) wins.
  if (run !== checks || state.check.state !== 'checking') return;
  state.check = { state: 'done', result };
  if (result.kind === 'ok') {
    state.periods = result.periods;
    state.courts = result.courts;
  }
  update();
}

let announced = 0;
/** Copies `text`; where the clipboard is refused, selects the field's text for Ctrl+C instead. */
async function copy(text: string, fieldId: string, name: string): Promise<void> {
  // Alternating an invisible character makes a screen reader announce the same words again.
  const say = (words: string) => {
    state.announcement = words + (++announced % 2 ? '' : '\u200b');
    update();
  };
  try {
    await navigator.clipboard.writeText(text);
    say(t('copied', { name }));
  } catch {
    const field = document.getElementById(fieldId) as HTMLTextAreaElement | null;
    field?.focus();
    field?.select();
    say(t('selected', { name }));
  }
}

function toggleLocale(): void {
  state.locale = state.locale === 'en' ? 'zh-CN' : 'en';
  const url = new URL(location.href);
  if (state.locale === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  history.replaceState(null, '', url);
  update();
}

// ---- the live preview -------------------------------------------------------------------------------

let shown = '';
let previewTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Re-creates the previewed widget when what the link says changed: the element the loader makes
 * of the link (`parseEmbedLink` + `widgetFor`, as on a published page), its fallback link inside.
 * It loads at once whatever `loading` says (below the form on a phone, it would wait for a scroll).
 */
function showPreview(out: Outputs | null): void {
  const host = document.getElementById('zx-preview');
  if (!host) return;
  const key = out ? `${out.href}\n${out.linkText}` : '';
  if (key === shown) return;
  shown = key;
  const parsed = out ? parseEmbedLink(out.href, location.href) : null;
  if (!out || !parsed || isProblem(parsed)) {
    host.replaceChildren();
    return;
  }
  const widget = widgetFor(parsed);
  widget.removeAttribute('data-zx-link');
  widget.setAttribute('loading', 'eager');
  const fallback = document.createElement('a');
  fallback.href = out.href.split('#')[0]!;
  fallback.textContent = out.linkText;
  widget.append(fallback);
  host.replaceChildren(widget);
}

const app = document.getElementById('zx-configurator')!;
const actions: Actions = { onInput, check: runCheck, toggleLocale, copy };

function update(): void {
  document.documentElement.lang = state.locale;
  document.title = t('title');
  const out = outputs();
  render(view(out, actions), app);
  // Typing in a field (a label, a number) waits for a pause.
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => showPreview(outputs(state.previewFeed)), 300);
}

document.getElementById('zx-needs-js')?.remove();
update();
