import { spawn } from 'node:child_process';
import path from 'node:path';

/**
 * Runs neo4j-admin as the provisioned jars provide it (org.neo4j.cli.AdminTool: there is no
 * launcher script without a tarball) against one instance: NEO4J_HOME and NEO4J_CONF name its
 * home and conf, so it finds the same data directory as the server. Resolves with the output.
 */
export function runNeo4jAdmin(libDir: string, homeDir: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const admin = spawn('java', ['-cp', `${libDir}/*`, 'org.neo4j.cli.AdminTool', ...args], {
      env: { ...process.env, NEO4J_HOME: homeDir, NEO4J_CONF: path.join(homeDir, 'conf') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    admin.stdout.on('data', (d: Buffer) => (output += d.toString()));
    admin.stderr.on('data', (d: Buffer) => (output += d.toString()));
    admin.on('error', reject);
    // Only the command's name: its other arguments may be secret (set-initial-password).
    const name = args.slice(0, 2).join(' ');
    admin.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`neo4j-admin ${name} failed (exit ${code}): ${readableOutput(output)}`)),
    );
  });
}

/** Java's own error lines without stack frames or progress lines: what a user can act on. */
export function readableOutput(output: string): string {
  return output
    .split('\n')
    .filter((line) => !/^\s+at |^\s+\.\.\. \d+ more|^Files: \d+\/\d+/.test(line))
    .join('\n')
    .trim();
}
