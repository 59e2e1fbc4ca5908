package nl.autonomy.core.sbom;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.XmlParser;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Validates a CycloneDX 1.6 BOM against the schema CycloneDX Core Java ships, reading it as a
 * stream, so that memory stays bounded and time linear whatever the BOM's size.
 *
 * <p>Why not CycloneDX Core Java's {@code JsonParser.validate} and {@code XmlParser.validate} as
 * they are: the JSON validation needs the whole document as a tree (several times the text's
 * size: about 1.5 GB for a 92 MB BOM), the XML validation first parses the whole document into a
 * DOM, and the XSD's one identity constraint ({@code xs:unique} on {@code @bom-ref} over all
 * elements) is checked by the JDK's Xerces with a linear search per value — quadratic: for
 * 44,000 components that alone took minutes of CPU.
 *
 * <ul>
 *   <li><b>XML</b> is validated in one SAX pass against the full XSD, with Xerces's identity
 *       constraint checking turned off and the same constraint — every {@code bom-ref} attribute
 *       unique in the document — checked here with a hash set.
 *   <li><b>JSON</b> is read token by token; the document without its three long arrays
 *       ({@code components}, {@code services}, {@code dependencies}) is kept, their elements are
 *       collected and, every {@value #CHUNK} elements, validated with the full JSON schema as a
 *       BOM holding the rest of the document and that chunk. A BOM with fewer elements is
 *       validated whole, exactly as before. What a chunk cannot see — {@code uniqueItems} of a long
 *       array across chunks — follows from the {@code bom-ref} check: every component and
 *       service carries a {@code bom-ref}, and every {@code bom-ref} in the document must be
 *       unique (the specification's rule, which the JSON schema does not check at all).
 * </ul>
 */
final class BomSchemaCheck {

  /** Elements of the long arrays per validated chunk: a few megabytes of tree. */
  static final int CHUNK = 2_000;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> LONG_ARRAYS = List.of("components", "services", "dependencies");

  private BomSchemaCheck() {
  }

  /** The schema's findings about a JSON BOM; empty when valid. */
  static List<String> json(InputStream in, Version version) throws IOException {
    com.networknt.schema.Schema schema = JsonSchemaHolder.schema(version);
    List<String> errors = new ArrayList<>();
    Set<String> refs = new HashSet<>();
    try (JsonParser p = MAPPER.getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return List.of("the document is not a JSON object");
      }
      ObjectNode rest = MAPPER.createObjectNode();
      Map<String, ArrayNode> pending = new LinkedHashMap<>();
      int pendingCount = 0;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (LONG_ARRAYS.contains(field) && value == JsonToken.START_ARRAY) {
          ArrayNode chunk = pending.computeIfAbsent(field, k -> MAPPER.createArrayNode());
          while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonNode element = p.readValueAsTree();
            bomRefs(element, refs, errors);
            chunk.add(element);
            if (++pendingCount >= CHUNK) {
              validate(schema, withChunk(rest, pending), errors);
              pending.values().forEach(ArrayNode::removeAll);
              pendingCount = 0;
            }
          }
        } else {
          JsonNode node = p.readValueAsTree();
          bomRefs(node, refs, errors);
          rest.set(field, node);
        }
        if (errors.size() > 50) {
          return errors;
        }
      }
      validate(schema, withChunk(rest, pending), errors);
    }
    return errors;
  }

  private static ObjectNode withChunk(ObjectNode rest, Map<String, ArrayNode> pending) {
    ObjectNode doc = rest.deepCopy();
    pending.forEach((field, chunk) -> {
      if (!chunk.isEmpty()) {
        doc.set(field, chunk);
      }
    });
    return doc;
  }

  private static void validate(com.networknt.schema.Schema schema, JsonNode doc, List<String> errors) {
    schema.validate(doc).forEach(e -> errors.add(e.getMessage()));
  }

  /** Every {@code bom-ref} value in the tree, each once in the whole document. */
  private static void bomRefs(JsonNode node, Set<String> refs, List<String> errors) {
    if (node.isObject()) {
      JsonNode ref = node.get("bom-ref");
      if (ref != null && ref.isTextual() && !refs.add(ref.textValue())) {
        errors.add("bom-ref " + ref.textValue() + " is used twice; a bom-ref must be unique in the BOM");
      }
      node.elements().forEachRemaining(child -> bomRefs(child, refs, errors));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> bomRefs(child, refs, errors));
    }
  }

  /** The schema's findings about an XML BOM; empty when valid. */
  static List<String> xml(InputStream in, Version version) throws IOException {
    List<String> errors = new ArrayList<>();
    try {
      ValidatorHandler validator = XmlSchemaHolder.schema(version).newValidatorHandler();
      // the quadratic check of the JDK's Xerces; done below in linear time
      validator.setFeature("http://apache.org/xml/features/validation/identity-constraint-checking", false);
      ErrorHandler collect = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
          errors.add(e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          errors.add(e.getMessage());
          throw e;
        }
      };
      validator.setErrorHandler(collect);
      Set<String> refs = new HashSet<>();
      validator.setContentHandler(new DefaultHandler() {
        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
          String ref = attributes.getValue("bom-ref");
          if (ref != null && !refs.add(ref)) {
            errors.add("bom-ref " + ref + " is used twice; a bom-ref must be unique in the BOM");
          }
        }
      });
      SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      XMLReader reader = factory.newSAXParser().getXMLReader();
      reader.setContentHandler(validator);
      reader.setErrorHandler(collect);
      reader.parse(new InputSource(in));
    } catch (SAXParseException e) {
      // already collected: the document is not well-formed
    } catch (SAXException | ParserConfigurationException e) {
      throw new IOException("the CycloneDX XML schema could not be applied: " + e.getMessage(), e);
    }
    return errors;
  }

  /** The JSON schema, loaded once: loading it takes longer than validating a small BOM. */
  private static final class JsonSchemaHolder {
    private static final Map<Version, com.networknt.schema.Schema> SCHEMAS = new java.util.concurrent.ConcurrentHashMap<>();

    static com.networknt.schema.Schema schema(Version version) throws IOException {
      com.networknt.schema.Schema s = SCHEMAS.get(version);
      if (s == null) {
        s = new org.cyclonedx.parsers.JsonParser().getJsonSchema(version, new ObjectMapper());
        SCHEMAS.putIfAbsent(version, s);
      }
      return s;
    }
  }

  /** The XSD (with the SPDX and signature schemas it imports), compiled once; a compiled Schema is thread-safe. */
  private static final class XmlSchemaHolder {
    private static final Map<Version, Schema> SCHEMAS = new java.util.concurrent.ConcurrentHashMap<>();

    static Schema schema(Version version) throws SAXException {
      Schema s = SCHEMAS.get(version);
      if (s == null) {
        s = new XmlParser().getXmlSchema(version);
        SCHEMAS.putIfAbsent(version, s);
      }
      return s;
    }
  }
}
