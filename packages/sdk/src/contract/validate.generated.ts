// generated — do not edit. Written by scripts/generate-contract.mjs (`npm run contract`) from the zod
// schemas in this directory; packages/sdk/test/node/compiled-validator.test.mjs checks it against zod.
// Plain code, no eval: what the SDK runs in the browser instead of zod (see compiled-runtime.ts).
import type { Checker } from './checker.js';
import { aborted, array, checkSafeInt, checkUrl, explicitlyAborted, fail, get, isNumber, isObject, lengthOf, object, type RawIssue, run, type Shape, tooLong, tooShort } from './compiled-runtime.js';
import { closedWithinAccepted, hasDeltaPlaceholder, hasKeyPlaceholder, hasListPlaceholder, hasPagePlaceholder, hasShardPlaceholder, isIdWithoutResidentId, isPowerOfTwo, isRealCalendarDate, isSameOriginRelativePath, performedWithinClosed, terminatedWithinClosed } from './checks.js';
import type * as T from './index.js';

const M0 = "Invalid input";
const M1 = "court ids are lower-case letters, digits and dashes";
const M2 = "must not be empty";
const M3 = "region codes have 6 digits";
const M4 = "expected an http(s) URL";
const M5 = "period ids are URL-safe: letters, digits, . _ -";
const M6 = "expected a calendar date YYYY-MM-DD";
const M7 = "not a real calendar date";
const M8 = "expected an ISO 8601 timestamp with offset";
const M9 = "counts are non-negative integers";
const M10 = "closed cannot exceed accepted";
const M11 = "closedWithPerformance cannot exceed closed";
const M12 = "closedByTermination cannot exceed closed";
const M13 = "money must be a non-negative integer number of fen";
const M14 = "a record id must not contain a resident ID";
const M15 = "must contain {list}";
const M16 = "must be a relative path on the same origin";
const M17 = "must contain {page}";
const M18 = "content ids are lower-case letters and digits";
const M19 = "shardCount must be a power of two";
const M20 = "must contain {shard}";
const M21 = "must be a power of two";
const M22 = "must contain {delta}";
const M23 = "must contain {key}";
const R0 = /^[a-z0-9-]{2,64}$/;
const R1 = /^\d{6}$/;
const R2 = /^https?$/;
const R3 = /^[A-Za-z0-9._-]{1,64}$/;
const R4 = /^(\d{4})-(\d{2})-(\d{2})$/;
const R5 = /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;
const R6 = /^[0-9a-z]{1,64}$/;

function n0(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!aborted(I, s)) { if (!R0.test(v)) fail(I, M1, 1); }
  return v;
}

function n1(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!aborted(I, s)) v = v.trim();
  if (!explicitlyAborted(I, s) && lengthOf(v) !== undefined) { if (tooShort(v, 1)) fail(I, M2, 1); }
  return v;
}

function n2(v: any, I: RawIssue[]): any {
  if (typeof v !== 'string') fail(I, M0, 0);
  return v;
}

function n3(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!aborted(I, s)) { if (!R1.test(v)) fail(I, M3, 1); }
  return v;
}

function n4(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M4, 0);
  if (!aborted(I, s)) v = checkUrl(v, R2, true, I, M4);
  return v;
}

function n5(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S0);
  return v;
}

function n6(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S1);
  return v;
}

function n7(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!aborted(I, s)) { if (!R3.test(v)) fail(I, M5, 1); }
  return v;
}

function n8(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!aborted(I, s)) { if (!R4.test(v)) fail(I, M6, 1); }
  if (!aborted(I, s)) { if (!isRealCalendarDate(v)) fail(I, M7, 1, []); }
  return v;
}

function n9(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S2);
  return v;
}

function n10(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n9);
  return v;
}

function n11(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S3);
  return v;
}

function n12(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M8, 0);
  if (!aborted(I, s)) { if (!R5.test(v)) fail(I, M8, 1); }
  return v;
}

function n13(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (!isNumber(v)) fail(I, M0, 0);
  if (!aborted(I, s)) checkSafeInt(v, I, M0);
  if (!aborted(I, s)) { if (!(v >= 0)) fail(I, M9, 1); }
  return v;
}

function n14(v: any, I: RawIssue[]): any {
  const s = I.length;
  v = object(v, I, M0, S4);
  if (!aborted(I, s)) { if (!closedWithinAccepted(v)) fail(I, M10, 1, ["closed"]); }
  if (!aborted(I, s)) { if (!performedWithinClosed(v)) fail(I, M11, 1, ["closedWithPerformance"]); }
  if (!aborted(I, s)) { if (!terminatedWithinClosed(v)) fail(I, M12, 1, ["closedByTermination"]); }
  return v;
}

function n15(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (!isNumber(v)) fail(I, M0, 0);
  if (!aborted(I, s)) checkSafeInt(v, I, M0);
  if (!aborted(I, s)) { if (!(v >= 0)) fail(I, M13, 1); }
  return v;
}

function n16(v: any, I: RawIssue[]): any {
  if (typeof v !== 'boolean') fail(I, M0, 0);
  return v;
}

function n17(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S5);
  return v;
}

function n18(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (!isNumber(v)) fail(I, M0, 0);
  if (!aborted(I, s)) { if (!(v >= 0)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!(v <= 100)) fail(I, M0, 1); }
  return v;
}

function n19(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S6);
  return v;
}

function n20(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (!isNumber(v)) fail(I, M0, 0);
  if (!aborted(I, s)) checkSafeInt(v, I, M0);
  if (!aborted(I, s)) { if (!(v >= 0)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!(v <= 6)) fail(I, M0, 1); }
  return v;
}

function n21(v: any, I: RawIssue[]): any {
  if (v !== "half-up" && v !== "truncate") fail(I, M0, 0);
  return v;
}

function n22(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S7);
  return v;
}

function n23(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (!isNumber(v)) fail(I, M0, 0);
  if (!aborted(I, s)) checkSafeInt(v, I, M0);
  if (!aborted(I, s)) { if (!(v > 0)) fail(I, M0, 1); }
  return v;
}

function n24(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S8);
  return v;
}

function n25(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n24);
  return v;
}

function n26(v: any, I: RawIssue[]): any {
  if (v !== "enterprise" && v !== "finance" && v !== "livelihood") fail(I, M0, 0);
  return v;
}

function n27(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S9);
  return v;
}

function n28(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n27);
  return v;
}

function n29(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S10);
  return v;
}

function n30(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S11);
  return v;
}

function n31(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S12);
  return v;
}

function n32(v: any, I: RawIssue[]): any {
  if (v !== "dishonest-debtor") fail(I, M0, 0);
  return v;
}

function n33(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!explicitlyAborted(I, s) && lengthOf(v) !== undefined) { if (tooShort(v, 1)) fail(I, M0, 1); }
  if (!explicitlyAborted(I, s) && lengthOf(v) !== undefined) { if (tooLong(v, 128)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!isIdWithoutResidentId(v)) fail(I, M14, 1, []); }
  return v;
}

function n34(v: any, I: RawIssue[]): any {
  if (v !== "natural-person" && v !== "organization") fail(I, M0, 0);
  return v;
}

function n35(v: any, I: RawIssue[]): any {
  if (v !== "performed" && v !== "settlement-performed" && v !== "creditor-applied" && v !== "no-property-after-termination" && v !== "suspended" && v !== "non-enforcement-or-termination" && v !== "term-ended" && v !== "wrongly-listed" && v !== "lifted" && v !== "other") fail(I, M0, 0);
  return v;
}

function n36(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S13);
  return v;
}

function n37(v: any, I: RawIssue[]): any {
  if (v !== "male" && v !== "female") fail(I, M0, 0);
  return v;
}

function n38(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (!isNumber(v)) fail(I, M0, 0);
  if (!aborted(I, s)) checkSafeInt(v, I, M0);
  if (!aborted(I, s)) { if (!(v >= 0)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!(v <= 150)) fail(I, M0, 1); }
  return v;
}

function n39(v: any, I: RawIssue[]): any {
  if (v !== "none" && v !== "partial") fail(I, M0, 0);
  return v;
}

function n40(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S14);
  return v;
}

function n41(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S15);
  return v;
}

function n42(v: any, I: RawIssue[]): any {
  if (v !== "consumption-restriction") fail(I, M0, 0);
  return v;
}

function n43(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S16);
  return v;
}

function n44(v: any, I: RawIssue[]): any {
  if (v !== "enforcement-case") fail(I, M0, 0);
  return v;
}

function n45(v: any, I: RawIssue[]): any {
  if (v !== "open" && v !== "closed") fail(I, M0, 0);
  return v;
}

function n46(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S17);
  return v;
}

function n47(v: any, I: RawIssue[]): any {
  if (!isObject(v)) {
    fail(I, M0, 0);
    return v;
  }
  switch (get(v, "type")) {
    case "dishonest-debtor":
      return n41(v, I);
    case "consumption-restriction":
      return n43(v, I);
    case "enforcement-case":
      return n46(v, I);
    default:
      fail(I, M0, 0, ["type"]);
      return v;
  }
}

function n48(v: any, I: RawIssue[]): any {
  if (v !== "reward-notice") fail(I, M0, 0);
  return v;
}

function n49(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S18);
  return v;
}

function n50(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S19);
  return v;
}

function n51(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S20);
  return v;
}

function n52(v: any, I: RawIssue[]): any {
  if (!isObject(v)) {
    fail(I, M0, 0);
    return v;
  }
  switch (get(v, "type")) {
    case "dishonest-debtor":
      return n41(v, I);
    case "consumption-restriction":
      return n43(v, I);
    case "reward-notice":
      return n51(v, I);
    default:
      fail(I, M0, 0, ["type"]);
      return v;
  }
}

function n53(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!explicitlyAborted(I, s) && lengthOf(v) !== undefined) { if (tooShort(v, 1)) fail(I, M0, 1); }
  return v;
}

function n54(v: any, I: RawIssue[]): any {
  v = array(v, I, M0);
  return v;
}

function n55(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S21);
  return v;
}

function n56(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n55);
  return v;
}

function n57(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S22);
  return v;
}

function n58(v: any, I: RawIssue[]): any {
  if (v !== "zhixing-exposure/2") fail(I, M0, 0);
  return v;
}

function n59(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!explicitlyAborted(I, s) && lengthOf(v) !== undefined) { if (tooLong(v, 256)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!hasListPlaceholder(v)) fail(I, M15, 1, []); }
  if (!aborted(I, s)) { if (!isSameOriginRelativePath(v)) fail(I, M16, 1, []); }
  return v;
}

function n60(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!explicitlyAborted(I, s) && lengthOf(v) !== undefined) { if (tooLong(v, 256)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!hasPagePlaceholder(v)) fail(I, M17, 1, []); }
  if (!aborted(I, s)) { if (!isSameOriginRelativePath(v)) fail(I, M16, 1, []); }
  return v;
}

function n61(v: any, I: RawIssue[]): any {
  if (v !== "dishonest" && v !== "restricted" && v !== "rewards") fail(I, M0, 0);
  return v;
}

function n62(v: any, I: RawIssue[]): any {
  if (v !== "published" && v !== "amount") fail(I, M0, 0);
  return v;
}

function n63(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!aborted(I, s)) { if (!R6.test(v)) fail(I, M18, 1); }
  return v;
}

function n64(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S23);
  return v;
}

function n65(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n64);
  return v;
}

function n66(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!explicitlyAborted(I, s) && lengthOf(v) !== undefined) { if (tooLong(v, 256)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!isSameOriginRelativePath(v)) fail(I, M16, 1, []); }
  return v;
}

function n67(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S24);
  return v;
}

function n68(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S25);
  return v;
}

function n69(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S26);
  return v;
}

function n70(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n69);
  return v;
}

function n71(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S27);
  return v;
}

function n72(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S28);
  return v;
}

function n73(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S29);
  return v;
}

function n74(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n73);
  return v;
}

function n75(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S30);
  return v;
}

function n76(v: any, I: RawIssue[]): any {
  if (v !== "zhixing-exposure/moved") fail(I, M0, 0);
  return v;
}

function n77(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S31);
  return v;
}

function n78(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (!isNumber(v)) fail(I, M0, 0);
  if (!aborted(I, s)) checkSafeInt(v, I, M0);
  if (!aborted(I, s)) { if (!(v > 0)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!(v <= 100)) fail(I, M0, 1); }
  return v;
}

function n79(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S32);
  return v;
}

function n80(v: any, I: RawIssue[]): any {
  if (v !== "zhixing-shards/1" && v !== "zhixing-shards/2") fail(I, M0, 0);
  return v;
}

function n81(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (!isNumber(v)) fail(I, M0, 0);
  if (!aborted(I, s)) checkSafeInt(v, I, M0);
  if (!aborted(I, s)) { if (!(v > 0)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!(v <= 16777216)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!isPowerOfTwo(v)) fail(I, M19, 1, []); }
  return v;
}

function n82(v: any, I: RawIssue[]): any {
  if (v !== "fnv1a32") fail(I, M0, 0);
  return v;
}

function n83(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!explicitlyAborted(I, s) && lengthOf(v) !== undefined) { if (tooLong(v, 256)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!hasShardPlaceholder(v)) fail(I, M20, 1, []); }
  if (!aborted(I, s)) { if (!isSameOriginRelativePath(v)) fail(I, M16, 1, []); }
  return v;
}

function n84(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (!isNumber(v)) fail(I, M0, 0);
  if (!aborted(I, s)) checkSafeInt(v, I, M0);
  if (!aborted(I, s)) { if (!(v > 0)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!(v <= 16777216)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!isPowerOfTwo(v)) fail(I, M21, 1, []); }
  return v;
}

function n85(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!explicitlyAborted(I, s) && lengthOf(v) !== undefined) { if (tooLong(v, 256)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!hasDeltaPlaceholder(v)) fail(I, M22, 1, []); }
  if (!aborted(I, s)) { if (!isSameOriginRelativePath(v)) fail(I, M16, 1, []); }
  return v;
}

function n86(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S33);
  return v;
}

function n87(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S34);
  return v;
}

function n88(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (!isNumber(v)) fail(I, M0, 0);
  if (!aborted(I, s)) checkSafeInt(v, I, M0);
  if (!aborted(I, s)) { if (!(v > 0)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!(v <= 1000)) fail(I, M0, 1); }
  return v;
}

function n89(v: any, I: RawIssue[]): any {
  const s = I.length;
  if (typeof v !== 'string') fail(I, M0, 0);
  if (!explicitlyAborted(I, s) && lengthOf(v) !== undefined) { if (tooLong(v, 256)) fail(I, M0, 1); }
  if (!aborted(I, s)) { if (!hasKeyPlaceholder(v)) fail(I, M23, 1, []); }
  if (!aborted(I, s)) { if (!isSameOriginRelativePath(v)) fail(I, M16, 1, []); }
  return v;
}

function n90(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S35);
  return v;
}

function n91(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n90);
  return v;
}

function n92(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S36);
  return v;
}

function n93(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S37);
  return v;
}

function n94(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n2);
  return v;
}

function n95(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S38);
  return v;
}

function n96(v: any, I: RawIssue[]): any {
  v = array(v, I, M0, n95);
  return v;
}

function n97(v: any, I: RawIssue[]): any {
  v = object(v, I, M0, S39);
  return v;
}

const S0: Shape = ["phone", n2, 1, "tipOffPhone", n2, 1, "address", n2, 1, "website", n4, 1];
const S1: Shape = ["id", n0, 0, "name", n1, 0, "nameEn", n2, 1, "courtCode", n2, 1, "regionCode", n3, 0, "contact", n5, 1, "dataPageUrl", n4, 1];
const S2: Shape = ["id", n7, 0, "start", n8, 0, "end", n8, 0, "label", n2, 1, "labelEn", n2, 1];
const S3: Shape = ["courtId", n2, 0, "periods", n10, 0];
const S4: Shape = ["carriedOver", n13, 1, "newlyReceived", n13, 1, "accepted", n13, 0, "closed", n13, 0, "closedWithPerformance", n13, 0, "closedByTermination", n13, 1];
const S5: Shape = ["recovered", n15, 0, "appliedInClosed", n15, 1, "recoveredApproximate", n16, 1];
const S6: Shape = ["closureRate", n18, 1, "actualExecutionRate", n18, 1];
const S7: Shape = ["decimals", n20, 0, "rounding", n21, 0];
const S8: Shape = ["scope", n2, 0, "scopeEn", n2, 1, "periodLabel", n2, 1, "rank", n23, 1, "of", n23, 1, "note", n2, 1];
const S9: Shape = ["category", n26, 0, "cases", n13, 0, "subjectAmount", n15, 1, "disbursed", n15, 1, "approximate", n16, 1];
const S10: Shape = ["dishonestListed", n13, 1, "consumptionRestrictionOrders", n13, 1, "detentions", n13, 1, "refusalToExecuteReferrals", n13, 1];
const S11: Shape = ["cases", n13, 0, "amount", n15, 0, "approximate", n16, 1];
const S12: Shape = ["courtId", n2, 0, "period", n9, 0, "asOf", n12, 0, "cases", n14, 0, "money", n17, 0, "reportedRates", n19, 1, "rateRule", n22, 1, "rankings", n25, 1, "categories", n28, 1, "sanctions", n29, 1, "judicialAid", n30, 1];
const S13: Shape = ["date", n8, 0, "reason", n35, 0];
const S14: Shape = ["url", n4, 0, "alt", n2, 1];
const S15: Shape = ["type", n32, 0, "id", n33, 0, "partyKind", n34, 0, "name", n1, 0, "idNumber", n2, 1, "creditCode", n2, 1, "caseNumber", n1, 0, "courtName", n1, 0, "province", n2, 1, "filingDate", n8, 0, "publishedOn", n8, 0, "decidedOn", n8, 1, "publicationEndsOn", n8, 1, "removal", n36, 1, "sex", n37, 1, "age", n38, 1, "legalRepresentative", n2, 1, "basisDocumentNumber", n2, 0, "basisIssuer", n2, 0, "obligation", n2, 0, "performance", n39, 0, "performedPart", n2, 1, "unperformedPart", n2, 1, "amountUnperformed", n15, 1, "conduct", n1, 0, "photo", n40, 1];
const S16: Shape = ["type", n42, 0, "id", n33, 0, "partyKind", n34, 0, "name", n1, 0, "idNumber", n2, 1, "creditCode", n2, 1, "caseNumber", n1, 0, "courtName", n1, 0, "province", n2, 1, "filingDate", n8, 0, "publishedOn", n8, 0, "decidedOn", n8, 1, "publicationEndsOn", n8, 1, "removal", n36, 1, "sex", n37, 1, "age", n38, 1, "legalRepresentative", n2, 1, "subjectAmount", n15, 1, "orderUrl", n4, 1, "photo", n40, 1];
const S17: Shape = ["type", n44, 0, "id", n33, 0, "partyKind", n34, 0, "name", n1, 0, "idNumber", n2, 1, "creditCode", n2, 1, "caseNumber", n1, 0, "courtName", n1, 0, "province", n2, 1, "filingDate", n8, 0, "publishedOn", n8, 0, "decidedOn", n8, 1, "publicationEndsOn", n8, 1, "removal", n36, 1, "sex", n37, 1, "age", n38, 1, "legalRepresentative", n2, 1, "subjectAmount", n15, 1, "caseState", n45, 0];
const S18: Shape = ["partyKind", n34, 0, "name", n1, 0, "idNumber", n2, 1, "creditCode", n2, 1];
const S19: Shape = ["phone", n1, 0, "name", n2, 1];
const S20: Shape = ["type", n48, 0, "id", n33, 0, "caseNumber", n1, 0, "courtName", n1, 0, "debtor", n49, 0, "rewardAmount", n15, 1, "rewardFormula", n2, 1, "conditions", n1, 0, "contact", n50, 0, "publishedOn", n8, 0, "validFrom", n8, 0, "validUntil", n8, 0, "removal", n36, 1];
const S21: Shape = ["id", n2, 0, "removedOn", n8, 0, "reason", n35, 1];
const S22: Shape = ["version", n53, 0, "generatedAt", n12, 0, "court", n6, 0, "period", n9, 1, "items", n54, 0, "removals", n56, 1, "removalsSince", n2, 1];
const S23: Shape = ["section", n61, 0, "sort", n62, 0, "total", n13, 0, "organizations", n13, 0, "list", n63, 0];
const S24: Shape = ["since", n2, 0, "added", n13, 0, "removed", n13, 0, "changed", n13, 0];
const S25: Shape = ["format", n58, 0, "version", n53, 0, "generatedAt", n12, 0, "court", n6, 0, "period", n9, 1, "listPath", n59, 0, "pagePath", n60, 0, "lists", n65, 0, "courts", n66, 1, "changes", n67, 1, "removals", n56, 1, "removalsSince", n2, 1];
const S26: Shape = ["id", n63, 0, "count", n13, 0, "organizations", n13, 0];
const S27: Shape = ["section", n61, 0, "sort", n62, 0, "court", n2, 1, "pages", n70, 0];
const S28: Shape = ["items", n54, 0];
const S29: Shape = ["court", n53, 0, "lists", n65, 0];
const S30: Shape = ["courts", n74, 0];
const S31: Shape = ["format", n76, 0, "index", n2, 0, "message", n2, 1];
const S32: Shape = ["total", n13, 0, "page", n23, 0, "pageSize", n78, 0, "asOf", n12, 0, "items", n54, 0];
const S33: Shape = ["version", n53, 0, "count", n84, 0, "path", n85, 0, "records", n13, 0];
const S34: Shape = ["format", n80, 0, "version", n53, 0, "generatedAt", n12, 0, "recordCount", n13, 0, "shardCount", n81, 0, "hash", n82, 0, "shardPath", n83, 0, "base", n53, 1, "delta", n86, 1, "removals", n56, 1];
const S35: Shape = ["name", n53, 0, "total", n13, 0, "pageSize", n88, 0, "pagePath", n60, 0, "keyPath", n89, 0, "keyBuckets", n84, 1];
const S36: Shape = ["version", n2, 0, "shard", n2, 0, "records", n54, 0, "hot", n91, 1];
const S37: Shape = ["version", n2, 0, "name", n2, 0, "page", n23, 1, "key", n2, 1, "records", n54, 0];
const S38: Shape = ["name", n53, 0, "path", n66, 0];
const S39: Shape = ["version", n2, 0, "delta", n2, 0, "name", n2, 1, "records", n54, 0, "hidden", n94, 0, "hot", n96, 1];

/** Compiled from the zod schema `Court`. */
export const Court: Checker<T.Court> = { safeParse: (input: unknown) => run(n6, input), fresh: true };

/** Compiled from the zod schema `StatsIndex`. */
export const StatsIndex: Checker<T.StatsIndex> = { safeParse: (input: unknown) => run(n11, input), fresh: true };

/** Compiled from the zod schema `EnforcementStats`. */
export const EnforcementStats: Checker<T.EnforcementStats> = { safeParse: (input: unknown) => run(n31, input), fresh: true };

/** Compiled from the zod schema `DishonestDebtor`. */
export const DishonestDebtor: Checker<T.DishonestDebtor> = { safeParse: (input: unknown) => run(n41, input), fresh: true };

/** Compiled from the zod schema `ConsumptionRestriction`. */
export const ConsumptionRestriction: Checker<T.ConsumptionRestriction> = { safeParse: (input: unknown) => run(n43, input), fresh: true };

/** Compiled from the zod schema `EnforcementCaseParty`. */
export const EnforcementCaseParty: Checker<T.EnforcementCaseParty> = { safeParse: (input: unknown) => run(n46, input), fresh: true };

/** Compiled from the zod schema `DebtorRecord`. */
export const DebtorRecord: Checker<T.DebtorRecord> = { safeParse: (input: unknown) => run(n47, input), fresh: true };

/** Compiled from the zod schema `RewardNotice`. */
export const RewardNotice: Checker<T.RewardNotice> = { safeParse: (input: unknown) => run(n51, input), fresh: true };

/** Compiled from the zod schema `ExposureItem`. */
export const ExposureItem: Checker<T.ExposureItem> = { safeParse: (input: unknown) => run(n52, input), fresh: true };

/** Compiled from the zod schema `ExposureFeed`. */
export const ExposureFeed: Checker<T.ExposureFeed> = { safeParse: (input: unknown) => run(n57, input) };

/** Compiled from the zod schema `ExposureIndex`. */
export const ExposureIndex: Checker<T.ExposureIndex> = { safeParse: (input: unknown) => run(n68, input), fresh: true };

/** Compiled from the zod schema `ExposureListRef`. */
export const ExposureListRef: Checker<T.ExposureListRef> = { safeParse: (input: unknown) => run(n64, input), fresh: true };

/** Compiled from the zod schema `ExposureList`. */
export const ExposureList: Checker<T.ExposureList> = { safeParse: (input: unknown) => run(n71, input), fresh: true };

/** Compiled from the zod schema `ExposurePage`. */
export const ExposurePage: Checker<T.ExposurePage> = { safeParse: (input: unknown) => run(n72, input) };

/** Compiled from the zod schema `ExposureCourtLists`. */
export const ExposureCourtLists: Checker<T.ExposureCourtLists> = { safeParse: (input: unknown) => run(n75, input), fresh: true };

/** Compiled from the zod schema `ExposureMoved`. */
export const ExposureMoved: Checker<T.ExposureMoved> = { safeParse: (input: unknown) => run(n77, input), fresh: true };

/** Compiled from the zod schema `SearchResponse`. */
export const SearchResponse: Checker<T.SearchResponse> = { safeParse: (input: unknown) => run(n79, input) };

/** Compiled from the zod schema `ShardManifest`. */
export const ShardManifest: Checker<T.ShardManifest> = { safeParse: (input: unknown) => run(n87, input), fresh: true };

/** Compiled from the zod schema `Shard`. */
export const Shard: Checker<T.Shard> = { safeParse: (input: unknown) => run(n92, input) };

/** Compiled from the zod schema `HotName`. */
export const HotName: Checker<T.HotName> = { safeParse: (input: unknown) => run(n90, input), fresh: true };

/** Compiled from the zod schema `HotNameFile`. */
export const HotNameFile: Checker<T.HotNameFile> = { safeParse: (input: unknown) => run(n93, input) };

/** Compiled from the zod schema `DeltaFile`. */
export const DeltaFile: Checker<T.DeltaFile> = { safeParse: (input: unknown) => run(n97, input) };

/** Compiled from the zod schema `RemovalEntry`. */
export const RemovalEntry: Checker<T.RemovalEntry> = { safeParse: (input: unknown) => run(n55, input), fresh: true };
