/** A flat list of a JSON Schema's fields with their types and descriptions, for the /data/ page. */

export interface FieldDoc {
  /** Dotted path, `[]` marking list items: `entries[].quantity.value`. */
  readonly path: string;
  readonly type: string;
  readonly description: string;
  /** For a closed vocabulary whose values are documented (`enumDescriptions`), each value with its meaning. */
  readonly values?: readonly { readonly value: string; readonly description: string }[];
}

type Node = {
  type?: string | string[];
  properties?: Record<string, Node>;
  items?: Node;
  anyOf?: Node[];
  description?: string;
  enum?: unknown[];
  enumDescriptions?: string[];
  const?: unknown;
};

function documentedValues(node: Node): FieldDoc['values'] {
  const descriptions = node.enumDescriptions;
  if (!node.enum || !descriptions || descriptions.length !== node.enum.length) return undefined;
  return node.enum.map((value, index) => ({ value: String(value), description: descriptions[index] ?? '' }));
}

function typeOf(node: Node): string {
  if (node.anyOf) return node.anyOf.map(typeOf).join(' or ');
  if (node.enum) return node.enum.map((value) => JSON.stringify(value)).join(' | ');
  if (node.const !== undefined) return JSON.stringify(node.const);
  const type = Array.isArray(node.type) ? node.type.join(' or ') : (node.type ?? 'any');
  return type === 'array' && node.items ? `list of ${typeOf(node.items)}` : type;
}

export function flattenFields(schema: Node, prefix = ''): FieldDoc[] {
  const fields: FieldDoc[] = [];
  const visit = (node: Node, path: string): void => {
    const objectNode = node.anyOf?.find((option) => option.properties) ?? node;
    for (const [name, child] of Object.entries(objectNode.properties ?? {})) {
      const childPath = path ? `${path}.${name}` : name;
      const itemNode = child.items ?? child.anyOf?.find((option) => option.items)?.items;
      const nested = child.properties || child.anyOf?.some((option) => option.properties);
      const values = documentedValues(child);
      fields.push({
        path: childPath,
        type: nested ? (child.anyOf ? 'object or null' : 'object') : values ? `one of ${values.length} values (below)` : typeOf(child),
        description: child.description ?? '',
        ...(values ? { values } : {}),
      });
      if (nested) visit(child, childPath);
      else if (itemNode?.properties) visit(itemNode, `${childPath}[]`);
    }
  };
  visit(schema, prefix);
  return fields;
}
