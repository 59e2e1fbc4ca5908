package nl.autonomy.ledger.testing;

import java.time.Instant;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Provenance;
import nl.autonomy.core.model.SourceKind;

/** Scan results of the core's report fixtures, moved to another source, commit and time. */
public final class Runs {

  private Runs() {
  }

  public static ScanResult at(ScanResult result, String source, String commit, Instant time) {
    Inventory inv = result.inventory();
    Provenance p = inv.provenance();
    Provenance moved = new Provenance(source, commit == null ? SourceKind.FOLDER : SourceKind.GIT, p.gitRemote(), commit, p.gitBranch(),
        time, p.toolVersion(), null);
    return new ScanResult(new Inventory(inv.project(), inv.components(), inv.services(), inv.serviceUses(), inv.edges(),
        inv.problems(), moved, inv.walk()), 0, result.assessment());
  }
}
