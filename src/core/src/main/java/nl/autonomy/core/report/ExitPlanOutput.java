package nl.autonomy.core.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.autonomy.core.model.ExitPlan;
import nl.autonomy.core.report.html.ExitPlanHtmlWriter;
import nl.autonomy.core.report.markdown.ExitPlanMarkdownWriter;

/**
 * Writes {@code exit-plan.json}, {@code exit-plan.md} and {@code exit-plan.html} into a folder,
 * next to whatever is there (the scan's reports link to {@code exit-plan.html}, so they belong
 * side by side). Each file is rendered in full first and replaces its old version with one rename,
 * so a failed or killed run never leaves a half-written plan.
 */
public final class ExitPlanOutput {

  public static final String JSON = "exit-plan.json";

  /** exit-plan.json's text: report.json's JSON rules (field order, ids, two-space indent, {@code \n}). */
  public static String json(ExitPlan plan) {
    try {
      return JsonSupport.prettyWriter().writeValueAsString(plan) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("an exit plan could not be written as JSON (a bug): " + e.getMessage(), e);
    }
  }

  /** Reads an exit-plan.json back (for tests and scripts). */
  public static ExitPlan read(Path file) throws IOException {
    return JsonSupport.newMapper().readValue(file.toFile(), ExitPlan.class);
  }

  /**
   * @return the files written, sorted
   * @throws IOException when a file cannot be written; the files written before it stay
   */
  public List<Path> write(ExitPlan plan, Locale locale, Path directory) throws IOException {
    String[][] files = {
        {ExitPlanHtmlWriter.FILE_NAME, new ExitPlanHtmlWriter().render(plan, locale)},
        {JSON, json(plan)},
        {ExitPlanMarkdownWriter.FILE_NAME, new ExitPlanMarkdownWriter().render(plan, locale)}};
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new IOException(directory + " is a file, not a folder; give -o a folder (it is created when missing)");
    }
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    for (String[] f : files) {
      Path target = directory.resolve(f[0]);
      Path temp = Files.createTempFile(directory, "." + f[0] + ".", ".tmp");
      try {
        Files.writeString(temp, f[1], StandardCharsets.UTF_8);
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
      written.add(target);
    }
    return written.stream().sorted().toList();
  }
}
