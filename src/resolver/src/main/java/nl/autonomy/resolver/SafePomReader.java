package nl.autonomy.resolver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;

/**
 * Reads the header of an untrusted pom.xml with a StAX parser that accepts no DTD and resolves no
 * entity (no XXE, no entity expansion), so that reactor discovery never feeds a hostile file to a
 * lenient parser. A malformed file becomes a {@link Problem} with the parser's line and column.
 */
final class SafePomReader {

  /** Either a header or the problem that prevented reading one. */
  record Outcome(PomHeader header, Problem problem) {
  }

  private static final XMLInputFactory FACTORY = UntrustedXml.factory();

  private SafePomReader() {
  }

  static Outcome read(Path root, String relativePath) {
    Path file = root.resolve(relativePath);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
      try {
        return new Outcome(parse(xml, relativePath), null);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      javax.xml.stream.Location at = e.getLocation();
      int line = at == null ? 0 : Math.max(0, at.getLineNumber());
      int column = at == null ? 0 : Math.max(0, at.getColumnNumber());
      return new Outcome(null, problem(new Location(relativePath, line, column),
          "malformed pom.xml, fix the XML: " + firstLine(e.getMessage())));
    } catch (IOException e) {
      return new Outcome(null, problem(Location.of(relativePath), "cannot read pom.xml: " + e));
    }
  }

  private static Problem problem(Location location, String message) {
    return new Problem(Problem.Severity.ERROR, ResolverMavenGraphProvider.SOURCE, location, message, null);
  }

  private static PomHeader parse(XMLStreamReader xml, String path) throws XMLStreamException {
    List<String> stack = new ArrayList<>();
    String groupId = null;
    String artifactId = null;
    String version = null;
    String parentGroupId = null;
    String parentVersion = null;
    List<String> modules = new ArrayList<>();
    List<String> profileModules = new ArrayList<>();
    boolean profileActiveByDefault = false;
    String modelVersion = null;
    String namespace = null;
    boolean subprojects = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        String where = stack.isEmpty() ? name : String.join("/", stack) + "/" + name;
        stack.add(name);
        if (stack.size() == 1) {
          namespace = xml.getAttributeValue(null, "xmlns");
        } else if (where.equals("project/modelVersion")) {
          modelVersion = xml.getElementText().strip();
          stack.remove(stack.size() - 1);
          continue;
        } else if (where.equals("project/subprojects") || where.equals("project/profiles/profile/subprojects")) {
          subprojects = true;
        }
        if (where.equals("project/profiles/profile")) {
          profileModules.clear();
          profileActiveByDefault = false;
          continue;
        }
        String text = switch (where) {
          case "project/groupId", "project/artifactId", "project/version", "project/parent/groupId",
              "project/parent/version", "project/modules/module",
              "project/profiles/profile/modules/module",
              "project/profiles/profile/activation/activeByDefault" -> xml.getElementText().strip();
          default -> null;
        };
        if (text == null) {
          continue;
        }
        stack.remove(stack.size() - 1);
        switch (where) {
          case "project/groupId" -> groupId = text;
          case "project/artifactId" -> artifactId = text;
          case "project/version" -> version = text;
          case "project/parent/groupId" -> parentGroupId = text;
          case "project/parent/version" -> parentVersion = text;
          case "project/modules/module" -> modules.add(text);
          case "project/profiles/profile/modules/module" -> profileModules.add(text);
          default -> profileActiveByDefault = Boolean.parseBoolean(text);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String where = String.join("/", stack);
        stack.remove(stack.size() - 1);
        if (where.equals("project/profiles/profile") && profileActiveByDefault) {
          modules.addAll(profileModules);
        }
      }
    }
    return new PomHeader(path, groupId != null ? groupId : parentGroupId, artifactId,
        version != null ? version : parentVersion, modules, maven4(modelVersion, namespace, subprojects));
  }

  /** Why a POM needs Maven 4's model (4.1.0 or later), or null. */
  private static String maven4(String modelVersion, String namespace, boolean subprojects) {
    if (modelVersion != null && !modelVersion.equals("4.0.0") && modelVersion.matches("4\\.[1-9].*")) {
      return "modelVersion " + modelVersion;
    }
    if (namespace != null && namespace.matches("https?://maven\\.apache\\.org/POM/4\\.[1-9].*")) {
      return "namespace " + namespace;
    }
    return subprojects ? "<subprojects>" : null;
  }

  /** The parser's own words without its position suffix (the location is reported apart). */
  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "unreadable XML";
    }
    List<String> lines = message.strip().lines().map(String::strip).toList();
    return lines.stream().filter(l -> l.startsWith("Message:")).map(l -> l.substring(8).strip())
        .findFirst().orElse(lines.get(0));
  }
}
