package nl.autonomy.resolver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import org.apache.maven.model.Extension;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Model;

/**
 * Maven build extensions ({@code .mvn/extensions.xml}, a POM's {@code <build><extensions>}) are
 * code Maven loads before or while it reads the POMs: they can add repositories, transports
 * (wagons), version or model rewriting, properties used in dependency coordinates (such as
 * {@code os.detected.classifier}). Autonomy never runs code of the scanned build, so each one is
 * a warning that the SBOM may differ from Maven's, never silently ignored.
 */
final class MavenExtensions {

  private static final String CONSEQUENCE = "Autonomy does not run build extensions, and one that changes "
      + "repositories, transports, versions or properties makes Maven resolve differently: this SBOM may differ "
      + "from Maven's";

  private MavenExtensions() {
  }

  /** One warning for the extensions {@code .mvn/extensions.xml} lists (none when the file is absent). */
  static List<Problem> fromExtensionsXml(Path root, String relative) {
    Path file = root.resolve(relative);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    List<String> coordinates = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = UntrustedXml.factory().createXMLStreamReader(in);
      Map<String, String> current = new LinkedHashMap<>();
      List<String> stack = new ArrayList<>();
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          stack.add(xml.getLocalName());
          String where = String.join("/", stack);
          if (where.equals("extensions/extension")) {
            current.clear();
          } else if (where.startsWith("extensions/extension/") && stack.size() == 3) {
            current.put(xml.getLocalName(), xml.getElementText().strip());
            stack.remove(stack.size() - 1);
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (String.join("/", stack).equals("extensions/extension")) {
            coordinates.add(current.getOrDefault("groupId", "?") + ":" + current.getOrDefault("artifactId", "?")
                + ":" + current.getOrDefault("version", "?"));
          }
          stack.remove(stack.size() - 1);
        }
      }
      xml.close();
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
      return List.of(Problem.warning(ResolverMavenGraphProvider.SOURCE, new Location(relative, line, 0),
          "malformed extensions.xml (Maven would stop here): " + e.getMessage().lines().findFirst().orElse("")
              + "; " + CONSEQUENCE));
    } catch (IOException e) {
      return List.of(Problem.warning(ResolverMavenGraphProvider.SOURCE, Location.of(relative),
          "cannot read extensions.xml: " + e + "; " + CONSEQUENCE));
    }
    if (coordinates.isEmpty()) {
      return List.of();
    }
    return List.of(Problem.warning(ResolverMavenGraphProvider.SOURCE, Location.of(relative),
        "Maven loads " + coordinates.size() + " core extension(s) from this file before it reads any POM: "
            + String.join(", ", coordinates) + ". " + CONSEQUENCE));
  }

  /**
   * One warning per {@code <build><extensions>} block of the effective model, at the POM (in the
   * scanned folder) that declared it, so an extension inherited by every module is named once.
   *
   * @param reported the declaring locations already reported, shared over a scan's models
   */
  static List<Problem> fromModel(Model model, String pom, ModelLocations locations, java.util.Set<String> reported) {
    if (model.getBuild() == null || model.getBuild().getExtensions().isEmpty()) {
      return List.of();
    }
    Map<Location, List<String>> byPlace = new LinkedHashMap<>();
    for (Extension e : model.getBuild().getExtensions()) {
      InputLocation at = e.getLocation("");
      Location where = at == null || at.getSource() == null ? Location.of(pom)
          : locations.ofSource(at.getSource().getLocation(), at.getLineNumber(), 0, pom);
      byPlace.computeIfAbsent(where, k -> new ArrayList<>())
          .add(e.getGroupId() + ":" + e.getArtifactId() + ":" + e.getVersion());
    }
    List<Problem> out = new ArrayList<>();
    byPlace.forEach((where, coordinates) -> {
      String key = where.file() + ":" + where.line() + ":" + coordinates;
      if (reported.add(key)) {
        out.add(Problem.warning(ResolverMavenGraphProvider.SOURCE, where,
            "this POM loads build extension(s) " + String.join(", ", coordinates) + ". " + CONSEQUENCE));
      }
    });
    return out;
  }
}
