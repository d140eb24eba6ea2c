// @ts-check
// The API reference's local TypeDoc plugin (typedoc.json loads it; docs/decisions.md §31).
import { resolve } from "node:path";
import { Comment, CommentTag, Converter, DeclarationReflection, ReferenceType, ReflectionKind, TypeScript as ts, makeRecursiveVisitor } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  // A type written `typeof AgreementSchema` reads as that, not as the schema's whole type spelled out.
  const convertType = app.converter.convertType.bind(app.converter);
  app.converter.convertType = (context, typeOrNode, maybeNode) =>
    maybeNode && ts.isTypeQueryNode(maybeNode) ? convertType(context, maybeNode) : convertType(context, typeOrNode, maybeNode);

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const { project } = context;

    // Markdown links to a package's folder or README (the root README's package table) lead to
    // that package's page, as they did when TypeDoc converted each package on its own.
    for (const module of project.getReflectionsByKind(ReflectionKind.Module)) {
      const file = context.getSymbolFromReflection(module)?.declarations?.find(ts.isSourceFile)?.fileName;
      const packageDir = file && /^(.*\/packages\/[^/]+)\/src\/index\.ts$/.exec(file)?.[1];
      if (!packageDir) continue;
      project.files.registerReflection(packageDir, module);
      project.files.registerReflection(resolve(packageDir, "README.md"), module);
    }

    // A schema whose output is a declared type X (`XSchema` beside `X`) shows as `ZodMiniType<X>`,
    // linking to X's fields, rather than as its zod type with every nested schema spelled out.
    for (const schema of project.getReflectionsByKind(ReflectionKind.Variable)) {
      const name = /^(\w+)Schema$/.exec(schema.name)?.[1];
      const output = name && schema.parent instanceof DeclarationReflection ? schema.parent.getChildByName(name) : undefined;
      if (!(schema instanceof DeclarationReflection) || !output?.kindOf(ReflectionKind.Interface | ReflectionKind.TypeAlias)) continue;
      schema.type?.visit(makeRecursiveVisitor({ reflection: (type) => project.removeReflection(type.declaration) }));
      const zodType = ReferenceType.createBrokenReference("ZodMiniType", project, "zod");
      zodType.typeArguments = [ReferenceType.createResolvedReference(output.name, output, project)];
      schema.type = zodType;
      // The type's page says what the schema's says (the type's own comment, which editors show, is
      // a one-line pointer to the schema): the description, a link to the schema, the examples.
      if (output.comment && schema.comment) {
        output.comment.summary = [
          ...Comment.cloneDisplayParts(schema.comment.summary),
          { kind: "text", text: "\n\nIts schema: " },
          { kind: "inline-tag", tag: "@link", text: schema.name, target: schema },
          { kind: "text", text: "." },
        ];
        output.comment.blockTags.push(...schema.comment.blockTags.filter((tag) => tag.tag === "@example").map((tag) => tag.clone()));
      }
    }

    // Schemas are listed apart from other variables: most readers want the types they parse to.
    for (const schema of project.getReflectionsByKind(ReflectionKind.Variable)) {
      if (!schema.name.endsWith("Schema") || !schema.parent?.kindOf(ReflectionKind.Module)) continue;
      schema.comment ??= new Comment();
      schema.comment.blockTags.push(new CommentTag("@group", [{ kind: "text", text: "Schemas" }]));
    }

    // The fields of an interface or an object type read in the order they are declared (an
    // agreement's schemaVersion, type, id, title, … rather than actors, annexes, budget, …).
    for (const reflection of project.getReflectionsByKind(ReflectionKind.Interface | ReflectionKind.TypeLiteral)) {
      reflection.comment ??= new Comment();
      if (!reflection.comment.getTag("@sortStrategy")) {
        reflection.comment.blockTags.push(new CommentTag("@sortStrategy", [{ kind: "text", text: "source-order" }]));
      }
    }
  });
}
