// generated — do not edit. Written by scripts/generate-contract.mjs (`npm run contract`) from the zod
// schemas in this directory; packages/sdk/test/node/compiled-validator.test.mjs checks it against zod.
// Plain code, no eval: what the SDK runs in the browser instead of zod (see compiled-runtime.ts).
import type { Checker } from './checker.js';
import { aborted, array, checker, checkSafeInt, checkUrl, explicitlyAborted, fail, isNumber, lengthOf, object, type RawIssue, type Shape, tooShort } from './compiled-runtime.js';
import { closedWithinAccepted, courtsAreDistinct, isRealCalendarDate, performedWithinClosed, terminatedWithinClosed } from './checks.js';
import type * as T from './schemas.js';

export const M0 = "Invalid input";
const M1 = "court ids are lower-case letters, digits and dashes";
const M2 = "must not be empty";
const M3 = "region codes have 6 digits";
const M4 = "expected an http(s) URL";
const M5 = "every court in courts needs a courtCode, and ids and codes must be distinct";
const M6 = "period ids are URL-safe: letters, digits, . _ -";
const M7 = "expected a calendar date YYYY-MM-DD";
const M8 = "not a real calendar date";
const M9 = "expected an ISO 8601 timestamp with offset";
const M10 = "counts are non-negative integers";
const M11 = "closed cannot exceed accepted";
const M12 = "closedWithPerformance cannot exceed closed";
const M13 = "closedByTermination cannot exceed closed";
const M14 = "money must be a non-negative integer number of fen";
const R0 = /^[a-z0-9-]{2,64}$/;
const R1 = /^\d{6}$/;
const R2 = /^https?$/;
const R3 = /^[A-Za-z0-9._-]{1,64}$/;
const R4 = /^(\d{4})-(\d{2})-(\d{2})$/;
const R5 = /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;

function n0(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!aborted(I, s)) { if (!R0.test(v)) fail(I, M1, 1); }
  return v;
}

export function n1(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!aborted(I, s)) v = v.trim();
  if (!explicitlyAborted(I, s) && lengthOf(v) !== undefined) { if (tooShort(v, 1)) fail(I, M2, 1); }
  return v;
}

export function n2(v: any, I: RawIssue[]): any {
  if (typeof v !== 'string') fail(I, M0, 0);
  return v;
}

export function n3(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n2);
  return v;
}

function n4(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!aborted(I, s)) { if (!R1.test(v)) fail(I, M3, 1); }
  return v;
}

export function n5(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M4, 0);
  if (!aborted(I, s)) v = checkUrl(v, R2, true, I, M4);
  return v;
}

function n6(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S0);
  return v;
}

function n7(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S1);
  return v;
}

function n8(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n7);
  return v;
}

export function n9(v: any, I: RawIssue[]): any {
  const s = I.length;
  v = object(v, I, M0, S2);
  if (!aborted(I, s)) { if (!courtsAreDistinct(v)) fail(I, M5, 1, ["courts"]); }
  return v;
}

function n10(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!aborted(I, s)) { if (!R3.test(v)) fail(I, M6, 1); }
  return v;
}

export function n11(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!aborted(I, s)) { if (!R4.test(v)) fail(I, M7, 1); }
  if (!aborted(I, s)) { if (!isRealCalendarDate(v)) fail(I, M8, 1, []); }
  return v;
}

export function n12(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S3);
  return v;
}

function n13(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n12);
  return v;
}

function n14(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S4);
  return v;
}

function n15(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n14);
  return v;
}

function n16(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S5);
  return v;
}

export function n17(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M9, 0);
  if (!aborted(I, s)) { if (!R5.test(v)) fail(I, M9, 1); }
  return v;
}

export function n18(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (!isNumber(v)) fail(I, M0, 0);
  if (!aborted(I, s)) checkSafeInt(v, I, M0);
  if (!aborted(I, s)) { if (!(v >= 0)) fail(I, M10, 1); }
  return v;
}

function n19(v: any, I: RawIssue[]): any {
  const s = I.length;
  v = object(v, I, M0, S6);
  if (!aborted(I, s)) { if (!closedWithinAccepted(v)) fail(I, M11, 1, ["closed"]); }
  if (!aborted(I, s)) { if (!performedWithinClosed(v)) fail(I, M12, 1, ["closedWithPerformance"]); }
  if (!aborted(I, s)) { if (!terminatedWithinClosed(v)) fail(I, M13, 1, ["closedByTermination"]); }
  return v;
}

export function n20(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (!isNumber(v)) fail(I, M0, 0);
  if (!aborted(I, s)) checkSafeInt(v, I, M0);
  if (!aborted(I, s)) { if (!(v >= 0)) fail(I, M14, 1); }
  return v;
}

function n21(v: any, I: RawIssue[]): any {
  if (typeof v !== 'boolean') fail(I, M0, 0);
  return v;
}

function n22(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S7);
  return v;
}

function n23(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (!isNumber(v)) fail(I, M0, 0);
  if (!aborted(I, s)) { if (!(v >= 0)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!(v <= 100)) fail(I, M0, 1); }
  return v;
}

function n24(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S8);
  return v;
}

function n25(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (!isNumber(v)) fail(I, M0, 0);
  if (!aborted(I, s)) checkSafeInt(v, I, M0);
  if (!aborted(I, s)) { if (!(v >= 0)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!(v <= 6)) fail(I, M0, 1); }
  return v;
}

function n26(v: any, I: RawIssue[]): any {
  if (v !== "half-up" && v !== "truncate") fail(I, M0, 0);
  return v;
}

function n27(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S9);
  return v;
}

export function n28(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (!isNumber(v)) fail(I, M0, 0);
  if (!aborted(I, s)) checkSafeInt(v, I, M0);
  if (!aborted(I, s)) { if (!(v > 0)) fail(I, M0, 1); }
  return v;
}

function n29(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S10);
  return v;
}

function n30(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n29);
  return v;
}

function n31(v: any, I: RawIssue[]): any {
  if (v !== "enterprise" && v !== "finance" && v !== "livelihood") fail(I, M0, 0);
  return v;
}

function n32(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S11);
  return v;
}

function n33(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n32);
  return v;
}

function n34(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S12);
  return v;
}

function n35(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S13);
  return v;
}

function n36(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S14);
  return v;
}

const S0: Shape = ["phone", n2, 1, "tipOffPhone", n2, 1, "address", n2, 1, "website", n5, 1];
const S1: Shape = ["id", n0, 0, "name", n1, 0, "nameEn", n2, 1, "courtCode", n2, 1, "formerCourtCodes", n3, 1, "regionCode", n4, 0, "contact", n6, 1, "dataPageUrl", n5, 1];
const S2: Shape = ["id", n0, 0, "name", n1, 0, "nameEn", n2, 1, "courtCode", n2, 1, "formerCourtCodes", n3, 1, "regionCode", n4, 0, "contact", n6, 1, "dataPageUrl", n5, 1, "courts", n8, 1];
const S3: Shape = ["id", n10, 0, "start", n11, 0, "end", n11, 0, "label", n2, 1, "labelEn", n2, 1];
const S4: Shape = ["courtId", n0, 0, "periods", n13, 0];
const S5: Shape = ["courtId", n2, 0, "periods", n13, 0, "courts", n15, 1];
const S6: Shape = ["carriedOver", n18, 1, "newlyReceived", n18, 1, "accepted", n18, 0, "closed", n18, 0, "closedWithPerformance", n18, 0, "closedByTermination", n18, 1];
const S7: Shape = ["recovered", n20, 0, "appliedInClosed", n20, 1, "recoveredApproximate", n21, 1];
const S8: Shape = ["closureRate", n23, 1, "actualExecutionRate", n23, 1];
const S9: Shape = ["decimals", n25, 0, "rounding", n26, 0];
const S10: Shape = ["scope", n2, 0, "scopeEn", n2, 1, "periodLabel", n2, 1, "rank", n28, 1, "of", n28, 1, "note", n2, 1];
const S11: Shape = ["category", n31, 0, "cases", n18, 0, "subjectAmount", n20, 1, "disbursed", n20, 1, "approximate", n21, 1];
const S12: Shape = ["dishonestListed", n18, 1, "consumptionRestrictionOrders", n18, 1, "detentions", n18, 1, "refusalToExecuteReferrals", n18, 1];
const S13: Shape = ["cases", n18, 0, "amount", n20, 0, "approximate", n21, 1];
const S14: Shape = ["courtId", n2, 0, "period", n12, 0, "asOf", n17, 0, "cases", n19, 0, "money", n22, 0, "reportedRates", n24, 1, "rateRule", n27, 1, "rankings", n30, 1, "categories", n33, 1, "sanctions", n34, 1, "judicialAid", n35, 1];

/** Compiled from the zod schema `Court`. */
export const Court: Checker<T.Court> = checker(n9);

/** Compiled from the zod schema `CourtEntry`. */
export const CourtEntry: Checker<T.CourtEntry> = checker(n7);

/** Compiled from the zod schema `StatsIndex`. */
export const StatsIndex: Checker<T.StatsIndex> = checker(n16);

/** Compiled from the zod schema `CourtPeriods`. */
export const CourtPeriods: Checker<T.CourtPeriods> = checker(n14);

/** Compiled from the zod schema `EnforcementStats`. */
export const EnforcementStats: Checker<T.EnforcementStats> = checker(n36);
