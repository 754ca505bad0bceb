// zhixing-feed: the command a court clerk runs. Messages in zh-CN first, then en.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { extname } from 'node:path';
import { stat } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import type { Court as CourtType, Period } from '@zhixing/sdk';
import { parseMapping } from './mapping.js';
import type { ColumnMapping } from './mapping.js';
import { formatProblem } from './messages.js';
import { describeWithheld } from './pipeline.js';
import type { RecordType } from './rows.js';
import { TYPE_VALUES } from './mapping.js';
import { NotFoundError, buildFeed, correctRecords, feedCourt, removeRecords } from './ops.js';
import type { BuildReport, ProgressEvent } from './ops.js';
import { VersionError } from './version.js';
import { pruneShards } from './write.js';

const HELP = `zhixing-feed — 把法院导出的表格发布为 Zhixing 静态数据 / publish a court's export as a Zhixing static feed

用法 / usage:
  zhixing-feed build <表格.csv|.xlsx ...> --out <目录> [选项]
  zhixing-feed check <表格.csv|.xlsx ...> [选项]            只检查，不写入 / validate only
  zhixing-feed remove <记录编号...> --reason <原因> --out <目录> [--date YYYY-MM-DD]
  zhixing-feed correct <更正行.csv|.xlsx> --out <目录>
  zhixing-feed prune --out <目录> --keep <N>
  zhixing-feed upload <目录> --to s3://<存储桶>/<前缀>/ [选项]  上传到对象存储 / upload to object storage

build / check 选项 / options:
  --court <court.json>       法院信息（首次发布必需）；一个法院，或多个法院：带 courts 的 court.json 或法院数组
                             （第一个为发布法院），每行、每条统计须属于其中之一
                             / the court (needed the first time); several courts: a court.json with courts,
                             or an array of courts (the first publishes); every row and statistic must name one
  --stats <文件>             统计表 .csv/.xlsx 或 EnforcementStats .json（可多次）/ stats sheet or JSON (repeatable)
  --stats-period <开始..结束>  无统计表时按案件行计算该期间统计 / compute stats from case rows for start..end
  --mapping <mapping.json>   本地列名映射 / local header mapping
  --encoding <utf8|gb18030|gbk>  CSV 编码（默认自动识别）/ CSV encoding (default: detected)
  --sheet <名称|序号>         只读 .xlsx 的这一个工作表 / only this sheet
  --type <失信被执行人|限制消费人员|被执行人>  表中没有“类型”列时的类型 / type when there is no 类型 column
  --skip-invalid             发布有效行，列出被跳过的行 / publish the valid rows, list the skipped ones
  --exposure-extra <json>    曝光台附加条目（如悬赏公告）/ extra exposure items (reward notices)
  --exposure-period <id:开始..结束[:名称]>  曝光批次 / exposure batch
  --exposure-limit <N>       曝光台最多条数（默认 200；多个法院时为每个法院的条数）/ most exposure items (default 200; several courts: per court)
  --compact                  重写全部分片，而不是只写与已发布分片的差异（delta）/
                             write every shard anew instead of a delta over the published ones
  --legacy-exposure-limit <N>  曝光台不超过 N 条时另写完整的 exposure.json 供旧版读取（默认 10000）/
                             also write the whole board to exposure.json for older readers up to N entries (default 10000)
upload 选项 / options（任何 S3 兼容存储 / any S3-compatible store；密钥取自环境变量 / credentials from
  AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY）:
  --to s3://<存储桶>/<前缀>/   上传到哪里 / where to upload
  --endpoint <地址>          服务地址，如 https://s3.oss-cn-hangzhou.aliyuncs.com（默认 AWS）/ endpoint (default AWS)
  --region <地域>            存储桶所在地域，如 cn-hangzhou / the bucket's region
  --force-path-style         地址写成 服务地址/存储桶/对象（MinIO）/ path-style addresses (MinIO)
  --dry-run                  只列出将上传、删除的文件，不改动存储桶 / list what would be uploaded and deleted, change nothing
  --delete-after <小时>       不再引用的旧文件过多久才删除（默认 48）/ hours before unreferenced files are deleted (default 48)
  --concurrency <N>          同时上传的文件数（默认 4）/ files uploaded at the same time (default 4)
共用选项 / common options:
  --today <YYYY-MM-DD>       按这一天执行发布规则（默认今天）/ apply the rules as of this day
  --version <版本>           指定版本号（必须大于已发布的）/ explicit version (must be greater)
  --keep <N>                 只保留 N 个分片目录 / keep N shard directories
  --removals-days <N>        删除清单保留天数（默认 90）/ days removals stay listed (default 90)
  --json                     以 JSON 输出报告 / print the report as JSON

删除原因 / removal reasons: performed, settlement-performed, creditor-applied, no-property-after-termination,
  suspended, non-enforcement-or-termination, term-ended, wrongly-listed, lifted, other
详见 / see docs/publishing.md`;

type Out = { log: (line: string) => void; error: (line: string) => void };

function nowFrom(today: string | undefined): Date {
  if (!today) return new Date();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`--today ${today}: 应为 YYYY-MM-DD / must be YYYY-MM-DD`);
  // Noon in China on that day.
  return new Date(`${today}T12:00:00+08:00`);
}

function parsePeriod(text: string | undefined): Period | undefined {
  if (!text) return undefined;
  const m = /^(?:([A-Za-z0-9._-]+):)?(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})(?::(.+))?$/.exec(text);
  if (!m) throw new Error(`期间 ${text} 应写成 [编号:]2024-01-01..2024-06-30[:名称] / period must be [id:]start..end[:label]`);
  return { id: m[1] ?? `${m[2]}_${m[3]}`, start: m[2]!, end: m[3]!, ...(m[4] ? { label: m[4] } : {}) };
}

function progress(out: NodeJS.WriteStream): { onProgress?: (e: ProgressEvent) => void; stop: () => void } {
  if (!out.isTTY) return { stop: () => undefined };
  let bar: cliProgress.SingleBar | undefined;
  let file = '';
  let total = 0;
  return {
    onProgress: (e) => {
      if (e.file !== file) {
        bar?.stop();
        file = e.file;
        bar = undefined;
        total = 0;
        void stat(e.file).then((s) => {
          total = e.unit === 'bytes' ? s.size : 0;
        });
      }
      if (!bar && total > 2_000_000) {
        bar = new cliProgress.SingleBar({ stream: out, format: `${file.split('/').pop()} [{bar}] {percentage}% | {value}/{total} ${e.unit === 'bytes' ? '字节 bytes' : '行 rows'} | {eta}s`, hideCursor: true }, cliProgress.Presets.shades_classic);
        bar.start(total, 0);
      }
      bar?.update(Math.min(e.done, total));
    },
    stop: () => bar?.stop(),
  };
}

function printReport(report: BuildReport, out: Out, verb: 'build' | 'check'): void {
  const t = report.tally;
  out.log(`读取 ${t.rows} 行；可发布 ${t.published}；有错 ${t.invalid}；依法不发布 ${Object.values(t.withheld).reduce((a, b) => a + b, 0)}；身份证号已遮蔽 ${t.masked}${t.notes ? `；跳过说明行 ${t.notes}` : ''}`);
  out.log(`read ${t.rows} rows; publishable ${t.published}; with errors ${t.invalid}; withheld by the rules ${Object.values(t.withheld).reduce((a, b) => a + b, 0)}; IDs masked ${t.masked}${t.notes ? `; note rows skipped ${t.notes}` : ''}`);
  for (const line of describeWithheld(t)) out.log(`  不发布 / withheld: ${line}`);
  if (report.stats.length) out.log(`统计 / statistics: ${report.stats.map((s) => `${report.multiCourt ? `${s.courtId} ` : ''}${s.period.id} (${s.cases.closed}/${s.cases.accepted})`).join(', ')}`);
  if (report.problemCount) {
    out.error(`\n发现 ${report.problemCount} 个问题 / ${report.problemCount} problems:`);
    for (const p of report.problems) out.error(`- ${formatProblem(p)}`);
    if (report.problemCount > report.problems.length) out.error(`…以及另外 ${report.problemCount - report.problems.length} 个 / … and ${report.problemCount - report.problems.length} more`);
  }
  if (report.written && report.result) {
    const r = report.result;
    out.log(`\n已发布版本 ${r.version}${r.previousVersion ? `（上一版 ${r.previousVersion}）` : ''}：${r.recordCount} 条记录，${r.shardCount} 个分片，${r.hotNames} 个高频姓名，${r.files} 个文件，目录 debtors/${r.shardDir}/；曝光台 ${report.exposureItems} 条`);
    out.log(`published version ${r.version}${r.previousVersion ? ` (previous ${r.previousVersion})` : ''}: ${r.recordCount} records, ${r.shardCount} shards, ${r.hotNames} hot names, ${r.files} files in debtors/${r.shardDir}/; exposure ${report.exposureItems} items`);
    if (r.delta) {
      out.log(`增量发布：沿用分片目录，${r.delta.records} 条新增或变更、${r.delta.hidden} 条旧记录不再显示，写入 ${r.delta.files} 个差异文件 / delta: the shards are kept; ${r.delta.records} records new or changed, ${r.delta.hidden} earlier ones hidden, in ${r.delta.files} delta files`);
    } else if (r.compacted) {
      out.log(`重写全部分片（${r.compacted}）/ every shard written (${r.compacted})`);
    }
    out.log(`本版写入 ${r.written.files} 个文件（${(r.written.bytes / 1_048_576).toFixed(1)} MB），曝光台文件沿用 ${r.exposure.reused}/${r.exposure.files} / this version wrote ${r.written.files} files (${(r.written.bytes / 1_048_576).toFixed(1)} MB); board files kept ${r.exposure.reused}/${r.exposure.files}`);
    if (report.problemCount) out.log('已按 --skip-invalid 跳过上述有错的行 / the rows above were skipped (--skip-invalid)');
    if (report.pruned?.length) out.log(`已清理 / pruned: ${report.pruned.join(', ')}`);
  } else if (verb === 'build') {
    out.error('\n未写入任何文件：请改正后重新运行，或用 --skip-invalid 只发布有效行 / nothing was written: fix the rows and run again, or use --skip-invalid');
  }
}

async function readJsonFile(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

/** Runs the CLI; returns the exit code (0 ok, 1 problems or refused, 2 usage). */
export async function main(argv: string[], out: Out = { log: (l) => console.log(l), error: (l) => console.error(l) }): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    out.log(HELP);
    return command ? 0 : 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        court: { type: 'string' },
        stats: { type: 'string', multiple: true },
        'stats-period': { type: 'string' },
        mapping: { type: 'string' },
        encoding: { type: 'string' },
        sheet: { type: 'string' },
        type: { type: 'string' },
        'skip-invalid': { type: 'boolean' },
        'exposure-extra': { type: 'string' },
        'exposure-period': { type: 'string' },
        'exposure-limit': { type: 'string' },
        'legacy-exposure-limit': { type: 'string' },
        compact: { type: 'boolean' },
        today: { type: 'string' },
        version: { type: 'string' },
        keep: { type: 'string' },
        'removals-days': { type: 'string' },
        reason: { type: 'string' },
        date: { type: 'string' },
        json: { type: 'boolean' },
        to: { type: 'string' },
        endpoint: { type: 'string' },
        region: { type: 'string' },
        'force-path-style': { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        'delete-after': { type: 'string' },
        concurrency: { type: 'string' },
      },
    });
  } catch (error) {
    out.error(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  try {
    const now = nowFrom(values.today);
    const keep = values.keep ? Number(values.keep) : undefined;
    const removalsDays = values['removals-days'] ? Number(values['removals-days']) : undefined;
    const legacyExposureLimit = values['legacy-exposure-limit'] !== undefined ? Number(values['legacy-exposure-limit']) : undefined;
    if (legacyExposureLimit !== undefined && !(Number.isInteger(legacyExposureLimit) && legacyExposureLimit >= 0)) throw new UsageError(`--legacy-exposure-limit ${values['legacy-exposure-limit']}: 应为不小于 0 的整数 / must be a whole number ≥ 0`);
    const common = { now, ...(values.version ? { version: values.version } : {}), ...(keep ? { keep } : {}), ...(removalsDays ? { removalsDays } : {}), ...(legacyExposureLimit !== undefined ? { legacyExposureLimit } : {}), ...(values.compact ? { compact: true } : {}) };
    const mapping: ColumnMapping | undefined = values.mapping ? parseMapping(await readJsonFile(values.mapping)) : undefined;
    let defaultType: RecordType | undefined;
    if (values.type) {
      defaultType = TYPE_VALUES[values.type.replace(/\s/g, '')];
      if (!defaultType) throw new Error(`--type ${values.type}: 应为 失信被执行人、限制消费人员 或 被执行人 / unknown type`);
    }
    const needOut = () => {
      if (!values.out) throw new UsageError('缺少 --out <目录> / missing --out <dir>');
      return values.out;
    };
    switch (command) {
      case 'build':
      case 'check': {
        if (positionals.length === 0) throw new UsageError('请给出要读取的表格文件 / give the spreadsheet files to read');
        for (const p of positionals) if (!['.csv', '.txt', '.xlsx', '.xls'].includes(extname(p).toLowerCase())) throw new UsageError(`${p}: 只支持 .csv 和 .xlsx / only .csv and .xlsx`);
        let court: CourtType | undefined;
        if (values.court) {
          const given = await readJsonFile(values.court);
          try {
            court = feedCourt(given);
          } catch (error) {
            throw new Error(`${values.court}: ${(error as Error).message}`);
          }
        }
        const bar = progress(process.stderr);
        const exposurePeriod = parsePeriod(values['exposure-period']);
        const statsPeriod = parsePeriod(values['stats-period']);
        const report = await buildFeed({
          ...common,
          inputs: positionals,
          out: command === 'check' ? values.out ?? '.' : needOut(),
          ...(court ? { court } : {}),
          ...(values.stats ? { stats: values.stats } : {}),
          ...(statsPeriod ? { statsPeriod } : {}),
          ...(mapping ? { mapping } : {}),
          ...(values.encoding ? { encoding: values.encoding } : {}),
          ...(values.sheet ? { sheet: values.sheet } : {}),
          ...(defaultType ? { defaultType } : {}),
          skipInvalid: values['skip-invalid'] ?? false,
          dryRun: command === 'check',
          exposure: {
            ...(exposurePeriod ? { period: exposurePeriod } : {}),
            ...(values['exposure-limit'] ? { limit: Number(values['exposure-limit']) } : {}),
            ...(values['exposure-extra'] ? { extra: (await readJsonFile(values['exposure-extra'])) as unknown[] } : {}),
          },
          ...(bar.onProgress ? { onProgress: bar.onProgress } : {}),
        }).finally(() => bar.stop());
        if (values.json) out.log(JSON.stringify(report, null, 2));
        else printReport(report, out, command);
        return report.problemCount > 0 && !(report.written && values['skip-invalid']) ? 1 : 0;
      }
      case 'remove': {
        if (positionals.length === 0) throw new UsageError('请给出要删除的记录编号 / give the record ids to remove');
        if (!values.reason) throw new UsageError('缺少 --reason <原因> / missing --reason');
        const report = await removeRecords({ ...common, out: needOut(), ids: positionals, reason: values.reason, ...(values.date ? { date: values.date } : {}) });
        if (values.json) out.log(JSON.stringify(report, null, 2));
        else {
          out.log(`新版本 / new version ${report.version}${report.previousVersion ? ` (上一版 / previous ${report.previousVersion})` : ''}`);
          for (const line of report.diff) out.log(line);
          for (const w of report.withheld) out.log(`  同时按发布规则移出 / also withheld now: ${w.id} (${w.code})`);
          out.log('已从查询和曝光台移除，并列入 exposure.json 与 debtors/manifest.json 的删除清单 / removed from lookups and the board, listed in both removals lists');
        }
        return 0;
      }
      case 'correct': {
        if (positionals.length === 0) throw new UsageError('请给出更正行文件 / give the file with corrected rows');
        const report = await correctRecords({ ...common, out: needOut(), inputs: positionals, ...(mapping ? { mapping } : {}), ...(values.encoding ? { encoding: values.encoding } : {}), ...(values.sheet ? { sheet: values.sheet } : {}), ...(defaultType ? { defaultType } : {}) });
        if (values.json) out.log(JSON.stringify(report, null, 2));
        else if (!report.written) {
          for (const p of report.problems) out.error(`- ${formatProblem(p)}`);
          out.error('未写入任何文件 / nothing was written');
        } else {
          out.log(`新版本 / new version ${report.version}${report.previousVersion ? ` (上一版 / previous ${report.previousVersion})` : ''}`);
          for (const line of report.diff ?? []) out.log(line);
        }
        return report.written ? 0 : 1;
      }
      case 'prune': {
        if (!keep) throw new UsageError('缺少 --keep <N> / missing --keep <N>');
        const result = await pruneShards(needOut(), keep);
        out.log(`保留 / kept: ${result.kept.join(', ') || '-'}\n删除 / removed: ${result.removed.join(', ') || '-'}`);
        return 0;
      }
      case 'upload': {
        if (positionals.length !== 1) throw new UsageError('请给出一个数据目录 / give one feed folder');
        if (!values.to) throw new UsageError('缺少 --to s3://<存储桶>/<前缀>/ / missing --to s3://<bucket>/<prefix>/');
        // Loaded only here: the other commands never load the S3 client.
        const { UploadError, UploadUsageError, createS3Client, describeUpload, parseS3Url, uploadFeed } = await import('./upload.js');
        try {
          const target = parseS3Url(values.to);
          const endpoint = values.endpoint ? (/^https?:\/\//i.test(values.endpoint) ? values.endpoint : `https://${values.endpoint}`) : undefined;
          const client = createS3Client({ ...(endpoint ? { endpoint } : {}), ...(values.region ? { region: values.region } : {}), forcePathStyle: values['force-path-style'] ?? false });
          try {
            const report = await uploadFeed({
              dir: positionals[0]!,
              target,
              client,
              ...(endpoint ? { endpoint } : {}),
              dryRun: values['dry-run'] ?? false,
              ...(values['delete-after'] !== undefined ? { deleteAfterHours: Number(values['delete-after']) } : {}),
              ...(values.concurrency !== undefined ? { concurrency: Number(values.concurrency) } : {}),
              ...(values.json ? {} : { log: out.log }),
            });
            if (values.json) out.log(JSON.stringify(report, null, 2));
            else for (const line of describeUpload(report)) out.log(line);
            return 0;
          } finally {
            client.destroy();
          }
        } catch (error) {
          if (error instanceof UploadUsageError) throw new UsageError(error.message);
          if (!(error instanceof UploadError)) throw error;
          out.error(`错误 / error: ${error.message}`);
          if (error.report) out.error(`已上传 ${error.report.uploaded} 个文件，已删除 ${error.report.deleted.length} 个 / uploaded ${error.report.uploaded} files, deleted ${error.report.deleted.length} before the failure`);
          return 1;
        }
      }
      default:
        throw new UsageError(`未知命令 ${command} / unknown command ${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      out.error(`${error.message}\n\n${HELP}`);
      return 2;
    }
    if (error instanceof VersionError || error instanceof NotFoundError) {
      out.error(error.message);
      return 1;
    }
    out.error(`错误 / error: ${(error as Error).message}`);
    return 1;
  }
}

class UsageError extends Error {}
