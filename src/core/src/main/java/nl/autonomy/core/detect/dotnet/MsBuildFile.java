package nl.autonomy.core.detect.dotnet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.autonomy.core.detect.support.SafeXml;
import nl.autonomy.core.detect.support.SourceText;

/**
 * What an MSBuild file (a *.csproj, *.fsproj, *.vbproj or Directory.Packages.props) says about
 * NuGet packages: {@code PackageReference}, {@code PackageVersion} (central package management),
 * {@code GlobalPackageReference}, and the simple properties ({@code <Foo>1.2</Foo>}) used as
 * {@code $(Foo)}. Read with StAX, no DTD, no entities.
 */
record MsBuildFile(List<Item> references, List<Item> versions, List<Item> globalReferences,
    Map<String, String> properties) {

  /** An item; {@code version} may be null (central or floating), {@code privateAssets} as written. */
  record Item(String id, String version, String versionOverride, String privateAssets, int line) {
  }

  boolean isTestProject() {
    return "true".equalsIgnoreCase(properties.get("istestproject"))
        || references.stream().anyMatch(r -> r.id().equalsIgnoreCase("Microsoft.NET.Test.Sdk"));
  }

  static MsBuildFile parse(SourceText text) throws XMLStreamException {
    List<Item> references = new ArrayList<>();
    List<Item> versions = new ArrayList<>();
    List<Item> globals = new ArrayList<>();
    Map<String, String> properties = new HashMap<>();
    XMLStreamReader r = SafeXml.reader(text.content());
    try {
      List<String> path = new ArrayList<>();
      Item open = null;
      String openKind = null;
      while (r.hasNext()) {
        int event = SafeXml.next(r);
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          int line = r.getLocation().getLineNumber();
          String parent = path.isEmpty() ? "" : path.get(path.size() - 1);
          path.add(name);
          String include = blankToNull(attr(r, "Include"));
          String update = blankToNull(attr(r, "Update"));
          if (List.of("PackageReference", "PackageVersion", "GlobalPackageReference").contains(name)
              && (include != null || update != null)) {
            openKind = include == null ? "Update" : name;
            open = new Item(include != null ? include : update, attr(r, "Version"), attr(r, "VersionOverride"),
                attr(r, "PrivateAssets"), line);
          } else if (open != null && (name.equals("Version") || name.equals("VersionOverride")
              || name.equals("PrivateAssets"))) {
            String value = textOf(r);
            path.remove(path.size() - 1);
            open = switch (name) {
              case "Version" -> new Item(open.id(), value, open.versionOverride(), open.privateAssets(), open.line());
              case "VersionOverride" -> new Item(open.id(), open.version(), value, open.privateAssets(), open.line());
              default -> new Item(open.id(), open.version(), open.versionOverride(), value, open.line());
            };
          } else if (parent.equals("PropertyGroup")) {
            String value = textOf(r);
            path.remove(path.size() - 1);
            properties.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = r.getLocalName();
          path.remove(path.size() - 1);
          if (open != null && name.equals(openKind.equals("Update") ? "PackageReference" : openKind)) {
            switch (openKind) {
              case "PackageReference" -> references.add(open);
              case "PackageVersion" -> versions.add(open);
              case "GlobalPackageReference" -> globals.add(open);
              default -> {
                // Update= items change packages referenced elsewhere; they add none
              }
            }
            open = null;
          }
        }
      }
    } finally {
      r.close();
    }
    return new MsBuildFile(references, versions, globals, properties);
  }

  /** {@code $(Name)} replaced by the file's own properties; null when one is not defined here. */
  String expand(String value) {
    if (value == null || !value.contains("$(")) {
      return value;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\(([\\w.]+)\\)").matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = properties.get(m.group(1).toLowerCase(Locale.ROOT));
      if (v == null) {
        return null;
      }
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(v));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The text inside the current element, tolerating child elements (unlike getElementText). */
  private static String textOf(XMLStreamReader r) throws XMLStreamException {
    StringBuilder out = new StringBuilder();
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        out.append(r.getText());
      }
    }
    return out.toString().trim();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String attr(XMLStreamReader r, String name) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (r.getAttributeLocalName(i).equals(name)) {
        return r.getAttributeValue(i).trim();
      }
    }
    return null;
  }
}
