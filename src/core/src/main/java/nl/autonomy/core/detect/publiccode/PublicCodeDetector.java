package nl.autonomy.core.detect.publiccode;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.detect.support.LineNode;
import nl.autonomy.core.detect.support.LineTreeReader;
import nl.autonomy.core.detect.support.SourceText;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.PublicCode;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Reads {@code publiccode.yml} (the metadata standard of public-sector software,
 * https://github.com/publiccodeyml/publiccode.yml): its name and {@code dependsOn}, which the policy
 * checks against what the scan found. Read with the same hardened YAML parser as every lockfile
 * (duplicate keys, nesting and aliases bounded). It is documentation, not a manifest: a file that
 * cannot be read is a warning naming file and line, never a reason to call the SBOM incomplete, and
 * a malformed entry is skipped with a warning while the others are kept.
 */
public final class PublicCodeDetector implements Detector {

  public static final String ID = "publiccode";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean accepts(WorkspaceFile file) {
    String name = file.fileName();
    return name.equals("publiccode.yml") || name.equals("publiccode.yaml");
  }

  @Override
  public boolean wantsOversizedFiles() {
    return false;
  }

  @Override
  public Detection detect(DetectorContext context, List<WorkspaceFile> files) {
    Detection.Builder out = Detection.builder();
    for (WorkspaceFile file : files) {
      try {
        read(SourceText.read(file, context.options().maxFileSize()), out);
      } catch (JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
        out.problem(Problem.warning(ID, Location.of(file.path(), line),
            "cannot read publiccode.yml: " + e.getOriginalMessage() + "; its dependsOn is not checked"));
      } catch (IOException | RuntimeException e) {
        out.problem(Problem.warning(ID, Location.of(file.path(), 0),
            "cannot read publiccode.yml: " + e.getMessage() + "; its dependsOn is not checked"));
      }
    }
    return out.build();
  }

  /** Reads one file into the builder: the declaration, and a warning per entry it had to skip. */
  static void read(SourceText text, Detection.Builder out) throws IOException {
    List<LineNode> docs = LineTreeReader.readYaml(text.content());
    if (docs.isEmpty() || !(docs.get(0) instanceof LineNode.Mapping root)) {
      out.problem(Problem.warning(ID, Location.of(text.path(), docs.isEmpty() ? 0 : docs.get(0).line()),
          "publiccode.yml must hold a mapping; its dependsOn is not checked"));
      return;
    }
    List<PublicCode.Dependency> deps = new ArrayList<>();
    LineNode dependsOn = root.get("dependsOn").orElse(null);
    if (dependsOn != null && !(dependsOn instanceof LineNode.Mapping)) {
      out.problem(Problem.warning(ID, Location.of(text.path(), dependsOn.line()),
          "publiccode.yml: 'dependsOn' must be a mapping of open, proprietary and hardware lists"));
    } else if (dependsOn instanceof LineNode.Mapping lists) {
      for (String key : lists.fields().keySet()) {
        PublicCode.Kind kind = kind(key);
        if (kind == null) {
          out.problem(Problem.warning(ID, Location.of(text.path(), lists.lineOf(key)),
              "publiccode.yml: unknown dependsOn list '" + key + "' (open, proprietary or hardware); skipped"));
          continue;
        }
        LineNode list = lists.fields().get(key);
        if (!(list instanceof LineNode.Sequence seq)) {
          if (!(list instanceof LineNode.Scalar s && s.text() == null)) {
            out.problem(Problem.warning(ID, Location.of(text.path(), list.line()),
                "publiccode.yml: dependsOn." + key + " must be a list; skipped"));
          }
          continue;
        }
        for (LineNode item : seq.items()) {
          if (item instanceof LineNode.Mapping m && m.text("name") != null && !m.text("name").isBlank()
              && m.nonString("name").isEmpty()) {
            deps.add(new PublicCode.Dependency(kind, m.text("name").trim(), m.text("version"), m.text("versionMin"),
                m.text("versionMax"), "true".equalsIgnoreCase(m.text("optional")), m.lineOf("name")));
          } else {
            out.problem(Problem.warning(ID, Location.of(text.path(), item.line()),
                "publiccode.yml: a dependsOn." + key + " entry without a 'name'; skipped"));
          }
        }
      }
    }
    out.publicCode(new PublicCode(text.path(), root.text("name"), deps));
  }

  private static PublicCode.Kind kind(String key) {
    return switch (key) {
      case "open" -> PublicCode.Kind.OPEN;
      case "proprietary" -> PublicCode.Kind.PROPRIETARY;
      case "hardware" -> PublicCode.Kind.HARDWARE;
      default -> null;
    };
  }
}
