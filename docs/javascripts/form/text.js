// Offsets in the draft. Python counts code points; JavaScript strings count UTF-16 units.

/** UTF-16 index of a code-point offset. @param {string} text @param {number} codePoints */
export function utf16Index(text, codePoints) {
  let index = 0;
  for (let seen = 0; seen < codePoints && index < text.length; seen += 1) {
    index += (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
  }
  return index;
}

/** Move an index off the second half of a surrogate pair, so a cut never splits a character. @param {string} text @param {number} index */
export function characterBoundary(text, index) {
  const unit = text.charCodeAt(index);
  return unit >= 0xdc00 && unit <= 0xdfff ? index + 1 : index;
}
