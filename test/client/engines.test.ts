import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const semver = require('semver') as { minVersion(range: string): { version: string } | null; satisfies(v: string, range: string): boolean };

const root = path.join(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[]; hasInstallScript?: boolean; optional?: boolean }>;
};

/** The package name of a lockfile key such as node_modules/a/node_modules/@b/c. */
const nameOf = (key: string) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

describe('npm install on the stated minimum Node: no EBADENGINE, no unreviewed install scripts', () => {
  it('the lowest Node that package.json engines allows satisfies every installed package’s engines', () => {
    const minimum = semver.minVersion(manifest.engines.node)!.version;
    const refused = Object.entries(lock.packages)
      .filter(([key, p]) => key && p.engines && !Array.isArray(p.engines) && p.engines.node && !semver.satisfies(minimum, p.engines.node))
      .map(([key, p]) => `${nameOf(key)}@${p.version} wants node ${(p.engines as { node: string }).node}`);
    assert.deepEqual(refused, [], `on Node ${minimum}`);
  });

  it('allowScripts decides for every package with an install script', () => {
    const allow = manifest.allowScripts as Record<string, boolean>;
    const undecided = Object.entries(lock.packages)
      .filter(([key, p]) => key && p.hasInstallScript && !(nameOf(key) in allow) && !(`${nameOf(key)}@${p.version}` in allow))
      .map(([key, p]) => `${nameOf(key)}@${p.version}`);
    assert.deepEqual(undecided, []);
  });
});
