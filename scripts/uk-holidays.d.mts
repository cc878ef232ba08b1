/** date-holidays' data with only the GB calendar and its four nations, and the holiday names it uses, in English. */
export function ukHolidayData(): { version: string; license: string; holidays: { GB: object }; names: Record<string, object> };
