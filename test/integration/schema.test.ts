import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '@exemplar/api/schema';

const committed = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../api/schema.graphql');

describe('schema.graphql', () => {
  it('is committed and equal to the schema the code builds (run `pnpm schema:emit` after changing it)', async () => {
    const built = `${printSchema(await buildAppSchema())}\n`;
    expect(await readFile(committed, 'utf8')).toBe(built);
  });
});
