// What the loader looks for before it downloads the link-embed code (internal/link-embeds.ts): a
// link whose address mentions `zhixing` at all. Kept apart so the loader carries only this selector.

/** Attributes a CMS leaves the original URL in when it rewrites `href` (UEditor `_href`, TinyMCE `data-mce-href`). */
export const HREF_ATTRIBUTES = ['href', '_href', 'data-mce-href'];

/** Every link that may carry the marker; the marker itself is checked by `parseEmbedLink`. */
export const LINK_SELECTOR = HREF_ATTRIBUTES.map((name) => `a[${name}*="zhixing" i]`).join(',');
