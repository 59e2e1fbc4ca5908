package nl.autonomy.core.sbom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Lays out the compact bytes CycloneDX Core Java writes as the files users read, in one streaming
 * pass with nothing but the current element in memory: two-space indentation, {@code \n} line
 * ends whatever the platform, and {@code metadata.timestamp} added as the metadata's first entry.
 *
 * <p>Why the timestamp is written here: CycloneDX Core Java formats {@code metadata.timestamp}
 * with a {@code SimpleDateFormat} in the machine's default locale, so on a Thai or Arabic system
 * it writes Buddhist-era years or native digits, which are not RFC 3339 and fail the schema. The
 * BOM is therefore serialised without a timestamp, and the timestamp is added here as an ISO-8601
 * instant in UTC, whatever the machine's locale and time zone.
 */
final class BomLayout {

  private static final JsonFactory JSON = new JsonFactory();

  private BomLayout() {
  }

  /** Pretty JSON: {@code "name" : value}, objects and arrays indented by two spaces. */
  static void json(InputStream compact, String stamp, OutputStream out) throws IOException {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonParser in = JSON.createParser(compact);
        JsonGenerator gen = JSON.createGenerator(out).setPrettyPrinter(printer)) {
      gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      boolean metadataNext = false;
      for (JsonToken t = in.nextToken(); t != null; t = in.nextToken()) {
        gen.copyCurrentEvent(in);
        if (t == JsonToken.FIELD_NAME) {
          metadataNext = "metadata".equals(in.currentName()) && in.getParsingContext().getParent().inRoot();
        } else if (t == JsonToken.START_OBJECT && metadataNext) {
          metadataNext = false;
          if (stamp != null) {
            gen.writeStringField("timestamp", stamp);
          }
        } else {
          metadataNext = false;
        }
      }
    }
    out.write('\n');
  }

  /**
   * Indented XML as the JDK's transformer writes it: the prolog, namespace declarations before the
   * attributes, attributes sorted by name, an element holding only text on one line, an empty
   * element as {@code <name/>}.
   */
  static void xml(InputStream compact, String stamp, OutputStream out) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    try {
      XMLStreamReader in = factory.createXMLStreamReader(compact, "UTF-8");
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      new XmlIndenter(in, w, stamp).run();
      in.close();
    } catch (XMLStreamException e) {
      throw new IOException("the generated CycloneDX XML could not be laid out: " + e.getMessage(), e);
    }
    w.flush();
  }

  /** The state of one streaming pass: an open tag is held until it is known to be empty, text-only or a parent. */
  private static final class XmlIndenter {

    private final XMLStreamReader in;
    private final Writer w;
    private final String stamp;
    private String pendingTag;
    private String pendingName;
    private final StringBuilder pendingText = new StringBuilder();
    private int depth;

    XmlIndenter(XMLStreamReader in, Writer w, String stamp) {
      this.in = in;
      this.w = w;
      this.stamp = stamp;
    }

    void run() throws XMLStreamException, IOException {
      while (in.hasNext()) {
        switch (in.next()) {
          case XMLStreamConstants.START_ELEMENT -> {
            flushAsParent();
            pendingName = name(in.getPrefix(), in.getLocalName());
            pendingTag = startTag();
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            if (pendingTag != null) {
              pendingText.append(in.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> end();
          default -> {
            // comments and processing instructions: CycloneDX's mapper writes none
          }
        }
      }
      w.write('\n');
    }

    private String startTag() {
      StringBuilder s = new StringBuilder("<").append(pendingName);
      for (int i = 0; i < in.getNamespaceCount(); i++) {
        String prefix = in.getNamespacePrefix(i);
        s.append(prefix == null || prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix)
            .append("=\"").append(escape(in.getNamespaceURI(i), true)).append('"');
      }
      Map<String, String> attributes = new TreeMap<>();
      for (int i = 0; i < in.getAttributeCount(); i++) {
        attributes.put(name(in.getAttributePrefix(i), in.getAttributeLocalName(i)), in.getAttributeValue(i));
      }
      attributes.forEach((k, v) -> s.append(' ').append(k).append("=\"").append(escape(v, true)).append('"'));
      return s.toString();
    }

    private void flushAsParent() throws IOException {
      if (pendingTag == null) {
        return;
      }
      newLineAndIndent();
      w.write(pendingTag);
      w.write('>');
      // text beside child elements does not occur in CycloneDX; kept rather than lost should it
      w.write(escape(pendingText.toString().strip(), false));
      boolean metadata = depth == 1 && pendingName.equals("metadata");
      pendingTag = null;
      pendingText.setLength(0);
      depth++;
      if (metadata && stamp != null) {
        newLineAndIndent();
        w.write("<timestamp>" + escape(stamp, false) + "</timestamp>");
      }
    }

    private void end() throws IOException {
      if (pendingTag != null) {
        if (depth == 1 && pendingName.equals("metadata") && stamp != null) {
          flushAsParent();
        } else {
          newLineAndIndent();
          w.write(pendingTag);
          if (pendingText.isEmpty()) {
            w.write("/>");
          } else {
            w.write('>');
            w.write(escape(pendingText.toString(), false));
            w.write("</" + pendingName + ">");
          }
          pendingTag = null;
          pendingText.setLength(0);
          return;
        }
      }
      depth--;
      newLineAndIndent();
      w.write("</" + name(in.getPrefix(), in.getLocalName()) + ">");
    }

    private boolean first = true;

    private void newLineAndIndent() throws IOException {
      if (!first) {
        w.write('\n');
      }
      first = false;
      for (int i = 0; i < depth; i++) {
        w.write("  ");
      }
    }

    private static String name(String prefix, String local) {
      return prefix == null || prefix.isEmpty() || XMLConstants.DEFAULT_NS_PREFIX.equals(prefix) ? local : prefix + ":" + local;
    }
  }

  /** XML escaping as the JDK's serialiser does it; in attributes also quotes and white space other than a blank. */
  static String escape(String s, boolean attribute) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '\r' -> "&#13;";
        case '"' -> attribute ? "&quot;" : null;
        case '\n' -> attribute ? "&#10;" : null;
        case '\t' -> attribute ? "&#9;" : null;
        default -> null;
      };
      if (r != null && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        if (r != null) {
          b.append(r);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }
}
