package nl.autonomy.core.detect.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The copyright statements of a free-text file (a jar's {@code META-INF/NOTICE} or {@code LICENSE},
 * a Debian copyright file that is not machine-readable), read conservatively: only a line that
 * <em>is</em> a statement counts — it starts (after comment marks) with {@code Copyright}, an
 * optional {@code (c)}/{@code ©}, then a year; or with {@code ©} and a year. So a license's
 * template line ({@code Copyright [yyyy] [name of copyright owner]}, {@code Copyright (c) <year>
 * <copyright holders>}) and prose that mentions copyright are not taken for one.
 */
public final class CopyrightStatements {

  /** A text file larger than this is not read for statements (NOTICE files are a few KiB). */
  public static final int MAX_BYTES = 256 * 1024;

  private static final Pattern STATEMENT = Pattern.compile(
      "^[\\s*#/;!-]*((?:copyright\\s*(?:\\(c\\)|©)?|©)\\s*:?\\s*(?:19|20)\\d\\d\\b.*)$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private CopyrightStatements() {
  }

  /** The statements of {@code text}, in order, as written (comment marks before them left out). */
  public static List<String> in(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String line : text.split("\r\n|\r|\n")) {
      Matcher m = STATEMENT.matcher(line);
      if (m.matches()) {
        out.add(m.group(1).strip());
      }
    }
    return out;
  }

  /** Whether a jar entry is one whose statements are read: the archive's own NOTICE or LICENSE. */
  public static boolean isNoticeEntry(String entry) {
    String e = entry.toUpperCase(java.util.Locale.ROOT);
    return e.equals("META-INF/NOTICE") || e.equals("META-INF/NOTICE.TXT") || e.equals("META-INF/NOTICE.MD")
        || e.equals("META-INF/LICENSE") || e.equals("META-INF/LICENSE.TXT") || e.equals("META-INF/LICENSE.MD");
  }
}
