package nl.autonomy.core.report.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.autonomy.core.model.ExitOption;
import nl.autonomy.core.model.ExitPlan;
import nl.autonomy.core.model.ServiceExit;
import nl.autonomy.core.model.AspectScore;
import nl.autonomy.core.model.Score;
import nl.autonomy.core.report.view.ExitPlanTexts;
import nl.autonomy.core.report.view.ReportTexts;

/**
 * {@code exit-plan.md}: the exit plan for an issue or a wiki page, the steps as task-list boxes a
 * team ticks off. Under the same size cap as {@code report.md}.
 */
public final class ExitPlanMarkdownWriter {

  public static final String FILE_NAME = "exit-plan.md";

  public String render(ExitPlan plan, Locale locale) {
    ReportTexts t = ReportTexts.of(locale);
    ExitPlanTexts x = new ExitPlanTexts(t);
    Markdown md = new Markdown();
    md.add("## " + Markdown.escape(t.format("exit.title", plan.source().project())) + "\n\n");
    md.add("> " + Markdown.escape(x.headline(plan)) + "\n\n");
    ExitPlan.WhatIfResult w = plan.whatIf();
    md.add("### " + t.format("exit.section.whatIf") + "\n\n" + Markdown.escape(t.format("exit.whatIf.intro",
        plan.policy().id())) + "\n");
    if (w.before().partial()) {
      md.add("\n> :warning: " + Markdown.escape(t.get("score.partial")) + "\n");
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("**" + t.get("score.overall") + "**", score(w.before().overall()), score(w.score().overall())));
    for (AspectScore a : w.before().aspects()) {
      double after = w.score().aspects().stream().filter(s -> s.aspect() == a.aspect()).mapToDouble(AspectScore::score)
          .findFirst().orElse(a.score());
      rows.add(List.of(t.label("aspect", a.aspect()), score(a.score()), score(after)));
    }
    md.table(List.of(t.get("score.aspect"), t.format("exit.whatIf.before"), t.format("exit.whatIf.after")), rows);
    md.add("\n" + Markdown.escape(t.format("exit.whatIf.verdict", t.label("verdict", w.verdictBefore()),
        t.label("verdict", w.verdict()))) + "\n\n");
    findings(md, t.format("exit.whatIf.resolved"), w.resolved(), t);
    findings(md, t.format("exit.whatIf.introduced"), w.introduced(), t);
    md.add("**" + t.format("exit.section.assumptions") + "**\n\n");
    w.assumptions().forEach(a -> md.add("- " + Markdown.escape(a) + "\n"));
    md.add("\n### " + t.format("exit.section.services") + "\n");
    if (plan.services().isEmpty()) {
      md.add("\n" + t.format("exit.nothing") + "\n");
    }
    for (ServiceExit s : plan.services()) {
      service(md, s, x, t);
    }
    if (plan.ranking() != null) {
      ranking(md, plan.ranking(), t);
    }
    if (md.truncated()) {
      md.close("\n> " + t.get("md.truncated") + "\n");
    }
    md.close("\n" + Markdown.escape(t.format("exit.footer", plan.tool().version())) + "\n");
    return md.toString();
  }

  private static void findings(Markdown md, String caption, List<ExitPlan.FindingRef> findings, ReportTexts t) {
    md.add("**" + caption + "**: " + (findings.isEmpty() ? t.format("exit.whatIf.none") : "") + "\n\n");
    for (ExitPlan.FindingRef f : findings) {
      md.add("- " + Markdown.code(f.ruleId()) + " " + Markdown.code(f.subject()) + " (" + f.severity() + ", "
          + f.aspect() + ")\n");
    }
    if (!findings.isEmpty()) {
      md.add("\n");
    }
  }

  private static void service(Markdown md, ServiceExit s, ExitPlanTexts x, ReportTexts t) {
    md.add("\n#### " + Markdown.escape(s.name()) + "\n\n");
    md.add("- " + t.get("service.vendor") + ": " + Markdown.escape(s.vendorName() == null ? s.vendorId() : s.vendorName())
        + "\n- " + t.get("service.lockIn") + ": " + t.label("lockin", s.lockIn())
        + "\n- " + t.get("service.usage") + ": " + Markdown.escape(t.label("usage", s.usage()))
        + "\n- " + t.format("exit.effort") + ": " + Markdown.escape(x.effortLevel(s)) + "\n\n");
    md.add("**" + t.format("exit.where") + "**\n\n");
    for (ServiceExit.PlaceGroup g : s.places()) {
      md.add("- " + Markdown.escape(x.module(g.module()) + " — " + x.kind(g.kind())) + "\n");
      for (ServiceExit.Place p : g.places()) {
        md.add("  - " + Markdown.code(p.location()) + " " + Markdown.code(p.excerpt())
            + (p.scope().ships() ? "" : " " + t.format("exit.testScope")) + "\n");
      }
    }
    md.add("\n**" + t.format("exit.data") + "**\n\n");
    ServiceExit.DataExit d = s.data();
    if (d.holds() == null) {
      md.add(Markdown.escape(t.format("exit.data.unknown", String.valueOf(d.category()))) + "\n");
    } else {
      md.add("- " + t.format("exit.data.holds") + ": " + Markdown.escape(d.holds())
          + "\n- " + t.format("exit.data.export") + ": " + Markdown.escape(d.export())
          + "\n- " + t.format("exit.data.standard") + ": " + Markdown.escape(d.standard())
          + "\n- " + t.format("exit.data.sources") + ": " + Markdown.escape(String.join("; ", d.sources())) + "\n");
    }
    ServiceExit.WayOut w = s.wayOut();
    md.add("\n**" + t.format("exit.way") + "**\n\n");
    if (!"leave".equals(w.status())) {
      md.add(Markdown.escape(x.status(s)) + "\n\n");
    }
    alternatives(md, t.format("exit.way.configOnly"), s, w.configurationOnly(), x, t);
    alternatives(md, t.format("exit.way.codeChange"), s, w.codeChange(), x, t);
    if (!w.configurationChanges().isEmpty()) {
      md.add("- " + t.format("exit.way.changes") + ":\n");
      w.configurationChanges().forEach(c -> md.add("  - " + Markdown.escape(x.change(c)) + "\n"));
    }
    if (!w.hardCoded().isEmpty()) {
      md.add("- " + t.format("exit.way.hardCoded") + ":\n");
      w.hardCoded().forEach(p -> md.add("  - " + Markdown.code(p.location()) + " " + Markdown.code(p.excerpt()) + "\n"));
    }
    if (w.replacement() != null) {
      md.add("- " + Markdown.escape(t.format("exit.way.replacement", w.replacement())) + "\n");
    }
    md.add("\n**" + t.format("exit.effort") + "**\n\n");
    x.effortWorking(s).forEach(line -> md.add("- " + Markdown.escape(line) + "\n"));
    md.add("\n**" + t.format("exit.steps") + "**\n\n");
    for (ServiceExit.Step step : s.steps()) {
      md.add("- [ ] " + Markdown.escape(x.step(s, step)) + "\n");
      step.places().forEach(p -> md.add("  - " + Markdown.code(p) + "\n"));
    }
    md.add("\n**" + t.format("exit.risks") + "**\n\n");
    if (s.risks().isEmpty()) {
      md.add(t.format("exit.risks.none") + "\n");
    }
    s.risks().forEach(r -> md.add("- " + Markdown.escape(x.risk(r)) + "\n"));
  }

  private static void alternatives(Markdown md, String caption, ServiceExit s, List<ServiceExit.Alternative> list,
      ExitPlanTexts x, ReportTexts t) {
    md.add("- " + caption + ": " + (list.isEmpty() ? t.get("none") : "") + "\n");
    list.forEach(a -> md.add("  - **" + Markdown.escape(a.name()) + "** — " + Markdown.escape(x.reason(s, a)) + "\n"));
  }

  private static void ranking(Markdown md, List<ExitOption> ranking, ReportTexts t) {
    md.add("\n### " + t.format("exit.section.ranking") + "\n");
    List<List<String>> rows = new ArrayList<>();
    for (ExitOption o : ranking) {
      rows.add(List.of(String.valueOf(o.rank()), Markdown.escape(o.name()),
          t.label("effort", o.effort()) + " (" + o.effortPoints() + ")",
          String.format(Locale.ROOT, "%+.1f", o.gain()), String.format(Locale.ROOT, "%.2f", o.gainPerEffort()),
          String.valueOf(Score.whole(o.after()))));
    }
    List<String> header = new ArrayList<>();
    for (String col : new String[] {"rank", "service", "effort", "gain", "perEffort", "after"}) {
      header.add(t.format("exit.rank." + col));
    }
    md.table(header, rows);
  }

  private static String score(double value) {
    return String.format(Locale.ROOT, "%d / 100", Score.whole(value));
  }
}
