import { loadSpec } from "/work/main/scripts/lib/load-spec.js";
import { buildDefinitions } from "/work/main/scripts/lib/build-schemas.js";
import { buildEventModel } from "/work/main/scripts/lib/event-model.js";
const spec = await loadSpec("/work/main/spec/2024-11-01/openapi.yaml");
const defs = buildDefinitions(spec);
const model = buildEventModel(spec);
console.log(Object.keys(defs).join(" "));
console.log(JSON.stringify(model.topics.slice(0,2)), model.envelopeSchemaName);
for (const n of ["LuccaEventEnvelope","Employee","JobPosition","LeaveRequest"]) console.log(n, JSON.stringify(defs[n], null, 1));
