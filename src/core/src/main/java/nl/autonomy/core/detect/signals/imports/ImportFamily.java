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

  /**
   * {@code boto3:s3}: boto3 imports one package for every AWS service and names the service in its
   * client factory, {@code boto3.client("s3")} or {@code session.resource('s3')}: that call is the
   * import of the service's client.
   */
  private static final String BOTO3 = "boto3:";

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
    if (entry.startsWith(BOTO3)) {
      String name = entry.substring(BOTO3.length());
      return List.of("client(\"" + name + "\"", "client('" + name + "'", "resource(\"" + name + "\"",
          "resource('" + name + "'");
    }
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
    String entry = hit.signal().entry();
    if (entry.startsWith(BOTO3)) {
      return botoClient(hit);
    }
    ImportSyntax syntax = ImportSyntax.of(hit.file());
    char first = hit.signal().anchor().charAt(0);
    int nameStart = hit.hit().start() + (first == '\'' || first == '"' ? 1 : 0);
    for (ImportSyntax.Imported imported : syntax.imports(hit)) {
      if (imported.start() == nameStart && syntax.below(imported.name(), entry)) {
        return Optional.of(hit.use(0.95, null, imported.start()));
      }
    }
    return Optional.empty();
  }

  /** {@code boto3.client("s3")}, {@code session.resource('s3')} in Python: the factory on a boto3 object. */
  private static Optional<ServiceUse> botoClient(HitContext hit) {
    if (!hit.file().extension().equals("py") || hit.hit().start() == 0
        || hit.text().charAt(hit.hit().start() - 1) != '.') {
      return Optional.empty();
    }
    String before = hit.text().substring(0, hit.hit().start() - 1);
    if (before.endsWith("()")) {
      before = before.substring(0, before.length() - 2);
    }
    int from = before.length();
    while (from > 0 && (Character.isLetterOrDigit(before.charAt(from - 1)) || before.charAt(from - 1) == '_'
        || before.charAt(from - 1) == '.')) {
      from--;
    }
    String receiver = before.substring(from).toLowerCase(java.util.Locale.ROOT);
    boolean boto = receiver.equals("boto3") || receiver.equals("aioboto3") || receiver.endsWith("session")
        || receiver.startsWith("boto3.") || receiver.startsWith("aioboto3.");
    return boto ? Optional.of(hit.use(0.9, null, from)) : Optional.empty();
  }
}
