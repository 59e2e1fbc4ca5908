package nl.autonomy.core.detect.helm;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import nl.autonomy.core.detect.support.LockfileSyntaxException;
import nl.autonomy.core.detect.support.LineNode;
import nl.autonomy.core.detect.support.LineTreeReader;
import nl.autonomy.core.detect.support.SourceText;

/** A subchart version pinned by Chart.lock or requirements.lock. */
record LockedChart(String name, String version, String repository, int line) {

  /** Keyed by {@code name + " " + repository}, as Helm matches lock entries to dependencies. */
  static Map<String, LockedChart> read(SourceText text) throws IOException, LockfileSyntaxException {
    Map<String, LockedChart> out = new HashMap<>();
    var docs = LineTreeReader.readYaml(text.content());
    if (docs.isEmpty() || !(docs.get(0) instanceof LineNode.Mapping lock)) {
      throw new LockfileSyntaxException(1, "a Helm lock file must hold a mapping with 'dependencies'");
    }
    for (LineNode node : lock.sequence("dependencies")) {
      if (!(node instanceof LineNode.Mapping d) || d.text("name") == null || d.text("version") == null) {
        throw new LockfileSyntaxException(node.line(), "a locked dependency needs 'name' and 'version'");
      }
      String repository = d.text("repository") == null ? "" : d.text("repository");
      out.put(d.text("name") + " " + repository,
          new LockedChart(d.text("name"), d.text("version"), repository, d.lineOf("name")));
    }
    return out;
  }
}
