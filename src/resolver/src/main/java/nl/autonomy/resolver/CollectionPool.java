package nl.autonomy.resolver;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that collect the projects of a reactor side by side, bounded by the cores: Maven's
 * own parallel build does the same with one session. Daemon threads, so a scan that is abandoned
 * never keeps the JVM alive; closing the pool waits for nothing that is not needed.
 */
final class CollectionPool implements AutoCloseable {

  /** {@code autonomy.maven.threads} overrides the default of one thread per core. */
  static final String THREADS_PROPERTY = "autonomy.maven.threads";

  private final ExecutorService executor;

  CollectionPool(int threads) {
    AtomicInteger count = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "autonomy-maven-collect-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  static int threads() {
    int cores = Runtime.getRuntime().availableProcessors();
    Integer configured = Integer.getInteger(THREADS_PROPERTY);
    return Math.max(1, configured == null ? cores : Math.min(configured, 4 * cores));
  }

  <T> Future<T> submit(Callable<T> task) {
    return executor.submit(task);
  }

  /** The task's result; what it threw is thrown here, as it would have been without the pool. */
  static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while collecting dependencies", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
