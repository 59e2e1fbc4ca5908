package nl.autonomy.core.report.notice;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Copyright;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.report.ReportWriter;
import nl.autonomy.core.report.WriterOptions;
import nl.autonomy.core.text.Printable;

/**
 * {@code NOTICE.txt}: the third-party components that ship with the software, grouped by license,
 * as a legal department needs them for a distribution — each with its version, package URL,
 * supplier and where its license was read. Components whose license is unknown are listed apart,
 * never left out, and a scan that could not read everything says so at the top: a notice file
 * that silently misses components would be a confident wrong answer.
 *
 * <p>Only components that ship (runtime scope, not the project's own modules) are listed. Copyright
 * statements are listed under a component where a source the scan read gives them — a supplier
 * SBOM, a Debian package's copyright file, a delivered jar's {@code META-INF/NOTICE} or {@code
 * LICENSE} — each with the file it came from. Package metadata (POMs, package.json, PyPI metadata,
 * registries) carries none, so for the other components none is invented: the file counts them and
 * says to take the statements from each component's own NOTICE or LICENSE.
 */
public final class NoticeWriter implements ReportWriter {

  @Override
  public String format() {
    return "notice";
  }

  @Override
  public String fileName() {
    return "NOTICE.txt";
  }

  /** Not part of {@code all}: an attribution file is asked for when software is distributed. */
  @Override
  public boolean onRequest() {
    return true;
  }

  @Override
  public void write(ScanResult result, WriterOptions options, OutputStream out) throws IOException {
    out.write(render(result).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** The notice text; same result, same text. */
  public static String render(ScanResult result) {
    Inventory inv = result.inventory();
    StringBuilder s = new StringBuilder();
    Component project = inv.project();
    s.append("Third-party software notices for ").append(clean(project.coordinates()))
        .append(project.version() == null ? "" : " " + clean(project.version())).append('\n');
    s.append("Written by Autonomy ").append(clean(inv.provenance().toolVersion())).append(" from the scan of ")
        .append(clean(inv.provenance().source())).append(" at ").append(inv.provenance().timestamp()).append(".\n\n");
    List<Component> shipped = shipped(inv);
    long withCopyright = shipped.stream().filter(c -> !c.copyrights().isEmpty()).count();
    s.append("The components below ship with this software (runtime scope; the project's own modules left out),\n")
        .append("grouped by license. Copyright statements are listed as read from a supplier SBOM, a Debian\n")
        .append("package's copyright file or a delivered jar's META-INF/NOTICE or LICENSE, with the file they came\n")
        .append("from; package metadata (POMs, package.json, PyPI metadata) carries none.\n")
        .append("Copyright statements were read for ").append(withCopyright).append(" of ").append(shipped.size())
        .append(shipped.size() == 1 ? " component" : " components")
        .append(withCopyright == shipped.size() ? ".\n"
            : "; for the others take them from each\ncomponent's own NOTICE or LICENSE file when distributing it.\n");
    if (!inv.complete()) {
      s.append("\nINCOMPLETE: parts of the codebase could not be read or resolved, so components may be missing\n")
          .append("from this list (see report.json or the summary for what could not be read).\n");
    }
    Map<String, List<Component>> byLicense = new TreeMap<>();
    List<Component> unknown = new ArrayList<>();
    for (Component c : shipped) {
      if (c.license() != null && c.license().isKnown()) {
        byLicense.computeIfAbsent(c.license().expression(), k -> new ArrayList<>()).add(c);
      } else {
        unknown.add(c);
      }
    }
    byLicense.forEach((license, components) -> {
      s.append("\n== ").append(clean(license)).append(" (").append(components.size())
          .append(components.size() == 1 ? " component" : " components").append(")\n");
      components.forEach(c -> line(s, c));
    });
    if (!unknown.isEmpty()) {
      s.append("\n== License unknown (").append(unknown.size())
          .append(unknown.size() == 1 ? " component" : " components")
          .append("): find the license before distributing\n");
      unknown.forEach(c -> line(s, c));
    }
    return s.toString();
  }

  /** What ships: runtime components that are not the project's own modules, in ref order. */
  static List<Component> shipped(Inventory inv) {
    return inv.components().stream()
        .filter(c -> c.scope() == Scope.RUNTIME)
        .filter(c -> !"true".equals(c.properties().get("autonomy:project")))
        .filter(c -> !"true".equals(c.properties().get("autonomy:module")))
        .toList();
  }

  private static void line(StringBuilder s, Component c) {
    s.append("- ").append(clean(c.coordinates())).append(c.version() == null ? "" : " " + clean(c.version()));
    if (c.purl() != null) {
      s.append("  <").append(clean(c.purl())).append('>');
    }
    s.append('\n');
    if (c.organization() != null && c.organization().name() != null) {
      s.append("    supplier: ").append(clean(c.organization().name())).append('\n');
    } else if (c.vendor() != null && c.vendor().isKnown() && c.vendor().name() != null) {
      s.append("    supplier: ").append(clean(c.vendor().name())).append('\n');
    }
    if (c.license() != null && c.license().isKnown()) {
      s.append("    license from: ").append(clean(c.license().basis())).append('\n');
    }
    for (DeclaredLicense d : c.declaredLicenses()) {
      if (d.spdxExpression() == null && d.name() != null) {
        s.append("    declared as: ").append(clean(d.name()))
            .append(d.url() == null ? "" : " <" + clean(d.url()) + ">").append('\n');
      }
    }
    for (Copyright copyright : c.copyrights()) {
      s.append("    copyright, from ").append(clean(copyright.source().toString()));
      if (copyright.omitted() > 0) {
        s.append(" (").append(copyright.omitted()).append(" more ")
            .append(copyright.omitted() == 1 ? "line" : "lines").append(" there)");
      }
      s.append(":\n");
      copyright.lines().forEach(l -> s.append("      ").append(clean(l)).append('\n'));
    }
  }

  /** Text from scanned files on one line, printable: no control character reaches the file. */
  private static String clean(String value) {
    return value == null ? "" : Printable.of(value.replace('\n', ' ').replace('\r', ' '));
  }
}
