package nl.autonomy.core.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.library.ListedLicenses;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v2.license.SpdxListedLicense;
import org.spdx.utility.compare.LicenseCompareHelper;
import org.spdx.utility.compare.SpdxCompareException;

/**
 * A license text to its SPDX id, by the SPDX project's own matching guidelines (the listed
 * license's template with its optional and variable parts: copyright lines, names), using the
 * license list bundled in the SPDX library — never fetched, so matching makes no network request.
 *
 * <p>Only the licenses below are tried, in this order (tens of milliseconds a text): comparing a
 * text with the whole list of 600 licenses costs seconds each, too slow for hundreds of modules on
 * a small build machine, and these cover nearly every Go module. A text none of them matches is
 * no license fact (the module records it as {@code go.license.unmatched}): never a guess. The GNU
 * licenses are tried as {@code -only}: their text is the same for "or later", which only a file
 * header can add.
 */
final class LicenseTextMatcher {

  static {
    // the SPDX library fetches the newest list from spdx.org unless told not to (checked with strace:
    // with this property it opens no socket)
    if (System.getProperty("org.spdx.useJARLicenseInfoOnly") == null) {
      System.setProperty("org.spdx.useJARLicenseInfoOnly", "true");
    }
    SpdxModelFactory.init();
  }

  static final List<String> CANDIDATES = List.of("MIT", "Apache-2.0", "BSD-3-Clause", "BSD-2-Clause", "ISC",
      "MPL-2.0", "Unlicense", "0BSD", "CC0-1.0", "BSL-1.0", "Zlib", "MIT-0", "EPL-2.0", "EPL-1.0", "LGPL-2.1-only",
      "LGPL-3.0-only", "LGPL-2.0-only", "GPL-2.0-only", "GPL-3.0-only", "AGPL-3.0-only", "EUPL-1.2", "EUPL-1.1",
      "CDDL-1.0", "CDDL-1.1", "Artistic-2.0", "BlueOak-1.0.0", "PostgreSQL", "WTFPL", "Python-2.0", "PSF-2.0",
      "BSD-3-Clause-Clear", "BSD-2-Clause-Patent", "BSD-4-Clause", "BSD-1-Clause", "X11", "MIT-CMU", "NCSA", "OpenSSL",
      "curl", "Unicode-DFS-2016", "Unicode-3.0", "CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-3.0", "OFL-1.1", "MPL-1.1",
      "BUSL-1.1", "Elastic-2.0", "SSPL-1.0", "PolyForm-Noncommercial-1.0.0", "Commons-Clause",
      "GPL-2.0-with-classpath-exception", "MulanPSL-2.0", "UPL-1.0", "Vim", "HPND", "ZPL-2.1", "W3C", "Apache-1.1");

  private static final Map<String, Optional<String>> BY_HASH = new ConcurrentHashMap<>();
  private static volatile List<SpdxListedLicense> common;

  private LicenseTextMatcher() {
  }

  /** The SPDX id of a whole license text, or empty when none matches. */
  static Optional<String> match(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return BY_HASH.computeIfAbsent(RegistryCache.sha256(text), h -> compute(text));
  }

  /** One at a time: the SPDX library's shared model store is not documented as thread-safe. */
  private static synchronized Optional<String> compute(String text) {
    try {
      for (SpdxListedLicense l : common()) {
        if (!LicenseCompareHelper.isTextStandardLicense(l, text).isDifferenceFound()) {
          return Optional.of(l.getLicenseId());
        }
      }
      return Optional.empty();
    } catch (InvalidSPDXAnalysisException | SpdxCompareException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static List<SpdxListedLicense> common() throws InvalidSPDXAnalysisException {
    List<SpdxListedLicense> c = common;
    if (c == null) {
      synchronized (LicenseTextMatcher.class) {
        if (common == null) {
          List<SpdxListedLicense> loaded = new ArrayList<>();
          for (String id : CANDIDATES) {
            try {
              SpdxListedLicense l = ListedLicenses.getListedLicenses().getListedLicenseByIdCompatV2(id);
              if (l != null && !l.isDeprecated()) {
                loaded.add(l);
              }
            } catch (InvalidSPDXAnalysisException | RuntimeException e) {
              // an id this list version does not hold is simply not tried
            }
          }
          common = List.copyOf(loaded);
        }
        c = common;
      }
    }
    return c;
  }
}
