// The parts of Decap CMS's browser globals the editor's own code uses (decap-cms.js
// sets window.CMS, window.h — React's createElement — and window.createClass).

/** A React element, as far as this code is concerned. */
export type Node = unknown;
export type H = (type: unknown, props?: Record<string, unknown> | null, ...children: Node[]) => Node;

/** An Immutable.js map of an entry or a field (only what the previews read). */
export interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: (string | number)[]): unknown;
  toJS(): unknown;
}

export interface PreviewProps {
  entry: ImmutableLike;
  widgetFor(name: string): Node;
  getAsset(path: string): { toString(): string } | undefined;
}

export interface ControlProps {
  value: unknown;
  field: ImmutableLike;
  forID: string;
  classNameWrapper: string;
  onChange(value: unknown): void;
  setActiveStyle(): void;
  setInactiveStyle(): void;
}

export interface Formatter {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
}

export interface DecapCms {
  registerCustomFormat(name: string, extension: string, formatter: Formatter): void;
  registerLocale(locale: string, phrases: unknown): void;
  getLocale(locale: string): unknown;
  registerPreviewTemplate(name: string, component: unknown): void;
  registerPreviewStyle(style: string, options?: { raw?: boolean }): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  init(options?: { config?: Record<string, unknown> }): void;
  registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: ImmutableLike }) => unknown }): void;
}

export type CreateClass = (spec: Record<string, unknown>) => unknown;

export interface DecapWindow {
  CMS: DecapCms;
  h: H;
  createClass: CreateClass;
}
