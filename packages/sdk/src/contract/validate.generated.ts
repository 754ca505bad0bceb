// generated — do not edit. Written by scripts/generate-contract.mjs (`npm run contract`) from the zod
// schemas in this directory; packages/sdk/test/node/compiled-validator.test.mjs checks it against zod.
// Plain code, no eval: what the SDK runs in the browser instead of zod (see compiled-runtime.ts).
import type { Checker } from './checker.js';
import { aborted, array, checker, checkSafeInt, explicitlyAborted, fail, get, isNumber, isObject, lengthOf, object, type RawIssue, type Shape, tooLong, tooShort } from './compiled-runtime.js';
import { hasDeltaPlaceholder, hasKeyPlaceholder, hasListPlaceholder, hasPagePlaceholder, hasShardPlaceholder, isIdWithoutResidentId, isPowerOfTwo, isSameOriginRelativePath } from './checks.js';
import { M0, n1, n2, n3, n5, n9, n11, n12, n17, n18, n20, n28 } from './validate-stats.generated.js';
import type * as T from './schemas.js';

const M15 = "a record id must not contain a resident ID";
const M16 = "must contain {list}";
const M17 = "must be a relative path on the same origin";
const M18 = "must contain {page}";
const M19 = "content ids are lower-case letters and digits";
const M20 = "shardCount must be a power of two";
const M21 = "must contain {shard}";
const M22 = "must be a power of two";
const M23 = "must contain {delta}";
const M24 = "must contain {key}";
const R6 = /^[0-9a-z]{1,64}$/;

function n37(v: any, I: RawIssue[]): any {
  if (v !== "dishonest-debtor") fail(I, M0, 0);
  return v;
}

function n38(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!explicitlyAborted(I, s) && lengthOf(v) !== undefined) { if (tooShort(v, 1)) fail(I, M0, 1); }
  if (!explicitlyAborted(I, s) && lengthOf(v) !== undefined) { if (tooLong(v, 128)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!isIdWithoutResidentId(v)) fail(I, M15, 1, []); }
  return v;
}

function n39(v: any, I: RawIssue[]): any {
  if (v !== "natural-person" && v !== "organization") fail(I, M0, 0);
  return v;
}

function n40(v: any, I: RawIssue[]): any {
  if (v !== "performed" && v !== "settlement-performed" && v !== "creditor-applied" && v !== "no-property-after-termination" && v !== "suspended" && v !== "non-enforcement-or-termination" && v !== "term-ended" && v !== "wrongly-listed" && v !== "lifted" && v !== "other") fail(I, M0, 0);
  return v;
}

function n41(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S15);
  return v;
}

function n42(v: any, I: RawIssue[]): any {
  if (v !== "male" && v !== "female") fail(I, M0, 0);
  return v;
}

function n43(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (!isNumber(v)) fail(I, M0, 0);
  if (!aborted(I, s)) checkSafeInt(v, I, M0);
  if (!aborted(I, s)) { if (!(v >= 0)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!(v <= 150)) fail(I, M0, 1); }
  return v;
}

function n44(v: any, I: RawIssue[]): any {
  if (v !== "none" && v !== "partial") fail(I, M0, 0);
  return v;
}

function n45(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S16);
  return v;
}

function n46(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S17);
  return v;
}

function n47(v: any, I: RawIssue[]): any {
  if (v !== "consumption-restriction") fail(I, M0, 0);
  return v;
}

function n48(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S18);
  return v;
}

function n49(v: any, I: RawIssue[]): any {
  if (v !== "enforcement-case") fail(I, M0, 0);
  return v;
}

function n50(v: any, I: RawIssue[]): any {
  if (v !== "open" && v !== "closed") fail(I, M0, 0);
  return v;
}

function n51(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S19);
  return v;
}

function n52(v: any, I: RawIssue[]): any {
  if (!isObject(v)) {
    fail(I, M0, 0);
    return v;
  }
  switch (get(v, "type")) {
    case "dishonest-debtor":
      return n46(v, I);
    case "consumption-restriction":
      return n48(v, I);
    case "enforcement-case":
      return n51(v, I);
    default:
      fail(I, M0, 0, ["type"]);
      return v;
  }
}

function n53(v: any, I: RawIssue[]): any {
  if (v !== "reward-notice") fail(I, M0, 0);
  return v;
}

function n54(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S20);
  return v;
}

function n55(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S21);
  return v;
}

function n56(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S22);
  return v;
}

function n57(v: any, I: RawIssue[]): any {
  if (!isObject(v)) {
    fail(I, M0, 0);
    return v;
  }
  switch (get(v, "type")) {
    case "dishonest-debtor":
      return n46(v, I);
    case "consumption-restriction":
      return n48(v, I);
    case "reward-notice":
      return n56(v, I);
    default:
      fail(I, M0, 0, ["type"]);
      return v;
  }
}

function n58(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!explicitlyAborted(I, s) && lengthOf(v) !== undefined) { if (tooShort(v, 1)) fail(I, M0, 1); }
  return v;
}

function n59(v: any, I: RawIssue[]): any {
  v = array(v, I, M0);
  return v;
}

function n60(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S23);
  return v;
}

function n61(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n60);
  return v;
}

function n62(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S24);
  return v;
}

function n63(v: any, I: RawIssue[]): any {
  if (v !== "zhixing-exposure/2") fail(I, M0, 0);
  return v;
}

function n64(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!explicitlyAborted(I, s) && lengthOf(v) !== undefined) { if (tooLong(v, 256)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!hasListPlaceholder(v)) fail(I, M16, 1, []); }
  if (!aborted(I, s)) { if (!isSameOriginRelativePath(v)) fail(I, M17, 1, []); }
  return v;
}

function n65(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!explicitlyAborted(I, s) && lengthOf(v) !== undefined) { if (tooLong(v, 256)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!hasPagePlaceholder(v)) fail(I, M18, 1, []); }
  if (!aborted(I, s)) { if (!isSameOriginRelativePath(v)) fail(I, M17, 1, []); }
  return v;
}

function n66(v: any, I: RawIssue[]): any {
  if (v !== "dishonest" && v !== "restricted" && v !== "rewards") fail(I, M0, 0);
  return v;
}

function n67(v: any, I: RawIssue[]): any {
  if (v !== "published" && v !== "amount") fail(I, M0, 0);
  return v;
}

function n68(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!aborted(I, s)) { if (!R6.test(v)) fail(I, M19, 1); }
  return v;
}

function n69(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S25);
  return v;
}

function n70(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n69);
  return v;
}

function n71(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!explicitlyAborted(I, s) && lengthOf(v) !== undefined) { if (tooLong(v, 256)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!isSameOriginRelativePath(v)) fail(I, M17, 1, []); }
  return v;
}

function n72(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S26);
  return v;
}

function n73(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S27);
  return v;
}

function n74(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S28);
  return v;
}

function n75(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n74);
  return v;
}

function n76(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S29);
  return v;
}

function n77(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S30);
  return v;
}

function n78(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S31);
  return v;
}

function n79(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n78);
  return v;
}

function n80(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S32);
  return v;
}

function n81(v: any, I: RawIssue[]): any {
  if (v !== "zhixing-exposure/moved") fail(I, M0, 0);
  return v;
}

function n82(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S33);
  return v;
}

function n83(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (!isNumber(v)) fail(I, M0, 0);
  if (!aborted(I, s)) checkSafeInt(v, I, M0);
  if (!aborted(I, s)) { if (!(v > 0)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!(v <= 100)) fail(I, M0, 1); }
  return v;
}

function n84(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S34);
  return v;
}

function n85(v: any, I: RawIssue[]): any {
  if (v !== "zhixing-shards/1" && v !== "zhixing-shards/2") fail(I, M0, 0);
  return v;
}

function n86(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (!isNumber(v)) fail(I, M0, 0);
  if (!aborted(I, s)) checkSafeInt(v, I, M0);
  if (!aborted(I, s)) { if (!(v > 0)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!(v <= 16777216)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!isPowerOfTwo(v)) fail(I, M20, 1, []); }
  return v;
}

function n87(v: any, I: RawIssue[]): any {
  if (v !== "fnv1a32") fail(I, M0, 0);
  return v;
}

function n88(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!explicitlyAborted(I, s) && lengthOf(v) !== undefined) { if (tooLong(v, 256)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!hasShardPlaceholder(v)) fail(I, M21, 1, []); }
  if (!aborted(I, s)) { if (!isSameOriginRelativePath(v)) fail(I, M17, 1, []); }
  return v;
}

function n89(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (!isNumber(v)) fail(I, M0, 0);
  if (!aborted(I, s)) checkSafeInt(v, I, M0);
  if (!aborted(I, s)) { if (!(v > 0)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!(v <= 16777216)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!isPowerOfTwo(v)) fail(I, M22, 1, []); }
  return v;
}

function n90(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!explicitlyAborted(I, s) && lengthOf(v) !== undefined) { if (tooLong(v, 256)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!hasDeltaPlaceholder(v)) fail(I, M23, 1, []); }
  if (!aborted(I, s)) { if (!isSameOriginRelativePath(v)) fail(I, M17, 1, []); }
  return v;
}

function n91(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S35);
  return v;
}

function n92(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S36);
  return v;
}

function n93(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (!isNumber(v)) fail(I, M0, 0);
  if (!aborted(I, s)) checkSafeInt(v, I, M0);
  if (!aborted(I, s)) { if (!(v > 0)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!(v <= 1000)) fail(I, M0, 1); }
  return v;
}

function n94(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!explicitlyAborted(I, s) && lengthOf(v) !== undefined) { if (tooLong(v, 256)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!hasKeyPlaceholder(v)) fail(I, M24, 1, []); }
  if (!aborted(I, s)) { if (!isSameOriginRelativePath(v)) fail(I, M17, 1, []); }
  return v;
}

function n95(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S37);
  return v;
}

function n96(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n95);
  return v;
}

function n97(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S38);
  return v;
}

function n98(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n97);
  return v;
}

function n99(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S39);
  return v;
}

function n100(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S40);
  return v;
}

function n101(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S41);
  return v;
}

function n102(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n101);
  return v;
}

function n103(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S42);
  return v;
}

const S15: Shape = ["date", n11, 0, "reason", n40, 0];
const S16: Shape = ["url", n5, 0, "alt", n2, 1];
const S17: Shape = ["type", n37, 0, "id", n38, 0, "partyKind", n39, 0, "name", n1, 0, "idNumber", n2, 1, "creditCode", n2, 1, "caseNumber", n1, 0, "courtName", n1, 0, "courtCode", n2, 1, "province", n2, 1, "filingDate", n11, 0, "publishedOn", n11, 0, "decidedOn", n11, 1, "publicationEndsOn", n11, 1, "removal", n41, 1, "sex", n42, 1, "age", n43, 1, "legalRepresentative", n2, 1, "basisDocumentNumber", n2, 0, "basisIssuer", n2, 0, "obligation", n2, 0, "performance", n44, 0, "performedPart", n2, 1, "unperformedPart", n2, 1, "amountUnperformed", n20, 1, "conduct", n1, 0, "photo", n45, 1];
const S18: Shape = ["type", n47, 0, "id", n38, 0, "partyKind", n39, 0, "name", n1, 0, "idNumber", n2, 1, "creditCode", n2, 1, "caseNumber", n1, 0, "courtName", n1, 0, "courtCode", n2, 1, "province", n2, 1, "filingDate", n11, 0, "publishedOn", n11, 0, "decidedOn", n11, 1, "publicationEndsOn", n11, 1, "removal", n41, 1, "sex", n42, 1, "age", n43, 1, "legalRepresentative", n2, 1, "subjectAmount", n20, 1, "orderUrl", n5, 1, "photo", n45, 1];
const S19: Shape = ["type", n49, 0, "id", n38, 0, "partyKind", n39, 0, "name", n1, 0, "idNumber", n2, 1, "creditCode", n2, 1, "caseNumber", n1, 0, "courtName", n1, 0, "courtCode", n2, 1, "province", n2, 1, "filingDate", n11, 0, "publishedOn", n11, 0, "decidedOn", n11, 1, "publicationEndsOn", n11, 1, "removal", n41, 1, "sex", n42, 1, "age", n43, 1, "legalRepresentative", n2, 1, "subjectAmount", n20, 1, "caseState", n50, 0];
const S20: Shape = ["partyKind", n39, 0, "name", n1, 0, "idNumber", n2, 1, "creditCode", n2, 1];
const S21: Shape = ["phone", n1, 0, "name", n2, 1];
const S22: Shape = ["type", n53, 0, "id", n38, 0, "caseNumber", n1, 0, "courtName", n1, 0, "courtCode", n2, 1, "debtor", n54, 0, "rewardAmount", n20, 1, "rewardFormula", n2, 1, "conditions", n1, 0, "contact", n55, 0, "publishedOn", n11, 0, "validFrom", n11, 0, "validUntil", n11, 0, "removal", n41, 1];
const S23: Shape = ["id", n2, 0, "removedOn", n11, 0, "reason", n40, 1];
const S24: Shape = ["version", n58, 0, "generatedAt", n17, 0, "court", n9, 0, "period", n12, 1, "items", n59, 0, "removals", n61, 1, "removalsSince", n2, 1];
const S25: Shape = ["section", n66, 0, "sort", n67, 0, "total", n18, 0, "organizations", n18, 0, "list", n68, 0];
const S26: Shape = ["since", n2, 0, "added", n18, 0, "removed", n18, 0, "changed", n18, 0];
const S27: Shape = ["format", n63, 0, "version", n58, 0, "generatedAt", n17, 0, "court", n9, 0, "period", n12, 1, "listPath", n64, 0, "pagePath", n65, 0, "lists", n70, 0, "courts", n71, 1, "changes", n72, 1, "removals", n61, 1, "removalsSince", n2, 1];
const S28: Shape = ["id", n68, 0, "count", n18, 0, "organizations", n18, 0];
const S29: Shape = ["section", n66, 0, "sort", n67, 0, "court", n2, 1, "pages", n75, 0];
const S30: Shape = ["items", n59, 0];
const S31: Shape = ["court", n58, 0, "lists", n70, 0];
const S32: Shape = ["courts", n79, 0];
const S33: Shape = ["format", n81, 0, "index", n2, 0, "message", n2, 1];
const S34: Shape = ["total", n18, 0, "page", n28, 0, "pageSize", n83, 0, "asOf", n17, 0, "items", n59, 0];
const S35: Shape = ["version", n58, 0, "count", n89, 0, "path", n90, 0, "records", n18, 0];
const S36: Shape = ["format", n85, 0, "version", n58, 0, "generatedAt", n17, 0, "recordCount", n18, 0, "shardCount", n86, 0, "hash", n87, 0, "shardPath", n88, 0, "base", n58, 1, "delta", n91, 1, "removals", n61, 1];
const S37: Shape = ["courtCode", n2, 0, "total", n18, 0];
const S38: Shape = ["name", n58, 0, "total", n18, 0, "pageSize", n93, 0, "pagePath", n65, 0, "keyPath", n94, 0, "keyBuckets", n89, 1, "courts", n96, 1];
const S39: Shape = ["version", n2, 0, "shard", n2, 0, "records", n59, 0, "hot", n98, 1];
const S40: Shape = ["version", n2, 0, "name", n2, 0, "page", n28, 1, "key", n2, 1, "records", n59, 0];
const S41: Shape = ["name", n58, 0, "path", n71, 0];
const S42: Shape = ["version", n2, 0, "delta", n2, 0, "name", n2, 1, "records", n59, 0, "hidden", n3, 0, "hot", n102, 1];

export { Court, CourtEntry, StatsIndex, CourtPeriods, EnforcementStats } from './validate-stats.generated.js';

/** Compiled from the zod schema `DishonestDebtor`. */
export const DishonestDebtor: Checker<T.DishonestDebtor> = checker(n46);

/** Compiled from the zod schema `ConsumptionRestriction`. */
export const ConsumptionRestriction: Checker<T.ConsumptionRestriction> = checker(n48);

/** Compiled from the zod schema `EnforcementCaseParty`. */
export const EnforcementCaseParty: Checker<T.EnforcementCaseParty> = checker(n51);

/** Compiled from the zod schema `DebtorRecord`. */
export const DebtorRecord: Checker<T.DebtorRecord> = checker(n52);

/** Compiled from the zod schema `RewardNotice`. */
export const RewardNotice: Checker<T.RewardNotice> = checker(n56);

/** Compiled from the zod schema `ExposureItem`. */
export const ExposureItem: Checker<T.ExposureItem> = checker(n57);

/** Compiled from the zod schema `ExposureFeed`. */
export const ExposureFeed: Checker<T.ExposureFeed> = checker(n62);

/** Compiled from the zod schema `ExposureIndex`. */
export const ExposureIndex: Checker<T.ExposureIndex> = checker(n73);

/** Compiled from the zod schema `ExposureListRef`. */
export const ExposureListRef: Checker<T.ExposureListRef> = checker(n69);

/** Compiled from the zod schema `ExposureList`. */
export const ExposureList: Checker<T.ExposureList> = checker(n76);

/** Compiled from the zod schema `ExposurePage`. */
export const ExposurePage: Checker<T.ExposurePage> = checker(n77);

/** Compiled from the zod schema `ExposureCourtLists`. */
export const ExposureCourtLists: Checker<T.ExposureCourtLists> = checker(n80);

/** Compiled from the zod schema `ExposureMoved`. */
export const ExposureMoved: Checker<T.ExposureMoved> = checker(n82);

/** Compiled from the zod schema `SearchResponse`. */
export const SearchResponse: Checker<T.SearchResponse> = checker(n84);

/** Compiled from the zod schema `ShardManifest`. */
export const ShardManifest: Checker<T.ShardManifest> = checker(n92);

/** Compiled from the zod schema `Shard`. */
export const Shard: Checker<T.Shard> = checker(n99);

/** Compiled from the zod schema `HotName`. */
export const HotName: Checker<T.HotName> = checker(n97);

/** Compiled from the zod schema `HotNameFile`. */
export const HotNameFile: Checker<T.HotNameFile> = checker(n100);

/** Compiled from the zod schema `DeltaFile`. */
export const DeltaFile: Checker<T.DeltaFile> = checker(n103);

/** Compiled from the zod schema `RemovalEntry`. */
export const RemovalEntry: Checker<T.RemovalEntry> = checker(n60);
