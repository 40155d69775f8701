import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';

const MODULE = path.join(__dirname, '..', '..', '..', 'src', 'db', 'no-delay.ts');
const PROBE = path.join(__dirname, '..', '..', 'helpers', 'no-delay-probe.js');

/**
 * The module patches `net` and `tls`, which every module registry of a process shares: any driver
 * created earlier in this worker would already have patched them. A fresh node process shows
 * node's default and the module's effect on it.
 */
function probeInFreshProcess(): Record<'before' | 'after', Record<string, boolean[]>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-no-delay-'));
  try {
    const compiled = ts.transpileModule(readFileSync(MODULE, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    });
    writeFileSync(path.join(dir, 'no-delay.js'), compiled.outputText);
    return JSON.parse(execFileSync(process.execPath, [PROBE, path.join(dir, 'no-delay.js')], { encoding: 'utf8' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('disableNagleOnOutgoingSockets', () => {
  it('makes the sockets net and tls open send small writes at once (TCP_NODELAY), applied once', () => {
    const noDelayCalls = { 'net.connect': [true], 'net.createConnection': [true], 'tls.connect': [true] };
    expect(probeInFreshProcess()).toEqual({
      // Node's default: Nagle on, setNoDelay never called on a client socket.
      before: { 'net.connect': [], 'net.createConnection': [], 'tls.connect': [] },
      after: noDelayCalls,
    });
  });
});
