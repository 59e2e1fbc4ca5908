package nl.autonomy.core.sbom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.cyclonedx.Format;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.Parser;
import org.cyclonedx.parsers.XmlParser;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Serialises a BOM as CycloneDX 1.6 JSON or XML with CycloneDX Core Java and validates the bytes
 * against the schema before anyone sees them. Line ends are always {@code \n}.
 *
 * <p>Why the timestamp is written here: CycloneDX Core Java formats {@code metadata.timestamp}
 * with a {@code SimpleDateFormat} in the machine's default locale, so on a Thai or Arabic system
 * it writes Buddhist-era years or native digits, which are not RFC 3339 and fail the schema. The
 * BOM is therefore generated without a timestamp, and the timestamp is added to the generated
 * tree as an ISO-8601 instant in UTC, whatever the machine's locale and time zone.
 */
public final class BomRenderer {

  public static final Version VERSION = Version.VERSION_16;

  private static final ObjectWriter JSON = new ObjectMapper().writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private BomRenderer() {
  }

  /**
   * The BOM's bytes in {@code format}, schema-valid.
   *
   * @throws BomValidationException when the schema rejects them (a bug in the mapping)
   */
  public static byte[] render(Bom bom, Format format) throws IOException {
    return render(bom, format, BomFitter.SCHEMA);
  }

  /**
   * The BOM's bytes; a component the schema rejects is left out and named (see {@link BomFitter}).
   */
  static byte[] render(Bom bom, Format format, BomFitter.Check check) throws IOException {
    try {
      return renderExactly(bom, format);
    } catch (BomValidationException e) {
      return renderExactly(BomFitter.fit(bom, check, e), format);
    }
  }

  /** The bytes of exactly this BOM, or a {@link BomValidationException}. */
  static byte[] renderExactly(Bom bom, Format format) throws IOException {
    Date timestamp = bom.getMetadata() == null ? null : bom.getMetadata().getTimestamp();
    String stamp = timestamp == null ? null
        : DateTimeFormatter.ISO_INSTANT.format(timestamp.toInstant().truncatedTo(ChronoUnit.SECONDS));
    String text;
    try {
      if (timestamp != null) {
        bom.getMetadata().setTimestamp(null);
      }
      text = format == Format.JSON ? json(bom, stamp) : xml(bom, stamp);
    } catch (ParserConfigurationException | TransformerException e) {
      throw new IOException("the CycloneDX " + format.getExtension() + " BOM could not be generated: "
          + e.getMessage(), e);
    } finally {
      if (timestamp != null) {
        bom.getMetadata().setTimestamp(timestamp);
      }
    }
    byte[] bytes = (text.replace("\r\n", "\n").stripTrailing() + "\n").getBytes(StandardCharsets.UTF_8);
    validate(bytes, format);
    return bytes;
  }

  /**
   * Validates CycloneDX 1.6 bytes with CycloneDX Core Java's JSON Schema or XSD.
   *
   * @throws BomValidationException listing the violations
   */
  public static void validate(byte[] bytes, Format format) throws IOException {
    Parser parser = format == Format.JSON ? new JsonParser() : new XmlParser();
    List<ParseException> errors = parser.validate(bytes, VERSION);
    if (!errors.isEmpty()) {
      throw new BomValidationException(format.getExtension(), errors.stream().map(Throwable::getMessage).toList());
    }
  }

  private static String json(Bom bom, String stamp) throws JsonProcessingException {
    ObjectNode root = (ObjectNode) BomGeneratorFactory.createJson(VERSION, bom).toJsonNode();
    if (stamp != null && root.get("metadata") instanceof ObjectNode metadata) {
      ObjectNode stamped = root.objectNode().put("timestamp", stamp);
      stamped.setAll(metadata);
      root.set("metadata", stamped);
    }
    return JSON.writeValueAsString(root);
  }

  private static String xml(Bom bom, String stamp) throws ParserConfigurationException, TransformerException {
    Document doc = BomGeneratorFactory.createXml(VERSION, bom).generate();
    if (stamp != null) {
      Element metadata = (Element) doc.getDocumentElement().getElementsByTagNameNS(VERSION.getNamespace(), "metadata").item(0);
      Element timestamp = doc.createElementNS(VERSION.getNamespace(), "timestamp");
      timestamp.setTextContent(stamp);
      metadata.insertBefore(timestamp, firstElement(metadata));
    }
    // the JDK's own implementation, whatever else is on the class path: the output must not vary
    Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
    transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
    transformer.setOutputProperty(OutputKeys.INDENT, "yes");
    transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
    StringWriter out = new StringWriter().append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    transformer.transform(new DOMSource(doc), new StreamResult(out));
    return out.toString();
  }

  private static Node firstElement(Element parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        return n;
      }
    }
    return null;
  }
}
