// counts textOf( calls, typeof guards and `as` casts (not `as const`) per top folder
import ts from 'typescript';
import fs from 'node:fs';
import path from 'node:path';
const root = process.argv[2] ?? '.';
const dirs = ['src/features', 'src/data', 'src/domain', 'src/app', 'src/server', 'src/shared'];
function walk(d, out=[]) { for (const e of fs.readdirSync(d, {withFileTypes:true})) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p, out); else if (/\.tsx?$/.test(e.name)) out.push(p); } return out; }
for (const dir of dirs) {
  let textOf = 0, typeofG = 0, casts = 0, castList = [];
  for (const file of walk(path.join(root, dir))) {
    const src = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (n) => {
      if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'textOf') textOf++;
      if (ts.isTypeOfExpression(n) && ts.isBinaryExpression(n.parent)) typeofG++;
      if (ts.isAsExpression(n) && !(ts.isTypeReferenceNode(n.type) && n.type.typeName.getText() === 'const')) { casts++; castList.push(path.relative(root, file)+':'+ (src.getLineAndCharacterOfPosition(n.getStart()).line+1)); }
      ts.forEachChild(n, visit);
    };
    visit(src);
  }
  console.log(dir.padEnd(14), 'textOf', textOf, 'typeof', typeofG, 'as', casts);
  if (process.env.LIST === dir) console.log(castList.join('\n'));
}
