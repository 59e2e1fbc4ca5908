package nl.autonomy.core.detect.signals.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.autonomy.core.catalog.ServiceSignals;
import nl.autonomy.core.detect.signals.HitContext;
import nl.autonomy.core.detect.signals.SignalFamily;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.ServiceUse;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Source imports of a service's client library in Java, Kotlin, Scala, Python, JavaScript and
 * TypeScript, C#, Go and PHP, from the catalog's {@code imports} prefixes. A hit counts only where
 * an import statement names the prefix (or something below it) from its first character: the
 * Python prefix {@code azure.storage.blob} inside {@code com.azure.storage.blob} is not a Python
 * import.
 */
public final class ImportFamily implements SignalFamily {

  @Override
  public String id() {
    return "imports";
  }

  @Override
  public EvidenceKind kind() {
    return EvidenceKind.IMPORT;
  }

  @Override
  public List<String> entries(ServiceSignals signals) {
    return signals.imports();
  }

  /**
   * The prefix itself, and for names of three or more dotted parts also its parent: Python writes
   * {@code google.cloud.storage} as {@code from google.cloud import storage}. (A one-part parent
   * such as {@code com} or {@code azure} would fire on almost every line.)
   */
  @Override
  public List<String> anchors(String entry) {
    if (entry.length() < 3) {
      // a short module name ("pg") is only looked for as a quoted specifier: 'pg' or "pg"
      return List.of("'" + entry, "\"" + entry);
    }
    List<String> anchors = new ArrayList<>(List.of(entry));
    int dot = entry.lastIndexOf('.');
    if (dot > 0 && entry.indexOf('/') < 0 && entry.indexOf('\\') < 0 && entry.substring(0, dot).contains(".")) {
      anchors.add(entry.substring(0, dot));
    }
    return anchors;
  }

  @Override
  public boolean accepts(WorkspaceFile file) {
    return ImportSyntax.of(file) != null && nl.autonomy.core.detect.signals.FileKinds.isSource(file);
  }

  @Override
  public Optional<ServiceUse> judge(HitContext hit) {
    if (hit.isCommented()) {
      return Optional.empty();
    }
    ImportSyntax syntax = ImportSyntax.of(hit.file());
    String entry = hit.signal().entry();
    char first = hit.signal().anchor().charAt(0);
    int nameStart = hit.hit().start() + (first == '\'' || first == '"' ? 1 : 0);
    for (ImportSyntax.Imported imported : syntax.imports(hit)) {
      if (imported.start() == nameStart && syntax.below(imported.name(), entry)) {
        return Optional.of(hit.use(0.95, null, imported.start()));
      }
    }
    return Optional.empty();
  }
}
