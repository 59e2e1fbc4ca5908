package nl.autonomy.core.detect.signals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a file around its hits, for the few judgements that need lines the matcher did not
 * report: the names of a Python {@code from x import (} that follow on the next lines, or whether a
 * quoted Go path lies inside an {@code import ( ... )} block. The file is read again only when such
 * a judgement asks, and only its first {@link #MAX_BYTES} bytes: imports sit at the top.
 */
public final class FileText {

  static final int MAX_BYTES = 2 * 1024 * 1024;

  private final Path path;
  private List<String> lines;

  FileText(Path path) {
    this.path = path;
  }

  /** The text of 1-based line {@code number}, or null past the end (or of what was read). */
  public String line(int number) {
    List<String> all = lines();
    return number >= 1 && number <= all.size() ? all.get(number - 1) : null;
  }

  private List<String> lines() {
    if (lines == null) {
      lines = read(path);
    }
    return lines;
  }

  /** Lines split at line feeds only, as the scanner numbers them; an unreadable file has none. */
  private static List<String> read(Path path) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
      bytes = in.readNBytes(MAX_BYTES);
    } catch (IOException e) {
      return List.of();
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<String> result = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
        result.add(text.substring(start, end));
        start = i + 1;
      }
    }
    return result;
  }
}
