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
var MESSAGES = {
  type: (params) => `must be ${String(params.type)}`,
  required: (params) => `must have required property '${String(params.missingProperty)}'`,
  const: () => "must be equal to constant",
  enum: () => "must be equal to one of the allowed values",
  format: (params) => `must match format "${String(params.format)}"`,
  pattern: (params) => `must match pattern "${String(params.pattern)}"`,
  minLength: (params) => `must NOT have fewer than ${String(params.limit)} characters`,
  maxLength: (params) => `must NOT have more than ${String(params.limit)} characters`,
  minItems: (params) => `must NOT have fewer than ${String(params.limit)} items`,
  maxItems: (params) => `must NOT have more than ${String(params.limit)} items`,
  minimum: (params) => `must be ${String(params.comparison)} ${String(params.limit)}`,
  maximum: (params) => `must be ${String(params.comparison)} ${String(params.limit)}`,
  exclusiveMinimum: (params) => `must be ${String(params.comparison)} ${String(params.limit)}`,
  exclusiveMaximum: (params) => `must be ${String(params.comparison)} ${String(params.limit)}`,
  anyOf: () => "must match a schema in anyOf",
  oneOf: () => "must match exactly one schema in oneOf",
  additionalProperties: () => "must NOT have additional properties",
};
function errorMessage(keyword, params) {
  return Object.hasOwn(MESSAGES, keyword) ? MESSAGES[keyword](params) : void 0;
}
function validatorError(instancePath, keyword, params) {
  return { instancePath, keyword, params, message: errorMessage(keyword, params) };
}
function fail(validate, instancePath, keyword, params) {
  validate.errors = [validatorError(instancePath, keyword, params)];
  return false;
}
function pushError(list, instancePath, keyword, params) {
  const merged = list === null ? [] : list;
  merged.push(validatorError(instancePath, keyword, params));
  return merged;
}
function nullableFail(validate, list, errors, path) {
  const merged = pushError(prefixErrors(list, errors, path), path, "type", { type: "null" });
  validate.errors = pushError(merged, path, "anyOf", {});
  return false;
}
function refFail(validate, list, errors, path) {
  validate.errors = prefixErrors(list, errors, path);
  return false;
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
var schema104_enum = [
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
];
var schema25_properties_format_enum = [
  "franceSIRET",
  "frenchSIRET",
  "franceSIREN",
  "frenchSIREN",
  "other",
];
var schema27_properties_postalCode_type = ["string", "null"];
var schema28_enum = [
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
];
var schema50_properties_legalGender_enum = ["unknown", "male", "female", "diverse"];
var schema50_properties_title_enum = [
  "unknown",
  "mister",
  "miss",
  "misses",
  "mizz",
  "doctor",
  "professor",
  "master",
];
var schema51_properties_format_enum = ["frenchSSN", "other"];
var schema60_enum = ["active", "upcoming", "deactivated"];
var schema93_properties_status_enum = ["pending", "approved", "rejected", "denied"];
var func1 = ucs2length;
var formats0 = isUri;
var formats2 = isDateTime;
var formats6 = isDate;
var func0 = equal;
var formats18 = isDateTime;
var isBusinessEstablishmentDeletedEvent = /* @__PURE__ */ withStandardSchema(validate86);
var isBusinessEstablishmentUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate89);
var isCalendarEventCreatedEvent = /* @__PURE__ */ withStandardSchema(validate92);
var isCalendarEventDeletedEvent = /* @__PURE__ */ withStandardSchema(validate96);
var isCalendarEventUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate99);
var isDepartmentCreatedEvent = /* @__PURE__ */ withStandardSchema(validate102);
var formats28 = INT32;
var isDepartmentDeletedEvent = /* @__PURE__ */ withStandardSchema(validate112);
var isDepartmentUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate115);
var isEmployeePersonalRecordCreatedEvent = /* @__PURE__ */ withStandardSchema(validate118);
var formats38 = isPhone;
var formats40 = isEmail;
var isEmployeePersonalRecordUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate138);
var isEmployeeCreatedEvent = /* @__PURE__ */ withStandardSchema(validate141);
var pattern3 = /* @__PURE__ */ new RegExp("^[^<>]*$", "u");
var pattern4 = /* @__PURE__ */ new RegExp(
  "^[\\+]?[(]?[0-9]{3}[)]?[-\\s\\.]?[0-9]{3}[-\\s\\.]?[0-9]{4,6}$",
  "u",
);
var isEmployeeDeletedEvent = /* @__PURE__ */ withStandardSchema(validate159);
var isEmployeeUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate162);
var isEmploymentCreatedEvent = /* @__PURE__ */ withStandardSchema(validate165);
var isEmploymentDeletedEvent = /* @__PURE__ */ withStandardSchema(validate184);
var isEmploymentUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate187);
var isJobPositionCreatedEvent = /* @__PURE__ */ withStandardSchema(validate190);
var isJobPositionDeletedEvent = /* @__PURE__ */ withStandardSchema(validate213);
var isJobPositionUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate216);
var isJobQualificationCreatedEvent = /* @__PURE__ */ withStandardSchema(validate219);
var isJobQualificationDeletedEvent = /* @__PURE__ */ withStandardSchema(validate230);
var isJobQualificationUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate233);
var isLeaveRequestDecisionCreatedEvent = /* @__PURE__ */ withStandardSchema(validate236);
var isLeaveRequestCreatedEvent = /* @__PURE__ */ withStandardSchema(validate253);
var isLeaveRequestDeletedEvent = /* @__PURE__ */ withStandardSchema(validate265);
var isLeaveRequestUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate268);
var isLeaveCreatedEvent = /* @__PURE__ */ withStandardSchema(validate271);
var isLeaveDeletedEvent = /* @__PURE__ */ withStandardSchema(validate281);
var isLeaveUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate284);
var isLegalEntityCreatedEvent = /* @__PURE__ */ withStandardSchema(validate287);
var isLegalEntityDeletedEvent = /* @__PURE__ */ withStandardSchema(validate300);
var isLegalEntityUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate303);
var isOccupationCategoryCreatedEvent = /* @__PURE__ */ withStandardSchema(validate306);
var isOccupationCategoryDeletedEvent = /* @__PURE__ */ withStandardSchema(validate314);
var isOccupationCategoryUpdatedEvent = /* @__PURE__ */ withStandardSchema(validate317);
var isTestCreatedEvent = /* @__PURE__ */ withStandardSchema(validate320);
var isLuccaEventEnvelope = /* @__PURE__ */ withStandardSchema(validate324);
function validate102(data) {
  const self = validate102;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("department.created" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "department.created",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate104(data.data)) {
            return refFail(self, null, validate104.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate112(data) {
  const self = validate112;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("department.deleted" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "department.deleted",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate104(data.data)) {
            return refFail(self, null, validate104.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate115(data) {
  const self = validate115;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("department.updated" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "department.updated",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate104(data.data)) {
            return refFail(self, null, validate104.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate118(data) {
  const self = validate118;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("employee-personal-record.created" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "employee-personal-record.created",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate120(data.data)) {
            return refFail(self, null, validate120.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate138(data) {
  const self = validate138;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("employee-personal-record.updated" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "employee-personal-record.updated",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate120(data.data)) {
            return refFail(self, null, validate120.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate141(data) {
  const self = validate141;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("employee.created" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", { allowedValue: "employee.created" });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate143(data.data)) {
            return refFail(self, null, validate143.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate159(data) {
  const self = validate159;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("employee.deleted" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", { allowedValue: "employee.deleted" });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate143(data.data)) {
            return refFail(self, null, validate143.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate162(data) {
  const self = validate162;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("employee.updated" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", { allowedValue: "employee.updated" });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate143(data.data)) {
            return refFail(self, null, validate143.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate165(data) {
  const self = validate165;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("employment.created" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "employment.created",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate167(data.data)) {
            return refFail(self, null, validate167.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate184(data) {
  const self = validate184;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("employment.deleted" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "employment.deleted",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate167(data.data)) {
            return refFail(self, null, validate167.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate187(data) {
  const self = validate187;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("employment.updated" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "employment.updated",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate167(data.data)) {
            return refFail(self, null, validate167.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate190(data) {
  const self = validate190;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("job-position.created" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "job-position.created",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate192(data.data)) {
            return refFail(self, null, validate192.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate213(data) {
  const self = validate213;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("job-position.deleted" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "job-position.deleted",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate192(data.data)) {
            return refFail(self, null, validate192.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate216(data) {
  const self = validate216;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("job-position.updated" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "job-position.updated",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate192(data.data)) {
            return refFail(self, null, validate192.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate219(data) {
  const self = validate219;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("job-qualification.created" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "job-qualification.created",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate221(data.data)) {
            return refFail(self, null, validate221.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate230(data) {
  const self = validate230;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("job-qualification.deleted" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "job-qualification.deleted",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate221(data.data)) {
            return refFail(self, null, validate221.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate233(data) {
  const self = validate233;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("job-qualification.updated" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "job-qualification.updated",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate221(data.data)) {
            return refFail(self, null, validate221.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate236(data) {
  const self = validate236;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("leave-request-decision.created" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "leave-request-decision.created",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate238(data.data)) {
            return refFail(self, null, validate238.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate253(data) {
  const self = validate253;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("leave-request.created" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "leave-request.created",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate255(data.data)) {
            return refFail(self, null, validate255.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate265(data) {
  const self = validate265;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("leave-request.deleted" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "leave-request.deleted",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate255(data.data)) {
            return refFail(self, null, validate255.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate268(data) {
  const self = validate268;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("leave-request.updated" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "leave-request.updated",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate255(data.data)) {
            return refFail(self, null, validate255.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate271(data) {
  const self = validate271;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("leave.created" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", { allowedValue: "leave.created" });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate273(data.data)) {
            return refFail(self, null, validate273.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate281(data) {
  const self = validate281;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("leave.deleted" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", { allowedValue: "leave.deleted" });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate273(data.data)) {
            return refFail(self, null, validate273.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate284(data) {
  const self = validate284;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("leave.updated" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", { allowedValue: "leave.updated" });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate273(data.data)) {
            return refFail(self, null, validate273.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate287(data) {
  const self = validate287;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("legal-entity.created" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "legal-entity.created",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate289(data.data)) {
            return refFail(self, null, validate289.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate300(data) {
  const self = validate300;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("legal-entity.deleted" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "legal-entity.deleted",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate289(data.data)) {
            return refFail(self, null, validate289.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate303(data) {
  const self = validate303;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("legal-entity.updated" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "legal-entity.updated",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate289(data.data)) {
            return refFail(self, null, validate289.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate306(data) {
  const self = validate306;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("occupation-category.created" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "occupation-category.created",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate308(data.data)) {
            return refFail(self, null, validate308.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate314(data) {
  const self = validate314;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("occupation-category.deleted" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "occupation-category.deleted",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate308(data.data)) {
            return refFail(self, null, validate308.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate317(data) {
  const self = validate317;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("occupation-category.updated" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "occupation-category.updated",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate308(data.data)) {
            return refFail(self, null, validate308.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate320(data) {
  const self = validate320;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("test.created" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", { allowedValue: "test.created" });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate322(data.data)) {
            return refFail(self, null, validate322.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate53(data) {
  const self = validate53;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("business-establishment.created" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "business-establishment.created",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate58(data.data)) {
            return refFail(self, null, validate58.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate86(data) {
  const self = validate86;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("business-establishment.deleted" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "business-establishment.deleted",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate58(data.data)) {
            return refFail(self, null, validate58.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate89(data) {
  const self = validate89;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("business-establishment.updated" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "business-establishment.updated",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate58(data.data)) {
            return refFail(self, null, validate58.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate92(data) {
  const self = validate92;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("calendar-event.created" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "calendar-event.created",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate94(data.data)) {
            return refFail(self, null, validate94.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate96(data) {
  const self = validate96;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("calendar-event.deleted" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "calendar-event.deleted",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate94(data.data)) {
            return refFail(self, null, validate94.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate99(data) {
  const self = validate99;
  const instancePath = "";
  if (!validate54(data)) {
    return refFail(self, null, validate54.errors, instancePath);
  }
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.topic !== void 0) {
        if ("calendar-event.updated" !== data.topic) {
          return fail(self, instancePath + "/topic", "const", {
            allowedValue: "calendar-event.updated",
          });
        }
      }
      if (true) {
        if (data.data !== void 0) {
          if (!validate94(data.data)) {
            return refFail(self, null, validate94.errors, instancePath + "/data");
          }
        }
      }
    }
  }
  self.errors = null;
  return true;
}
function validate75(data) {
  const self = validate75;
  const instancePath = "";
  if (data !== null && !validate76(data)) {
    return nullableFail(self, null, validate76.errors, instancePath);
  }
  self.errors = null;
  return true;
}
function validate81(data) {
  const self = validate81;
  const instancePath = "";
  if (data !== null && !validate82(data)) {
    return nullableFail(self, null, validate82.errors, instancePath);
  }
  self.errors = null;
  return true;
}
function validate76(data) {
  const self = validate76;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        let data0 = data[key0];
        if (data0 !== null && !validate77(data0)) {
          return nullableFail(
            self,
            null,
            validate77.errors,
            instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
          );
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate206(data) {
  const self = validate206;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        let data0 = data[key0];
        if (true) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            for (const key1 in data0) {
              if (typeof data0[key1] !== "string") {
                return fail(
                  self,
                  instancePath +
                    "/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1"),
                  "type",
                  { type: "string" },
                );
              }
            }
          } else {
            return fail(
              self,
              instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
              "type",
              { type: "object" },
            );
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate82(data) {
  const self = validate82;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        let data0 = data[key0];
        if (true) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            for (const key1 in data0) {
              let data1 = data0[key1];
              if (!(data1 && typeof data1 == "object" && !Array.isArray(data1))) {
                return fail(
                  self,
                  instancePath +
                    "/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1"),
                  "type",
                  { type: "object" },
                );
              }
            }
          } else {
            return fail(
              self,
              instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
              "type",
              { type: "object" },
            );
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate65(data) {
  const self = validate65;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.addressLines !== void 0) {
        let data0 = data.addressLines;
        if (true) {
          if (Array.isArray(data0)) {
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data0[i0] !== "string") {
                return fail(self, instancePath + "/addressLines/" + i0, "type", { type: "string" });
              }
            }
          } else {
            return fail(self, instancePath + "/addressLines", "type", { type: "array" });
          }
        }
      }
      if (true) {
        if (data.postalCode !== void 0) {
          let data2 = data.postalCode;
          if (typeof data2 !== "string" && data2 !== null) {
            return fail(self, instancePath + "/postalCode", "type", {
              type: schema27_properties_postalCode_type,
            });
          }
        }
        if (true) {
          if (data.locality !== void 0) {
            let data3 = data.locality;
            if (typeof data3 !== "string" && data3 !== null) {
              return fail(self, instancePath + "/locality", "type", {
                type: schema27_properties_postalCode_type,
              });
            }
          }
          if (true) {
            if (data.administrativeArea !== void 0) {
              let data4 = data.administrativeArea;
              if (typeof data4 !== "string" && data4 !== null) {
                return fail(self, instancePath + "/administrativeArea", "type", {
                  type: schema27_properties_postalCode_type,
                });
              }
            }
            if (true) {
              if (data.countryCode !== void 0) {
                if (!validate66(data.countryCode)) {
                  return refFail(self, null, validate66.errors, instancePath + "/countryCode");
                }
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate170(data) {
  const self = validate170;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.date !== void 0) {
        let data0 = data.date;
        if (true) {
          if (true) {
            if (typeof data0 === "string") {
              if (!formats6(data0)) {
                return fail(self, instancePath + "/date", "format", { format: "date" });
              }
            } else {
              return fail(self, instancePath + "/date", "type", { type: "string" });
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate148(data) {
  const self = validate148;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.day !== void 0) {
        let data0 = data.day;
        if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
          return fail(self, instancePath + "/day", "type", { type: "integer" });
        }
        if (true) {
          if (typeof data0 == "number" && isFinite(data0)) {
            if (data0 > 31 || isNaN(data0)) {
              return fail(self, instancePath + "/day", "maximum", { comparison: "<=", limit: 31 });
            } else {
              if (data0 < 1 || isNaN(data0)) {
                return fail(self, instancePath + "/day", "minimum", { comparison: ">=", limit: 1 });
              }
            }
          }
        }
      }
      if (true) {
        if (data.month !== void 0) {
          let data1 = data.month;
          if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
            return fail(self, instancePath + "/month", "type", { type: "integer" });
          }
          if (true) {
            if (typeof data1 == "number" && isFinite(data1)) {
              if (data1 > 12 || isNaN(data1)) {
                return fail(self, instancePath + "/month", "maximum", {
                  comparison: "<=",
                  limit: 12,
                });
              } else {
                if (data1 < 1 || isNaN(data1)) {
                  return fail(self, instancePath + "/month", "minimum", {
                    comparison: ">=",
                    limit: 1,
                  });
                }
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate168(data) {
  const self = validate168;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.date === void 0 && (missing0 = "date")) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.date !== void 0) {
          let data0 = data.date;
          if (true) {
            if (true) {
              if (typeof data0 === "string") {
                if (!formats6(data0)) {
                  return fail(self, instancePath + "/date", "format", { format: "date" });
                }
              } else {
                return fail(self, instancePath + "/date", "type", { type: "string" });
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate63(data) {
  const self = validate63;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.format === void 0 && (missing0 = "format")) ||
        (data.value === void 0 && (missing0 = "value"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.format !== void 0) {
          let data0 = data.format;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/format", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/format", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.value !== void 0) {
            if (typeof data.value !== "string") {
              return fail(self, instancePath + "/value", "type", { type: "string" });
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate61(data) {
  const self = validate61;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.format === void 0 && (missing0 = "format")) ||
        (data.value === void 0 && (missing0 = "value"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.format !== void 0) {
          let data0 = data.format;
          if (typeof data0 !== "string") {
            return fail(self, instancePath + "/format", "type", { type: "string" });
          }
          if (!(
            data0 === "franceSIRET" ||
            data0 === "frenchSIRET" ||
            data0 === "franceSIREN" ||
            data0 === "frenchSIREN" ||
            data0 === "other"
          )) {
            return fail(self, instancePath + "/format", "enum", {
              allowedValues: schema25_properties_format_enum,
            });
          }
        }
        if (true) {
          if (data.value !== void 0) {
            if (typeof data.value !== "string") {
              return fail(self, instancePath + "/value", "type", { type: "string" });
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate122(data) {
  const self = validate122;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.format === void 0 && (missing0 = "format")) ||
        (data.value === void 0 && (missing0 = "value"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.format !== void 0) {
          let data0 = data.format;
          if (typeof data0 !== "string") {
            return fail(self, instancePath + "/format", "type", { type: "string" });
          }
          if (!(data0 === "frenchSSN" || data0 === "other")) {
            return fail(self, instancePath + "/format", "enum", {
              allowedValues: schema51_properties_format_enum,
            });
          }
        }
        if (true) {
          if (data.value !== void 0) {
            if (typeof data.value !== "string") {
              return fail(self, instancePath + "/value", "type", { type: "string" });
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate126(data) {
  const self = validate126;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.format === void 0 && (missing0 = "format")) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.format !== void 0) {
          let data0 = data.format;
          if (typeof data0 !== "string") {
            return fail(self, instancePath + "/format", "type", { type: "string" });
          }
          if ("iban" !== data0) {
            return fail(self, instancePath + "/format", "const", { allowedValue: "iban" });
          }
        }
        if (true) {
          if (data.bankName !== void 0) {
            let data1 = data.bankName;
            if (typeof data1 !== "string" && data1 !== null) {
              return fail(self, instancePath + "/bankName", "type", {
                type: schema27_properties_postalCode_type,
              });
            }
          }
          if (true) {
            if (data.accountIdentifier !== void 0) {
              if (typeof data.accountIdentifier !== "string") {
                return fail(self, instancePath + "/accountIdentifier", "type", { type: "string" });
              }
            }
            if (true) {
              if (data.bankIdentifier !== void 0) {
                let data3 = data.bankIdentifier;
                if (typeof data3 !== "string" && data3 !== null) {
                  return fail(self, instancePath + "/bankIdentifier", "type", {
                    type: schema27_properties_postalCode_type,
                  });
                }
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate130(data) {
  const self = validate130;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.format === void 0 && (missing0 = "format")) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.format !== void 0) {
          let data0 = data.format;
          if (typeof data0 !== "string") {
            return fail(self, instancePath + "/format", "type", { type: "string" });
          }
          if ("other" !== data0) {
            return fail(self, instancePath + "/format", "const", { allowedValue: "other" });
          }
        }
        if (true) {
          if (data.bankName !== void 0) {
            let data1 = data.bankName;
            if (typeof data1 !== "string" && data1 !== null) {
              return fail(self, instancePath + "/bankName", "type", {
                type: schema27_properties_postalCode_type,
              });
            }
          }
          if (true) {
            if (data.accountNumber !== void 0) {
              if (typeof data.accountNumber !== "string") {
                return fail(self, instancePath + "/accountNumber", "type", { type: "string" });
              }
            }
            if (true) {
              if (data.routingNumber !== void 0) {
                let data3 = data.routingNumber;
                if (typeof data3 !== "string" && data3 !== null) {
                  return fail(self, instancePath + "/routingNumber", "type", {
                    type: schema27_properties_postalCode_type,
                  });
                }
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate128(data) {
  const self = validate128;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.format === void 0 && (missing0 = "format")) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.format !== void 0) {
          let data0 = data.format;
          if (typeof data0 !== "string") {
            return fail(self, instancePath + "/format", "type", { type: "string" });
          }
          if ("iban" !== data0) {
            return fail(self, instancePath + "/format", "const", { allowedValue: "iban" });
          }
        }
        if (true) {
          if (data.iban !== void 0) {
            if (typeof data.iban !== "string") {
              return fail(self, instancePath + "/iban", "type", { type: "string" });
            }
          }
          if (true) {
            if (data.bic !== void 0) {
              let data2 = data.bic;
              if (typeof data2 !== "string" && data2 !== null) {
                return fail(self, instancePath + "/bic", "type", {
                  type: schema27_properties_postalCode_type,
                });
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate77(data) {
  const self = validate77;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.href === void 0 && (missing0 = "href")) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.href !== void 0) {
          if (typeof data.href !== "string") {
            return fail(self, instancePath + "/href", "type", { type: "string" });
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate120(data) {
  const self = validate120;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url")) ||
        (data.employee === void 0 && (missing0 = "employee"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("employee-personal-record" !== data1) {
              return fail(self, instancePath + "/type", "const", {
                allowedValue: "employee-personal-record",
              });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
            if (true) {
              if (data.employee !== void 0) {
                if (!validate107(data.employee)) {
                  return refFail(self, null, validate107.errors, instancePath + "/employee");
                }
              }
              if (true) {
                if (data.title !== void 0) {
                  let data4 = data.title;
                  if (typeof data4 !== "string") {
                    return fail(self, instancePath + "/title", "type", { type: "string" });
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
                    return fail(self, instancePath + "/title", "enum", {
                      allowedValues: schema50_properties_title_enum,
                    });
                  }
                }
                if (true) {
                  if (data.legalGender !== void 0) {
                    let data5 = data.legalGender;
                    if (typeof data5 !== "string") {
                      return fail(self, instancePath + "/legalGender", "type", { type: "string" });
                    }
                    if (!(
                      data5 === "unknown" ||
                      data5 === "male" ||
                      data5 === "female" ||
                      data5 === "diverse"
                    )) {
                      return fail(self, instancePath + "/legalGender", "enum", {
                        allowedValues: schema50_properties_legalGender_enum,
                      });
                    }
                  }
                  if (true) {
                    if (data.birthDate !== void 0) {
                      let data6 = data.birthDate;
                      if (typeof data6 !== "string" && data6 !== null) {
                        return fail(self, instancePath + "/birthDate", "type", {
                          type: schema27_properties_postalCode_type,
                        });
                      }
                      if (true) {
                        if (true) {
                          if (typeof data6 === "string") {
                            if (!formats6(data6)) {
                              return fail(self, instancePath + "/birthDate", "format", {
                                format: "date",
                              });
                            }
                          }
                        }
                      }
                    }
                    if (true) {
                      if (data.insuranceNumber !== void 0) {
                        let data7 = data.insuranceNumber;
                        if (data7 !== null && !validate122(data7)) {
                          return nullableFail(
                            self,
                            null,
                            validate122.errors,
                            instancePath + "/insuranceNumber",
                          );
                        }
                      }
                      if (true) {
                        if (data.nationalitiesCountryCodes !== void 0) {
                          let data8 = data.nationalitiesCountryCodes;
                          if (true) {
                            if (Array.isArray(data8)) {
                              if (data8.length > 1) {
                                return fail(
                                  self,
                                  instancePath + "/nationalitiesCountryCodes",
                                  "maxItems",
                                  { limit: 1 },
                                );
                              } else {
                                const len0 = data8.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                  if (!validate66(data8[i0])) {
                                    return refFail(
                                      self,
                                      null,
                                      validate66.errors,
                                      instancePath + "/nationalitiesCountryCodes/" + i0,
                                    );
                                  }
                                }
                              }
                            } else {
                              return fail(
                                self,
                                instancePath + "/nationalitiesCountryCodes",
                                "type",
                                { type: "array" },
                              );
                            }
                          }
                        }
                        if (true) {
                          if (data.bankAccount !== void 0) {
                            let data10 = data.bankAccount;
                            if (data10 !== null && !validate125(data10)) {
                              return nullableFail(
                                self,
                                null,
                                validate125.errors,
                                instancePath + "/bankAccount",
                              );
                            }
                          }
                          if (true) {
                            if (data.phoneNumber !== void 0) {
                              let data11 = data.phoneNumber;
                              if (typeof data11 !== "string" && data11 !== null) {
                                return fail(self, instancePath + "/phoneNumber", "type", {
                                  type: schema27_properties_postalCode_type,
                                });
                              }
                              if (true) {
                                if (true) {
                                  if (typeof data11 === "string") {
                                    if (!formats38(data11)) {
                                      return fail(self, instancePath + "/phoneNumber", "format", {
                                        format: "phone",
                                      });
                                    }
                                  }
                                }
                              }
                            }
                            if (true) {
                              if (data.email !== void 0) {
                                let data12 = data.email;
                                if (typeof data12 !== "string" && data12 !== null) {
                                  return fail(self, instancePath + "/email", "type", {
                                    type: schema27_properties_postalCode_type,
                                  });
                                }
                                if (true) {
                                  if (true) {
                                    if (typeof data12 === "string") {
                                      if (
                                        data12.length > 255 &&
                                        (data12.length > 510 || func1(data12) > 255)
                                      ) {
                                        return fail(self, instancePath + "/email", "maxLength", {
                                          limit: 255,
                                        });
                                      } else {
                                        if (
                                          data12.length < 6 &&
                                          (data12.length < 3 || func1(data12) < 3)
                                        ) {
                                          return fail(self, instancePath + "/email", "minLength", {
                                            limit: 3,
                                          });
                                        } else {
                                          if (!formats40(data12)) {
                                            return fail(self, instancePath + "/email", "format", {
                                              format: "email",
                                            });
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                              if (true) {
                                if (data.createdAt !== void 0) {
                                  if (!validate71(data.createdAt)) {
                                    return refFail(
                                      self,
                                      null,
                                      validate71.errors,
                                      instancePath + "/createdAt",
                                    );
                                  }
                                }
                                if (true) {
                                  if (data.lastUpdatedAt !== void 0) {
                                    if (!validate73(data.lastUpdatedAt)) {
                                      return refFail(
                                        self,
                                        null,
                                        validate73.errors,
                                        instancePath + "/lastUpdatedAt",
                                      );
                                    }
                                  }
                                  if (true) {
                                    if (data.links !== void 0) {
                                      if (!validate75(data.links)) {
                                        return refFail(
                                          self,
                                          null,
                                          validate75.errors,
                                          instancePath + "/links",
                                        );
                                      }
                                    }
                                    if (true) {
                                      if (data.embedded !== void 0) {
                                        if (!validate81(data.embedded)) {
                                          return refFail(
                                            self,
                                            null,
                                            validate81.errors,
                                            instancePath + "/embedded",
                                          );
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
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate192(data) {
  const self = validate192;
  const instancePath = "";
  if (true) {
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
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("job-position" !== data1) {
              return fail(self, instancePath + "/type", "const", { allowedValue: "job-position" });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
            if (true) {
              if (data.employment !== void 0) {
                if (!validate150(data.employment)) {
                  return refFail(self, null, validate150.errors, instancePath + "/employment");
                }
              }
              if (true) {
                if (data.startsOn !== void 0) {
                  let data4 = data.startsOn;
                  if (true) {
                    if (true) {
                      if (typeof data4 === "string") {
                        if (!formats6(data4)) {
                          return fail(self, instancePath + "/startsOn", "format", {
                            format: "date",
                          });
                        }
                      } else {
                        return fail(self, instancePath + "/startsOn", "type", { type: "string" });
                      }
                    }
                  }
                }
                if (true) {
                  if (data.endsOn !== void 0) {
                    let data5 = data.endsOn;
                    if (typeof data5 !== "string" && data5 !== null) {
                      return fail(self, instancePath + "/endsOn", "type", {
                        type: schema27_properties_postalCode_type,
                      });
                    }
                    if (true) {
                      if (true) {
                        if (typeof data5 === "string") {
                          if (!formats6(data5)) {
                            return fail(self, instancePath + "/endsOn", "format", {
                              format: "date",
                            });
                          }
                        }
                      }
                    }
                  }
                  if (true) {
                    if (data.businessEstablishment !== void 0) {
                      if (!validate55(data.businessEstablishment)) {
                        return refFail(
                          self,
                          null,
                          validate55.errors,
                          instancePath + "/businessEstablishment",
                        );
                      }
                    }
                    if (true) {
                      if (data.department !== void 0) {
                        if (!validate105(data.department)) {
                          return refFail(
                            self,
                            null,
                            validate105.errors,
                            instancePath + "/department",
                          );
                        }
                      }
                      if (true) {
                        if (data.remoteId !== void 0) {
                          let data8 = data.remoteId;
                          if (typeof data8 !== "string" && data8 !== null) {
                            return fail(self, instancePath + "/remoteId", "type", {
                              type: schema27_properties_postalCode_type,
                            });
                          }
                          if (true) {
                            if (typeof data8 === "string") {
                              if (
                                data8.length > 1024 &&
                                (data8.length > 2048 || func1(data8) > 1024)
                              ) {
                                return fail(self, instancePath + "/remoteId", "maxLength", {
                                  limit: 1024,
                                });
                              } else {
                                if (data8.length === 0) {
                                  return fail(self, instancePath + "/remoteId", "minLength", {
                                    limit: 1,
                                  });
                                }
                              }
                            }
                          }
                        }
                        if (true) {
                          if (data.employee !== void 0) {
                            if (!validate107(data.employee)) {
                              return refFail(
                                self,
                                null,
                                validate107.errors,
                                instancePath + "/employee",
                              );
                            }
                          }
                          if (true) {
                            if (data.status !== void 0) {
                              if (!validate146(data.status)) {
                                return refFail(
                                  self,
                                  null,
                                  validate146.errors,
                                  instancePath + "/status",
                                );
                              }
                            }
                            if (true) {
                              if (data.jobTitle !== void 0) {
                                let data11 = data.jobTitle;
                                if (typeof data11 !== "string" && data11 !== null) {
                                  return fail(self, instancePath + "/jobTitle", "type", {
                                    type: schema27_properties_postalCode_type,
                                  });
                                }
                                if (true) {
                                  if (typeof data11 === "string") {
                                    if (
                                      data11.length > 1024 &&
                                      (data11.length > 2048 || func1(data11) > 1024)
                                    ) {
                                      return fail(self, instancePath + "/jobTitle", "maxLength", {
                                        limit: 1024,
                                      });
                                    }
                                  }
                                }
                              }
                              if (true) {
                                if (data.jobQualification !== void 0) {
                                  let data12 = data.jobQualification;
                                  if (data12 !== null && !validate198(data12)) {
                                    return nullableFail(
                                      self,
                                      null,
                                      validate198.errors,
                                      instancePath + "/jobQualification",
                                    );
                                  }
                                }
                                if (true) {
                                  if (data.manager !== void 0) {
                                    let data13 = data.manager;
                                    if (data13 !== null && !validate107(data13)) {
                                      return nullableFail(
                                        self,
                                        null,
                                        validate107.errors,
                                        instancePath + "/manager",
                                      );
                                    }
                                  }
                                  if (true) {
                                    if (data.occupationCategory !== void 0) {
                                      let data14 = data.occupationCategory;
                                      if (data14 !== null && !validate201(data14)) {
                                        return nullableFail(
                                          self,
                                          null,
                                          validate201.errors,
                                          instancePath + "/occupationCategory",
                                        );
                                      }
                                    }
                                    if (true) {
                                      if (data.workingTimeArrangement !== void 0) {
                                        if (!validate203(data.workingTimeArrangement)) {
                                          return refFail(
                                            self,
                                            null,
                                            validate203.errors,
                                            instancePath + "/workingTimeArrangement",
                                          );
                                        }
                                      }
                                      if (true) {
                                        if (data.document !== void 0) {
                                          let data16 = data.document;
                                          if (data16 !== null && !validate177(data16)) {
                                            return nullableFail(
                                              self,
                                              null,
                                              validate177.errors,
                                              instancePath + "/document",
                                            );
                                          }
                                        }
                                        if (true) {
                                          if (data.notes !== void 0) {
                                            let data17 = data.notes;
                                            if (typeof data17 !== "string" && data17 !== null) {
                                              return fail(self, instancePath + "/notes", "type", {
                                                type: schema27_properties_postalCode_type,
                                              });
                                            }
                                            if (true) {
                                              if (typeof data17 === "string") {
                                                if (
                                                  data17.length > 500 &&
                                                  (data17.length > 1e3 || func1(data17) > 500)
                                                ) {
                                                  return fail(
                                                    self,
                                                    instancePath + "/notes",
                                                    "maxLength",
                                                    { limit: 500 },
                                                  );
                                                }
                                              }
                                            }
                                          }
                                          if (true) {
                                            if (data.t9n !== void 0) {
                                              if (!validate206(data.t9n)) {
                                                return refFail(
                                                  self,
                                                  null,
                                                  validate206.errors,
                                                  instancePath + "/t9n",
                                                );
                                              }
                                            }
                                            if (true) {
                                              if (data.updatedAttributes !== void 0) {
                                                let data19 = data.updatedAttributes;
                                                if (true) {
                                                  if (Array.isArray(data19)) {
                                                    const len0 = data19.length;
                                                    for (let i0 = 0; i0 < len0; i0++) {
                                                      if (typeof data19[i0] !== "string") {
                                                        return fail(
                                                          self,
                                                          instancePath + "/updatedAttributes/" + i0,
                                                          "type",
                                                          { type: "string" },
                                                        );
                                                      }
                                                    }
                                                  } else {
                                                    return fail(
                                                      self,
                                                      instancePath + "/updatedAttributes",
                                                      "type",
                                                      { type: "array" },
                                                    );
                                                  }
                                                }
                                              }
                                              if (true) {
                                                if (data.changedAttributes !== void 0) {
                                                  let data21 = data.changedAttributes;
                                                  if (true) {
                                                    if (Array.isArray(data21)) {
                                                      const len1 = data21.length;
                                                      for (let i1 = 0; i1 < len1; i1++) {
                                                        if (typeof data21[i1] !== "string") {
                                                          return fail(
                                                            self,
                                                            instancePath +
                                                              "/changedAttributes/" +
                                                              i1,
                                                            "type",
                                                            { type: "string" },
                                                          );
                                                        }
                                                      }
                                                    } else {
                                                      return fail(
                                                        self,
                                                        instancePath + "/changedAttributes",
                                                        "type",
                                                        { type: "array" },
                                                      );
                                                    }
                                                  }
                                                }
                                                if (true) {
                                                  if (data.createdAt !== void 0) {
                                                    if (!validate71(data.createdAt)) {
                                                      return refFail(
                                                        self,
                                                        null,
                                                        validate71.errors,
                                                        instancePath + "/createdAt",
                                                      );
                                                    }
                                                  }
                                                  if (true) {
                                                    if (data.lastUpdatedAt !== void 0) {
                                                      if (!validate73(data.lastUpdatedAt)) {
                                                        return refFail(
                                                          self,
                                                          null,
                                                          validate73.errors,
                                                          instancePath + "/lastUpdatedAt",
                                                        );
                                                      }
                                                    }
                                                    if (true) {
                                                      if (data.links !== void 0) {
                                                        if (!validate75(data.links)) {
                                                          return refFail(
                                                            self,
                                                            null,
                                                            validate75.errors,
                                                            instancePath + "/links",
                                                          );
                                                        }
                                                      }
                                                      if (true) {
                                                        if (data.embedded !== void 0) {
                                                          if (!validate81(data.embedded)) {
                                                            return refFail(
                                                              self,
                                                              null,
                                                              validate81.errors,
                                                              instancePath + "/embedded",
                                                            );
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
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate143(data) {
  const self = validate143;
  const instancePath = "";
  if (true) {
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
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("employee" !== data1) {
              return fail(self, instancePath + "/type", "const", { allowedValue: "employee" });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
            if (true) {
              if (data.givenName !== void 0) {
                let data3 = data.givenName;
                if (true) {
                  if (typeof data3 === "string") {
                    if (data3.length > 255 && (data3.length > 510 || func1(data3) > 255)) {
                      return fail(self, instancePath + "/givenName", "maxLength", { limit: 255 });
                    } else {
                      if (data3.length === 0) {
                        return fail(self, instancePath + "/givenName", "minLength", { limit: 1 });
                      }
                    }
                  } else {
                    return fail(self, instancePath + "/givenName", "type", { type: "string" });
                  }
                }
              }
              if (true) {
                if (data.familyName !== void 0) {
                  let data4 = data.familyName;
                  if (true) {
                    if (typeof data4 === "string") {
                      if (data4.length > 255 && (data4.length > 510 || func1(data4) > 255)) {
                        return fail(self, instancePath + "/familyName", "maxLength", {
                          limit: 255,
                        });
                      } else {
                        if (data4.length === 0) {
                          return fail(self, instancePath + "/familyName", "minLength", {
                            limit: 1,
                          });
                        }
                      }
                    } else {
                      return fail(self, instancePath + "/familyName", "type", { type: "string" });
                    }
                  }
                }
                if (true) {
                  if (data.email !== void 0) {
                    let data5 = data.email;
                    if (typeof data5 !== "string" && data5 !== null) {
                      return fail(self, instancePath + "/email", "type", {
                        type: schema27_properties_postalCode_type,
                      });
                    }
                    if (true) {
                      if (true) {
                        if (typeof data5 === "string") {
                          if (data5.length > 255 && (data5.length > 510 || func1(data5) > 255)) {
                            return fail(self, instancePath + "/email", "maxLength", { limit: 255 });
                          } else {
                            if (data5.length < 6 && (data5.length < 3 || func1(data5) < 3)) {
                              return fail(self, instancePath + "/email", "minLength", { limit: 3 });
                            } else {
                              if (!pattern3.test(data5)) {
                                return fail(self, instancePath + "/email", "pattern", {
                                  pattern: "^[^<>]*$",
                                });
                              } else {
                                if (!formats40(data5)) {
                                  return fail(self, instancePath + "/email", "format", {
                                    format: "email",
                                  });
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                  if (true) {
                    if (data.remoteId !== void 0) {
                      let data6 = data.remoteId;
                      if (typeof data6 !== "string" && data6 !== null) {
                        return fail(self, instancePath + "/remoteId", "type", {
                          type: schema27_properties_postalCode_type,
                        });
                      }
                      if (true) {
                        if (typeof data6 === "string") {
                          if (data6.length > 100 && (data6.length > 200 || func1(data6) > 100)) {
                            return fail(self, instancePath + "/remoteId", "maxLength", {
                              limit: 100,
                            });
                          } else {
                            if (data6.length === 0) {
                              return fail(self, instancePath + "/remoteId", "minLength", {
                                limit: 1,
                              });
                            }
                          }
                        }
                      }
                    }
                    if (true) {
                      if (data.portrait !== void 0) {
                        let data7 = data.portrait;
                        if (data7 !== null && !validate144(data7)) {
                          return nullableFail(
                            self,
                            null,
                            validate144.errors,
                            instancePath + "/portrait",
                          );
                        }
                      }
                      if (true) {
                        if (data.employeeNumber !== void 0) {
                          let data8 = data.employeeNumber;
                          if (typeof data8 !== "string" && data8 !== null) {
                            return fail(self, instancePath + "/employeeNumber", "type", {
                              type: schema27_properties_postalCode_type,
                            });
                          }
                          if (true) {
                            if (typeof data8 === "string") {
                              if (data8.length === 0) {
                                return fail(self, instancePath + "/employeeNumber", "minLength", {
                                  limit: 1,
                                });
                              }
                            }
                          }
                        }
                        if (true) {
                          if (data.status !== void 0) {
                            if (!validate146(data.status)) {
                              return refFail(
                                self,
                                null,
                                validate146.errors,
                                instancePath + "/status",
                              );
                            }
                          }
                          if (true) {
                            if (data.birthDay !== void 0) {
                              let data10 = data.birthDay;
                              if (data10 !== null && !validate148(data10)) {
                                return nullableFail(
                                  self,
                                  null,
                                  validate148.errors,
                                  instancePath + "/birthDay",
                                );
                              }
                            }
                            if (true) {
                              if (data.phoneNumber !== void 0) {
                                let data11 = data.phoneNumber;
                                if (typeof data11 !== "string" && data11 !== null) {
                                  return fail(self, instancePath + "/phoneNumber", "type", {
                                    type: schema27_properties_postalCode_type,
                                  });
                                }
                                if (true) {
                                  if (true) {
                                    if (typeof data11 === "string") {
                                      if (!pattern4.test(data11)) {
                                        return fail(
                                          self,
                                          instancePath + "/phoneNumber",
                                          "pattern",
                                          {
                                            pattern:
                                              "^[\\+]?[(]?[0-9]{3}[)]?[-\\s\\.]?[0-9]{3}[-\\s\\.]?[0-9]{4,6}$",
                                          },
                                        );
                                      } else {
                                        if (!formats38(data11)) {
                                          return fail(
                                            self,
                                            instancePath + "/phoneNumber",
                                            "format",
                                            { format: "phone" },
                                          );
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                              if (true) {
                                if (data.applicableEmployment !== void 0) {
                                  if (!validate150(data.applicableEmployment)) {
                                    return refFail(
                                      self,
                                      null,
                                      validate150.errors,
                                      instancePath + "/applicableEmployment",
                                    );
                                  }
                                }
                                if (true) {
                                  if (data.applicableJobPosition !== void 0) {
                                    if (!validate152(data.applicableJobPosition)) {
                                      return refFail(
                                        self,
                                        null,
                                        validate152.errors,
                                        instancePath + "/applicableJobPosition",
                                      );
                                    }
                                  }
                                  if (true) {
                                    if (data.createdAt !== void 0) {
                                      if (!validate71(data.createdAt)) {
                                        return refFail(
                                          self,
                                          null,
                                          validate71.errors,
                                          instancePath + "/createdAt",
                                        );
                                      }
                                    }
                                    if (true) {
                                      if (data.lastUpdatedAt !== void 0) {
                                        if (!validate73(data.lastUpdatedAt)) {
                                          return refFail(
                                            self,
                                            null,
                                            validate73.errors,
                                            instancePath + "/lastUpdatedAt",
                                          );
                                        }
                                      }
                                      if (true) {
                                        if (data.links !== void 0) {
                                          if (!validate75(data.links)) {
                                            return refFail(
                                              self,
                                              null,
                                              validate75.errors,
                                              instancePath + "/links",
                                            );
                                          }
                                        }
                                        if (true) {
                                          if (data.embedded !== void 0) {
                                            if (!validate81(data.embedded)) {
                                              return refFail(
                                                self,
                                                null,
                                                validate81.errors,
                                                instancePath + "/embedded",
                                              );
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
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate246(data) {
  const self = validate246;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url")) ||
        (data.leaveRequest === void 0 && (missing0 = "leaveRequest")) ||
        (data.comment === void 0 && (missing0 = "comment"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("leave-request-denial-decision" !== data1) {
              return fail(self, instancePath + "/type", "const", {
                allowedValue: "leave-request-denial-decision",
              });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
            if (true) {
              if (data.leaveRequest !== void 0) {
                if (!validate240(data.leaveRequest)) {
                  return refFail(self, null, validate240.errors, instancePath + "/leaveRequest");
                }
              }
              if (true) {
                if (data.comment !== void 0) {
                  let data4 = data.comment;
                  if (true) {
                    if (typeof data4 === "string") {
                      if (data4.length === 0) {
                        return fail(self, instancePath + "/comment", "minLength", { limit: 1 });
                      }
                    } else {
                      return fail(self, instancePath + "/comment", "type", { type: "string" });
                    }
                  }
                }
                if (true) {
                  if (data.createdAt !== void 0) {
                    if (!validate71(data.createdAt)) {
                      return refFail(self, null, validate71.errors, instancePath + "/createdAt");
                    }
                  }
                  if (true) {
                    if (data.links !== void 0) {
                      if (!validate75(data.links)) {
                        return refFail(self, null, validate75.errors, instancePath + "/links");
                      }
                    }
                    if (true) {
                      if (data.embedded !== void 0) {
                        if (!validate81(data.embedded)) {
                          return refFail(self, null, validate81.errors, instancePath + "/embedded");
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
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate239(data) {
  const self = validate239;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url")) ||
        (data.leaveRequest === void 0 && (missing0 = "leaveRequest"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("leave-request-approval-decision" !== data1) {
              return fail(self, instancePath + "/type", "const", {
                allowedValue: "leave-request-approval-decision",
              });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
            if (true) {
              if (data.leaveRequest !== void 0) {
                if (!validate240(data.leaveRequest)) {
                  return refFail(self, null, validate240.errors, instancePath + "/leaveRequest");
                }
              }
              if (true) {
                if (data.comment !== void 0) {
                  let data4 = data.comment;
                  if (typeof data4 !== "string" && data4 !== null) {
                    return fail(self, instancePath + "/comment", "type", {
                      type: schema27_properties_postalCode_type,
                    });
                  }
                }
                if (true) {
                  if (data.createdAt !== void 0) {
                    if (!validate71(data.createdAt)) {
                      return refFail(self, null, validate71.errors, instancePath + "/createdAt");
                    }
                  }
                  if (true) {
                    if (data.links !== void 0) {
                      if (!validate75(data.links)) {
                        return refFail(self, null, validate75.errors, instancePath + "/links");
                      }
                    }
                    if (true) {
                      if (data.embedded !== void 0) {
                        if (!validate81(data.embedded)) {
                          return refFail(self, null, validate81.errors, instancePath + "/embedded");
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
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate58(data) {
  const self = validate58;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url")) ||
        (data.name === void 0 && (missing0 = "name"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("business-establishment" !== data1) {
              return fail(self, instancePath + "/type", "const", {
                allowedValue: "business-establishment",
              });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
            if (true) {
              if (data.name !== void 0) {
                let data3 = data.name;
                if (true) {
                  if (typeof data3 === "string") {
                    if (data3.length === 0) {
                      return fail(self, instancePath + "/name", "minLength", { limit: 1 });
                    }
                  } else {
                    return fail(self, instancePath + "/name", "type", { type: "string" });
                  }
                }
              }
              if (true) {
                if (data.remoteId !== void 0) {
                  let data4 = data.remoteId;
                  if (typeof data4 !== "string" && data4 !== null) {
                    return fail(self, instancePath + "/remoteId", "type", {
                      type: schema27_properties_postalCode_type,
                    });
                  }
                }
                if (true) {
                  if (data.isArchived !== void 0) {
                    if (typeof data.isArchived !== "boolean") {
                      return fail(self, instancePath + "/isArchived", "type", { type: "boolean" });
                    }
                  }
                  if (true) {
                    if (data.legalEntity !== void 0) {
                      if (!validate59(data.legalEntity)) {
                        return refFail(
                          self,
                          null,
                          validate59.errors,
                          instancePath + "/legalEntity",
                        );
                      }
                    }
                    if (true) {
                      if (data.isHeadquarters !== void 0) {
                        if (typeof data.isHeadquarters !== "boolean") {
                          return fail(self, instancePath + "/isHeadquarters", "type", {
                            type: "boolean",
                          });
                        }
                      }
                      if (true) {
                        if (data.taxIdentificationNumber !== void 0) {
                          let data8 = data.taxIdentificationNumber;
                          if (data8 !== null && !validate61(data8)) {
                            return nullableFail(
                              self,
                              null,
                              validate61.errors,
                              instancePath + "/taxIdentificationNumber",
                            );
                          }
                        }
                        if (true) {
                          if (data.industryCode !== void 0) {
                            let data9 = data.industryCode;
                            if (data9 !== null && !validate63(data9)) {
                              return nullableFail(
                                self,
                                null,
                                validate63.errors,
                                instancePath + "/industryCode",
                              );
                            }
                          }
                          if (true) {
                            if (data.address !== void 0) {
                              let data10 = data.address;
                              if (data10 !== null && !validate65(data10)) {
                                return nullableFail(
                                  self,
                                  null,
                                  validate65.errors,
                                  instancePath + "/address",
                                );
                              }
                            }
                            if (true) {
                              if (data.timezoneId !== void 0) {
                                if (typeof data.timezoneId !== "string") {
                                  return fail(self, instancePath + "/timezoneId", "type", {
                                    type: "string",
                                  });
                                }
                              }
                              if (true) {
                                if (data.holidaysCalendar !== void 0) {
                                  if (!validate69(data.holidaysCalendar)) {
                                    return refFail(
                                      self,
                                      null,
                                      validate69.errors,
                                      instancePath + "/holidaysCalendar",
                                    );
                                  }
                                }
                                if (true) {
                                  if (data.lastArchivedAt !== void 0) {
                                    let data13 = data.lastArchivedAt;
                                    if (typeof data13 !== "string" && data13 !== null) {
                                      return fail(self, instancePath + "/lastArchivedAt", "type", {
                                        type: schema27_properties_postalCode_type,
                                      });
                                    }
                                    if (true) {
                                      if (true) {
                                        if (typeof data13 === "string") {
                                          if (!formats2(data13)) {
                                            return fail(
                                              self,
                                              instancePath + "/lastArchivedAt",
                                              "format",
                                              { format: "date-time" },
                                            );
                                          }
                                        }
                                      }
                                    }
                                  }
                                  if (true) {
                                    if (data.createdAt !== void 0) {
                                      if (!validate71(data.createdAt)) {
                                        return refFail(
                                          self,
                                          null,
                                          validate71.errors,
                                          instancePath + "/createdAt",
                                        );
                                      }
                                    }
                                    if (true) {
                                      if (data.lastUpdatedAt !== void 0) {
                                        if (!validate73(data.lastUpdatedAt)) {
                                          return refFail(
                                            self,
                                            null,
                                            validate73.errors,
                                            instancePath + "/lastUpdatedAt",
                                          );
                                        }
                                      }
                                      if (true) {
                                        if (data.links !== void 0) {
                                          if (!validate75(data.links)) {
                                            return refFail(
                                              self,
                                              null,
                                              validate75.errors,
                                              instancePath + "/links",
                                            );
                                          }
                                        }
                                        if (true) {
                                          if (data.embedded !== void 0) {
                                            if (!validate81(data.embedded)) {
                                              return refFail(
                                                self,
                                                null,
                                                validate81.errors,
                                                instancePath + "/embedded",
                                              );
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
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate104(data) {
  const self = validate104;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url")) ||
        (data.name === void 0 && (missing0 = "name"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("department" !== data1) {
              return fail(self, instancePath + "/type", "const", { allowedValue: "department" });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
            if (true) {
              if (data.name !== void 0) {
                let data3 = data.name;
                if (true) {
                  if (typeof data3 === "string") {
                    if (data3.length > 255 && (data3.length > 510 || func1(data3) > 255)) {
                      return fail(self, instancePath + "/name", "maxLength", { limit: 255 });
                    } else {
                      if (data3.length === 0) {
                        return fail(self, instancePath + "/name", "minLength", { limit: 1 });
                      }
                    }
                  } else {
                    return fail(self, instancePath + "/name", "type", { type: "string" });
                  }
                }
              }
              if (true) {
                if (data.remoteId !== void 0) {
                  let data4 = data.remoteId;
                  if (typeof data4 !== "string" && data4 !== null) {
                    return fail(self, instancePath + "/remoteId", "type", {
                      type: schema27_properties_postalCode_type,
                    });
                  }
                  if (true) {
                    if (typeof data4 === "string") {
                      if (data4.length > 255 && (data4.length > 510 || func1(data4) > 255)) {
                        return fail(self, instancePath + "/remoteId", "maxLength", { limit: 255 });
                      }
                    }
                  }
                }
                if (true) {
                  if (data.isArchived !== void 0) {
                    if (typeof data.isArchived !== "boolean") {
                      return fail(self, instancePath + "/isArchived", "type", { type: "boolean" });
                    }
                  }
                  if (true) {
                    if (data.description !== void 0) {
                      let data6 = data.description;
                      if (typeof data6 !== "string" && data6 !== null) {
                        return fail(self, instancePath + "/description", "type", {
                          type: schema27_properties_postalCode_type,
                        });
                      }
                    }
                    if (true) {
                      if (data.parent !== void 0) {
                        let data7 = data.parent;
                        if (data7 !== null && !validate105(data7)) {
                          return nullableFail(
                            self,
                            null,
                            validate105.errors,
                            instancePath + "/parent",
                          );
                        }
                      }
                      if (true) {
                        if (data.level !== void 0) {
                          let data8 = data.level;
                          if (!(
                            typeof data8 == "number" &&
                            !(data8 % 1) &&
                            !isNaN(data8) &&
                            isFinite(data8)
                          )) {
                            return fail(self, instancePath + "/level", "type", { type: "integer" });
                          }
                          if (true) {
                            if (typeof data8 == "number" && isFinite(data8)) {
                              if (data8 < 1 || isNaN(data8)) {
                                return fail(self, instancePath + "/level", "minimum", {
                                  comparison: ">=",
                                  limit: 1,
                                });
                              } else {
                                if (!formats28.validate(data8)) {
                                  return fail(self, instancePath + "/level", "format", {
                                    format: "int32",
                                  });
                                }
                              }
                            }
                          }
                        }
                        if (true) {
                          if (data.manager !== void 0) {
                            let data9 = data.manager;
                            if (data9 !== null && !validate107(data9)) {
                              return nullableFail(
                                self,
                                null,
                                validate107.errors,
                                instancePath + "/manager",
                              );
                            }
                          }
                          if (true) {
                            if (data.sortOrder !== void 0) {
                              let data10 = data.sortOrder;
                              if (!(
                                typeof data10 == "number" &&
                                !(data10 % 1) &&
                                !isNaN(data10) &&
                                isFinite(data10)
                              )) {
                                return fail(self, instancePath + "/sortOrder", "type", {
                                  type: "integer",
                                });
                              }
                              if (true) {
                                if (typeof data10 == "number" && isFinite(data10)) {
                                  if (data10 < 0 || isNaN(data10)) {
                                    return fail(self, instancePath + "/sortOrder", "minimum", {
                                      comparison: ">=",
                                      limit: 0,
                                    });
                                  } else {
                                    if (!formats28.validate(data10)) {
                                      return fail(self, instancePath + "/sortOrder", "format", {
                                        format: "int32",
                                      });
                                    }
                                  }
                                }
                              }
                            }
                            if (true) {
                              if (data.owningApplication !== void 0) {
                                let data11 = data.owningApplication;
                                if (typeof data11 !== "string" && data11 !== null) {
                                  return fail(self, instancePath + "/owningApplication", "type", {
                                    type: schema27_properties_postalCode_type,
                                  });
                                }
                                if (true) {
                                  if (typeof data11 === "string") {
                                    if (data11.length === 0) {
                                      return fail(
                                        self,
                                        instancePath + "/owningApplication",
                                        "minLength",
                                        { limit: 1 },
                                      );
                                    }
                                  }
                                }
                              }
                              if (true) {
                                if (data.links !== void 0) {
                                  if (!validate75(data.links)) {
                                    return refFail(
                                      self,
                                      null,
                                      validate75.errors,
                                      instancePath + "/links",
                                    );
                                  }
                                }
                                if (true) {
                                  if (data.embedded !== void 0) {
                                    if (!validate81(data.embedded)) {
                                      return refFail(
                                        self,
                                        null,
                                        validate81.errors,
                                        instancePath + "/embedded",
                                      );
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
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate167(data) {
  const self = validate167;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url")) ||
        (data.start === void 0 && (missing0 = "start")) ||
        (data.template === void 0 && (missing0 = "template"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("employment" !== data1) {
              return fail(self, instancePath + "/type", "const", { allowedValue: "employment" });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
            if (true) {
              if (data.start !== void 0) {
                if (!validate168(data.start)) {
                  return refFail(self, null, validate168.errors, instancePath + "/start");
                }
              }
              if (true) {
                if (data.end !== void 0) {
                  let data4 = data.end;
                  if (data4 !== null && !validate170(data4)) {
                    return nullableFail(self, null, validate170.errors, instancePath + "/end");
                  }
                }
                if (true) {
                  if (data.template !== void 0) {
                    if (!validate172(data.template)) {
                      return refFail(self, null, validate172.errors, instancePath + "/template");
                    }
                  }
                  if (true) {
                    if (data.remoteId !== void 0) {
                      let data6 = data.remoteId;
                      if (typeof data6 !== "string" && data6 !== null) {
                        return fail(self, instancePath + "/remoteId", "type", {
                          type: schema27_properties_postalCode_type,
                        });
                      }
                      if (true) {
                        if (typeof data6 === "string") {
                          if (data6.length > 200 && (data6.length > 400 || func1(data6) > 200)) {
                            return fail(self, instancePath + "/remoteId", "maxLength", {
                              limit: 200,
                            });
                          } else {
                            if (data6.length === 0) {
                              return fail(self, instancePath + "/remoteId", "minLength", {
                                limit: 1,
                              });
                            }
                          }
                        }
                      }
                    }
                    if (true) {
                      if (data.employee !== void 0) {
                        if (!validate107(data.employee)) {
                          return refFail(
                            self,
                            null,
                            validate107.errors,
                            instancePath + "/employee",
                          );
                        }
                      }
                      if (true) {
                        if (data.legalEntity !== void 0) {
                          if (!validate59(data.legalEntity)) {
                            return refFail(
                              self,
                              null,
                              validate59.errors,
                              instancePath + "/legalEntity",
                            );
                          }
                        }
                        if (true) {
                          if (data.status !== void 0) {
                            if (!validate146(data.status)) {
                              return refFail(
                                self,
                                null,
                                validate146.errors,
                                instancePath + "/status",
                              );
                            }
                          }
                          if (true) {
                            if (data.document !== void 0) {
                              let data10 = data.document;
                              if (data10 !== null && !validate177(data10)) {
                                return nullableFail(
                                  self,
                                  null,
                                  validate177.errors,
                                  instancePath + "/document",
                                );
                              }
                            }
                            if (true) {
                              if (data.createdAt !== void 0) {
                                if (!validate71(data.createdAt)) {
                                  return refFail(
                                    self,
                                    null,
                                    validate71.errors,
                                    instancePath + "/createdAt",
                                  );
                                }
                              }
                              if (true) {
                                if (data.lastUpdatedAt !== void 0) {
                                  if (!validate73(data.lastUpdatedAt)) {
                                    return refFail(
                                      self,
                                      null,
                                      validate73.errors,
                                      instancePath + "/lastUpdatedAt",
                                    );
                                  }
                                }
                                if (true) {
                                  if (data.links !== void 0) {
                                    if (!validate75(data.links)) {
                                      return refFail(
                                        self,
                                        null,
                                        validate75.errors,
                                        instancePath + "/links",
                                      );
                                    }
                                  }
                                  if (true) {
                                    if (data.embedded !== void 0) {
                                      if (!validate81(data.embedded)) {
                                        return refFail(
                                          self,
                                          null,
                                          validate81.errors,
                                          instancePath + "/embedded",
                                        );
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
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate273(data) {
  const self = validate273;
  const instancePath = "";
  if (true) {
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
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("leave" !== data1) {
              return fail(self, instancePath + "/type", "const", { allowedValue: "leave" });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
            if (true) {
              if (data.startsOn !== void 0) {
                let data3 = data.startsOn;
                if (true) {
                  if (true) {
                    if (typeof data3 === "string") {
                      if (!formats6(data3)) {
                        return fail(self, instancePath + "/startsOn", "format", { format: "date" });
                      }
                    } else {
                      return fail(self, instancePath + "/startsOn", "type", { type: "string" });
                    }
                  }
                }
              }
              if (true) {
                if (data.endsOn !== void 0) {
                  let data4 = data.endsOn;
                  if (true) {
                    if (true) {
                      if (typeof data4 === "string") {
                        if (!formats6(data4)) {
                          return fail(self, instancePath + "/endsOn", "format", { format: "date" });
                        }
                      } else {
                        return fail(self, instancePath + "/endsOn", "type", { type: "string" });
                      }
                    }
                  }
                }
                if (true) {
                  if (data.employee !== void 0) {
                    if (!validate107(data.employee)) {
                      return refFail(self, null, validate107.errors, instancePath + "/employee");
                    }
                  }
                  if (true) {
                    if (data.startPosition !== void 0) {
                      if (!validate275(data.startPosition)) {
                        return refFail(
                          self,
                          null,
                          validate275.errors,
                          instancePath + "/startPosition",
                        );
                      }
                    }
                    if (true) {
                      if (data.endPosition !== void 0) {
                        if (!validate275(data.endPosition)) {
                          return refFail(
                            self,
                            null,
                            validate275.errors,
                            instancePath + "/endPosition",
                          );
                        }
                      }
                      if (true) {
                        if (data.links !== void 0) {
                          if (!validate75(data.links)) {
                            return refFail(self, null, validate75.errors, instancePath + "/links");
                          }
                        }
                        if (true) {
                          if (data.embedded !== void 0) {
                            if (!validate81(data.embedded)) {
                              return refFail(
                                self,
                                null,
                                validate81.errors,
                                instancePath + "/embedded",
                              );
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
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate255(data) {
  const self = validate255;
  const instancePath = "";
  if (true) {
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
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("leave-request" !== data1) {
              return fail(self, instancePath + "/type", "const", { allowedValue: "leave-request" });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
            if (true) {
              if (data.status !== void 0) {
                let data3 = data.status;
                if (typeof data3 !== "string") {
                  return fail(self, instancePath + "/status", "type", { type: "string" });
                }
                if (!(
                  data3 === "pending" ||
                  data3 === "approved" ||
                  data3 === "rejected" ||
                  data3 === "denied"
                )) {
                  return fail(self, instancePath + "/status", "enum", {
                    allowedValues: schema93_properties_status_enum,
                  });
                }
              }
              if (true) {
                if (data.leaves !== void 0) {
                  let data4 = data.leaves;
                  if (true) {
                    if (Array.isArray(data4)) {
                      if (data4.length < 1) {
                        return fail(self, instancePath + "/leaves", "minItems", { limit: 1 });
                      } else {
                        const len0 = data4.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          if (!validate256(data4[i0])) {
                            return refFail(
                              self,
                              null,
                              validate256.errors,
                              instancePath + "/leaves/" + i0,
                            );
                          }
                        }
                      }
                    } else {
                      return fail(self, instancePath + "/leaves", "type", { type: "array" });
                    }
                  }
                }
                if (true) {
                  if (data.employee !== void 0) {
                    if (!validate107(data.employee)) {
                      return refFail(self, null, validate107.errors, instancePath + "/employee");
                    }
                  }
                  if (true) {
                    if (data.expectedApprover !== void 0) {
                      let data7 = data.expectedApprover;
                      if (data7 !== null && !validate107(data7)) {
                        return nullableFail(
                          self,
                          null,
                          validate107.errors,
                          instancePath + "/expectedApprover",
                        );
                      }
                    }
                    if (true) {
                      if (data.createdAt !== void 0) {
                        if (!validate71(data.createdAt)) {
                          return refFail(
                            self,
                            null,
                            validate71.errors,
                            instancePath + "/createdAt",
                          );
                        }
                      }
                      if (true) {
                        if (data.lastUpdatedAt !== void 0) {
                          if (!validate73(data.lastUpdatedAt)) {
                            return refFail(
                              self,
                              null,
                              validate73.errors,
                              instancePath + "/lastUpdatedAt",
                            );
                          }
                        }
                        if (true) {
                          if (data.links !== void 0) {
                            if (!validate75(data.links)) {
                              return refFail(
                                self,
                                null,
                                validate75.errors,
                                instancePath + "/links",
                              );
                            }
                          }
                          if (true) {
                            if (data.embedded !== void 0) {
                              if (!validate81(data.embedded)) {
                                return refFail(
                                  self,
                                  null,
                                  validate81.errors,
                                  instancePath + "/embedded",
                                );
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
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate221(data) {
  const self = validate221;
  const instancePath = "";
  if (true) {
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
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("job-qualification" !== data1) {
              return fail(self, instancePath + "/type", "const", {
                allowedValue: "job-qualification",
              });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
            if (true) {
              if (data.title !== void 0) {
                let data3 = data.title;
                if (true) {
                  if (typeof data3 === "string") {
                    if (data3.length === 0) {
                      return fail(self, instancePath + "/title", "minLength", { limit: 1 });
                    }
                  } else {
                    return fail(self, instancePath + "/title", "type", { type: "string" });
                  }
                }
              }
              if (true) {
                if (data.profession !== void 0) {
                  if (!validate222(data.profession)) {
                    return refFail(self, null, validate222.errors, instancePath + "/profession");
                  }
                }
                if (true) {
                  if (data.rank !== void 0) {
                    let data5 = data.rank;
                    if (!(
                      typeof data5 == "number" &&
                      !(data5 % 1) &&
                      !isNaN(data5) &&
                      isFinite(data5)
                    )) {
                      return fail(self, instancePath + "/rank", "type", { type: "integer" });
                    }
                    if (true) {
                      if (typeof data5 == "number" && isFinite(data5)) {
                        if (data5 < 1 || isNaN(data5)) {
                          return fail(self, instancePath + "/rank", "minimum", {
                            comparison: ">=",
                            limit: 1,
                          });
                        }
                      }
                    }
                  }
                  if (true) {
                    if (data.t9n !== void 0) {
                      if (!validate206(data.t9n)) {
                        return refFail(self, null, validate206.errors, instancePath + "/t9n");
                      }
                    }
                    if (true) {
                      if (data.createdAt !== void 0) {
                        if (!validate71(data.createdAt)) {
                          return refFail(
                            self,
                            null,
                            validate71.errors,
                            instancePath + "/createdAt",
                          );
                        }
                      }
                      if (true) {
                        if (data.lastUpdatedAt !== void 0) {
                          if (!validate73(data.lastUpdatedAt)) {
                            return refFail(
                              self,
                              null,
                              validate73.errors,
                              instancePath + "/lastUpdatedAt",
                            );
                          }
                        }
                        if (true) {
                          if (data.links !== void 0) {
                            if (!validate75(data.links)) {
                              return refFail(
                                self,
                                null,
                                validate75.errors,
                                instancePath + "/links",
                              );
                            }
                          }
                          if (true) {
                            if (data.embedded !== void 0) {
                              if (!validate81(data.embedded)) {
                                return refFail(
                                  self,
                                  null,
                                  validate81.errors,
                                  instancePath + "/embedded",
                                );
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
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate324(data) {
  const self = validate324;
  const instancePath = "";
  if (true) {
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
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("event" !== data1) {
              return fail(self, instancePath + "/type", "const", { allowedValue: "event" });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
            if (true) {
              if (data.topic !== void 0) {
                let data3 = data.topic;
                if (true) {
                  if (typeof data3 === "string") {
                    if (data3.length === 0) {
                      return fail(self, instancePath + "/topic", "minLength", { limit: 1 });
                    }
                  } else {
                    return fail(self, instancePath + "/topic", "type", { type: "string" });
                  }
                }
              }
              if (true) {
                if (data.occurredAt !== void 0) {
                  let data4 = data.occurredAt;
                  if (true) {
                    if (true) {
                      if (typeof data4 === "string") {
                        if (!formats2(data4)) {
                          return fail(self, instancePath + "/occurredAt", "format", {
                            format: "date-time",
                          });
                        }
                      } else {
                        return fail(self, instancePath + "/occurredAt", "type", { type: "string" });
                      }
                    }
                  }
                }
                if (true) {
                  if (data.source !== void 0) {
                    let data5 = data.source;
                    if (true) {
                      if (true) {
                        if (typeof data5 === "string") {
                          if (!formats0(data5)) {
                            return fail(self, instancePath + "/source", "format", {
                              format: "uri",
                            });
                          }
                        } else {
                          return fail(self, instancePath + "/source", "type", { type: "string" });
                        }
                      }
                    }
                  }
                  if (true) {
                    if (data.data !== void 0) {
                      let data6 = data.data;
                      if (!(data6 && typeof data6 == "object" && !Array.isArray(data6))) {
                        return fail(self, instancePath + "/data", "type", { type: "object" });
                      }
                    }
                    if (true) {
                      if (data.apiVersion !== void 0) {
                        let data7 = data.apiVersion;
                        if (true) {
                          if (true) {
                            if (typeof data7 === "string") {
                              if (!formats6(data7)) {
                                return fail(self, instancePath + "/apiVersion", "format", {
                                  format: "date",
                                });
                              }
                            } else {
                              return fail(self, instancePath + "/apiVersion", "type", {
                                type: "string",
                              });
                            }
                          }
                        }
                      }
                      if (true) {
                        if (data.businessEstablishment !== void 0) {
                          let data8 = data.businessEstablishment;
                          if (data8 !== null && !validate55(data8)) {
                            return nullableFail(
                              self,
                              null,
                              validate55.errors,
                              instancePath + "/businessEstablishment",
                            );
                          }
                        }
                        if (true) {
                          if (data.previousAttributes !== void 0) {
                            let data9 = data.previousAttributes;
                            if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
                              return fail(self, instancePath + "/previousAttributes", "type", {
                                type: "object",
                              });
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
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate54(data) {
  const self = validate54;
  const instancePath = "";
  if (true) {
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
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("event" !== data1) {
              return fail(self, instancePath + "/type", "const", { allowedValue: "event" });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
            if (true) {
              if (data.topic !== void 0) {
                let data3 = data.topic;
                if (true) {
                  if (typeof data3 === "string") {
                    if (data3.length === 0) {
                      return fail(self, instancePath + "/topic", "minLength", { limit: 1 });
                    }
                  } else {
                    return fail(self, instancePath + "/topic", "type", { type: "string" });
                  }
                }
              }
              if (true) {
                if (data.occurredAt !== void 0) {
                  let data4 = data.occurredAt;
                  if (true) {
                    if (true) {
                      if (typeof data4 === "string") {
                        if (!formats2(data4)) {
                          return fail(self, instancePath + "/occurredAt", "format", {
                            format: "date-time",
                          });
                        }
                      } else {
                        return fail(self, instancePath + "/occurredAt", "type", { type: "string" });
                      }
                    }
                  }
                }
                if (true) {
                  if (data.source !== void 0) {
                    let data5 = data.source;
                    if (true) {
                      if (true) {
                        if (typeof data5 === "string") {
                          if (!formats0(data5)) {
                            return fail(self, instancePath + "/source", "format", {
                              format: "uri",
                            });
                          }
                        } else {
                          return fail(self, instancePath + "/source", "type", { type: "string" });
                        }
                      }
                    }
                  }
                  if (true) {
                    if (data.data !== void 0) {
                      let data6 = data.data;
                      if (!(data6 && typeof data6 == "object" && !Array.isArray(data6))) {
                        return fail(self, instancePath + "/data", "type", { type: "object" });
                      }
                    }
                    if (true) {
                      if (data.apiVersion !== void 0) {
                        let data7 = data.apiVersion;
                        if (true) {
                          if (true) {
                            if (typeof data7 === "string") {
                              if (!formats6(data7)) {
                                return fail(self, instancePath + "/apiVersion", "format", {
                                  format: "date",
                                });
                              }
                            } else {
                              return fail(self, instancePath + "/apiVersion", "type", {
                                type: "string",
                              });
                            }
                          }
                        }
                      }
                      if (true) {
                        if (data.businessEstablishment !== void 0) {
                          let data8 = data.businessEstablishment;
                          if (data8 !== null && !validate55(data8)) {
                            return nullableFail(
                              self,
                              null,
                              validate55.errors,
                              instancePath + "/businessEstablishment",
                            );
                          }
                        }
                        if (true) {
                          if (data.previousAttributes !== void 0) {
                            let data9 = data.previousAttributes;
                            if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
                              return fail(self, instancePath + "/previousAttributes", "type", {
                                type: "object",
                              });
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
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate105(data) {
  const self = validate105;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("department" !== data1) {
              return fail(self, instancePath + "/type", "const", { allowedValue: "department" });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate107(data) {
  const self = validate107;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("employee" !== data1) {
              return fail(self, instancePath + "/type", "const", { allowedValue: "employee" });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate144(data) {
  const self = validate144;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("portrait" !== data1) {
              return fail(self, instancePath + "/type", "const", { allowedValue: "portrait" });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate150(data) {
  const self = validate150;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("employment" !== data1) {
              return fail(self, instancePath + "/type", "const", { allowedValue: "employment" });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate152(data) {
  const self = validate152;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("job-position" !== data1) {
              return fail(self, instancePath + "/type", "const", { allowedValue: "job-position" });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate172(data) {
  const self = validate172;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("employment-template" !== data1) {
              return fail(self, instancePath + "/type", "const", {
                allowedValue: "employment-template",
              });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate177(data) {
  const self = validate177;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("file" !== data1) {
              return fail(self, instancePath + "/type", "const", { allowedValue: "file" });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate198(data) {
  const self = validate198;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("job-qualification" !== data1) {
              return fail(self, instancePath + "/type", "const", {
                allowedValue: "job-qualification",
              });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate201(data) {
  const self = validate201;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("occupation-category" !== data1) {
              return fail(self, instancePath + "/type", "const", {
                allowedValue: "occupation-category",
              });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate203(data) {
  const self = validate203;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("working-time-arrangement" !== data1) {
              return fail(self, instancePath + "/type", "const", {
                allowedValue: "working-time-arrangement",
              });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate222(data) {
  const self = validate222;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("profession" !== data1) {
              return fail(self, instancePath + "/type", "const", { allowedValue: "profession" });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate240(data) {
  const self = validate240;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("leave-request" !== data1) {
              return fail(self, instancePath + "/type", "const", { allowedValue: "leave-request" });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate256(data) {
  const self = validate256;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("leave" !== data1) {
              return fail(self, instancePath + "/type", "const", { allowedValue: "leave" });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate322(data) {
  const self = validate322;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("test" !== data1) {
              return fail(self, instancePath + "/type", "const", { allowedValue: "test" });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate55(data) {
  const self = validate55;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("business-establishment" !== data1) {
              return fail(self, instancePath + "/type", "const", {
                allowedValue: "business-establishment",
              });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate59(data) {
  const self = validate59;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("legal-entity" !== data1) {
              return fail(self, instancePath + "/type", "const", { allowedValue: "legal-entity" });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate69(data) {
  const self = validate69;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("holidays-calendar" !== data1) {
              return fail(self, instancePath + "/type", "const", {
                allowedValue: "holidays-calendar",
              });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate94(data) {
  const self = validate94;
  const instancePath = "";
  if (true) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === void 0 && (missing0 = "id")) ||
        (data.type === void 0 && (missing0 = "type")) ||
        (data.url === void 0 && (missing0 = "url"))
      ) {
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          if (true) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
            }
          }
        }
        if (true) {
          if (data.type !== void 0) {
            let data1 = data.type;
            if (typeof data1 !== "string") {
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("calendar-event" !== data1) {
              return fail(self, instancePath + "/type", "const", {
                allowedValue: "calendar-event",
              });
            }
          }
          if (true) {
            if (data.url !== void 0) {
              let data2 = data.url;
              if (true) {
                if (true) {
                  if (typeof data2 === "string") {
                    if (!formats0(data2)) {
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
                  }
                }
              }
            }
          }
        }
      }
    } else {
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = null;
  return true;
}
function validate71(data) {
  const self = validate71;
  const instancePath = "";
  if (true) {
    if (true) {
      if (typeof data === "string") {
        if (!formats18(data)) {
          return fail(self, instancePath, "format", { format: "date-time-offset" });
        }
      } else {
        return fail(self, instancePath, "type", { type: "string" });
      }
    }
  }
  self.errors = null;
  return true;
}
function validate73(data) {
  const self = validate73;
  const instancePath = "";
  if (true) {
    if (true) {
      if (typeof data === "string") {
        if (!formats2(data)) {
          return fail(self, instancePath, "format", { format: "date-time" });
        }
      } else {
        return fail(self, instancePath, "type", { type: "string" });
      }
    }
  }
  self.errors = null;
  return true;
}
function validate275(data) {
  const self = validate275;
  const instancePath = "";
  if (true) {
    if (typeof data === "string") {
      if (data.length === 0) {
        return fail(self, instancePath, "minLength", { limit: 1 });
      }
    } else {
      return fail(self, instancePath, "type", { type: "string" });
    }
  }
  self.errors = null;
  return true;
}
function validate291(data) {
  const self = validate291;
  const instancePath = "";
  if (typeof data !== "string") {
    return fail(self, instancePath, "type", { type: "string" });
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
    return fail(self, instancePath, "enum", { allowedValues: schema104_enum });
  }
  self.errors = null;
  return true;
}
function validate146(data) {
  const self = validate146;
  const instancePath = "";
  if (typeof data !== "string") {
    return fail(self, instancePath, "type", { type: "string" });
  }
  if (!(data === "active" || data === "upcoming" || data === "deactivated")) {
    return fail(self, instancePath, "enum", { allowedValues: schema60_enum });
  }
  self.errors = null;
  return true;
}
function validate66(data) {
  const self = validate66;
  const instancePath = "";
  if (typeof data !== "string") {
    return fail(self, instancePath, "type", { type: "string" });
  }
  let valid0;
  valid0 = false;
  for (const v0 of schema28_enum) {
    if (func0(data, v0)) {
      valid0 = true;
      break;
    }
  }
  if (!valid0) {
    return fail(self, instancePath, "enum", { allowedValues: schema28_enum });
  }
  self.errors = null;
  return true;
}
function validate125(data) {
  const self = validate125;
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
    vErrors = pushError(vErrors, instancePath, "anyOf", {});
    errors++;
    self.errors = vErrors;
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
  self.errors = vErrors;
  return errors === 0;
}
function validate238(data) {
  const self = validate238;
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
    vErrors = pushError(vErrors, instancePath, "oneOf", { passingSchemas: passing0 });
    errors++;
    self.errors = vErrors;
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
  self.errors = vErrors;
  return errors === 0;
}
function validate289(data) {
  const self = validate289;
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
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
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
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("legal-entity" !== data1) {
              return fail(self, instancePath + "/type", "const", { allowedValue: "legal-entity" });
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
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
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
                      return fail(self, instancePath + "/legalName", "maxLength", { limit: 255 });
                    } else {
                      if (data3.length === 0) {
                        return fail(self, instancePath + "/legalName", "minLength", { limit: 1 });
                      }
                    }
                  } else {
                    return fail(self, instancePath + "/legalName", "type", { type: "string" });
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
                        return fail(self, instancePath + "/remoteId", "type", {
                          type: schema27_properties_postalCode_type,
                        });
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.isArchived !== void 0) {
                        const _errs13 = errors;
                        if (typeof data.isArchived !== "boolean") {
                          return fail(self, instancePath + "/isArchived", "type", {
                            type: "boolean",
                          });
                        }
                        var valid0 = _errs13 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.taxIdentificationNumber !== void 0) {
                          let data8 = data.taxIdentificationNumber;
                          const _errs15 = errors;
                          if (data8 !== null && !validate61(data8)) {
                            return nullableFail(
                              self,
                              vErrors,
                              validate61.errors,
                              instancePath + "/taxIdentificationNumber",
                            );
                          }
                          var valid0 = _errs15 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.industryCode !== void 0) {
                            let data9 = data.industryCode;
                            const _errs20 = errors;
                            if (data9 !== null && !validate63(data9)) {
                              return nullableFail(
                                self,
                                vErrors,
                                validate63.errors,
                                instancePath + "/industryCode",
                              );
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
                              if (data10 !== null) {
                                if (errors === _errs27) {
                                  if (errors === _errs27) {
                                    if (typeof data10 === "string") {
                                      if (!formats2(data10)) {
                                        vErrors = pushError(
                                          vErrors,
                                          instancePath + "/lastArchivedAt",
                                          "format",
                                          { format: "date-time" },
                                        );
                                        errors++;
                                      }
                                    } else {
                                      vErrors = pushError(
                                        vErrors,
                                        instancePath + "/lastArchivedAt",
                                        "type",
                                        { type: "string" },
                                      );
                                      errors++;
                                    }
                                  }
                                }
                              }
                              var _valid2 = _errs27 === errors;
                              valid3 = valid3 || _valid2;
                              if (!valid3) {
                                const _errs29 = errors;
                                if (data10 !== null) {
                                  vErrors = pushError(
                                    vErrors,
                                    instancePath + "/lastArchivedAt",
                                    "type",
                                    { type: "null" },
                                  );
                                  errors++;
                                }
                                var _valid2 = _errs29 === errors;
                                valid3 = valid3 || _valid2;
                                if (!valid3) {
                                  const _errs31 = errors;
                                  if (typeof data10 !== "string") {
                                    vErrors = pushError(
                                      vErrors,
                                      instancePath + "/lastArchivedAt",
                                      "type",
                                      { type: "string" },
                                    );
                                    errors++;
                                  }
                                  if ("null" !== data10) {
                                    vErrors = pushError(
                                      vErrors,
                                      instancePath + "/lastArchivedAt",
                                      "const",
                                      { allowedValue: "null" },
                                    );
                                    errors++;
                                  }
                                  var _valid2 = _errs31 === errors;
                                  valid3 = valid3 || _valid2;
                                }
                              }
                              if (!valid3) {
                                vErrors = pushError(
                                  vErrors,
                                  instancePath + "/lastArchivedAt",
                                  "anyOf",
                                  {},
                                );
                                errors++;
                                self.errors = vErrors;
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
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = vErrors;
  return errors === 0;
}
function validate308(data) {
  const self = validate308;
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
        return fail(self, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(self, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(self, instancePath + "/id", "type", { type: "string" });
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
              return fail(self, instancePath + "/type", "type", { type: "string" });
            }
            if ("occupation-category" !== data1) {
              return fail(self, instancePath + "/type", "const", {
                allowedValue: "occupation-category",
              });
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
                      return fail(self, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(self, instancePath + "/url", "type", { type: "string" });
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
                      return fail(self, instancePath + "/title", "maxLength", { limit: 255 });
                    } else {
                      if (data3.length === 0) {
                        return fail(self, instancePath + "/title", "minLength", { limit: 1 });
                      }
                    }
                  } else {
                    return fail(self, instancePath + "/title", "type", { type: "string" });
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
                  if (data4 !== null) {
                    if (errors === _errs11) {
                      if (Array.isArray(data4)) {
                        if (data4.length < 1) {
                          vErrors = pushError(
                            vErrors,
                            instancePath + "/businessEstablishments",
                            "minItems",
                            { limit: 1 },
                          );
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
                        vErrors = pushError(
                          vErrors,
                          instancePath + "/businessEstablishments",
                          "type",
                          { type: "array" },
                        );
                        errors++;
                      }
                    }
                  }
                  var _valid0 = _errs11 === errors;
                  valid1 = valid1 || _valid0;
                  if (!valid1) {
                    const _errs14 = errors;
                    if (data4 !== null) {
                      vErrors = pushError(
                        vErrors,
                        instancePath + "/businessEstablishments",
                        "type",
                        { type: "null" },
                      );
                      errors++;
                    }
                    var _valid0 = _errs14 === errors;
                    valid1 = valid1 || _valid0;
                  }
                  if (!valid1) {
                    vErrors = pushError(
                      vErrors,
                      instancePath + "/businessEstablishments",
                      "anyOf",
                      {},
                    );
                    errors++;
                    self.errors = vErrors;
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
      return fail(self, instancePath, "type", { type: "object" });
    }
  }
  self.errors = vErrors;
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
