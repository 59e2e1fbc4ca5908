package nl.autonomy.core.sbom;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads what tests need from CycloneDX XML through the DOM. */
final class XmlBoms {

  private XmlBoms() {
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /** bom-refs of the top-level components, in document order. */
  static List<String> componentRefs(Document doc) {
    List<String> refs = new ArrayList<>();
    NodeList lists = doc.getDocumentElement().getElementsByTagNameNS("*", "components");
    for (int i = 0; i < lists.getLength(); i++) {
      Element list = (Element) lists.item(i);
      if (list.getParentNode() == doc.getDocumentElement()) {
        for (Element c : children(list, "component")) {
          refs.add(c.getAttribute("bom-ref"));
        }
      }
    }
    return refs;
  }

  /** ref to the refs it depends on. */
  static Map<String, List<String>> dependencies(Document doc) {
    Map<String, List<String>> graph = new TreeMap<>();
    NodeList lists = doc.getDocumentElement().getElementsByTagNameNS("*", "dependencies");
    for (int i = 0; i < lists.getLength(); i++) {
      Element list = (Element) lists.item(i);
      if (list.getParentNode() == doc.getDocumentElement()) {
        for (Element d : children(list, "dependency")) {
          graph.put(d.getAttribute("ref"), children(d, "dependency").stream().map(e -> e.getAttribute("ref")).toList());
        }
      }
    }
    return graph;
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> out = new ArrayList<>();
    for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }
}
