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

  it('subgraph.graphql is the SDL the subgraph publishes (`_service { sdl }`), for composing a supergraph', async () => {
    const file = await readFile(path.resolve(path.dirname(committed), 'subgraph.graphql'), 'utf8');
    const schema = await buildAppSchema();
    const sdl = (await (schema.getQueryType()!.getFields()._service.resolve as () => { sdl: string })()).sdl;
    expect(file === `${sdl.trim()}\n`).toBe(true);
  });
});
