// Fault injection and request logging shared by the API mock and the static-feed mock: one pipeline
// turns a handler's normal answer into the HTTP response, applying whatever fault is switched on.
import { HttpResponse, delay } from 'msw';
import { maskResidentId, normalizeIdentifier, residentIdCheckChar } from '@zhixing/sdk';
import { pad2 } from './calendar.js';

export type Fault =
  /** Wait `ms` before answering normally. */
  | { kind: 'latency'; ms: number }
  /** Answer with this status (and a JSON error body); `retryAfter` seconds → `Retry-After`. */
  | { kind: 'status'; status: number; retryAfter?: number }
  /** 200 with a truncated JSON body. */
  | { kind: 'malformed-json' }
  /** 200 with a web page (`text/html`): a CMS answering a wrong address with its own page. */
  | { kind: 'web-page' }
  /** Corrupt `count` items of a record list (a debtor's filingDate, a notice's validUntil: 2023-02-30). */
  | { kind: 'invalid-records'; count: number }
  /** Send resident IDs in full (a leaking source: the SDK must mask them). */
  | { kind: 'unmasked-ids' }
  /** `HttpResponse.error()`: the fetch rejects as on a network failure. */
  | { kind: 'network-error' };

export type MockRoute = 'court' | 'stats' | 'exposure' | 'debtors';
export type FaultRoute = MockRoute | 'all';

export interface FaultScope {
  /** Which route(s) the fault hits; default 'all'. */
  route?: FaultRoute;
  /** How many matching requests get the fault before it clears itself; default: until cleared. */
  times?: number;
}

export interface LoggedRequest {
  method: string;
  url: string;
  route: MockRoute | 'unknown';
  /** Status sent; 0 for a network error. */
  status: number;
  ifNoneMatch?: string;
  /** Request headers, names lower-case. */
  headers: Record<string, string>;
  /** The fault applied to this request, if any. */
  fault?: Fault['kind'];
}

/** What both mocks expose for steering and observing them. */
export interface MockControls {
  /**
   * Switches a fault on for a route ('all' by default), replacing any fault set for that same scope;
   * `null` clears the scope's fault (no scope: every fault). A route-specific fault wins over 'all'.
   * List faults (`invalid-records`, `unmasked-ids`) only count requests whose answer has a record list.
   */
  setFault(fault: Fault | null, scope?: FaultScope): void;
  /** Every request the mock answered, oldest first. */
  readonly requests: LoggedRequest[];
  resetLog(): void;
}

/** A handler's normal answer, before faults. */
export interface Reply {
  status: number;
  /** JSON body; omitted for 304. */
  body?: unknown;
  headers?: Record<string, string>;
  /** The body property holding a record list (`items` or `records`): list faults apply there. */
  listKey?: 'items' | 'records';
}

interface ActiveFault {
  fault: Fault;
  route: FaultRoute;
  remaining: number;
}

const LIST_FAULTS: ReadonlySet<Fault['kind']> = new Set(['invalid-records', 'unmasked-ids']);
const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([101, 103, 204, 205, 304]);

/** Headers every mocked answer carries: JSON, and readable cross-origin (the widget's page is elsewhere). */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Retry-After, Date',
};

export function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

/** Whether an `If-None-Match` header matches `etag` (weak comparison, lists and `*` allowed). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag));
}

/**
 * A full resident ID for a masked one: the private original when known, else the first birth month/day
 * whose check character matches the published one (so it masks back to the published form).
 */
export function unmaskResidentId(masked: string, known?: string): string {
  if (known !== undefined && maskResidentId(known) === maskResidentId(masked)) return normalizeIdentifier(known);
  const value = normalizeIdentifier(masked);
  if (!/^\d{10}\*{4}\d{3}[\dX]$/.test(value)) return value;
  const check = value.charAt(17);
  for (let month = 1; month <= 12; month++) {
    for (let day = 1; day <= 28; day++) {
      const first17 = `${value.slice(0, 10)}${pad2(month)}${pad2(day)}${value.slice(14, 17)}`;
      if (residentIdCheckChar(first17) === check) return first17 + check;
    }
  }
  return value;
}

type Item = Record<string, unknown>;

function corrupt(item: unknown): unknown {
  if (typeof item !== 'object' || item === null) return item;
  const record = item as Item;
  // Not a real date: the contract's CalendarDate refuses it, the rest of the record is fine.
  return 'filingDate' in record ? { ...record, filingDate: '2023-02-30' } : { ...record, validUntil: '2023-02-30' };
}

function unmaskItem(item: unknown, fullIds: Readonly<Record<string, string>>): unknown {
  if (typeof item !== 'object' || item === null) return item;
  const record = item as Item;
  const known = typeof record.id === 'string' ? fullIds[record.id] : undefined;
  if (record.partyKind === 'natural-person' && typeof record.idNumber === 'string') {
    return { ...record, idNumber: unmaskResidentId(record.idNumber, known) };
  }
  const debtor = record.debtor as Item | undefined;
  if (debtor && debtor.partyKind === 'natural-person' && typeof debtor.idNumber === 'string') {
    return { ...record, debtor: { ...debtor, idNumber: unmaskResidentId(debtor.idNumber, known) } };
  }
  return record;
}

export interface FaultPipeline extends MockControls {
  /** Answers `request` for `route`: faults first, then `produce`'s normal reply. */
  respond(request: Request, route: MockRoute | 'unknown', produce: () => Reply): Promise<Response>;
  clearFaults(): void;
}

/**
 * The shared fault machinery.
 * @param fullIds record id → private full resident ID, for the `unmasked-ids` fault (else IDs are
 * reconstructed so that they mask back to the published form).
 */
export function createFaultPipeline(fullIds: () => Readonly<Record<string, string>> = () => ({})): FaultPipeline {
  let faults: ActiveFault[] = [];
  const requests: LoggedRequest[] = [];

  function find(route: MockRoute | 'unknown'): ActiveFault | undefined {
    return faults.find((f) => f.route === route) ?? faults.find((f) => f.route === 'all');
  }

  function consume(active: ActiveFault): void {
    active.remaining -= 1;
    if (active.remaining <= 0) faults = faults.filter((f) => f !== active);
  }

  function log(request: Request, route: MockRoute | 'unknown', status: number, fault?: Fault): void {
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    const ifNoneMatch = request.headers.get('if-none-match');
    requests.push({
      method: request.method,
      url: request.url,
      route,
      status,
      ...(ifNoneMatch !== null ? { ifNoneMatch } : {}),
      headers,
      ...(fault ? { fault: fault.kind } : {}),
    });
  }

  function toResponse(reply: Reply): Response {
    const headers = { ...COMMON_HEADERS, ...reply.headers };
    if (NULL_BODY_STATUSES.has(reply.status) || reply.body === undefined) {
      return new HttpResponse(null, { status: reply.status, headers });
    }
    return HttpResponse.json(reply.body as never, { status: reply.status, headers });
  }

  async function respond(request: Request, route: MockRoute | 'unknown', produce: () => Reply): Promise<Response> {
    const active = find(route);
    const fault = active?.fault;
    if (active && fault && !LIST_FAULTS.has(fault.kind)) {
      consume(active);
      switch (fault.kind) {
        case 'latency':
          await delay(fault.ms);
          break;
        case 'network-error':
          log(request, route, 0, fault);
          return HttpResponse.error();
        case 'status': {
          const headers: Record<string, string> = {};
          if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter);
          log(request, route, fault.status, fault);
          return toResponse({ status: fault.status, body: errorBody('mock-fault', `injected status ${fault.status}`), headers });
        }
        case 'malformed-json':
          log(request, route, 200, fault);
          return new HttpResponse('{"version":"1","items":[{"type":"dishonest-debtor","name":', {
            status: 200,
            headers: { ...COMMON_HEADERS, 'Content-Type': 'application/json' },
          });
        case 'web-page':
          log(request, route, 200, fault);
          return new HttpResponse('<!doctype html><html lang="zh-CN"><head><title>页面不存在</title></head><body><h1>您访问的栏目不存在</h1></body></html>', {
            status: 200,
            headers: { ...COMMON_HEADERS, 'Content-Type': 'text/html; charset=utf-8' },
          });
      }
    }
    const reply = produce();
    const listKey = reply.listKey;
    const list = listKey && reply.status === 200 ? (reply.body as Item | undefined)?.[listKey] : undefined;
    if (active && fault && LIST_FAULTS.has(fault.kind) && Array.isArray(list) && listKey) {
      consume(active);
      let items: unknown[];
      if (fault.kind === 'invalid-records') {
        items = list.map((item, i) => (i < fault.count ? corrupt(item) : item));
      } else {
        const ids = fullIds();
        items = list.map((item) => unmaskItem(item, ids));
      }
      log(request, route, reply.status, fault);
      return toResponse({ ...reply, body: { ...(reply.body as Item), [listKey]: items } });
    }
    log(request, route, reply.status, fault?.kind === 'latency' ? fault : undefined);
    return toResponse(reply);
  }

  return {
    respond,
    setFault(fault, scope = {}) {
      const route = scope.route ?? 'all';
      if (fault === null && scope.route === undefined) {
        faults = [];
        return;
      }
      faults = faults.filter((f) => f.route !== route);
      if (fault === null) return;
      const times = scope.times ?? Number.POSITIVE_INFINITY;
      if (!(times > 0)) return;
      faults.push({ fault, route, remaining: times });
    },
    clearFaults() {
      faults = [];
    },
    get requests() {
      return requests;
    },
    resetLog() {
      requests.length = 0;
    },
  };
}
