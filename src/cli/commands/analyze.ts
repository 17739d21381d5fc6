/** `newslens analyze <file|url|->`: analyse one article and print a report, the JSON, or an HTML page. */
import { writeFile } from 'node:fs/promises';
import type { DocumentMeta } from '../../model/document.js';
import { helpFor } from '../../model/messages.js';
import { isKnownEncoding } from '../../read/charset.js';
import { normalizeDate } from '../../read/normalize-date.js';
import { DEFAULT_MAX_BYTES, type InputFormat } from '../../read/types.js';
import { CliError, EXIT, usageError } from '../errors.js';
import { parseByteSize, readInputBytes } from '../io.js';
import type { Command } from '../command.js';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'Analyse one article: entities, dates, quotes, claims, events, framing.',
  usage: 'newslens analyze <file|url|-> [--published DATE] [--outlet NAME] [--format text|json|html] [--output FILE]',
  options: {
    published: { type: 'string', help: 'publication date (YYYY-MM-DD or ISO timestamp): the anchor for "on Monday"' },
    outlet: { type: 'string', help: 'the outlet that published the article' },
    url: { type: 'string', help: 'the article URL, recorded in the metadata' },
    title: { type: 'string', help: 'the article title' },
    format: { type: 'string', help: 'output: text (a report, default), json (the Document) or html (a standalone page)' },
    'input-format': { type: 'string', help: 'how to read the input: auto (default: from the name, Content-Type and content), text, html, json or jsonl' },
    encoding: { type: 'string', help: 'the input encoding, when detection gets it wrong (utf-8, windows-1251, koi8-r, latin1, utf-16le...)' },
    'max-bytes': { type: 'string', help: `refuse inputs larger than this many bytes (suffixes k, M, G; default ${DEFAULT_MAX_BYTES / 1024 / 1024}M)` },
    output: { type: 'string', help: 'write the output to this file instead of standard output' },
  },
  async run({ values, positionals }) {
    const source = positionals[0];
    if (!source) throw usageError('analyze needs an input: a file path, a URL, or - for standard input');
    if (positionals.length > 1) throw usageError(`analyze takes one input, found ${positionals.length}`, 'To analyse many articles, use `newslens ingest`.');
    const format = (values.format as string | undefined) ?? 'text';
    if (!['text', 'json', 'html'].includes(format)) throw usageError(`--format must be text, json or html, found "${format}"`);
    const inputFormat = (values['input-format'] as string | undefined) ?? 'auto';
    if (!['auto', 'text', 'html', 'json', 'jsonl'].includes(inputFormat)) throw usageError(`--input-format must be auto, text, html, json or jsonl, found "${inputFormat}"`);
    const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : parseByteSize(values['max-bytes'] as string);
    if (maxBytes === undefined) throw usageError(`--max-bytes must be a positive size such as 20000000, 512k or 20M, found "${String(values['max-bytes'])}"`);
    const encoding = values.encoding as string | undefined;
    if (encoding !== undefined && !isKnownEncoding(encoding)) throw usageError(`--encoding "${encoding}" is not an encoding newslens knows`, 'Use a WHATWG label: utf-8, windows-1251, koi8-r, windows-1252 (latin1), iso-8859-2, utf-16le...');
    const published = values.published as string | undefined;
    if (published !== undefined && normalizeDate(published) === undefined) throw usageError(`--published must be a date (YYYY-MM-DD or an ISO 8601 timestamp), found "${published}"`);

    // The pipeline and the reports load here, not when `newslens` starts (help and --version stay instant).
    const [{ analyze }, input] = await Promise.all([import('../../analyze.js'), readInputBytes(source, maxBytes)]);
    const meta: DocumentMeta = {};
    if (published !== undefined) meta.publishedAt = normalizeDate(published)!;
    if (values.outlet !== undefined) meta.outlet = values.outlet as string;
    if (values.title !== undefined) meta.title = values.title as string;
    if (values.url !== undefined) meta.url = values.url as string;

    const doc = analyze(input.bytes, {
      meta,
      format: inputFormat as InputFormat,
      name: input.name,
      maxBytes,
      ...(encoding !== undefined ? { encoding } : {}),
      ...(input.contentType ? { contentType: input.contentType } : {}),
    });
    if (doc.status === 'failed') {
      const error = doc.messages.find((m) => m.severity === 'error');
      throw new CliError(`${input.name}: ${error?.message ?? 'the input could not be read'}${error ? ` [${error.code}]` : ''}`, EXIT.INPUT, error ? helpFor(error.code) : undefined);
    }
    const output = format === 'json' ? `${JSON.stringify(doc, null, 2)}\n`
      : format === 'html' ? (await import('../../report/html.js')).renderHtmlPage(doc) : (await import('../../report/text.js')).renderTextReport(doc);
    if (values.output) await writeFile(values.output as string, output);
    else process.stdout.write(output);
    for (const m of doc.messages) if (m.severity !== 'info') process.stderr.write(`${m.severity}: ${m.code} ${m.message}\n`);
    return doc.status === 'partial' ? EXIT.PARTIAL : EXIT.OK;
  },
};
