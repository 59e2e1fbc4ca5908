package nl.autonomy.core.detect.dotnet;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.autonomy.core.detect.support.SafeXml;
import nl.autonomy.core.detect.support.SourceText;

/** The legacy packages.config: every package NuGet restored, direct and transitive alike. */
final class PackagesConfig {

  /** One {@code <package>}; {@code id} is null when the element names none. */
  record Entry(String id, String version, String targetFramework, boolean development, int line) {
  }

  private PackagesConfig() {
  }

  static List<Entry> parse(SourceText text) throws XMLStreamException {
    List<Entry> out = new ArrayList<>();
    XMLStreamReader r = SafeXml.reader(text.content());
    try {
      while (r.hasNext()) {
        if (SafeXml.next(r) == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("package")) {
          String id = r.getAttributeValue(null, "id");
          out.add(new Entry(id == null || id.isBlank() ? null : id.trim(), r.getAttributeValue(null, "version"), r.getAttributeValue(null, "targetFramework"),
              "true".equalsIgnoreCase(r.getAttributeValue(null, "developmentDependency")),
              r.getLocation().getLineNumber()));
        }
      }
    } finally {
      r.close();
    }
    return out;
  }
}
