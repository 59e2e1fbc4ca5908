package nl.autonomy.core.catalog.suggest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Suggestions as a catalog file in the shape of {@code policies/catalog/*.yaml}, ready for a pull
 * request to a shared catalog: every entry has its evidence in an {@code # evidence:} comment, and
 * every field a scan cannot know is left out (as a commented {@code TODO} line to fill) or, where
 * the catalog requires it, written as {@code TODO} — which the catalog validator rejects, so a
 * service suggestion cannot be used before a reviewer has filled it. Written by hand rather than
 * with a YAML library because comments carry the evidence; every value is a double-quoted scalar
 * (JSON string syntax, which YAML reads as is).
 */
public final class SuggestionYaml {

  /** Where the reviewer must fill in a fact; the validator rejects it where a value is required. */
  public static final String TODO = "TODO";

  private SuggestionYaml() {
  }

  /**
   * @param s the suggestions
   * @param generator who wrote it ({@code Autonomy 1.2.0}), for the header
   */
  public static String render(Suggestions s, String generator) {
    StringBuilder y = new StringBuilder();
    y.append("# Catalog entries suggested by ").append(comment(generator)).append(" (autonomy catalog suggest) from ")
        .append(s.reports().size()).append(s.reports().size() == 1 ? " report" : " reports").append(":\n");
    s.reports().forEach(r -> y.append("#   ").append(comment(r)).append('\n'));
    y.append("""
        # Nothing here is a checked fact: scans only saw these names. What a scan cannot know is left out
        # or marked TODO; fill it from the vendor's own documents, add `sources:` a city can check, and
        # delete what does not belong in a shared catalog. Shape and rules: docs/catalogs.md.
        """);
    if (!s.services().isEmpty()) {
      y.append("""
          # The services name `vendor: TODO`, `category: TODO` and `lock-in: TODO`: the file does not load as
          # a catalog until every one is filled (`autonomy catalog validate FILE` lists them).
          """);
    }
    vendors(s.vendors(), y);
    licenses(s.licenses(), s.unresolvedLicenses(), y);
    services(s.services(), y);
    return y.toString();
  }

  private static void vendors(List<Suggestions.Vendor> vendors, StringBuilder y) {
    y.append("\nvendors:");
    if (vendors.isEmpty()) {
      y.append(" []\n");
      return;
    }
    y.append('\n');
    for (Suggestions.Vendor v : vendors) {
      evidence(y, v.evidence(), "component", "basis " + String.join(", ", v.bases()));
      y.append("  - id: ").append(quote(v.id())).append('\n');
      if (v.name() != null) {
        y.append("    name: ").append(quote(v.name())).append("  # as the package metadata gives it\n");
      } else {
        y.append("    name: ").append(quote(v.id())).append("  # TODO: the owner's name (only derived from the namespace)\n");
      }
      y.append("    # legal-entity: TODO         # the contracting legal entity\n");
      y.append("    # parent: TODO               # id of the owning vendor, if any\n");
      y.append("    # country: TODO              # ISO 3166 alpha-2 of the controlling entity\n");
      y.append("    # jurisdictions: [TODO]      # legal reach over the vendor, e.g. [NL, EU] or [US]\n");
      y.append("    # kind: TODO                 # hyperscaler | big-tech | commercial | foundation | community | government\n");
      if (v.url() != null) {
        y.append("    url: ").append(quote(v.url())).append("  # as the package metadata gives it\n");
      }
      y.append("    namespaces:\n");
      v.namespaces().forEach(n -> y.append("      - ").append(quote(n)).append('\n'));
      y.append("    # sources: [TODO]            # where a city can check these facts\n");
    }
  }

  private static void licenses(List<Suggestions.License> ids, List<Suggestions.License> unresolved, StringBuilder y) {
    y.append("\nlicenses:");
    if (ids.isEmpty()) {
      y.append(" []\n");
    } else {
      y.append('\n');
      for (Suggestions.License l : ids) {
        evidence(y, l.evidence(), "component", null);
        y.append("  - id: ").append(quote(l.text())).append('\n');
        y.append("    # name: TODO                 # the license's full name\n");
        y.append("    category: unknown          # TODO: permissive | weak-copyleft | copyleft | network-copyleft |\n");
        y.append("                               # source-available | proprietary, from reading the license text\n");
        y.append("    # sources: [TODO]            # the license text\n");
      }
    }
    if (!unresolved.isEmpty()) {
      y.append("""
          # Declared licenses that resolved to no SPDX id. Once someone has read one, add its name or URL to
          # the `aliases` of its SPDX entry (or a new entry); they are not entries yet because the id is unknown.
          """);
      for (Suggestions.License l : unresolved) {
        Suggestions.Evidence e = l.evidence();
        y.append("#   ").append(comment(l.text())).append(": ").append(count(e.count(), "component"))
            .append(" in ").append(count(e.reports().size(), "report")).append(", e.g. ")
            .append(comment(String.join(", ", e.examples()))).append('\n');
      }
    }
  }

  private static void services(List<Suggestions.Service> services, StringBuilder y) {
    y.append("\nservices:");
    if (services.isEmpty()) {
      y.append(" []\n");
      return;
    }
    y.append('\n');
    for (Suggestions.Service s : services) {
      evidence(y, s.evidence(), "line", "written as " + String.join(", ", s.kinds()));
      y.append("  - id: ").append(quote(s.id())).append('\n');
      y.append("    name: ").append(quote(s.domain())).append("  # TODO: the service's name\n");
      y.append("    vendor: ").append(TODO).append("                 # a vendor id from a catalog")
          .append(hint(s)).append('\n');
      y.append("    category: ").append(TODO).append("               # storage | database | messaging | identity | ...")
          .append(" (docs/catalogs.md)\n");
      y.append("    lock-in: ").append(TODO).append("                # proprietary-api | open-protocol | self-hostable\n");
      y.append("    # alternatives: [TODO]\n");
      y.append("    # standard: TODO\n");
      y.append("    signals:\n");
      y.append("      endpoints: [").append(s.hosts().stream().map(SuggestionYaml::quote).collect(Collectors.joining(", ")))
          .append("]  # the hosts seen; widen to a glob (\"*.").append(comment(s.domain())).append("\") only if the vendor says so\n");
      y.append("    # sources: [TODO]            # the vendor's documentation of these hosts\n");
    }
  }

  private static String hint(Suggestions.Service s) {
    if (s.catalogVendor() != null) {
      return "; hint: catalog vendor '" + comment(s.catalogVendor()) + "' has its web site at " + comment(s.domain());
    }
    if (s.suggestedVendor() != null) {
      return "; hint: vendor '" + comment(s.suggestedVendor()) + "' suggested above";
    }
    return "";
  }

  private static void evidence(StringBuilder y, Suggestions.Evidence e, String unit, String note) {
    y.append("  # evidence: ").append(count(e.count(), unit)).append(" in ")
        .append(count(e.reports().size(), "report")).append(" (")
        .append(comment(String.join(", ", e.reports()))).append(')')
        .append(note == null ? "" : "; " + comment(note)).append('\n');
    for (String example : e.examples()) {
      y.append("  #   ").append(comment(example)).append('\n');
    }
    if (e.count() > e.examples().size()) {
      y.append("  #   ... and ").append(e.count() - e.examples().size()).append(" more\n");
    }
  }

  private static String count(int n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  /** Text for a comment: one line, no control characters. */
  static String comment(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return sb.toString();
  }

  /** A double-quoted YAML scalar (JSON string syntax). */
  static String quote(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
