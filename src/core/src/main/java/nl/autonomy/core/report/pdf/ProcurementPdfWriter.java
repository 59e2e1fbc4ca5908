package nl.autonomy.core.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.report.ReportWriter;
import nl.autonomy.core.report.WriterOptions;
import nl.autonomy.core.report.html.ProcurementHtmlWriter;
import nl.autonomy.core.report.view.ReportTexts;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;

/**
 * {@code contract.pdf}: the contract report as PDF/A-2a, for the archive. The page is the very
 * XHTML of {@link ProcurementHtmlWriter}, laid out by openhtmltopdf on PDFBox; PDF/A (ISO 19005)
 * is what Dutch archives accept for lasting records. Part 2 rather than 3: part 3 only adds the
 * right to attach files of any format, which we do not use and which the Nationaal Archief advises
 * against for lasting access; level A rather than B: the page is born digital, so it can carry
 * what level A adds to B (Unicode for every glyph and a tagged logical structure, which is also
 * what PDF/UA asks for screen readers). The one font is Liberation Sans, which PDFBox ships (SIL
 * Open Font License), so no font of the machine it runs on can change the bytes; what it has no
 * glyph for is written as its code point ({@link DrawableText}). The dates and the document id
 * come from the scan, never from the clock: the same result gives the same PDF. veraPDF, the
 * reference PDF/A validator, checks the result in the build (ProcurementPdfAConformanceTest).
 */
public final class ProcurementPdfWriter implements ReportWriter {

  static final String FONT_FAMILY = "Liberation Sans";
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private static final DrawableText DRAWABLE = new DrawableText(font());

  private final ProcurementHtmlWriter html = new ProcurementHtmlWriter();

  static {
    // openhtmltopdf logs every CSS rule it skips (report.css's custom properties and grid) to the
    // console; the page is ours and tested, so its log would only be noise in a scan's output
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
  }

  @Override
  public String format() {
    return "procurement-pdf";
  }

  @Override
  public String fileName() {
    return "contract.pdf";
  }

  @Override
  public boolean onRequest() {
    return true;
  }

  @Override
  public boolean needsDelivery() {
    return true;
  }

  @Override
  public void write(ScanResult result, WriterOptions options, OutputStream out) throws IOException {
    out.write(render(result, options));
    out.flush();
  }

  /** The PDF's bytes. */
  public byte[] render(ScanResult result, WriterOptions options) throws IOException {
    String page = drawable(html.render(result, options), options);
    PdfRendererBuilder builder = new PdfRendererBuilder()
        .useFastMode()
        .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A)
        .usePdfUaAccessibility(true)
        .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
        .useFont(ProcurementPdfWriter::font, FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true)
        // the generic families too: PDF/A admits no font that is not embedded, wherever a default applies
        .useFont(ProcurementPdfWriter::font, "serif", 400, BaseRendererBuilder.FontStyle.NORMAL, true)
        .useFont(ProcurementPdfWriter::font, "sans-serif", 400, BaseRendererBuilder.FontStyle.NORMAL, true)
        .useFont(ProcurementPdfWriter::font, "monospace", 400, BaseRendererBuilder.FontStyle.NORMAL, true)
        .withProducer("Autonomy " + result.inventory().provenance().toolVersion())
        .withHtmlContent(page, null);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.layout();
      try (PDDocument doc = renderer.createPDFKeepOpen()) {
        stamp(doc, result, options);
        doc.save(bytes);
      }
    }
    return bytes.toByteArray();
  }

  /**
   * The scan's time as the document's dates, in the info dictionary and in the XMP metadata alike
   * (PDF/A requires them to agree), the title the XMP has from the page, the language, and a
   * document id derived from the content.
   */
  private static void stamp(PDDocument doc, ScanResult result, WriterOptions options) throws IOException {
    Inventory inv = result.inventory();
    Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
    when.setTimeInMillis(inv.provenance().timestamp().toEpochMilli());
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setCreationDate(when);
    PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
    if (metadata != null) {
      // the XMP packet is rewritten in place, not re-serialised: xmpbox's serialiser drops the
      // namespace bindings of the PDF/A extension schema openhtmltopdf writes
      String xmp;
      try (InputStream in = metadata.exportXMPMetadata()) {
        xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String date = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'", java.util.Locale.ROOT)
          .format(inv.provenance().timestamp().atOffset(java.time.ZoneOffset.UTC));
      for (String field : new String[] {"CreateDate", "ModifyDate", "MetadataDate"}) {
        xmp = xmp.replaceAll("<xmp:" + field + ">[^<]*</xmp:" + field + ">", "<xmp:" + field + ">" + date + "</xmp:" + field + ">");
      }
      if (xmp.contains("<xmp:ModifyDate>")) {
        info.setModificationDate(when);
      }
      // the title as the XMP has it from the page, code points and all: PDF/A requires the two to agree
      info.setTitle(xmpTitle(xmp));
      doc.getDocumentCatalog().setMetadata(
          new PDMetadata(doc, new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8))));
    }
    doc.getDocumentCatalog().getCOSObject().setString(COSName.LANG,
        options.locale().getLanguage().isEmpty() ? "en" : options.locale().getLanguage());
    // the trailer's /ID is derived from this seed instead of the clock
    doc.setDocumentId(seed(result, options));
  }

  private static String xmpTitle(String xmp) throws IOException {
    try {
      DomXmpParser parser = new DomXmpParser();
      // lenient: xmpbox knows no schema for the PDF/UA identification (pdfuaid) that the packet also holds
      parser.setStrictParsing(false);
      DublinCoreSchema dc = parser.parse(xmp.getBytes(StandardCharsets.UTF_8)).getDublinCoreSchema();
      return dc == null ? null : dc.getTitle();
    } catch (XmpParsingException | org.apache.xmpbox.type.BadFieldValueException e) {
      throw new IOException("openhtmltopdf wrote XMP metadata that does not parse: " + e.getMessage(), e);
    }
  }

  private static long seed(ScanResult result, WriterOptions options) {
    String basis = result.inventory().provenance().timestamp() + "|" + result.inventory().project().ref() + "|"
        + (result.assessment() == null ? "" : result.assessment().policyDigest()) + "|" + options.locale();
    long h = 1125899906842597L;
    for (byte b : basis.getBytes(StandardCharsets.UTF_8)) {
      h = 31 * h + b;
    }
    return h;
  }

  /** The page with what the font cannot draw as code points, and a line in the footer that says so. */
  private static String drawable(String page, WriterOptions options) {
    DrawableText.Result drawn = DRAWABLE.apply(page);
    if (drawn.replaced() == 0) {
      return page;
    }
    String note = "<p class=\"codepoints\">" + ReportTexts.of(options.locale()).format("contract.codepoints", drawn.replaced())
        + "</p>";
    int footer = drawn.xhtml().lastIndexOf("</footer>");
    return footer < 0 ? drawn.xhtml() : drawn.xhtml().substring(0, footer) + note + drawn.xhtml().substring(footer);
  }

  private static InputStream font() {
    InputStream in = PDDocument.class.getResourceAsStream(FONT);
    if (in == null) {
      throw new IllegalStateException("PDFBox's Liberation Sans is missing from the class path: " + FONT);
    }
    return in;
  }
}
