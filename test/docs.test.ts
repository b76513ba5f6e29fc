import { readFileSync } from 'fs';
import { join } from 'path';
import { ALL_CHECKS } from '../src/core/checks/all-checks';

const read = (file: string) => readFileSync(join(__dirname, '..', file), 'utf8');

describe('the documentation', () => {
  it('lists every check with its severity in docs/checks.md, and no check that does not exist', () => {
    const rows = [...read('docs/checks.md').matchAll(/^\| `([a-z0-9-]+)` \| (error|warning) \|/gm)].map((m) => [m[1], m[2]]);
    expect(rows.sort()).toEqual(ALL_CHECKS.map((c) => [c.code, c.severity]).sort());
  });

  it('starts the README with exactly two commands', () => {
    const block = /```(?:sh|bash|shell)\n([\s\S]*?)```/.exec(read('README.md'))?.[1] ?? '';
    const commands = block.split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
    expect(commands).toEqual(['npm ci && npm run demo', 'npm test']);
  });
});

describe('docs/placeholders.md', () => {
  it('names every placeholder and row field of the catalogue', async () => {
    const { PLACEHOLDERS } = await import('../src/report/template/catalog');
    const doc = read('docs/placeholders.md');
    for (const p of PLACEHOLDERS) {
      if (p.kind === 'rows') for (const f of p.fields ?? []) expect(doc).toContain(`{{${p.name}.${f}}}`);
      else if (p.name.endsWith(':')) expect(doc).toContain(`\`{{${p.name}NAME}}\``);
      else expect(doc).toContain(`\`{{${p.name}}}\``);
    }
  });
});
