package nl.autonomy.core.detect.support;

import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers for untrusted XML (MSBuild projects, packages.config): no DTDs and no external
 * entities, so a scanned file cannot read local files or reach the network (XXE), and StAX keeps
 * the line of every element for evidence.
 */
public final class SafeXml {

  private SafeXml() {
  }

  /**
   * The next event; a document type declaration is refused outright (MSBuild and NuGet files
   * never need one, and one that declares entities is an attack or a mistake).
   */
  public static int next(XMLStreamReader reader) throws XMLStreamException {
    int event = reader.next();
    if (event == javax.xml.stream.XMLStreamConstants.DTD) {
      throw new XMLStreamException("a DOCTYPE declaration is not allowed here (it could declare external entities)",
          reader.getLocation());
    }
    return event;
  }

  public static XMLStreamReader reader(String text) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory.createXMLStreamReader(new StringReader(text));
  }
}
