import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { govukDist } from './assets.ts';
import { createNunjucks } from './nunjucks.ts';

/** govuk-frontend as its documentation uses it: each macro imported, each template read as published. */
const plain = new nunjucks.Environment(new nunjucks.FileSystemLoader(dirname(govukDist)), { autoescape: true, trimBlocks: true, lstripBlocks: true });
const ours = createNunjucks();
const macroName = (component: string) => `govuk${component.replace(/(?:^|-)([a-z])/g, (_m, c: string) => c.toUpperCase())}`;

describe('govuk-frontend macros as globals', () => {
  const components = readdirSync(join(govukDist, 'components')).filter((c) => {
    try {
      return readFileSync(join(govukDist, 'components', c, 'fixtures.json')).length > 0;
    } catch {
      return false;
    }
  });

  it('render every published example of every component byte for byte as an imported macro does', () => {
    let compared = 0;
    for (const component of components) {
      const name = macroName(component);
      const { fixtures } = JSON.parse(readFileSync(join(govukDist, 'components', component, 'fixtures.json'), 'utf8')) as { fixtures: { name: string; options: unknown }[] };
      for (const fixture of fixtures) {
        const context = { options: fixture.options };
        const expected = plain.renderString(`{% from "govuk/components/${component}/macro.njk" import ${name} %}{{ ${name}(options) }}`, context);
        expect(ours.renderString(`{{ ${name}(options) }}`, context), `${component}: ${fixture.name}`).toBe(expected);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('render a block passed with {% call %} as the imported macro does', () => {
    const body = '{% call govukDetails({ summaryText: "Help with <b>this</b>" }) %}<p>Inside</p>{% endcall %}';
    const expected = plain.renderString(`{% from "govuk/components/details/macro.njk" import govukDetails %}${body}`, {});
    expect(ours.renderString(body, {})).toBe(expected);
    expect(expected).toContain('<p>Inside</p>');
  });

  it('render the page template as it is published', () => {
    const page = '{% extends "govuk/template.njk" %}{% block content %}<p>Hello</p>{% endblock %}';
    expect(ours.renderString(page, { pageTitle: 'T' })).toBe(plain.renderString(page, { pageTitle: 'T' }));
  });
});
