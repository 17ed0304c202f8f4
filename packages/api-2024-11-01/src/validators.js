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
var pattern3 = new RegExp("^[^<>]*$", "u");
var pattern4 = new RegExp("^[\\+]?[(]?[0-9]{3}[)]?[-\\s\\.]?[0-9]{3}[-\\s\\.]?[0-9]{4,6}$", "u");
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
    vErrors = pushError(vErrors, instancePath, "anyOf", {});
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
    vErrors = pushError(vErrors, instancePath, "oneOf", { passingSchemas: passing0 });
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
          return fail(validate102, instancePath + "/topic", "const", {
            allowedValue: "department.created",
          });
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
          return fail(validate112, instancePath + "/topic", "const", {
            allowedValue: "department.deleted",
          });
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
          return fail(validate115, instancePath + "/topic", "const", {
            allowedValue: "department.updated",
          });
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
          return fail(validate118, instancePath + "/topic", "const", {
            allowedValue: "employee-personal-record.created",
          });
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
          return fail(validate138, instancePath + "/topic", "const", {
            allowedValue: "employee-personal-record.updated",
          });
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
          return fail(validate141, instancePath + "/topic", "const", {
            allowedValue: "employee.created",
          });
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
          return fail(validate159, instancePath + "/topic", "const", {
            allowedValue: "employee.deleted",
          });
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
          return fail(validate162, instancePath + "/topic", "const", {
            allowedValue: "employee.updated",
          });
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
          return fail(validate165, instancePath + "/topic", "const", {
            allowedValue: "employment.created",
          });
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
          return fail(validate184, instancePath + "/topic", "const", {
            allowedValue: "employment.deleted",
          });
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
          return fail(validate187, instancePath + "/topic", "const", {
            allowedValue: "employment.updated",
          });
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
          return fail(validate190, instancePath + "/topic", "const", {
            allowedValue: "job-position.created",
          });
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
          return fail(validate213, instancePath + "/topic", "const", {
            allowedValue: "job-position.deleted",
          });
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
          return fail(validate216, instancePath + "/topic", "const", {
            allowedValue: "job-position.updated",
          });
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
          return fail(validate219, instancePath + "/topic", "const", {
            allowedValue: "job-qualification.created",
          });
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
          return fail(validate230, instancePath + "/topic", "const", {
            allowedValue: "job-qualification.deleted",
          });
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
          return fail(validate233, instancePath + "/topic", "const", {
            allowedValue: "job-qualification.updated",
          });
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
          return fail(validate236, instancePath + "/topic", "const", {
            allowedValue: "leave-request-decision.created",
          });
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
          return fail(validate253, instancePath + "/topic", "const", {
            allowedValue: "leave-request.created",
          });
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
          return fail(validate265, instancePath + "/topic", "const", {
            allowedValue: "leave-request.deleted",
          });
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
          return fail(validate268, instancePath + "/topic", "const", {
            allowedValue: "leave-request.updated",
          });
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
          return fail(validate271, instancePath + "/topic", "const", {
            allowedValue: "leave.created",
          });
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
          return fail(validate281, instancePath + "/topic", "const", {
            allowedValue: "leave.deleted",
          });
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
          return fail(validate284, instancePath + "/topic", "const", {
            allowedValue: "leave.updated",
          });
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
          return fail(validate287, instancePath + "/topic", "const", {
            allowedValue: "legal-entity.created",
          });
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
          return fail(validate300, instancePath + "/topic", "const", {
            allowedValue: "legal-entity.deleted",
          });
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
          return fail(validate303, instancePath + "/topic", "const", {
            allowedValue: "legal-entity.updated",
          });
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
          return fail(validate306, instancePath + "/topic", "const", {
            allowedValue: "occupation-category.created",
          });
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
          return fail(validate314, instancePath + "/topic", "const", {
            allowedValue: "occupation-category.deleted",
          });
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
          return fail(validate317, instancePath + "/topic", "const", {
            allowedValue: "occupation-category.updated",
          });
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
          return fail(validate320, instancePath + "/topic", "const", {
            allowedValue: "test.created",
          });
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
          return fail(validate53, instancePath + "/topic", "const", {
            allowedValue: "business-establishment.created",
          });
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
          return fail(validate86, instancePath + "/topic", "const", {
            allowedValue: "business-establishment.deleted",
          });
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
          return fail(validate89, instancePath + "/topic", "const", {
            allowedValue: "business-establishment.updated",
          });
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
          return fail(validate92, instancePath + "/topic", "const", {
            allowedValue: "calendar-event.created",
          });
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
          return fail(validate96, instancePath + "/topic", "const", {
            allowedValue: "calendar-event.deleted",
          });
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
          return fail(validate99, instancePath + "/topic", "const", {
            allowedValue: "calendar-event.updated",
          });
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
function validate75(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (data !== null && !validate76(data)) {
    return nullableFail(validate75, vErrors, validate76.errors, instancePath);
  }
  validate75.errors = vErrors;
  return errors === 0;
}
function validate81(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (data !== null && !validate82(data)) {
    return nullableFail(validate81, vErrors, validate82.errors, instancePath);
  }
  validate81.errors = vErrors;
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
        if (data0 !== null && !validate77(data0)) {
          return nullableFail(
            validate76,
            vErrors,
            validate77.errors,
            instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
          );
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      return fail(validate76, instancePath, "type", { type: "object" });
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
                return fail(
                  validate206,
                  instancePath +
                    "/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1"),
                  "type",
                  { type: "string" },
                );
              }
              var valid1 = _errs5 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            return fail(
              validate206,
              instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
              "type",
              { type: "object" },
            );
          }
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      return fail(validate206, instancePath, "type", { type: "object" });
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
                return fail(
                  validate82,
                  instancePath +
                    "/" +
                    key0.replace(/~/g, "~0").replace(/\//g, "~1") +
                    "/" +
                    key1.replace(/~/g, "~0").replace(/\//g, "~1"),
                  "type",
                  { type: "object" },
                );
              }
              var valid1 = _errs5 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            return fail(
              validate82,
              instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
              "type",
              { type: "object" },
            );
          }
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      return fail(validate82, instancePath, "type", { type: "object" });
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
                return fail(validate65, instancePath + "/addressLines/" + i0, "type", {
                  type: "string",
                });
              }
              var valid1 = _errs3 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            return fail(validate65, instancePath + "/addressLines", "type", { type: "array" });
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
            return fail(validate65, instancePath + "/postalCode", "type", {
              type: schema27_properties_postalCode_type,
            });
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
              return fail(validate65, instancePath + "/locality", "type", {
                type: schema27_properties_postalCode_type,
              });
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
                return fail(validate65, instancePath + "/administrativeArea", "type", {
                  type: schema27_properties_postalCode_type,
                });
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
      return fail(validate65, instancePath, "type", { type: "object" });
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
                return fail(validate170, instancePath + "/date", "format", { format: "date" });
              }
            } else {
              return fail(validate170, instancePath + "/date", "type", { type: "string" });
            }
          }
        }
      }
    } else {
      return fail(validate170, instancePath, "type", { type: "object" });
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
          return fail(validate148, instancePath + "/day", "type", { type: "integer" });
        }
        if (errors === _errs1) {
          if (typeof data0 == "number" && isFinite(data0)) {
            if (data0 > 31 || isNaN(data0)) {
              return fail(validate148, instancePath + "/day", "maximum", {
                comparison: "<=",
                limit: 31,
              });
            } else {
              if (data0 < 1 || isNaN(data0)) {
                return fail(validate148, instancePath + "/day", "minimum", {
                  comparison: ">=",
                  limit: 1,
                });
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
            return fail(validate148, instancePath + "/month", "type", { type: "integer" });
          }
          if (errors === _errs3) {
            if (typeof data1 == "number" && isFinite(data1)) {
              if (data1 > 12 || isNaN(data1)) {
                return fail(validate148, instancePath + "/month", "maximum", {
                  comparison: "<=",
                  limit: 12,
                });
              } else {
                if (data1 < 1 || isNaN(data1)) {
                  return fail(validate148, instancePath + "/month", "minimum", {
                    comparison: ">=",
                    limit: 1,
                  });
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
      return fail(validate148, instancePath, "type", { type: "object" });
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
        return fail(validate168, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.date !== void 0) {
          let data0 = data.date;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (errors === _errs1) {
              if (typeof data0 === "string") {
                if (!formats6(data0)) {
                  return fail(validate168, instancePath + "/date", "format", { format: "date" });
                }
              } else {
                return fail(validate168, instancePath + "/date", "type", { type: "string" });
              }
            }
          }
        }
      }
    } else {
      return fail(validate168, instancePath, "type", { type: "object" });
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
        return fail(validate63, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.format !== void 0) {
          let data0 = data.format;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate63, instancePath + "/format", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate63, instancePath + "/format", "type", { type: "string" });
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
              return fail(validate63, instancePath + "/value", "type", { type: "string" });
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      return fail(validate63, instancePath, "type", { type: "object" });
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
        return fail(validate61, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.format !== void 0) {
          let data0 = data.format;
          const _errs1 = errors;
          if (typeof data0 !== "string") {
            return fail(validate61, instancePath + "/format", "type", { type: "string" });
          }
          if (!(
            data0 === "franceSIRET" ||
            data0 === "frenchSIRET" ||
            data0 === "franceSIREN" ||
            data0 === "frenchSIREN" ||
            data0 === "other"
          )) {
            return fail(validate61, instancePath + "/format", "enum", {
              allowedValues: schema25_properties_format_enum,
            });
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.value !== void 0) {
            const _errs3 = errors;
            if (typeof data.value !== "string") {
              return fail(validate61, instancePath + "/value", "type", { type: "string" });
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      return fail(validate61, instancePath, "type", { type: "object" });
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
        return fail(validate122, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.format !== void 0) {
          let data0 = data.format;
          const _errs1 = errors;
          if (typeof data0 !== "string") {
            return fail(validate122, instancePath + "/format", "type", { type: "string" });
          }
          if (!(data0 === "frenchSSN" || data0 === "other")) {
            return fail(validate122, instancePath + "/format", "enum", {
              allowedValues: schema51_properties_format_enum,
            });
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.value !== void 0) {
            const _errs3 = errors;
            if (typeof data.value !== "string") {
              return fail(validate122, instancePath + "/value", "type", { type: "string" });
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      return fail(validate122, instancePath, "type", { type: "object" });
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
        return fail(validate126, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.format !== void 0) {
          let data0 = data.format;
          const _errs1 = errors;
          if (typeof data0 !== "string") {
            return fail(validate126, instancePath + "/format", "type", { type: "string" });
          }
          if ("iban" !== data0) {
            return fail(validate126, instancePath + "/format", "const", { allowedValue: "iban" });
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
              return fail(validate126, instancePath + "/bankName", "type", {
                type: schema27_properties_postalCode_type,
              });
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.accountIdentifier !== void 0) {
              const _errs5 = errors;
              if (typeof data.accountIdentifier !== "string") {
                return fail(validate126, instancePath + "/accountIdentifier", "type", {
                  type: "string",
                });
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
                  return fail(validate126, instancePath + "/bankIdentifier", "type", {
                    type: schema27_properties_postalCode_type,
                  });
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
      return fail(validate126, instancePath, "type", { type: "object" });
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
        return fail(validate130, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.format !== void 0) {
          let data0 = data.format;
          const _errs1 = errors;
          if (typeof data0 !== "string") {
            return fail(validate130, instancePath + "/format", "type", { type: "string" });
          }
          if ("other" !== data0) {
            return fail(validate130, instancePath + "/format", "const", { allowedValue: "other" });
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
              return fail(validate130, instancePath + "/bankName", "type", {
                type: schema27_properties_postalCode_type,
              });
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.accountNumber !== void 0) {
              const _errs5 = errors;
              if (typeof data.accountNumber !== "string") {
                return fail(validate130, instancePath + "/accountNumber", "type", {
                  type: "string",
                });
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
                  return fail(validate130, instancePath + "/routingNumber", "type", {
                    type: schema27_properties_postalCode_type,
                  });
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
      return fail(validate130, instancePath, "type", { type: "object" });
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
        return fail(validate128, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.format !== void 0) {
          let data0 = data.format;
          const _errs1 = errors;
          if (typeof data0 !== "string") {
            return fail(validate128, instancePath + "/format", "type", { type: "string" });
          }
          if ("iban" !== data0) {
            return fail(validate128, instancePath + "/format", "const", { allowedValue: "iban" });
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.iban !== void 0) {
            const _errs3 = errors;
            if (typeof data.iban !== "string") {
              return fail(validate128, instancePath + "/iban", "type", { type: "string" });
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
                return fail(validate128, instancePath + "/bic", "type", {
                  type: schema27_properties_postalCode_type,
                });
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      return fail(validate128, instancePath, "type", { type: "object" });
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
        return fail(validate77, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.href !== void 0) {
          if (typeof data.href !== "string") {
            return fail(validate77, instancePath + "/href", "type", { type: "string" });
          }
        }
      }
    } else {
      return fail(validate77, instancePath, "type", { type: "object" });
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
        return fail(validate120, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate120, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate120, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate120, instancePath + "/type", "type", { type: "string" });
            }
            if ("employee-personal-record" !== data1) {
              return fail(validate120, instancePath + "/type", "const", {
                allowedValue: "employee-personal-record",
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
                      return fail(validate120, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate120, instancePath + "/url", "type", { type: "string" });
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
                    return fail(validate120, instancePath + "/title", "type", { type: "string" });
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
                    return fail(validate120, instancePath + "/title", "enum", {
                      allowedValues: schema50_properties_title_enum,
                    });
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
                      return fail(validate120, instancePath + "/legalGender", "type", {
                        type: "string",
                      });
                    }
                    if (!(
                      data5 === "unknown" ||
                      data5 === "male" ||
                      data5 === "female" ||
                      data5 === "diverse"
                    )) {
                      return fail(validate120, instancePath + "/legalGender", "enum", {
                        allowedValues: schema50_properties_legalGender_enum,
                      });
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
                        return fail(validate120, instancePath + "/birthDate", "type", {
                          type: schema27_properties_postalCode_type,
                        });
                      }
                      if (errors === _errs12) {
                        if (errors === _errs12) {
                          if (typeof data6 === "string") {
                            if (!formats6(data6)) {
                              return fail(validate120, instancePath + "/birthDate", "format", {
                                format: "date",
                              });
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
                        if (data7 !== null && !validate122(data7)) {
                          return nullableFail(
                            validate120,
                            vErrors,
                            validate122.errors,
                            instancePath + "/insuranceNumber",
                          );
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
                                return fail(
                                  validate120,
                                  instancePath + "/nationalitiesCountryCodes",
                                  "maxItems",
                                  { limit: 1 },
                                );
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
                              return fail(
                                validate120,
                                instancePath + "/nationalitiesCountryCodes",
                                "type",
                                { type: "array" },
                              );
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
                              vErrors = pushError(vErrors, instancePath + "/bankAccount", "type", {
                                type: "null",
                              });
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
                              vErrors = pushError(vErrors, instancePath + "/bankAccount", "oneOf", {
                                passingSchemas: passing0,
                              });
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
                                return fail(validate120, instancePath + "/phoneNumber", "type", {
                                  type: schema27_properties_postalCode_type,
                                });
                              }
                              if (errors === _errs27) {
                                if (errors === _errs27) {
                                  if (typeof data11 === "string") {
                                    if (!formats38(data11)) {
                                      return fail(
                                        validate120,
                                        instancePath + "/phoneNumber",
                                        "format",
                                        { format: "phone" },
                                      );
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
                                  return fail(validate120, instancePath + "/email", "type", {
                                    type: schema27_properties_postalCode_type,
                                  });
                                }
                                if (errors === _errs29) {
                                  if (errors === _errs29) {
                                    if (typeof data12 === "string") {
                                      if (
                                        data12.length > 255 &&
                                        (data12.length > 510 || func1(data12) > 255)
                                      ) {
                                        return fail(
                                          validate120,
                                          instancePath + "/email",
                                          "maxLength",
                                          { limit: 255 },
                                        );
                                      } else {
                                        if (
                                          data12.length < 6 &&
                                          (data12.length < 3 || func1(data12) < 3)
                                        ) {
                                          return fail(
                                            validate120,
                                            instancePath + "/email",
                                            "minLength",
                                            { limit: 3 },
                                          );
                                        } else {
                                          if (!formats40(data12)) {
                                            return fail(
                                              validate120,
                                              instancePath + "/email",
                                              "format",
                                              { format: "email" },
                                            );
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
      return fail(validate120, instancePath, "type", { type: "object" });
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
        return fail(validate192, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate192, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate192, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate192, instancePath + "/type", "type", { type: "string" });
            }
            if ("job-position" !== data1) {
              return fail(validate192, instancePath + "/type", "const", {
                allowedValue: "job-position",
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
                      return fail(validate192, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate192, instancePath + "/url", "type", { type: "string" });
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
                          return fail(validate192, instancePath + "/startsOn", "format", {
                            format: "date",
                          });
                        }
                      } else {
                        return fail(validate192, instancePath + "/startsOn", "type", {
                          type: "string",
                        });
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
                      return fail(validate192, instancePath + "/endsOn", "type", {
                        type: schema27_properties_postalCode_type,
                      });
                    }
                    if (errors === _errs10) {
                      if (errors === _errs10) {
                        if (typeof data5 === "string") {
                          if (!formats6(data5)) {
                            return fail(validate192, instancePath + "/endsOn", "format", {
                              format: "date",
                            });
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
                            return fail(validate192, instancePath + "/remoteId", "type", {
                              type: schema27_properties_postalCode_type,
                            });
                          }
                          if (errors === _errs14) {
                            if (typeof data8 === "string") {
                              if (
                                data8.length > 1024 &&
                                (data8.length > 2048 || func1(data8) > 1024)
                              ) {
                                return fail(validate192, instancePath + "/remoteId", "maxLength", {
                                  limit: 1024,
                                });
                              } else {
                                if (data8.length === 0) {
                                  return fail(
                                    validate192,
                                    instancePath + "/remoteId",
                                    "minLength",
                                    { limit: 1 },
                                  );
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
                                  return fail(validate192, instancePath + "/jobTitle", "type", {
                                    type: schema27_properties_postalCode_type,
                                  });
                                }
                                if (errors === _errs18) {
                                  if (typeof data11 === "string") {
                                    if (
                                      data11.length > 1024 &&
                                      (data11.length > 2048 || func1(data11) > 1024)
                                    ) {
                                      return fail(
                                        validate192,
                                        instancePath + "/jobTitle",
                                        "maxLength",
                                        { limit: 1024 },
                                      );
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
                                  if (data12 !== null && !validate198(data12)) {
                                    return nullableFail(
                                      validate192,
                                      vErrors,
                                      validate198.errors,
                                      instancePath + "/jobQualification",
                                    );
                                  }
                                  var valid0 = _errs20 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.manager !== void 0) {
                                    let data13 = data.manager;
                                    const _errs25 = errors;
                                    if (data13 !== null && !validate107(data13)) {
                                      return nullableFail(
                                        validate192,
                                        vErrors,
                                        validate107.errors,
                                        instancePath + "/manager",
                                      );
                                    }
                                    var valid0 = _errs25 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.occupationCategory !== void 0) {
                                      let data14 = data.occupationCategory;
                                      const _errs30 = errors;
                                      if (data14 !== null && !validate201(data14)) {
                                        return nullableFail(
                                          validate192,
                                          vErrors,
                                          validate201.errors,
                                          instancePath + "/occupationCategory",
                                        );
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
                                          if (data16 !== null && !validate177(data16)) {
                                            return nullableFail(
                                              validate192,
                                              vErrors,
                                              validate177.errors,
                                              instancePath + "/document",
                                            );
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
                                              return fail(
                                                validate192,
                                                instancePath + "/notes",
                                                "type",
                                                { type: schema27_properties_postalCode_type },
                                              );
                                            }
                                            if (errors === _errs41) {
                                              if (typeof data17 === "string") {
                                                if (
                                                  data17.length > 500 &&
                                                  (data17.length > 1e3 || func1(data17) > 500)
                                                ) {
                                                  return fail(
                                                    validate192,
                                                    instancePath + "/notes",
                                                    "maxLength",
                                                    { limit: 500 },
                                                  );
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
                                                        return fail(
                                                          validate192,
                                                          instancePath + "/updatedAttributes/" + i0,
                                                          "type",
                                                          { type: "string" },
                                                        );
                                                      }
                                                      var valid5 = _errs46 === errors;
                                                      if (!valid5) {
                                                        break;
                                                      }
                                                    }
                                                  } else {
                                                    return fail(
                                                      validate192,
                                                      instancePath + "/updatedAttributes",
                                                      "type",
                                                      { type: "array" },
                                                    );
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
                                                          return fail(
                                                            validate192,
                                                            instancePath +
                                                              "/changedAttributes/" +
                                                              i1,
                                                            "type",
                                                            { type: "string" },
                                                          );
                                                        }
                                                        var valid6 = _errs50 === errors;
                                                        if (!valid6) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      return fail(
                                                        validate192,
                                                        instancePath + "/changedAttributes",
                                                        "type",
                                                        { type: "array" },
                                                      );
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
      return fail(validate192, instancePath, "type", { type: "object" });
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
        return fail(validate143, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate143, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate143, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate143, instancePath + "/type", "type", { type: "string" });
            }
            if ("employee" !== data1) {
              return fail(validate143, instancePath + "/type", "const", {
                allowedValue: "employee",
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
                      return fail(validate143, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate143, instancePath + "/url", "type", { type: "string" });
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
                      return fail(validate143, instancePath + "/givenName", "maxLength", {
                        limit: 255,
                      });
                    } else {
                      if (data3.length === 0) {
                        return fail(validate143, instancePath + "/givenName", "minLength", {
                          limit: 1,
                        });
                      }
                    }
                  } else {
                    return fail(validate143, instancePath + "/givenName", "type", {
                      type: "string",
                    });
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
                        return fail(validate143, instancePath + "/familyName", "maxLength", {
                          limit: 255,
                        });
                      } else {
                        if (data4.length === 0) {
                          return fail(validate143, instancePath + "/familyName", "minLength", {
                            limit: 1,
                          });
                        }
                      }
                    } else {
                      return fail(validate143, instancePath + "/familyName", "type", {
                        type: "string",
                      });
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
                      return fail(validate143, instancePath + "/email", "type", {
                        type: schema27_properties_postalCode_type,
                      });
                    }
                    if (errors === _errs11) {
                      if (errors === _errs11) {
                        if (typeof data5 === "string") {
                          if (data5.length > 255 && (data5.length > 510 || func1(data5) > 255)) {
                            return fail(validate143, instancePath + "/email", "maxLength", {
                              limit: 255,
                            });
                          } else {
                            if (data5.length < 6 && (data5.length < 3 || func1(data5) < 3)) {
                              return fail(validate143, instancePath + "/email", "minLength", {
                                limit: 3,
                              });
                            } else {
                              if (!pattern3.test(data5)) {
                                return fail(validate143, instancePath + "/email", "pattern", {
                                  pattern: "^[^<>]*$",
                                });
                              } else {
                                if (!formats40(data5)) {
                                  return fail(validate143, instancePath + "/email", "format", {
                                    format: "email",
                                  });
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
                        return fail(validate143, instancePath + "/remoteId", "type", {
                          type: schema27_properties_postalCode_type,
                        });
                      }
                      if (errors === _errs13) {
                        if (typeof data6 === "string") {
                          if (data6.length > 100 && (data6.length > 200 || func1(data6) > 100)) {
                            return fail(validate143, instancePath + "/remoteId", "maxLength", {
                              limit: 100,
                            });
                          } else {
                            if (data6.length === 0) {
                              return fail(validate143, instancePath + "/remoteId", "minLength", {
                                limit: 1,
                              });
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
                        if (data7 !== null && !validate144(data7)) {
                          return nullableFail(
                            validate143,
                            vErrors,
                            validate144.errors,
                            instancePath + "/portrait",
                          );
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
                            return fail(validate143, instancePath + "/employeeNumber", "type", {
                              type: schema27_properties_postalCode_type,
                            });
                          }
                          if (errors === _errs20) {
                            if (typeof data8 === "string") {
                              if (data8.length === 0) {
                                return fail(
                                  validate143,
                                  instancePath + "/employeeNumber",
                                  "minLength",
                                  { limit: 1 },
                                );
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
                              if (data10 !== null && !validate148(data10)) {
                                return nullableFail(
                                  validate143,
                                  vErrors,
                                  validate148.errors,
                                  instancePath + "/birthDay",
                                );
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
                                  return fail(validate143, instancePath + "/phoneNumber", "type", {
                                    type: schema27_properties_postalCode_type,
                                  });
                                }
                                if (errors === _errs28) {
                                  if (errors === _errs28) {
                                    if (typeof data11 === "string") {
                                      if (!pattern4.test(data11)) {
                                        return fail(
                                          validate143,
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
                                            validate143,
                                            instancePath + "/phoneNumber",
                                            "format",
                                            { format: "phone" },
                                          );
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
      return fail(validate143, instancePath, "type", { type: "object" });
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
        return fail(validate246, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate246, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate246, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate246, instancePath + "/type", "type", { type: "string" });
            }
            if ("leave-request-denial-decision" !== data1) {
              return fail(validate246, instancePath + "/type", "const", {
                allowedValue: "leave-request-denial-decision",
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
                      return fail(validate246, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate246, instancePath + "/url", "type", { type: "string" });
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
                        return fail(validate246, instancePath + "/comment", "minLength", {
                          limit: 1,
                        });
                      }
                    } else {
                      return fail(validate246, instancePath + "/comment", "type", {
                        type: "string",
                      });
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
      return fail(validate246, instancePath, "type", { type: "object" });
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
        return fail(validate239, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate239, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate239, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate239, instancePath + "/type", "type", { type: "string" });
            }
            if ("leave-request-approval-decision" !== data1) {
              return fail(validate239, instancePath + "/type", "const", {
                allowedValue: "leave-request-approval-decision",
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
                      return fail(validate239, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate239, instancePath + "/url", "type", { type: "string" });
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
                    return fail(validate239, instancePath + "/comment", "type", {
                      type: schema27_properties_postalCode_type,
                    });
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
      return fail(validate239, instancePath, "type", { type: "object" });
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
        return fail(validate289, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate289, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate289, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate289, instancePath + "/type", "type", { type: "string" });
            }
            if ("legal-entity" !== data1) {
              return fail(validate289, instancePath + "/type", "const", {
                allowedValue: "legal-entity",
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
                      return fail(validate289, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate289, instancePath + "/url", "type", { type: "string" });
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
                      return fail(validate289, instancePath + "/legalName", "maxLength", {
                        limit: 255,
                      });
                    } else {
                      if (data3.length === 0) {
                        return fail(validate289, instancePath + "/legalName", "minLength", {
                          limit: 1,
                        });
                      }
                    }
                  } else {
                    return fail(validate289, instancePath + "/legalName", "type", {
                      type: "string",
                    });
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
                        return fail(validate289, instancePath + "/remoteId", "type", {
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
                          return fail(validate289, instancePath + "/isArchived", "type", {
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
                              validate289,
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
                                validate289,
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
      return fail(validate289, instancePath, "type", { type: "object" });
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
        return fail(validate58, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate58, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate58, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate58, instancePath + "/type", "type", { type: "string" });
            }
            if ("business-establishment" !== data1) {
              return fail(validate58, instancePath + "/type", "const", {
                allowedValue: "business-establishment",
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
                      return fail(validate58, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate58, instancePath + "/url", "type", { type: "string" });
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
                      return fail(validate58, instancePath + "/name", "minLength", { limit: 1 });
                    }
                  } else {
                    return fail(validate58, instancePath + "/name", "type", { type: "string" });
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
                    return fail(validate58, instancePath + "/remoteId", "type", {
                      type: schema27_properties_postalCode_type,
                    });
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.isArchived !== void 0) {
                    const _errs11 = errors;
                    if (typeof data.isArchived !== "boolean") {
                      return fail(validate58, instancePath + "/isArchived", "type", {
                        type: "boolean",
                      });
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
                          return fail(validate58, instancePath + "/isHeadquarters", "type", {
                            type: "boolean",
                          });
                        }
                        var valid0 = _errs14 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.taxIdentificationNumber !== void 0) {
                          let data8 = data.taxIdentificationNumber;
                          const _errs16 = errors;
                          if (data8 !== null && !validate61(data8)) {
                            return nullableFail(
                              validate58,
                              vErrors,
                              validate61.errors,
                              instancePath + "/taxIdentificationNumber",
                            );
                          }
                          var valid0 = _errs16 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.industryCode !== void 0) {
                            let data9 = data.industryCode;
                            const _errs21 = errors;
                            if (data9 !== null && !validate63(data9)) {
                              return nullableFail(
                                validate58,
                                vErrors,
                                validate63.errors,
                                instancePath + "/industryCode",
                              );
                            }
                            var valid0 = _errs21 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.address !== void 0) {
                              let data10 = data.address;
                              const _errs26 = errors;
                              if (data10 !== null && !validate65(data10)) {
                                return nullableFail(
                                  validate58,
                                  vErrors,
                                  validate65.errors,
                                  instancePath + "/address",
                                );
                              }
                              var valid0 = _errs26 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.timezoneId !== void 0) {
                                const _errs31 = errors;
                                if (typeof data.timezoneId !== "string") {
                                  return fail(validate58, instancePath + "/timezoneId", "type", {
                                    type: "string",
                                  });
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
                                      return fail(
                                        validate58,
                                        instancePath + "/lastArchivedAt",
                                        "type",
                                        { type: schema27_properties_postalCode_type },
                                      );
                                    }
                                    if (errors === _errs34) {
                                      if (errors === _errs34) {
                                        if (typeof data13 === "string") {
                                          if (!formats2(data13)) {
                                            return fail(
                                              validate58,
                                              instancePath + "/lastArchivedAt",
                                              "format",
                                              { format: "date-time" },
                                            );
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
      return fail(validate58, instancePath, "type", { type: "object" });
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
        return fail(validate104, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate104, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate104, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate104, instancePath + "/type", "type", { type: "string" });
            }
            if ("department" !== data1) {
              return fail(validate104, instancePath + "/type", "const", {
                allowedValue: "department",
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
                      return fail(validate104, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate104, instancePath + "/url", "type", { type: "string" });
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
                      return fail(validate104, instancePath + "/name", "maxLength", { limit: 255 });
                    } else {
                      if (data3.length === 0) {
                        return fail(validate104, instancePath + "/name", "minLength", { limit: 1 });
                      }
                    }
                  } else {
                    return fail(validate104, instancePath + "/name", "type", { type: "string" });
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
                    return fail(validate104, instancePath + "/remoteId", "type", {
                      type: schema27_properties_postalCode_type,
                    });
                  }
                  if (errors === _errs9) {
                    if (typeof data4 === "string") {
                      if (data4.length > 255 && (data4.length > 510 || func1(data4) > 255)) {
                        return fail(validate104, instancePath + "/remoteId", "maxLength", {
                          limit: 255,
                        });
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
                      return fail(validate104, instancePath + "/isArchived", "type", {
                        type: "boolean",
                      });
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
                        return fail(validate104, instancePath + "/description", "type", {
                          type: schema27_properties_postalCode_type,
                        });
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.parent !== void 0) {
                        let data7 = data.parent;
                        const _errs15 = errors;
                        if (data7 !== null && !validate105(data7)) {
                          return nullableFail(
                            validate104,
                            vErrors,
                            validate105.errors,
                            instancePath + "/parent",
                          );
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
                            return fail(validate104, instancePath + "/level", "type", {
                              type: "integer",
                            });
                          }
                          if (errors === _errs20) {
                            if (typeof data8 == "number" && isFinite(data8)) {
                              if (data8 < 1 || isNaN(data8)) {
                                return fail(validate104, instancePath + "/level", "minimum", {
                                  comparison: ">=",
                                  limit: 1,
                                });
                              } else {
                                if (!formats28.validate(data8)) {
                                  return fail(validate104, instancePath + "/level", "format", {
                                    format: "int32",
                                  });
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
                            if (data9 !== null && !validate107(data9)) {
                              return nullableFail(
                                validate104,
                                vErrors,
                                validate107.errors,
                                instancePath + "/manager",
                              );
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
                                return fail(validate104, instancePath + "/sortOrder", "type", {
                                  type: "integer",
                                });
                              }
                              if (errors === _errs27) {
                                if (typeof data10 == "number" && isFinite(data10)) {
                                  if (data10 < 0 || isNaN(data10)) {
                                    return fail(
                                      validate104,
                                      instancePath + "/sortOrder",
                                      "minimum",
                                      { comparison: ">=", limit: 0 },
                                    );
                                  } else {
                                    if (!formats28.validate(data10)) {
                                      return fail(
                                        validate104,
                                        instancePath + "/sortOrder",
                                        "format",
                                        { format: "int32" },
                                      );
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
                                  return fail(
                                    validate104,
                                    instancePath + "/owningApplication",
                                    "type",
                                    { type: schema27_properties_postalCode_type },
                                  );
                                }
                                if (errors === _errs29) {
                                  if (typeof data11 === "string") {
                                    if (data11.length === 0) {
                                      return fail(
                                        validate104,
                                        instancePath + "/owningApplication",
                                        "minLength",
                                        { limit: 1 },
                                      );
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
      return fail(validate104, instancePath, "type", { type: "object" });
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
        return fail(validate167, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate167, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate167, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate167, instancePath + "/type", "type", { type: "string" });
            }
            if ("employment" !== data1) {
              return fail(validate167, instancePath + "/type", "const", {
                allowedValue: "employment",
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
                      return fail(validate167, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate167, instancePath + "/url", "type", { type: "string" });
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
                  if (data4 !== null && !validate170(data4)) {
                    return nullableFail(
                      validate167,
                      vErrors,
                      validate170.errors,
                      instancePath + "/end",
                    );
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
                        return fail(validate167, instancePath + "/remoteId", "type", {
                          type: schema27_properties_postalCode_type,
                        });
                      }
                      if (errors === _errs14) {
                        if (typeof data6 === "string") {
                          if (data6.length > 200 && (data6.length > 400 || func1(data6) > 200)) {
                            return fail(validate167, instancePath + "/remoteId", "maxLength", {
                              limit: 200,
                            });
                          } else {
                            if (data6.length === 0) {
                              return fail(validate167, instancePath + "/remoteId", "minLength", {
                                limit: 1,
                              });
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
                              if (data10 !== null && !validate177(data10)) {
                                return nullableFail(
                                  validate167,
                                  vErrors,
                                  validate177.errors,
                                  instancePath + "/document",
                                );
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
      return fail(validate167, instancePath, "type", { type: "object" });
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
        return fail(validate273, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate273, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate273, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate273, instancePath + "/type", "type", { type: "string" });
            }
            if ("leave" !== data1) {
              return fail(validate273, instancePath + "/type", "const", { allowedValue: "leave" });
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
                      return fail(validate273, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate273, instancePath + "/url", "type", { type: "string" });
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
                        return fail(validate273, instancePath + "/startsOn", "format", {
                          format: "date",
                        });
                      }
                    } else {
                      return fail(validate273, instancePath + "/startsOn", "type", {
                        type: "string",
                      });
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
                          return fail(validate273, instancePath + "/endsOn", "format", {
                            format: "date",
                          });
                        }
                      } else {
                        return fail(validate273, instancePath + "/endsOn", "type", {
                          type: "string",
                        });
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
      return fail(validate273, instancePath, "type", { type: "object" });
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
        return fail(validate255, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate255, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate255, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate255, instancePath + "/type", "type", { type: "string" });
            }
            if ("leave-request" !== data1) {
              return fail(validate255, instancePath + "/type", "const", {
                allowedValue: "leave-request",
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
                      return fail(validate255, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate255, instancePath + "/url", "type", { type: "string" });
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
                  return fail(validate255, instancePath + "/status", "type", { type: "string" });
                }
                if (!(
                  data3 === "pending" ||
                  data3 === "approved" ||
                  data3 === "rejected" ||
                  data3 === "denied"
                )) {
                  return fail(validate255, instancePath + "/status", "enum", {
                    allowedValues: schema93_properties_status_enum,
                  });
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
                        return fail(validate255, instancePath + "/leaves", "minItems", {
                          limit: 1,
                        });
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
                      return fail(validate255, instancePath + "/leaves", "type", { type: "array" });
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
                      if (data7 !== null && !validate107(data7)) {
                        return nullableFail(
                          validate255,
                          vErrors,
                          validate107.errors,
                          instancePath + "/expectedApprover",
                        );
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
      return fail(validate255, instancePath, "type", { type: "object" });
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
        return fail(validate221, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate221, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate221, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate221, instancePath + "/type", "type", { type: "string" });
            }
            if ("job-qualification" !== data1) {
              return fail(validate221, instancePath + "/type", "const", {
                allowedValue: "job-qualification",
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
                      return fail(validate221, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate221, instancePath + "/url", "type", { type: "string" });
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
                      return fail(validate221, instancePath + "/title", "minLength", { limit: 1 });
                    }
                  } else {
                    return fail(validate221, instancePath + "/title", "type", { type: "string" });
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
                      return fail(validate221, instancePath + "/rank", "type", { type: "integer" });
                    }
                    if (errors === _errs10) {
                      if (typeof data5 == "number" && isFinite(data5)) {
                        if (data5 < 1 || isNaN(data5)) {
                          return fail(validate221, instancePath + "/rank", "minimum", {
                            comparison: ">=",
                            limit: 1,
                          });
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
      return fail(validate221, instancePath, "type", { type: "object" });
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
        return fail(validate324, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate324, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate324, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate324, instancePath + "/type", "type", { type: "string" });
            }
            if ("event" !== data1) {
              return fail(validate324, instancePath + "/type", "const", { allowedValue: "event" });
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
                      return fail(validate324, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate324, instancePath + "/url", "type", { type: "string" });
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
                      return fail(validate324, instancePath + "/topic", "minLength", { limit: 1 });
                    }
                  } else {
                    return fail(validate324, instancePath + "/topic", "type", { type: "string" });
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
                          return fail(validate324, instancePath + "/occurredAt", "format", {
                            format: "date-time",
                          });
                        }
                      } else {
                        return fail(validate324, instancePath + "/occurredAt", "type", {
                          type: "string",
                        });
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
                            return fail(validate324, instancePath + "/source", "format", {
                              format: "uri",
                            });
                          }
                        } else {
                          return fail(validate324, instancePath + "/source", "type", {
                            type: "string",
                          });
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
                        return fail(validate324, instancePath + "/data", "type", {
                          type: "object",
                        });
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
                                return fail(validate324, instancePath + "/apiVersion", "format", {
                                  format: "date",
                                });
                              }
                            } else {
                              return fail(validate324, instancePath + "/apiVersion", "type", {
                                type: "string",
                              });
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
                          if (data8 !== null && !validate55(data8)) {
                            return nullableFail(
                              validate324,
                              vErrors,
                              validate55.errors,
                              instancePath + "/businessEstablishment",
                            );
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
                              return fail(
                                validate324,
                                instancePath + "/previousAttributes",
                                "type",
                                { type: "object" },
                              );
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
      return fail(validate324, instancePath, "type", { type: "object" });
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
        return fail(validate54, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate54, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate54, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate54, instancePath + "/type", "type", { type: "string" });
            }
            if ("event" !== data1) {
              return fail(validate54, instancePath + "/type", "const", { allowedValue: "event" });
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
                      return fail(validate54, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate54, instancePath + "/url", "type", { type: "string" });
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
                      return fail(validate54, instancePath + "/topic", "minLength", { limit: 1 });
                    }
                  } else {
                    return fail(validate54, instancePath + "/topic", "type", { type: "string" });
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
                          return fail(validate54, instancePath + "/occurredAt", "format", {
                            format: "date-time",
                          });
                        }
                      } else {
                        return fail(validate54, instancePath + "/occurredAt", "type", {
                          type: "string",
                        });
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
                            return fail(validate54, instancePath + "/source", "format", {
                              format: "uri",
                            });
                          }
                        } else {
                          return fail(validate54, instancePath + "/source", "type", {
                            type: "string",
                          });
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
                        return fail(validate54, instancePath + "/data", "type", { type: "object" });
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
                                return fail(validate54, instancePath + "/apiVersion", "format", {
                                  format: "date",
                                });
                              }
                            } else {
                              return fail(validate54, instancePath + "/apiVersion", "type", {
                                type: "string",
                              });
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
                          if (data8 !== null && !validate55(data8)) {
                            return nullableFail(
                              validate54,
                              vErrors,
                              validate55.errors,
                              instancePath + "/businessEstablishment",
                            );
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
                              return fail(
                                validate54,
                                instancePath + "/previousAttributes",
                                "type",
                                { type: "object" },
                              );
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
      return fail(validate54, instancePath, "type", { type: "object" });
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
        return fail(validate308, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate308, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate308, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate308, instancePath + "/type", "type", { type: "string" });
            }
            if ("occupation-category" !== data1) {
              return fail(validate308, instancePath + "/type", "const", {
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
                      return fail(validate308, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate308, instancePath + "/url", "type", { type: "string" });
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
                      return fail(validate308, instancePath + "/title", "maxLength", {
                        limit: 255,
                      });
                    } else {
                      if (data3.length === 0) {
                        return fail(validate308, instancePath + "/title", "minLength", {
                          limit: 1,
                        });
                      }
                    }
                  } else {
                    return fail(validate308, instancePath + "/title", "type", { type: "string" });
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
      return fail(validate308, instancePath, "type", { type: "object" });
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
        return fail(validate105, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate105, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate105, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate105, instancePath + "/type", "type", { type: "string" });
            }
            if ("department" !== data1) {
              return fail(validate105, instancePath + "/type", "const", {
                allowedValue: "department",
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
                      return fail(validate105, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate105, instancePath + "/url", "type", { type: "string" });
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
      return fail(validate105, instancePath, "type", { type: "object" });
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
        return fail(validate107, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate107, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate107, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate107, instancePath + "/type", "type", { type: "string" });
            }
            if ("employee" !== data1) {
              return fail(validate107, instancePath + "/type", "const", {
                allowedValue: "employee",
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
                      return fail(validate107, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate107, instancePath + "/url", "type", { type: "string" });
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
      return fail(validate107, instancePath, "type", { type: "object" });
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
        return fail(validate144, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate144, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate144, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate144, instancePath + "/type", "type", { type: "string" });
            }
            if ("portrait" !== data1) {
              return fail(validate144, instancePath + "/type", "const", {
                allowedValue: "portrait",
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
                      return fail(validate144, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate144, instancePath + "/url", "type", { type: "string" });
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
      return fail(validate144, instancePath, "type", { type: "object" });
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
        return fail(validate150, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate150, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate150, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate150, instancePath + "/type", "type", { type: "string" });
            }
            if ("employment" !== data1) {
              return fail(validate150, instancePath + "/type", "const", {
                allowedValue: "employment",
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
                      return fail(validate150, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate150, instancePath + "/url", "type", { type: "string" });
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
      return fail(validate150, instancePath, "type", { type: "object" });
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
        return fail(validate152, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate152, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate152, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate152, instancePath + "/type", "type", { type: "string" });
            }
            if ("job-position" !== data1) {
              return fail(validate152, instancePath + "/type", "const", {
                allowedValue: "job-position",
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
                      return fail(validate152, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate152, instancePath + "/url", "type", { type: "string" });
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
      return fail(validate152, instancePath, "type", { type: "object" });
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
        return fail(validate172, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate172, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate172, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate172, instancePath + "/type", "type", { type: "string" });
            }
            if ("employment-template" !== data1) {
              return fail(validate172, instancePath + "/type", "const", {
                allowedValue: "employment-template",
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
                      return fail(validate172, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate172, instancePath + "/url", "type", { type: "string" });
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
      return fail(validate172, instancePath, "type", { type: "object" });
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
        return fail(validate177, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate177, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate177, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate177, instancePath + "/type", "type", { type: "string" });
            }
            if ("file" !== data1) {
              return fail(validate177, instancePath + "/type", "const", { allowedValue: "file" });
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
                      return fail(validate177, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate177, instancePath + "/url", "type", { type: "string" });
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
      return fail(validate177, instancePath, "type", { type: "object" });
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
        return fail(validate198, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate198, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate198, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate198, instancePath + "/type", "type", { type: "string" });
            }
            if ("job-qualification" !== data1) {
              return fail(validate198, instancePath + "/type", "const", {
                allowedValue: "job-qualification",
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
                      return fail(validate198, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate198, instancePath + "/url", "type", { type: "string" });
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
      return fail(validate198, instancePath, "type", { type: "object" });
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
        return fail(validate201, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate201, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate201, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate201, instancePath + "/type", "type", { type: "string" });
            }
            if ("occupation-category" !== data1) {
              return fail(validate201, instancePath + "/type", "const", {
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
                      return fail(validate201, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate201, instancePath + "/url", "type", { type: "string" });
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
      return fail(validate201, instancePath, "type", { type: "object" });
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
        return fail(validate203, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate203, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate203, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate203, instancePath + "/type", "type", { type: "string" });
            }
            if ("working-time-arrangement" !== data1) {
              return fail(validate203, instancePath + "/type", "const", {
                allowedValue: "working-time-arrangement",
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
                      return fail(validate203, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate203, instancePath + "/url", "type", { type: "string" });
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
      return fail(validate203, instancePath, "type", { type: "object" });
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
        return fail(validate222, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate222, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate222, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate222, instancePath + "/type", "type", { type: "string" });
            }
            if ("profession" !== data1) {
              return fail(validate222, instancePath + "/type", "const", {
                allowedValue: "profession",
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
                      return fail(validate222, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate222, instancePath + "/url", "type", { type: "string" });
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
      return fail(validate222, instancePath, "type", { type: "object" });
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
        return fail(validate240, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate240, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate240, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate240, instancePath + "/type", "type", { type: "string" });
            }
            if ("leave-request" !== data1) {
              return fail(validate240, instancePath + "/type", "const", {
                allowedValue: "leave-request",
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
                      return fail(validate240, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate240, instancePath + "/url", "type", { type: "string" });
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
      return fail(validate240, instancePath, "type", { type: "object" });
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
        return fail(validate256, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate256, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate256, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate256, instancePath + "/type", "type", { type: "string" });
            }
            if ("leave" !== data1) {
              return fail(validate256, instancePath + "/type", "const", { allowedValue: "leave" });
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
                      return fail(validate256, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate256, instancePath + "/url", "type", { type: "string" });
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
      return fail(validate256, instancePath, "type", { type: "object" });
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
        return fail(validate322, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate322, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate322, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate322, instancePath + "/type", "type", { type: "string" });
            }
            if ("test" !== data1) {
              return fail(validate322, instancePath + "/type", "const", { allowedValue: "test" });
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
                      return fail(validate322, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate322, instancePath + "/url", "type", { type: "string" });
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
      return fail(validate322, instancePath, "type", { type: "object" });
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
        return fail(validate55, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate55, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate55, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate55, instancePath + "/type", "type", { type: "string" });
            }
            if ("business-establishment" !== data1) {
              return fail(validate55, instancePath + "/type", "const", {
                allowedValue: "business-establishment",
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
                      return fail(validate55, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate55, instancePath + "/url", "type", { type: "string" });
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
      return fail(validate55, instancePath, "type", { type: "object" });
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
        return fail(validate59, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate59, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate59, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate59, instancePath + "/type", "type", { type: "string" });
            }
            if ("legal-entity" !== data1) {
              return fail(validate59, instancePath + "/type", "const", {
                allowedValue: "legal-entity",
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
                      return fail(validate59, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate59, instancePath + "/url", "type", { type: "string" });
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
      return fail(validate59, instancePath, "type", { type: "object" });
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
        return fail(validate69, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate69, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate69, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate69, instancePath + "/type", "type", { type: "string" });
            }
            if ("holidays-calendar" !== data1) {
              return fail(validate69, instancePath + "/type", "const", {
                allowedValue: "holidays-calendar",
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
                      return fail(validate69, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate69, instancePath + "/url", "type", { type: "string" });
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
      return fail(validate69, instancePath, "type", { type: "object" });
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
        return fail(validate94, instancePath, "required", { missingProperty: missing0 });
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (typeof data0 === "string") {
              if (data0.length === 0) {
                return fail(validate94, instancePath + "/id", "minLength", { limit: 1 });
              }
            } else {
              return fail(validate94, instancePath + "/id", "type", { type: "string" });
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
              return fail(validate94, instancePath + "/type", "type", { type: "string" });
            }
            if ("calendar-event" !== data1) {
              return fail(validate94, instancePath + "/type", "const", {
                allowedValue: "calendar-event",
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
                      return fail(validate94, instancePath + "/url", "format", { format: "uri" });
                    }
                  } else {
                    return fail(validate94, instancePath + "/url", "type", { type: "string" });
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
      return fail(validate94, instancePath, "type", { type: "object" });
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
          return fail(validate71, instancePath, "format", { format: "date-time-offset" });
        }
      } else {
        return fail(validate71, instancePath, "type", { type: "string" });
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
          return fail(validate73, instancePath, "format", { format: "date-time" });
        }
      } else {
        return fail(validate73, instancePath, "type", { type: "string" });
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
        return fail(validate275, instancePath, "minLength", { limit: 1 });
      }
    } else {
      return fail(validate275, instancePath, "type", { type: "string" });
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
    return fail(validate291, instancePath, "type", { type: "string" });
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
    return fail(validate291, instancePath, "enum", { allowedValues: schema104_enum });
  }
  validate291.errors = vErrors;
  return errors === 0;
}
function validate146(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    return fail(validate146, instancePath, "type", { type: "string" });
  }
  if (!(data === "active" || data === "upcoming" || data === "deactivated")) {
    return fail(validate146, instancePath, "enum", { allowedValues: schema60_enum });
  }
  validate146.errors = vErrors;
  return errors === 0;
}
function validate66(data) {
  const instancePath = "";
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    return fail(validate66, instancePath, "type", { type: "string" });
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
    return fail(validate66, instancePath, "enum", { allowedValues: schema28_enum });
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
