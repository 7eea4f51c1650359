// @ts-check
// The API site's own TypeDoc plugin (typedoc.json "plugin"). What TypeDoc's options cannot do:
// 1. Members a class inherits from outside the package (Error's captureStackTrace, stackTraceLimit,
//    prepareStackTrace, stack, cause; CustomError's) are dropped from every class page: a reader
//    of NoSuchKeyError wants its facts, not Node's. So are symbol-keyed members ([Symbol.hasInstance],
//    the util.inspect hook), which are plumbing.
//    Statics a code class inherits from KnownCodeError (its `retryable`, beside the instance's
//    `retryable`) are dropped from the code class pages too: each member is listed once.
// 2. The search index keeps each member once, where it is declared: without this a search for
//    getErrorCode lists it on every one of the code classes. The HTTP methods a reflection's
//    comment names (`HEAD`) are a field of their own, weighted as a name: a search for "head"
//    finds NoSuchResourceError and isNotFound before every `headers`.
// 3. A class page's hierarchy runs from the root of the package's classes (CosError →
//    CosServiceError → KnownCodeError → NoSuchKeyError), not from the parent only.
// 4. The index page has one title: the README's own `# qcloud-cos-errors` is dropped there.
import { Converter, IndexEvent, ReflectionKind, RendererEvent } from 'typedoc';

const HTTP_METHODS = /\b(?:HEAD|GET|PUT|POST|DELETE|OPTIONS)\b/g;

/** @param {import('typedoc').DeclarationReflection | import('typedoc').DocumentReflection} reflection */
function commentText(reflection) {
  // A function's comment is its signatures'.
  const signatures = reflection.isDeclaration() ? (reflection.signatures ?? []) : [];
  const comments = [reflection.comment, ...signatures.map((signature) => signature.comment)];
  const parts = comments.flatMap((comment) => [...(comment?.summary ?? []), ...(comment?.blockTags ?? []).flatMap((tag) => tag.content)]);
  return parts.map((part) => part.text).join('');
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const { project } = context;
    for (const owner of project.getReflectionsByKind(ReflectionKind.Class | ReflectionKind.Interface)) {
      const members = /** @type {import('typedoc').DeclarationReflection} */ (owner).children ?? [];
      for (const member of [...members]) {
        const inheritedStatic = member.flags.isStatic && member.inheritedFrom !== undefined && owner.kind === ReflectionKind.Class;
        if (member.flags.isExternal || member.name.startsWith('[') || inheritedStatic) project.removeReflection(member);
      }
    }
  });
  app.renderer.on(IndexEvent.PREPARE_INDEX, (event) => {
    for (let index = event.searchResults.length - 1; index >= 0; index--) {
      const reflection = event.searchResults[index];
      if (reflection?.isDeclaration() && (reflection.flags.isInherited || reflection.inheritedFrom !== undefined))
        event.removeResult(index);
    }
    event.searchResults.forEach((reflection, index) => {
      // The first paragraph says what a thing is about; later ones mention other requests in passing.
      const methods = commentText(reflection).split('\n\n')[0]?.match(HTTP_METHODS) ?? null;
      if (methods !== null)
        event.searchFields[index] = { ...event.searchFields[index], methods: [...new Set(methods)].join(' ').toLowerCase() };
    });
    // Above names: a search for "head" means the request, and wildcard matches on `headers` are many.
    event.searchFieldWeights.methods = 100 * (event.searchFieldWeights.name ?? 10);
  });
  app.renderer.on(RendererEvent.BEGIN, (event) => {
    const readme = event.project.readme;
    const first = readme?.[0];
    if (first?.kind === 'text') readme[0] = { ...first, text: first.text.replace(/^# [^\n]*\n+/, '') };
    for (const owner of event.project.getReflectionsByKind(ReflectionKind.Class)) {
      const declaration = /** @type {import('typedoc').DeclarationReflection} */ (owner);
      let hierarchy = declaration.typeHierarchy;
      // Up from the parent, one ancestor a level, while the package has its class.
      for (let depth = 0; hierarchy !== undefined && depth < 8 && hierarchy.types.length === 1; depth++) {
        const parent = /** @type {import('typedoc').ReferenceType} */ (hierarchy.types[0]).reflection;
        const grand = parent?.isDeclaration()
          ? (parent.extendedTypes ?? []).filter((type) => type.type === 'reference' && type.reflection !== undefined)
          : [];
        if (grand.length === 0) break;
        hierarchy = { types: grand, next: hierarchy, isTarget: false };
      }
      declaration.typeHierarchy = hierarchy;
    }
  });
}
