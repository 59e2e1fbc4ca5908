package nl.autonomy.core.report.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.autonomy.core.model.ExitOption;
import nl.autonomy.core.model.ExitPlan;
import nl.autonomy.core.model.ExitSelection;
import nl.autonomy.core.model.ServiceExit;
import nl.autonomy.core.model.EffortBreakdown;
import nl.autonomy.core.model.AspectScore;
import nl.autonomy.core.model.Score;

/**
 * The sentences of an exit plan, the same in {@code exit-plan.html} and {@code exit-plan.md}, and
 * the ways-out lines of the reports: built once here from the plan and the writer's texts.
 */
public final class ExitPlanTexts {

  private final ReportTexts t;

  public ExitPlanTexts(ReportTexts t) {
    this.t = t;
  }

  public ReportTexts texts() {
    return t;
  }

  /** What is left, by name: "Leaving Microsoft Corporation". */
  public String leaving(ExitPlan plan) {
    ExitSelection s = plan.selection();
    return switch (s.kind()) {
      case ALL -> t.format("exit.leaving.all");
      case SERVICE -> t.format("exit.leaving.service", plan.services().isEmpty() ? s.value() : plan.services().get(0).name());
      case VENDOR -> t.format("exit.leaving.vendor", plan.services().stream()
          .filter(x -> s.value().equalsIgnoreCase(x.vendorId()) && x.vendorName() != null)
          .map(ServiceExit::vendorName).findFirst().orElse(s.value()));
    };
  }

  /** "Leaving Microsoft: overall 62 → 85, agility 32 → 78, 4 services, 23 places, effort high". */
  public String headline(ExitPlan plan) {
    Score before = plan.whatIf().before();
    Score after = plan.whatIf().score();
    StringBuilder aspects = new StringBuilder();
    for (AspectScore a : before.aspects()) {
      double then = after.aspects().stream().filter(x -> x.aspect() == a.aspect()).mapToDouble(AspectScore::score)
          .findFirst().orElse(a.score());
      if (Score.whole(then) != Score.whole(a.score())) {
        aspects.append(", ").append(t.format("exit.aspectChange", t.label("aspect", a.aspect()).toLowerCase(t.locale()),
            Score.whole(a.score()), Score.whole(then)));
      }
    }
    return t.format("exit.headline", leaving(plan), Score.whole(before.overall()), Score.whole(after.overall()),
        aspects.toString(), plan.totals().services(), plan.totals().places(),
        t.label("effort", plan.totals().effort()).toLowerCase(t.locale()));
  }

  public String kind(String kind) {
    return t.format("exit.kind." + kind);
  }

  public String module(String module) {
    return t.format("exit.module", module);
  }

  public String status(ServiceExit s) {
    return t.format("exit.way.status." + s.wayOut().status());
  }

  public String reason(ServiceExit s, ServiceExit.Alternative a) {
    String protocol = s.wayOut().protocol() == null ? "" : s.wayOut().protocol();
    return t.format("exit.reason." + a.reason(), protocol);
  }

  public String change(ServiceExit.ConfigChange c) {
    return t.format("exit.way.change", c.file() + ":" + c.line(), c.key() == null ? "" : c.key(), c.current(), c.what());
  }

  public String effortLevel(ServiceExit s) {
    return t.format("exit.effort.level", t.label("effort", s.effort().level()), s.effort().points());
  }

  /** The rule's working, a line per term that counts, then the sum. */
  public List<String> effortWorking(ServiceExit s) {
    EffortBreakdown b = s.effort().breakdown();
    List<String> out = new ArrayList<>();
    if (b == null) {
      out.add(t.format("exit.effort.notVendor", t.label("usage", s.usage())));
      return out;
    }
    for (EffortBreakdown.Term term : b.terms()) {
      if (term.count() > 0) {
        out.add(t.format("exit.term." + term.id(), term.weight(), term.count(), term.points()));
      }
    }
    out.add(t.format("exit.effort.sum", b.raw(), b.divisor(), b.points()));
    return out;
  }

  /** A step as people read it. */
  public String step(ServiceExit s, ServiceExit.Step step) {
    List<ServiceExit.Alternative> way = s.wayOut().configurationOnly().isEmpty() ? s.wayOut().codeChange()
        : s.wayOut().configurationOnly();
    String alternatives = way.isEmpty() ? t.format("none")
        : way.stream().map(ServiceExit.Alternative::name).collect(Collectors.joining(", "));
    String export = s.data().export() == null ? t.format("exit.data.unknown", String.valueOf(s.category())) : s.data().export();
    String configure = s.wayOut().configurationChanges().isEmpty() ? ""
        : s.wayOut().configurationChanges().get(0).what();
    return t.format("exit.step." + step.id(), s.name(), alternatives, export, configure);
  }

  public String risk(ServiceExit.Risk r) {
    String text = t.format("exit.risk." + r.reason(), r.name(), String.join(", ", r.where()));
    return r.inPlan() ? text + " " + t.format("exit.risk.inPlan") : text;
  }

  /** "Azure Blob Storage: +8.1 points for medium effort (9 points)". */
  public String wayOut(ExitOption o) {
    return t.format("waysOut.row", o.name(), String.format(Locale.ROOT, "%.1f", o.gain()),
        t.label("effort", o.effort()).toLowerCase(t.locale()), o.effortPoints());
  }

  /** The first ways out that gain points, at most {@code limit}. */
  public static List<ExitOption> top(List<ExitOption> ranking, int limit) {
    return ranking == null ? List.of() : ranking.stream().filter(o -> o.gain() > 0).limit(limit).toList();
  }
}
