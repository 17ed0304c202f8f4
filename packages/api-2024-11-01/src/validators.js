// Generated from spec/2024-11-01/openapi.yaml by `pnpm generate`. Do not edit.
/* eslint-disable */
// validators.js
import { INT32, isDate, isDateTime, isEmail, isPhone, isUri } from "@lucca-events/core/formats";

// ajv-runtime.ts
function ucs2length(text) {
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 55296 && code <= 56319 && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if ((next & 64512) === 56320) index++;
    }
    length++;
  }
  return length;
}
function equal(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return a !== a && b !== b;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => equal(item, b[index]));
  }
  const aKeys = Object.keys(a);
  const bRecord = b;
  if (aKeys.length !== Object.keys(bRecord).length) return false;
  return aKeys.every((key) => Object.hasOwn(bRecord, key) && equal(a[key], bRecord[key]));
}
function prefixErrors(list, errors, path) {
  const merged = list === null ? [] : list;
  for (const error of errors) merged.push({ ...error, instancePath: path + error.instancePath });
  return merged;
}

// standard-schema-runtime.ts
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((token) => (/^(0|[1-9]\d*)$/.test(token) ? Number(token) : token));
}
function withStandardSchema(validate) {
  Object.defineProperty(validate, "~standard", {
    enumerable: false,
    value: {
      version: 1,
      vendor: "lucca-events",
      validate: (value) =>
        validate(value)
          ? { value }
          : {
              issues: (validate.errors ?? []).map((error) => ({
                message: error.message ?? `fails the "${error.keyword}" keyword`,
                path: pointerToPath(error.instancePath),
              })),
            },
    },
  });
  return validate;
}

// validators.js
var isBusinessEstablishmentCreatedEvent = /* @__PURE__ */ withStandardSchema(validate53);
var func1 = ucs2length;
var formats0 = isUri;
var formats2 = isDateTime;
var formats6 = isDate;
var schema23 = {
  description: "holidaysCalendar appears in some snapshots only; it is optional.",
  type: "object",
  required: ["id", "type", "url", "name"],
  properties: {
    id: { type: "string", minLength: 1 },
    type: { type: "string", const: "business-establishment" },
    url: { type: "string", format: "uri" },
    name: { type: "string", minLength: 1 },
    remoteId: { type: ["string", "null"] },
    isArchived: { type: "boolean" },
    legalEntity: { $ref: "#/$defs/LegalEntityReference" },
    isHeadquarters: { type: "boolean", default: false },
    taxIdentificationNumber: {
      anyOf: [{ $ref: "#/$defs/TaxIdentificationNumber" }, { type: "null" }],
    },
    industryCode: { anyOf: [{ $ref: "#/$defs/IndustryCode" }, { type: "null" }] },
    address: { anyOf: [{ $ref: "#/$defs/Address" }, { type: "null" }] },
    timezoneId: { type: "string", description: "IANA time zone." },
    holidaysCalendar: { $ref: "#/$defs/HolidaysCalendarReference" },
    lastArchivedAt: { type: ["string", "null"], format: "date-time", readOnly: true },
    createdAt: { $ref: "#/$defs/CreatedAt" },
    lastUpdatedAt: { $ref: "#/$defs/LastUpdatedAt" },
    links: { $ref: "#/$defs/NullableLinks" },
    embedded: { $ref: "#/$defs/NullableEmbedded" },
  },
};
var schema25 = {
  description: "Both `france\u2026` and `french\u2026` spellings are documented and accepted.",
  type: "object",
  required: ["format", "value"],
  properties: {
    format: {
      type: "string",
      enum: ["franceSIRET", "frenchSIRET", "franceSIREN", "frenchSIREN", "other"],
    },
    value: { type: "string" },
  },
};
var schema27 = {
  description: "Which fields may be null was not captured; null is accepted for the strings.",
  type: "object",
  properties: {
    addressLines: { type: "array", items: { type: "string" } },
    postalCode: { type: ["string", "null"] },
    locality: { type: ["string", "null"] },
    administrativeArea: { type: ["string", "null"] },
    countryCode: { $ref: "#/$defs/CountryCode" },
  },
};
var schema28 = {
  description: "ISO 3166-1 alpha-3 country code.",
  type: "string",
  enum: [
    "FRA",
    "ESP",
    "DEU",
    "CHE",
    "ITA",
    "GBR",
    "USA",
    "BEL",
    "CAN",
    "ABW",
    "AFG",
    "AGO",
    "AIA",
    "ALA",
    "ALB",
    "AND",
    "ARE",
    "ARG",
    "ARM",
    "ASM",
    "ATA",
    "ATF",
    "ATG",
    "AUS",
    "AUT",
    "AZE",
    "BDI",
    "BEN",
    "BES",
    "BFA",
    "BGD",
    "BGR",
    "BHR",
    "BHS",
    "BIH",
    "BLM",
    "BLR",
    "BLZ",
    "BMU",
    "BOL",
    "BRA",
    "BRB",
    "BRN",
    "BTN",
    "BVT",
    "BWA",
    "CAF",
    "CCK",
    "CHL",
    "CHN",
    "CIV",
    "CMR",
    "COD",
    "COG",
    "COK",
    "COL",
    "COM",
    "CPV",
    "CRI",
    "CUB",
    "CUW",
    "CXR",
    "CYM",
    "CYP",
    "CZE",
    "DJI",
    "DMA",
    "DNK",
    "DOM",
    "DZA",
    "ECU",
    "EGY",
    "ERI",
    "ESH",
    "EST",
    "ETH",
    "FIN",
    "FJI",
    "FLK",
    "FRO",
    "FSM",
    "GAB",
    "GEO",
    "GGY",
    "GHA",
    "GIB",
    "GIN",
    "GLP",
    "GMB",
    "GNB",
    "GNQ",
    "GRC",
    "GRD",
    "GRL",
    "GTM",
    "GUF",
    "GUM",
    "GUY",
    "HKG",
    "HMD",
    "HND",
    "HRV",
    "HTI",
    "HUN",
    "IDN",
    "IMN",
    "IND",
    "IOT",
    "IRL",
    "IRN",
    "IRQ",
    "ISL",
    "ISR",
    "JAM",
    "JEY",
    "JOR",
    "JPN",
    "KAZ",
    "KEN",
    "KGZ",
    "KHM",
    "KIR",
    "KNA",
    "KOR",
    "KWT",
    "LAO",
    "LBN",
    "LBR",
    "LBY",
    "LCA",
    "LIE",
    "LKA",
    "LSO",
    "LTU",
    "LUX",
    "LVA",
    "MAC",
    "MAF",
    "MAR",
    "MCO",
    "MDA",
    "MDG",
    "MDV",
    "MEX",
    "MHL",
    "MKD",
    "MLI",
    "MLT",
    "MMR",
    "MNE",
    "MNG",
    "MNP",
    "MOZ",
    "MRT",
    "MSR",
    "MTQ",
    "MUS",
    "MWI",
    "MYS",
    "MYT",
    "NAM",
    "NCL",
    "NER",
    "NFK",
    "NGA",
    "NIC",
    "NIU",
    "NLD",
    "NOR",
    "NPL",
    "NRU",
    "NZL",
    "OMN",
    "PAK",
    "PAN",
    "PCN",
    "PER",
    "PHL",
    "PLW",
    "PNG",
    "POL",
    "PRI",
    "PRK",
    "PRT",
    "PRY",
    "PSE",
    "PYF",
    "QAT",
    "REU",
    "ROU",
    "RUS",
    "RWA",
    "SAU",
    "SDN",
    "SEN",
    "SGP",
    "SGS",
    "SHN",
    "SJM",
    "SLB",
    "SLE",
    "SLV",
    "SMR",
    "SOM",
    "SPM",
    "SRB",
    "SSD",
    "STP",
    "SUR",
    "SVK",
    "SVN",
    "SWE",
    "SWZ",
    "SXM",
    "SYC",
    "SYR",
    "TCA",
    "TCD",
    "TGO",
    "THA",
    "TJK",
    "TKL",
    "TKM",
    "TLS",
    "TON",
    "TTO",
    "TUN",
    "TUR",
    "TUV",
    "TWN",
    "TZA",
    "UGA",
    "UKR",
    "UMI",
    "URY",
    "UZB",
    "VAT",
    "VCT",
    "VEN",
    "VGB",
    "VIR",
    "VNM",
    "VUT",
    "WLF",
    "WSM",
    "YEM",
    "ZAF",
    "ZMB",
    "ZWE",
  ],
};
var func0 = equal;
var formats18 = isDateTime;
var isBusinessEstablishmentDeletedEvent = /* @__PURE__ */ withStandardSchema(validate86);
var isBusinessEstablishmentUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate89);
var isCalendarEventCreatedEvent = /* @__PURE__ */ withStandardSchema(validate92);
var isCalendarEventDeletedEvent = /* @__PURE__ */ withStandardSchema(validate96);
var isCalendarEventUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate99);
var isDepartmentCreatedEvent = /* @__PURE__ */ withStandardSchema(validate102);
var schema44 = {
  description:
    "Not attached to a business establishment, so department events carry `businessEstablishment: null` (inferred).",
  type: "object",
  required: ["id", "type", "url", "name"],
  properties: {
    id: { type: "string", minLength: 1 },
    type: { type: "string", const: "department" },
    url: { type: "string", format: "uri" },
    name: { type: "string", minLength: 1, maxLength: 255 },
    remoteId: { type: ["string", "null"], maxLength: 255 },
    isArchived: { type: "boolean" },
    description: { type: ["string", "null"] },
    parent: { anyOf: [{ $ref: "#/$defs/DepartmentReference" }, { type: "null" }] },
    level: {
      type: "integer",
      format: "int32",
      minimum: 1,
      readOnly: true,
      description: "1 for a root department.",
    },
    manager: { anyOf: [{ $ref: "#/$defs/EmployeeReference" }, { type: "null" }] },
    sortOrder: { type: "integer", format: "int32", minimum: 0 },
    owningApplication: {
      type: ["string", "null"],
      minLength: 1,
      description: "When set, only that application may write the department.",
    },
    links: { $ref: "#/$defs/NullableLinks" },
    embedded: { $ref: "#/$defs/NullableEmbedded" },
  },
};
var formats28 = INT32;
var isDepartmentDeletedEvent = /* @__PURE__ */ withStandardSchema(validate112);
var isDepartmentUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate115);
var isEmployeePersonalRecordCreatedEvent = /* @__PURE__ */ withStandardSchema(validate118);
var schema50 = {
  description:
    "title accepts the longest documented enum; bankAccount accepts the three documented shapes; phoneNumber accepts null (latest pages).",
  type: "object",
  required: ["id", "type", "url", "employee"],
  properties: {
    id: { type: "string", minLength: 1 },
    type: { type: "string", const: "employee-personal-record" },
    url: { type: "string", format: "uri" },
    employee: { $ref: "#/$defs/EmployeeReference" },
    title: {
      type: "string",
      enum: ["unknown", "mister", "miss", "misses", "mizz", "doctor", "professor", "master"],
      default: "unknown",
    },
    legalGender: { type: "string", enum: ["unknown", "male", "female", "diverse"] },
    birthDate: { type: ["string", "null"], format: "date" },
    insuranceNumber: { anyOf: [{ $ref: "#/$defs/InsuranceNumber" }, { type: "null" }] },
    nationalitiesCountryCodes: {
      type: "array",
      maxItems: 1,
      items: { $ref: "#/$defs/CountryCode" },
    },
    bankAccount: { oneOf: [{ $ref: "#/$defs/BankAccount" }, { type: "null" }] },
    phoneNumber: { type: ["string", "null"], format: "phone" },
    email: {
      type: ["string", "null"],
      format: "email",
      minLength: 3,
      maxLength: 255,
      description: "Personal email.",
    },
    createdAt: { $ref: "#/$defs/CreatedAt" },
    lastUpdatedAt: { $ref: "#/$defs/LastUpdatedAt" },
    links: { $ref: "#/$defs/NullableLinks" },
    embedded: { $ref: "#/$defs/NullableEmbedded" },
  },
};
var formats38 = isPhone;
var formats40 = isEmail;
var schema51 = {
  description: "The value of format `other` is not validated by Lucca.",
  type: "object",
  required: ["format", "value"],
  properties: {
    format: { type: "string", enum: ["frenchSSN", "other"] },
    value: { type: "string" },
  },
};
var schema53 = {
  type: "object",
  required: ["format"],
  properties: {
    format: { type: "string", const: "iban" },
    bankName: { type: ["string", "null"] },
    accountIdentifier: { type: "string", description: "The IBAN." },
    bankIdentifier: { type: ["string", "null"], description: "The BIC." },
  },
};
var schema54 = {
  description: "Shape of an older documentation example.",
  deprecated: true,
  type: "object",
  required: ["format"],
  properties: {
    format: { type: "string", const: "iban" },
    iban: { type: "string" },
    bic: { type: ["string", "null"] },
  },
};
var schema55 = {
  type: "object",
  required: ["format"],
  properties: {
    format: { type: "string", const: "other" },
    bankName: { type: ["string", "null"] },
    accountNumber: { type: "string" },
    routingNumber: { type: ["string", "null"] },
  },
};
var isEmployeePersonalRecordUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate138);
var isEmployeeCreatedEvent = /* @__PURE__ */ withStandardSchema(validate141);
var schema58 = {
  description:
    "givenName/familyName accept up to 255 characters (one 2024-11-01 snapshot said 100); employeeNumber has no maximum (the latest pages say 50).",
  type: "object",
  required: ["id", "type", "url", "givenName", "familyName", "email"],
  properties: {
    id: { type: "string", minLength: 1 },
    type: { type: "string", const: "employee" },
    url: { type: "string", format: "uri" },
    givenName: { type: "string", minLength: 1, maxLength: 255 },
    familyName: { type: "string", minLength: 1, maxLength: 255 },
    email: {
      type: ["string", "null"],
      format: "email",
      minLength: 3,
      maxLength: 255,
      pattern: "^[^<>]*$",
      description: "Professional email; `<` and `>` are forbidden.",
    },
    remoteId: { type: ["string", "null"], minLength: 1, maxLength: 100 },
    portrait: { anyOf: [{ $ref: "#/$defs/PortraitReference" }, { type: "null" }] },
    employeeNumber: { type: ["string", "null"], minLength: 1 },
    status: { $ref: "#/$defs/EmploymentStatus" },
    birthDay: {
      description: "Derived from the personal record's birthDate; null accepted.",
      anyOf: [{ $ref: "#/$defs/BirthDay" }, { type: "null" }],
    },
    phoneNumber: {
      type: ["string", "null"],
      format: "phone",
      pattern: "^[\\+]?[(]?[0-9]{3}[)]?[-\\s\\.]?[0-9]{3}[-\\s\\.]?[0-9]{4,6}$",
    },
    applicableEmployment: { $ref: "#/$defs/EmploymentReference" },
    applicableJobPosition: { $ref: "#/$defs/JobPositionReference" },
    createdAt: { $ref: "#/$defs/CreatedAt" },
    lastUpdatedAt: { $ref: "#/$defs/LastUpdatedAt" },
    links: { $ref: "#/$defs/NullableLinks" },
    embedded: { $ref: "#/$defs/NullableEmbedded" },
  },
};
var pattern3 = new RegExp("^[^<>]*$", "u");
var pattern4 = new RegExp("^[\\+]?[(]?[0-9]{3}[)]?[-\\s\\.]?[0-9]{3}[-\\s\\.]?[0-9]{4,6}$", "u");
var schema60 = {
  description: "Read-only, computed from the employments.",
  type: "string",
  enum: ["active", "upcoming", "deactivated"],
  readOnly: true,
};
var isEmployeeDeletedEvent = /* @__PURE__ */ withStandardSchema(validate159);
var isEmployeeUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate162);
var isEmploymentCreatedEvent = /* @__PURE__ */ withStandardSchema(validate165);
var schema67 = {
  description:
    "links may hold `probationaryPeriods` (newer) or `trialPeriods` (older); both are plain keys of the open Links object.",
  type: "object",
  required: ["id", "type", "url", "start", "template"],
  properties: {
    id: { type: "string", minLength: 1 },
    type: { type: "string", const: "employment" },
    url: { type: "string", format: "uri" },
    start: { $ref: "#/$defs/EmploymentStart" },
    end: { anyOf: [{ $ref: "#/$defs/EmploymentEnd" }, { type: "null" }] },
    template: { $ref: "#/$defs/EmploymentTemplateReference" },
    remoteId: { type: ["string", "null"], minLength: 1, maxLength: 200 },
    employee: { $ref: "#/$defs/EmployeeReference" },
    legalEntity: { $ref: "#/$defs/LegalEntityReference" },
    status: { $ref: "#/$defs/EmploymentStatus" },
    document: { anyOf: [{ $ref: "#/$defs/FileReference" }, { type: "null" }] },
    createdAt: { $ref: "#/$defs/CreatedAt" },
    lastUpdatedAt: { $ref: "#/$defs/LastUpdatedAt" },
    links: { $ref: "#/$defs/NullableLinks" },
    embedded: { $ref: "#/$defs/NullableEmbedded" },
  },
};
var isEmploymentDeletedEvent = /* @__PURE__ */ withStandardSchema(validate184);
var isEmploymentUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate187);
var isJobPositionCreatedEvent = /* @__PURE__ */ withStandardSchema(validate190);
var schema75 = {
  description:
    "jobTitle accepts up to 1024 characters (one snapshot said 250); the changed-attribute list is `updatedAttributes` (newer) or `changedAttributes` (older), both accepted.",
  type: "object",
  required: ["id", "type", "url", "employment", "startsOn", "businessEstablishment", "department"],
  properties: {
    id: { type: "string", minLength: 1 },
    type: { type: "string", const: "job-position" },
    url: { type: "string", format: "uri" },
    employment: { $ref: "#/$defs/EmploymentReference" },
    startsOn: { type: "string", format: "date" },
    endsOn: {
      type: ["string", "null"],
      format: "date",
      readOnly: true,
      description: "Computed, inclusive.",
    },
    businessEstablishment: { $ref: "#/$defs/BusinessEstablishmentReference" },
    department: { $ref: "#/$defs/DepartmentReference" },
    remoteId: { type: ["string", "null"], minLength: 1, maxLength: 1024 },
    employee: { $ref: "#/$defs/EmployeeReference" },
    status: { $ref: "#/$defs/EmploymentStatus" },
    jobTitle: { type: ["string", "null"], maxLength: 1024 },
    jobQualification: { anyOf: [{ $ref: "#/$defs/JobQualificationReference" }, { type: "null" }] },
    manager: { anyOf: [{ $ref: "#/$defs/EmployeeReference" }, { type: "null" }] },
    occupationCategory: {
      anyOf: [{ $ref: "#/$defs/OccupationCategoryReference" }, { type: "null" }],
    },
    workingTimeArrangement: { $ref: "#/$defs/WorkingTimeArrangementReference" },
    document: { anyOf: [{ $ref: "#/$defs/FileReference" }, { type: "null" }] },
    notes: { type: ["string", "null"], maxLength: 500 },
    t9n: { $ref: "#/$defs/T9n" },
    updatedAttributes: {
      type: "array",
      items: { type: "string" },
      description: "Attributes changed compared with the previous job position.",
    },
    changedAttributes: {
      type: "array",
      items: { type: "string" },
      deprecated: true,
      description: "Older spelling of `updatedAttributes`.",
    },
    createdAt: { $ref: "#/$defs/CreatedAt" },
    lastUpdatedAt: { $ref: "#/$defs/LastUpdatedAt" },
    links: { $ref: "#/$defs/NullableLinks" },
    embedded: { $ref: "#/$defs/NullableEmbedded" },
  },
};
var isJobPositionDeletedEvent = /* @__PURE__ */ withStandardSchema(validate213);
var isJobPositionUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate216);
var isJobQualificationCreatedEvent = /* @__PURE__ */ withStandardSchema(validate219);
var isJobQualificationDeletedEvent = /* @__PURE__ */ withStandardSchema(validate230);
var isJobQualificationUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate233);
var isLeaveRequestDecisionCreatedEvent = /* @__PURE__ */ withStandardSchema(validate236);
var schema89 = {
  type: "object",
  required: ["id", "type", "url", "leaveRequest"],
  properties: {
    id: { type: "string", minLength: 1 },
    type: { type: "string", const: "leave-request-approval-decision" },
    url: { type: "string", format: "uri" },
    leaveRequest: { $ref: "#/$defs/LeaveRequestReference" },
    comment: { type: ["string", "null"] },
    createdAt: { $ref: "#/$defs/CreatedAt" },
    links: { $ref: "#/$defs/NullableLinks" },
    embedded: { $ref: "#/$defs/NullableEmbedded" },
  },
};
var isLeaveRequestCreatedEvent = /* @__PURE__ */ withStandardSchema(validate253);
var schema93 = {
  description: "status accepts `rejected` (the enum) and `denied` (the description's word).",
  type: "object",
  required: ["id", "type", "url", "status", "leaves", "createdAt", "lastUpdatedAt"],
  properties: {
    id: { type: "string", minLength: 1 },
    type: { type: "string", const: "leave-request" },
    url: { type: "string", format: "uri" },
    status: {
      type: "string",
      enum: ["pending", "approved", "rejected", "denied"],
      default: "pending",
    },
    leaves: { type: "array", minItems: 1, items: { $ref: "#/$defs/LeaveReference" } },
    employee: { $ref: "#/$defs/EmployeeReference" },
    expectedApprover: {
      description: "The next expected decision-maker.",
      anyOf: [{ $ref: "#/$defs/EmployeeReference" }, { type: "null" }],
    },
    createdAt: { $ref: "#/$defs/CreatedAt" },
    lastUpdatedAt: { $ref: "#/$defs/LastUpdatedAt" },
    links: { $ref: "#/$defs/NullableLinks" },
    embedded: { $ref: "#/$defs/NullableEmbedded" },
  },
};
var isLeaveRequestDeletedEvent = /* @__PURE__ */ withStandardSchema(validate265);
var isLeaveRequestUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate268);
var isLeaveCreatedEvent = /* @__PURE__ */ withStandardSchema(validate271);
var isLeaveDeletedEvent = /* @__PURE__ */ withStandardSchema(validate281);
var isLeaveUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate284);
var isLegalEntityCreatedEvent = /* @__PURE__ */ withStandardSchema(validate287);
var schema103 = {
  description: `lastArchivedAt also accepts the string "null" shown in the documentation's example.`,
  type: "object",
  required: ["id", "type", "url", "legalName", "countryCode", "currencyCode"],
  properties: {
    id: { type: "string", minLength: 1 },
    type: { type: "string", const: "legal-entity" },
    url: { type: "string", format: "uri" },
    legalName: { type: "string", minLength: 1, maxLength: 255 },
    countryCode: { $ref: "#/$defs/CountryCode" },
    currencyCode: { $ref: "#/$defs/CurrencyCode" },
    remoteId: { type: ["string", "null"] },
    isArchived: { type: "boolean" },
    taxIdentificationNumber: {
      anyOf: [{ $ref: "#/$defs/TaxIdentificationNumber" }, { type: "null" }],
    },
    industryCode: { anyOf: [{ $ref: "#/$defs/IndustryCode" }, { type: "null" }] },
    lastArchivedAt: {
      readOnly: true,
      anyOf: [
        { type: "string", format: "date-time" },
        { type: "null" },
        {
          type: "string",
          const: "null",
          deprecated: true,
          description: "Upstream documentation bug, accepted and meaning null.",
        },
      ],
    },
    createdAt: { $ref: "#/$defs/CreatedAt" },
    lastUpdatedAt: { $ref: "#/$defs/LastUpdatedAt" },
    links: { $ref: "#/$defs/NullableLinks" },
    embedded: { $ref: "#/$defs/NullableEmbedded" },
  },
};
var schema104 = {
  description: "ISO 4217 currency code (includes codes withdrawn recently but possibly stored).",
  type: "string",
  enum: [
    "EUR",
    "AED",
    "AFN",
    "ALL",
    "AMD",
    "ANG",
    "AOA",
    "ARS",
    "AUD",
    "AWG",
    "AZN",
    "BAM",
    "BBD",
    "BDT",
    "BGN",
    "BHD",
    "BIF",
    "BMD",
    "BND",
    "BOB",
    "BOV",
    "BRL",
    "BSD",
    "BTN",
    "BWP",
    "BYN",
    "BZD",
    "CAD",
    "CDF",
    "CHE",
    "CHF",
    "CHW",
    "CLF",
    "CLP",
    "CNY",
    "COP",
    "COU",
    "CRC",
    "CUC",
    "CUP",
    "CVE",
    "CZK",
    "DJF",
    "DKK",
    "DOP",
    "DZD",
    "EGP",
    "ERN",
    "ETB",
    "FJD",
    "FKP",
    "GBP",
    "GEL",
    "GHS",
    "GIP",
    "GMD",
    "GNF",
    "GTQ",
    "GYD",
    "HKD",
    "HNL",
    "HTG",
    "HUF",
    "IDR",
    "ILS",
    "INR",
    "IQD",
    "IRR",
    "ISK",
    "JMD",
    "JOD",
    "JPY",
    "KES",
    "KGS",
    "KHR",
    "KMF",
    "KPW",
    "KRW",
    "KWD",
    "KYD",
    "KZT",
    "LAK",
    "LBP",
    "LKR",
    "LRD",
    "LSL",
    "LYD",
    "MAD",
    "MDL",
    "MGA",
    "MKD",
    "MMK",
    "MNT",
    "MOP",
    "MRU",
    "MUR",
    "MVR",
    "MWK",
    "MXN",
    "MXV",
    "MYR",
    "MZN",
    "NAD",
    "NGN",
    "NIO",
    "NOK",
    "NPR",
    "NZD",
    "OMR",
    "PAB",
    "PEN",
    "PGK",
    "PHP",
    "PKR",
    "PLN",
    "PYG",
    "QAR",
    "RON",
    "RSD",
    "RUB",
    "RWF",
    "SAR",
    "SBD",
    "SCR",
    "SDG",
    "SEK",
    "SGD",
    "SHP",
    "SLE",
    "SLL",
    "SOS",
    "SRD",
    "SSP",
    "STN",
    "SVC",
    "SYP",
    "SZL",
    "THB",
    "TJS",
    "TMT",
    "TND",
    "TOP",
    "TRY",
    "TTD",
    "TWD",
    "TZS",
    "UAH",
    "UGX",
    "USD",
    "USN",
    "UYI",
    "UYU",
    "UYW",
    "UZS",
    "VED",
    "VES",
    "VND",
    "VUV",
    "WST",
    "XAF",
    "XAG",
    "XAU",
    "XBA",
    "XBB",
    "XBC",
    "XBD",
    "XCD",
    "XCG",
    "XDR",
    "XOF",
    "XPD",
    "XPF",
    "XPT",
    "XSU",
    "XTS",
    "XUA",
    "XXX",
    "YER",
    "ZAR",
    "ZMW",
    "ZWG",
    "ZWL",
  ],
};
var isLegalEntityDeletedEvent = /* @__PURE__ */ withStandardSchema(validate300);
var isLegalEntityUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate303);
var isOccupationCategoryCreatedEvent = /* @__PURE__ */ withStandardSchema(validate306);
var isOccupationCategoryDeletedEvent = /* @__PURE__ */ withStandardSchema(validate314);
var isOccupationCategoryUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate317);
var isTestCreatedEvent = /* @__PURE__ */ withStandardSchema(validate320);
var isLuccaEventEnvelope = /* @__PURE__ */ withStandardSchema(validate324);
function validate125(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!validate126(data)) {
    vErrors = prefixErrors(vErrors, validate126.errors, instancePath);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs2 = errors;
    if (!validate128(data)) {
      vErrors = prefixErrors(vErrors, validate128.errors, instancePath);
      errors = vErrors.length;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs3 = errors;
      if (!validate130(data)) {
        vErrors = prefixErrors(vErrors, validate130.errors, instancePath);
        errors = vErrors.length;
      }
      var _valid0 = _errs3 === errors;
      valid0 = valid0 || _valid0;
    }
  }
  if (!valid0) {
    const err0 = {
      instancePath,
      keyword: "anyOf",
      params: {},
      message: "must match a schema in anyOf",
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
    validate125.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate125.errors = vErrors;
  return errors === 0;
}
function validate75(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (data !== null && !validate76(data)) {
    vErrors = prefixErrors(vErrors, validate76.errors, instancePath);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs2 = errors;
    if (data !== null) {
      const err0 = {
        instancePath,
        keyword: "type",
        params: { type: "null" },
        message: "must be null",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err1 = {
      instancePath,
      keyword: "anyOf",
      params: {},
      message: "must match a schema in anyOf",
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
    validate75.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate75.errors = vErrors;
  return errors === 0;
}
function validate81(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (data !== null && !validate82(data)) {
    vErrors = prefixErrors(vErrors, validate82.errors, instancePath);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs2 = errors;
    if (data !== null) {
      const err0 = {
        instancePath,
        keyword: "type",
        params: { type: "null" },
        message: "must be null",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err1 = {
      instancePath,
      keyword: "anyOf",
      params: {},
      message: "must match a schema in anyOf",
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
    validate81.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate81.errors = vErrors;
  return errors === 0;
}
function validate238(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate239(data)) {
    vErrors = prefixErrors(vErrors, validate239.errors, instancePath);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs2 = errors;
  if (!validate246(data)) {
    vErrors = prefixErrors(vErrors, validate246.errors, instancePath);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err0 = {
      instancePath,
      keyword: "oneOf",
      params: { passingSchemas: passing0 },
      message: "must match exactly one schema in oneOf",
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
    validate238.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate238.errors = vErrors;
  return errors === 0;
}
function validate102(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("department.created" !== data.topic) {
          validate102.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "department.created" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate104(data.data)) {
            vErrors = prefixErrors(vErrors, validate104.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate102.errors = vErrors;
  return errors === 0;
}
function validate112(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("department.deleted" !== data.topic) {
          validate112.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "department.deleted" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate104(data.data)) {
            vErrors = prefixErrors(vErrors, validate104.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate112.errors = vErrors;
  return errors === 0;
}
function validate115(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("department.updated" !== data.topic) {
          validate115.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "department.updated" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate104(data.data)) {
            vErrors = prefixErrors(vErrors, validate104.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate115.errors = vErrors;
  return errors === 0;
}
function validate118(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("employee-personal-record.created" !== data.topic) {
          validate118.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "employee-personal-record.created" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate120(data.data)) {
            vErrors = prefixErrors(vErrors, validate120.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate118.errors = vErrors;
  return errors === 0;
}
function validate138(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("employee-personal-record.updated" !== data.topic) {
          validate138.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "employee-personal-record.updated" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate120(data.data)) {
            vErrors = prefixErrors(vErrors, validate120.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate138.errors = vErrors;
  return errors === 0;
}
function validate141(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("employee.created" !== data.topic) {
          validate141.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "employee.created" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate143(data.data)) {
            vErrors = prefixErrors(vErrors, validate143.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate141.errors = vErrors;
  return errors === 0;
}
function validate159(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("employee.deleted" !== data.topic) {
          validate159.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "employee.deleted" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate143(data.data)) {
            vErrors = prefixErrors(vErrors, validate143.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate159.errors = vErrors;
  return errors === 0;
}
function validate162(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("employee.updated" !== data.topic) {
          validate162.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "employee.updated" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate143(data.data)) {
            vErrors = prefixErrors(vErrors, validate143.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate162.errors = vErrors;
  return errors === 0;
}
function validate165(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("employment.created" !== data.topic) {
          validate165.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "employment.created" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate167(data.data)) {
            vErrors = prefixErrors(vErrors, validate167.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate165.errors = vErrors;
  return errors === 0;
}
function validate184(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("employment.deleted" !== data.topic) {
          validate184.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "employment.deleted" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate167(data.data)) {
            vErrors = prefixErrors(vErrors, validate167.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate184.errors = vErrors;
  return errors === 0;
}
function validate187(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("employment.updated" !== data.topic) {
          validate187.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "employment.updated" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate167(data.data)) {
            vErrors = prefixErrors(vErrors, validate167.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate187.errors = vErrors;
  return errors === 0;
}
function validate190(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("job-position.created" !== data.topic) {
          validate190.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "job-position.created" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate192(data.data)) {
            vErrors = prefixErrors(vErrors, validate192.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate190.errors = vErrors;
  return errors === 0;
}
function validate213(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("job-position.deleted" !== data.topic) {
          validate213.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "job-position.deleted" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate192(data.data)) {
            vErrors = prefixErrors(vErrors, validate192.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate213.errors = vErrors;
  return errors === 0;
}
function validate216(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("job-position.updated" !== data.topic) {
          validate216.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "job-position.updated" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate192(data.data)) {
            vErrors = prefixErrors(vErrors, validate192.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate216.errors = vErrors;
  return errors === 0;
}
function validate219(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("job-qualification.created" !== data.topic) {
          validate219.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "job-qualification.created" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate221(data.data)) {
            vErrors = prefixErrors(vErrors, validate221.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate219.errors = vErrors;
  return errors === 0;
}
function validate230(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("job-qualification.deleted" !== data.topic) {
          validate230.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "job-qualification.deleted" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate221(data.data)) {
            vErrors = prefixErrors(vErrors, validate221.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate230.errors = vErrors;
  return errors === 0;
}
function validate233(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("job-qualification.updated" !== data.topic) {
          validate233.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "job-qualification.updated" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate221(data.data)) {
            vErrors = prefixErrors(vErrors, validate221.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate233.errors = vErrors;
  return errors === 0;
}
function validate236(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("leave-request-decision.created" !== data.topic) {
          validate236.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "leave-request-decision.created" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate238(data.data)) {
            vErrors = prefixErrors(vErrors, validate238.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate236.errors = vErrors;
  return errors === 0;
}
function validate253(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("leave-request.created" !== data.topic) {
          validate253.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "leave-request.created" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate255(data.data)) {
            vErrors = prefixErrors(vErrors, validate255.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate253.errors = vErrors;
  return errors === 0;
}
function validate265(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("leave-request.deleted" !== data.topic) {
          validate265.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "leave-request.deleted" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate255(data.data)) {
            vErrors = prefixErrors(vErrors, validate255.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate265.errors = vErrors;
  return errors === 0;
}
function validate268(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("leave-request.updated" !== data.topic) {
          validate268.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "leave-request.updated" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate255(data.data)) {
            vErrors = prefixErrors(vErrors, validate255.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate268.errors = vErrors;
  return errors === 0;
}
function validate271(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("leave.created" !== data.topic) {
          validate271.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "leave.created" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate273(data.data)) {
            vErrors = prefixErrors(vErrors, validate273.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate271.errors = vErrors;
  return errors === 0;
}
function validate281(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("leave.deleted" !== data.topic) {
          validate281.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "leave.deleted" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate273(data.data)) {
            vErrors = prefixErrors(vErrors, validate273.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate281.errors = vErrors;
  return errors === 0;
}
function validate284(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("leave.updated" !== data.topic) {
          validate284.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "leave.updated" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate273(data.data)) {
            vErrors = prefixErrors(vErrors, validate273.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate284.errors = vErrors;
  return errors === 0;
}
function validate287(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("legal-entity.created" !== data.topic) {
          validate287.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "legal-entity.created" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate289(data.data)) {
            vErrors = prefixErrors(vErrors, validate289.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate287.errors = vErrors;
  return errors === 0;
}
function validate300(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("legal-entity.deleted" !== data.topic) {
          validate300.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "legal-entity.deleted" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate289(data.data)) {
            vErrors = prefixErrors(vErrors, validate289.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate300.errors = vErrors;
  return errors === 0;
}
function validate303(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("legal-entity.updated" !== data.topic) {
          validate303.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "legal-entity.updated" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate289(data.data)) {
            vErrors = prefixErrors(vErrors, validate289.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate303.errors = vErrors;
  return errors === 0;
}
function validate306(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("occupation-category.created" !== data.topic) {
          validate306.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "occupation-category.created" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate308(data.data)) {
            vErrors = prefixErrors(vErrors, validate308.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate306.errors = vErrors;
  return errors === 0;
}
function validate314(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("occupation-category.deleted" !== data.topic) {
          validate314.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "occupation-category.deleted" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate308(data.data)) {
            vErrors = prefixErrors(vErrors, validate308.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate314.errors = vErrors;
  return errors === 0;
}
function validate317(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("occupation-category.updated" !== data.topic) {
          validate317.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "occupation-category.updated" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate308(data.data)) {
            vErrors = prefixErrors(vErrors, validate308.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate317.errors = vErrors;
  return errors === 0;
}
function validate320(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("test.created" !== data.topic) {
          validate320.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "test.created" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate322(data.data)) {
            vErrors = prefixErrors(vErrors, validate322.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate320.errors = vErrors;
  return errors === 0;
}
function validate53(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("business-establishment.created" !== data.topic) {
          validate53.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "business-establishment.created" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate58(data.data)) {
            vErrors = prefixErrors(vErrors, validate58.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate53.errors = vErrors;
  return errors === 0;
}
function validate86(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("business-establishment.deleted" !== data.topic) {
          validate86.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "business-establishment.deleted" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate58(data.data)) {
            vErrors = prefixErrors(vErrors, validate58.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate86.errors = vErrors;
  return errors === 0;
}
function validate89(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("business-establishment.updated" !== data.topic) {
          validate89.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "business-establishment.updated" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate58(data.data)) {
            vErrors = prefixErrors(vErrors, validate58.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate89.errors = vErrors;
  return errors === 0;
}
function validate92(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("calendar-event.created" !== data.topic) {
          validate92.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "calendar-event.created" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate94(data.data)) {
            vErrors = prefixErrors(vErrors, validate94.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate92.errors = vErrors;
  return errors === 0;
}
function validate96(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("calendar-event.deleted" !== data.topic) {
          validate96.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "calendar-event.deleted" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate94(data.data)) {
            vErrors = prefixErrors(vErrors, validate94.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate96.errors = vErrors;
  return errors === 0;
}
function validate99(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (!validate54(data)) {
    vErrors = prefixErrors(vErrors, validate54.errors, instancePath);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        const _errs1 = errors;
        if ("calendar-event.updated" !== data.topic) {
          validate99.errors = [
            {
              instancePath: instancePath + "/topic",
              keyword: "const",
              params: { allowedValue: "calendar-event.updated" },
              message: "must be equal to constant",
            },
          ];
          return false;
        }
        var valid1 = _errs1 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.data !== void 0) {
          const _errs2 = errors;
          if (!validate94(data.data)) {
            vErrors = prefixErrors(vErrors, validate94.errors, instancePath + "/data");
            errors = vErrors.length;
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  validate99.errors = vErrors;
  return errors === 0;
}
function validate76(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        let data0 = data[key0];
        const _errs2 = errors;
        const _errs3 = errors;
        let valid1 = false;
        const _errs4 = errors;
        if (data0 !== null && !validate77(data0)) {
          vErrors = prefixErrors(
            vErrors,
            validate77.errors,
            instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
          );
          errors = vErrors.length;
        }
        var _valid0 = _errs4 === errors;
        valid1 = valid1 || _valid0;
        if (!valid1) {
          const _errs5 = errors;
          if (data0 !== null) {
            const err0 = {
              instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
              keyword: "type",
              params: { type: "null" },
              message: "must be null",
            };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          var _valid0 = _errs5 === errors;
          valid1 = valid1 || _valid0;
        }
        if (!valid1) {
          const err1 = {
            instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
            keyword: "anyOf",
            params: {},
            message: "must match a schema in anyOf",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
          validate76.errors = vErrors;
          return false;
        } else {
          errors = _errs3;
          if (vErrors !== null) {
            if (_errs3) {
              vErrors.length = _errs3;
            } else {
              vErrors = null;
            }
          }
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate76.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate76.errors = vErrors;
  return errors === 0;
}
function validate206(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        let data0 = data[key0];
        const _errs2 = errors;
        if (errors === _errs2) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            for (const key1 in data0) {
              const _errs5 = errors;
              if (typeof data0[key1] !== "string") {
                validate206.errors = [
                  {
                    instancePath:
                      instancePath +
                      "/" +
                      key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                      "/" +
                      key1.replace(/~/g, "~0").replace(/\//g, "~1"),
                    keyword: "type",
                    params: { type: "string" },
                    message: "must be string",
                  },
                ];
                return false;
              }
              var valid1 = _errs5 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate206.errors = [
              {
                instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
                keyword: "type",
                params: { type: "object" },
                message: "must be object",
              },
            ];
            return false;
          }
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate206.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate206.errors = vErrors;
  return errors === 0;
}
function validate82(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        let data0 = data[key0];
        const _errs2 = errors;
        if (errors === _errs2) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            for (const key1 in data0) {
              let data1 = data0[key1];
              const _errs5 = errors;
              if (!(data1 && typeof data1 == "object" && !Array.isArray(data1))) {
                validate82.errors = [
                  {
                    instancePath:
                      instancePath +
                      "/" +
                      key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                      "/" +
                      key1.replace(/~/g, "~0").replace(/\//g, "~1"),
                    keyword: "type",
                    params: { type: "object" },
                    message: "must be object",
                  },
                ];
                return false;
              }
              var valid1 = _errs5 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate82.errors = [
              {
                instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
                keyword: "type",
                params: { type: "object" },
                message: "must be object",
              },
            ];
            return false;
          }
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate82.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate82.errors = vErrors;
  return errors === 0;
}
function validate65(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.addressLines !== void 0) {
        let data0 = data.addressLines;
        const _errs1 = errors;
        if (errors === _errs1) {
          if (Array.isArray(data0)) {
            var valid1 = true;
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              const _errs3 = errors;
              if (typeof data0[i0] !== "string") {
                validate65.errors = [
                  {
                    instancePath: instancePath + "/addressLines/" + i0,
                    keyword: "type",
                    params: { type: "string" },
                    message: "must be string",
                  },
                ];
                return false;
              }
              var valid1 = _errs3 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate65.errors = [
              {
                instancePath: instancePath + "/addressLines",
                keyword: "type",
                params: { type: "array" },
                message: "must be array",
              },
            ];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.postalCode !== void 0) {
          let data2 = data.postalCode;
          const _errs5 = errors;
          if (typeof data2 !== "string" && data2 !== null) {
            validate65.errors = [
              {
                instancePath: instancePath + "/postalCode",
                keyword: "type",
                params: { type: schema27.properties.postalCode.type },
                message: "must be string,null",
              },
            ];
            return false;
          }
          var valid0 = _errs5 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.locality !== void 0) {
            let data3 = data.locality;
            const _errs7 = errors;
            if (typeof data3 !== "string" && data3 !== null) {
              validate65.errors = [
                {
                  instancePath: instancePath + "/locality",
                  keyword: "type",
                  params: { type: schema27.properties.locality.type },
                  message: "must be string,null",
                },
              ];
              return false;
            }
            var valid0 = _errs7 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.administrativeArea !== void 0) {
              let data4 = data.administrativeArea;
              const _errs9 = errors;
              if (typeof data4 !== "string" && data4 !== null) {
                validate65.errors = [
                  {
                    instancePath: instancePath + "/administrativeArea",
                    keyword: "type",
                    params: { type: schema27.properties.administrativeArea.type },
                    message: "must be string,null",
                  },
                ];
                return false;
              }
              var valid0 = _errs9 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.countryCode !== void 0) {
                const _errs11 = errors;
                if (!validate66(data.countryCode)) {
                  vErrors = prefixErrors(vErrors, validate66.errors, instancePath + "/countryCode");
                  errors = vErrors.length;
                }
                var valid0 = _errs11 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate65.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate65.errors = vErrors;
  return errors === 0;
}
function validate170(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.date !== void 0) {
        let data0 = data.date;
        const _errs1 = errors;
        if (errors === _errs1) {
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (!formats6(data0)) {
                validate170.errors = [
                  {
                    instancePath: instancePath + "/date",
                    keyword: "format",
                    params: { format: "date" },
                    message: 'must match format "date"',
                  },
                ];
                return false;
              }
            } else {
              validate170.errors = [
                {
                  instancePath: instancePath + "/date",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate170.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate170.errors = vErrors;
  return errors === 0;
}
function validate148(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.day !== void 0) {
        let data0 = data.day;
        const _errs1 = errors;
        if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
          validate148.errors = [
            {
              instancePath: instancePath + "/day",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
            },
          ];
          return false;
        }
        if (errors === _errs1) {
          if (typeof data0 == "number" && isFinite(data0)) {
            if (data0 > 31 || isNaN(data0)) {
              validate148.errors = [
                {
                  instancePath: instancePath + "/day",
                  keyword: "maximum",
                  params: { comparison: "<=", limit: 31 },
                  message: "must be <= 31",
                },
              ];
              return false;
            } else {
              if (data0 < 1 || isNaN(data0)) {
                validate148.errors = [
                  {
                    instancePath: instancePath + "/day",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 1 },
                    message: "must be >= 1",
                  },
                ];
                return false;
              }
            }
          }
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.month !== void 0) {
          let data1 = data.month;
          const _errs3 = errors;
          if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
            validate148.errors = [
              {
                instancePath: instancePath + "/month",
                keyword: "type",
                params: { type: "integer" },
                message: "must be integer",
              },
            ];
            return false;
          }
          if (errors === _errs3) {
            if (typeof data1 == "number" && isFinite(data1)) {
              if (data1 > 12 || isNaN(data1)) {
                validate148.errors = [
                  {
                    instancePath: instancePath + "/month",
                    keyword: "maximum",
                    params: { comparison: "<=", limit: 12 },
                    message: "must be <= 12",
                  },
                ];
                return false;
              } else {
                if (data1 < 1 || isNaN(data1)) {
                  validate148.errors = [
                    {
                      instancePath: instancePath + "/month",
                      keyword: "minimum",
                      params: { comparison: ">=", limit: 1 },
                      message: "must be >= 1",
                    },
                  ];
                  return false;
                }
              }
            }
          }
          var valid0 = _errs3 === errors;
        } else {
          var valid0 = true;
        }
      }
    } else {
      validate148.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate148.errors = vErrors;
  return errors === 0;
}
function validate168(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.date === void 0 && (missing0 = "date")) {
        validate168.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.date !== void 0) {
          let data0 = data.date;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (errors === _errs1) {
              if (typeof data0 === "string") {
                if (!formats6(data0)) {
                  validate168.errors = [
                    {
                      instancePath: instancePath + "/date",
                      keyword: "format",
                      params: { format: "date" },
                      message: 'must match format "date"',
                    },
                  ];
                  return false;
                }
              } else {
                validate168.errors = [
                  {
                    instancePath: instancePath + "/date",
                    keyword: "type",
                    params: { type: "string" },
                    message: "must be string",
                  },
                ];
                return false;
              }
            }
          }
        }
      }
    } else {
      validate168.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate168.errors = vErrors;
  return errors === 0;
}
function validate63(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.format === void 0 && (missing0 = "format")) ||
        (data.value === void 0 && (missing0 = "value"))
      ) {
        validate63.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.format !== void 0) {
          let data0 = data.format;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate63.errors = [
                  {
                    instancePath: instancePath + "/format",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate63.errors = [
                {
                  instancePath: instancePath + "/format",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.value !== void 0) {
            const _errs3 = errors;
            if (typeof data.value !== "string") {
              validate63.errors = [
                {
                  instancePath: instancePath + "/value",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate63.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate63.errors = vErrors;
  return errors === 0;
}
function validate61(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.format === void 0 && (missing0 = "format")) ||
        (data.value === void 0 && (missing0 = "value"))
      ) {
        validate61.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.format !== void 0) {
          let data0 = data.format;
          const _errs1 = errors;
          if (typeof data0 !== "string") {
            validate61.errors = [
              {
                instancePath: instancePath + "/format",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              },
            ];
            return false;
          }
          if (!(
            data0 === "franceSIRET" ||
            data0 === "frenchSIRET" ||
            data0 === "franceSIREN" ||
            data0 === "frenchSIREN" ||
            data0 === "other"
          )) {
            validate61.errors = [
              {
                instancePath: instancePath + "/format",
                keyword: "enum",
                params: { allowedValues: schema25.properties.format.enum },
                message: "must be equal to one of the allowed values",
              },
            ];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.value !== void 0) {
            const _errs3 = errors;
            if (typeof data.value !== "string") {
              validate61.errors = [
                {
                  instancePath: instancePath + "/value",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate61.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate61.errors = vErrors;
  return errors === 0;
}
function validate122(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.format === void 0 && (missing0 = "format")) ||
        (data.value === void 0 && (missing0 = "value"))
      ) {
        validate122.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.format !== void 0) {
          let data0 = data.format;
          const _errs1 = errors;
          if (typeof data0 !== "string") {
            validate122.errors = [
              {
                instancePath: instancePath + "/format",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              },
            ];
            return false;
          }
          if (!(data0 === "frenchSSN" || data0 === "other")) {
            validate122.errors = [
              {
                instancePath: instancePath + "/format",
                keyword: "enum",
                params: { allowedValues: schema51.properties.format.enum },
                message: "must be equal to one of the allowed values",
              },
            ];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.value !== void 0) {
            const _errs3 = errors;
            if (typeof data.value !== "string") {
              validate122.errors = [
                {
                  instancePath: instancePath + "/value",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate122.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate122.errors = vErrors;
  return errors === 0;
}
function validate126(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.format === void 0 && (missing0 = "format")) {
        validate126.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.format !== void 0) {
          let data0 = data.format;
          const _errs1 = errors;
          if (typeof data0 !== "string") {
            validate126.errors = [
              {
                instancePath: instancePath + "/format",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              },
            ];
            return false;
          }
          if ("iban" !== data0) {
            validate126.errors = [
              {
                instancePath: instancePath + "/format",
                keyword: "const",
                params: { allowedValue: "iban" },
                message: "must be equal to constant",
              },
            ];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.bankName !== void 0) {
            let data1 = data.bankName;
            const _errs3 = errors;
            if (typeof data1 !== "string" && data1 !== null) {
              validate126.errors = [
                {
                  instancePath: instancePath + "/bankName",
                  keyword: "type",
                  params: { type: schema53.properties.bankName.type },
                  message: "must be string,null",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.accountIdentifier !== void 0) {
              const _errs5 = errors;
              if (typeof data.accountIdentifier !== "string") {
                validate126.errors = [
                  {
                    instancePath: instancePath + "/accountIdentifier",
                    keyword: "type",
                    params: { type: "string" },
                    message: "must be string",
                  },
                ];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.bankIdentifier !== void 0) {
                let data3 = data.bankIdentifier;
                const _errs7 = errors;
                if (typeof data3 !== "string" && data3 !== null) {
                  validate126.errors = [
                    {
                      instancePath: instancePath + "/bankIdentifier",
                      keyword: "type",
                      params: { type: schema53.properties.bankIdentifier.type },
                      message: "must be string,null",
                    },
                  ];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate126.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate126.errors = vErrors;
  return errors === 0;
}
function validate130(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.format === void 0 && (missing0 = "format")) {
        validate130.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.format !== void 0) {
          let data0 = data.format;
          const _errs1 = errors;
          if (typeof data0 !== "string") {
            validate130.errors = [
              {
                instancePath: instancePath + "/format",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              },
            ];
            return false;
          }
          if ("other" !== data0) {
            validate130.errors = [
              {
                instancePath: instancePath + "/format",
                keyword: "const",
                params: { allowedValue: "other" },
                message: "must be equal to constant",
              },
            ];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.bankName !== void 0) {
            let data1 = data.bankName;
            const _errs3 = errors;
            if (typeof data1 !== "string" && data1 !== null) {
              validate130.errors = [
                {
                  instancePath: instancePath + "/bankName",
                  keyword: "type",
                  params: { type: schema55.properties.bankName.type },
                  message: "must be string,null",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.accountNumber !== void 0) {
              const _errs5 = errors;
              if (typeof data.accountNumber !== "string") {
                validate130.errors = [
                  {
                    instancePath: instancePath + "/accountNumber",
                    keyword: "type",
                    params: { type: "string" },
                    message: "must be string",
                  },
                ];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.routingNumber !== void 0) {
                let data3 = data.routingNumber;
                const _errs7 = errors;
                if (typeof data3 !== "string" && data3 !== null) {
                  validate130.errors = [
                    {
                      instancePath: instancePath + "/routingNumber",
                      keyword: "type",
                      params: { type: schema55.properties.routingNumber.type },
                      message: "must be string,null",
                    },
                  ];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate130.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate130.errors = vErrors;
  return errors === 0;
}
function validate128(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.format === void 0 && (missing0 = "format")) {
        validate128.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.format !== void 0) {
          let data0 = data.format;
          const _errs1 = errors;
          if (typeof data0 !== "string") {
            validate128.errors = [
              {
                instancePath: instancePath + "/format",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              },
            ];
            return false;
          }
          if ("iban" !== data0) {
            validate128.errors = [
              {
                instancePath: instancePath + "/format",
                keyword: "const",
                params: { allowedValue: "iban" },
                message: "must be equal to constant",
              },
            ];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.iban !== void 0) {
            const _errs3 = errors;
            if (typeof data.iban !== "string") {
              validate128.errors = [
                {
                  instancePath: instancePath + "/iban",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.bic !== void 0) {
              let data2 = data.bic;
              const _errs5 = errors;
              if (typeof data2 !== "string" && data2 !== null) {
                validate128.errors = [
                  {
                    instancePath: instancePath + "/bic",
                    keyword: "type",
                    params: { type: schema54.properties.bic.type },
                    message: "must be string,null",
                  },
                ];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate128.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate128.errors = vErrors;
  return errors === 0;
}
function validate77(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.href === void 0 && (missing0 = "href")) {
        validate77.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.href !== void 0) {
          if (typeof data.href !== "string") {
            validate77.errors = [
              {
                instancePath: instancePath + "/href",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
              },
            ];
            return false;
          }
        }
      }
    } else {
      validate77.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate77.errors = vErrors;
  return errors === 0;
}
function validate120(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url")) ||
        (data.employee === void 0 && (missing0 = "employee"))
      ) {
        validate120.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate120.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate120.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate120.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("employee-personal-record" !== data1) {
              validate120.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "employee-personal-record" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate120.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate120.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.employee !== void 0) {
                const _errs7 = errors;
                if (!validate107(data.employee)) {
                  vErrors = prefixErrors(vErrors, validate107.errors, instancePath + "/employee");
                  errors = vErrors.length;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.title !== void 0) {
                  let data4 = data.title;
                  const _errs8 = errors;
                  if (typeof data4 !== "string") {
                    validate120.errors = [
                      {
                        instancePath: instancePath + "/title",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                  if (!(
                    data4 === "unknown" ||
                    data4 === "mister" ||
                    data4 === "miss" ||
                    data4 === "misses" ||
                    data4 === "mizz" ||
                    data4 === "doctor" ||
                    data4 === "professor" ||
                    data4 === "master"
                  )) {
                    validate120.errors = [
                      {
                        instancePath: instancePath + "/title",
                        keyword: "enum",
                        params: { allowedValues: schema50.properties.title.enum },
                        message: "must be equal to one of the allowed values",
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.legalGender !== void 0) {
                    let data5 = data.legalGender;
                    const _errs10 = errors;
                    if (typeof data5 !== "string") {
                      validate120.errors = [
                        {
                          instancePath: instancePath + "/legalGender",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                        },
                      ];
                      return false;
                    }
                    if (!(
                      data5 === "unknown" ||
                      data5 === "male" ||
                      data5 === "female" ||
                      data5 === "diverse"
                    )) {
                      validate120.errors = [
                        {
                          instancePath: instancePath + "/legalGender",
                          keyword: "enum",
                          params: { allowedValues: schema50.properties.legalGender.enum },
                          message: "must be equal to one of the allowed values",
                        },
                      ];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.birthDate !== void 0) {
                      let data6 = data.birthDate;
                      const _errs12 = errors;
                      if (typeof data6 !== "string" && data6 !== null) {
                        validate120.errors = [
                          {
                            instancePath: instancePath + "/birthDate",
                            keyword: "type",
                            params: { type: schema50.properties.birthDate.type },
                            message: "must be string,null",
                          },
                        ];
                        return false;
                      }
                      if (errors === _errs12) {
                        if (errors === _errs12) {
                          if (typeof data6 === "string") {
                            if (!formats6(data6)) {
                              validate120.errors = [
                                {
                                  instancePath: instancePath + "/birthDate",
                                  keyword: "format",
                                  params: { format: "date" },
                                  message: 'must match format "date"',
                                },
                              ];
                              return false;
                            }
                          }
                        }
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.insuranceNumber !== void 0) {
                        let data7 = data.insuranceNumber;
                        const _errs14 = errors;
                        const _errs15 = errors;
                        let valid1 = false;
                        const _errs16 = errors;
                        if (data7 !== null && !validate122(data7)) {
                          vErrors = prefixErrors(
                            vErrors,
                            validate122.errors,
                            instancePath + "/insuranceNumber",
                          );
                          errors = vErrors.length;
                        }
                        var _valid0 = _errs16 === errors;
                        valid1 = valid1 || _valid0;
                        if (!valid1) {
                          const _errs17 = errors;
                          if (data7 !== null) {
                            const err0 = {
                              instancePath: instancePath + "/insuranceNumber",
                              keyword: "type",
                              params: { type: "null" },
                              message: "must be null",
                            };
                            if (vErrors === null) {
                              vErrors = [err0];
                            } else {
                              vErrors.push(err0);
                            }
                            errors++;
                          }
                          var _valid0 = _errs17 === errors;
                          valid1 = valid1 || _valid0;
                        }
                        if (!valid1) {
                          const err1 = {
                            instancePath: instancePath + "/insuranceNumber",
                            keyword: "anyOf",
                            params: {},
                            message: "must match a schema in anyOf",
                          };
                          if (vErrors === null) {
                            vErrors = [err1];
                          } else {
                            vErrors.push(err1);
                          }
                          errors++;
                          validate120.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs15;
                          if (vErrors !== null) {
                            if (_errs15) {
                              vErrors.length = _errs15;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid0 = _errs14 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.nationalitiesCountryCodes !== void 0) {
                          let data8 = data.nationalitiesCountryCodes;
                          const _errs19 = errors;
                          if (errors === _errs19) {
                            if (Array.isArray(data8)) {
                              if (data8.length > 1) {
                                validate120.errors = [
                                  {
                                    instancePath: instancePath + "/nationalitiesCountryCodes",
                                    keyword: "maxItems",
                                    params: { limit: 1 },
                                    message: "must NOT have more than 1 items",
                                  },
                                ];
                                return false;
                              } else {
                                var valid2 = true;
                                const len0 = data8.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                  const _errs21 = errors;
                                  if (!validate66(data8[i0])) {
                                    vErrors = prefixErrors(
                                      vErrors,
                                      validate66.errors,
                                      instancePath + "/nationalitiesCountryCodes/" + i0,
                                    );
                                    errors = vErrors.length;
                                  }
                                  var valid2 = _errs21 === errors;
                                  if (!valid2) {
                                    break;
                                  }
                                }
                              }
                            } else {
                              validate120.errors = [
                                {
                                  instancePath: instancePath + "/nationalitiesCountryCodes",
                                  keyword: "type",
                                  params: { type: "array" },
                                  message: "must be array",
                                },
                              ];
                              return false;
                            }
                          }
                          var valid0 = _errs19 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.bankAccount !== void 0) {
                            let data10 = data.bankAccount;
                            const _errs22 = errors;
                            const _errs23 = errors;
                            let valid3 = false;
                            let passing0 = null;
                            const _errs24 = errors;
                            if (!validate125(data10)) {
                              vErrors = prefixErrors(
                                vErrors,
                                validate125.errors,
                                instancePath + "/bankAccount",
                              );
                              errors = vErrors.length;
                            }
                            var _valid1 = _errs24 === errors;
                            if (_valid1) {
                              valid3 = true;
                              passing0 = 0;
                            }
                            const _errs25 = errors;
                            if (data10 !== null) {
                              const err2 = {
                                instancePath: instancePath + "/bankAccount",
                                keyword: "type",
                                params: { type: "null" },
                                message: "must be null",
                              };
                              if (vErrors === null) {
                                vErrors = [err2];
                              } else {
                                vErrors.push(err2);
                              }
                              errors++;
                            }
                            var _valid1 = _errs25 === errors;
                            if (_valid1 && valid3) {
                              valid3 = false;
                              passing0 = [passing0, 1];
                            } else {
                              if (_valid1) {
                                valid3 = true;
                                passing0 = 1;
                              }
                            }
                            if (!valid3) {
                              const err3 = {
                                instancePath: instancePath + "/bankAccount",
                                keyword: "oneOf",
                                params: { passingSchemas: passing0 },
                                message: "must match exactly one schema in oneOf",
                              };
                              if (vErrors === null) {
                                vErrors = [err3];
                              } else {
                                vErrors.push(err3);
                              }
                              errors++;
                              validate120.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs23;
                              if (vErrors !== null) {
                                if (_errs23) {
                                  vErrors.length = _errs23;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid0 = _errs22 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.phoneNumber !== void 0) {
                              let data11 = data.phoneNumber;
                              const _errs27 = errors;
                              if (typeof data11 !== "string" && data11 !== null) {
                                validate120.errors = [
                                  {
                                    instancePath: instancePath + "/phoneNumber",
                                    keyword: "type",
                                    params: { type: schema50.properties.phoneNumber.type },
                                    message: "must be string,null",
                                  },
                                ];
                                return false;
                              }
                              if (errors === _errs27) {
                                if (errors === _errs27) {
                                  if (typeof data11 === "string") {
                                    if (!formats38(data11)) {
                                      validate120.errors = [
                                        {
                                          instancePath: instancePath + "/phoneNumber",
                                          keyword: "format",
                                          params: { format: "phone" },
                                          message: 'must match format "phone"',
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                }
                              }
                              var valid0 = _errs27 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.email !== void 0) {
                                let data12 = data.email;
                                const _errs29 = errors;
                                if (typeof data12 !== "string" && data12 !== null) {
                                  validate120.errors = [
                                    {
                                      instancePath: instancePath + "/email",
                                      keyword: "type",
                                      params: { type: schema50.properties.email.type },
                                      message: "must be string,null",
                                    },
                                  ];
                                  return false;
                                }
                                if (errors === _errs29) {
                                  if (errors === _errs29) {
                                    if (typeof data12 === "string") {
                                      if (
                                        data12.length > 255 &&
                                        (data12.length > 510 || func1(data12) > 255)
                                      ) {
                                        validate120.errors = [
                                          {
                                            instancePath: instancePath + "/email",
                                            keyword: "maxLength",
                                            params: { limit: 255 },
                                            message: "must NOT have more than 255 characters",
                                          },
                                        ];
                                        return false;
                                      } else {
                                        if (
                                          data12.length < 6 &&
                                          (data12.length < 3 || func1(data12) < 3)
                                        ) {
                                          validate120.errors = [
                                            {
                                              instancePath: instancePath + "/email",
                                              keyword: "minLength",
                                              params: { limit: 3 },
                                              message: "must NOT have fewer than 3 characters",
                                            },
                                          ];
                                          return false;
                                        } else {
                                          if (!formats40(data12)) {
                                            validate120.errors = [
                                              {
                                                instancePath: instancePath + "/email",
                                                keyword: "format",
                                                params: { format: "email" },
                                                message: 'must match format "email"',
                                              },
                                            ];
                                            return false;
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                                var valid0 = _errs29 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.createdAt !== void 0) {
                                  const _errs31 = errors;
                                  if (!validate71(data.createdAt)) {
                                    vErrors = prefixErrors(
                                      vErrors,
                                      validate71.errors,
                                      instancePath + "/createdAt",
                                    );
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs31 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.lastUpdatedAt !== void 0) {
                                    const _errs32 = errors;
                                    if (!validate73(data.lastUpdatedAt)) {
                                      vErrors = prefixErrors(
                                        vErrors,
                                        validate73.errors,
                                        instancePath + "/lastUpdatedAt",
                                      );
                                      errors = vErrors.length;
                                    }
                                    var valid0 = _errs32 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.links !== void 0) {
                                      const _errs33 = errors;
                                      if (!validate75(data.links)) {
                                        vErrors = prefixErrors(
                                          vErrors,
                                          validate75.errors,
                                          instancePath + "/links",
                                        );
                                        errors = vErrors.length;
                                      }
                                      var valid0 = _errs33 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.embedded !== void 0) {
                                        const _errs34 = errors;
                                        if (!validate81(data.embedded)) {
                                          vErrors = prefixErrors(
                                            vErrors,
                                            validate81.errors,
                                            instancePath + "/embedded",
                                          );
                                          errors = vErrors.length;
                                        }
                                        var valid0 = _errs34 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate120.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate120.errors = vErrors;
  return errors === 0;
}
function validate192(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url")) ||
        (data.employment === void 0 && (missing0 = "employment")) ||
        (data.startsOn === void 0 && (missing0 = "startsOn")) ||
        (data.businessEstablishment === void 0 && (missing0 = "businessEstablishment")) ||
        (data.department === void 0 && (missing0 = "department"))
      ) {
        validate192.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate192.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate192.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate192.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("job-position" !== data1) {
              validate192.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "job-position" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate192.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate192.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.employment !== void 0) {
                const _errs7 = errors;
                if (!validate150(data.employment)) {
                  vErrors = prefixErrors(vErrors, validate150.errors, instancePath + "/employment");
                  errors = vErrors.length;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.startsOn !== void 0) {
                  let data4 = data.startsOn;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (errors === _errs8) {
                      if (typeof data4 === "string") {
                        if (!formats6(data4)) {
                          validate192.errors = [
                            {
                              instancePath: instancePath + "/startsOn",
                              keyword: "format",
                              params: { format: "date" },
                              message: 'must match format "date"',
                            },
                          ];
                          return false;
                        }
                      } else {
                        validate192.errors = [
                          {
                            instancePath: instancePath + "/startsOn",
                            keyword: "type",
                            params: { type: "string" },
                            message: "must be string",
                          },
                        ];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.endsOn !== void 0) {
                    let data5 = data.endsOn;
                    const _errs10 = errors;
                    if (typeof data5 !== "string" && data5 !== null) {
                      validate192.errors = [
                        {
                          instancePath: instancePath + "/endsOn",
                          keyword: "type",
                          params: { type: schema75.properties.endsOn.type },
                          message: "must be string,null",
                        },
                      ];
                      return false;
                    }
                    if (errors === _errs10) {
                      if (errors === _errs10) {
                        if (typeof data5 === "string") {
                          if (!formats6(data5)) {
                            validate192.errors = [
                              {
                                instancePath: instancePath + "/endsOn",
                                keyword: "format",
                                params: { format: "date" },
                                message: 'must match format "date"',
                              },
                            ];
                            return false;
                          }
                        }
                      }
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.businessEstablishment !== void 0) {
                      const _errs12 = errors;
                      if (!validate55(data.businessEstablishment)) {
                        vErrors = prefixErrors(
                          vErrors,
                          validate55.errors,
                          instancePath + "/businessEstablishment",
                        );
                        errors = vErrors.length;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.department !== void 0) {
                        const _errs13 = errors;
                        if (!validate105(data.department)) {
                          vErrors = prefixErrors(
                            vErrors,
                            validate105.errors,
                            instancePath + "/department",
                          );
                          errors = vErrors.length;
                        }
                        var valid0 = _errs13 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.remoteId !== void 0) {
                          let data8 = data.remoteId;
                          const _errs14 = errors;
                          if (typeof data8 !== "string" && data8 !== null) {
                            validate192.errors = [
                              {
                                instancePath: instancePath + "/remoteId",
                                keyword: "type",
                                params: { type: schema75.properties.remoteId.type },
                                message: "must be string,null",
                              },
                            ];
                            return false;
                          }
                          if (errors === _errs14) {
                            if (typeof data8 === "string") {
                              if (
                                data8.length > 1024 &&
                                (data8.length > 2048 || func1(data8) > 1024)
                              ) {
                                validate192.errors = [
                                  {
                                    instancePath: instancePath + "/remoteId",
                                    keyword: "maxLength",
                                    params: { limit: 1024 },
                                    message: "must NOT have more than 1024 characters",
                                  },
                                ];
                                return false;
                              } else {
                                if (data8.length === 0) {
                                  validate192.errors = [
                                    {
                                      instancePath: instancePath + "/remoteId",
                                      keyword: "minLength",
                                      params: { limit: 1 },
                                      message: "must NOT have fewer than 1 characters",
                                    },
                                  ];
                                  return false;
                                }
                              }
                            }
                          }
                          var valid0 = _errs14 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.employee !== void 0) {
                            const _errs16 = errors;
                            if (!validate107(data.employee)) {
                              vErrors = prefixErrors(
                                vErrors,
                                validate107.errors,
                                instancePath + "/employee",
                              );
                              errors = vErrors.length;
                            }
                            var valid0 = _errs16 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.status !== void 0) {
                              const _errs17 = errors;
                              if (!validate146(data.status)) {
                                vErrors = prefixErrors(
                                  vErrors,
                                  validate146.errors,
                                  instancePath + "/status",
                                );
                                errors = vErrors.length;
                              }
                              var valid0 = _errs17 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.jobTitle !== void 0) {
                                let data11 = data.jobTitle;
                                const _errs18 = errors;
                                if (typeof data11 !== "string" && data11 !== null) {
                                  validate192.errors = [
                                    {
                                      instancePath: instancePath + "/jobTitle",
                                      keyword: "type",
                                      params: { type: schema75.properties.jobTitle.type },
                                      message: "must be string,null",
                                    },
                                  ];
                                  return false;
                                }
                                if (errors === _errs18) {
                                  if (typeof data11 === "string") {
                                    if (
                                      data11.length > 1024 &&
                                      (data11.length > 2048 || func1(data11) > 1024)
                                    ) {
                                      validate192.errors = [
                                        {
                                          instancePath: instancePath + "/jobTitle",
                                          keyword: "maxLength",
                                          params: { limit: 1024 },
                                          message: "must NOT have more than 1024 characters",
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                }
                                var valid0 = _errs18 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.jobQualification !== void 0) {
                                  let data12 = data.jobQualification;
                                  const _errs20 = errors;
                                  const _errs21 = errors;
                                  let valid1 = false;
                                  const _errs22 = errors;
                                  if (data12 !== null && !validate198(data12)) {
                                    vErrors = prefixErrors(
                                      vErrors,
                                      validate198.errors,
                                      instancePath + "/jobQualification",
                                    );
                                    errors = vErrors.length;
                                  }
                                  var _valid0 = _errs22 === errors;
                                  valid1 = valid1 || _valid0;
                                  if (!valid1) {
                                    const _errs23 = errors;
                                    if (data12 !== null) {
                                      const err0 = {
                                        instancePath: instancePath + "/jobQualification",
                                        keyword: "type",
                                        params: { type: "null" },
                                        message: "must be null",
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err0];
                                      } else {
                                        vErrors.push(err0);
                                      }
                                      errors++;
                                    }
                                    var _valid0 = _errs23 === errors;
                                    valid1 = valid1 || _valid0;
                                  }
                                  if (!valid1) {
                                    const err1 = {
                                      instancePath: instancePath + "/jobQualification",
                                      keyword: "anyOf",
                                      params: {},
                                      message: "must match a schema in anyOf",
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err1];
                                    } else {
                                      vErrors.push(err1);
                                    }
                                    errors++;
                                    validate192.errors = vErrors;
                                    return false;
                                  } else {
                                    errors = _errs21;
                                    if (vErrors !== null) {
                                      if (_errs21) {
                                        vErrors.length = _errs21;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  var valid0 = _errs20 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.manager !== void 0) {
                                    let data13 = data.manager;
                                    const _errs25 = errors;
                                    const _errs26 = errors;
                                    let valid2 = false;
                                    const _errs27 = errors;
                                    if (data13 !== null && !validate107(data13)) {
                                      vErrors = prefixErrors(
                                        vErrors,
                                        validate107.errors,
                                        instancePath + "/manager",
                                      );
                                      errors = vErrors.length;
                                    }
                                    var _valid1 = _errs27 === errors;
                                    valid2 = valid2 || _valid1;
                                    if (!valid2) {
                                      const _errs28 = errors;
                                      if (data13 !== null) {
                                        const err2 = {
                                          instancePath: instancePath + "/manager",
                                          keyword: "type",
                                          params: { type: "null" },
                                          message: "must be null",
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err2];
                                        } else {
                                          vErrors.push(err2);
                                        }
                                        errors++;
                                      }
                                      var _valid1 = _errs28 === errors;
                                      valid2 = valid2 || _valid1;
                                    }
                                    if (!valid2) {
                                      const err3 = {
                                        instancePath: instancePath + "/manager",
                                        keyword: "anyOf",
                                        params: {},
                                        message: "must match a schema in anyOf",
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err3];
                                      } else {
                                        vErrors.push(err3);
                                      }
                                      errors++;
                                      validate192.errors = vErrors;
                                      return false;
                                    } else {
                                      errors = _errs26;
                                      if (vErrors !== null) {
                                        if (_errs26) {
                                          vErrors.length = _errs26;
                                        } else {
                                          vErrors = null;
                                        }
                                      }
                                    }
                                    var valid0 = _errs25 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.occupationCategory !== void 0) {
                                      let data14 = data.occupationCategory;
                                      const _errs30 = errors;
                                      const _errs31 = errors;
                                      let valid3 = false;
                                      const _errs32 = errors;
                                      if (data14 !== null && !validate201(data14)) {
                                        vErrors = prefixErrors(
                                          vErrors,
                                          validate201.errors,
                                          instancePath + "/occupationCategory",
                                        );
                                        errors = vErrors.length;
                                      }
                                      var _valid2 = _errs32 === errors;
                                      valid3 = valid3 || _valid2;
                                      if (!valid3) {
                                        const _errs33 = errors;
                                        if (data14 !== null) {
                                          const err4 = {
                                            instancePath: instancePath + "/occupationCategory",
                                            keyword: "type",
                                            params: { type: "null" },
                                            message: "must be null",
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err4];
                                          } else {
                                            vErrors.push(err4);
                                          }
                                          errors++;
                                        }
                                        var _valid2 = _errs33 === errors;
                                        valid3 = valid3 || _valid2;
                                      }
                                      if (!valid3) {
                                        const err5 = {
                                          instancePath: instancePath + "/occupationCategory",
                                          keyword: "anyOf",
                                          params: {},
                                          message: "must match a schema in anyOf",
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err5];
                                        } else {
                                          vErrors.push(err5);
                                        }
                                        errors++;
                                        validate192.errors = vErrors;
                                        return false;
                                      } else {
                                        errors = _errs31;
                                        if (vErrors !== null) {
                                          if (_errs31) {
                                            vErrors.length = _errs31;
                                          } else {
                                            vErrors = null;
                                          }
                                        }
                                      }
                                      var valid0 = _errs30 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.workingTimeArrangement !== void 0) {
                                        const _errs35 = errors;
                                        if (!validate203(data.workingTimeArrangement)) {
                                          vErrors = prefixErrors(
                                            vErrors,
                                            validate203.errors,
                                            instancePath + "/workingTimeArrangement",
                                          );
                                          errors = vErrors.length;
                                        }
                                        var valid0 = _errs35 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.document !== void 0) {
                                          let data16 = data.document;
                                          const _errs36 = errors;
                                          const _errs37 = errors;
                                          let valid4 = false;
                                          const _errs38 = errors;
                                          if (data16 !== null && !validate177(data16)) {
                                            vErrors = prefixErrors(
                                              vErrors,
                                              validate177.errors,
                                              instancePath + "/document",
                                            );
                                            errors = vErrors.length;
                                          }
                                          var _valid3 = _errs38 === errors;
                                          valid4 = valid4 || _valid3;
                                          if (!valid4) {
                                            const _errs39 = errors;
                                            if (data16 !== null) {
                                              const err6 = {
                                                instancePath: instancePath + "/document",
                                                keyword: "type",
                                                params: { type: "null" },
                                                message: "must be null",
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err6];
                                              } else {
                                                vErrors.push(err6);
                                              }
                                              errors++;
                                            }
                                            var _valid3 = _errs39 === errors;
                                            valid4 = valid4 || _valid3;
                                          }
                                          if (!valid4) {
                                            const err7 = {
                                              instancePath: instancePath + "/document",
                                              keyword: "anyOf",
                                              params: {},
                                              message: "must match a schema in anyOf",
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err7];
                                            } else {
                                              vErrors.push(err7);
                                            }
                                            errors++;
                                            validate192.errors = vErrors;
                                            return false;
                                          } else {
                                            errors = _errs37;
                                            if (vErrors !== null) {
                                              if (_errs37) {
                                                vErrors.length = _errs37;
                                              } else {
                                                vErrors = null;
                                              }
                                            }
                                          }
                                          var valid0 = _errs36 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.notes !== void 0) {
                                            let data17 = data.notes;
                                            const _errs41 = errors;
                                            if (typeof data17 !== "string" && data17 !== null) {
                                              validate192.errors = [
                                                {
                                                  instancePath: instancePath + "/notes",
                                                  keyword: "type",
                                                  params: { type: schema75.properties.notes.type },
                                                  message: "must be string,null",
                                                },
                                              ];
                                              return false;
                                            }
                                            if (errors === _errs41) {
                                              if (typeof data17 === "string") {
                                                if (
                                                  data17.length > 500 &&
                                                  (data17.length > 1e3 || func1(data17) > 500)
                                                ) {
                                                  validate192.errors = [
                                                    {
                                                      instancePath: instancePath + "/notes",
                                                      keyword: "maxLength",
                                                      params: { limit: 500 },
                                                      message:
                                                        "must NOT have more than 500 characters",
                                                    },
                                                  ];
                                                  return false;
                                                }
                                              }
                                            }
                                            var valid0 = _errs41 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.t9n !== void 0) {
                                              const _errs43 = errors;
                                              if (!validate206(data.t9n)) {
                                                vErrors = prefixErrors(
                                                  vErrors,
                                                  validate206.errors,
                                                  instancePath + "/t9n",
                                                );
                                                errors = vErrors.length;
                                              }
                                              var valid0 = _errs43 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                            if (valid0) {
                                              if (data.updatedAttributes !== void 0) {
                                                let data19 = data.updatedAttributes;
                                                const _errs44 = errors;
                                                if (errors === _errs44) {
                                                  if (Array.isArray(data19)) {
                                                    var valid5 = true;
                                                    const len0 = data19.length;
                                                    for (let i0 = 0; i0 < len0; i0++) {
                                                      const _errs46 = errors;
                                                      if (typeof data19[i0] !== "string") {
                                                        validate192.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath +
                                                              "/updatedAttributes/" +
                                                              i0,
                                                            keyword: "type",
                                                            params: { type: "string" },
                                                            message: "must be string",
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                      var valid5 = _errs46 === errors;
                                                      if (!valid5) {
                                                        break;
                                                      }
                                                    }
                                                  } else {
                                                    validate192.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath + "/updatedAttributes",
                                                        keyword: "type",
                                                        params: { type: "array" },
                                                        message: "must be array",
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                }
                                                var valid0 = _errs44 === errors;
                                              } else {
                                                var valid0 = true;
                                              }
                                              if (valid0) {
                                                if (data.changedAttributes !== void 0) {
                                                  let data21 = data.changedAttributes;
                                                  const _errs48 = errors;
                                                  if (errors === _errs48) {
                                                    if (Array.isArray(data21)) {
                                                      var valid6 = true;
                                                      const len1 = data21.length;
                                                      for (let i1 = 0; i1 < len1; i1++) {
                                                        const _errs50 = errors;
                                                        if (typeof data21[i1] !== "string") {
                                                          validate192.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath +
                                                                "/changedAttributes/" +
                                                                i1,
                                                              keyword: "type",
                                                              params: { type: "string" },
                                                              message: "must be string",
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                        var valid6 = _errs50 === errors;
                                                        if (!valid6) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate192.errors = [
                                                        {
                                                          instancePath:
                                                            instancePath + "/changedAttributes",
                                                          keyword: "type",
                                                          params: { type: "array" },
                                                          message: "must be array",
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                  }
                                                  var valid0 = _errs48 === errors;
                                                } else {
                                                  var valid0 = true;
                                                }
                                                if (valid0) {
                                                  if (data.createdAt !== void 0) {
                                                    const _errs52 = errors;
                                                    if (!validate71(data.createdAt)) {
                                                      vErrors = prefixErrors(
                                                        vErrors,
                                                        validate71.errors,
                                                        instancePath + "/createdAt",
                                                      );
                                                      errors = vErrors.length;
                                                    }
                                                    var valid0 = _errs52 === errors;
                                                  } else {
                                                    var valid0 = true;
                                                  }
                                                  if (valid0) {
                                                    if (data.lastUpdatedAt !== void 0) {
                                                      const _errs53 = errors;
                                                      if (!validate73(data.lastUpdatedAt)) {
                                                        vErrors = prefixErrors(
                                                          vErrors,
                                                          validate73.errors,
                                                          instancePath + "/lastUpdatedAt",
                                                        );
                                                        errors = vErrors.length;
                                                      }
                                                      var valid0 = _errs53 === errors;
                                                    } else {
                                                      var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                      if (data.links !== void 0) {
                                                        const _errs54 = errors;
                                                        if (!validate75(data.links)) {
                                                          vErrors = prefixErrors(
                                                            vErrors,
                                                            validate75.errors,
                                                            instancePath + "/links",
                                                          );
                                                          errors = vErrors.length;
                                                        }
                                                        var valid0 = _errs54 === errors;
                                                      } else {
                                                        var valid0 = true;
                                                      }
                                                      if (valid0) {
                                                        if (data.embedded !== void 0) {
                                                          const _errs55 = errors;
                                                          if (!validate81(data.embedded)) {
                                                            vErrors = prefixErrors(
                                                              vErrors,
                                                              validate81.errors,
                                                              instancePath + "/embedded",
                                                            );
                                                            errors = vErrors.length;
                                                          }
                                                          var valid0 = _errs55 === errors;
                                                        } else {
                                                          var valid0 = true;
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate192.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate192.errors = vErrors;
  return errors === 0;
}
function validate143(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url")) ||
        (data.givenName === void 0 && (missing0 = "givenName")) ||
        (data.familyName === void 0 && (missing0 = "familyName")) ||
        (data.email === void 0 && (missing0 = "email"))
      ) {
        validate143.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate143.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate143.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate143.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("employee" !== data1) {
              validate143.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "employee" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate143.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate143.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.givenName !== void 0) {
                let data3 = data.givenName;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (typeof data3 === "string") {
                    if (data3.length > 255 && (data3.length > 510 || func1(data3) > 255)) {
                      validate143.errors = [
                        {
                          instancePath: instancePath + "/givenName",
                          keyword: "maxLength",
                          params: { limit: 255 },
                          message: "must NOT have more than 255 characters",
                        },
                      ];
                      return false;
                    } else {
                      if (data3.length === 0) {
                        validate143.errors = [
                          {
                            instancePath: instancePath + "/givenName",
                            keyword: "minLength",
                            params: { limit: 1 },
                            message: "must NOT have fewer than 1 characters",
                          },
                        ];
                        return false;
                      }
                    }
                  } else {
                    validate143.errors = [
                      {
                        instancePath: instancePath + "/givenName",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.familyName !== void 0) {
                  let data4 = data.familyName;
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (typeof data4 === "string") {
                      if (data4.length > 255 && (data4.length > 510 || func1(data4) > 255)) {
                        validate143.errors = [
                          {
                            instancePath: instancePath + "/familyName",
                            keyword: "maxLength",
                            params: { limit: 255 },
                            message: "must NOT have more than 255 characters",
                          },
                        ];
                        return false;
                      } else {
                        if (data4.length === 0) {
                          validate143.errors = [
                            {
                              instancePath: instancePath + "/familyName",
                              keyword: "minLength",
                              params: { limit: 1 },
                              message: "must NOT have fewer than 1 characters",
                            },
                          ];
                          return false;
                        }
                      }
                    } else {
                      validate143.errors = [
                        {
                          instancePath: instancePath + "/familyName",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                        },
                      ];
                      return false;
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.email !== void 0) {
                    let data5 = data.email;
                    const _errs11 = errors;
                    if (typeof data5 !== "string" && data5 !== null) {
                      validate143.errors = [
                        {
                          instancePath: instancePath + "/email",
                          keyword: "type",
                          params: { type: schema58.properties.email.type },
                          message: "must be string,null",
                        },
                      ];
                      return false;
                    }
                    if (errors === _errs11) {
                      if (errors === _errs11) {
                        if (typeof data5 === "string") {
                          if (data5.length > 255 && (data5.length > 510 || func1(data5) > 255)) {
                            validate143.errors = [
                              {
                                instancePath: instancePath + "/email",
                                keyword: "maxLength",
                                params: { limit: 255 },
                                message: "must NOT have more than 255 characters",
                              },
                            ];
                            return false;
                          } else {
                            if (data5.length < 6 && (data5.length < 3 || func1(data5) < 3)) {
                              validate143.errors = [
                                {
                                  instancePath: instancePath + "/email",
                                  keyword: "minLength",
                                  params: { limit: 3 },
                                  message: "must NOT have fewer than 3 characters",
                                },
                              ];
                              return false;
                            } else {
                              if (!pattern3.test(data5)) {
                                validate143.errors = [
                                  {
                                    instancePath: instancePath + "/email",
                                    keyword: "pattern",
                                    params: { pattern: "^[^<>]*$" },
                                    message: 'must match pattern "^[^<>]*$"',
                                  },
                                ];
                                return false;
                              } else {
                                if (!formats40(data5)) {
                                  validate143.errors = [
                                    {
                                      instancePath: instancePath + "/email",
                                      keyword: "format",
                                      params: { format: "email" },
                                      message: 'must match format "email"',
                                    },
                                  ];
                                  return false;
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.remoteId !== void 0) {
                      let data6 = data.remoteId;
                      const _errs13 = errors;
                      if (typeof data6 !== "string" && data6 !== null) {
                        validate143.errors = [
                          {
                            instancePath: instancePath + "/remoteId",
                            keyword: "type",
                            params: { type: schema58.properties.remoteId.type },
                            message: "must be string,null",
                          },
                        ];
                        return false;
                      }
                      if (errors === _errs13) {
                        if (typeof data6 === "string") {
                          if (data6.length > 100 && (data6.length > 200 || func1(data6) > 100)) {
                            validate143.errors = [
                              {
                                instancePath: instancePath + "/remoteId",
                                keyword: "maxLength",
                                params: { limit: 100 },
                                message: "must NOT have more than 100 characters",
                              },
                            ];
                            return false;
                          } else {
                            if (data6.length === 0) {
                              validate143.errors = [
                                {
                                  instancePath: instancePath + "/remoteId",
                                  keyword: "minLength",
                                  params: { limit: 1 },
                                  message: "must NOT have fewer than 1 characters",
                                },
                              ];
                              return false;
                            }
                          }
                        }
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.portrait !== void 0) {
                        let data7 = data.portrait;
                        const _errs15 = errors;
                        const _errs16 = errors;
                        let valid1 = false;
                        const _errs17 = errors;
                        if (data7 !== null && !validate144(data7)) {
                          vErrors = prefixErrors(
                            vErrors,
                            validate144.errors,
                            instancePath + "/portrait",
                          );
                          errors = vErrors.length;
                        }
                        var _valid0 = _errs17 === errors;
                        valid1 = valid1 || _valid0;
                        if (!valid1) {
                          const _errs18 = errors;
                          if (data7 !== null) {
                            const err0 = {
                              instancePath: instancePath + "/portrait",
                              keyword: "type",
                              params: { type: "null" },
                              message: "must be null",
                            };
                            if (vErrors === null) {
                              vErrors = [err0];
                            } else {
                              vErrors.push(err0);
                            }
                            errors++;
                          }
                          var _valid0 = _errs18 === errors;
                          valid1 = valid1 || _valid0;
                        }
                        if (!valid1) {
                          const err1 = {
                            instancePath: instancePath + "/portrait",
                            keyword: "anyOf",
                            params: {},
                            message: "must match a schema in anyOf",
                          };
                          if (vErrors === null) {
                            vErrors = [err1];
                          } else {
                            vErrors.push(err1);
                          }
                          errors++;
                          validate143.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs16;
                          if (vErrors !== null) {
                            if (_errs16) {
                              vErrors.length = _errs16;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.employeeNumber !== void 0) {
                          let data8 = data.employeeNumber;
                          const _errs20 = errors;
                          if (typeof data8 !== "string" && data8 !== null) {
                            validate143.errors = [
                              {
                                instancePath: instancePath + "/employeeNumber",
                                keyword: "type",
                                params: { type: schema58.properties.employeeNumber.type },
                                message: "must be string,null",
                              },
                            ];
                            return false;
                          }
                          if (errors === _errs20) {
                            if (typeof data8 === "string") {
                              if (data8.length === 0) {
                                validate143.errors = [
                                  {
                                    instancePath: instancePath + "/employeeNumber",
                                    keyword: "minLength",
                                    params: { limit: 1 },
                                    message: "must NOT have fewer than 1 characters",
                                  },
                                ];
                                return false;
                              }
                            }
                          }
                          var valid0 = _errs20 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.status !== void 0) {
                            const _errs22 = errors;
                            if (!validate146(data.status)) {
                              vErrors = prefixErrors(
                                vErrors,
                                validate146.errors,
                                instancePath + "/status",
                              );
                              errors = vErrors.length;
                            }
                            var valid0 = _errs22 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.birthDay !== void 0) {
                              let data10 = data.birthDay;
                              const _errs23 = errors;
                              const _errs24 = errors;
                              let valid2 = false;
                              const _errs25 = errors;
                              if (data10 !== null && !validate148(data10)) {
                                vErrors = prefixErrors(
                                  vErrors,
                                  validate148.errors,
                                  instancePath + "/birthDay",
                                );
                                errors = vErrors.length;
                              }
                              var _valid1 = _errs25 === errors;
                              valid2 = valid2 || _valid1;
                              if (!valid2) {
                                const _errs26 = errors;
                                if (data10 !== null) {
                                  const err2 = {
                                    instancePath: instancePath + "/birthDay",
                                    keyword: "type",
                                    params: { type: "null" },
                                    message: "must be null",
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err2];
                                  } else {
                                    vErrors.push(err2);
                                  }
                                  errors++;
                                }
                                var _valid1 = _errs26 === errors;
                                valid2 = valid2 || _valid1;
                              }
                              if (!valid2) {
                                const err3 = {
                                  instancePath: instancePath + "/birthDay",
                                  keyword: "anyOf",
                                  params: {},
                                  message: "must match a schema in anyOf",
                                };
                                if (vErrors === null) {
                                  vErrors = [err3];
                                } else {
                                  vErrors.push(err3);
                                }
                                errors++;
                                validate143.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs24;
                                if (vErrors !== null) {
                                  if (_errs24) {
                                    vErrors.length = _errs24;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs23 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.phoneNumber !== void 0) {
                                let data11 = data.phoneNumber;
                                const _errs28 = errors;
                                if (typeof data11 !== "string" && data11 !== null) {
                                  validate143.errors = [
                                    {
                                      instancePath: instancePath + "/phoneNumber",
                                      keyword: "type",
                                      params: { type: schema58.properties.phoneNumber.type },
                                      message: "must be string,null",
                                    },
                                  ];
                                  return false;
                                }
                                if (errors === _errs28) {
                                  if (errors === _errs28) {
                                    if (typeof data11 === "string") {
                                      if (!pattern4.test(data11)) {
                                        validate143.errors = [
                                          {
                                            instancePath: instancePath + "/phoneNumber",
                                            keyword: "pattern",
                                            params: {
                                              pattern:
                                                "^[\\+]?[(]?[0-9]{3}[)]?[-\\s\\.]?[0-9]{3}[-\\s\\.]?[0-9]{4,6}$",
                                            },
                                            message:
                                              'must match pattern "^[\\+]?[(]?[0-9]{3}[)]?[-\\s\\.]?[0-9]{3}[-\\s\\.]?[0-9]{4,6}$"',
                                          },
                                        ];
                                        return false;
                                      } else {
                                        if (!formats38(data11)) {
                                          validate143.errors = [
                                            {
                                              instancePath: instancePath + "/phoneNumber",
                                              keyword: "format",
                                              params: { format: "phone" },
                                              message: 'must match format "phone"',
                                            },
                                          ];
                                          return false;
                                        }
                                      }
                                    }
                                  }
                                }
                                var valid0 = _errs28 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.applicableEmployment !== void 0) {
                                  const _errs30 = errors;
                                  if (!validate150(data.applicableEmployment)) {
                                    vErrors = prefixErrors(
                                      vErrors,
                                      validate150.errors,
                                      instancePath + "/applicableEmployment",
                                    );
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs30 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.applicableJobPosition !== void 0) {
                                    const _errs31 = errors;
                                    if (!validate152(data.applicableJobPosition)) {
                                      vErrors = prefixErrors(
                                        vErrors,
                                        validate152.errors,
                                        instancePath + "/applicableJobPosition",
                                      );
                                      errors = vErrors.length;
                                    }
                                    var valid0 = _errs31 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.createdAt !== void 0) {
                                      const _errs32 = errors;
                                      if (!validate71(data.createdAt)) {
                                        vErrors = prefixErrors(
                                          vErrors,
                                          validate71.errors,
                                          instancePath + "/createdAt",
                                        );
                                        errors = vErrors.length;
                                      }
                                      var valid0 = _errs32 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.lastUpdatedAt !== void 0) {
                                        const _errs33 = errors;
                                        if (!validate73(data.lastUpdatedAt)) {
                                          vErrors = prefixErrors(
                                            vErrors,
                                            validate73.errors,
                                            instancePath + "/lastUpdatedAt",
                                          );
                                          errors = vErrors.length;
                                        }
                                        var valid0 = _errs33 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.links !== void 0) {
                                          const _errs34 = errors;
                                          if (!validate75(data.links)) {
                                            vErrors = prefixErrors(
                                              vErrors,
                                              validate75.errors,
                                              instancePath + "/links",
                                            );
                                            errors = vErrors.length;
                                          }
                                          var valid0 = _errs34 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.embedded !== void 0) {
                                            const _errs35 = errors;
                                            if (!validate81(data.embedded)) {
                                              vErrors = prefixErrors(
                                                vErrors,
                                                validate81.errors,
                                                instancePath + "/embedded",
                                              );
                                              errors = vErrors.length;
                                            }
                                            var valid0 = _errs35 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate143.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate143.errors = vErrors;
  return errors === 0;
}
function validate246(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url")) ||
        (data.leaveRequest === void 0 && (missing0 = "leaveRequest")) ||
        (data.comment === void 0 && (missing0 = "comment"))
      ) {
        validate246.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate246.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate246.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate246.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("leave-request-denial-decision" !== data1) {
              validate246.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "leave-request-denial-decision" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate246.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate246.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.leaveRequest !== void 0) {
                const _errs7 = errors;
                if (!validate240(data.leaveRequest)) {
                  vErrors = prefixErrors(
                    vErrors,
                    validate240.errors,
                    instancePath + "/leaveRequest",
                  );
                  errors = vErrors.length;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.comment !== void 0) {
                  let data4 = data.comment;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (typeof data4 === "string") {
                      if (data4.length === 0) {
                        validate246.errors = [
                          {
                            instancePath: instancePath + "/comment",
                            keyword: "minLength",
                            params: { limit: 1 },
                            message: "must NOT have fewer than 1 characters",
                          },
                        ];
                        return false;
                      }
                    } else {
                      validate246.errors = [
                        {
                          instancePath: instancePath + "/comment",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                        },
                      ];
                      return false;
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.createdAt !== void 0) {
                    const _errs10 = errors;
                    if (!validate71(data.createdAt)) {
                      vErrors = prefixErrors(
                        vErrors,
                        validate71.errors,
                        instancePath + "/createdAt",
                      );
                      errors = vErrors.length;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.links !== void 0) {
                      const _errs11 = errors;
                      if (!validate75(data.links)) {
                        vErrors = prefixErrors(vErrors, validate75.errors, instancePath + "/links");
                        errors = vErrors.length;
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.embedded !== void 0) {
                        const _errs12 = errors;
                        if (!validate81(data.embedded)) {
                          vErrors = prefixErrors(
                            vErrors,
                            validate81.errors,
                            instancePath + "/embedded",
                          );
                          errors = vErrors.length;
                        }
                        var valid0 = _errs12 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate246.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate246.errors = vErrors;
  return errors === 0;
}
function validate239(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url")) ||
        (data.leaveRequest === void 0 && (missing0 = "leaveRequest"))
      ) {
        validate239.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate239.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate239.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate239.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("leave-request-approval-decision" !== data1) {
              validate239.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "leave-request-approval-decision" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate239.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate239.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.leaveRequest !== void 0) {
                const _errs7 = errors;
                if (!validate240(data.leaveRequest)) {
                  vErrors = prefixErrors(
                    vErrors,
                    validate240.errors,
                    instancePath + "/leaveRequest",
                  );
                  errors = vErrors.length;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.comment !== void 0) {
                  let data4 = data.comment;
                  const _errs8 = errors;
                  if (typeof data4 !== "string" && data4 !== null) {
                    validate239.errors = [
                      {
                        instancePath: instancePath + "/comment",
                        keyword: "type",
                        params: { type: schema89.properties.comment.type },
                        message: "must be string,null",
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.createdAt !== void 0) {
                    const _errs10 = errors;
                    if (!validate71(data.createdAt)) {
                      vErrors = prefixErrors(
                        vErrors,
                        validate71.errors,
                        instancePath + "/createdAt",
                      );
                      errors = vErrors.length;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.links !== void 0) {
                      const _errs11 = errors;
                      if (!validate75(data.links)) {
                        vErrors = prefixErrors(vErrors, validate75.errors, instancePath + "/links");
                        errors = vErrors.length;
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.embedded !== void 0) {
                        const _errs12 = errors;
                        if (!validate81(data.embedded)) {
                          vErrors = prefixErrors(
                            vErrors,
                            validate81.errors,
                            instancePath + "/embedded",
                          );
                          errors = vErrors.length;
                        }
                        var valid0 = _errs12 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate239.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate239.errors = vErrors;
  return errors === 0;
}
function validate289(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url")) ||
        (data.legalName === void 0 && (missing0 = "legalName")) ||
        (data.countryCode === void 0 && (missing0 = "countryCode")) ||
        (data.currencyCode === void 0 && (missing0 = "currencyCode"))
      ) {
        validate289.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate289.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate289.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate289.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("legal-entity" !== data1) {
              validate289.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "legal-entity" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate289.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate289.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.legalName !== void 0) {
                let data3 = data.legalName;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (typeof data3 === "string") {
                    if (data3.length > 255 && (data3.length > 510 || func1(data3) > 255)) {
                      validate289.errors = [
                        {
                          instancePath: instancePath + "/legalName",
                          keyword: "maxLength",
                          params: { limit: 255 },
                          message: "must NOT have more than 255 characters",
                        },
                      ];
                      return false;
                    } else {
                      if (data3.length === 0) {
                        validate289.errors = [
                          {
                            instancePath: instancePath + "/legalName",
                            keyword: "minLength",
                            params: { limit: 1 },
                            message: "must NOT have fewer than 1 characters",
                          },
                        ];
                        return false;
                      }
                    }
                  } else {
                    validate289.errors = [
                      {
                        instancePath: instancePath + "/legalName",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.countryCode !== void 0) {
                  const _errs9 = errors;
                  if (!validate66(data.countryCode)) {
                    vErrors = prefixErrors(
                      vErrors,
                      validate66.errors,
                      instancePath + "/countryCode",
                    );
                    errors = vErrors.length;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.currencyCode !== void 0) {
                    const _errs10 = errors;
                    if (!validate291(data.currencyCode)) {
                      vErrors = prefixErrors(
                        vErrors,
                        validate291.errors,
                        instancePath + "/currencyCode",
                      );
                      errors = vErrors.length;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.remoteId !== void 0) {
                      let data6 = data.remoteId;
                      const _errs11 = errors;
                      if (typeof data6 !== "string" && data6 !== null) {
                        validate289.errors = [
                          {
                            instancePath: instancePath + "/remoteId",
                            keyword: "type",
                            params: { type: schema103.properties.remoteId.type },
                            message: "must be string,null",
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.isArchived !== void 0) {
                        const _errs13 = errors;
                        if (typeof data.isArchived !== "boolean") {
                          validate289.errors = [
                            {
                              instancePath: instancePath + "/isArchived",
                              keyword: "type",
                              params: { type: "boolean" },
                              message: "must be boolean",
                            },
                          ];
                          return false;
                        }
                        var valid0 = _errs13 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.taxIdentificationNumber !== void 0) {
                          let data8 = data.taxIdentificationNumber;
                          const _errs15 = errors;
                          const _errs16 = errors;
                          let valid1 = false;
                          const _errs17 = errors;
                          if (data8 !== null && !validate61(data8)) {
                            vErrors = prefixErrors(
                              vErrors,
                              validate61.errors,
                              instancePath + "/taxIdentificationNumber",
                            );
                            errors = vErrors.length;
                          }
                          var _valid0 = _errs17 === errors;
                          valid1 = valid1 || _valid0;
                          if (!valid1) {
                            const _errs18 = errors;
                            if (data8 !== null) {
                              const err0 = {
                                instancePath: instancePath + "/taxIdentificationNumber",
                                keyword: "type",
                                params: { type: "null" },
                                message: "must be null",
                              };
                              if (vErrors === null) {
                                vErrors = [err0];
                              } else {
                                vErrors.push(err0);
                              }
                              errors++;
                            }
                            var _valid0 = _errs18 === errors;
                            valid1 = valid1 || _valid0;
                          }
                          if (!valid1) {
                            const err1 = {
                              instancePath: instancePath + "/taxIdentificationNumber",
                              keyword: "anyOf",
                              params: {},
                              message: "must match a schema in anyOf",
                            };
                            if (vErrors === null) {
                              vErrors = [err1];
                            } else {
                              vErrors.push(err1);
                            }
                            errors++;
                            validate289.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs16;
                            if (vErrors !== null) {
                              if (_errs16) {
                                vErrors.length = _errs16;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid0 = _errs15 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.industryCode !== void 0) {
                            let data9 = data.industryCode;
                            const _errs20 = errors;
                            const _errs21 = errors;
                            let valid2 = false;
                            const _errs22 = errors;
                            if (data9 !== null && !validate63(data9)) {
                              vErrors = prefixErrors(
                                vErrors,
                                validate63.errors,
                                instancePath + "/industryCode",
                              );
                              errors = vErrors.length;
                            }
                            var _valid1 = _errs22 === errors;
                            valid2 = valid2 || _valid1;
                            if (!valid2) {
                              const _errs23 = errors;
                              if (data9 !== null) {
                                const err2 = {
                                  instancePath: instancePath + "/industryCode",
                                  keyword: "type",
                                  params: { type: "null" },
                                  message: "must be null",
                                };
                                if (vErrors === null) {
                                  vErrors = [err2];
                                } else {
                                  vErrors.push(err2);
                                }
                                errors++;
                              }
                              var _valid1 = _errs23 === errors;
                              valid2 = valid2 || _valid1;
                            }
                            if (!valid2) {
                              const err3 = {
                                instancePath: instancePath + "/industryCode",
                                keyword: "anyOf",
                                params: {},
                                message: "must match a schema in anyOf",
                              };
                              if (vErrors === null) {
                                vErrors = [err3];
                              } else {
                                vErrors.push(err3);
                              }
                              errors++;
                              validate289.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs21;
                              if (vErrors !== null) {
                                if (_errs21) {
                                  vErrors.length = _errs21;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid0 = _errs20 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.lastArchivedAt !== void 0) {
                              let data10 = data.lastArchivedAt;
                              const _errs25 = errors;
                              const _errs26 = errors;
                              let valid3 = false;
                              const _errs27 = errors;
                              if (errors === _errs27) {
                                if (errors === _errs27) {
                                  if (typeof data10 === "string") {
                                    if (!formats2(data10)) {
                                      const err4 = {
                                        instancePath: instancePath + "/lastArchivedAt",
                                        keyword: "format",
                                        params: { format: "date-time" },
                                        message: 'must match format "date-time"',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err4];
                                      } else {
                                        vErrors.push(err4);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err5 = {
                                      instancePath: instancePath + "/lastArchivedAt",
                                      keyword: "type",
                                      params: { type: "string" },
                                      message: "must be string",
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err5];
                                    } else {
                                      vErrors.push(err5);
                                    }
                                    errors++;
                                  }
                                }
                              }
                              var _valid2 = _errs27 === errors;
                              valid3 = valid3 || _valid2;
                              if (!valid3) {
                                const _errs29 = errors;
                                if (data10 !== null) {
                                  const err6 = {
                                    instancePath: instancePath + "/lastArchivedAt",
                                    keyword: "type",
                                    params: { type: "null" },
                                    message: "must be null",
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err6];
                                  } else {
                                    vErrors.push(err6);
                                  }
                                  errors++;
                                }
                                var _valid2 = _errs29 === errors;
                                valid3 = valid3 || _valid2;
                                if (!valid3) {
                                  const _errs31 = errors;
                                  if (typeof data10 !== "string") {
                                    const err7 = {
                                      instancePath: instancePath + "/lastArchivedAt",
                                      keyword: "type",
                                      params: { type: "string" },
                                      message: "must be string",
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err7];
                                    } else {
                                      vErrors.push(err7);
                                    }
                                    errors++;
                                  }
                                  if ("null" !== data10) {
                                    const err8 = {
                                      instancePath: instancePath + "/lastArchivedAt",
                                      keyword: "const",
                                      params: { allowedValue: "null" },
                                      message: "must be equal to constant",
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err8];
                                    } else {
                                      vErrors.push(err8);
                                    }
                                    errors++;
                                  }
                                  var _valid2 = _errs31 === errors;
                                  valid3 = valid3 || _valid2;
                                }
                              }
                              if (!valid3) {
                                const err9 = {
                                  instancePath: instancePath + "/lastArchivedAt",
                                  keyword: "anyOf",
                                  params: {},
                                  message: "must match a schema in anyOf",
                                };
                                if (vErrors === null) {
                                  vErrors = [err9];
                                } else {
                                  vErrors.push(err9);
                                }
                                errors++;
                                validate289.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs26;
                                if (vErrors !== null) {
                                  if (_errs26) {
                                    vErrors.length = _errs26;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs25 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.createdAt !== void 0) {
                                const _errs33 = errors;
                                if (!validate71(data.createdAt)) {
                                  vErrors = prefixErrors(
                                    vErrors,
                                    validate71.errors,
                                    instancePath + "/createdAt",
                                  );
                                  errors = vErrors.length;
                                }
                                var valid0 = _errs33 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.lastUpdatedAt !== void 0) {
                                  const _errs34 = errors;
                                  if (!validate73(data.lastUpdatedAt)) {
                                    vErrors = prefixErrors(
                                      vErrors,
                                      validate73.errors,
                                      instancePath + "/lastUpdatedAt",
                                    );
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs34 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.links !== void 0) {
                                    const _errs35 = errors;
                                    if (!validate75(data.links)) {
                                      vErrors = prefixErrors(
                                        vErrors,
                                        validate75.errors,
                                        instancePath + "/links",
                                      );
                                      errors = vErrors.length;
                                    }
                                    var valid0 = _errs35 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.embedded !== void 0) {
                                      const _errs36 = errors;
                                      if (!validate81(data.embedded)) {
                                        vErrors = prefixErrors(
                                          vErrors,
                                          validate81.errors,
                                          instancePath + "/embedded",
                                        );
                                        errors = vErrors.length;
                                      }
                                      var valid0 = _errs36 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate289.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate289.errors = vErrors;
  return errors === 0;
}
function validate58(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url")) ||
        (data.name === void 0 && (missing0 = "name"))
      ) {
        validate58.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate58.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate58.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate58.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("business-establishment" !== data1) {
              validate58.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "business-establishment" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate58.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate58.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.name !== void 0) {
                let data3 = data.name;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (typeof data3 === "string") {
                    if (data3.length === 0) {
                      validate58.errors = [
                        {
                          instancePath: instancePath + "/name",
                          keyword: "minLength",
                          params: { limit: 1 },
                          message: "must NOT have fewer than 1 characters",
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate58.errors = [
                      {
                        instancePath: instancePath + "/name",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.remoteId !== void 0) {
                  let data4 = data.remoteId;
                  const _errs9 = errors;
                  if (typeof data4 !== "string" && data4 !== null) {
                    validate58.errors = [
                      {
                        instancePath: instancePath + "/remoteId",
                        keyword: "type",
                        params: { type: schema23.properties.remoteId.type },
                        message: "must be string,null",
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.isArchived !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.isArchived !== "boolean") {
                      validate58.errors = [
                        {
                          instancePath: instancePath + "/isArchived",
                          keyword: "type",
                          params: { type: "boolean" },
                          message: "must be boolean",
                        },
                      ];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.legalEntity !== void 0) {
                      const _errs13 = errors;
                      if (!validate59(data.legalEntity)) {
                        vErrors = prefixErrors(
                          vErrors,
                          validate59.errors,
                          instancePath + "/legalEntity",
                        );
                        errors = vErrors.length;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.isHeadquarters !== void 0) {
                        const _errs14 = errors;
                        if (typeof data.isHeadquarters !== "boolean") {
                          validate58.errors = [
                            {
                              instancePath: instancePath + "/isHeadquarters",
                              keyword: "type",
                              params: { type: "boolean" },
                              message: "must be boolean",
                            },
                          ];
                          return false;
                        }
                        var valid0 = _errs14 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.taxIdentificationNumber !== void 0) {
                          let data8 = data.taxIdentificationNumber;
                          const _errs16 = errors;
                          const _errs17 = errors;
                          let valid1 = false;
                          const _errs18 = errors;
                          if (data8 !== null && !validate61(data8)) {
                            vErrors = prefixErrors(
                              vErrors,
                              validate61.errors,
                              instancePath + "/taxIdentificationNumber",
                            );
                            errors = vErrors.length;
                          }
                          var _valid0 = _errs18 === errors;
                          valid1 = valid1 || _valid0;
                          if (!valid1) {
                            const _errs19 = errors;
                            if (data8 !== null) {
                              const err0 = {
                                instancePath: instancePath + "/taxIdentificationNumber",
                                keyword: "type",
                                params: { type: "null" },
                                message: "must be null",
                              };
                              if (vErrors === null) {
                                vErrors = [err0];
                              } else {
                                vErrors.push(err0);
                              }
                              errors++;
                            }
                            var _valid0 = _errs19 === errors;
                            valid1 = valid1 || _valid0;
                          }
                          if (!valid1) {
                            const err1 = {
                              instancePath: instancePath + "/taxIdentificationNumber",
                              keyword: "anyOf",
                              params: {},
                              message: "must match a schema in anyOf",
                            };
                            if (vErrors === null) {
                              vErrors = [err1];
                            } else {
                              vErrors.push(err1);
                            }
                            errors++;
                            validate58.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs17;
                            if (vErrors !== null) {
                              if (_errs17) {
                                vErrors.length = _errs17;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid0 = _errs16 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.industryCode !== void 0) {
                            let data9 = data.industryCode;
                            const _errs21 = errors;
                            const _errs22 = errors;
                            let valid2 = false;
                            const _errs23 = errors;
                            if (data9 !== null && !validate63(data9)) {
                              vErrors = prefixErrors(
                                vErrors,
                                validate63.errors,
                                instancePath + "/industryCode",
                              );
                              errors = vErrors.length;
                            }
                            var _valid1 = _errs23 === errors;
                            valid2 = valid2 || _valid1;
                            if (!valid2) {
                              const _errs24 = errors;
                              if (data9 !== null) {
                                const err2 = {
                                  instancePath: instancePath + "/industryCode",
                                  keyword: "type",
                                  params: { type: "null" },
                                  message: "must be null",
                                };
                                if (vErrors === null) {
                                  vErrors = [err2];
                                } else {
                                  vErrors.push(err2);
                                }
                                errors++;
                              }
                              var _valid1 = _errs24 === errors;
                              valid2 = valid2 || _valid1;
                            }
                            if (!valid2) {
                              const err3 = {
                                instancePath: instancePath + "/industryCode",
                                keyword: "anyOf",
                                params: {},
                                message: "must match a schema in anyOf",
                              };
                              if (vErrors === null) {
                                vErrors = [err3];
                              } else {
                                vErrors.push(err3);
                              }
                              errors++;
                              validate58.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs22;
                              if (vErrors !== null) {
                                if (_errs22) {
                                  vErrors.length = _errs22;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid0 = _errs21 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.address !== void 0) {
                              let data10 = data.address;
                              const _errs26 = errors;
                              const _errs27 = errors;
                              let valid3 = false;
                              const _errs28 = errors;
                              if (data10 !== null && !validate65(data10)) {
                                vErrors = prefixErrors(
                                  vErrors,
                                  validate65.errors,
                                  instancePath + "/address",
                                );
                                errors = vErrors.length;
                              }
                              var _valid2 = _errs28 === errors;
                              valid3 = valid3 || _valid2;
                              if (!valid3) {
                                const _errs29 = errors;
                                if (data10 !== null) {
                                  const err4 = {
                                    instancePath: instancePath + "/address",
                                    keyword: "type",
                                    params: { type: "null" },
                                    message: "must be null",
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err4];
                                  } else {
                                    vErrors.push(err4);
                                  }
                                  errors++;
                                }
                                var _valid2 = _errs29 === errors;
                                valid3 = valid3 || _valid2;
                              }
                              if (!valid3) {
                                const err5 = {
                                  instancePath: instancePath + "/address",
                                  keyword: "anyOf",
                                  params: {},
                                  message: "must match a schema in anyOf",
                                };
                                if (vErrors === null) {
                                  vErrors = [err5];
                                } else {
                                  vErrors.push(err5);
                                }
                                errors++;
                                validate58.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs27;
                                if (vErrors !== null) {
                                  if (_errs27) {
                                    vErrors.length = _errs27;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs26 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.timezoneId !== void 0) {
                                const _errs31 = errors;
                                if (typeof data.timezoneId !== "string") {
                                  validate58.errors = [
                                    {
                                      instancePath: instancePath + "/timezoneId",
                                      keyword: "type",
                                      params: { type: "string" },
                                      message: "must be string",
                                    },
                                  ];
                                  return false;
                                }
                                var valid0 = _errs31 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.holidaysCalendar !== void 0) {
                                  const _errs33 = errors;
                                  if (!validate69(data.holidaysCalendar)) {
                                    vErrors = prefixErrors(
                                      vErrors,
                                      validate69.errors,
                                      instancePath + "/holidaysCalendar",
                                    );
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs33 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.lastArchivedAt !== void 0) {
                                    let data13 = data.lastArchivedAt;
                                    const _errs34 = errors;
                                    if (typeof data13 !== "string" && data13 !== null) {
                                      validate58.errors = [
                                        {
                                          instancePath: instancePath + "/lastArchivedAt",
                                          keyword: "type",
                                          params: { type: schema23.properties.lastArchivedAt.type },
                                          message: "must be string,null",
                                        },
                                      ];
                                      return false;
                                    }
                                    if (errors === _errs34) {
                                      if (errors === _errs34) {
                                        if (typeof data13 === "string") {
                                          if (!formats2(data13)) {
                                            validate58.errors = [
                                              {
                                                instancePath: instancePath + "/lastArchivedAt",
                                                keyword: "format",
                                                params: { format: "date-time" },
                                                message: 'must match format "date-time"',
                                              },
                                            ];
                                            return false;
                                          }
                                        }
                                      }
                                    }
                                    var valid0 = _errs34 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.createdAt !== void 0) {
                                      const _errs36 = errors;
                                      if (!validate71(data.createdAt)) {
                                        vErrors = prefixErrors(
                                          vErrors,
                                          validate71.errors,
                                          instancePath + "/createdAt",
                                        );
                                        errors = vErrors.length;
                                      }
                                      var valid0 = _errs36 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.lastUpdatedAt !== void 0) {
                                        const _errs37 = errors;
                                        if (!validate73(data.lastUpdatedAt)) {
                                          vErrors = prefixErrors(
                                            vErrors,
                                            validate73.errors,
                                            instancePath + "/lastUpdatedAt",
                                          );
                                          errors = vErrors.length;
                                        }
                                        var valid0 = _errs37 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.links !== void 0) {
                                          const _errs38 = errors;
                                          if (!validate75(data.links)) {
                                            vErrors = prefixErrors(
                                              vErrors,
                                              validate75.errors,
                                              instancePath + "/links",
                                            );
                                            errors = vErrors.length;
                                          }
                                          var valid0 = _errs38 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.embedded !== void 0) {
                                            const _errs39 = errors;
                                            if (!validate81(data.embedded)) {
                                              vErrors = prefixErrors(
                                                vErrors,
                                                validate81.errors,
                                                instancePath + "/embedded",
                                              );
                                              errors = vErrors.length;
                                            }
                                            var valid0 = _errs39 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate58.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate58.errors = vErrors;
  return errors === 0;
}
function validate104(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url")) ||
        (data.name === void 0 && (missing0 = "name"))
      ) {
        validate104.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate104.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate104.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate104.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("department" !== data1) {
              validate104.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "department" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate104.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate104.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.name !== void 0) {
                let data3 = data.name;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (typeof data3 === "string") {
                    if (data3.length > 255 && (data3.length > 510 || func1(data3) > 255)) {
                      validate104.errors = [
                        {
                          instancePath: instancePath + "/name",
                          keyword: "maxLength",
                          params: { limit: 255 },
                          message: "must NOT have more than 255 characters",
                        },
                      ];
                      return false;
                    } else {
                      if (data3.length === 0) {
                        validate104.errors = [
                          {
                            instancePath: instancePath + "/name",
                            keyword: "minLength",
                            params: { limit: 1 },
                            message: "must NOT have fewer than 1 characters",
                          },
                        ];
                        return false;
                      }
                    }
                  } else {
                    validate104.errors = [
                      {
                        instancePath: instancePath + "/name",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.remoteId !== void 0) {
                  let data4 = data.remoteId;
                  const _errs9 = errors;
                  if (typeof data4 !== "string" && data4 !== null) {
                    validate104.errors = [
                      {
                        instancePath: instancePath + "/remoteId",
                        keyword: "type",
                        params: { type: schema44.properties.remoteId.type },
                        message: "must be string,null",
                      },
                    ];
                    return false;
                  }
                  if (errors === _errs9) {
                    if (typeof data4 === "string") {
                      if (data4.length > 255 && (data4.length > 510 || func1(data4) > 255)) {
                        validate104.errors = [
                          {
                            instancePath: instancePath + "/remoteId",
                            keyword: "maxLength",
                            params: { limit: 255 },
                            message: "must NOT have more than 255 characters",
                          },
                        ];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.isArchived !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.isArchived !== "boolean") {
                      validate104.errors = [
                        {
                          instancePath: instancePath + "/isArchived",
                          keyword: "type",
                          params: { type: "boolean" },
                          message: "must be boolean",
                        },
                      ];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.description !== void 0) {
                      let data6 = data.description;
                      const _errs13 = errors;
                      if (typeof data6 !== "string" && data6 !== null) {
                        validate104.errors = [
                          {
                            instancePath: instancePath + "/description",
                            keyword: "type",
                            params: { type: schema44.properties.description.type },
                            message: "must be string,null",
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.parent !== void 0) {
                        let data7 = data.parent;
                        const _errs15 = errors;
                        const _errs16 = errors;
                        let valid1 = false;
                        const _errs17 = errors;
                        if (data7 !== null && !validate105(data7)) {
                          vErrors = prefixErrors(
                            vErrors,
                            validate105.errors,
                            instancePath + "/parent",
                          );
                          errors = vErrors.length;
                        }
                        var _valid0 = _errs17 === errors;
                        valid1 = valid1 || _valid0;
                        if (!valid1) {
                          const _errs18 = errors;
                          if (data7 !== null) {
                            const err0 = {
                              instancePath: instancePath + "/parent",
                              keyword: "type",
                              params: { type: "null" },
                              message: "must be null",
                            };
                            if (vErrors === null) {
                              vErrors = [err0];
                            } else {
                              vErrors.push(err0);
                            }
                            errors++;
                          }
                          var _valid0 = _errs18 === errors;
                          valid1 = valid1 || _valid0;
                        }
                        if (!valid1) {
                          const err1 = {
                            instancePath: instancePath + "/parent",
                            keyword: "anyOf",
                            params: {},
                            message: "must match a schema in anyOf",
                          };
                          if (vErrors === null) {
                            vErrors = [err1];
                          } else {
                            vErrors.push(err1);
                          }
                          errors++;
                          validate104.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs16;
                          if (vErrors !== null) {
                            if (_errs16) {
                              vErrors.length = _errs16;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.level !== void 0) {
                          let data8 = data.level;
                          const _errs20 = errors;
                          if (!(
                            typeof data8 == "number" &&
                            !(data8 % 1) &&
                            !isNaN(data8) &&
                            isFinite(data8)
                          )) {
                            validate104.errors = [
                              {
                                instancePath: instancePath + "/level",
                                keyword: "type",
                                params: { type: "integer" },
                                message: "must be integer",
                              },
                            ];
                            return false;
                          }
                          if (errors === _errs20) {
                            if (typeof data8 == "number" && isFinite(data8)) {
                              if (data8 < 1 || isNaN(data8)) {
                                validate104.errors = [
                                  {
                                    instancePath: instancePath + "/level",
                                    keyword: "minimum",
                                    params: { comparison: ">=", limit: 1 },
                                    message: "must be >= 1",
                                  },
                                ];
                                return false;
                              } else {
                                if (!formats28.validate(data8)) {
                                  validate104.errors = [
                                    {
                                      instancePath: instancePath + "/level",
                                      keyword: "format",
                                      params: { format: "int32" },
                                      message: 'must match format "int32"',
                                    },
                                  ];
                                  return false;
                                }
                              }
                            }
                          }
                          var valid0 = _errs20 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.manager !== void 0) {
                            let data9 = data.manager;
                            const _errs22 = errors;
                            const _errs23 = errors;
                            let valid2 = false;
                            const _errs24 = errors;
                            if (data9 !== null && !validate107(data9)) {
                              vErrors = prefixErrors(
                                vErrors,
                                validate107.errors,
                                instancePath + "/manager",
                              );
                              errors = vErrors.length;
                            }
                            var _valid1 = _errs24 === errors;
                            valid2 = valid2 || _valid1;
                            if (!valid2) {
                              const _errs25 = errors;
                              if (data9 !== null) {
                                const err2 = {
                                  instancePath: instancePath + "/manager",
                                  keyword: "type",
                                  params: { type: "null" },
                                  message: "must be null",
                                };
                                if (vErrors === null) {
                                  vErrors = [err2];
                                } else {
                                  vErrors.push(err2);
                                }
                                errors++;
                              }
                              var _valid1 = _errs25 === errors;
                              valid2 = valid2 || _valid1;
                            }
                            if (!valid2) {
                              const err3 = {
                                instancePath: instancePath + "/manager",
                                keyword: "anyOf",
                                params: {},
                                message: "must match a schema in anyOf",
                              };
                              if (vErrors === null) {
                                vErrors = [err3];
                              } else {
                                vErrors.push(err3);
                              }
                              errors++;
                              validate104.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs23;
                              if (vErrors !== null) {
                                if (_errs23) {
                                  vErrors.length = _errs23;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid0 = _errs22 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.sortOrder !== void 0) {
                              let data10 = data.sortOrder;
                              const _errs27 = errors;
                              if (!(
                                typeof data10 == "number" &&
                                !(data10 % 1) &&
                                !isNaN(data10) &&
                                isFinite(data10)
                              )) {
                                validate104.errors = [
                                  {
                                    instancePath: instancePath + "/sortOrder",
                                    keyword: "type",
                                    params: { type: "integer" },
                                    message: "must be integer",
                                  },
                                ];
                                return false;
                              }
                              if (errors === _errs27) {
                                if (typeof data10 == "number" && isFinite(data10)) {
                                  if (data10 < 0 || isNaN(data10)) {
                                    validate104.errors = [
                                      {
                                        instancePath: instancePath + "/sortOrder",
                                        keyword: "minimum",
                                        params: { comparison: ">=", limit: 0 },
                                        message: "must be >= 0",
                                      },
                                    ];
                                    return false;
                                  } else {
                                    if (!formats28.validate(data10)) {
                                      validate104.errors = [
                                        {
                                          instancePath: instancePath + "/sortOrder",
                                          keyword: "format",
                                          params: { format: "int32" },
                                          message: 'must match format "int32"',
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                }
                              }
                              var valid0 = _errs27 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.owningApplication !== void 0) {
                                let data11 = data.owningApplication;
                                const _errs29 = errors;
                                if (typeof data11 !== "string" && data11 !== null) {
                                  validate104.errors = [
                                    {
                                      instancePath: instancePath + "/owningApplication",
                                      keyword: "type",
                                      params: { type: schema44.properties.owningApplication.type },
                                      message: "must be string,null",
                                    },
                                  ];
                                  return false;
                                }
                                if (errors === _errs29) {
                                  if (typeof data11 === "string") {
                                    if (data11.length === 0) {
                                      validate104.errors = [
                                        {
                                          instancePath: instancePath + "/owningApplication",
                                          keyword: "minLength",
                                          params: { limit: 1 },
                                          message: "must NOT have fewer than 1 characters",
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                }
                                var valid0 = _errs29 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.links !== void 0) {
                                  const _errs31 = errors;
                                  if (!validate75(data.links)) {
                                    vErrors = prefixErrors(
                                      vErrors,
                                      validate75.errors,
                                      instancePath + "/links",
                                    );
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs31 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.embedded !== void 0) {
                                    const _errs32 = errors;
                                    if (!validate81(data.embedded)) {
                                      vErrors = prefixErrors(
                                        vErrors,
                                        validate81.errors,
                                        instancePath + "/embedded",
                                      );
                                      errors = vErrors.length;
                                    }
                                    var valid0 = _errs32 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate104.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate104.errors = vErrors;
  return errors === 0;
}
function validate167(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url")) ||
        (data.start === void 0 && (missing0 = "start")) ||
        (data.template === void 0 && (missing0 = "template"))
      ) {
        validate167.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate167.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate167.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate167.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("employment" !== data1) {
              validate167.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "employment" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate167.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate167.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.start !== void 0) {
                const _errs7 = errors;
                if (!validate168(data.start)) {
                  vErrors = prefixErrors(vErrors, validate168.errors, instancePath + "/start");
                  errors = vErrors.length;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.end !== void 0) {
                  let data4 = data.end;
                  const _errs8 = errors;
                  const _errs9 = errors;
                  let valid1 = false;
                  const _errs10 = errors;
                  if (data4 !== null && !validate170(data4)) {
                    vErrors = prefixErrors(vErrors, validate170.errors, instancePath + "/end");
                    errors = vErrors.length;
                  }
                  var _valid0 = _errs10 === errors;
                  valid1 = valid1 || _valid0;
                  if (!valid1) {
                    const _errs11 = errors;
                    if (data4 !== null) {
                      const err0 = {
                        instancePath: instancePath + "/end",
                        keyword: "type",
                        params: { type: "null" },
                        message: "must be null",
                      };
                      if (vErrors === null) {
                        vErrors = [err0];
                      } else {
                        vErrors.push(err0);
                      }
                      errors++;
                    }
                    var _valid0 = _errs11 === errors;
                    valid1 = valid1 || _valid0;
                  }
                  if (!valid1) {
                    const err1 = {
                      instancePath: instancePath + "/end",
                      keyword: "anyOf",
                      params: {},
                      message: "must match a schema in anyOf",
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                    validate167.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs9;
                    if (vErrors !== null) {
                      if (_errs9) {
                        vErrors.length = _errs9;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.template !== void 0) {
                    const _errs13 = errors;
                    if (!validate172(data.template)) {
                      vErrors = prefixErrors(
                        vErrors,
                        validate172.errors,
                        instancePath + "/template",
                      );
                      errors = vErrors.length;
                    }
                    var valid0 = _errs13 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.remoteId !== void 0) {
                      let data6 = data.remoteId;
                      const _errs14 = errors;
                      if (typeof data6 !== "string" && data6 !== null) {
                        validate167.errors = [
                          {
                            instancePath: instancePath + "/remoteId",
                            keyword: "type",
                            params: { type: schema67.properties.remoteId.type },
                            message: "must be string,null",
                          },
                        ];
                        return false;
                      }
                      if (errors === _errs14) {
                        if (typeof data6 === "string") {
                          if (data6.length > 200 && (data6.length > 400 || func1(data6) > 200)) {
                            validate167.errors = [
                              {
                                instancePath: instancePath + "/remoteId",
                                keyword: "maxLength",
                                params: { limit: 200 },
                                message: "must NOT have more than 200 characters",
                              },
                            ];
                            return false;
                          } else {
                            if (data6.length === 0) {
                              validate167.errors = [
                                {
                                  instancePath: instancePath + "/remoteId",
                                  keyword: "minLength",
                                  params: { limit: 1 },
                                  message: "must NOT have fewer than 1 characters",
                                },
                              ];
                              return false;
                            }
                          }
                        }
                      }
                      var valid0 = _errs14 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.employee !== void 0) {
                        const _errs16 = errors;
                        if (!validate107(data.employee)) {
                          vErrors = prefixErrors(
                            vErrors,
                            validate107.errors,
                            instancePath + "/employee",
                          );
                          errors = vErrors.length;
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.legalEntity !== void 0) {
                          const _errs17 = errors;
                          if (!validate59(data.legalEntity)) {
                            vErrors = prefixErrors(
                              vErrors,
                              validate59.errors,
                              instancePath + "/legalEntity",
                            );
                            errors = vErrors.length;
                          }
                          var valid0 = _errs17 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.status !== void 0) {
                            const _errs18 = errors;
                            if (!validate146(data.status)) {
                              vErrors = prefixErrors(
                                vErrors,
                                validate146.errors,
                                instancePath + "/status",
                              );
                              errors = vErrors.length;
                            }
                            var valid0 = _errs18 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.document !== void 0) {
                              let data10 = data.document;
                              const _errs19 = errors;
                              const _errs20 = errors;
                              let valid2 = false;
                              const _errs21 = errors;
                              if (data10 !== null && !validate177(data10)) {
                                vErrors = prefixErrors(
                                  vErrors,
                                  validate177.errors,
                                  instancePath + "/document",
                                );
                                errors = vErrors.length;
                              }
                              var _valid1 = _errs21 === errors;
                              valid2 = valid2 || _valid1;
                              if (!valid2) {
                                const _errs22 = errors;
                                if (data10 !== null) {
                                  const err2 = {
                                    instancePath: instancePath + "/document",
                                    keyword: "type",
                                    params: { type: "null" },
                                    message: "must be null",
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err2];
                                  } else {
                                    vErrors.push(err2);
                                  }
                                  errors++;
                                }
                                var _valid1 = _errs22 === errors;
                                valid2 = valid2 || _valid1;
                              }
                              if (!valid2) {
                                const err3 = {
                                  instancePath: instancePath + "/document",
                                  keyword: "anyOf",
                                  params: {},
                                  message: "must match a schema in anyOf",
                                };
                                if (vErrors === null) {
                                  vErrors = [err3];
                                } else {
                                  vErrors.push(err3);
                                }
                                errors++;
                                validate167.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs20;
                                if (vErrors !== null) {
                                  if (_errs20) {
                                    vErrors.length = _errs20;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs19 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.createdAt !== void 0) {
                                const _errs24 = errors;
                                if (!validate71(data.createdAt)) {
                                  vErrors = prefixErrors(
                                    vErrors,
                                    validate71.errors,
                                    instancePath + "/createdAt",
                                  );
                                  errors = vErrors.length;
                                }
                                var valid0 = _errs24 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.lastUpdatedAt !== void 0) {
                                  const _errs25 = errors;
                                  if (!validate73(data.lastUpdatedAt)) {
                                    vErrors = prefixErrors(
                                      vErrors,
                                      validate73.errors,
                                      instancePath + "/lastUpdatedAt",
                                    );
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs25 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.links !== void 0) {
                                    const _errs26 = errors;
                                    if (!validate75(data.links)) {
                                      vErrors = prefixErrors(
                                        vErrors,
                                        validate75.errors,
                                        instancePath + "/links",
                                      );
                                      errors = vErrors.length;
                                    }
                                    var valid0 = _errs26 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.embedded !== void 0) {
                                      const _errs27 = errors;
                                      if (!validate81(data.embedded)) {
                                        vErrors = prefixErrors(
                                          vErrors,
                                          validate81.errors,
                                          instancePath + "/embedded",
                                        );
                                        errors = vErrors.length;
                                      }
                                      var valid0 = _errs27 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate167.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate167.errors = vErrors;
  return errors === 0;
}
function validate273(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url")) ||
        (data.startsOn === void 0 && (missing0 = "startsOn")) ||
        (data.endsOn === void 0 && (missing0 = "endsOn")) ||
        (data.employee === void 0 && (missing0 = "employee"))
      ) {
        validate273.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate273.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate273.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate273.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("leave" !== data1) {
              validate273.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "leave" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate273.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate273.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.startsOn !== void 0) {
                let data3 = data.startsOn;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (errors === _errs7) {
                    if (typeof data3 === "string") {
                      if (!formats6(data3)) {
                        validate273.errors = [
                          {
                            instancePath: instancePath + "/startsOn",
                            keyword: "format",
                            params: { format: "date" },
                            message: 'must match format "date"',
                          },
                        ];
                        return false;
                      }
                    } else {
                      validate273.errors = [
                        {
                          instancePath: instancePath + "/startsOn",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                        },
                      ];
                      return false;
                    }
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.endsOn !== void 0) {
                  let data4 = data.endsOn;
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (errors === _errs9) {
                      if (typeof data4 === "string") {
                        if (!formats6(data4)) {
                          validate273.errors = [
                            {
                              instancePath: instancePath + "/endsOn",
                              keyword: "format",
                              params: { format: "date" },
                              message: 'must match format "date"',
                            },
                          ];
                          return false;
                        }
                      } else {
                        validate273.errors = [
                          {
                            instancePath: instancePath + "/endsOn",
                            keyword: "type",
                            params: { type: "string" },
                            message: "must be string",
                          },
                        ];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.employee !== void 0) {
                    const _errs11 = errors;
                    if (!validate107(data.employee)) {
                      vErrors = prefixErrors(
                        vErrors,
                        validate107.errors,
                        instancePath + "/employee",
                      );
                      errors = vErrors.length;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.startPosition !== void 0) {
                      const _errs12 = errors;
                      if (!validate275(data.startPosition)) {
                        vErrors = prefixErrors(
                          vErrors,
                          validate275.errors,
                          instancePath + "/startPosition",
                        );
                        errors = vErrors.length;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.endPosition !== void 0) {
                        const _errs13 = errors;
                        if (!validate275(data.endPosition)) {
                          vErrors = prefixErrors(
                            vErrors,
                            validate275.errors,
                            instancePath + "/endPosition",
                          );
                          errors = vErrors.length;
                        }
                        var valid0 = _errs13 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.links !== void 0) {
                          const _errs14 = errors;
                          if (!validate75(data.links)) {
                            vErrors = prefixErrors(
                              vErrors,
                              validate75.errors,
                              instancePath + "/links",
                            );
                            errors = vErrors.length;
                          }
                          var valid0 = _errs14 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.embedded !== void 0) {
                            const _errs15 = errors;
                            if (!validate81(data.embedded)) {
                              vErrors = prefixErrors(
                                vErrors,
                                validate81.errors,
                                instancePath + "/embedded",
                              );
                              errors = vErrors.length;
                            }
                            var valid0 = _errs15 === errors;
                          } else {
                            var valid0 = true;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate273.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate273.errors = vErrors;
  return errors === 0;
}
function validate255(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url")) ||
        (data.status === void 0 && (missing0 = "status")) ||
        (data.leaves === void 0 && (missing0 = "leaves")) ||
        (data.createdAt === void 0 && (missing0 = "createdAt")) ||
        (data.lastUpdatedAt === void 0 && (missing0 = "lastUpdatedAt"))
      ) {
        validate255.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate255.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate255.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate255.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("leave-request" !== data1) {
              validate255.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "leave-request" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate255.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate255.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.status !== void 0) {
                let data3 = data.status;
                const _errs7 = errors;
                if (typeof data3 !== "string") {
                  validate255.errors = [
                    {
                      instancePath: instancePath + "/status",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                    },
                  ];
                  return false;
                }
                if (!(
                  data3 === "pending" ||
                  data3 === "approved" ||
                  data3 === "rejected" ||
                  data3 === "denied"
                )) {
                  validate255.errors = [
                    {
                      instancePath: instancePath + "/status",
                      keyword: "enum",
                      params: { allowedValues: schema93.properties.status.enum },
                      message: "must be equal to one of the allowed values",
                    },
                  ];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.leaves !== void 0) {
                  let data4 = data.leaves;
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (Array.isArray(data4)) {
                      if (data4.length < 1) {
                        validate255.errors = [
                          {
                            instancePath: instancePath + "/leaves",
                            keyword: "minItems",
                            params: { limit: 1 },
                            message: "must NOT have fewer than 1 items",
                          },
                        ];
                        return false;
                      } else {
                        var valid1 = true;
                        const len0 = data4.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs11 = errors;
                          if (!validate256(data4[i0])) {
                            vErrors = prefixErrors(
                              vErrors,
                              validate256.errors,
                              instancePath + "/leaves/" + i0,
                            );
                            errors = vErrors.length;
                          }
                          var valid1 = _errs11 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      }
                    } else {
                      validate255.errors = [
                        {
                          instancePath: instancePath + "/leaves",
                          keyword: "type",
                          params: { type: "array" },
                          message: "must be array",
                        },
                      ];
                      return false;
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.employee !== void 0) {
                    const _errs12 = errors;
                    if (!validate107(data.employee)) {
                      vErrors = prefixErrors(
                        vErrors,
                        validate107.errors,
                        instancePath + "/employee",
                      );
                      errors = vErrors.length;
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.expectedApprover !== void 0) {
                      let data7 = data.expectedApprover;
                      const _errs13 = errors;
                      const _errs14 = errors;
                      let valid2 = false;
                      const _errs15 = errors;
                      if (data7 !== null && !validate107(data7)) {
                        vErrors = prefixErrors(
                          vErrors,
                          validate107.errors,
                          instancePath + "/expectedApprover",
                        );
                        errors = vErrors.length;
                      }
                      var _valid0 = _errs15 === errors;
                      valid2 = valid2 || _valid0;
                      if (!valid2) {
                        const _errs16 = errors;
                        if (data7 !== null) {
                          const err0 = {
                            instancePath: instancePath + "/expectedApprover",
                            keyword: "type",
                            params: { type: "null" },
                            message: "must be null",
                          };
                          if (vErrors === null) {
                            vErrors = [err0];
                          } else {
                            vErrors.push(err0);
                          }
                          errors++;
                        }
                        var _valid0 = _errs16 === errors;
                        valid2 = valid2 || _valid0;
                      }
                      if (!valid2) {
                        const err1 = {
                          instancePath: instancePath + "/expectedApprover",
                          keyword: "anyOf",
                          params: {},
                          message: "must match a schema in anyOf",
                        };
                        if (vErrors === null) {
                          vErrors = [err1];
                        } else {
                          vErrors.push(err1);
                        }
                        errors++;
                        validate255.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs14;
                        if (vErrors !== null) {
                          if (_errs14) {
                            vErrors.length = _errs14;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.createdAt !== void 0) {
                        const _errs18 = errors;
                        if (!validate71(data.createdAt)) {
                          vErrors = prefixErrors(
                            vErrors,
                            validate71.errors,
                            instancePath + "/createdAt",
                          );
                          errors = vErrors.length;
                        }
                        var valid0 = _errs18 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.lastUpdatedAt !== void 0) {
                          const _errs19 = errors;
                          if (!validate73(data.lastUpdatedAt)) {
                            vErrors = prefixErrors(
                              vErrors,
                              validate73.errors,
                              instancePath + "/lastUpdatedAt",
                            );
                            errors = vErrors.length;
                          }
                          var valid0 = _errs19 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.links !== void 0) {
                            const _errs20 = errors;
                            if (!validate75(data.links)) {
                              vErrors = prefixErrors(
                                vErrors,
                                validate75.errors,
                                instancePath + "/links",
                              );
                              errors = vErrors.length;
                            }
                            var valid0 = _errs20 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.embedded !== void 0) {
                              const _errs21 = errors;
                              if (!validate81(data.embedded)) {
                                vErrors = prefixErrors(
                                  vErrors,
                                  validate81.errors,
                                  instancePath + "/embedded",
                                );
                                errors = vErrors.length;
                              }
                              var valid0 = _errs21 === errors;
                            } else {
                              var valid0 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate255.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate255.errors = vErrors;
  return errors === 0;
}
function validate221(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url")) ||
        (data.title === void 0 && (missing0 = "title")) ||
        (data.profession === void 0 && (missing0 = "profession")) ||
        (data.rank === void 0 && (missing0 = "rank"))
      ) {
        validate221.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate221.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate221.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate221.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("job-qualification" !== data1) {
              validate221.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "job-qualification" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate221.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate221.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.title !== void 0) {
                let data3 = data.title;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (typeof data3 === "string") {
                    if (data3.length === 0) {
                      validate221.errors = [
                        {
                          instancePath: instancePath + "/title",
                          keyword: "minLength",
                          params: { limit: 1 },
                          message: "must NOT have fewer than 1 characters",
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate221.errors = [
                      {
                        instancePath: instancePath + "/title",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.profession !== void 0) {
                  const _errs9 = errors;
                  if (!validate222(data.profession)) {
                    vErrors = prefixErrors(
                      vErrors,
                      validate222.errors,
                      instancePath + "/profession",
                    );
                    errors = vErrors.length;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.rank !== void 0) {
                    let data5 = data.rank;
                    const _errs10 = errors;
                    if (!(
                      typeof data5 == "number" &&
                      !(data5 % 1) &&
                      !isNaN(data5) &&
                      isFinite(data5)
                    )) {
                      validate221.errors = [
                        {
                          instancePath: instancePath + "/rank",
                          keyword: "type",
                          params: { type: "integer" },
                          message: "must be integer",
                        },
                      ];
                      return false;
                    }
                    if (errors === _errs10) {
                      if (typeof data5 == "number" && isFinite(data5)) {
                        if (data5 < 1 || isNaN(data5)) {
                          validate221.errors = [
                            {
                              instancePath: instancePath + "/rank",
                              keyword: "minimum",
                              params: { comparison: ">=", limit: 1 },
                              message: "must be >= 1",
                            },
                          ];
                          return false;
                        }
                      }
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.t9n !== void 0) {
                      const _errs12 = errors;
                      if (!validate206(data.t9n)) {
                        vErrors = prefixErrors(vErrors, validate206.errors, instancePath + "/t9n");
                        errors = vErrors.length;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.createdAt !== void 0) {
                        const _errs13 = errors;
                        if (!validate71(data.createdAt)) {
                          vErrors = prefixErrors(
                            vErrors,
                            validate71.errors,
                            instancePath + "/createdAt",
                          );
                          errors = vErrors.length;
                        }
                        var valid0 = _errs13 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.lastUpdatedAt !== void 0) {
                          const _errs14 = errors;
                          if (!validate73(data.lastUpdatedAt)) {
                            vErrors = prefixErrors(
                              vErrors,
                              validate73.errors,
                              instancePath + "/lastUpdatedAt",
                            );
                            errors = vErrors.length;
                          }
                          var valid0 = _errs14 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.links !== void 0) {
                            const _errs15 = errors;
                            if (!validate75(data.links)) {
                              vErrors = prefixErrors(
                                vErrors,
                                validate75.errors,
                                instancePath + "/links",
                              );
                              errors = vErrors.length;
                            }
                            var valid0 = _errs15 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.embedded !== void 0) {
                              const _errs16 = errors;
                              if (!validate81(data.embedded)) {
                                vErrors = prefixErrors(
                                  vErrors,
                                  validate81.errors,
                                  instancePath + "/embedded",
                                );
                                errors = vErrors.length;
                              }
                              var valid0 = _errs16 === errors;
                            } else {
                              var valid0 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate221.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate221.errors = vErrors;
  return errors === 0;
}
function validate324(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url")) ||
        (data.topic === void 0 && (missing0 = "topic")) ||
        (data.occurredAt === void 0 && (missing0 = "occurredAt")) ||
        (data.source === void 0 && (missing0 = "source")) ||
        (data.data === void 0 && (missing0 = "data"))
      ) {
        validate324.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate324.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate324.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate324.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("event" !== data1) {
              validate324.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "event" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate324.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate324.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.topic !== void 0) {
                let data3 = data.topic;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (typeof data3 === "string") {
                    if (data3.length === 0) {
                      validate324.errors = [
                        {
                          instancePath: instancePath + "/topic",
                          keyword: "minLength",
                          params: { limit: 1 },
                          message: "must NOT have fewer than 1 characters",
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate324.errors = [
                      {
                        instancePath: instancePath + "/topic",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.occurredAt !== void 0) {
                  let data4 = data.occurredAt;
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (errors === _errs9) {
                      if (typeof data4 === "string") {
                        if (!formats2(data4)) {
                          validate324.errors = [
                            {
                              instancePath: instancePath + "/occurredAt",
                              keyword: "format",
                              params: { format: "date-time" },
                              message: 'must match format "date-time"',
                            },
                          ];
                          return false;
                        }
                      } else {
                        validate324.errors = [
                          {
                            instancePath: instancePath + "/occurredAt",
                            keyword: "type",
                            params: { type: "string" },
                            message: "must be string",
                          },
                        ];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.source !== void 0) {
                    let data5 = data.source;
                    const _errs11 = errors;
                    if (errors === _errs11) {
                      if (errors === _errs11) {
                        if (typeof data5 === "string") {
                          if (!formats0(data5)) {
                            validate324.errors = [
                              {
                                instancePath: instancePath + "/source",
                                keyword: "format",
                                params: { format: "uri" },
                                message: 'must match format "uri"',
                              },
                            ];
                            return false;
                          }
                        } else {
                          validate324.errors = [
                            {
                              instancePath: instancePath + "/source",
                              keyword: "type",
                              params: { type: "string" },
                              message: "must be string",
                            },
                          ];
                          return false;
                        }
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.data !== void 0) {
                      let data6 = data.data;
                      const _errs13 = errors;
                      if (!(data6 && typeof data6 == "object" && !Array.isArray(data6))) {
                        validate324.errors = [
                          {
                            instancePath: instancePath + "/data",
                            keyword: "type",
                            params: { type: "object" },
                            message: "must be object",
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.apiVersion !== void 0) {
                        let data7 = data.apiVersion;
                        const _errs15 = errors;
                        if (errors === _errs15) {
                          if (errors === _errs15) {
                            if (typeof data7 === "string") {
                              if (!formats6(data7)) {
                                validate324.errors = [
                                  {
                                    instancePath: instancePath + "/apiVersion",
                                    keyword: "format",
                                    params: { format: "date" },
                                    message: 'must match format "date"',
                                  },
                                ];
                                return false;
                              }
                            } else {
                              validate324.errors = [
                                {
                                  instancePath: instancePath + "/apiVersion",
                                  keyword: "type",
                                  params: { type: "string" },
                                  message: "must be string",
                                },
                              ];
                              return false;
                            }
                          }
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.businessEstablishment !== void 0) {
                          let data8 = data.businessEstablishment;
                          const _errs17 = errors;
                          const _errs18 = errors;
                          let valid1 = false;
                          const _errs19 = errors;
                          if (data8 !== null && !validate55(data8)) {
                            vErrors = prefixErrors(
                              vErrors,
                              validate55.errors,
                              instancePath + "/businessEstablishment",
                            );
                            errors = vErrors.length;
                          }
                          var _valid0 = _errs19 === errors;
                          valid1 = valid1 || _valid0;
                          if (!valid1) {
                            const _errs20 = errors;
                            if (data8 !== null) {
                              const err0 = {
                                instancePath: instancePath + "/businessEstablishment",
                                keyword: "type",
                                params: { type: "null" },
                                message: "must be null",
                              };
                              if (vErrors === null) {
                                vErrors = [err0];
                              } else {
                                vErrors.push(err0);
                              }
                              errors++;
                            }
                            var _valid0 = _errs20 === errors;
                            valid1 = valid1 || _valid0;
                          }
                          if (!valid1) {
                            const err1 = {
                              instancePath: instancePath + "/businessEstablishment",
                              keyword: "anyOf",
                              params: {},
                              message: "must match a schema in anyOf",
                            };
                            if (vErrors === null) {
                              vErrors = [err1];
                            } else {
                              vErrors.push(err1);
                            }
                            errors++;
                            validate324.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs18;
                            if (vErrors !== null) {
                              if (_errs18) {
                                vErrors.length = _errs18;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid0 = _errs17 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.previousAttributes !== void 0) {
                            let data9 = data.previousAttributes;
                            const _errs22 = errors;
                            if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
                              validate324.errors = [
                                {
                                  instancePath: instancePath + "/previousAttributes",
                                  keyword: "type",
                                  params: { type: "object" },
                                  message: "must be object",
                                },
                              ];
                              return false;
                            }
                            var valid0 = _errs22 === errors;
                          } else {
                            var valid0 = true;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate324.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate324.errors = vErrors;
  return errors === 0;
}
function validate54(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url")) ||
        (data.topic === void 0 && (missing0 = "topic")) ||
        (data.occurredAt === void 0 && (missing0 = "occurredAt")) ||
        (data.source === void 0 && (missing0 = "source")) ||
        (data.data === void 0 && (missing0 = "data"))
      ) {
        validate54.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate54.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate54.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate54.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("event" !== data1) {
              validate54.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "event" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate54.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate54.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.topic !== void 0) {
                let data3 = data.topic;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (typeof data3 === "string") {
                    if (data3.length === 0) {
                      validate54.errors = [
                        {
                          instancePath: instancePath + "/topic",
                          keyword: "minLength",
                          params: { limit: 1 },
                          message: "must NOT have fewer than 1 characters",
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate54.errors = [
                      {
                        instancePath: instancePath + "/topic",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.occurredAt !== void 0) {
                  let data4 = data.occurredAt;
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (errors === _errs9) {
                      if (typeof data4 === "string") {
                        if (!formats2(data4)) {
                          validate54.errors = [
                            {
                              instancePath: instancePath + "/occurredAt",
                              keyword: "format",
                              params: { format: "date-time" },
                              message: 'must match format "date-time"',
                            },
                          ];
                          return false;
                        }
                      } else {
                        validate54.errors = [
                          {
                            instancePath: instancePath + "/occurredAt",
                            keyword: "type",
                            params: { type: "string" },
                            message: "must be string",
                          },
                        ];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.source !== void 0) {
                    let data5 = data.source;
                    const _errs11 = errors;
                    if (errors === _errs11) {
                      if (errors === _errs11) {
                        if (typeof data5 === "string") {
                          if (!formats0(data5)) {
                            validate54.errors = [
                              {
                                instancePath: instancePath + "/source",
                                keyword: "format",
                                params: { format: "uri" },
                                message: 'must match format "uri"',
                              },
                            ];
                            return false;
                          }
                        } else {
                          validate54.errors = [
                            {
                              instancePath: instancePath + "/source",
                              keyword: "type",
                              params: { type: "string" },
                              message: "must be string",
                            },
                          ];
                          return false;
                        }
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.data !== void 0) {
                      let data6 = data.data;
                      const _errs13 = errors;
                      if (!(data6 && typeof data6 == "object" && !Array.isArray(data6))) {
                        validate54.errors = [
                          {
                            instancePath: instancePath + "/data",
                            keyword: "type",
                            params: { type: "object" },
                            message: "must be object",
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.apiVersion !== void 0) {
                        let data7 = data.apiVersion;
                        const _errs15 = errors;
                        if (errors === _errs15) {
                          if (errors === _errs15) {
                            if (typeof data7 === "string") {
                              if (!formats6(data7)) {
                                validate54.errors = [
                                  {
                                    instancePath: instancePath + "/apiVersion",
                                    keyword: "format",
                                    params: { format: "date" },
                                    message: 'must match format "date"',
                                  },
                                ];
                                return false;
                              }
                            } else {
                              validate54.errors = [
                                {
                                  instancePath: instancePath + "/apiVersion",
                                  keyword: "type",
                                  params: { type: "string" },
                                  message: "must be string",
                                },
                              ];
                              return false;
                            }
                          }
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.businessEstablishment !== void 0) {
                          let data8 = data.businessEstablishment;
                          const _errs17 = errors;
                          const _errs18 = errors;
                          let valid1 = false;
                          const _errs19 = errors;
                          if (data8 !== null && !validate55(data8)) {
                            vErrors = prefixErrors(
                              vErrors,
                              validate55.errors,
                              instancePath + "/businessEstablishment",
                            );
                            errors = vErrors.length;
                          }
                          var _valid0 = _errs19 === errors;
                          valid1 = valid1 || _valid0;
                          if (!valid1) {
                            const _errs20 = errors;
                            if (data8 !== null) {
                              const err0 = {
                                instancePath: instancePath + "/businessEstablishment",
                                keyword: "type",
                                params: { type: "null" },
                                message: "must be null",
                              };
                              if (vErrors === null) {
                                vErrors = [err0];
                              } else {
                                vErrors.push(err0);
                              }
                              errors++;
                            }
                            var _valid0 = _errs20 === errors;
                            valid1 = valid1 || _valid0;
                          }
                          if (!valid1) {
                            const err1 = {
                              instancePath: instancePath + "/businessEstablishment",
                              keyword: "anyOf",
                              params: {},
                              message: "must match a schema in anyOf",
                            };
                            if (vErrors === null) {
                              vErrors = [err1];
                            } else {
                              vErrors.push(err1);
                            }
                            errors++;
                            validate54.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs18;
                            if (vErrors !== null) {
                              if (_errs18) {
                                vErrors.length = _errs18;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid0 = _errs17 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.previousAttributes !== void 0) {
                            let data9 = data.previousAttributes;
                            const _errs22 = errors;
                            if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
                              validate54.errors = [
                                {
                                  instancePath: instancePath + "/previousAttributes",
                                  keyword: "type",
                                  params: { type: "object" },
                                  message: "must be object",
                                },
                              ];
                              return false;
                            }
                            var valid0 = _errs22 === errors;
                          } else {
                            var valid0 = true;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate54.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate54.errors = vErrors;
  return errors === 0;
}
function validate308(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        validate308.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate308.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate308.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate308.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("occupation-category" !== data1) {
              validate308.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "occupation-category" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate308.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate308.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.title !== void 0) {
                let data3 = data.title;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (typeof data3 === "string") {
                    if (data3.length > 255 && (data3.length > 510 || func1(data3) > 255)) {
                      validate308.errors = [
                        {
                          instancePath: instancePath + "/title",
                          keyword: "maxLength",
                          params: { limit: 255 },
                          message: "must NOT have more than 255 characters",
                        },
                      ];
                      return false;
                    } else {
                      if (data3.length === 0) {
                        validate308.errors = [
                          {
                            instancePath: instancePath + "/title",
                            keyword: "minLength",
                            params: { limit: 1 },
                            message: "must NOT have fewer than 1 characters",
                          },
                        ];
                        return false;
                      }
                    }
                  } else {
                    validate308.errors = [
                      {
                        instancePath: instancePath + "/title",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.businessEstablishments !== void 0) {
                  let data4 = data.businessEstablishments;
                  const _errs9 = errors;
                  const _errs10 = errors;
                  let valid1 = false;
                  const _errs11 = errors;
                  if (errors === _errs11) {
                    if (Array.isArray(data4)) {
                      if (data4.length < 1) {
                        const err0 = {
                          instancePath: instancePath + "/businessEstablishments",
                          keyword: "minItems",
                          params: { limit: 1 },
                          message: "must NOT have fewer than 1 items",
                        };
                        if (vErrors === null) {
                          vErrors = [err0];
                        } else {
                          vErrors.push(err0);
                        }
                        errors++;
                      } else {
                        var valid2 = true;
                        const len0 = data4.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs13 = errors;
                          if (!validate55(data4[i0])) {
                            vErrors = prefixErrors(
                              vErrors,
                              validate55.errors,
                              instancePath + "/businessEstablishments/" + i0,
                            );
                            errors = vErrors.length;
                          }
                          var valid2 = _errs13 === errors;
                          if (!valid2) {
                            break;
                          }
                        }
                      }
                    } else {
                      const err1 = {
                        instancePath: instancePath + "/businessEstablishments",
                        keyword: "type",
                        params: { type: "array" },
                        message: "must be array",
                      };
                      if (vErrors === null) {
                        vErrors = [err1];
                      } else {
                        vErrors.push(err1);
                      }
                      errors++;
                    }
                  }
                  var _valid0 = _errs11 === errors;
                  valid1 = valid1 || _valid0;
                  if (!valid1) {
                    const _errs14 = errors;
                    if (data4 !== null) {
                      const err2 = {
                        instancePath: instancePath + "/businessEstablishments",
                        keyword: "type",
                        params: { type: "null" },
                        message: "must be null",
                      };
                      if (vErrors === null) {
                        vErrors = [err2];
                      } else {
                        vErrors.push(err2);
                      }
                      errors++;
                    }
                    var _valid0 = _errs14 === errors;
                    valid1 = valid1 || _valid0;
                  }
                  if (!valid1) {
                    const err3 = {
                      instancePath: instancePath + "/businessEstablishments",
                      keyword: "anyOf",
                      params: {},
                      message: "must match a schema in anyOf",
                    };
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                    validate308.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs10;
                    if (vErrors !== null) {
                      if (_errs10) {
                        vErrors.length = _errs10;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.t9n !== void 0) {
                    const _errs16 = errors;
                    if (!validate206(data.t9n)) {
                      vErrors = prefixErrors(vErrors, validate206.errors, instancePath + "/t9n");
                      errors = vErrors.length;
                    }
                    var valid0 = _errs16 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.links !== void 0) {
                      const _errs17 = errors;
                      if (!validate75(data.links)) {
                        vErrors = prefixErrors(vErrors, validate75.errors, instancePath + "/links");
                        errors = vErrors.length;
                      }
                      var valid0 = _errs17 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.embedded !== void 0) {
                        const _errs18 = errors;
                        if (!validate81(data.embedded)) {
                          vErrors = prefixErrors(
                            vErrors,
                            validate81.errors,
                            instancePath + "/embedded",
                          );
                          errors = vErrors.length;
                        }
                        var valid0 = _errs18 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate308.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate308.errors = vErrors;
  return errors === 0;
}
function validate105(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        validate105.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate105.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate105.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate105.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("department" !== data1) {
              validate105.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "department" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate105.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate105.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate105.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate105.errors = vErrors;
  return errors === 0;
}
function validate107(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        validate107.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate107.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate107.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate107.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("employee" !== data1) {
              validate107.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "employee" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate107.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate107.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate107.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate107.errors = vErrors;
  return errors === 0;
}
function validate144(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        validate144.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate144.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate144.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate144.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("portrait" !== data1) {
              validate144.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "portrait" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate144.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate144.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate144.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate144.errors = vErrors;
  return errors === 0;
}
function validate150(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        validate150.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate150.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate150.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate150.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("employment" !== data1) {
              validate150.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "employment" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate150.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate150.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate150.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate150.errors = vErrors;
  return errors === 0;
}
function validate152(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        validate152.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate152.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate152.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate152.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("job-position" !== data1) {
              validate152.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "job-position" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate152.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate152.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate152.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate152.errors = vErrors;
  return errors === 0;
}
function validate172(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        validate172.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate172.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate172.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate172.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("employment-template" !== data1) {
              validate172.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "employment-template" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate172.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate172.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate172.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate172.errors = vErrors;
  return errors === 0;
}
function validate177(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        validate177.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate177.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate177.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate177.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("file" !== data1) {
              validate177.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "file" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate177.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate177.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate177.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate177.errors = vErrors;
  return errors === 0;
}
function validate198(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        validate198.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate198.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate198.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate198.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("job-qualification" !== data1) {
              validate198.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "job-qualification" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate198.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate198.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate198.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate198.errors = vErrors;
  return errors === 0;
}
function validate201(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        validate201.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate201.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate201.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate201.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("occupation-category" !== data1) {
              validate201.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "occupation-category" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate201.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate201.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate201.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate201.errors = vErrors;
  return errors === 0;
}
function validate203(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        validate203.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate203.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate203.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate203.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("working-time-arrangement" !== data1) {
              validate203.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "working-time-arrangement" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate203.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate203.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate203.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate203.errors = vErrors;
  return errors === 0;
}
function validate222(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        validate222.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate222.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate222.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate222.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("profession" !== data1) {
              validate222.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "profession" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate222.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate222.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate222.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate222.errors = vErrors;
  return errors === 0;
}
function validate240(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        validate240.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate240.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate240.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate240.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("leave-request" !== data1) {
              validate240.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "leave-request" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate240.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate240.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate240.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate240.errors = vErrors;
  return errors === 0;
}
function validate256(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        validate256.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate256.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate256.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate256.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("leave" !== data1) {
              validate256.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "leave" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate256.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate256.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate256.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate256.errors = vErrors;
  return errors === 0;
}
function validate322(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        validate322.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate322.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate322.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate322.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("test" !== data1) {
              validate322.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "test" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate322.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate322.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate322.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate322.errors = vErrors;
  return errors === 0;
}
function validate55(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        validate55.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate55.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate55.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate55.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("business-establishment" !== data1) {
              validate55.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "business-establishment" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate55.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate55.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate55.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate55.errors = vErrors;
  return errors === 0;
}
function validate59(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        validate59.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate59.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate59.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate59.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("legal-entity" !== data1) {
              validate59.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "legal-entity" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate59.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate59.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate59.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate59.errors = vErrors;
  return errors === 0;
}
function validate69(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        validate69.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate69.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate69.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate69.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("holidays-calendar" !== data1) {
              validate69.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "holidays-calendar" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate69.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate69.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate69.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate69.errors = vErrors;
  return errors === 0;
}
function validate94(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        validate94.errors = [
          {
            instancePath,
            keyword: "required",
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                validate94.errors = [
                  {
                    instancePath: instancePath + "/id",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                  },
                ];
                return false;
              }
            } else {
              validate94.errors = [
                {
                  instancePath: instancePath + "/id",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            let data1 = data.type;
            const _errs3 = errors;
            if (typeof data1 !== "string") {
              validate94.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                },
              ];
              return false;
            }
            if ("calendar-event" !== data1) {
              validate94.errors = [
                {
                  instancePath: instancePath + "/type",
                  keyword: "const",
                  params: { allowedValue: "calendar-event" },
                  message: "must be equal to constant",
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.url !== void 0) {
              let data2 = data.url;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      validate94.errors = [
                        {
                          instancePath: instancePath + "/url",
                          keyword: "format",
                          params: { format: "uri" },
                          message: 'must match format "uri"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate94.errors = [
                      {
                        instancePath: instancePath + "/url",
                        keyword: "type",
                        params: { type: "string" },
                        message: "must be string",
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate94.errors = [
        { instancePath, keyword: "type", params: { type: "object" }, message: "must be object" },
      ];
      return false;
    }
  }
  validate94.errors = vErrors;
  return errors === 0;
}
function validate71(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (errors === 0) {
      if (typeof data === "string") {
        if (!formats18(data)) {
          validate71.errors = [
            {
              instancePath,
              keyword: "format",
              params: { format: "date-time-offset" },
              message: 'must match format "date-time-offset"',
            },
          ];
          return false;
        }
      } else {
        validate71.errors = [
          { instancePath, keyword: "type", params: { type: "string" }, message: "must be string" },
        ];
        return false;
      }
    }
  }
  validate71.errors = vErrors;
  return errors === 0;
}
function validate73(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (errors === 0) {
      if (typeof data === "string") {
        if (!formats2(data)) {
          validate73.errors = [
            {
              instancePath,
              keyword: "format",
              params: { format: "date-time" },
              message: 'must match format "date-time"',
            },
          ];
          return false;
        }
      } else {
        validate73.errors = [
          { instancePath, keyword: "type", params: { type: "string" }, message: "must be string" },
        ];
        return false;
      }
    }
  }
  validate73.errors = vErrors;
  return errors === 0;
}
function validate275(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (data.length === 0) {
        validate275.errors = [
          {
            instancePath,
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          },
        ];
        return false;
      }
    } else {
      validate275.errors = [
        { instancePath, keyword: "type", params: { type: "string" }, message: "must be string" },
      ];
      return false;
    }
  }
  validate275.errors = vErrors;
  return errors === 0;
}
function validate291(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate291.errors = [
      { instancePath, keyword: "type", params: { type: "string" }, message: "must be string" },
    ];
    return false;
  }
  if (!(
    data === "EUR" ||
    data === "AED" ||
    data === "AFN" ||
    data === "ALL" ||
    data === "AMD" ||
    data === "ANG" ||
    data === "AOA" ||
    data === "ARS" ||
    data === "AUD" ||
    data === "AWG" ||
    data === "AZN" ||
    data === "BAM" ||
    data === "BBD" ||
    data === "BDT" ||
    data === "BGN" ||
    data === "BHD" ||
    data === "BIF" ||
    data === "BMD" ||
    data === "BND" ||
    data === "BOB" ||
    data === "BOV" ||
    data === "BRL" ||
    data === "BSD" ||
    data === "BTN" ||
    data === "BWP" ||
    data === "BYN" ||
    data === "BZD" ||
    data === "CAD" ||
    data === "CDF" ||
    data === "CHE" ||
    data === "CHF" ||
    data === "CHW" ||
    data === "CLF" ||
    data === "CLP" ||
    data === "CNY" ||
    data === "COP" ||
    data === "COU" ||
    data === "CRC" ||
    data === "CUC" ||
    data === "CUP" ||
    data === "CVE" ||
    data === "CZK" ||
    data === "DJF" ||
    data === "DKK" ||
    data === "DOP" ||
    data === "DZD" ||
    data === "EGP" ||
    data === "ERN" ||
    data === "ETB" ||
    data === "FJD" ||
    data === "FKP" ||
    data === "GBP" ||
    data === "GEL" ||
    data === "GHS" ||
    data === "GIP" ||
    data === "GMD" ||
    data === "GNF" ||
    data === "GTQ" ||
    data === "GYD" ||
    data === "HKD" ||
    data === "HNL" ||
    data === "HTG" ||
    data === "HUF" ||
    data === "IDR" ||
    data === "ILS" ||
    data === "INR" ||
    data === "IQD" ||
    data === "IRR" ||
    data === "ISK" ||
    data === "JMD" ||
    data === "JOD" ||
    data === "JPY" ||
    data === "KES" ||
    data === "KGS" ||
    data === "KHR" ||
    data === "KMF" ||
    data === "KPW" ||
    data === "KRW" ||
    data === "KWD" ||
    data === "KYD" ||
    data === "KZT" ||
    data === "LAK" ||
    data === "LBP" ||
    data === "LKR" ||
    data === "LRD" ||
    data === "LSL" ||
    data === "LYD" ||
    data === "MAD" ||
    data === "MDL" ||
    data === "MGA" ||
    data === "MKD" ||
    data === "MMK" ||
    data === "MNT" ||
    data === "MOP" ||
    data === "MRU" ||
    data === "MUR" ||
    data === "MVR" ||
    data === "MWK" ||
    data === "MXN" ||
    data === "MXV" ||
    data === "MYR" ||
    data === "MZN" ||
    data === "NAD" ||
    data === "NGN" ||
    data === "NIO" ||
    data === "NOK" ||
    data === "NPR" ||
    data === "NZD" ||
    data === "OMR" ||
    data === "PAB" ||
    data === "PEN" ||
    data === "PGK" ||
    data === "PHP" ||
    data === "PKR" ||
    data === "PLN" ||
    data === "PYG" ||
    data === "QAR" ||
    data === "RON" ||
    data === "RSD" ||
    data === "RUB" ||
    data === "RWF" ||
    data === "SAR" ||
    data === "SBD" ||
    data === "SCR" ||
    data === "SDG" ||
    data === "SEK" ||
    data === "SGD" ||
    data === "SHP" ||
    data === "SLE" ||
    data === "SLL" ||
    data === "SOS" ||
    data === "SRD" ||
    data === "SSP" ||
    data === "STN" ||
    data === "SVC" ||
    data === "SYP" ||
    data === "SZL" ||
    data === "THB" ||
    data === "TJS" ||
    data === "TMT" ||
    data === "TND" ||
    data === "TOP" ||
    data === "TRY" ||
    data === "TTD" ||
    data === "TWD" ||
    data === "TZS" ||
    data === "UAH" ||
    data === "UGX" ||
    data === "USD" ||
    data === "USN" ||
    data === "UYI" ||
    data === "UYU" ||
    data === "UYW" ||
    data === "UZS" ||
    data === "VED" ||
    data === "VES" ||
    data === "VND" ||
    data === "VUV" ||
    data === "WST" ||
    data === "XAF" ||
    data === "XAG" ||
    data === "XAU" ||
    data === "XBA" ||
    data === "XBB" ||
    data === "XBC" ||
    data === "XBD" ||
    data === "XCD" ||
    data === "XCG" ||
    data === "XDR" ||
    data === "XOF" ||
    data === "XPD" ||
    data === "XPF" ||
    data === "XPT" ||
    data === "XSU" ||
    data === "XTS" ||
    data === "XUA" ||
    data === "XXX" ||
    data === "YER" ||
    data === "ZAR" ||
    data === "ZMW" ||
    data === "ZWG" ||
    data === "ZWL"
  )) {
    validate291.errors = [
      {
        instancePath,
        keyword: "enum",
        params: { allowedValues: schema104.enum },
        message: "must be equal to one of the allowed values",
      },
    ];
    return false;
  }
  validate291.errors = vErrors;
  return errors === 0;
}
function validate146(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate146.errors = [
      { instancePath, keyword: "type", params: { type: "string" }, message: "must be string" },
    ];
    return false;
  }
  if (!(data === "active" || data === "upcoming" || data === "deactivated")) {
    validate146.errors = [
      {
        instancePath,
        keyword: "enum",
        params: { allowedValues: schema60.enum },
        message: "must be equal to one of the allowed values",
      },
    ];
    return false;
  }
  validate146.errors = vErrors;
  return errors === 0;
}
function validate66(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate66.errors = [
      { instancePath, keyword: "type", params: { type: "string" }, message: "must be string" },
    ];
    return false;
  }
  let valid0;
  valid0 = false;
  for (const v0 of schema28.enum) {
    if (func0(data, v0)) {
      valid0 = true;
      break;
    }
  }
  if (!valid0) {
    validate66.errors = [
      {
        instancePath,
        keyword: "enum",
        params: { allowedValues: schema28.enum },
        message: "must be equal to one of the allowed values",
      },
    ];
    return false;
  }
  validate66.errors = vErrors;
  return errors === 0;
}
export {
  isBusinessEstablishmentCreatedEvent,
  isBusinessEstablishmentDeletedEvent,
  isBusinessEstablishmentUpdatedEvent,
  isCalendarEventCreatedEvent,
  isCalendarEventDeletedEvent,
  isCalendarEventUpdatedEvent,
  isDepartmentCreatedEvent,
  isDepartmentDeletedEvent,
  isDepartmentUpdatedEvent,
  isEmployeeCreatedEvent,
  isEmployeeDeletedEvent,
  isEmployeePersonalRecordCreatedEvent,
  isEmployeePersonalRecordUpdatedEvent,
  isEmployeeUpdatedEvent,
  isEmploymentCreatedEvent,
  isEmploymentDeletedEvent,
  isEmploymentUpdatedEvent,
  isJobPositionCreatedEvent,
  isJobPositionDeletedEvent,
  isJobPositionUpdatedEvent,
  isJobQualificationCreatedEvent,
  isJobQualificationDeletedEvent,
  isJobQualificationUpdatedEvent,
  isLeaveCreatedEvent,
  isLeaveDeletedEvent,
  isLeaveRequestCreatedEvent,
  isLeaveRequestDecisionCreatedEvent,
  isLeaveRequestDeletedEvent,
  isLeaveRequestUpdatedEvent,
  isLeaveUpdatedEvent,
  isLegalEntityCreatedEvent,
  isLegalEntityDeletedEvent,
  isLegalEntityUpdatedEvent,
  isLuccaEventEnvelope,
  isOccupationCategoryCreatedEvent,
  isOccupationCategoryDeletedEvent,
  isOccupationCategoryUpdatedEvent,
  isTestCreatedEvent,
};
