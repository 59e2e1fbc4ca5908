package nl.autonomy.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Runs the detectors over the one walk side by side: Maven resolution (mostly waiting on its own
 * collection threads and the disk) overlaps the lock-in signals (which read every text file), and
 * the small ecosystem detectors fit in between. The detections come back in detector order, so
 * the result does not depend on which detector finishes first.
 */
final class DetectorRuns {

  private DetectorRuns() {
  }

  /**
   * @param accepts the files a detector asked for, in path order
   * @param run runs one detector over the files it accepted and never throws (a detector's bug
   *     is already a problem in its detection)
   */
  static List<Detection> runAll(List<Detector> detectors, Function<Detector, List<WorkspaceFile>> accepts,
      ProgressListener progress, BiFunction<Detector, List<WorkspaceFile>, Detection> run) {
    List<Detector> wanted = new ArrayList<>();
    List<List<WorkspaceFile>> accepted = new ArrayList<>();
    for (Detector detector : detectors) {
      List<WorkspaceFile> mine = accepts.apply(detector);
      if (!mine.isEmpty()) {
        wanted.add(detector);
        accepted.add(mine);
      }
    }
    int threads = Math.min(wanted.size(), Math.max(2, Runtime.getRuntime().availableProcessors()));
    if (threads <= 1) {
      List<Detection> out = new ArrayList<>();
      for (int i = 0; i < wanted.size(); i++) {
        progress.step("Detecting " + wanted.get(i).id() + " (" + accepted.get(i).size() + " files)");
        out.add(run.apply(wanted.get(i), accepted.get(i)));
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "autonomy-detect");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Detection>> futures = new ArrayList<>();
      for (int i = 0; i < wanted.size(); i++) {
        Detector detector = wanted.get(i);
        List<WorkspaceFile> mine = accepted.get(i);
        progress.step("Detecting " + detector.id() + " (" + mine.size() + " files)");
        futures.add(pool.submit(() -> run.apply(detector, mine)));
      }
      List<Detection> out = new ArrayList<>();
      for (Future<Detection> f : futures) {
        out.add(await(f));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Detection await(Future<Detection> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while detecting", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
