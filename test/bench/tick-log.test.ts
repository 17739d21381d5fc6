/** The tick-log reader of bench/tick-profile.ts on a small hand-written V8 log. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readNativeSymbols, readTickLog, tally } from '../../bench/tick-log.js';

const LOG = [
  'shared-library,/usr/bin/node,0x400000,0x500000,0',
  'shared-library,/usr/bin/node,0x400000,0x600000,0',
  'shared-library,/usr/lib/x86_64-linux-gnu/libc.so.6,0xd0000,0xe0000,0',
  'code-creation,Builtin,2,10,0x1000,0x100,FindOrderedHashMapEntry',
  'code-creation,JS,10,20,0x7000,64,wordInfo file:///home/x/build/src/stages/pos/describe-words.js:71:25,0x9999,*',
  'code-creation,JS,10,21,0x8000,64,run file:///home/x/build/src/stages/pos/index.js:14:12,0x9998,^',
  'code-creation,RegExp,3,22,0x9000,32,^\\p{Lu}',
  // before the warm-up ends: not counted
  'tick,0x1010,500,0,0x0,0,0x7010',
  // a Map lookup called by wordInfo
  'tick,0x1010,2000,0,0x0,0,0x7010,0x8010',
  // wordInfo itself
  'tick,0x7020,2001,0,0x0,0',
  // C++ reached through a runtime entry, called from run
  'tick,0x550010,2002,0,0x0,0,0x420000,0x8010',
  // a regexp with no JS frame on its stack, libc, and an address nobody created
  'tick,0x9004,2003,0,0x0,0',
  'tick,0xd1000,2004,0,0x0,0,0x7010',
  'tick,0xfead0,2005,0,0x0,0',
].join('\n');

const NM = ['0000000000420000 T v8::internal::Runtime_StringToLowerCaseIntl(int)', '0000000000550000 t icu::toLower(int)', 'garbage line'].join('\n');

test('ticks after the warm-up are named, and builtins and C++ charged to the first JS frame below them', () => {
  const natives = readNativeSymbols(NM);
  assert.deepEqual(natives.map((s) => s.address), [0x420000, 0x550000]);
  const { ticks, skipped } = readTickLog(LOG, 1000, natives);
  assert.equal(skipped, 1);
  assert.equal(ticks.length, 6);
  assert.deepEqual(ticks[0], { top: 'Builtin:FindOrderedHashMapEntry', caller: 'JS:wordInfo src/stages/pos/describe-words.js:71:25*' });
  assert.deepEqual(ticks[1], { top: 'JS:wordInfo src/stages/pos/describe-words.js:71:25*', caller: 'JS:wordInfo src/stages/pos/describe-words.js:71:25*' });
  assert.deepEqual(ticks[2], { top: 'C++:icu::toLower(int)', caller: 'JS:run src/stages/pos/index.js:14:12^', entry: 'C++:v8::internal::Runtime_StringToLowerCaseIntl(int)' });
  assert.deepEqual(ticks[3], { top: 'RegExp:^\\p{Lu}', caller: '?' });
  assert.deepEqual(ticks[4], { top: 'lib:libc.so.6', caller: 'JS:wordInfo src/stages/pos/describe-words.js:71:25*' });
  assert.equal(ticks[5]!.top, '?');
});

test('without symbols a frame in the node binary reads C++, and tally counts largest first', () => {
  const { ticks } = readTickLog(LOG, 0);
  assert.equal(ticks.length, 7);
  assert.equal(ticks[3]!.top, 'C++');
  assert.deepEqual(tally(ticks, (t) => (t.top.startsWith('Builtin:') ? t.top : undefined)), [['Builtin:FindOrderedHashMapEntry', 2]]);
  assert.deepEqual(tally(ticks, (t) => t.caller.split(' ')[0])[0], ['JS:wordInfo', 4]);
});
