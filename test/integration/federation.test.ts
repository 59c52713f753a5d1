import { composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import buildGraphQLProvider from 'ra-data-graphql-simple';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness';

/**
 * The API composes into a larger platform: its subgraph SDL and a small second subgraph written here
 * (a newsroom's articles about exemplars and organizations) are composed into a supergraph with
 * @apollo/composition, served by @apollo/gateway, and one query crosses both ways.
 */
const PRESS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Article @key(fields: "id") {
    id: ID!
    title: String!
    exemplar: Exemplar!
    organization: Organization!
  }
  type Exemplar @key(fields: "id", resolvable: false) { id: ID! }
  type Organization @key(fields: "code") {
    code: String!
    articles: [Article!]!
  }
  type Query { articles: [Article!]! }
`;

let api: TestServer;
let press: ApolloServer;
let gateway: ApolloServer;
let gatewayUrl: string;
const exemplarIds: string[] = [];

async function post(url: string, query: string, variables: Record<string, unknown> = {}, token: string | null = api.token) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of two subgraphs, checked field by field below
  return (await res.json()) as { data?: Record<string, any>; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

beforeAll(async () => {
  api = await startTestServer();
  const [{ id: org }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM organization WHERE code = 'BACKAN.BABE.UBND'`);
  for (const name of ['Mô hình dân vận khéo', 'Mô hình nuôi cá lồng']) {
    const res = await api.gql<{ createExemplar: { id: string } }>(`mutation($n: String!, $o: ID!) { createExemplar(modelName: $n, discoveredVia: "PRESS_REPORT", organizationInChargeId: $o) { id } }`, { n: name, o: org });
    exemplarIds.push(res.body.data!.createExemplar.id);
  }
  const articles = exemplarIds.map((id, i) => ({ id: `A${i + 1}`, title: `Bài ${i + 1}: gương sáng Ba Bể`, exemplar: { id }, organization: { code: 'BACKAN.BABE.UBND' } }));
  press = new ApolloServer({
    schema: buildSubgraphSchema([
      {
        typeDefs: parse(PRESS_SDL),
        resolvers: {
          Query: { articles: () => articles },
          Organization: { articles: (o: { code: string }) => articles.filter((a) => a.organization.code === o.code), __resolveReference: (o: { code: string }) => o },
          Article: { __resolveReference: (a: { id: string }) => articles.find((x) => x.id === a.id) },
        } as never,
      },
    ]),
  });
  const { url: pressUrl } = await startStandaloneServer(press, { listen: { port: 0, host: '127.0.0.1' } });

  const sdl = (await post(api.graphqlUrl, `{ _service { sdl } }`)).data!._service.sdl as string;
  const composed = composeServices([
    { name: 'exemplar', typeDefs: parse(sdl), url: api.graphqlUrl },
    { name: 'press', typeDefs: parse(PRESS_SDL), url: pressUrl },
  ]);
  expect(composed.errors ?? []).toEqual([]);
  // The gateway passes the caller's credentials on to our subgraph, which applies its jurisdiction.
  gateway = new ApolloServer<{ authorization?: string }>({
    gateway: new ApolloGateway({
      supergraphSdl: composed.supergraphSdl!,
      buildService: ({ url }) =>
        new RemoteGraphQLDataSource<{ authorization?: string }>({
          url,
          willSendRequest({ request, context }) {
            if (context.authorization) request.http?.headers.set('authorization', context.authorization);
          },
        }),
    }),
  });
  ({ url: gatewayUrl } = await startStandaloneServer(gateway, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  }));
});
afterAll(async () => {
  await gateway?.stop();
  await press?.stop();
  await api?.close();
});

describe('the API as an Apollo Federation 2 subgraph', () => {
  it('publishes its SDL with the entities and their keys', async () => {
    const sdl = (await post(api.graphqlUrl, `{ _service { sdl } }`)).data!._service.sdl as string;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
    for (const [type, key] of [
      ['AdministrativeUnit', 'dataset code'],
      ['Organization', 'code'],
      ['Plan', 'code'],
      ['Exemplar', 'id'],
    ]) {
      expect(sdl).toMatch(new RegExp(`type ${type}[^{]*@key\\(fields: "${key}"\\)`));
    }
  });

  it('resolves a query through the gateway that crosses both subgraphs, both ways', async () => {
    const res = await post(gatewayUrl, `{ articles { title exemplar { displayName stage } organization { name articles { title } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.articles).toEqual([
      { title: 'Bài 1: gương sáng Ba Bể', exemplar: { displayName: 'Mô hình dân vận khéo', stage: 'CANDIDATE' }, organization: { name: expect.stringContaining('Ba Bể'), articles: [{ title: 'Bài 1: gương sáng Ba Bể' }, { title: 'Bài 2: gương sáng Ba Bể' }] } },
      { title: 'Bài 2: gương sáng Ba Bể', exemplar: { displayName: 'Mô hình nuôi cá lồng', stage: 'CANDIDATE' }, organization: expect.objectContaining({ articles: expect.any(Array) }) },
    ]);
    const ours = await post(gatewayUrl, `{ allOrganizations(filter: { code: "BACKAN.BABE.UBND" }) { code articles { title exemplar { id } } } }`);
    expect(ours.errors).toBeUndefined();
    expect(ours.data!.allOrganizations[0].articles.map((a: { exemplar: { id: string } }) => a.exemplar.id)).toEqual(exemplarIds);
  });

  it('serves the console\'s data provider the same through the gateway (introspection, lists, one record)', async () => {
    const provider = await buildGraphQLProvider({ clientOptions: { uri: gatewayUrl, headers: { authorization: `Bearer ${api.token}` } } });
    const list = await provider.getList('Organization', { pagination: { page: 1, perPage: 5 }, sort: { field: 'code', order: 'ASC' }, filter: { q: 'ba be' } });
    expect(list.total).toBeGreaterThan(0);
    const direct = await api.gql<{ _allOrganizationsMeta: { count: number } }>(`{ _allOrganizationsMeta(filter: { q: "ba be" }) { count } }`);
    expect(list.total).toBe(direct.body.data!._allOrganizationsMeta.count);
    const one = await provider.getOne('Organization', { id: list.data[0].id });
    expect(one.data.code).toBe(list.data[0].code);
  });

  it('applies the caller\'s jurisdiction through the gateway: nobody gets nothing, another province gets no entity', async () => {
    const anonymous = await post(gatewayUrl, `{ articles { title exemplar { displayName } } }`, {}, null);
    expect(anonymous.errors?.[0].extensions?.code ?? anonymous.errors?.[0].message).toMatch(/UNAUTHENTICATED|Sign in/);
    const [{ id: laoCai }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM administrative_unit WHERE dataset = 'VN-2025' AND code = '15'`);
    const analyst = await api.signedIn([{ role: 'ANALYST', unitId: laoCai }]);
    const outside = await post(gatewayUrl, `{ articles { title exemplar { displayName } } }`, {}, analyst.token);
    // Our subgraph resolves the two exemplars to null for her; the press schema holds them non-null, so
    // the gateway drops the articles with an error — and nothing of the exemplars reaches her.
    expect(outside.data).toBeNull();
    expect(JSON.stringify(outside)).not.toMatch(/Mô hình|dân vận|cá lồng/);
    const [{ id: thaiNguyen }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM administrative_unit WHERE dataset = 'VN-2025' AND code = '19'`);
    const inside = await post(gatewayUrl, `{ articles { exemplar { displayName } } }`, {}, (await api.signedIn([{ role: 'ANALYST', unitId: thaiNguyen }])).token);
    expect(inside.data?.articles?.map((a: { exemplar: { displayName: string } }) => a.exemplar.displayName)).toEqual(['Mô hình dân vận khéo', 'Mô hình nuôi cá lồng']);
  });

  it('_entities resolves many representations through the loaders: one statement per entity type and key', async () => {
    const [{ id: unit }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM administrative_unit WHERE code = '061' AND dataset = 'VN-2024'`);
    const representations = [
      ...exemplarIds.map((id) => ({ __typename: 'Exemplar', id })),
      { __typename: 'Organization', code: 'BACKAN.BABE.UBND' },
      { __typename: 'Organization', code: 'LAOCAI.UBND' },
      { __typename: 'Plan', code: 'SEED-001-BA-BE' },
      { __typename: 'AdministrativeUnit', dataset: 'VN-2025', code: '19' },
      { __typename: 'AdministrativeUnit', id: unit },
      { __typename: 'Organization', code: 'NO.SUCH.ORG' },
    ];
    const res = await api.gql<{ _entities: ({ __typename: string; name?: string; code?: string; modelName?: string } | null)[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Exemplar { modelName } ... on Organization { code } ... on Plan { code } ... on AdministrativeUnit { name } } }`,
      { r: representations },
    );
    expect(res.body.errors).toBeUndefined();
    const out = res.body.data!._entities;
    expect(out.map((e) => e?.__typename ?? null)).toEqual(['Exemplar', 'Exemplar', 'Organization', 'Organization', 'Plan', 'AdministrativeUnit', 'AdministrativeUnit', null]);
    expect(out[5]!.name).toBe('Tỉnh Thái Nguyên');
    // Exemplars by id; organizations by code, then by id; plans by code, then by id; units by dataset+code,
    // then by id (those given an id directly load a tick earlier): at most 8, whatever the number of representations.
    expect(res.statements).toBeLessThanOrEqual(8);
    const many = await api.db.query<{ id: string; code: string }>(`SELECT id::text AS id, code FROM administrative_unit WHERE dataset = 'VN-2025' ORDER BY id LIMIT 200`);
    const large = await api.gql<{ _entities: unknown[] }>(`query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Exemplar { modelName } ... on Organization { code } ... on Plan { code } ... on AdministrativeUnit { name } } }`, {
      r: [...representations, ...many.map((u) => ({ __typename: 'AdministrativeUnit', id: u.id })), ...many.map((u) => ({ __typename: 'AdministrativeUnit', dataset: 'VN-2025', code: u.code }))],
    });
    expect(large.body.data!._entities).toHaveLength(representations.length + 400);
    expect(large.statements).toBeLessThanOrEqual(8);
    const bad = await api.gql(`query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`, { r: [{ __typename: 'Person', id: '1' }] });
    expect(bad.body.errors?.[0].extensions).toMatchObject({ code: 'INVALID_VALUE', field: 'representations[0].__typename' });
  });
});
