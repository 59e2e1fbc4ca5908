package nl.autonomy.core.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a few independent writes side by side, bounded by the cores, and fails as a sequential loop
 * would: the first failure (in writer order) is thrown after every write has ended, so no write is
 * still running when the caller cleans up.
 */
final class ParallelWrites {

  /** One write, by index. */
  @FunctionalInterface
  interface Write {
    void run(int index) throws IOException;
  }

  private ParallelWrites() {
  }

  static void run(int count, Write write) throws IOException {
    run(count, Runtime.getRuntime().availableProcessors(), write);
  }

  /** As {@link #run(int, Write)}, with at most {@code maxThreads} writes at a time. */
  static void run(int count, int maxThreads, Write write) throws IOException {
    int threads = Math.min(count, Math.min(maxThreads, Runtime.getRuntime().availableProcessors()));
    if (threads <= 1) {
      for (int i = 0; i < count; i++) {
        write.run(i);
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "autonomy-write");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        futures.add(pool.submit(() -> {
          try {
            write.run(index);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }));
      }
      Throwable first = null;
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          first = first == null ? e.getCause() : first;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          first = first == null ? e : first;
        }
      }
      if (first instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (first instanceof IOException io) {
        throw io;
      }
      if (first instanceof RuntimeException r) {
        throw r;
      }
      if (first instanceof Error err) {
        throw err;
      }
      if (first != null) {
        throw new IOException("writing the reports was interrupted", first);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
