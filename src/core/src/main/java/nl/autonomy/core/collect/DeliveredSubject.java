package nl.autonomy.core.collect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.PropertyNames;
import nl.autonomy.core.model.SourceKind;
import nl.autonomy.core.source.Digests;

/**
 * A delivered archive scanned as the input is the SBOM's subject: its SHA-1, SHA-256 and SHA-512
 * (of the file as delivered, before it was unpacked) go onto the subject, so the SBOM says which
 * bytes it describes.
 */
public final class DeliveredSubject {

  private DeliveredSubject() {
  }

  /** {@code inventory} with the delivered file's hashes on its subject, when the input was an archive. */
  public static Inventory withHashes(Inventory inventory, String source, SourceKind sourceKind) {
    if (sourceKind != SourceKind.ARCHIVE) {
      return inventory;
    }
    Path file = Path.of(source).toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      return inventory;
    }
    Component.Builder subject = inventory.project().toBuilder();
    List<Problem> problems = new ArrayList<>(inventory.problems());
    try {
      Digests.of(file).forEach(subject::hash);
      subject.property(PropertyNames.HASH_SOURCE, PropertyNames.HASH_SOURCE_DELIVERED);
    } catch (IOException e) {
      problems.add(Problem.warning("archive", Location.of(source), "cannot hash the delivered file: " + e.getMessage()));
    }
    return new Inventory(subject.build(), inventory.components(), inventory.services(), inventory.serviceUses(),
        inventory.edges(), problems, inventory.provenance(), inventory.walk(),
        inventory.publicCode(), inventory.suppliedSboms());
  }
}
