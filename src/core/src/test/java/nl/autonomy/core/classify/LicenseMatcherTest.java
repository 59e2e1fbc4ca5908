package nl.autonomy.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.autonomy.core.catalog.CatalogLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** License names and URLs as real POMs and manifests write them (issue 13), matched to SPDX. */
class LicenseMatcherTest {

  private static final LicenseMatcher MATCHER = new LicenseMatcher(SpdxLicenseList.shipped(),
      LicenseMatcher.aliasesOf(new CatalogLoader().load(List.of()).licenses()));

  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "The Apache Software License, Version 2.0 | -                                              | Apache-2.0",
      "Apache 2                                 | -                                              | Apache-2.0",
      "Apache License, Version 2.0              | -                                              | Apache-2.0",
      "-                                        | https://www.apache.org/licenses/LICENSE-2.0.txt | Apache-2.0",
      "-                                        | http://apache.org/licenses/LICENSE-2.0.html/    | Apache-2.0",
      "-                                        | https://opensource.org/licenses/MIT             | MIT",
      "-                                        | http://www.opensource.org/licenses/mit-license.php | MIT",
      "The MIT License (MIT)                    | -                                              | MIT",
      "Eclipse Public License - v 2.0           | -                                              | EPL-2.0",
      "Eclipse Public License v. 2.0            | -                                              | EPL-2.0",
      "GNU LGPL 2.1 or later                    | http://www.gnu.org/licenses/lgpl.html          | LGPL-2.1-or-later",
      "GNU Lesser General Public License        | http://www.gnu.org/licenses/old-licenses/lgpl-2.1.html | LGPL-2.1-only",
      "GNU General Public License               | https://www.gnu.org/licenses/gpl-3.0.txt       | GPL-3.0-only",
      "GPLv3+                                   | -                                              | GPL-3.0-or-later",
      "GNU General Public License, version 2 (GPL2), with the classpath exception | - | GPL-2.0-only WITH Classpath-exception-2.0",
      "GNU Affero General Public License v3     | -                                              | AGPL-3.0-only",
      "LGPL-2.1+                                | -                                              | LGPL-2.1-or-later",
      "gpl-2.0                                  | -                                              | GPL-2.0-only",
      "mit OR apache-2.0                        | -                                              | MIT OR Apache-2.0",
      "Public Domain                            | http://repository.jboss.org/licenses/cc0-1.0.txt | CC0-1.0",
      "Universal Permissive License, Version 1.0 | -                                             | UPL-1.0",
      "Mozilla Public License Version 2.0       | -                                              | MPL-2.0",
      "BSD 3-Clause License                     | -                                              | BSD-3-Clause"})
  void matchesWhatPomsWrite(String name, String url, String spdx) {
    assertThat(MATCHER.match(name, url)).contains(spdx);
  }

  /** A GNU license without a version anywhere could be 2 or 3: unknown, not guessed. */
  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "GNU Lesser General Public License | http://www.gnu.org/licenses/lgpl.html",
      "GNU General Public License        | -",
      "NOASSERTION                       | -",
      "Some Vendor EULA                  | https://example.com/eula"})
  void leavesWhatCannotBeKnownUnknown(String name, String url) {
    assertThat(MATCHER.match(name, url)).isEqualTo(Optional.empty());
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "The Apache Software License, Version 2.0 | apache 2",
      "Apache License v2.0                      | apache 2",
      "Eclipse Public License - v 1.0           | eclipse public 1"})
  void namesMeetInOneNormalForm(String name, String key) {
    assertThat(LicenseMatcher.nameKey(name)).isEqualTo(key);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "https://www.gnu.org/licenses/old-licenses/gpl-2.0.html, gnu.org/licenses/gpl-2.0",
      "http://gnu.org/licenses/gpl-2.0.txt/, gnu.org/licenses/gpl-2.0",
      "https://creativecommons.org/publicdomain/zero/1.0/legalcode, creativecommons.org/publicdomain/zero/1.0"})
  void urlsMeetInOneNormalForm(String url, String key) {
    assertThat(LicenseMatcher.urlKey(url)).isEqualTo(key);
  }

  @org.junit.jupiter.api.Test
  void theOneIdListIsTheShippedSpdxList() {
    assertThat(SpdxLicenseList.shipped().version()).matches("\\d+\\.\\d+(\\.\\d+)?");
    assertThat(SpdxLicenseList.shipped().entries()).hasSizeGreaterThan(500);
    assertThat(SpdxLicenseList.shipped().canonical("apache-2.0")).contains("Apache-2.0");
  }
}
