import * as z from 'zod/mini';
import { isIdWithoutResidentId } from './checks.js';
import { CalendarDate, Fen, HttpUrl, NonEmptyText } from './primitives.js';

/** Schema of {@link PartyKind}. */
export const PartyKind = z.enum(['natural-person', 'organization']);

/** `natural-person` or `organization`. */
export type PartyKind = z.output<typeof PartyKind>;

/** Grounds for deletion or revocation (法释〔2017〕7号 Arts 9–10), and lifting of a restriction order. */
export const RemovalReason = z.enum([
  'performed',
  'settlement-performed',
  'creditor-applied',
  'no-property-after-termination',
  'suspended',
  'non-enforcement-or-termination',
  'term-ended',
  'wrongly-listed',
  'lifted',
  'other',
]);

/** The legal ground of a removal. */
export type RemovalReason = z.output<typeof RemovalReason>;

/** Schema of {@link Removal}. */
export const Removal = z.object({ date: CalendarDate, reason: RemovalReason });

/** Why and when a record was removed from publication (撤销, 屏蔽, 履行完毕 …). */
export type Removal = z.output<typeof Removal>;

/**
 * Stable id of a record at the source, compared as published (removals name it). It must not carry
 * a resident ID: an id is never masked, so such a record is rejected.
 */
export const RecordId = z.string().check(
  z.minLength(1),
  z.maxLength(128),
  z.refine(isIdWithoutResidentId, 'a record id must not contain a resident ID'),
);

/** Fields every public debtor record has. */
const recordBase = {
  /** Stable id of the record at the source. */
  id: RecordId,
  partyKind: PartyKind,
  /** 被执行人姓名/名称 */
  name: NonEmptyText,
  /** Resident ID, natural persons only. Always masked in the public model (`4307251990****1235`). */
  idNumber: z.optional(z.string()),
  /** Unified social credit code or organisation code, organisations only (public in full). */
  creditCode: z.optional(z.string()),
  /** 案号, e.g. （2023）湘0725执123号 */
  caseNumber: NonEmptyText,
  /** 执行法院 */
  courtName: NonEmptyText,
  /**
   * The enforcing court's code (`湘0725`), as listed in the feed's `courts`. Absent: the court code in
   * `caseNumber`. Multi-court feeds name each record's court this way (their publisher writes it).
   */
  courtCode: z.optional(z.string()),
  province: z.optional(z.string()),
  /** 立案时间 */
  filingDate: CalendarDate,
  /** 发布时间 */
  publishedOn: CalendarDate,
  /** 作出纳入决定日期: the listing decision, where the source gives it; age is judged on this date (else `publishedOn`). */
  decidedOn: z.optional(CalendarDate),
  /** Last day the entry may be shown; absent = until performance. */
  publicationEndsOn: z.optional(CalendarDate),
  /** Present once the entry is deleted, revoked or lifted: such records are never shown. */
  removal: z.optional(Removal),
};

const personDetails = {
  sex: z.optional(z.enum(['male', 'female'])),
  /** Age in years as published; absent or 0 for organisations. */
  age: z.optional(z.int().check(z.gte(0), z.lte(150))),
  /** Legal representative or person in charge (organisations). */
  legalRepresentative: z.optional(z.string()),
};

/** Opt-in photo: outside Art 6, so only when the source deliberately publishes one for this record. */
export const Photo = z.object({ url: HttpUrl, alt: z.optional(z.string()) });

/** 失信被执行人 */
export const DishonestDebtor = z.object({
  type: z.literal('dishonest-debtor'),
  ...recordBase,
  ...personDetails,
  /** 执行依据文号 */
  basisDocumentNumber: z.string(),
  /** 做出执行依据单位 */
  basisIssuer: z.string(),
  /** 生效法律文书确定的义务 */
  obligation: z.string(),
  /** 被执行人的履行情况: 全部未履行 = none, 部分未履行 = partial */
  performance: z.enum(['none', 'partial']),
  performedPart: z.optional(z.string()),
  unperformedPart: z.optional(z.string()),
  /** 未履行金额, when the obligation is monetary. */
  amountUnperformed: z.optional(Fen),
  /** 失信被执行人行为具体情形 */
  conduct: NonEmptyText,
  photo: z.optional(Photo),
});

/** A listed dishonest debtor (失信被执行人). */
export type DishonestDebtor = z.output<typeof DishonestDebtor>;

/** 限制消费人员 (a different legal status from the dishonest list: always shown apart). */
export const ConsumptionRestriction = z.object({
  type: z.literal('consumption-restriction'),
  ...recordBase,
  ...personDetails,
  /** Amount subject to enforcement in the underlying case. */
  subjectAmount: z.optional(Fen),
  /** Link to the 限制消费令 document. */
  orderUrl: z.optional(HttpUrl),
  photo: z.optional(Photo),
});

/** A person or organisation under a consumption restriction order (限制消费令). */
export type ConsumptionRestriction = z.output<typeof ConsumptionRestriction>;

/** 被执行人: a party to an open enforcement case. */
export const EnforcementCaseParty = z.object({
  type: z.literal('enforcement-case'),
  ...recordBase,
  ...personDetails,
  /** 执行标的 */
  subjectAmount: z.optional(Fen),
  caseState: z.enum(['open', 'closed']),
});

/** A party to an open enforcement case (被执行人). */
export type EnforcementCaseParty = z.output<typeof EnforcementCaseParty>;

/** Schema of {@link DebtorRecord}: discriminated by `type`. */
export const DebtorRecord = z.discriminatedUnion('type', [DishonestDebtor, ConsumptionRestriction, EnforcementCaseParty]);

/** Any record a debtor search returns: a dishonest debtor, a consumption restriction or a case party. */
export type DebtorRecord = z.output<typeof DebtorRecord>;

/** 悬赏公告 (法释〔2017〕8号 Arts 21–24). */
export const RewardNotice = z.object({
  type: z.literal('reward-notice'),
  id: RecordId,
  caseNumber: NonEmptyText,
  courtName: NonEmptyText,
  /** As on debtor records: the enforcing court's code; absent, the one in `caseNumber`. */
  courtCode: z.optional(z.string()),
  debtor: z.object({
    partyKind: PartyKind,
    name: NonEmptyText,
    idNumber: z.optional(z.string()),
    creditCode: z.optional(z.string()),
  }),
  /** Fixed reward, in fen; or a formula, or both. */
  rewardAmount: z.optional(Fen),
  rewardFormula: z.optional(z.string()),
  conditions: NonEmptyText,
  contact: z.object({ phone: NonEmptyText, name: z.optional(z.string()) }),
  publishedOn: CalendarDate,
  validFrom: CalendarDate,
  validUntil: CalendarDate,
  removal: z.optional(Removal),
});

/** A reward notice for information leading to enforcement (悬赏公告). */
export type RewardNotice = z.output<typeof RewardNotice>;

/** Schema of {@link ExposureItem}: discriminated by `type`. */
export const ExposureItem = z.discriminatedUnion('type', [DishonestDebtor, ConsumptionRestriction, RewardNotice]);

/** One entry of the exposure board (曝光台). */
export type ExposureItem = z.output<typeof ExposureItem>;
