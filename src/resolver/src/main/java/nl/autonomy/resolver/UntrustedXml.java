package nl.autonomy.resolver;

import javax.xml.stream.XMLInputFactory;

/**
 * The one StAX configuration for the POMs and {@code .mvn/extensions.xml} files of a scanned tree,
 * read before Maven's model builder: no DTDs and no external entities (a scanned file may neither
 * read local files nor reach the network), no namespace processing (POMs are read by local name),
 * and eager parsing, so a broken byte surfaces as the {@code XMLStreamException} that the readers
 * turn into a problem naming the file.
 */
final class UntrustedXml {

  /**
   * Woodstox's {@code WstxInputProperties.P_LAZY_PARSING}. With lazy parsing (its default) an
   * invalid UTF-8 byte inside a text is reported from {@code getText()} as an unchecked
   * {@code WstxLazyException}, which escaped the readers (found by PomFuzzTest).
   */
  private static final String LAZY_PARSING = "com.ctc.wstx.lazyParsing";

  private UntrustedXml() {
  }

  static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    if (f.isPropertySupported(LAZY_PARSING)) {
      f.setProperty(LAZY_PARSING, false);
    }
    return f;
  }
}
