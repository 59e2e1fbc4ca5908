package nl.autonomy.core.diff;

import nl.autonomy.core.model.ExitEffort;
import nl.autonomy.core.model.LockInLevel;
import nl.autonomy.core.model.ServiceUsage;

/**
 * A service as a change names it.
 *
 * @param id catalog service id
 * @param name its name
 * @param vendor its provider's vendor id
 * @param category storage, database, identity...
 * @param lockIn its judged lock-in level
 * @param usage what its evidence says about the use; null when the side holds no depth (an SBOM)
 * @param effort the exit effort; null without depth
 * @param files files with evidence; null without depth
 * @param runtimeFiles of those, files that ship; null without depth
 */
public record ServiceRef(String id, String name, String vendor, String category, LockInLevel lockIn,
    ServiceUsage usage, ExitEffort effort, Integer files, Integer runtimeFiles) {

  /**
   * Whether this is lock-in in use: a proprietary API that the shipped code uses (or whose use is
   * not known to be anything less, when there is no depth).
   */
  public boolean lockedIn() {
    return lockIn == LockInLevel.PROPRIETARY_API && (usage == null || usage == ServiceUsage.VENDOR_SERVICE);
  }
}
