package nl.autonomy.core.detect.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only lines that are copyright statements count; a license text's own copyright does not. */
class CopyrightStatementsTest {

  @Test
  void statementsAreTakenAsWrittenAndTemplatesAndProseAreNot() {
    assertThat(CopyrightStatements.in("""
        Apache Commons Text
        Copyright 2014-2024 The Apache Software Foundation
         * Copyright (C) 2003, 2004 Some Author
        // copyright © 2019 Jörg
        © 2020 ACME
        Copyright: (C) 2007 Free Software Foundation, Inc.
        GNU Binutils is Copyright (C) 1990-2023 Free Software Foundation, Inc.
        Copyright [yyyy] [name of copyright owner]
        Copyright (c) <year> <copyright holders>
        This copyright notice is covered by 2019 rules
        Portions Copyright 2001 Other
        Copyright 20190 is no year
        """)).containsExactly("Copyright 2014-2024 The Apache Software Foundation", "Copyright (C) 2003, 2004 Some Author",
        "copyright © 2019 Jörg", "© 2020 ACME",
        "Copyright: (C) 2007 Free Software Foundation, Inc.");
  }

  @Test
  void theFsfsCopyrightOfAGnuLicenseTextIsNotTheComponentsButElsewhereItIs() {
    String gpl = """
        COMMON DEVELOPMENT AND DISTRIBUTION LICENSE (CDDL) Version 1.1
        Copyright (c) 2018 Oracle and/or its affiliates
        The GNU General Public License (GPL) Version 2, June 1991
        Copyright (C) 1989, 1991 Free Software Foundation, Inc. 59 Temple Place, Suite 330, Boston, MA 02111-1307 USA
        Everyone is permitted to copy and distribute verbatim copies of this license document, but changing it is not allowed.
        Copyright (C) 2007 Free Software Foundation, Inc. <https://fsf.org/>
        """;
    assertThat(CopyrightStatements.in(gpl)).containsExactly("Copyright (c) 2018 Oracle and/or its affiliates");
    // a GNU package's own statement, with no license text beside it, is the package's
    assertThat(CopyrightStatements.in("Copyright (C) 1989, 1991 Free Software Foundation, Inc.\n"))
        .containsExactly("Copyright (C) 1989, 1991 Free Software Foundation, Inc.");
    // and with one, a range is the package's, not the text's
    assertThat(CopyrightStatements.in("Copyright (C) 1987-2022 Free Software Foundation, Inc.\n"
        + "Everyone is permitted to copy and distribute verbatim copies\n"))
        .containsExactly("Copyright (C) 1987-2022 Free Software Foundation, Inc.");
  }

  @Test
  void onlyTheArchivesOwnNoticeAndLicenseAreRead() {
    assertThat(CopyrightStatements.isNoticeEntry("META-INF/NOTICE")).isTrue();
    assertThat(CopyrightStatements.isNoticeEntry("META-INF/notice.txt")).isTrue();
    assertThat(CopyrightStatements.isNoticeEntry("META-INF/LICENSE.md")).isTrue();
    assertThat(CopyrightStatements.isNoticeEntry("META-INF/versions/9/NOTICE")).isFalse();
    assertThat(CopyrightStatements.isNoticeEntry("docs/NOTICE")).isFalse();
    assertThat(CopyrightStatements.isNoticeEntry("META-INF/LICENSE-junit.txt")).isFalse();
  }
}
