import * as z from "zod/mini";
import {
  AgreementSchema,
  AgreementDocumentSchema,
  CadenceSchema,
  CitizenPromiseSchema,
  CivilDateSchema,
  FocusAreaSchema,
  FollowUpSchema,
  ForumSchema,
  IdSchema,
  LongTextSchema,
  MunicipalityCodeSchema,
  PartiesSchema,
  PlanSchema,
  RoleSchema,
  SCHEMA_VERSION,
  ShortTextSchema,
  SignatorySchema,
  SideSchema,
  ValiditySchema,
} from "@samverkan/core";

// Names for the definitions in the JSON Schema; kept in a registry of this script's own so that
// importing the library registers nothing globally.
const names = z.registry<{ id: string }>();
const named = {
  Agreement: AgreementSchema,
  Cadence: CadenceSchema,
  CitizenPromise: CitizenPromiseSchema,
  CivilDate: CivilDateSchema,
  FocusArea: FocusAreaSchema,
  FollowUp: FollowUpSchema,
  Forum: ForumSchema,
  Id: IdSchema,
  LongText: LongTextSchema,
  MunicipalityCode: MunicipalityCodeSchema,
  Parties: PartiesSchema,
  Plan: PlanSchema,
  Role: RoleSchema,
  ShortText: ShortTextSchema,
  Side: SideSchema,
  Signatory: SignatorySchema,
  Validity: ValiditySchema,
};
for (const [id, schema] of Object.entries(named)) names.add(schema, { id });

/** The JSON Schema (draft 2020-12) of an agreement document, as the text committed in the package. */
export function agreementJsonSchemaText(): string {
  const schema = z.toJSONSchema(AgreementDocumentSchema, { target: "draft-2020-12", metadata: names, reused: "ref" });
  const withId = {
    $schema: schema.$schema,
    $id: `urn:samverkan:schema:agreement:${SCHEMA_VERSION}`,
    title: "Samverkansöverenskommelse",
    ...schema,
  };
  return `${JSON.stringify(withId, null, 2)}\n`;
}
