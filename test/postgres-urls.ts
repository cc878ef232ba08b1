/** The maintenance database URL on the same server as `url`. */
export function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

/** The name of the migrated template database derived from the test database URL. */
export function templateDbName(url: string): string {
  const name = new URL(url).pathname.replace(/^\//, '') || 'shirehall';
  return `${name}_template`;
}

/** `url` pointing at another database on the same server. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
