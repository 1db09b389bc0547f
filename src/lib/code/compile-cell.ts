import { transform } from 'sucrase';
import { parse, type Node, type Pattern, type Program } from 'acorn';
import { simple } from 'acorn-walk';

/** A cell turned into the body of an async function `(__scope) => ...`, ready to run. */
export interface CompiledCell {
  /** JavaScript for `new AsyncFunction('__scope', body)`; line N is line N of the cell. */
  body: string;
  /** Names the cell declares at top level; they are written to the shared scope. */
  declared: string[];
  /** True when the cell ends with an expression, whose value the cell displays. */
  displaysLastValue: boolean;
  /**
   * The cell's column (1-based) for a column of `body` on a given line: undoes what compiling put
   * before it on that line (the prelude on line 1, `return (`, scope writes). Columns after a
   * stripped type annotation stay approximate; lines are always exact.
   */
  sourceColumn(line: number, column: number): number;
}

/** A syntax error in a cell, at a 1-based line and column of the cell's own source. */
export class CellSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${message} (line ${line}, column ${column})`);
    this.name = 'CellSyntaxError';
  }
}

function stripTypes(source: string): string {
  try {
    return transform(source, {
      transforms: ['typescript'],
      disableESTransforms: true,
      keepUnusedImports: true,
    }).code;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /\((\d+):(\d+)\)\s*$/.exec(message);
    throw new CellSyntaxError(
      message.replace(/\s*\(\d+:\d+\)\s*$/, ''),
      Number(at?.[1] ?? 1),
      Number(at?.[2] ?? 0) + 1,
    );
  }
}

const NO_IMPORTS = 'import and export are not available in cells: the engine is already in scope';

function parseScript(code: string): Program {
  try {
    return parse(code, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowAwaitOutsideFunction: true,
      locations: true,
    });
  } catch (error) {
    const e = error as SyntaxError & { loc?: { line: number; column: number } };
    const message = /'import' and 'export'/.test(e.message)
      ? NO_IMPORTS
      : e.message.replace(/\s*\(\d+:\d+\)\s*$/, '');
    throw new CellSyntaxError(message, e.loc?.line ?? 1, (e.loc?.column ?? 0) + 1);
  }
}

/** The names a declaration pattern binds: `x`, `{ a, b: c }`, `[d, ...e]`. */
function patternNames(pattern: Pattern): string[] {
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name];
    case 'ObjectPattern':
      return pattern.properties.flatMap((p) =>
        patternNames(p.type === 'RestElement' ? p.argument : p.value),
      );
    case 'ArrayPattern':
      return pattern.elements.flatMap((p) => (p ? patternNames(p) : []));
    case 'RestElement':
      return patternNames(pattern.argument);
    case 'AssignmentPattern':
      return patternNames(pattern.left);
    default:
      return [];
  }
}

function declaredNames(statement: Node): string[] {
  if (statement.type === 'VariableDeclaration') {
    return (statement as unknown as { declarations: { id: Pattern }[] }).declarations.flatMap((d) =>
      patternNames(d.id),
    );
  }
  if (statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') {
    const id = (statement as unknown as { id: { name: string } | null }).id;
    return id ? [id.name] : [];
  }
  return [];
}

/**
 * Cells' functions that return a promise: called as a statement of its own without `await`, the
 * rest of the cell runs while the call is still going (`train` gives the page a turn every 25 ms),
 * so what follows would read a half-trained network, differently on a fast and a slow machine.
 */
const ASYNC_FUNCTIONS = ['train'];

/** Refuses a call to one of ASYNC_FUNCTIONS whose promise is neither awaited nor kept. */
function refuseUnawaited(program: Program): void {
  simple(program, {
    ExpressionStatement(statement) {
      const call = statement.expression;
      if (
        call.type === 'CallExpression' &&
        call.callee.type === 'Identifier' &&
        ASYNC_FUNCTIONS.includes(call.callee.name)
      ) {
        const name = call.callee.name;
        throw new CellSyntaxError(
          `${name}(...) returns a promise: write await ${name}(...) so the next line runs once it has finished`,
          call.loc!.start.line,
          call.loc!.start.column + 1,
        );
      }
    },
  });
}

/**
 * Compiles a cell as a notebook runs it: TypeScript types are stripped (sucrase keeps line
 * numbers), names from earlier cells (`knownNames`) are read from the shared scope, each top-level
 * declaration is written back to it (so a re-run re-declares instead of failing), and a final
 * expression becomes the cell's displayed value. All insertions stay on their lines, so a runtime
 * error's line is the reader's line.
 */
export function compileCell(source: string, knownNames: readonly string[]): CompiledCell {
  const code = stripTypes(source);
  const program = parseScript(code);
  refuseUnawaited(program);
  const declared = [...new Set(program.body.flatMap(declaredNames))];
  const outer = knownNames.filter(
    (name) => !declared.includes(name) && /^[A-Za-z_$][\w$]*$/.test(name),
  );
  // Edits at source offsets, applied from the end so earlier offsets stay valid.
  const edits: { at: number; remove?: number; text: string }[] = [];
  for (const statement of program.body) {
    const names = declaredNames(statement);
    if (names.length > 0)
      edits.push({
        at: statement.end,
        text: names.map((n) => `;__scope.${n} = ${n}`).join('') + ';',
      });
  }
  const last = program.body.at(-1);
  const displaysLastValue = last?.type === 'ExpressionStatement';
  if (last && displaysLastValue) {
    // The whole statement, not just its expression: `({ a: 1 })` keeps its parentheses.
    const semicolon = code[last.end - 1] === ';' ? 1 : 0;
    edits.push({ at: last.start, text: 'return (' });
    edits.push({ at: last.end - semicolon, remove: semicolon, text: ');' });
  }
  let body = code;
  for (const edit of edits.sort((a, b) => b.at - a.at)) {
    body = body.slice(0, edit.at) + edit.text + body.slice(edit.at + (edit.remove ?? 0));
  }
  const readOuter = outer.length > 0 ? `let { ${outer.join(', ')} } = __scope; ` : '';
  const writeOuter = outer.length > 0 ? `Object.assign(__scope, { ${outer.join(', ')} }); ` : '';
  // Strict mode: assigning to an undeclared name is an error, not a new global.
  const prelude = `'use strict'; ${readOuter}try { `;
  const lineStarts = [0, ...[...code.matchAll(/\n/g)].map((m) => m.index + 1)];
  const insertions = edits
    .map((edit) => {
      const line = lineStarts.findLastIndex((start) => start <= edit.at) + 1;
      return {
        line,
        column: edit.at - lineStarts[line - 1],
        length: edit.text.length - (edit.remove ?? 0),
      };
    })
    .concat([{ line: 1, column: -1, length: prelude.length }])
    .sort((a, b) => a.column - b.column);
  return {
    body: `${prelude}${body}\n} finally { ${writeOuter}}`,
    declared,
    displaysLastValue,
    sourceColumn(line, column) {
      let generated = column - 1;
      let shift = 0;
      for (const insertion of insertions.filter((i) => i.line === line)) {
        const start = Math.max(insertion.column, 0) + shift;
        if (generated < start) break;
        // Inside inserted text: report the place it was inserted at.
        if (generated < start + insertion.length) return Math.max(insertion.column, 0) + 1;
        shift += insertion.length;
      }
      return generated - shift + 1;
    },
  };
}
