// @ts-check
// The API site's own TypeDoc plugin (typedoc.json "plugin"). Two things TypeDoc's options cannot do:
// 1. Members a class inherits from outside the package (Error's captureStackTrace, stackTraceLimit,
//    prepareStackTrace, stack, cause; CustomError's) are dropped from every class page: a reader
//    of NoSuchKeyError wants its facts, not Node's. So are symbol-keyed members ([Symbol.hasInstance],
//    the util.inspect hook), which are plumbing.
// 2. The search index keeps each member once, where it is declared: without this a search for
//    getErrorCode lists it on every one of the code classes.
import { Converter, IndexEvent, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const { project } = context;
    for (const owner of project.getReflectionsByKind(ReflectionKind.Class | ReflectionKind.Interface)) {
      const members = /** @type {import('typedoc').DeclarationReflection} */ (owner).children ?? [];
      for (const member of [...members]) {
        if (member.flags.isExternal || member.name.startsWith('[')) project.removeReflection(member);
      }
    }
  });
  app.renderer.on(IndexEvent.PREPARE_INDEX, (event) => {
    for (let index = event.searchResults.length - 1; index >= 0; index--) {
      const reflection = event.searchResults[index];
      if (reflection?.isDeclaration() && (reflection.flags.isInherited || reflection.inheritedFrom !== undefined)) event.removeResult(index);
    }
  });
}
