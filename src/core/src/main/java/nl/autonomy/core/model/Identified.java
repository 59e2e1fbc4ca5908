package nl.autonomy.core.model;

/**
 * A value named by a short, stable, lower-case id ({@code runtime}, {@code weak-copyleft},
 * {@code proprietary-api}): the name catalogs, policies and reports use.
 *
 * <p>Every enum that can appear in a {@code ScanResult} implements it, so {@code report.json}
 * writes and reads it by its id rather than by its Java constant name. The id of a constant must
 * never change once released: saved reports are read back as baselines.
 */
public interface Identified {

  /** The stable id, unique among the constants of the type. */
  String id();
}
