// The mark npm run new-site leaves where a fact is still to be written:
// "[cần điền]" or "[cần điền: tên tỉnh]". A value holding it is a placeholder,
// not a fact: the build lists it at its end, the release gate refuses it.

export const TO_FILL = /\[cần điền[^\]]*\]/u;

/** Whether `value` is (or holds) a placeholder left to fill; a list is one when each of its items is. */
export const isToFill = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 && value.every(isToFill) : typeof value === 'string' && TO_FILL.test(value);
