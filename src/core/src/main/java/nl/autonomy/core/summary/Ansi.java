package nl.autonomy.core.summary;

/** ANSI colours, or plain text when colour is off (not a terminal, or NO_COLOR set). */
public record Ansi(boolean enabled) {

  /** Colour only on a terminal and only when the user has not asked for none (no-color.org). */
  public static boolean wanted(boolean terminal, java.util.Map<String, String> env) {
    String noColor = env.get("NO_COLOR");
    return terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
  }

  public String bold(String s) {
    return wrap("1", s);
  }

  public String red(String s) {
    return wrap("31", s);
  }

  public String green(String s) {
    return wrap("32", s);
  }

  public String yellow(String s) {
    return wrap("33", s);
  }

  private String wrap(String code, String s) {
    return enabled ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }
}
