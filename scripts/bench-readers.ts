/**
 * Reader speed: milliseconds per page for HTML extraction (parse, metadata, Readability, lines) on
 * the example page and on a synthetic heavy page (the example wrapped in 380 KB of scripts, styles,
 * icons, navigation and teasers, as real pages are), and MB/s for decoding text.
 * Usage: node .build/<you>/scripts/bench-readers.js [--json]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/data/paths.js';
import { readArticle } from '../src/read/index.js';

const example = readFileSync(join(PACKAGE_ROOT, 'examples', 'tbilisi-protest-arrests.html'), 'utf8');

/** The example page inside the furniture of a modern news site. */
function heavyPage(): string {
  const script = `<script>${Array.from({ length: 3000 }, (_, i) => `window.__cfg${i}={"a":${i},"b":"${'x'.repeat(60)}"};`).join('\n')}</script>`;
  const style = `<style>${'.c{color:red}\n'.repeat(2000)}</style>`;
  const icons = Array.from({ length: 300 }, (_, i) => `<svg class="icon" viewBox="0 0 24 24"><path d="M${i} 2L2 7l10 5 10-5-10-5z"/></svg>`).join('');
  const nav = `<nav><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a><ul>${Array.from({ length: 10 }, (_, j) => `<li><a href="/s/${i}/${j}">Sub ${j}</a></li>`).join('')}</ul></li>`).join('')}</ul></nav>`;
  const teasers = `<div class="promo-grid">${Array.from({ length: 60 }, (_, i) => `<div class="card"><a href="/a/${i}"><img src="/i/${i}.jpg"><h3>Headline number ${i} about something</h3></a><p>Teaser text for story ${i} goes here.</p></div>`).join('')}</div>`;
  return example.replace('</head>', `${script}${style}</head>`).replace('<main id="content">', `${icons}${nav}<main id="content">`).replace('<footer', `${teasers}<footer`);
}

function timePages(html: string, runs: number): { bytes: number; msPerPage: number; cpuMsPerPage: number } {
  const bytes = Buffer.from(html);
  for (let i = 0; i < 20; i++) readArticle(bytes, { name: 'page.html' }); // warm up the JIT
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) {
    const r = readArticle(bytes, { name: 'page.html' });
    if (!r.ok) throw new Error(`expected the page to read, found ${r.error.message}`);
  }
  const cpu = process.cpuUsage(cpu0);
  return { bytes: bytes.length, msPerPage: (performance.now() - t0) / runs, cpuMsPerPage: (cpu.user + cpu.system) / 1000 / runs };
}

function timeText(): { mb: number; mbPerSecond: number } {
  const text = Buffer.from('Police detained at least 37 people on Wednesday, the ministry said. «Мы проявили сдержанность», — заявил он.\n'.repeat(80_000));
  readArticle(text, { maxBytes: 64 * 1024 * 1024 });
  const t0 = performance.now();
  for (let i = 0; i < 5; i++) readArticle(text, { maxBytes: 64 * 1024 * 1024 });
  const seconds = (performance.now() - t0) / 1000 / 5;
  return { mb: text.length / 1024 / 1024, mbPerSecond: text.length / 1024 / 1024 / seconds };
}

const results = { examplePage: timePages(example, 200), heavyPage: timePages(heavyPage(), 50), utf8Text: timeText() };
if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
else {
  for (const [name, r] of Object.entries({ examplePage: results.examplePage, heavyPage: results.heavyPage })) {
    console.log(`${name.padEnd(12)} ${(r.bytes / 1024).toFixed(0).padStart(4)} KB  ${r.msPerPage.toFixed(2)} ms/page wall, ${r.cpuMsPerPage.toFixed(2)} ms/page CPU`);
  }
  console.log(`utf8Text     ${results.utf8Text.mb.toFixed(1)} MB  ${results.utf8Text.mbPerSecond.toFixed(0)} MB/s`);
}
