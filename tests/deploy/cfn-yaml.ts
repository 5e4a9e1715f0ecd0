/**
 * Reads template.yaml into plain objects, turning CloudFormation's short-form tags (!Ref, !If, !Sub…) into their
 * long form ({ Ref: … }, { 'Fn::If': […] }), so tests can compare values. Test helper only.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Tags } from 'yaml';

const FUNCTIONS = ['And', 'Base64', 'Cidr', 'Equals', 'FindInMap', 'GetAZs', 'If', 'ImportValue', 'Join', 'Not', 'Or', 'Select', 'Split', 'Sub', 'Transform', 'ToJsonString', 'Length'];

function longForm(tag: string, value: unknown): Record<string, unknown> {
  if (tag === 'Ref') return { Ref: value };
  if (tag === 'Condition') return { Condition: value };
  if (tag === 'GetAtt') return { 'Fn::GetAtt': typeof value === 'string' ? value.split('.') : value };
  return { [`Fn::${tag}`]: value };
}

const customTags: Tags = [];
for (const name of ['Ref', 'Condition', 'GetAtt', ...FUNCTIONS]) {
  const tag = `!${name}`;
  customTags.push({ tag, resolve: (value: string) => longForm(name, value) });
  customTags.push({ tag, collection: 'seq', resolve: (seq: { toJSON(): unknown }) => longForm(name, seq.toJSON()) } as never);
  customTags.push({ tag, collection: 'map', resolve: (map: { toJSON(): unknown }) => longForm(name, map.toJSON()) } as never);
}

export function loadCloudFormationYaml(path: string | URL): any {
  return parse(readFileSync(path, 'utf8'), { customTags, strict: true });
}
