import * as z from 'zod/mini';
import { HttpUrl, NonEmptyText } from './primitives.js';

/** The publishing court (执行法院). One source publishes one court's data. */
export const Court = z.object({
  /** Stable, URL-safe id chosen by the publisher, e.g. `hn-changde-taoyuan`. */
  id: z.string().check(z.regex(/^[a-z0-9-]{2,64}$/, 'court ids are lower-case letters, digits and dashes')),
  name: NonEmptyText,
  nameEn: z.optional(z.string()),
  /** Court code used in case numbers, e.g. `湘0725`. */
  courtCode: z.optional(z.string()),
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
