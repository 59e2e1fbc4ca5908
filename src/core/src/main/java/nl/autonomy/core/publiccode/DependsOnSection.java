package nl.autonomy.core.publiccode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.LockInLevel;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.ServiceUsage;

/**
 * The {@code dependsOn} section of a publiccode.yml, generated from a scan for the maintainers to
 * paste: the services a vendor runs for the code under {@code proprietary}, the self-hostable
 * software and the open protocols spoken to other providers under {@code open}. Where each was
 * seen is a comment, so a maintainer can check it before pasting. Versions are left to the
 * maintainers: a service has none the code shows. Deterministic: sorted by name.
 */
public final class DependsOnSection {

  private DependsOnSection() {
  }

  public static String render(Inventory inventory, String generatedBy) {
    Map<String, String> open = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Map<String, String> proprietary = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Service s : inventory.services()) {
      ServiceUsage usage = s.depth() == null ? ServiceUsage.VENDOR_SERVICE : s.depth().usage();
      if (usage == ServiceUsage.TEST_ONLY || usage == ServiceUsage.TRANSITIVE_ONLY) {
        continue;
      }
      if (DependsOnCheck.vendorRun(s)) {
        String provider = s.provider() == null ? "provider unknown" : s.provider().name();
        proprietary.putIfAbsent(s.name(), provider + "; " + seen(s));
      } else if (s.lockIn() == LockInLevel.SELF_HOSTABLE) {
        open.putIfAbsent(s.name(), "self-hostable; " + seen(s));
      } else if (usage == ServiceUsage.OPEN_PROTOCOL_ELSEWHERE) {
        String name = s.standard() != null && !s.standard().isBlank() ? s.standard() : s.name();
        open.putIfAbsent(name, "spoken to " + (s.endpoints().isEmpty() ? "another provider"
            : String.join(", ", s.endpoints().stream().limit(3).toList())) + "; " + seen(s));
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("# dependsOn for publiccode.yml, " + generatedBy + ".");
    lines.add("# Check each entry, add versions (version, versionMin, versionMax) and hardware, then paste.");
    lines.add("dependsOn:");
    section(lines, "open", open);
    section(lines, "proprietary", proprietary);
    return String.join("\n", lines) + "\n";
  }

  private static void section(List<String> lines, String key, Map<String, String> entries) {
    if (entries.isEmpty()) {
      lines.add("  " + key + ": []");
      return;
    }
    lines.add("  " + key + ":");
    entries.forEach((name, comment) -> {
      lines.add("    - name: " + quoted(name) + "  # " + comment.replace('\n', ' '));
      lines.add("      optional: false");
    });
  }

  private static String seen(Service s) {
    Evidence first = s.evidence().isEmpty() ? null : s.evidence().get(0);
    return first == null ? "seen through its client library"
        : "seen in " + first.location().file() + ":" + first.location().line()
            + (s.evidence().size() > 1 ? " and " + (s.evidence().size() - 1) + " more" : "");
  }

  /** A YAML double-quoted scalar: names are free text from the catalog. */
  static String quoted(String text) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> b.append(c < 0x20 ? ' ' : c);
      }
    }
    return b.append('"').toString();
  }
}
