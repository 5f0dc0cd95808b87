import { strict as assert } from 'assert';
import * as path from 'path';
import * as ts from 'typescript';
import { ruleTemplate, testTemplate } from '../../scripts/new-rule';
import { RULES_DIR } from '../../scripts/rule-files';

const ROOT = path.join(__dirname, '../..');

// Out of test:unit: it type-checks the engine (some ten seconds).
describe('npm run new:rule', () => {
  it('npm run new:rule scaffolds a rule file and a test that type-check beside the real rules', () => {
    // Compiled in memory, as if written to the rules folder, so the tree is left untouched.
    const rule = path.join(RULES_DIR, 'TBA-SCAFFOLD-CHECK.ts');
    const test = path.join(ROOT, 'test/engine/rules/TBA-SCAFFOLD-CHECK.test.ts');
    const virtual = new Map([
      [rule, ruleTemplate('TBA-SCAFFOLD-CHECK')],
      [test, testTemplate('TBA-SCAFFOLD-CHECK')],
    ]);
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      esModuleInterop: true,
      target: ts.ScriptTarget.ES2022,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      types: ['node', 'mocha'],
    };
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, lang, ...rest) =>
      virtual.has(name) ? ts.createSourceFile(name, virtual.get(name)!, lang) : getSourceFile(name, lang, ...rest);
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (name) => virtual.has(name) || fileExists(name);
    const program = ts.createProgram([rule, test], options, host);
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    assert.deepEqual(errors, []);
  });
});
