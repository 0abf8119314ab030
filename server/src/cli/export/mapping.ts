/**
 * The `export:` section of .replylintrc.yaml, validated with positions:
 *
 *   export:
 *     zendesk:
 *       variables:
 *         customer_name: ticket.requester.first_name
 *     intercom:
 *       variables:
 *         customer_name: { name: first_name, fallback: there }
 */

import * as fs from 'node:fs';
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { didYouMean } from '../../engine/index.js';
import { ConfigError } from '../../config/load-config.js';
import { TARGETS, targets, type Mapping, type TargetName } from './targets.js';

const NAME = /^[A-Za-z_][\w.-]*$/;
const TARGET_KEYS = ['variables'];

export type TargetMappings = Partial<Record<TargetName, Record<string, Mapping>>>;

/** Reads and checks the export section of `file`; throws ConfigError at the offending node. */
export function readExportMappings(file: string): TargetMappings {
  const text = fs.readFileSync(file, 'utf8');
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const fail = (node: Node | null | undefined, detail: string): never => {
    const offset = node?.range?.[0] ?? 0;
    const p = lc.linePos(offset);
    throw new ConfigError(file, p.line, p.col, detail);
  };
  const root = doc.contents;
  if (!isMap(root)) return {};
  const section = root.items.find((p) => isScalar(p.key) && p.key.value === 'export');
  if (!section || section.value === null || (isScalar(section.value) && section.value.value === null)) return {};
  if (!isMap(section.value)) fail(section.value as Node, '"export" must be a map of helpdesk targets (zendesk, helpscout, intercom, front, gladly)');
  const out: TargetMappings = {};
  for (const pair of (section.value as import('yaml').YAMLMap).items) {
    const key = pair.key as Node;
    const name = isScalar(key) ? String(key.value) : '';
    if (!(TARGETS as readonly string[]).includes(name)) {
      const hint = didYouMean(name, [...TARGETS]);
      fail(key, `unknown export target "${name}"${hint ? `; did you mean "${hint}"?` : ''} (targets: ${TARGETS.join(', ')})`);
    }
    const target = name as TargetName;
    const value = pair.value as Node | null;
    if (!isMap(value)) fail(value ?? key, `export.${target} must be a map with "variables"`);
    const vars: Record<string, Mapping> = {};
    for (const tp of (value as import('yaml').YAMLMap).items) {
      const tk = tp.key as Node;
      const tkName = isScalar(tk) ? String(tk.value) : '';
      if (!TARGET_KEYS.includes(tkName)) fail(tk, `unknown key "${tkName}" in export.${target} (allowed: ${TARGET_KEYS.join(', ')})`);
      const vmap = tp.value as Node | null;
      if (vmap === null || (isScalar(vmap) && vmap.value === null)) continue;
      if (!isMap(vmap)) fail(vmap, `export.${target}.variables must map template variables to ${targets[target].label} variables`);
      for (const vp of (vmap as import('yaml').YAMLMap).items) {
        const vk = vp.key as Node;
        const varName = isScalar(vk) ? String(vk.value) : '';
        if (!NAME.test(varName)) fail(vk, `"${varName}" is not a template variable name`);
        vars[varName] = mappingOf(vp.value as Node | null, vk, target, varName, fail);
      }
    }
    out[target] = vars;
  }
  return out;
}

function mappingOf(node: Node | null, keyNode: Node, target: TargetName, varName: string, fail: (n: Node | null | undefined, d: string) => never): Mapping {
  const where = `export.${target}.variables.${varName}`;
  const t = targets[target];
  let name: unknown;
  let fallback: unknown;
  let fallbackNode: Node | null | undefined;
  if (isScalar(node)) name = node.value;
  else if (isMap(node)) {
    for (const p of node.items) {
      const k = isScalar(p.key) ? String(p.key.value) : '';
      if (k === 'name') name = isScalar(p.value) ? p.value.value : undefined;
      else if (k === 'fallback') {
        fallbackNode = p.value as Node;
        fallback = isScalar(p.value) ? p.value.value : undefined;
        if (typeof fallback !== 'string') fail(fallbackNode, `${where}.fallback must be text`);
      } else fail(p.key as Node, `unknown key "${k}" in ${where} (allowed: name, fallback)`);
    }
  } else fail(node ?? keyNode, `${where} must be a ${t.label} variable name or { name, fallback }`);
  if (typeof name !== 'string' || !NAME.test(name)) fail(node ?? keyNode, `${where} needs a ${t.label} variable name such as "${example(target)}"`);
  if (fallback !== undefined) {
    if (!t.fallback) fail(fallbackNode, `${t.label} placeholders have no fallback syntax; remove ${where}.fallback (set a default in ${t.label} instead)`);
    const forbidden = [...(t.fallbackForbidden ?? '')];
    if (forbidden.some((c) => (fallback as string).includes(c))) fail(fallbackNode, `${where}.fallback may not contain ${forbidden.map((c) => `'${c}'`).join(' or ')} in ${t.label} syntax`);
  }
  return fallback !== undefined ? { name: name as string, fallback: fallback as string } : { name: name as string };
}

function example(target: TargetName): string {
  return { zendesk: 'ticket.requester.first_name', helpscout: 'customer.firstName', intercom: 'first_name', front: 'recipient.first_name', gladly: 'customer.firstName' }[target];
}
