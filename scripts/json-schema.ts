import * as z from "zod/mini";
import {
  ActorSchema,
  ActorSideSchema,
  AgreementSchema,
  AgreementDocumentSchema,
  CadenceSchema,
  ChangeSchema,
  CitizenPromiseDocumentSchema,
  CitizenPromiseSchema,
  CivilDateSchema,
  CommitmentSchema,
  DecisionSchema,
  DeliverableSchema,
  FocusAreaSchema,
  FollowUpSchema,
  ForumSchema,
  IdSchema,
  LineageSchema,
  LongTextSchema,
  MunicipalityCodeSchema,
  PartialDateSchema,
  PartiesSchema,
  PlanSchema,
  QuantitySchema,
  RoleSchema,
  SCHEMA_URL,
  SCHEMA_VERSION,
  ShortTextSchema,
  SignatorySchema,
  SideSchema,
  ValiditySchema,
} from "@samverkan/core";

// Names for the definitions in the JSON Schema; kept in a registry of this script's own so that
// importing the library registers nothing globally.
const names = z.registry<{ id: string; description?: string }>();
const named = {
  Actor: ActorSchema,
  ActorSide: ActorSideSchema,
  Agreement: AgreementSchema,
  Cadence: CadenceSchema,
  Change: ChangeSchema,
  CitizenPromise: CitizenPromiseSchema,
  CitizenPromiseDocument: CitizenPromiseDocumentSchema,
  CivilDate: CivilDateSchema,
  Commitment: CommitmentSchema,
  Decision: DecisionSchema,
  Deliverable: DeliverableSchema,
  FocusArea: FocusAreaSchema,
  FollowUp: FollowUpSchema,
  Forum: ForumSchema,
  Id: IdSchema,
  Lineage: LineageSchema,
  LongText: LongTextSchema,
  MunicipalityCode: MunicipalityCodeSchema,
  PartialDate: PartialDateSchema,
  Parties: PartiesSchema,
  Plan: PlanSchema,
  Quantity: QuantitySchema,
  Role: RoleSchema,
  ShortText: ShortTextSchema,
  Side: SideSchema,
  Signatory: SignatorySchema,
  Validity: ValiditySchema,
};
for (const [id, schema] of Object.entries(named)) names.add(schema, { id });
// `$schema`, the same (private) schema in every kind of document: one definition, described for editors.
const schemaReference = AgreementSchema.shape.$schema;
names.add(schemaReference, {
  id: "SchemaReference",
  description: `The JSON Schema this document is written against, for editors and validators: ${SCHEMA_URL}, or a path to the file in node_modules/@samverkan/core/schema/. The library ignores it.`,
});

/** The file name of the JSON Schema of a format version, in packages/core/schema/. */
export const schemaFileName = (version: number): string => `agreement.v${version}.schema.json`;

/**
 * The JSON Schema (draft 2020-12) of a document of the current format version, as the text committed
 * in the package (schema/agreement.v2.schema.json). Its `$id` is {@link SCHEMA_URL}, where the CDN
 * serves the newest published file. The schema of version 1 is committed beside it, frozen
 * (agreement.v1.schema.json); when the format moves to version 3, version 2's file is frozen the
 * same way and stays in the package under its name.
 *
 * A civil date gets `format: "date"` beside the `pattern` that checks it (zod writes the format for
 * `z.iso.date()`, which the model does not use): the pattern is what rejects a bad date, the format
 * tells editors and form builders that the string is a date. ajv needs ajv-formats for it (see
 * docs/json-schema.md).
 */
export function agreementJsonSchemaText(): string {
  const schema = z.toJSONSchema(AgreementDocumentSchema, {
    target: "draft-2020-12",
    metadata: names,
    reused: "ref",
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === CivilDateSchema) jsonSchema.format = "date";
    },
  });
  const withId = {
    $schema: schema.$schema,
    $id: SCHEMA_URL,
    title: "Samverkansöverenskommelse",
    description: `A samverkansöverenskommelse, a set of them, or a medborgarlöfte: format version ${SCHEMA_VERSION} of @samverkan/core, generated from its zod schemas. See https://github.com/samverkan/samverkan/blob/main/docs/json-schema.md.`,
    ...schema,
  };
  return `${JSON.stringify(withId, null, 2)}\n`;
}
