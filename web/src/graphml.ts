import type { GraphView } from './api';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The view as GraphML, readable by Gephi, yEd and Cytoscape desktop. */
export function toGraphML(view: GraphView): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '<key id="name" for="node" attr.name="name" attr.type="string"/>',
    '<key id="type" for="node" attr.name="type" attr.type="string"/>',
    '<key id="mentions" for="node" attr.name="mentions" attr.type="int"/>',
    '<key id="kind" for="edge" attr.name="kind" attr.type="string"/>',
    '<key id="evidence" for="edge" attr.name="evidence" attr.type="int"/>',
    '<graph id="dossier" edgedefault="directed">',
  ];
  for (const n of view.nodes) {
    lines.push(`<node id="${escape(n.id)}"><data key="name">${escape(n.name)}</data><data key="type">${n.type}</data><data key="mentions">${n.mentions}</data></node>`);
  }
  for (const e of view.edges) {
    lines.push(`<edge id="${escape(e.id)}" source="${escape(e.source)}" target="${escape(e.target)}"><data key="kind">${escape(e.kind)}</data><data key="evidence">${e.evidenceCount}</data></edge>`);
  }
  lines.push('</graph>', '</graphml>');
  return lines.join('\n');
}

export function download(name: string, content: Blob | string, type = 'application/octet-stream'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
