package nl.autonomy.core.model;

/**
 * What the file walk saw and passed over, so a report can say what was not looked at.
 *
 * @param files regular files offered to detectors
 * @param bytes their total size
 * @param skippedDirectories build output, dependency and VCS folders not entered
 * @param skippedLarge files over the size bound
 * @param skippedLinks symbolic links not followed (outside the root, or a loop)
 */
public record WalkStats(long files, long bytes, long skippedDirectories, long skippedLarge, long skippedLinks) {

  public static WalkStats empty() {
    return new WalkStats(0, 0, 0, 0, 0);
  }
}
