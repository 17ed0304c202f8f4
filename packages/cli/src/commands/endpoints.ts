import { required, listOf, stringOf, type Command } from "../command.js";
import { API_OPTIONS, clientOptionsOf, withApi } from "../credentials.js";
import { setEnvVariable } from "../env-file.js";
import { EXIT, UsageError } from "../exit-codes.js";
import { note, say, sayJson } from "../io.js";
import { createLuccaClient, TOPICS, type LuccaEventTopic } from "../lucca-version.js";

const JSON_OPTION = {
  json: { type: "boolean", description: "print JSON instead of text" },
} as const;

/** `endpoints create`: declares a webhook endpoint and prints its one-time secret. */
export const endpointsCreate: Command = {
  name: "endpoints create",
  summary: "declare a webhook endpoint; prints its signing secret, once",
  usage: "--url <https://…> --topic <topic>… [options]",
  options: {
    url: {
      type: "string",
      placeholder: "https://…",
      description: "where Lucca POSTs events (https only)",
    },
    topic: {
      type: "string",
      multiple: true,
      placeholder: "topic",
      description: "a topic to subscribe to, e.g. employee.created",
    },
    "extra-topic": {
      type: "string",
      multiple: true,
      placeholder: "topic",
      description: "a topic newer than this CLI, sent unchecked",
    },
    name: {
      type: "string",
      placeholder: "name",
      description: 'the endpoint\'s name; default "lucca-events"',
    },
    "env-file": {
      type: "string",
      placeholder: "file",
      description: "also write LUCCA_WEBHOOK_SECRET=<secret> to this dotenv file",
    },
    ...JSON_OPTION,
    ...API_OPTIONS,
  },
  details: [
    "Lucca returns the secret in this answer only: store it now (--env-file does).",
    "example: lucca-events endpoints create --url https://hooks.example.com/lucca --topic employee.created --env-file .env",
  ],
  async run(values, _positionals, io) {
    const webhookUrl = required(stringOf(values, "url"), "url");
    if (!URL.canParse(webhookUrl) || new URL(webhookUrl).protocol !== "https:") {
      throw new UsageError(
        `--url must be an https URL (Lucca delivers over https only), not ${webhookUrl}`,
      );
    }
    const topics = listOf(values, "topic");
    const unknown = topics.filter((topic) => !(TOPICS as readonly string[]).includes(topic));
    if (unknown.length > 0) {
      throw new UsageError(
        `unknown topic ${unknown.join(", ")}; pass topics newer than this CLI with --extra-topic`,
      );
    }
    const extraTopics = listOf(values, "extra-topic");
    if (topics.length + extraTopics.length === 0)
      throw new UsageError("at least one --topic is required");
    const options = clientOptionsOf(values, io);
    return withApi(io, async () => {
      const created = await createLuccaClient(options).createWebhookEndpoint({
        name: stringOf(values, "name") ?? "lucca-events",
        webhookUrl,
        topics: topics as LuccaEventTopic[],
        extraTopics,
      });
      const envFile = stringOf(values, "env-file");
      if (envFile !== undefined)
        await setEnvVariable(envFile, "LUCCA_WEBHOOK_SECRET", created.secret);
      if (values.json === true) sayJson(io, created);
      else {
        say(io, `created ${created.id}  ${created.status}  ${created.webhookUrl}`);
        say(io, `topics: ${created.topics.join(", ")}`);
        say(io, `secret: ${created.secret}`);
        note(io, "Lucca shows this secret once: store it now.");
      }
      if (envFile !== undefined) note(io, `LUCCA_WEBHOOK_SECRET written to ${envFile}`);
      return EXIT.ok;
    });
  },
};

/** `endpoints list`. */
export const endpointsList: Command = {
  name: "endpoints list",
  summary: "list the webhook endpoints",
  usage: "[options]",
  options: { ...JSON_OPTION, ...API_OPTIONS },
  async run(values, _positionals, io) {
    const options = clientOptionsOf(values, io);
    return withApi(io, async () => {
      const endpoints = await createLuccaClient(options).listWebhookEndpoints();
      if (values.json === true) sayJson(io, endpoints);
      else {
        for (const e of endpoints)
          say(io, `${e.id}  ${e.status}  ${e.webhookUrl}  ${e.topics.join(",")}`);
        if (values.quiet !== true) note(io, `${endpoints.length} endpoint(s)`);
      }
      return EXIT.ok;
    });
  },
};

/** `endpoints delete <id>`. */
export const endpointsDelete: Command = {
  name: "endpoints delete",
  summary: "delete a webhook endpoint",
  usage: "<id> [options]",
  options: { ...API_OPTIONS },
  async run(values, positionals, io) {
    const [id, ...rest] = positionals;
    if (id === undefined || rest.length > 0)
      throw new UsageError("expects exactly one endpoint id");
    const options = clientOptionsOf(values, io);
    return withApi(io, async () => {
      await createLuccaClient(options).deleteWebhookEndpoint(id);
      say(io, `deleted ${id}`);
      return EXIT.ok;
    });
  },
};
