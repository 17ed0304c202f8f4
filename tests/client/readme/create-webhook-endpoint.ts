import { lucca } from "./client.js";
import { saveSecret } from "./my-app.js";

const endpoint = await lucca.createWebhookEndpoint({
  name: "HR sync",
  webhookUrl: "https://hooks.example.com/lucca",
  topics: ["employee.created", "employee.updated"], // "employee.craeted" does not compile
  extraTopics: ["payroll-run.created"], // topics newer than the package, sent unchecked
});
// Lucca returns the signing secret in this answer only: store it now.
await saveSecret(endpoint.id, endpoint.secret);
