import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildEventModel } from "../scripts/lib/model/event-model.js";
import { actionOf } from "../scripts/lib/model/topics.js";
import { loadSpec } from "../scripts/lib/spec/load-spec.js";
import { API_VERSION, REPO_ROOT } from "./paths.js";

type Json = Record<string, unknown>;

/**
 * Writes a copy of the spec with `factor` times as many topics into `root/spec/<version>/`: every
 * resource schema is cloned `factor - 1` times under a new resource type (`employee-x1`, …), each
 * clone gets the original's topics and examples. Also links core and the base tsconfig so the
 * generated package builds there. Returns the number of topics.
 */
export async function writeSyntheticSpec(root: string, factor: number): Promise<number> {
  const specFile = `spec/${API_VERSION}/openapi.yaml`;
  const spec = await loadSpec(join(REPO_ROOT, specFile), specFile);
  const model = buildEventModel(spec);
  const document = structuredClone(spec.document);
  const schemas = (document.components as Json).schemas as Record<string, Json>;
  const envelope = schemas[model.envelopeSchemaName]!;
  const topicEnum = ((envelope.properties as Json).topic as Json).enum as string[];
  const examplesDir = join(REPO_ROOT, `spec/${API_VERSION}/examples`);
  const outExamples = join(root, `spec/${API_VERSION}/examples`);
  await rm(root, { recursive: true, force: true });
  await cp(examplesDir, outExamples, { recursive: true });

  for (const topic of model.topics) {
    const action = actionOf(topic.topic);
    const original = schemas[topic.schemaName]!;
    const marked = original["x-lucca-resource"] !== undefined;
    const example = JSON.parse(
      await readFile(
        join(examplesDir, topic.topic, await firstExample(examplesDir, topic.topic)),
        "utf8",
      ),
    ) as Json;
    for (let copy = 1; copy < factor; copy++) {
      const resourceType = `${topic.resourceType}-x${copy}`;
      const schemaName = `${topic.schemaName}X${copy}`;
      if (schemas[schemaName] === undefined) {
        const clone = structuredClone(original);
        // A marked resource keeps its `type` values (they are discriminators, not the resource
        // name); an unmarked one is found by its `type` constant, so that is what changes.
        if (marked) clone["x-lucca-resource"] = resourceType;
        else
          clone.properties = {
            ...(clone.properties as Json),
            type: { type: "string", const: resourceType },
          };
        schemas[schemaName] = clone;
      }
      const newTopic = `${resourceType}.${action}`;
      topicEnum.push(newTopic);
      const data = example.data as Json;
      const event = {
        ...example,
        topic: newTopic,
        data: marked ? data : { ...data, type: resourceType },
      };
      await mkdir(join(outExamples, newTopic), { recursive: true });
      await writeFile(join(outExamples, newTopic, "example.json"), JSON.stringify(event, null, 2));
    }
  }
  // JSON is YAML, and much faster to write and read than YAML at this size.
  await writeFile(join(root, specFile), JSON.stringify(document));
  await cp(join(REPO_ROOT, "tsconfig.base.json"), join(root, "tsconfig.base.json"));
  await cp(join(REPO_ROOT, "LICENSE"), join(root, "LICENSE"));
  await mkdir(join(root, "node_modules/@lucca-events"), { recursive: true });
  await symlink(join(REPO_ROOT, "packages/core"), join(root, "node_modules/@lucca-events/core"));
  return topicEnum.length;
}

async function firstExample(dir: string, topic: string): Promise<string> {
  return (await readdir(join(dir, topic))).filter((file) => file.endsWith(".json")).sort()[0]!;
}

/**
 * Writes a copy of the spec with `topics` topics over the same resources: each resource gets more
 * actions (`employee.synthetic-1`, …) with the original's examples, as a version grows when Lucca
 * adds topics to the resources it has. Returns the number of topics.
 */
export async function writeManyTopicsSpec(root: string, topics: number): Promise<number> {
  const specFile = `spec/${API_VERSION}/openapi.yaml`;
  const spec = await loadSpec(join(REPO_ROOT, specFile), specFile);
  const model = buildEventModel(spec);
  const document = structuredClone(spec.document);
  const schemas = (document.components as Json).schemas as Record<string, Json>;
  const envelope = schemas[model.envelopeSchemaName]!;
  const topicEnum = ((envelope.properties as Json).topic as Json).enum as string[];
  const examplesDir = join(REPO_ROOT, `spec/${API_VERSION}/examples`);
  const outExamples = join(root, `spec/${API_VERSION}/examples`);
  await rm(root, { recursive: true, force: true });
  await cp(examplesDir, outExamples, { recursive: true });
  const resources = [...new Map(model.topics.map((t) => [t.resourceType, t.topic])).entries()];
  for (let index = 0; topicEnum.length < topics; index++) {
    const [resourceType, source] = resources[index % resources.length]!;
    const newTopic = `${resourceType}.synthetic-${Math.floor(index / resources.length) + 1}`;
    topicEnum.push(newTopic);
    const example = JSON.parse(
      await readFile(join(examplesDir, source, await firstExample(examplesDir, source)), "utf8"),
    ) as Json;
    await mkdir(join(outExamples, newTopic), { recursive: true });
    await writeFile(
      join(outExamples, newTopic, "example.json"),
      JSON.stringify({ ...example, topic: newTopic }, null, 2),
    );
  }
  await writeFile(join(root, specFile), JSON.stringify(document));
  await cp(join(REPO_ROOT, "LICENSE"), join(root, "LICENSE"));
  return topicEnum.length;
}
