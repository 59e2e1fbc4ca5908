package nl.autonomy.core.detect.dotnet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.detect.support.LockfileSyntaxException;
import nl.autonomy.core.detect.support.LineNode;
import nl.autonomy.core.detect.support.LineTreeReader;
import nl.autonomy.core.detect.support.SourceText;

/**
 * packages.lock.json (versions 1 and 2): per target framework, every package with its type
 * ({@code Direct}, {@code Transitive}, {@code CentralTransitive}, {@code Project}), resolved
 * version, content hash (SHA-512 of the .nupkg, base64) and dependency ids.
 */
final class PackagesLock {

  record Entry(String framework, String id, String type, String resolved, String contentHash,
      List<String> dependencies, int line) {

    boolean isProject() {
      return "Project".equalsIgnoreCase(type);
    }

    boolean isDirect() {
      return "Direct".equalsIgnoreCase(type);
    }
  }

  private PackagesLock() {
  }

  static List<Entry> parse(SourceText text) throws IOException, LockfileSyntaxException {
    if (!(LineTreeReader.readJson(text.content()) instanceof LineNode.Mapping root)
        || root.mapping("dependencies").isEmpty()) {
      throw new LockfileSyntaxException(1, "packages.lock.json must hold an object with 'dependencies'");
    }
    List<Entry> out = new ArrayList<>();
    for (Map.Entry<String, LineNode> tfm : root.mapping("dependencies").get().fields().entrySet()) {
      if (!(tfm.getValue() instanceof LineNode.Mapping packages)) {
        throw new LockfileSyntaxException(tfm.getValue().line(), "target framework " + tfm.getKey() + " must map packages");
      }
      for (Map.Entry<String, LineNode> p : packages.fields().entrySet()) {
        if (!(p.getValue() instanceof LineNode.Mapping entry)) {
          throw new LockfileSyntaxException(p.getValue().line(), "package " + p.getKey() + " must be an object");
        }
        List<String> deps = entry.mapping("dependencies").map(d -> List.copyOf(d.fields().keySet())).orElse(List.of());
        if (entry.text("resolved") == null && !"Project".equalsIgnoreCase(entry.text("type"))) {
          throw new LockfileSyntaxException(packages.lineOf(p.getKey()), "package " + p.getKey() + " has no 'resolved' version");
        }
        out.add(new Entry(tfm.getKey(), p.getKey(), entry.text("type"), entry.text("resolved"),
            entry.text("contentHash"), deps, packages.lineOf(p.getKey())));
      }
    }
    return out;
  }
}
