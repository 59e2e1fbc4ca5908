package nl.autonomy.core.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.Clause;
import nl.autonomy.core.model.ClauseOutcome;
import nl.autonomy.core.model.DeliveredFile;
import nl.autonomy.core.model.Delivery;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.LockInLevel;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Provenance;
import nl.autonomy.core.model.Verdict;
import nl.autonomy.core.report.ReportWriter;
import nl.autonomy.core.report.WriterOptions;
import nl.autonomy.core.report.view.ReportTexts;
import nl.autonomy.core.report.view.ReportView;
import nl.autonomy.core.report.view.ServiceView;

/**
 * {@code contract.html}: the procurement view of a delivery, for print and for the contract file.
 * It records which bytes were judged (every delivered file with its size and SHA-256), against
 * which policy (its digest), by which tool and when; then every clause of the policy with PASS,
 * FAIL or WAIVED and its evidence (a clause that passed says what it checked), the exit paths of
 * the services that lock the delivery in, and what could not be read. Built from the same view
 * model, texts and style sheet as {@code report.html}, as XHTML, so the PDF/A writer lays out the
 * very same page.
 */
public final class ProcurementHtmlWriter implements ReportWriter {

  private static final String CSS = resource("report.css") + resource("contract.css");
  /** Subjects named per clause before "and N more". */
  static final int MAX_SUBJECTS = 25;
  private static final int MAX_PLACES = 3;

  @Override
  public String format() {
    return "procurement-html";
  }

  @Override
  public String fileName() {
    return "contract.html";
  }

  @Override
  public boolean onRequest() {
    return true;
  }

  @Override
  public boolean needsDelivery() {
    return true;
  }

  @Override
  public void write(ScanResult result, WriterOptions options, OutputStream out) throws IOException {
    out.write(render(result, options).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** The page as well-formed XHTML (the PDF writer parses it as XML). */
  public String render(ScanResult result, WriterOptions options) {
    ReportTexts t = ReportTexts.of(options.locale());
    Inventory inv = result.inventory();
    String name = ReportView.componentName(inv.project());
    Html h = new Html();
    h.raw("<!DOCTYPE html>").newline()
        .open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", t.language(), "xml:lang", t.language()).newline()
        .open("head").newline()
        .raw("<meta charset=\"utf-8\"/>").newline()
        .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"" + Html.escape(HtmlReportWriter.CSP) + "\"/>")
        .newline()
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>").newline()
        .raw("<meta name=\"subject\" content=\"" + Html.escape(t.get("contract.lead")) + "\"/>").newline()
        .raw("<meta name=\"generator\" content=\"Autonomy " + Html.escape(inv.provenance().toolVersion()) + "\"/>")
        .newline()
        .element("title", t.format("contract.title", name)).newline()
        .open("style").raw(CSS).close("style").newline()
        .close("head").newline().open("body", "class", "contract").newline();
    h.open("header").element("h1", t.format("contract.title", name)).element("p", t.get("contract.lead"), "class", "lead")
        .close("header").newline().open("main").newline();
    identity(h, result, t);
    policy(h, result.assessment(), t);
    clauses(h, result, t);
    // the standards an SBOM is held to (NTIA, BSI TR-03183-2, CRA): what the delivery's SBOMs meet
    SbomQualitySection.render(h, result, t);
    exits(h, result, t);
    problems(h, inv, t);
    files(h, result.delivery(), t);
    h.close("main").newline()
        .open("footer").element("p", t.format("contract.footer", inv.provenance().toolVersion(),
            timestamp(inv.provenance()))).close("footer").newline()
        .close("body").newline().close("html").newline();
    return h.toString();
  }

  private static void identity(Html h, ScanResult result, ReportTexts t) {
    Inventory inv = result.inventory();
    Provenance p = inv.provenance();
    Delivery d = result.delivery();
    section(h, "identity", t);
    h.open("dl", "class", "facts");
    fact(h, t.get("contract.delivered"), p.source());
    fact(h, t.get("contract.kind"), p.sourceKind().id());
    if (d != null && d.input() != null) {
      fact(h, t.get("contract.size"), t.format("contract.bytes", d.input().size()));
      h.element("dt", t.get("contract.sha256")).open("dd").element("code", d.input().sha256()).close("dd");
    } else if (p.sourceSha256() != null) {
      h.element("dt", t.get("contract.sha256")).open("dd").element("code", p.sourceSha256()).close("dd");
    }
    if (p.gitCommit() != null) {
      h.element("dt", t.get("contract.commit")).open("dd").element("code", p.gitCommit()).close("dd");
    }
    if (d != null) {
      fact(h, t.get("contract.section.files"), t.format("contract.files", d.files().size(),
          d.files().stream().mapToLong(DeliveredFile::size).sum()));
    }
    fact(h, t.get("section.components"), t.format("contract.components",
        ReportView.runtimeComponents(inv).size(), inv.services().size()));
    fact(h, t.get("contract.scannedOn"), timestamp(p));
    fact(h, t.get("contract.tool"), "Autonomy " + p.toolVersion());
    h.close("dl");
    h.element("p", t.get(inv.complete() ? "contract.complete" : "contract.incomplete"),
        "class", inv.complete() ? null : "incomplete");
    h.close("section").newline();
  }

  private static void policy(Html h, Assessment a, ReportTexts t) {
    section(h, "policy", t);
    if (a == null) {
      h.element("p", t.get("answer.notAssessed")).close("section").newline();
      return;
    }
    h.open("dl", "class", "facts");
    h.element("dt", t.get("contract.policy")).open("dd").element("code", a.policyId()).close("dd");
    fact(h, t.get("contract.policyTitle"), a.policyTitle(t.locale()));
    h.element("dt", t.get("contract.policyDigest")).open("dd").element("code", a.policyDigest()).close("dd");
    fact(h, t.get("contract.failOn"), a.failOn().id());
    h.close("dl");
    h.close("section").newline();
    section(h, "verdict", t);
    boolean pass = a.verdict() == Verdict.PASS;
    h.open("p").element("span", t.label("verdict", a.verdict()), "class", pass ? "badge pass" : "badge fail")
        .text(" ").text(ReportView.verdictReason(a, t.locale())).close("p");
    h.element("p", ReportView.answer(a, t.locale()), "class", "answer");
    long met = a.clauses().stream().filter(c -> c.outcome() == ClauseOutcome.PASS).count();
    long failed = a.clauses().stream().filter(c -> c.outcome() == ClauseOutcome.FAIL).count();
    long waived = a.clauses().stream().filter(c -> c.outcome() == ClauseOutcome.WAIVED).count();
    h.element("p", t.format("contract.clauseCount", a.clauses().size(), met, failed, waived));
    h.close("section").newline();
  }

  private static void clauses(Html h, ScanResult result, ReportTexts t) {
    Assessment a = result.assessment();
    if (a == null) {
      return;
    }
    section(h, "clauses", t);
    h.open("table", "class", "clauses").open("thead").open("tr");
    for (String col : new String[] {"contract.clause", "contract.outcome", "contract.test", "contract.evidence"}) {
      h.element("th", t.get(col), "scope", "col");
    }
    h.close("tr").close("thead").open("tbody").newline();
    for (Clause c : a.clauses()) {
      h.open("tr", "id", "clause-" + c.ruleId()).open("th", "scope", "row")
          .element("span", c.title(t.locale()), "class", "clause-title").text(" ")
          .element("code", c.ruleId()).text(" ")
          .element("span", t.label("severity", c.severity()), "class", "sev " + c.severity().id())
          .close("th");
      h.open("td").element("span", t.get("contract.outcome." + c.outcome().id()),
          "class", "outcome " + c.outcome().id()).close("td");
      h.open("td").element("code", c.condition()).close("td");
      h.open("td");
      evidence(h, c, a.findings().stream().filter(f -> f.ruleId().equals(c.ruleId())).toList(), t);
      h.close("td").close("tr").newline();
    }
    h.close("tbody").close("table").newline().close("section").newline();
  }

  private static void evidence(Html h, Clause c, List<Finding> findings, ReportTexts t) {
    h.element("p", t.format("contract.checked", checked(c, t)));
    if (c.failing() == 0 && c.waived() == 0) {
      h.element("p", t.get("contract.none"));
    }
    if (c.failing() > 0) {
      h.element("p", t.format("contract.failing", c.failing()));
    }
    if (c.existing() > 0) {
      h.element("p", t.format("contract.existing", c.existing()));
    }
    if (c.waived() > 0) {
      h.element("p", t.format("contract.waived", c.waived()));
    }
    if (c.outOfScope() > 0) {
      h.element("p", t.format("contract.outOfScope", c.outOfScope()));
    }
    List<Finding> shown = findings.stream()
        .filter(f -> f.severity() != nl.autonomy.core.model.Severity.INFO || c.severity() == nl.autonomy.core.model.Severity.INFO)
        .toList();
    if (shown.isEmpty()) {
      return;
    }
    h.open("ul", "class", "subjects");
    for (Finding f : shown.subList(0, Math.min(MAX_SUBJECTS, shown.size()))) {
      h.open("li").element("strong", f.subject().name()).text(": ").text(f.message(t.locale()));
      if (f.waiver() != null) {
        h.text(" ").element("em", f.waiver().expires() == null
            ? t.format("finding.waivedNoExpiry", f.waiver().reason(), f.waiver().owner())
            : t.format("finding.waived", f.waiver().reason(), f.waiver().owner(), f.waiver().expires().toString()));
      }
      List<Evidence> places = f.evidence();
      for (Evidence e : places.subList(0, Math.min(MAX_PLACES, places.size()))) {
        h.text(" ").element("code", ReportView.place(e.location().file(),
            e.location().line() > 0 ? List.of(e.location().line()) : List.of()));
      }
      String fix = f.howToFix(t.locale());
      if (fix != null && !fix.isBlank() && f.waiver() == null) {
        h.open("div", "class", "fix").element("span", t.get("finding.howToFix") + ": ", "class", "label").text(fix)
            .close("div");
      }
      h.close("li");
    }
    if (shown.size() > MAX_SUBJECTS) {
      h.element("li", t.format("contract.more", shown.size() - MAX_SUBJECTS));
    }
    h.close("ul");
  }

  private static String checked(Clause c, ReportTexts t) {
    return switch (c.target()) {
      case "project" -> t.get("contract.target.project");
      case "service" -> t.format("contract.target.service", c.checked());
      case "portfolio" -> t.format("contract.target.portfolio", c.condition().startsWith("portfolio of services")
          ? t.format("contract.target.service", c.checked()) : t.format("contract.target.component", c.checked()));
      default -> t.format("contract.target.component", c.checked());
    };
  }

  private static void exits(Html h, ScanResult result, ReportTexts t) {
    section(h, "exits", t);
    List<ServiceView> locked = ReportView.services(result).stream()
        .filter(v -> v.service().lockIn() != LockInLevel.SELF_HOSTABLE).toList();
    if (locked.isEmpty()) {
      h.element("p", t.get("contract.exits.none")).close("section").newline();
      return;
    }
    h.open("table").open("thead").open("tr");
    for (String col : new String[] {"service.service", "service.vendor", "service.jurisdiction", "service.lockIn",
        "service.exitEffort", "contract.exits.alternatives", "contract.exits.standard"}) {
      h.element("th", t.get(col), "scope", "col");
    }
    h.close("tr").close("thead").open("tbody").newline();
    for (ServiceView v : locked) {
      h.open("tr").element("th", v.service().name(), "scope", "row")
          .element("td", v.vendor().name())
          .element("td", v.jurisdiction() == null ? t.get("unknown") : v.jurisdiction())
          .element("td", t.label("lockin", v.service().lockIn()))
          .element("td", v.service().depth() == null ? t.get("unknown") : t.label("effort", v.service().depth().effort()))
          .element("td", v.service().alternatives().isEmpty() ? t.get("contract.exits.none.alternative")
              : String.join(", ", v.service().alternatives()))
          .element("td", v.service().standard() == null || v.service().standard().isBlank()
              ? t.get("contract.exits.none.alternative") : v.service().standard())
          .close("tr").newline();
    }
    h.close("tbody").close("table").newline().close("section").newline();
  }

  private static void problems(Html h, Inventory inv, ReportTexts t) {
    section(h, "problems", t);
    if (inv.problems().isEmpty()) {
      h.element("p", t.get("contract.problems.none")).close("section").newline();
      return;
    }
    h.open("ul", "class", "problems");
    for (Problem p : inv.problems()) {
      boolean error = p.severity() == Problem.Severity.ERROR;
      h.open("li").element("span", t.get(error ? "problem.error" : "problem.warning"), "class", "sev "
          + (error ? "error" : "warning")).text(" ");
      if (p.location() != null) {
        h.element("code", p.location().toString()).text(": ");
      }
      h.text(p.message()).close("li");
    }
    h.close("ul").close("section").newline();
  }

  private static void files(Html h, Delivery d, ReportTexts t) {
    section(h, "files", t);
    if (d == null) {
      h.element("p", t.get("contract.filesNotListed")).close("section").newline();
      return;
    }
    h.open("table", "class", "files").open("thead").open("tr")
        .element("th", t.get("contract.file"), "scope", "col")
        .element("th", t.get("contract.size"), "scope", "col", "class", "num")
        .element("th", t.get("contract.sha256"), "scope", "col")
        .close("tr").close("thead").open("tbody").newline();
    if (d.input() != null) {
      file(h, d.input(), "input");
    }
    for (DeliveredFile f : d.files()) {
      file(h, f, null);
    }
    h.close("tbody").close("table").newline();
    if (!d.unread().isEmpty()) {
      h.element("p", t.format("contract.filesUnread", String.join("; ", d.unread())), "class", "incomplete");
    }
    h.close("section").newline();
  }

  private static void file(Html h, DeliveredFile f, String cls) {
    h.open("tr", "class", cls).open("td").element("code", f.path()).close("td")
        .element("td", String.format(Locale.ROOT, "%,d", f.size()), "class", "num")
        .open("td").element("code", f.sha256(), "class", "hash").close("td").close("tr").newline();
  }

  private static void section(Html h, String id, ReportTexts t) {
    h.open("section", "id", id, "aria-labelledby", id + "-h").element("h2", t.get("contract.section." + id), "id", id + "-h");
  }

  private static void fact(Html h, String term, String value) {
    h.element("dt", term).element("dd", value);
  }

  /** The scan's time in UTC, to the second: the time is the scan's, never the clock's at writing. */
  static String timestamp(Provenance p) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).format(p.timestamp().atOffset(ZoneOffset.UTC));
  }

  private static String resource(String name) {
    try (InputStream in = ProcurementHtmlWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
