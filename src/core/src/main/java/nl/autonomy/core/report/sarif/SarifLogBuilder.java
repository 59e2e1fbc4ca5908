package nl.autonomy.core.report.sarif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.AutonomyVersion;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.FindingStatus;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Severity;

/** Builds the SARIF log of one scan: the tool with its rules, one result per finding, the problems. */
final class SarifLogBuilder {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";
  static final String FINGERPRINT_KEY = "autonomyFinding/v1";

  private final JsonNodeFactory json;

  SarifLogBuilder(JsonNodeFactory json) {
    this.json = json;
  }

  ObjectNode build(ScanResult result) {
    Assessment assessment = result.assessment();
    List<Finding> findings = assessment == null ? List.of() : assessment.findings();
    SarifRules rules = SarifRules.of(findings);
    ObjectNode log = json.objectNode().put("$schema", SCHEMA).put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    run.set("tool", tool(rules));
    run.putArray("invocations").add(invocation(result.inventory().problems()));
    if (result.inventory().provenance().gitCommit() != null) {
      ObjectNode vcs = run.putArray("versionControlProvenance").addObject();
      String remote = result.inventory().provenance().gitRemote();
      vcs.put("repositoryUri", remote == null ? "urn:autonomy:local-repository" : remote);
      vcs.put("revisionId", result.inventory().provenance().gitCommit());
      if (result.inventory().provenance().gitBranch() != null) {
        vcs.put("branch", result.inventory().provenance().gitBranch());
      }
    }
    run.put("columnKind", "unicodeCodePoints");
    if (assessment != null) {
      // the answer travels with the results: a partial score says so here too
      ObjectNode runProps = run.putObject("properties");
      runProps.put("answer", assessment.answer());
      runProps.put("score", assessment.score().overall());
      runProps.put("partial", assessment.score().partial());
      if (assessment.summary().coverage() != null) {
        runProps.put("licenseCoverage", assessment.summary().coverage().licenseShare());
        runProps.put("vendorCoverage", assessment.summary().coverage().vendorShare());
      }
    }
    ArrayNode results = run.putArray("results");
    Location fallback = fallbackLocation(result);
    for (Finding f : findings) {
      results.add(result(f, rules, fallback));
    }
    return log;
  }

  private ObjectNode tool(SarifRules rules) {
    ObjectNode driver = json.objectNode()
        .put("name", AutonomyVersion.NAME)
        .put("version", AutonomyVersion.get())
        .put("semanticVersion", AutonomyVersion.get().replace("-SNAPSHOT", ""))
        .put("informationUri", AutonomyVersion.INFORMATION_URI);
    ArrayNode array = driver.putArray("rules");
    rules.all().forEach(r -> array.add(r.toJson(json)));
    ObjectNode tool = json.objectNode();
    tool.set("driver", driver);
    return tool;
  }

  /** What could not be read is not a finding, but code scanning should still show it. */
  private ObjectNode invocation(List<Problem> problems) {
    ObjectNode invocation = json.objectNode().put("executionSuccessful", true);
    if (!problems.isEmpty()) {
      ArrayNode notes = invocation.putArray("toolExecutionNotifications");
      for (Problem p : problems) {
        ObjectNode n = notes.addObject();
        n.put("level", p.severity() == Problem.Severity.ERROR ? "error" : "warning");
        n.putObject("message").put("text", p.message());
        if (p.location() != null) {
          n.putArray("locations").add(location(p.location().file(), p.location().line(), p.location().column()));
        }
      }
    }
    return invocation;
  }

  /**
   * Code scanning shows a result only at a place in the code; a portfolio finding ("more than one
   * hyperscaler") has none of its own, so it is shown at the project's manifest.
   */
  private static Location fallbackLocation(ScanResult result) {
    return java.util.stream.Stream.concat(
            result.inventory().project().evidence().stream(),
            result.inventory().components().stream().filter(c -> c.direct()).flatMap(c -> c.evidence().stream()))
        .filter(e -> e.kind() == nl.autonomy.core.model.EvidenceKind.MANIFEST)
        .map(e -> Location.of(e.location().file()))
        .findFirst().orElse(null);
  }

  private ObjectNode result(Finding f, SarifRules rules, Location fallback) {
    ObjectNode r = json.objectNode()
        .put("ruleId", f.ruleId())
        .put("ruleIndex", rules.indexOf(f.ruleId()))
        .put("level", level(f.severity()));
    r.putObject("message").put("text", f.message());
    if (f.evidence().isEmpty() && fallback != null) {
      r.putArray("locations").add(location(fallback.file(), 0, 0));
    } else if (!f.evidence().isEmpty()) {
      ArrayNode locations = r.putArray("locations");
      // inside an archive ("lib/x.jar!/META-INF/...") code scanning can only show the archive itself
      f.evidence().stream().map(Evidence::location)
          .map(l -> l.file().contains("!/") ? Location.of(l.file().substring(0, l.file().indexOf("!/"))) : l)
          .distinct()
          .forEach(l -> locations.add(location(l.file(), l.line(), l.column())));
    }
    r.putObject("partialFingerprints").put(FINGERPRINT_KEY, f.fingerprint());
    r.put("baselineState", f.status() == FindingStatus.NEW ? "new" : "unchanged");
    if (f.waiver() != null) {
      ObjectNode s = r.putArray("suppressions").addObject().put("kind", "external").put("status", "accepted");
      s.put("justification", f.waiver().reason()
          + (f.waiver().owner() == null ? "" : " (owner: " + f.waiver().owner() + ")")
          + (f.waiver().expires() == null ? "" : " until " + f.waiver().expires()));
    }
    ObjectNode props = r.putObject("properties");
    props.put("aspect", f.aspect().id());
    props.put("subject", f.subject().ref());
    props.put("subjectKind", f.subject().kind().id());
    props.put("scope", f.subject().scope().id());
    if (f.grouped()) {
      // one cause, one result: its subjects are listed here rather than as hundreds of results
      props.put("cause", f.cause());
      props.put("subjectCount", f.subjectCount());
      ArrayNode subjects = props.putArray("subjects");
      f.subjects().forEach(s -> subjects.add(s.ref()));
    }
    if (!f.howToFix().isBlank()) {
      props.put("howToFix", f.howToFix());
    }
    return r;
  }

  private ObjectNode location(String file, int line, int column) {
    ObjectNode physical = json.objectNode();
    physical.putObject("artifactLocation").put("uri", UriPaths.encode(file)).put("uriBaseId", SRCROOT);
    if (line > 0) {
      ObjectNode region = physical.putObject("region").put("startLine", line);
      if (column > 0) {
        region.put("startColumn", column);
      }
    }
    ObjectNode loc = json.objectNode();
    loc.set("physicalLocation", physical);
    return loc;
  }

  static String level(Severity s) {
    return Map.of(Severity.ERROR, "error", Severity.WARNING, "warning", Severity.INFO, "note").get(s);
  }
}
