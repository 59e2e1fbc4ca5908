package nl.autonomy.core.detect.sbom;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.autonomy.core.model.Organization;
import nl.autonomy.core.quality.FieldChecks;
import org.spdx.library.SpdxModelFactory;

/** What the SPDX 2 and SPDX 3 readers share: the library's set-up, creators, algorithms, errors. */
final class SpdxSupport {

  private static final Pattern AGENT = Pattern.compile("^(?:Organization|Person|Tool):\\s*([^(]*?)\\s*(?:\\(([^)]*)\\))?\\s*$");
  private static final Pattern LINE = Pattern.compile("line[: ]+(\\d+)", Pattern.CASE_INSENSITIVE);

  private static volatile boolean initialised;

  private SpdxSupport() {
  }

  /**
   * Sets the library up once: its license list from its own jar (never from the network; a scan
   * sends nothing anywhere unless asked) and its model registry.
   */
  static void init() {
    if (!initialised) {
      synchronized (SpdxSupport.class) {
        if (!initialised) {
          if (System.getProperty("org.spdx.useJARLicenseInfoOnly") == null) {
            System.setProperty("org.spdx.useJARLicenseInfoOnly", "true");
          }
          SpdxModelFactory.init();
          initialised = true;
        }
      }
    }
  }

  /** A value that states something: not blank, NOASSERTION or NONE. */
  static boolean stated(String value) {
    return value != null && !value.isBlank() && !value.strip().equals("NOASSERTION") && !value.strip().equals("NONE");
  }

  /** {@code Organization: ACME (info@acme.example)}: an e-mail address or URL in the brackets. */
  static boolean creatorHasContact(String creator) {
    if (!stated(creator)) {
      return false;
    }
    Matcher m = AGENT.matcher(creator.strip());
    return m.matches() && m.group(2) != null && FieldChecks.contact(m.group(2));
  }

  /** The organisation an SPDX supplier names ({@code Organization: ACME (info@acme.example)}). */
  static Organization organization(String supplier) {
    if (!stated(supplier)) {
      return null;
    }
    Matcher m = AGENT.matcher(supplier.strip());
    if (!m.matches()) {
      return new Organization(supplier.strip(), null);
    }
    String contact = m.group(2);
    return new Organization(m.group(1), contact != null && contact.matches("(?i)https?://\\S+") ? contact : null);
  }

  /** SPDX's checksum algorithm names ({@code SHA256}, {@code SHA3_256}) in CycloneDX's ({@code SHA-256}). */
  static String cdxAlgorithm(String spdx) {
    String a = spdx.toUpperCase(java.util.Locale.ROOT);
    if (a.startsWith("SHA3_")) {
      return "SHA3-" + a.substring(5);
    }
    if (a.startsWith("SHA") && a.length() > 3 && Character.isDigit(a.charAt(3))) {
      return "SHA-" + a.substring(3);
    }
    if (a.startsWith("BLAKE2B_")) {
      return "BLAKE2b-" + a.substring(8);
    }
    return a;
  }

  static int lineOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
        return Math.max(0, j.getLocation().getLineNr());
      }
      Matcher m = LINE.matcher(String.valueOf(t.getMessage()));
      if (m.find()) {
        try {
          return Integer.parseInt(m.group(1));
        } catch (NumberFormatException ignored) {
          return 0;
        }
      }
    }
    return 0;
  }

  static String message(Throwable e) {
    Throwable t = e;
    String m = t.getMessage();
    while ((m == null || m.isBlank()) && t.getCause() != null) {
      t = t.getCause();
      m = t.getMessage();
    }
    return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
  }
}
