import { spawnSync } from 'node:child_process';

export class MissingRequirementError extends Error {}

/** `java -version` prints to stderr: `openjdk version "17.0.15"` or `java version "1.8.0_392"`. */
export function javaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

export interface JavaRuntime {
  major: number;
  /** All that `java -version` says: names the exact build, which a class archive belongs to. */
  versionOutput: string;
}

export function requireJava(javaBin = 'java'): JavaRuntime {
  const result = spawnSync(javaBin, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new MissingRequirementError(
      `Java was not found (${javaBin}). The managed Neo4j 5.26 needs Java 17 or 21: install a JDK ` +
        '(apt-get install openjdk-17-jre-headless) or set NEO4J_URI to use an existing Neo4j server.',
    );
  }
  const versionOutput = `${result.stderr}${result.stdout}`;
  const major = javaMajorVersion(versionOutput);
  if (major === undefined || major < 17) {
    throw new MissingRequirementError(
      `Java ${major ?? '(unknown version)'} found at ${javaBin}; Neo4j 5.26 needs Java 17 or 21. ` +
        'Install Java 17 or point JAVA_HOME at one, or set NEO4J_URI to use an existing Neo4j server.',
    );
  }
  return { major, versionOutput };
}

export function requireMaven(mvnBin = 'mvn'): void {
  const result = spawnSync(mvnBin, ['-v'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new MissingRequirementError(
      'Maven (mvn) was not found: the first start resolves Neo4j from Maven Central with it. ' +
        'Install Maven (apt-get install maven) or set NEO4J_URI to use an existing Neo4j server.',
    );
  }
}
