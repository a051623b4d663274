import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/** A problem in the import file, as the admin will read it. `line` is 1-based. */
export interface ImportProblem {
  line: number;
  path: string;
  message: string;
}

/** The parsed file, and a way back from a JSON path to the line it stands on. */
export interface JsonSource {
  value: unknown;
  lineOf(path: readonly (string | number)[]): number;
}

/** Strict JSON (no comments, no trailing commas); every syntax error is reported, with its line. */
export function parseJsonSource(
  text: string,
): { source: JsonSource; syntaxProblems: [] } | { source: null; syntaxProblems: ImportProblem[] } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const lineAt = lineIndex(text);
  if (errors.length > 0 || root === undefined) {
    const problems = errors.map((error) => ({ line: lineAt(error.offset), path: '$', message: syntaxMessage(error) }));
    return { source: null, syntaxProblems: problems.length > 0 ? problems : [{ line: 1, path: '$', message: '文件为空' }] };
  }
  return {
    source: { value: getNodeValue(root), lineOf: (path) => lineAt(nearestNode(root, path).offset) },
    syntaxProblems: [],
  };
}

/** The node at the path, or its nearest ancestor that exists (a missing field is reported at its object). */
function nearestNode(root: Node, path: readonly (string | number)[]): Node {
  for (let length = path.length; length > 0; length--) {
    const node = findNodeAtLocation(root, path.slice(0, length) as (string | number)[]);
    if (node) return node;
  }
  return root;
}

/** Offset → 1-based line, by binary search over the line starts. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: '无效字符',
  InvalidNumberFormat: '数字格式错误',
  PropertyNameExpected: '此处应为用双引号括起的字段名',
  ValueExpected: '此处应为一个值',
  ColonExpected: '缺少冒号 :',
  CommaExpected: '缺少逗号 ,',
  CloseBraceExpected: '缺少右花括号 }',
  CloseBracketExpected: '缺少右方括号 ]',
  EndOfFileExpected: '此处应为文件结尾',
  InvalidCommentToken: 'JSON 不允许注释',
  UnexpectedEndOfComment: '注释未结束',
  UnexpectedEndOfString: '字符串未结束(缺少右引号)',
  UnexpectedEndOfNumber: '数字未结束',
  InvalidUnicode: '无效的 Unicode 转义',
  InvalidEscapeCharacter: '无效的转义字符',
  InvalidCharacter: '字符串中有无效字符(如未转义的换行)',
};

function syntaxMessage(error: ParseError): string {
  const code = printParseErrorCode(error.error);
  return `JSON 语法错误:${SYNTAX_MESSAGES[code] ?? code}`;
}
