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
 * <copyright holders>}) and prose that mentions copyright are not taken for one. A GNU license
 * text carries the Free Software Foundation's copyright <em>of the license text</em> ({@code
 * Copyright (C) 1989, 1991 Free Software Foundation, Inc.}): in a file holding such a text that line
 * is left out, since it would name the wrong holder for the component.
 */
public final class CopyrightStatements {

  /** A text file larger than this is not read for statements (NOTICE files are a few KiB). */
  public static final int MAX_BYTES = 256 * 1024;

  private static final Pattern STATEMENT = Pattern.compile(
      "^[\\s*#/;!-]*((?:copyright\\s*:?\\s*(?:\\(c\\)|©)?|©)\\s*:?\\s*(?:19|20)\\d\\d\\b.*)$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The sentence every GNU license text (GPL, LGPL, AGPL, FDL) starts with. */
  private static final String GNU_LICENSE_TEXT = "Everyone is permitted to copy and distribute verbatim copies";
  /** The FSF's copyright line of a GNU license text (GPL-1/2/3, LGPL-2/2.1/3, AGPL-3, FDL): its years only. */
  private static final Pattern GNU_TEXT_COPYRIGHT = Pattern.compile(
      "copyright\\s*(?:\\(c\\)|©)?\\s*(?:(?:1989|1991|1999|2000|2001|2002|2007|2008)\\s*,?\\s*)+"
          + "Free Software Foundation.*", Pattern.CASE_INSENSITIVE);

  private CopyrightStatements() {
  }

  /** The statements of {@code text}, in order, as written (comment marks before them left out). */
  public static List<String> in(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    boolean gnuText = text.contains(GNU_LICENSE_TEXT);
    for (String line : text.split("\r\n|\r|\n")) {
      Matcher m = STATEMENT.matcher(line);
      if (m.matches() && !(gnuText && GNU_TEXT_COPYRIGHT.matcher(m.group(1)).matches())) {
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
