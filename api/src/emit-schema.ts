import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { buildAppSchema } from './graphql/schema';

/** Writes api/schema.graphql; a test fails when the committed file drifts from the code. */
const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../schema.graphql');
await writeFile(target, `${printSchema(await buildAppSchema())}\n`);
console.log(`Wrote ${target}`);
// The subgraph SDL (what `_service { sdl }` answers): for `rover supergraph compose` and Apollo Router.
const subgraph = path.resolve(path.dirname(target), 'subgraph.graphql');
const service = (await buildAppSchema()).getQueryType()!.getFields()._service.resolve as () => { sdl: string };
await writeFile(subgraph, `${service().sdl.trim()}\n`);
console.log(`Wrote ${subgraph}`);
