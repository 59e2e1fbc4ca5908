package nl.autonomy.core.model;

import java.util.Locale;

/** The outcome a build or procurement acts on: exit code 0 for {@link #PASS}, 1 for {@link #FAIL}. */
public enum Verdict implements Identified {
  PASS, FAIL;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
