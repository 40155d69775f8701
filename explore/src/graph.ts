import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';

/** One colour per kind of entity, so a reader tells states from alliances at a glance. */
export const KIND_COLOURS: Record<string, string> = {
  State: '#2f6fb0',
  Alliance: '#d9822b',
  Treaty: '#5a9e3a',
  Conflict: '#c23b3b',
  Operation: '#8a5bb5',
  Source: '#777777',
};

export interface GraphNode {
  id: string;
  name: string;
  kind: string;
  centre?: boolean;
  /** For the ring layout: higher rings sit nearer the middle. */
  ring?: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  label: string;
  /** Shown on hover: the sources of the link, when the view has them. */
  title?: string;
  /** Drawn dashed: a link that binds only under conditions. */
  dashed?: boolean;
}

declare global {
  interface Window {
    /** The graph on screen, for browser tests that count its nodes. */
    __cy?: Core;
  }
}

/** `1949-04-04–` or `1955-05-14–1991-07-01`: a link's dates as an edge label shows them. */
export function period(from: string | null | undefined, until: string | null | undefined): string {
  if (!from && !until) return '';
  return `${from ?? '?'}–${until ?? ''}`;
}

/**
 * Nodes on circles by ring, the highest ring innermost (a lone node there sits in the middle), each
 * circle wide enough for its nodes to keep apart.
 */
export function ringPositions(nodes: GraphNode[]): Record<string, { x: number; y: number }> {
  const ringOf = (node: GraphNode): number => node.ring ?? (node.centre ? 2 : 1);
  const rings = [...new Set(nodes.map(ringOf))].sort((a, b) => b - a);
  const positions: Record<string, { x: number; y: number }> = {};
  let radius = 0;
  rings.forEach((ring, level) => {
    const members = nodes.filter((node) => ringOf(node) === ring);
    const needed = (members.length * 46) / (2 * Math.PI);
    radius = level === 0 && members.length === 1 ? 0 : Math.max(radius + 130, needed);
    members.forEach((node, index) => {
      const angle = (2 * Math.PI * index) / members.length - Math.PI / 2;
      positions[node.id] = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    });
  });
  return positions;
}

/**
 * Draws nodes and edges into `container`, replacing what was there. The container's
 * data-state-count and data-node-ids say what was drawn, for tests and for scripts.
 */
export function drawGraph(
  container: HTMLElement,
  nodes: GraphNode[],
  edges: GraphEdge[],
  options: {
    /** concentric: rings around the centre (ringPositions); cose: force-directed; chain: left to right in the given order. */
    layout: 'concentric' | 'cose' | 'chain';
    onSelect?: (node: GraphNode) => void;
  },
): Core {
  window.__cy?.destroy();
  const drawn = new Set(nodes.map((node) => node.id));
  const elements: ElementDefinition[] = [
    ...nodes.map((node) => ({
      data: {
        id: node.id,
        label: node.name,
        kind: node.kind,
        colour: KIND_COLOURS[node.kind] ?? '#555',
        centre: node.centre ? 1 : 0,
      },
    })),
    // A link to an entity not drawn would stop Cytoscape: such a link is left out.
    ...edges
      .filter((edge) => drawn.has(edge.source) && drawn.has(edge.target))
      .map((edge, index) => ({
        data: {
          id: `e${index}`,
          source: edge.source,
          target: edge.target,
          label: edge.label,
          title: edge.title ?? '',
          dashed: edge.dashed ? 1 : 0,
        },
      })),
  ];
  const cy = cytoscape({
    container,
    elements,
    wheelSensitivity: 0.3,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(colour)',
          label: 'data(label)',
          'font-size': 11,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'wrap',
          'text-max-width': '110px',
          width: 22,
          height: 22,
        },
      },
      { selector: 'node[kind != "State"]', style: { shape: 'round-rectangle', width: 30, height: 30 } },
      { selector: 'node[centre = 1]', style: { 'border-width': 4, 'border-color': '#222', width: 36, height: 36 } },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'line-color': '#9aa5b1',
          'curve-style': 'bezier',
          label: 'data(label)',
          'font-size': 9,
          color: '#444',
          'text-rotation': 'autorotate',
          'text-background-color': '#fff',
          'text-background-opacity': 0.8,
          'text-background-padding': '1px',
        },
      },
      { selector: 'edge[dashed = 1]', style: { 'line-style': 'dashed' } },
      { selector: 'edge:selected, edge.hover', style: { 'line-color': '#222', width: 3 } },
    ],
    layout:
      options.layout === 'chain'
        ? {
            name: 'preset',
            // Left to right, every other node a little lower so that long labels do not overlap.
            positions: Object.fromEntries(nodes.map((node, index) => [node.id, { x: index * 170, y: index % 2 === 0 ? 0 : 60 }])),
            fit: true,
            padding: 40,
          }
        : options.layout === 'concentric'
          ? { name: 'preset', positions: ringPositions(nodes), fit: true, padding: 20 }
          : { name: 'cose', animate: false, padding: 20, nodeRepulsion: () => 60000, idealEdgeLength: () => 90, nodeOverlap: 20 },
  });
  if (options.onSelect) {
    const onSelect = options.onSelect;
    cy.on('tap', 'node', (event) => {
      const data = event.target.data() as { id: string; label: string; kind: string };
      onSelect({ id: data.id, name: data.label, kind: data.kind });
    });
  }
  // The canvas says nothing to a screen reader: the container names what it shows, and the table below lists it.
  container.setAttribute('role', 'img');
  container.setAttribute('aria-label', `Graph of ${nodes.length} entities and ${edges.length} links; the table below lists them`);
  container.dataset.stateCount = String(nodes.filter((node) => node.kind === 'State').length);
  container.dataset.nodeIds = nodes.map((node) => node.id).join(' ');
  window.__cy = cy;
  return cy;
}

/** The graph as a PNG download, white behind it so it reads in any viewer. */
export function downloadPng(cy: Core, name: string): void {
  const link = document.createElement('a');
  link.href = cy.png({ full: true, scale: 2, bg: '#ffffff' });
  link.download = `${name}.png`;
  link.click();
}
