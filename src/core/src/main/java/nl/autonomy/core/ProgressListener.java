package nl.autonomy.core;

/** Told what the scan is doing, for a progress display. Called from any thread. */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = message -> { };

  /** A short description of the step that starts now. */
  void step(String message);
}
