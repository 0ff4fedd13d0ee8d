// Small helpers for building the page: elements whose children are text nodes (never HTML), the site's
// own addresses, and counted words.

const SVG_NS = "http://www.w3.org/2000/svg";
// This file is <site root>/javascripts/form/dom.js.
const SITE_ROOT = new URL("../../", import.meta.url);

/** @typedef {Record<string, string | number | boolean | null | undefined>} Attributes */
/** @typedef {string | Node | null | undefined} Child */

/**
 * An element with attributes; string children become text nodes (Element.append).
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Attributes} [attributes]
 * @param {...Child} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  element.append(...present(children));
  return element;
}

/**
 * The same for SVG.
 * @param {string} tag
 * @param {Attributes} [attributes]
 * @param {...Child} children
 * @returns {SVGElement}
 */
export function svg(tag, attributes = {}, ...children) {
  const element = /** @type {SVGElement} */ (document.createElementNS(SVG_NS, tag));
  setAttributes(element, attributes);
  element.append(...present(children));
  return element;
}

/** @param {Child[]} children @returns {(string | Node)[]} */
function present(children) {
  return children.filter((child) => child !== null && child !== undefined);
}

/** @param {Element} element @param {Attributes} attributes */
function setAttributes(element, attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) element.setAttribute(name, String(value));
  }
}

/**
 * The page's element with this id, of the type the code expects (a missing one is a bug in the page).
 * @template {Element} T
 * @param {string} id
 * @param {new (...args: never[]) => T} type
 * @returns {T}
 */
export function byId(id, type) {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`The checker's page has no ${type.name} #${id}.`);
  return element;
}

/**
 * The first element inside `root` that matches, of the type expected.
 * @template {Element} T
 * @param {ParentNode} root
 * @param {string} selector
 * @param {new (...args: never[]) => T} type
 * @returns {T}
 */
export function find(root, selector, type) {
  const element = root.querySelector(selector);
  if (!(element instanceof type)) throw new Error(`The checker's page has no ${type.name} ${selector}.`);
  return element;
}

/** An address on this site, from a path relative to its root ("checklist/"). @param {string} path */
export function siteUrl(path) {
  return new URL(path, SITE_ROOT).href;
}

/** The path of the site's root, for keys that must differ between copies of the site on one host. */
export const SITE_PATH = SITE_ROOT.pathname;

/** "1 finding", "2 findings". @param {number} count @param {string} one @param {string} many */
export function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}
