// The editor's field for counts and amounts of đồng: digits only. Decap's number
// widget reads what is typed with parseInt, so "1.600" (one thousand six hundred,
// written the Vietnamese way) would be saved as 1, and "2.5" as 2, without a word.
// Here the text stays as typed until it is a whole number; anything else keeps the
// entry from being saved, with the digits to write.
import { digitsOfGrouped } from '../lib/content-errors.ts';
import type { ControlProps, CreateClass, H } from './decap-globals.ts';

/** What is wrong with a whole number as typed (text) or as read (a number), or null. */
export function wholeNumberProblem(value: unknown, limits: { min?: number | undefined; max?: number | undefined } = {}): string | null {
  if (value === '' || value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isInteger(value)) {
    if (limits.min !== undefined && value < limits.min) return `cần một số từ ${limits.min} trở lên`;
    if (limits.max !== undefined && value > limits.max) return `cần một số không quá ${limits.max}`;
    return null;
  }
  const typed = String(value).trim();
  const grouped = digitsOfGrouped(typed);
  if (grouped) return `"${typed}": viết số liền, không có dấu chấm hay dấu phẩy ngăn cách hàng nghìn: ${grouped}`;
  return `"${typed}" không phải một số nguyên; chỉ gõ chữ số, viết liền (ví dụ 1600)`;
}

/** The value to keep for what was typed: a number when it is whole digits, else the text itself (refused by wholeNumberProblem). */
export function wholeNumberValue(typed: string): number | string {
  const text = typed.trim();
  if (text === '') return '';
  return /^\d+$/.test(text) ? Number(text) : typed;
}

/** The control, made with Decap's createClass and h. */
export function wholeNumberControl(createClass: CreateClass, h: H): unknown {
  return createClass({
    isValid(this: { props: ControlProps }) {
      const { field, value } = this.props;
      const limits = { min: field.get('min') as number | undefined, max: field.get('max') as number | undefined };
      const problem = wholeNumberProblem(value, limits);
      return problem ? { error: { type: 'CUSTOM', message: `${String(field.get('label'))}: ${problem}.` } } : true;
    },
    render(this: { props: ControlProps }) {
      const { value, forID, classNameWrapper, onChange, setActiveStyle, setInactiveStyle } = this.props;
      return h('input', {
        type: 'text',
        inputMode: 'numeric',
        id: forID,
        className: classNameWrapper,
        value: value === undefined || value === null ? '' : String(value),
        onChange: (e: { target: { value: string } }) => onChange(wholeNumberValue(e.target.value)),
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
      });
    },
  });
}

/** How the value shows in Decap's default preview. */
export function wholeNumberPreview(createClass: CreateClass, h: H): unknown {
  return createClass({
    render(this: { props: { value: unknown } }) {
      return h('p', null, this.props.value === undefined ? '' : String(this.props.value));
    },
  });
}
