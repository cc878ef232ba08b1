/**
 * Text made safe for iCalendar (RFC 5545 TEXT) and XML 1.0 feeds: C0 control characters other than
 * tab, line feed and carriage return, DEL, C1 controls, unpaired surrogates and the non-characters
 * U+FFFE and U+FFFF are removed, since both formats forbid them; NEL, U+2028 and U+2029 become line
 * feeds, so a line break typed in another system stays a line break.
 * @example feedSafeText('a\u000bb\u2028c') // 'ab\nc'
 */
export function feedSafeText(value: string): string {
  return (
    value
      .replace(/[\u0085\u2028\u2029]/g, '\n')
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
  );
}
