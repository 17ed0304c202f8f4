import type { EventModel } from "../model/event-model.js";
import { packageName } from "../model/naming.js";

/** The openapi-fetch major the generated `client` entry is written against. */
export const OPENAPI_FETCH_RANGE = "^0.17.0";

/** The version package's package.json; `version` stays whatever changesets last wrote. */
export function emitPackageJson(apiVersion: string, version: string, coreRange: string): string {
  const entry = (name: string) => ({
    types: `./dist/${name}.d.ts`,
    default: `./dist/${name}.js`,
  });
  const manifest = {
    name: packageName(apiVersion),
    version,
    description: `Typed, validated Lucca webhook events for API version ${apiVersion}.`,
    license: "MIT",
    keywords: ["lucca", "webhooks", "hr", "typescript", apiVersion],
    type: "module",
    sideEffects: false,
    engines: { node: ">=20.19" },
    exports: {
      ".": entry("index"),
      "./testing": entry("testing"),
      "./node": entry("node"),
      "./client": entry("client"),
      "./package.json": "./package.json",
    },
    files: ["dist"],
    // Scoped packages are private on npm unless told otherwise, whatever publishes them.
    publishConfig: { access: "public" },
    // Declarations from tsc, one bundled file per entry (scripts/lib/packaging/build-package.ts).
    scripts: { build: "tsx ../../scripts/build-package.ts" },
    // openapi-fetch only for the `client` entry point, which the issue asks to be built on it.
    dependencies: { "@lucca-events/core": coreRange, "openapi-fetch": OPENAPI_FETCH_RANGE },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The tsconfig files: one to type-check sources and tests, one to build `dist`. */
export function emitTsconfigs(): Record<string, string> {
  const check = {
    extends: "../../tsconfig.base.json",
    compilerOptions: { noEmit: true, types: ["node"] },
    include: ["src", "test"],
  };
  const build = {
    extends: "../../tsconfig.base.json",
    compilerOptions: { rootDir: "src", outDir: "dist", types: [] },
    include: ["src"],
  };
  return {
    "tsconfig.json": `${JSON.stringify(check, null, 2)}\n`,
    "tsconfig.build.json": `${JSON.stringify(build, null, 2)}\n`,
  };
}

/** The package README: install, a minimal receiver, and the topics with their payload types. */
export function emitReadme(
  apiVersion: string,
  model: EventModel,
  specFile = `spec/${apiVersion}/openapi.yaml`,
): string {
  const name = packageName(apiVersion);
  const sample =
    model.topics.find((topic) => topic.topic === "employee.created") ?? model.topics[0]!;
  const rows = model.topics.map(
    (topic) =>
      `| \`${topic.topic}\` | \`${topic.eventName}\` | \`${topic.typeName}\` | \`${topic.validatorName}\` |`,
  );
  return `<!-- Generated from ${specFile} by \`pnpm generate\`. Do not edit. -->

# ${name}

Typed events, ahead-of-time validators and webhook helpers for the Lucca API version
**${apiVersion}**. Use this package when your Lucca webhook endpoint was created with
\`apiVersion: "${apiVersion}"\`: the \`data\` of every event follows that version's schemas.

\`\`\`sh
npm install ${name}
\`\`\`

## A minimal receiver

\`\`\`ts
import { createWebhookHandler } from "${name}";

// (request: Request) => Promise<Response>: Cloudflare Workers, Deno, Bun, Next.js, Hono.
// For Node's http or Express, wrap it with toNodeListener from "${name}/node".
export const handler = createWebhookHandler({
  secret: process.env.LUCCA_WEBHOOK_SECRET!,
  on: {
    "${sample.topic}": async (event) => {
      console.log(event.data.id); // event.data is typed as ${sample.typeName}
    },
  },
});
\`\`\`

The handler answers the activation challenge, verifies \`Lucca-Signature\` over the raw body,
validates the event against its topic's schema and calls the handler of its topic.

## Topics

| topic | event type | \`data\` type | type guard |
| --- | --- | --- | --- |
${rows.join("\n")}

Topics Lucca adds later reach \`onUnknownTopic\` as \`UnknownLuccaEvent\`; they never break
compilation or delivery.

## Calling Lucca's API

\`${name}/client\` creates webhook endpoints and reads the events list, typed for this version:

\`\`\`ts
import { createLuccaClient } from "${name}/client";

const lucca = createLuccaClient({ baseUrl: "https://example.ilucca.net", clientId, clientSecret });
const { secret } = await lucca.createWebhookEndpoint({ name: "HR sync", webhookUrl, topics: ["${sample.topic}"] });
for await (const polled of lucca.events({ status: "failed" })) if (polled.ok) console.log(polled.event.topic);
\`\`\`

It handles tokens, \`Api-Version\`, retries of 429 and 503, and pagination; it is built on
openapi-fetch, which only this entry point loads.
`;
}
