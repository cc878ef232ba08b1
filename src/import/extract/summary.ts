import type { ExtractResult } from './contract.ts';

/** A short human-readable account of an extraction, for `--format summary`. */
export function formatSummary(r: ExtractResult): string {
  const out: string[] = [];
  out.push(`${r.source.name} (${r.source.format}, ${r.source.lines} lines, sha256 ${r.source.sha256.slice(0, 12)}…)`);
  if (r.meeting) {
    const m = r.meeting;
    out.push(`Meeting: ${m.body}, ${m.date}${m.time ? ` ${m.time}` : ''}${m.venue ? `, ${m.venue}` : ''}`);
    out.push(`  members: ${m.members.length}, agenda items: ${m.agenda.length}, guidance notes: ${m.guidance.length}`);
    for (const a of m.agenda) out.push(`  ${a.number}  ${a.title}${a.pages ? ` (pages ${a.pages.from}-${a.pages.to})` : ''}${a.exempt ? ' [exempt]' : ''}`);
    if (m.publicQuestionDeadline) out.push(`  public questions by: ${m.publicQuestionDeadline.at ?? '(not resolved)'} — "${m.publicQuestionDeadline.text}"`);
  } else out.push('Meeting: none (not a meeting pack)');
  for (const m of r.minutes) out.push(`Minutes: ${m.body}, ${m.date}: ${m.items.length} minutes, ${m.present.length} present, ${m.apologies.length} apologies`);
  for (const rep of r.reports) {
    out.push(`Report: ${rep.title}${rep.agendaItem ? ` (item ${rep.agendaItem})` : ''}${rep.forwardPlanRef ? ` ${rep.forwardPlanRef}` : ''}`);
    out.push(
      `  sign-offs: ${rep.signOffs.length}, recommendations: ${rep.recommendations.length}, risk: ${rep.risk ? `${rep.risk.likelihood ?? '?'} × ${rep.risk.impact ?? '?'} = ${rep.risk.score ?? '?'}` : 'none'}`,
    );
  }
  if (r.forwardPlan.length > 0) out.push(`Forward plan: ${r.forwardPlan.length} entries`);
  if (r.workProgramme.length > 0) out.push(`Work programme: ${r.workProgramme.length} items`);
  if (r.outcomeTracker.length > 0) out.push(`Outcome tracker: ${r.outcomeTracker.length} rows`);
  for (const p of r.actionPlans) out.push(`Action plan: ${p.title}: ${p.actions.length} actions`);
  out.push(`Warnings: ${r.warnings.length}`);
  for (const w of r.warnings) out.push(`  line ${w.line ?? '-'} [${w.code}] ${w.message}`);
  return `${out.join('\n')}\n`;
}
