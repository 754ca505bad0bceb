import * as z from 'zod/mini';
import { courtsAreDistinct } from './checks.js';
import { HttpUrl, NonEmptyText } from './primitives.js';

/** One court (执行法院): its identity, codes and contact details. */
export const CourtEntry = z.object({
  /** Stable, URL-safe id chosen by the publisher, e.g. `hn-changde-taoyuan`. */
  id: z.string().check(z.regex(/^[a-z0-9-]{2,64}$/, 'court ids are lower-case letters, digits and dashes')),
  name: NonEmptyText,
  nameEn: z.optional(z.string()),
  /** Court code used in case numbers, e.g. `湘0725` (required for every court of a multi-court feed). */
  courtCode: z.optional(z.string()),
  /** Codes the court's case numbers carried before a renaming or redistricting, e.g. a former county's. */
  formerCourtCodes: z.optional(z.array(z.string())),
  /** 6-digit administrative region code (GB/T 2260), e.g. `430725`. */
  regionCode: z.string().check(z.regex(/^\d{6}$/, 'region codes have 6 digits')),
  contact: z.optional(
    z.object({
      phone: z.optional(z.string()),
      /** Tip-off line (举报电话) shown on the exposure board. */
      tipOffPhone: z.optional(z.string()),
      address: z.optional(z.string()),
      website: z.optional(HttpUrl),
    }),
  ),
  /** The court's own page for this data: the fallback link when a widget cannot run. */
  dataPageUrl: z.optional(HttpUrl),
});

/** One court of a multi-court feed (`court.json` `courts[]`): identity, codes and contact details. */
export type CourtEntry = z.output<typeof CourtEntry>;

/**
 * The publishing court (`court.json`). A single-court feed is one court's data. A multi-court feed
 * (a high court publishing for its province) lists in `courts` every court whose data it holds, the
 * publishing court among them when it has data of its own; each has a `courtCode`, and no id or code
 * appears twice. Readers that do not know `courts` see the publishing court only.
 */
export const Court = z
  .object({
    ...CourtEntry.shape,
    /** Multi-court feeds: every court the feed covers (records, statistics and board entries name one of them). */
    courts: z.optional(z.array(CourtEntry)),
  })
  .check(z.refine(courtsAreDistinct, { message: 'every court in courts needs a courtCode, and ids and codes must be distinct', path: ['courts'] }));

/** The publishing court (`court.json`): one court, or in a multi-court feed also the `courts` it publishes for. */
export type Court = z.output<typeof Court>;
