// The mark npm run new-site leaves where a fact is still to be written:
// "[cần điền]" or "[cần điền: tên tỉnh]". A value holding it is a placeholder,
// not a fact: the build lists it at its end, the release gate refuses it.

export const TO_FILL = /\[cần điền[^\]]*\]/u;

/** Whether `value` is (or holds) a placeholder left to fill. */
export const isToFill = (value: unknown): boolean => typeof value === 'string' && TO_FILL.test(value);
